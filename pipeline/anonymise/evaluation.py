"""Measure the anonymiser on a labelled redaction set.

A labelled document (``corpora/redaction/redaction.jsonl``) has ``text``,
``applicant``, ``identifiers`` (``{"text", "type"}``: every occurrence of each
string must go) and ``keep`` (strings that must survive: clinical words,
the applicant's name, dates of birth...).

Measures, per identifier type:

* **recall**: occurrences of the labelled strings whose letters and digits are
  all covered by detected spans (an identifier half-removed is not removed);
* **precision**: detected spans (by the anonymiser's type, mapped to the label
  types) that overlap a labelled identifier of any type;
* **keep rate**: occurrences of the ``keep`` strings that no span touches.

Recall ignores the type: a relative's name removed as a patient's is removed.

The set is split by id. The test split, ``red-0071`` to ``red-0110``, was
written by two writers who never saw the anonymiser's rules, and is only
measured (aggregate numbers, never its errors). Everything else is for
development: ``red-0001`` to ``red-0050`` from the start, ``red-0051`` to
``red-0070`` (the first held-out split, measured once at the end of session 1
and then opened for development) and ``red-0111`` onwards (written later for
development).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .core import Anonymiser
from .core import occurrences as occurrences_in

__all__ = [
    "LabelledDoc", "load_redaction_set", "split_of", "evaluate_redaction", "occurrences", "results_markdown",
    "SPAN_TO_LABEL", "load_sample_manifest", "load_set", "evaluate_files", "box_painted", "FileDoc", "ABSOLUTE_TYPES",
    "set_markdown", "copy_turn", "box_in_turned", "painted_fraction",
]

#: Anonymiser span types -> label types of the redaction set.
SPAN_TO_LABEL = {
    "PATIENT": "PATIENT_NAME",
    "RELATIVE": "RELATIVE_NAME",
    "PERSON": "COLLEAGUE_NAME",
    "REFERENCE": "REFERENCE_NUMBER",
    "ID_NUMBER": "HOSPITAL_NUMBER",
    "REGISTRATION": "GMC_NUMBER",
}

#: Types whose recall must be at least 0.995 (the others: 0.98 overall).
STRICT_TYPES = ("NHS_NUMBER", "PHONE", "EMAIL", "POSTCODE")

TEST_RANGE = (71, 110)  # red-0071..red-0110 are held out; every other id is development


@dataclass
class LabelledDoc:
    id: str
    text: str
    applicant: str | None = None
    identifiers: list[dict] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    kind: str = ""


def load_redaction_set(path: str | Path, split: str = "all") -> list[LabelledDoc]:
    """Labelled documents from a JSON Lines file, optionally one split (dev/test/all)."""
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = LabelledDoc(id=rec["id"], text=rec["text"], applicant=rec.get("applicant"),
                          identifiers=rec.get("identifiers", []), keep=rec.get("keep", []), kind=rec.get("kind", ""))
        if split == "all" or split_of(doc.id) == split:
            docs.append(doc)
    return docs


def load_sample_manifest(src_dir: str | Path, applicant: str | None = None) -> list[LabelledDoc]:
    """The sample corpus sources with the identifiers its manifest lists (no keep strings)."""
    src_dir = Path(src_dir)
    docs = []
    for line in (src_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = (src_dir / rec["source"]).read_text(encoding="utf-8")
        docs.append(LabelledDoc(id=rec["source"], text=text, applicant=rec.get("applicant", applicant),
                                identifiers=rec.get("identifiers", []), keep=rec.get("keep", [])))
    return docs


def split_of(doc_id: str) -> str:
    """``test`` for red-0071..red-0110, ``dev`` for every other id (deterministic, by id)."""
    m = re.search(r"(\d+)$", doc_id)
    return "test" if m and TEST_RANGE[0] <= int(m.group(1)) <= TEST_RANGE[1] else "dev"


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` not inside a longer word or number."""
    return occurrences_in(text, needle)


