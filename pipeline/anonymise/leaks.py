"""The leak check: what can still be read in a redacted copy that looks like an identifier.

After a copy is written, its final text is taken out again the way anyone
could: the text layer of a PDF, OCR of every page image and picture, every
XML part of a Word file, and every barcode or QR code that still decodes.
That text is searched, more widely than the anonymiser removes, for:

* whatever the anonymiser itself would remove from it (a name the OCR of the
  copy reads differently, text drawn as shapes that had no text layer);
* anything shaped like an identifier: five or more digits, a code mixing
  letters and three or more digits, an e-mail address, a link, a postcode;
* a person's name in a name position: after a title, a greeting or a name
  label, a relation or a role, unless it is the applicant's or a name the
  document keeps on purpose (assessors, supervisors) or the doctor kept;
* a code (barcode, QR code) that still decodes; a picture not yet confirmed.

Each hit is a :class:`Flag` with its page and context.  A document with an
open flag is not ready for upload; the doctor resolves each flag in review
(redact it, or keep it with a reason), which becomes a redaction decision and
so changes the next copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..regexes import family
from ..config import ANONYMISE_DETECTORS
from .core import TITLE_RE, WORD_RE, Anonymiser, occurrences
from .lexicon import clinical_terms, english_frequency, first_names, fold, hard_stops, surnames
from .shapes import AllowList, default_allowlist

_RX = family("leaks")

__all__ = ["Flag", "check_copy", "suspects", "copy_texts"]


@dataclass(frozen=True)
class Flag:
    """Something in a copy that may still identify someone.

    ``text`` and ``context`` hold what was read in the copy: private, for the doctor's review screen only,
    never for a log line or a report (use :meth:`public`).
    """

    page: int  # 1-based page (or picture) of the copy; 0 when the format has no pages
    kind: str  # identifier | name | code | picture | object
    label: str  # what it looks like, e.g. "6+ digits", "name after a title", "QR code still decodes"
    text: str
    context: str = ""
    box: tuple[float, float, float, float] | None = None  # where a code still decodes (page fractions)

    @property
    def key(self) -> str:
        """Stable identity of the flag across runs: its kind and its text (folded)."""
        value = " ".join(fold(self.text).split())
        return hashlib.sha256(f"{self.kind}|{value}".encode()).hexdigest()[:16]

    def to_json(self) -> dict:
        return {**asdict(self), "key": self.key}

    def public(self) -> dict:
        """What may be printed or logged: no text of the document, nor a hash of it (a hash of a short number
        can be reversed by trying every number)."""
        return {"page": self.page, "kind": self.kind, "label": self.label}


# ------------------------------------------------------------------ what looks like an identifier


def suspects(text: str, applicant: str | None = None, keep: tuple[str, ...] = (), kept_words: frozenset[str] = frozenset(),
             allow: AllowList | None = None, expected: str | None = None) -> list[tuple[int, int, str, str]]:
    """Everything in ``text`` that may identify someone: ``(start, end, kind, label)``, sorted.

    Args:
        text: Text read from a redacted copy.
        applicant: The applicant (their name and GMC number are not flagged).
        keep: Strings the doctor kept, and the applicant's own numbers (not flagged).
        kept_words: Folded words of names the document keeps on purpose (assessors, supervisors).
        allow: The allow-list for numbers and codes.
        expected: The document's anonymised text, when known.  What the anonymiser would remove from the
            copy's text but kept in the document's own text, with the whole page around it, was a decision
            (the copy's OCR reads tables and headings with less context), so only the wider checks below
            flag it.
    """
    allow = allow or default_allowlist()
    expected_words = {fold(w) for w in WORD_RE.findall(expected)} if expected is not None else None
    tags = [(m.start(), m.end()) for m in _RX.tag.finditer(text)]
    kept = [r for k in keep for r in _find_all(text, k)]
    out: list[tuple[int, int, str, str]] = []

    def add(a: int, b: int, kind: str, label: str) -> None:
        if b <= a or any(x <= a and b <= y for x, y in tags + kept):
            return
        if any(o[0] < b and a < o[1] for o in out):
            return
        out.append((a, b, kind, label))

    # the leak check is the safety net: every detector runs here, whatever subset the configuration names
    anonymiser = Anonymiser(applicant=applicant, keep=tuple(keep), allow=allow, detectors=ANONYMISE_DETECTORS)
    for s in anonymiser.find(text):
        kind = "name" if s.type in ("PATIENT", "RELATIVE", "PERSON") else "identifier"
        raw = [w for w in WORD_RE.findall(s.text) if len(w) > 2]
        words = [fold(w) for w in raw]
        if kind == "name" and (not words or all(w in kept_words for w in words)
                               or all(w.isupper() and len(w) <= 3 and fold(w) not in surnames() for w in raw)):
            continue
        if expected_words is not None and (kind == "name" and all(w in expected_words for w in words)
                                           or kind == "identifier" and _in_expected(s.text, expected)):
            continue
        add(s.start, s.end, kind, s.type.lower().replace("_", " "))
    own = anonymiser.applicant_words
    for m in _RX.email.finditer(text):
        add(m.start(), m.end(), "identifier", "e-mail address")
    for m in _RX.link.finditer(text):
        add(m.start(), m.end(), "identifier", "link")
    for m in _RX.postcode.finditer(text):
        add(m.start(), m.end(), "identifier", "postcode shape")
    for m in _RX.digits5.finditer(text):
        value = m.group(0)
        if sum(c.isdigit() for c in value) < 5 or _looks_clinical(text, m.start(), value, allow):
            continue
        add(m.start(), m.end(), "identifier", "5+ digits")
    for m in _RX.code.finditer(text):
        value = m.group(0)
        digits = sum(c.isdigit() for c in value)
        letters = sum(c.isalpha() for c in value)
        if digits < 3 or letters < 1 or len(value) < 5 or _RX.clinical_code_ok.match(value):
            continue
        if re.search(r"[a-z]{3}", value) or _looks_clinical(text, m.start(), value, allow):
            continue
        add(m.start(), m.end(), "identifier", "code with letters and digits")
    for m in TITLE_RE.finditer(text):
        _name_after(text, m.end(), own | kept_words, add, "name after a title")
    _context_doubts(text, own | kept_words, add)
    for m in _RX.name_cue.finditer(text):
        _name_after(text, m.end(), own | kept_words, add, "name after '" + " ".join(m.group(0).split()).rstrip(":,-– ") + "'")
    _first_surname_pairs(text, own | kept_words, add)
    return sorted(out)


_SERVICE_AFTER = re.compile(r"[ \t]+(?:Team|Service|Services|Unit|Ward|Clinic|Department|Trust|Hospital|Centre|"
                            r"Programme|Pathway|Board|Committee|Network|Hub)\b")
# A word the context tagger gives at least this probability of belonging to a person's or a place's identifier
# is flagged even though no rule removed it (the anonymiser removes from 0.5).
MAYBE = 0.2


def _context_doubts(text: str, own: frozenset[str], add) -> None:
    """Words the context tagger is unsure about: a name or a place told in prose that the rules did not take
    ("works at the Fenland Fresh packhouse", "another O'Neil on P3")."""
    from .tagger import default_tagger

    tagger = default_tagger()
    if tagger is None or MAYBE >= tagger.threshold:
        return
    firsts, family = first_names(), surnames()
    for a, b, word, p in tagger.probabilities(text):
        if p < MAYBE or len(word) < 3 or not word.isalpha():  # words only: numbers and codes have their checks
            continue
        f = fold(word)
        if f in own or f in hard_stops() or f in clinical_terms():
            continue
        # not on the tagger's doubt alone: an acronym ("PEARL", "MAC"), a common English word ("Max", "angry") or a
        # long technical one ("Videolaryngoscopy"); a rarer word that is a known first name or surname is
        # ("Walsh", "Ffion")
        frequency = english_frequency(f)
        if word.isupper() and len(word) <= 5 or frequency >= 4.0 \
                or f not in firsts and f not in family and (frequency >= 3.0 or len(word) > 14):
            continue
        if _SERVICE_AFTER.match(text, b):  # the name of a service the letter is copied to ("Reablement Team")
            continue
        add(a, b, "name", "may be a name or a place (context)")


def _looks_clinical(text: str, pos: int, value: str, allow: AllowList) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 60):pos]
    if allow.allows(value, before):
        return True
    compact = re.sub(r"[ ]", "", value)
    if allow.allows(compact, before):
        return True
    # dates and times written with spaces, and phone-like switchboard numbers are handled by the rules
    return bool(re.fullmatch(r"(?:19|20)\d\d(?:[ /.-]?\d\d){0,2}", compact))


def _in_expected(value: str, expected: str) -> bool:
    squash = re.sub(r"\W+", "", value).lower()
    return bool(squash) and squash in re.sub(r"\W+", "", expected).lower()


def _name_after(text: str, pos: int, own: frozenset[str], add, label: str) -> None:
    """Capitalised words right after a title or a name label, up to a field, a heading word or an acronym."""
    words = []
    for m in re.compile(r"[ \t]*([A-Z][\w'’-]*\.?)").finditer(text, pos):
        if m.start() != pos:
            break
        word = m.group(1).rstrip(".")
        f = fold(word)
        after = text[m.end():m.end() + 2]
        if f in hard_stops() or f in clinical_terms() or (word.isupper() and len(word) > 1 and f not in surnames()) \
                or _RX.degree.fullmatch(word.upper()):
            break
        words.append((m.start(1), m.start(1) + len(word), word))
        pos = m.end()
        if after[:1] in (":", ",", ";", "(") or len(words) == 4 or (m.group(1).endswith(".") and len(word) > 1):
            break
    real = [(a, b, w) for a, b, w in words if len(w) > 2 and fold(w) not in own]
    if real:
        add(real[0][0], real[-1][1], "name", label)


def _first_surname_pairs(text: str, own: frozenset[str], add) -> None:
    """A known first name followed by a capitalised word: "Bartholomew Quince"."""
    firsts = first_names()
    for m in re.finditer(r"\b([A-Z][a-z'’-]{1,20})[ \t]+([A-Z][a-z'’-]{2,20}|[A-Z]{3,20})\b", text):
        f1, f2 = fold(m.group(1)), fold(m.group(2))
        if f1 not in firsts or f1 in own and f2 in own:
            continue
        if f2 in hard_stops() or f2 in clinical_terms() or f1 in hard_stops():
            continue
        if f1 in own or f2 in own:
            continue
        add(m.start(), m.end(), "name", "first name and surname")


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Occurrences of ``needle`` in any case (a kept string read back from a copy)."""
    return occurrences(text.lower(), needle.lower()) if needle else []


# ------------------------------------------------------------------ reading a copy again


def copy_texts(path: str | os.PathLike, ocr: bool = True) -> list[tuple[int, str, list]]:
    """What anyone can take out of a copy: ``(page, text, codes)`` per page or picture; ``codes`` are the
    barcodes and QR codes that still decode there (labels only)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_texts(path, ocr)
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"):
        return _image_texts(path, ocr)
    if suffix == ".docx":
        return _docx_texts(path, ocr)
    return [(0, path.read_text(encoding="utf-8", errors="replace"), [])]


def _ocr_text(image) -> str:
    """OCR of a copy's page, without the "words" Tesseract reads in the painted boxes themselves (a box read
    as "II" or "BRE" is paint, not text: a word whose box is mostly black is dropped)."""
    import numpy as np

    from ..ingest.ocr import result_from_data, tesseract_table

    grey = image.convert("L")
    pixels = np.asarray(grey)
    with tempfile.TemporaryDirectory(prefix="cesr-check-") as tmp:
        target = os.path.join(tmp, "page.pgm")  # written as is: a PNG's compression costs ~0.1 s a page
        grey.save(target)
        data = tesseract_table(target, psm=3, timeout=180)
    for i, word in enumerate(data["text"]):
        if not (word or "").strip():
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        box = pixels[max(0, y):y + max(1, h), max(0, x):x + max(1, w)]
        if box.size and float((box < 96).mean()) > 0.6:
            data["text"][i] = ""
    return result_from_data(data).text


def _decoding(image) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The codes that still decode on a page image: their symbology and where they are (page fractions)."""
    from ..ingest.codes import find_codes

    try:
        return [(r.label, r.box) for r in find_codes(image.convert("L"), margin=0.01)]
    except Exception:
        return []


def _pdf_texts(path: Path, ocr: bool) -> list[tuple[int, str, list]]:
    import pypdfium2 as pdfium

    from ..ingest.readers import PDFIUM_LOCK

    pages = []
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(doc)):
                page = doc[i]
                try:
                    textpage = page.get_textpage()
                    layer = textpage.get_text_range()
                    textpage.close()
                    image = page.render(scale=200 / 72, grayscale=True).to_pil()
                finally:
                    page.close()
                pages.append((i + 1, layer, image))
        finally:
            doc.close()
    return [(n, layer + ("\n\n" + _ocr_text(image) if ocr else ""), _decoding(image)) for n, layer, image in pages]


def _image_texts(path: Path, ocr: bool) -> list[tuple[int, str, list]]:
    from PIL import Image

    out = []
    with Image.open(path) as image:
        for f in range(getattr(image, "n_frames", 1)):
            image.seek(f)
            frame = image.copy()
            out.append((f + 1, _ocr_text(frame) if ocr else "", _decoding(frame)))
    return out


def _docx_texts(path: Path, ocr: bool) -> list[tuple[int, str, list]]:
    import io

    from PIL import Image

    from ..ingest.docx_text import read_docx_text
    from ..ingest.readers import docx_pictures

    text = read_docx_text(path).text
    with zipfile.ZipFile(path) as package:
        # every XML part, not only what a reader shows: properties, relationships (link targets), comments
        xml = "\n".join(re.sub(r"<[^>]+>", " ", package.read(n).decode("utf-8", "replace"))
                        for n in package.namelist() if n.endswith((".xml", ".rels")))
        rels = " ".join(re.findall(r'Target="([^"]+)"', "\n".join(
            package.read(n).decode("utf-8", "replace") for n in package.namelist() if n.endswith(".rels"))))
        out = [(0, text + "\n\n" + _visible_extra(xml, text) + "\n" + _external(rels), [])]
        for k, name in enumerate(docx_pictures(package), 1):
            try:
                with Image.open(io.BytesIO(package.read(name))) as image:
                    picture = image.convert("L")
            except Exception:
                continue
            words = _ocr_text(picture) if ocr and min(picture.size) >= 150 else ""
            out.append((k, words, _decoding(picture)))
    return out