# Numbers: what identifies is the words that hold digits, not the label printed with them.
_NUMBER_TYPES = {"NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "PHONE", "OTHER_ID"}


_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _covered(text: str, start: int, end: int, mask: list[bool], kind: str = "") -> bool:
    """Whether every letter and digit of a labelled identifier is removed, less what identifies nobody: a leading
    title ("Mrs " of "Mrs Patel") or one in brackets after the name ("(Mrs)"), a possessive ending ("'s" of "Kit's": "[PATIENT 1]'s" names no one) and, in a
    number, the words without a digit ("ext" of "ext 2219", "incident" of "SWAST incident 230703-1188")."""
    start += _title_prefix(text[start:end])
    if kind not in _NUMBER_TYPES and (title := _TITLE_SUFFIX.search(text, start, end)) and title.start() > start:
        end = title.start()  # "CHEUNG, Wing-Yan (Mrs)": the title in brackets after a name names no one
    if kind not in _NUMBER_TYPES and (tail := _POSSESSIVE_END.search(text, start, end)) and tail.start() > start:
        end = tail.start()  # "Kit's": the name, not the possessive ending after it
    if kind in _NUMBER_TYPES:
        words = [m.span() for m in re.finditer(r"\S+", text[start:end]) if any(c.isdigit() for c in m.group())]
        if words:
            return all(mask[start + k] for a, b in words for k in range(a, b) if text[start + k].isalnum())
    return all(mask[k] for k in range(start, end) if text[k].isalnum())


_TITLE_PREFIX = re.compile(r"(?i:Mr[ \t]+(?:and|&)[ \t]+Mrs|Dr\.?[ \t]+\((?:Mrs|Ms|Miss|Mr)\.?\)|"
                           r"Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Professor|Sister|Sr|Nurse|Sgt|Rev|Revd|Fr|Father|"
                           r"(?:Staff|Charge|Student|Senior|Scrub)\s+Nurse|Matron|Midwife|Officer|Constable|"
                           r"Sergeant|Baby[ \t]+(?:Boy|Girl)|Baby[ \t]+of|Baby|Boy|Girl|Twin[ \t]+[0-9A-Z](?:[ \t]+of)?|"
                           r"LCpl|Cpl|Pte|Spr|Gnr|Tpr|Capt|Maj|Brig)\.?[ \t]+(?=\S)"
                           r"|(?:PC|DC|DS|HCAs?|EMT|ECA|ODP|APP|T/L|Para|Paramedic|paramedic)[ \t]+(?=\S)")


_TITLE_SUFFIX = re.compile(r"[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\)$")


def _title_prefix(label: str) -> int:
    """The length of a leading title in a labelled name ("Mrs " of "Mrs Patel", "Staff Nurse " of "Staff Nurse
    Tadhg Brennan", "HCA " of "HCA Nkechi Obi"): a title or a grade alone identifies nobody, and the format lists names without it ("Mrs Khan" -> "Khan"), so it need not be removed."""
    m = _TITLE_PREFIX.match(label)
    return m.end() if m and m.end() < len(label) else 0


def _without_title(ident: dict) -> list[float]:
    """An identifier's box less the part its leading title takes (in proportion to the characters)."""
    box = list(ident["box"])
    cut = _title_prefix(ident["text"])
    if cut:
        box[0] += (box[2] - box[0]) * cut / len(ident["text"])
    return box


def _flagged_leaks(doc: LabelledDoc, spans: list, left: list[tuple[int, int]], mask: list[bool]) -> list[bool]:
    """For each identifier left in ``doc`` (its ranges ``left``), whether the leak check points the doctor to it.

    The document's anonymised text is what the doctor reviews and what the leak check reads
    (:func:`pipeline.anonymise.leaks.suspects`, as on a copy's text); a left identifier counts as flagged when a
    flag overlaps what is left of it there.
    """
    from .core import replace_spans
    from .leaks import suspects

    out = replace_spans(doc.text, sorted(spans, key=lambda s: s.start), {}, {})
    where = [-1] * len(doc.text)  # position of each character left in the anonymised text
    i = j = 0
    for s in sorted(spans, key=lambda s: s.start):
        while i < s.start:
            where[i] = j
            i += 1
            j += 1
        j = out.index("]", j) + 1 if out.startswith("[", j) else j
        i = max(i, s.end)
    while i < len(doc.text):
        where[i] = j
        i += 1
        j += 1
    flags = [(a, b) for a, b, _, _ in suspects(out, applicant=doc.applicant)]
    marks = []
    for a, b in left:
        positions = [where[k] for k in range(a, b) if not mask[k] and not doc.text[k].isspace() and where[k] >= 0]
        marks.append(bool(positions) and any(x <= p < y for p in positions for x, y in flags))
    return marks


def evaluate_redaction(
    docs: Iterable[LabelledDoc],
    make: Callable[[LabelledDoc], Anonymiser] | None = None,
    collect_errors: bool = False,
    leak_check: bool = False,
) -> dict:
    """Recall, precision and keep rate per type over ``docs``.

    Args:
        docs: Labelled documents.
        make: Builds the anonymiser for a document (default: one that keeps
            the document's applicant).
        collect_errors: Also return the misses, false positives and lost
            keep strings (these contain identifiers: never log them).
        leak_check: Also count, of the identifiers left, those the leak check flags for the doctor in the
            anonymised text (``result["left"]``): a document whose every left identifier is flagged is
            caught in review when its flags are resolved; one with an unflagged identifier is a silent leak.
    """
    make = make or (lambda d: Anonymiser(applicant=d.applicant))
    gold = defaultdict(lambda: [0, 0])  # type -> [found, total]
    pred = defaultdict(lambda: [0, 0])  # type -> [true, total]
    keep = [0, 0]
    misses, false_pos, lost = [], [], []
    n_docs = 0
    docs_clean = [0, 0]
    left = [0, 0, 0, 0]  # identifiers left, of them flagged; documents with one left, of them all flagged
    for doc in docs:
        n_docs += 1
        doc_clean = True
        spans = make(doc).find(doc.text)
        mask = [False] * len(doc.text)
        for s in spans:
            for k in range(s.start, s.end):
                mask[k] = True
        gold_ranges: list[tuple[int, int]] = []
        left_here: list[tuple[int, int]] = []
        seen: set[tuple[str, str]] = set()
        for ident in doc.identifiers:
            key = (ident["text"], ident["type"])
            if key in seen:
                continue
            seen.add(key)
            for a, b in occurrences(doc.text, ident["text"]):
                gold_ranges.append((a, b))
                ok = _covered(doc.text, a, b, mask, ident["type"])
                gold[ident["type"]][1] += 1
                gold[ident["type"]][0] += ok
                doc_clean &= ok
                if not ok:
                    left_here.append((a, b))
                if not ok and collect_errors:
                    misses.append((doc.id, ident["type"], ident["text"], _context(doc.text, a, b)))
        if gold_ranges:
            docs_clean[1] += 1
            docs_clean[0] += doc_clean
        if leak_check and not doc_clean:
            marks = _flagged_leaks(doc, spans, left_here, mask)
            left[0] += len(marks)
            left[1] += sum(marks)
            left[2] += 1
            left[3] += all(marks)
        for s in spans:
            label = SPAN_TO_LABEL.get(s.type, s.type)
            hit = any(s.start < b and a < s.end for a, b in gold_ranges)
            pred[label][1] += 1
            pred[label][0] += hit
            if not hit and collect_errors:
                false_pos.append((doc.id, s.type, s.text, _context(doc.text, s.start, s.end)))
        for string in dict.fromkeys(doc.keep):
            for a, b in occurrences(doc.text, string):
                touched = any(mask[a:b])
                keep[1] += 1
                keep[0] += not touched
                if touched and collect_errors:
                    lost.append((doc.id, string, _context(doc.text, a, b)))
    types = sorted(set(gold) | set(pred))
    per_type = {}
    for t in types:
        found, total = gold.get(t, (0, 0))
        true, predicted = pred.get(t, (0, 0))
        per_type[t] = {
            "identifiers": total, "found": found, "recall": _ratio(found, total),
            "detected": predicted, "correct": true, "precision": _ratio(true, predicted),
        }
    g_found = sum(v[0] for v in gold.values())
    g_total = sum(v[1] for v in gold.values())
    p_true = sum(v[0] for v in pred.values())
    p_total = sum(v[1] for v in pred.values())
    result = {
        "documents": n_docs,
        "overall": {"identifiers": g_total, "found": g_found, "recall": _ratio(g_found, g_total),
                    "detected": p_total, "correct": p_true, "precision": _ratio(p_true, p_total)},
        "per_type": per_type,
        "keep": {"strings": keep[1], "kept": keep[0], "rate": _ratio(keep[0], keep[1])},
        "clean_documents": {"documents": docs_clean[1], "clean": docs_clean[0],
                            "rate": _ratio(docs_clean[0], docs_clean[1])},
    }
    if leak_check:
        result["left"] = {"identifiers": left[0], "flagged": left[1], "documents": left[2], "all_flagged": left[3],
                          "silent_documents": left[2] - left[3]}
    if collect_errors:
        result["errors"] = {"misses": misses, "false_positives": false_pos, "lost_keep": lost}
    return result


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _context(text: str, a: int, b: int, width: int = 40) -> str:
    return (text[max(0, a - width):a] + "⟦" + text[a:b] + "⟧" + text[b:b + width]).replace("\n", "⏎")


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def results_markdown(results: dict, title: str) -> str:
    """A table of recall and precision per type (no identifier text in it)."""
    lines = [f"### {title}", "",
             f"{results['documents']} documents; keep strings surviving: {results['keep']['kept']}/"
             f"{results['keep']['strings']} ({_fmt(results['keep']['rate'])})", "",
             "| type | identifiers | recall | detected | precision |", "|---|---:|---:|---:|---:|"]
    for t, v in results["per_type"].items():
        lines.append(f"| {t} | {v['identifiers']} | {_fmt(v['recall'])} | {v['detected']} | {_fmt(v['precision'])} |")
    o = results["overall"]
    lines.append(f"| **all** | {o['identifiers']} | **{_fmt(o['recall'])}** | {o['detected']} | **{_fmt(o['precision'])}** |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ sets with files (images, PDFs, Word)

#: Label types whose recall must be 1.000 on a held-out set (the issue's done criteria).
ABSOLUTE_TYPES = ("NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER")


@dataclass
class FileDoc:
    id: str
    file: Path
    applicant: str | None
    identifiers: list[dict]
    keep: list[dict]
    barcodes: list[dict]
    kind: str = ""


def load_set(folder: str | Path) -> tuple[list[LabelledDoc], list[FileDoc]]:
    """A labelled set folder (``corpora/redaction/FORMAT.md``): its text documents and its files."""
    folder = Path(folder)
    texts = load_redaction_set(folder / "texts.jsonl") if (folder / "texts.jsonl").exists() else []
    files = []
    if (folder / "files.jsonl").exists():
        for line in (folder / "files.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                files.append(FileDoc(rec["id"], folder / rec["file"], rec.get("applicant"), rec.get("identifiers", []),
                                     rec.get("keep", []), rec.get("barcodes", []), rec.get("kind", "")))
    return texts, files


def _page_pixels(path: Path, dpi: int = 100) -> list:
    """Greyscale pages of a PDF or image as numpy arrays (PDFs rendered at ``dpi``)."""
    import numpy as np
    from PIL import Image, ImageOps

    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        from ..ingest.readers import PDFIUM_LOCK

        with PDFIUM_LOCK:
            doc = pdfium.PdfDocument(str(path))
            try:
                return [np.asarray(doc[i].render(scale=dpi / 72, grayscale=True, draw_annots=False).to_pil()
                                   .convert("L")) for i in range(len(doc))]
            finally:
                doc.close()
    out = []
    with Image.open(path) as image:
        for f in range(getattr(image, "n_frames", 1)):
            image.seek(f)
            frame = image.copy()
            out.append(np.asarray(ImageOps.exif_transpose(frame).convert("L")))
    return out


def _ink_mask(original, box):
    """The glyphs inside a label box of the original page, and a thin band around them (pixel slices and
    mask; the mask is ``None`` when the box holds no glyphs).  Ruled lines that cross the whole box (a table's
    borders) are not glyphs and are left out.  Light text on a dark band (a page header, a screen) has its
    light glyphs as the mask, without a band: the band around them is dark already."""
    import numpy as np
    from scipy.ndimage import binary_dilation

    h, w = original.shape
    x0, y0 = max(0, int(box[0] * w)), max(0, int(box[1] * h))
    x1, y1 = min(w, int(round(box[2] * w)) + 1), min(h, int(round(box[3] * h)) + 1)
    if x1 <= x0 or y1 <= y0:
        return None
    where = (slice(y0, y1), slice(x0, x1))
    region = original[where]
    median = int(np.median(region))
    inverted = median < 100
    if inverted:  # the gaps between a barcode's bars run the whole box: they are what the paint must cover
        ink = region > max(128, median + 40)
        return where, (ink if ink.sum() >= 3 else None)
    ink = region < min(128, median - 40)
    rows = ink.mean(axis=1) > 0.8
    cols = ink.mean(axis=0) > 0.8
    ink[rows, :] = False
    ink[:, cols] = False
    if ink.sum() < 3:
        return where, None
    return where, binary_dilation(ink, iterations=1) & ~rows[:, None] & ~cols[None, :]


def copy_turn(original, copy) -> int | None:
    """How many quarter turns counter-clockwise (``numpy.rot90``) bring ``copy`` onto the frame of ``original``
    (0 to 3), or ``None`` when no turn gives the same size.

    A copy is written in the frame its page was read in: a page photographed upside down or scanned sideways is
    turned upright, so its copy is turned by a quarter turn or two against the original.  The turn is found by
    comparing the pages' pixels outside the paint (downsampled to ~400 pixels a side); no turn is taken unless
    it lines the pages up clearly better than none."""
    import numpy as np

    candidates = [k for k in range(4) if np.rot90(copy, k).shape == original.shape]
    if not candidates:
        return None
    if candidates == [0]:
        return 0
    step = max(1, max(original.shape) // 400)
    base = original[::step, ::step].astype(np.float32)
    scores = {}
    for k in candidates:
        turned = np.rot90(copy, k)[::step, ::step].astype(np.float32)
        clear = turned >= 80  # not paint
        scores[k] = float(np.abs(base - turned)[clear].mean()) if clear.mean() > 0.05 else float("inf")
    best = min(scores, key=scores.get)
    if 0 in scores and best != 0 and not scores[best] < 0.8 * scores[0]:
        return 0
    return best


def box_in_turned(box, turns: int) -> tuple[float, float, float, float]:
    """``box`` (fractions, origin top-left) on a page turned ``turns`` quarter turns counter-clockwise
    (``numpy.rot90(page, turns)``)."""
    x0, y0, x1, y1 = box
    for _ in range(turns % 4):  # one counter-clockwise quarter turn takes (x, y) to (y, 1 - x)
        x0, y0, x1, y1 = y0, 1 - x1, y1, 1 - x0
    return x0, y0, x1, y1


def painted_fraction(original, copy, box) -> float | None:
    """How much of the text in ``box`` (its glyphs and a band around them) is dark in ``copy``; ``None`` when
    the pages do not line up (different sizes) or the box is empty.  A box without glyphs told apart (a barcode, text too
    faint to tell from its background) counts by how much of it is dark in the copy."""
    import numpy as np

    if original.shape != copy.shape:
        return None
    got = _ink_mask(original, box)
    if got is None:
        return None
    where, mask = got
    if mask is None:  # no glyphs told apart (a barcode's bars run the whole box): how much of the box is dark now
        return float((copy[where] < 100).mean())
    dark = copy[where] < 100
    return float(dark[mask].mean())


def box_painted(original, copy, box, threshold: float = 0.9) -> bool | None:
    """Whether the text in ``box`` is painted over in ``copy``."""
    fraction = painted_fraction(original, copy, box)
    if fraction is None:
        return None if original.shape != copy.shape else True
    return fraction >= threshold


def still_readable(copy, box, text: str) -> bool:
    """Whether OCR of the copy around ``box`` reads four or more characters of ``text`` in a row (for text
    photographed at a slant, whose label box also holds parts of the lines above and below).  The crop is read
    as it is and turned by a half turn (and by quarter turns when it is taller than wide): the copy of a page
    photographed upside down is written upright, so its text may stand either way in the frame it is read in."""
    from PIL import Image

    from ..ingest.ocr import tesseract_env

    h, w = copy.shape
    pad_x, pad_y = 0.1 * (box[2] - box[0]), 0.3 * (box[3] - box[1])
    x0, y0 = max(0, int((box[0] - pad_x) * w)), max(0, int((box[1] - pad_y) * h))
    x1, y1 = min(w, int((box[2] + pad_x) * w) + 1), min(h, int((box[3] + pad_y) * h) + 1)
    crop = Image.fromarray(copy[y0:y1, x0:x1])
    crop = crop.resize((max(1, crop.width * 2), max(1, crop.height * 2)))
    import pytesseract

    target = re.sub(r"[\W_]+", "", text).upper()
    size = min(4, len(target))
    turns = (0, 180, 90, 270) if crop.height > crop.width else (0, 180)
    for turn in turns:
        with tesseract_env():
            read = pytesseract.image_to_string(crop.rotate(turn, expand=True) if turn else crop, config="--psm 6")
        squashed = re.sub(r"[\W_]+", "", read).upper()
        if any(target[i:i + size] in squashed for i in range(0, max(1, len(target) - size + 1))):
            return True
    return False


def evaluate_files(docs: list[FileDoc], out_dir: str | Path, redact=None, workers: int = 2,
                   collect_errors: bool = False) -> dict:
    """Redact each file with the real engine and measure the copies, pixel by pixel (files on ``workers``
    threads: Tesseract runs in its own processes, PDFium under its lock).

    An identifier is removed when its glyphs and a band around them are painted in the copy (images and
    PDFs), or when its text no longer appears in the copy (Word files and e-mails, whose copies are text).  A keep string survives when it is
    not painted (or still appears).  A barcode or QR code is removed when the copy no longer decodes to its
    value and its box is painted.  A copy turned upright (a page read upside down or sideways) is compared in
    the original's frame after the quarter turn found by :func:`copy_turn`, and read again in its own frame.

    Args:
        docs: The labelled files.
        out_dir: Where the copies are written.
        redact: ``(path, out_dir, applicant) -> output path`` (default: :func:`pipeline.redact.redact_file`
            with its leak check off: the copy is what is measured).
        workers: Processes.
    """
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if redact is None:
        redact = _engine_copy
    with ThreadPoolExecutor(max(1, workers)) as pool:
        outputs = list(pool.map(lambda d: redact(d.file, out_dir / d.id, d.applicant), docs))
    gold = defaultdict(lambda: [0, 0])
    keep = [0, 0]
    codes = [0, 0]
    docs_clean = [0, 0]
    misses, lost = [], []
    for doc, output in zip(docs, outputs):
        clean = True
        if output is None:  # no copy: nothing was removed
            for ident in doc.identifiers:
                gold[ident["type"]][1] += 1
            codes[1] += len(doc.barcodes)
            docs_clean[1] += bool(doc.identifiers or doc.barcodes)
            if collect_errors:
                misses.append((doc.id, "FILE", "(no copy written)", ""))
            continue
        found_text = _copy_text(Path(output))
        if found_text is not None:  # a Word file or an e-mail: its copy is measured by the text left in it
            for ident in doc.identifiers:
                ok = not occurrences(found_text, ident["text"])
                gold[ident["type"]][1] += 1
                gold[ident["type"]][0] += ok
                clean &= ok
                if not ok and collect_errors:
                    misses.append((doc.id, ident["type"], ident["text"], "text"))
            for k in doc.keep:
                kept = k if isinstance(k, str) else k["text"]  # a Word file's keep strings may be bare strings
                ok = bool(occurrences(found_text, kept))
                keep[1] += 1
                keep[0] += ok
                if not ok and collect_errors:
                    lost.append((doc.id, kept, "text"))
        else:
            original, written = _page_pixels(doc.file), _page_pixels(Path(output))
            # each page of the copy in the original's frame (exact quarter turns), and the turn that takes a
            # labelled box into the frame of the copy as written (where it is read again)
            turns = [copy_turn(original[p], written[p]) if p < len(original) else None for p in range(len(written))]
            copy = [np.rot90(page, t) if t is not None else page for page, t in zip(written, turns)]
            for ident in doc.identifiers:
                p = ident.get("page", 1) - 1
                box = _without_title(ident)
                fraction = painted_fraction(original[p], copy[p], box) if p < len(copy) else 0.0
                ok = fraction is None and p < len(copy) and original[p].shape == copy[p].shape or (
                    fraction is not None and (fraction >= 0.9 or fraction >= 0.6 and not still_readable(
                        written[p], box_in_turned(box, -(turns[p] or 0)),
                        ident["text"][_title_prefix(ident["text"]):])))
                gold[ident["type"]][1] += 1
                gold[ident["type"]][0] += ok
                clean &= ok
                if not ok and collect_errors:
                    misses.append((doc.id, ident["type"], ident["text"], f"page {p + 1}"))
            for k in doc.keep:
                p = k.get("page", 1) - 1
                painted = p < len(copy) and box_painted(original[p], copy[p], k["box"], threshold=0.7)
                keep[1] += 1
                keep[0] += not painted
                if painted and collect_errors:
                    lost.append((doc.id, k["text"], f"page {p + 1}"))
            decoded = _decoded_values(Path(output))
            for code in doc.barcodes:
                p = code.get("page", 1) - 1
                ok = code["value"] not in decoded and p < len(copy) and bool(
                    box_painted(original[p], copy[p], code["box"], threshold=0.6))
                codes[1] += 1
                codes[0] += ok
                clean &= ok
                if not ok and collect_errors:
                    misses.append((doc.id, "BARCODE", code["format"], f"page {p + 1}"))
        if doc.identifiers or doc.barcodes:
            docs_clean[1] += 1
            docs_clean[0] += clean
    per_type = {t: {"identifiers": v[1], "found": v[0], "recall": _ratio(v[0], v[1])} for t, v in sorted(gold.items())}
    g_found = sum(v[0] for v in gold.values())
    g_total = sum(v[1] for v in gold.values())
    result = {
        "documents": len(docs),
        "overall": {"identifiers": g_total, "found": g_found, "recall": _ratio(g_found, g_total)},
        "per_type": per_type,
        "keep": {"strings": keep[1], "kept": keep[0], "rate": _ratio(keep[0], keep[1])},
        "codes": {"codes": codes[1], "removed": codes[0], "rate": _ratio(codes[0], codes[1])},
        "clean_documents": {"documents": docs_clean[1], "clean": docs_clean[0],
                            "rate": _ratio(docs_clean[0], docs_clean[1])},
    }
    if collect_errors:
        result["errors"] = {"misses": misses, "lost_keep": lost}
    return result


def _engine_copy(path: Path, out_dir: Path, applicant: str | None) -> str | None:
    from ..redact import RedactSettings, redact_file

    result, _ = redact_file(path, out_dir, applicant=applicant, settings=RedactSettings(workers=1, verify_ocr=False))
    return result.output


def _copy_text(path: Path) -> str | None:
    """Everything a copy without pages says: a Word copy's text and XML, an e-mail's text copy; ``None`` for
    a copy made of pages (a PDF or an image), which is measured by its pixels."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_everything(path)
    if suffix in (".txt", ".eml"):
        return path.read_text(encoding="utf-8", errors="replace")
    return None


def _docx_everything(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels")))
    from ..ingest.docx_text import read_docx_text

    return read_docx_text(path).text + "\n" + re.sub(r"<[^>]+>", " ", xml)


def _decoded_values(path: Path) -> set[str]:
    import zxingcpp

    values = set()
    try:
        for pixels in _page_pixels(path, dpi=200):
            from PIL import Image

            values.update(c.text for c in zxingcpp.read_barcodes(Image.fromarray(pixels)))
    except Exception:
        pass
    return values


def set_markdown(results: dict, title: str) -> str:
    """Per identifier type, each engine's recall on the set's texts and files together, then documents left
    with no identifier, keep rate and codes (no identifier text)."""
    engines = list(results)
    types: set[str] = set()
    for r in results.values():
        for part in ("texts", "files"):
            if r.get(part):
                types.update(r[part]["per_type"])
    label_types = sorted(t for t in types if t not in SPAN_TO_LABEL.keys() - set(SPAN_TO_LABEL.values())
                         and t not in ("PATIENT", "RELATIVE", "PERSON", "REFERENCE", "ID_NUMBER", "REGISTRATION")
                         and any(results[e].get(p) and results[e][p]["per_type"].get(t, {}).get("identifiers")
                                 for e in engines for p in ("texts", "files")))

    def combined(r: dict, t: str | None) -> tuple[int, int]:
        found = total = 0
        for part in ("texts", "files"):
            res = r.get(part)
            if not res:
                continue
            v = res["overall"] if t is None else res["per_type"].get(t)
            if v:
                found += v.get("found", 0)
                total += v.get("identifiers", 0)
        return found, total

    def cell(found: int, total: int) -> str:
        return f"{found / total:.3f} ({found}/{total})" if total else "–"

    lines = [f"### {title}", "", "| type | " + " | ".join(engines) + " |", "|---|" + "---:|" * len(engines)]
    for t in label_types:
        lines.append(f"| {t} | " + " | ".join(cell(*combined(results[e], t)) for e in engines) + " |")
    lines.append("| **all identifiers** | " + " | ".join(f"**{cell(*combined(results[e], None))}**" for e in engines) + " |")
    for key, label in (("clean_documents", "documents with identifiers left with none"), ("keep", "keep strings surviving")):
        row = []
        for e in engines:
            found = total = 0
            for part in ("texts", "files"):
                res = results[e].get(part)
                if res and res.get(key):
                    v = res[key]
                    found += v.get("clean", v.get("kept", 0))
                    total += v.get("documents", v.get("strings", 0))
            row.append(cell(found, total))
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    codes = [results[e].get("files", {}) or {} for e in engines]
    if any(c.get("codes") for c in codes):
        lines.append("| barcodes and QR codes removed | " + " | ".join(
            cell(c["codes"]["removed"], c["codes"]["codes"]) if c.get("codes") else "–" for c in codes) + " |")
    texts = [results[e].get("texts") for e in engines]
    if any(t and t.get("left") for t in texts):
        lines.append("| identifiers left (text documents) that the leak check flags for the doctor | " + " | ".join(
            cell(t["left"]["flagged"], t["left"]["identifiers"]) if t and t.get("left") else "–" for t in texts) + " |")
        lines.append("| documents with an identifier left that no flag points to (text documents) | " + " | ".join(
            cell(t["left"]["silent_documents"], t["clean_documents"]["documents"]) if t and t.get("left") else "–"
            for t in texts) + " |")
    if any(texts):
        lines.append("| precision (text documents) | " + " | ".join(
            f"{t['overall']['precision']:.3f}" if t and t["overall"].get("precision") is not None else "–"
            for t in texts) + " |")
    return "\n".join(lines) + "\n"