def _visible_extra(xml: str, text: str) -> str:
    """Words in the package's XML that the document's own text does not show (properties, comments...);
    numbers, booleans and time stamps of the package itself are left out."""
    seen = set(text.split())
    return " ".join(w for w in xml.split() if w not in seen and (re.search(r"[A-Za-z]{2}", w) or
                                                                 sum(c.isdigit() for c in w) >= 5)
                    and not re.fullmatch(r"(?:true|false|\d{4}-\d\d-\d\dT[\d:.]+Z?|[\w:]+=\S*)", w))


def _external(targets: str) -> str:
    return " ".join(t for t in targets.split() if re.match(r"(?i)(?:https?:|mailto:|www\.|file:)", t))


# ------------------------------------------------------------------ the check


def unread_parts(path: str | os.PathLike) -> list[str]:
    """What a Word copy holds that the tool could not read (and so could not redact)."""
    if Path(path).suffix.lower() != ".docx":
        return []
    with zipfile.ZipFile(path) as package:
        return sorted(n for n in package.namelist() if _RX.unread.match(n))


def check_copy(path: str | os.PathLike, applicant: str | None = None, keep: tuple[str, ...] = (),
               kept_words: frozenset[str] = frozenset(), pictures: list[tuple[int, int]] = (), ocr: bool = True,
               allow: AllowList | None = None, expected: str | None = None) -> list[Flag]:
    """Read a copy again and flag what may still identify someone (see the module's description).

    Args:
        path: The redacted copy.
        applicant: The applicant's name.
        keep: Strings the doctor kept.
        kept_words: Folded words of names the document keeps on purpose.
        pictures: ``(page, index)`` of pictures painted over that the doctor has not confirmed yet (page
            1-based, index of the region in the page's reading).
        ocr: OCR page images and pictures (off only for tests of the text checks).
        allow: The allow-list.
        expected: The document's anonymised text (see :func:`suspects`).
    """
    flags: list[Flag] = []
    for page, text, codes in copy_texts(path, ocr):
        for code, box in codes:
            flags.append(Flag(page, "code", f"{code} still decodes: paint it", f"{code} on page {page} at "
                              f"{box[0]:.2f},{box[1]:.2f}", box=tuple(round(v, 4) for v in box)))
        for a, b, kind, label in suspects(text, applicant, keep, kept_words, allow, expected):
            context = " ".join(text[max(0, a - 40):min(len(text), b + 40)].split())
            flags.append(Flag(page, kind, label, text[a:b], context))
    for page, index in pictures:
        flags.append(Flag(page, "picture", "picture painted over: keep it only if it shows no patient",
                          f"page {page} picture {index + 1}"))
    for k, name in enumerate(unread_parts(path), 1):
        if f"embedded object {k}" in keep:  # the doctor checked it
            continue
        flags.append(Flag(0, "object", "an embedded object, chart or drawing the tool cannot read: check it in Word, "
                          "or delete it there and add the file again", f"embedded object {k}"))
    unique: dict[str, Flag] = {}
    for f in flags:
        unique.setdefault(f.key, f)
    return list(unique.values())
