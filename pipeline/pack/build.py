"""``cesr pack``: the application pack the doctor uploads, built from a reviewed workspace.

Which documents go in (:func:`select`): every document marked reviewed, with at least one accepted mapping,
whose redaction the doctor verified in the review, with no open leak-check flag, and whose redaction has not
changed since the copy was checked (the plan in force is the plan that was checked).  The others are listed
as left out, with the reason.  ``include_unverified`` / ``include_flagged`` are explicit overrides, recorded in
the manifest and on each document they let in.

How a document becomes PDF pages (:func:`prepare`): from its *redacted* form only, made by the one redaction
engine (:func:`pipeline.anonymise.plan.plan_for` on the stored readings with the doctor's decisions).  A PDF
page read from its text layer is set again as vector text, each removed word a black box with its tag; other
drawn pages (scans, photos, pictures in a Word file, PDF pages that cannot safely be set again) are painted
images (the words the plan removed painted over, as in ``cesr redact``), stored bilevel (CCITT G4) when black
on white, else JPEG, with the anonymised text laid invisibly under them; text, e-mail and the text of Word
files are the anonymised text set in clean pages (:mod:`pipeline.pack.pages`).  No original text is copied,
so nothing sits under a box.  Pages are made on a process pool and written to disk, one file per document.

How documents are grouped (:class:`PackSettings.grouping`): by the outcome of each document's primary
accepted mapping (the best-ranked accepted suggestion, else the first mapping added), or by evidence type.
Each document is placed once; the index of every other section it is credited to cross-references it by
number, bundle and pages.  Documents are numbered through the pack in bundle order.

Outputs in ``PACK/``: one PDF per section (``01-SLO1.pdf``...) opening with its index page(s), a bookmark per
document, continuous page numbers and a footer on every page (applicant, document number, page x of y);
``index.pdf`` and ``index.csv`` over the whole pack; ``manifest.json`` (the same facts, each output file's
sha256 and page count, the limits and what was left out), validated against
``schemas/pack-manifest.schema.json``.  Each bundle is drawn in parts of about :data:`PART_PAGES` pages (on the
process pool) and joined by qpdf as it is written, so memory does not grow with the pack; the parts do not
depend on the number of processes, so neither do the bundles' bytes.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import hashlib
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Callable

from .describe import DescriptionStore, credited, nice_date, primary_first, short_type, suggest_for
from .render import BundleWriter, Line, join_parts, paginate, text_pages, wrap

__all__ = ["PackSettings", "PackResult", "PackError", "build_pack", "validate_manifest", "MANIFEST_SCHEMA_PATH",
           "MANIFEST_SCHEMA_ID"]

MANIFEST_SCHEMA_VERSION = "1.0.0"
MANIFEST_SCHEMA_ID = f"urn:cesr-mapper:schema:pack-manifest:{MANIFEST_SCHEMA_VERSION}"
GROUPINGS = ("outcome", "type")
DEFAULT_MAX_DOCUMENTS = 150
DEFAULT_PAGES = (800, 1000)
#: Pages in one part of a bundle (drawn by one process, in memory until it is written): small enough to bound
#: memory, large enough that the fonts each part embeds (about 30 KB) stay a small share of the bundle.
PART_PAGES = 120


def _schema_path() -> Path:
    from .. import resources

    return resources.schema_file("pack-manifest.schema.json")


MANIFEST_SCHEMA_PATH = _schema_path()


class PackError(ValueError):
    """A pack that cannot be built (nothing to put in it) or a manifest that does not validate."""


@dataclass(frozen=True)
class PackSettings:
    """How a pack is built.

    Attributes:
        grouping: ``"outcome"`` (the primary accepted mapping's outcome) or ``"type"`` (evidence type).
        include_unverified: Let in documents whose redaction the doctor has not verified (explicit override).
        include_flagged: Let in documents with open leak-check flags (explicit override).
        dpi: Resolution of painted page images stored as JPEG (photographs, grey or colour pages).
        bilevel_dpi: Resolution at which PDF pages are painted; black-on-white pages are stored bilevel (CCITT
            G4) at this resolution.
        jpeg_quality: Quality of JPEG page images.
        vector_text: Set PDF pages read from their text layer again as vector text (``False``: paint every
            drawn page as a picture).
        applicant: The name in every footer (default: the workspace's applicant).
        max_documents: The specialty's limit on uploads when its guidance differs from the curriculum file's.
        part_pages: Pages in one part of a bundle (see :data:`PART_PAGES`).
        workers: Processes that draw pages (0: one per core, or this process alone for a pack under 24 documents).
        progress: Show progress bars on stderr (``None``: when stderr is a terminal).
    """

    grouping: str = "outcome"
    include_unverified: bool = False
    include_flagged: bool = False
    dpi: int = 150
    bilevel_dpi: int = 200
    jpeg_quality: int = 75
    vector_text: bool = True
    part_pages: int = PART_PAGES
    applicant: str | None = None
    max_documents: int | None = None
    workers: int = 0
    progress: bool | None = None

    def __post_init__(self) -> None:
        if self.grouping not in GROUPINGS:
            raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}, not {self.grouping!r}")
        if not 50 <= self.dpi <= 600 or not 50 <= self.bilevel_dpi <= 600:
            raise ValueError("dpi must be between 50 and 600")


@dataclass
class _Doc:
    """One document on its way into the pack."""

    sha256: str
    display_name: str
    format: str
    date: str | None
    evidence_type: str
    evidence_label: str
    primary: bool | None
    mappings: list[dict[str, Any]]  # positive decisions, the primary one first
    verified: bool = True
    flagged: bool = False
    older: bool = False  # older than the curriculum's recency window
    near_duplicate: bool = False
    pages: list[str] = field(default_factory=list)  # each page's kind: "text", "vector", "g4" or "jpeg"
    pages_file: str = ""  # the pages themselves (pages.save_pages), in the working folder
    title: str = ""
    description: str = ""
    section: str = ""
    number: int = 0
    bundle: str = ""
    first_page: int = 0
    last_page: int = 0


@dataclass
class PackResult:
    """What a pack run did."""

    out: Path
    manifest: dict[str, Any]
    left_out: list[dict[str, Any]]
    warnings: list[str]

    def format(self) -> str:
        m = self.manifest
        lim = m["limits"]
        lines = [f"pack written to {self.out}: {len(m['documents'])} document(s) in {len(m['bundles'])} bundle(s), "
                 f"{lim['pages']} page(s), {lim['megabytes']:.1f} MB",
                 f"  uploads: {lim['uploads']} file(s) (limit about {lim['max_documents']}); pages: {lim['pages']} "
                 f"(expected {lim['expected_pages'][0]}-{lim['expected_pages'][1]})"]
        for b in m["bundles"]:
            lines.append(f"  {b['file']}: {len(b['documents'])} document(s), {b['pages']} page(s)"
                         + (f", {len(b['cross_references'])} cross-reference(s)" if b["cross_references"] else ""))
        if self.left_out:
            lines.append(f"  left out ({len(self.left_out)}):")
            for entry in self.left_out[:50]:
                lines.append(f"    {entry['name'] or entry['sha256'][:12]}: {entry['reason']}")
            if len(self.left_out) > 50:
                lines.append(f"    ... and {len(self.left_out) - 50} more (manifest.json)")
        for w in self.warnings:
            lines.append(f"  warning: {w}")
        return "\n".join(lines)


# ------------------------------------------------------------------ schema


def validate_manifest(data: Any) -> None:
    """Raise :class:`PackError` naming the first field that breaks ``schemas/pack-manifest.schema.json``."""
    from ..schemas import first_error

    error = first_error(data, MANIFEST_SCHEMA_PATH, MANIFEST_SCHEMA_ID)
    if error:
        raise PackError(f"manifest {error}")


# ------------------------------------------------------------------ which documents


def select(ws, review, log, settings: PackSettings, evidence_label: Callable[[str], str], nodes: dict):
    """Split the workspace's documents into those that go in (:class:`_Doc`) and those left out (reason)."""
    from ..review.decisions import POSITIVE

    rows = review.document_rows()
    years = ws.recency_years()
    positive: dict[str, list[dict]] = {}
    for d in review.current_decisions():
        if d["verdict"] in POSITIVE:
            d = dict(d)
            if d["node"] in nodes:  # the node's outcome as the curriculum says (older rows may hold the node)
                d["outcome"] = nodes[d["node"]].outcome
            positive.setdefault(d["sha256"], []).append(d)
    chosen, left_out = [], []
    for doc in ws.store.documents(include_text=False):
        name = getattr(doc, "display_name", "") or ""
        entry = {"sha256": doc.sha256, "name": name, "evidence_type": getattr(doc, "evidence_type", "") or ""}
        if doc.status != "ok":
            left_out.append({**entry, "reason": f"could not be read when added: {doc.error or doc.error_kind}"})
            continue
        if not (rows.get(doc.sha256) or {}).get("reviewed_at"):
            left_out.append({**entry, "reason": "not marked reviewed (mark it done in 'cesr review')"})
            continue
        if not positive.get(doc.sha256):
            left_out.append({**entry, "reason": "no accepted mapping: it credits no outcome"})
            continue
        verified = bool(log.verified(doc.sha256))
        flags = log.open_flags(doc.sha256)
        if flags and not settings.include_flagged:
            left_out.append({**entry, "reason": f"{len(flags)} open leak-check flag(s): resolve them in the review "
                                                "(or pass --include-flagged)"})
            continue
        if not verified and not settings.include_unverified:
            left_out.append({**entry, "reason": "redaction not verified (check it in the review's redaction view, "
                                                "key x; or pass --include-unverified)"})
            continue
        kind = getattr(doc, "evidence_type", "") or ""
        primary = getattr(doc, "primary", None)
        if primary is None and kind:
            from ..review.portfolio import evidence_types

            primary = evidence_types().get(kind, ("", None))[1]
        from ..review.portfolio import is_older

        date = getattr(doc, "date", None)
        chosen.append(_Doc(sha256=doc.sha256, display_name=name, format=doc.format, date=date,
                           evidence_type=kind, evidence_label=evidence_label(kind), primary=primary,
                           mappings=primary_first(positive[doc.sha256]), verified=verified, flagged=bool(flags),
                           older=bool(is_older(date, years)),
                           near_duplicate=any(f.startswith("near-duplicate") for f in (doc.flags or []))))
    return chosen, left_out


# ------------------------------------------------------------------ one document's pages


class _Unfit(Exception):
    """A document that cannot go in; the message (no identifier in it) is the reason."""


def prepare(ws, review, log, doc: _Doc, work: Path, settings: PackSettings) -> str:
    """Make the pages of one document from its redacted form (painted images in ``work``, anonymised text);
    returns the anonymised text.

    Raises:
        _Unfit: the redaction changed since it was checked, an identifier cannot be painted, the source file
            is gone or changed, or the file cannot be drawn.
    """
    from ..anonymise.plan import plan_for
    from ..anonymise.redacted import CopyError, page_image, unpainted_spans
    from ..redact import source_of

    store = ws.store
    stored = store.get(doc.sha256)
    readings = store.readings(doc.sha256)
    if stored is None or not readings:
        raise _Unfit("no reading of this document is kept: add it again")
    decisions = log.decisions(doc.sha256)
    plan, _ = plan_for(readings, settings.applicant or ws.applicant, decisions,
                       file_name=PurePath(stored.path.split("#", 1)[-1]).name, allow=ws.allow_files())
    if doc.verified:
        state = log.state(doc.sha256) or {}
        if state.get("plan") != json.dumps(plan.to_json()):
            raise _Unfit("the redaction changed since its copy was checked: check it again in the review (key x)")
    drawn = [doc.format in ("pdf", "image") or (doc.format == "docx" and bool(r.origin)) for r in readings]
    for reading, page_plan, is_drawn in zip(readings, plan.pages, drawn):
        if is_drawn and unpainted_spans(reading, page_plan.spans):
            raise _Unfit("an identifier has no box on its page, so it cannot be painted")
    source = None
    if any(drawn):
        source = source_of(store, stored, work)
        if source is None:
            raise _Unfit("the source file is no longer where it was added, or has changed: add it again")
    from ..ingest.readers import PDFIUM_LOCK
    from .pages import encode_image, save_pages, vector_page
    from .render import ImagePage, LayoutPage, fitted_dpi

    pages: list = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            pages.extend(text_pages("\n\n".join(buffer)))
            buffer.clear()

    pdf = None
    try:
        for i, (text, is_drawn) in enumerate(zip(plan.texts, drawn)):
            if not is_drawn:
                if text.strip():
                    buffer.append(text.strip())
                continue
            flush()
            stem = work / f"{doc.sha256[:16]}-{i:04d}"
            if doc.format == "pdf" and settings.vector_text:
                import pypdfium2 as pdfium

                with PDFIUM_LOCK:
                    if pdf is None:
                        pdf = pdfium.PdfDocument(str(source))
                        if len(pdf) != len(readings):
                            raise _Unfit("the source file has changed since it was read: add it again")
                    page = pdf[i]
                    try:
                        layout = vector_page(page, readings[i], plan.pages[i], stem, dpi=settings.dpi,
                                             jpeg_quality=settings.jpeg_quality, text=text)
                    finally:
                        page.close()
                if layout is not None:
                    pages.append(layout)
                    continue
            try:
                image = page_image(source, doc.format, readings, plan, i, dpi=settings.bilevel_dpi, painted=True)
            except CopyError as exc:
                raise _Unfit(str(exc)) from exc
            if image is None:
                raise _Unfit("a page could not be drawn")
            pages.append(encode_image(image, stem, fitted_dpi(image.width, image.height), settings.dpi,
                                      settings.jpeg_quality, text=text))
        flush()
    finally:
        if pdf is not None:
            with PDFIUM_LOCK:
                pdf.close()
    if not pages:
        pages = text_pages("")
    doc.pages_file = str(work / f"{doc.sha256[:16]}.pages")
    save_pages(pages, Path(doc.pages_file))
    doc.pages = ["vector" if isinstance(p, LayoutPage) else p.encoding if isinstance(p, ImagePage) else "text"
                 for p in pages]
    return "\n\n".join(t.strip() for t in plan.texts if t.strip())


def _prepare_one(ws, review, log, d: _Doc, work: Path, settings: PackSettings) -> tuple[str | None, str | None]:
    """``(anonymised text, None)``, or ``(None, reason)`` when the document cannot go in; never raises."""
    try:
        return prepare(ws, review, log, d, work, settings), None
    except _Unfit as exc:
        return None, str(exc)
    except Exception as exc:  # bad input does not stop the pack; no text of it is printed
        return None, f"could not be converted to PDF ({type(exc).__name__})"


_WORKER: dict[str, Any] = {}


def _prepare_job(args: tuple) -> tuple[_Doc, tuple[str | None, str | None]]:
    """In a worker process: the workspace opened once per process, then one document prepared."""
    from ..review.decisions import ReviewDB
    from ..review.redaction import RedactionLog
    from ..workspace import Workspace

    root, d, work, settings = args
    if _WORKER.get("root") != root:
        ws = Workspace.open(root, check=False)  # checked and migrated by the parent that started the pool
        review = ReviewDB(ws.store_path)
        _WORKER.update(root=root, ws=ws, review=review, log=RedactionLog(review))
    return d, _prepare_one(_WORKER["ws"], _WORKER["review"], _WORKER["log"], d, Path(work), settings)


def _prepare_crash(args: tuple) -> tuple[_Doc, tuple[str | None, str | None]]:
    return args[1], (None, "converting it to PDF crashed or hung (a damaged file?)")


def _prepared(ws, review, log, docs: list[_Doc], work: Path, settings: PackSettings):
    """Each document with its pages made, in order: in this process for a small pack, else on a process pool
    (one process per core; the painting and JPEG encoding are the cost)."""
    from ..ingest import IngestSettings

    workers = min(settings.workers or IngestSettings().pool_size, len(docs))
    if workers <= 1 or (not settings.workers and len(docs) < 24):  # starting a pool costs more than it saves
        for d in docs:
            yield d, _prepare_one(ws, review, log, d, work, settings)
        return
    from ..ingest.pool import run_pool

    jobs = ((str(ws.root), d, str(work), settings) for d in docs)
    for _, (d, result) in run_pool(_prepare_job, jobs, workers, on_crash=_prepare_crash, ordered=True):
        yield d, result


# ------------------------------------------------------------------ sections and layout


@dataclass
class _Section:
    key: str
    code: str
    title: str
    docs: list[_Doc] = field(default_factory=list)
    cross: list[_Doc] = field(default_factory=list)
    file: str = ""
    index_pages: list = field(default_factory=list)
    pages: int = 0


def _sections(docs: list[_Doc], curricula, settings: PackSettings, evidence_order: list[str]) -> list[_Section]:
    sections: dict[str, _Section] = {}
    if settings.grouping == "outcome":
        for c in curricula:
            for n in c.outcomes:
                sections[n.id] = _Section(n.id, n.code, n.title)
        for d in docs:
            d.section = d.mappings[0]["outcome"]
            if d.section not in sections:  # a node of a curriculum no longer in the workspace
                sections[d.section] = _Section(d.section, d.section.split(":")[-1], d.section)
    else:
        for kind in evidence_order:
            sections[kind] = _Section(kind, short_type(_label(kind), kind), _label(kind))
        for d in docs:
            d.section = d.evidence_type or "unclassified"
            if d.section not in sections:
                sections[d.section] = _Section(d.section, short_type(d.evidence_label, d.evidence_type), d.evidence_label or "Not classified")
    for d in sorted(docs, key=lambda d: (d.date or "9999", d.title)):
        sections[d.section].docs.append(d)
    if settings.grouping == "outcome":
        for d in docs:
            for outcome in dict.fromkeys(m["outcome"] for m in d.mappings):
                if outcome != d.section and outcome in sections:
                    sections[outcome].cross.append(d)
    return [s for s in sections.values() if s.docs or s.cross]


def _label(kind: str) -> str:
    from ..review.portfolio import evidence_label

    return evidence_label(kind)


def _pages_text(d: _Doc, with_file: bool = False) -> str:
    where = f"{d.bundle}, " if with_file else ""
    pages = f"page {d.first_page}" if d.first_page == d.last_page else f"pages {d.first_page}\u2013{d.last_page}"
    return where + pages


def _codes(d: _Doc) -> list[str]:
    return [m["node"].split(":", 1)[-1] for m in d.mappings]


def _entry_lines(d: _Doc, width: float, with_file: bool) -> list[Line]:
    lines = []
    title = wrap(f"{d.number}.  {d.title}", "bold", 9.5, width - 150)
    lines.append(Line(title[0], "bold", 9.5, right=lambda d=d: _pages_text(d, with_file), gap=4))
    for more in title[1:]:
        lines.append(Line(more, "bold", 9.5, indent=18))
    weight = {True: "primary", False: "secondary"}.get(d.primary, "primary/secondary not known")
    meta = " \u00b7 ".join(p for p in (nice_date(d.date) or "undated", d.evidence_label or "Not classified", weight,
                                       "credited: " + ", ".join(_codes(d))) if p)
    for text in wrap(meta, "regular", 8, width - 18):
        lines.append(Line(text, "regular", 8, indent=18))
    for text in wrap(d.description, "italic", 8, width - 18):
        lines.append(Line(text, "italic", 8, indent=18))
    return lines


def _section_lines(s: _Section, width: float, with_file: bool) -> list[Line]:
    lines = []
    if s.docs:
        lines.append(Line(f"Documents in {s.file or 'this section'}", "bold", 10.5, gap=6))
        for d in s.docs:
            lines.extend(_entry_lines(d, width, with_file))
    if s.cross:
        lines.append(Line("Also evidences this section (uploaded once, in another bundle)", "bold", 10.5, gap=10))
        for d in sorted(s.cross, key=lambda d: d.number):
            for k, text in enumerate(wrap(f"{d.number}.  {d.title}", "regular", 9, width - 190)):
                lines.append(Line(text, "regular", 9, indent=0 if k == 0 else 18,
                                  right=(lambda d=d: _pages_text(d, True)) if k == 0 else None, gap=2 if k == 0 else 0))
    return lines


def _heading(text: str, width: float, size: float = 14) -> list[Line]:
    return [Line(t, "bold", size) for t in wrap(text, "bold", size, width)]


# ------------------------------------------------------------------ the pack


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _limits(curricula) -> tuple[int, tuple[int, int]]:
    """The specialty's limits: the smallest ``max_documents`` of the curricula's guidance, and its expected pages."""
    maxes = [int(c.guidance["max_documents"]) for c in curricula if c.guidance.get("max_documents")]
    pages = next((tuple(int(v) for v in c.guidance["expected_pages"]) for c in curricula
                  if len(c.guidance.get("expected_pages") or ()) == 2), DEFAULT_PAGES)
    return (min(maxes) if maxes else DEFAULT_MAX_DOCUMENTS), pages  # type: ignore[return-value]


def _bar(total: int, desc: str, unit: str, force: bool | None):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=None if force is None else not force,
                dynamic_ncols=True, smoothing=0.1)


def build_pack(ws, out_dir: str | os.PathLike, settings: PackSettings | None = None) -> PackResult:
    """Build the application pack of a workspace into ``out_dir`` (see the module's docstring).

    Raises:
        PackError: no document can go in, or the manifest does not validate (nothing is written then).
    """
    from .. import __version__
    from ..curriculum import load_curricula
    from ..review.compute import node_table
    from ..review.decisions import ReviewDB
    from ..review.portfolio import evidence_label, evidence_types
    from ..review.redaction import RedactionLog

    settings = settings or PackSettings()
    applicant = settings.applicant or ws.applicant
    warnings: list[str] = []
    if not applicant:
        warnings.append("the workspace names no applicant: the GMC asks for the applicant's name on every page "
                        "(pass --applicant NAME)")
    curricula = load_curricula(ws.curricula)
    nodes = node_table(curricula)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".cesr-pack-", dir=out))
    try:
        with ReviewDB(ws.store_path, nodes) as review, DescriptionStore(ws.store_path) as descriptions:
            log = RedactionLog(review)
            docs, left_out = select(ws, review, log, settings, evidence_label, nodes)
            ready: list[_Doc] = []
            with _bar(len(docs), "pack: pages", "doc", settings.progress) as bar:
                for d, (text, reason) in _prepared(ws, review, log, docs, work, settings):
                    if reason is not None:
                        left_out.append({"sha256": d.sha256, "name": d.display_name, "evidence_type": d.evidence_type,
                                         "reason": reason})
                    else:
                        title, description = suggest_for(text, d.evidence_label, d.date, d.primary,
                                                         d.evidence_type, credited(d.mappings, nodes))
                        own = (review.document_row(d.sha256) or {}).get("title")
                        suggestion = descriptions.suggest(d.sha256, title, description, own_title=own)
                        d.title = suggestion.title
                        d.description = suggestion.description
                        if suggestion.title_edited or suggestion.description_edited:
                            typed = _scrub_typed(d, applicant)
                            if typed:
                                warnings.append(typed)
                        ready.append(d)
                    bar.update(1)
            if not ready:
                raise PackError("no document can go in the pack yet: " + (
                    "; ".join(sorted({e['reason'].split(':')[0].split(' (')[0] for e in left_out})) or "the workspace is empty"))
            sections = _sections(ready, curricula, settings, list(evidence_types()))
            manifest = _write(ws, out, work, sections, ready, left_out, applicant or "Applicant not named", curricula,
                              settings, warnings, __version__)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return PackResult(out, manifest, left_out, warnings)


def _scrub_typed(d: "_Doc", applicant: str | None) -> str | None:
    """A title or description the doctor typed goes through the anonymiser like the evidence: what looks like an
    identifier is replaced by its tag in the pack. Returns a warning naming the document (never the string)."""
    from ..anonymise import Anonymiser
    from ..config import ANONYMISE_DETECTORS

    found = []
    for name in ("title", "description"):
        text = getattr(d, name)
        if not text:
            continue
        clean, spans = Anonymiser(applicant=applicant, detectors=ANONYMISE_DETECTORS).anonymise(text)  # every detector
        if spans:
            setattr(d, name, clean)
            found.append(name)
    if not found:
        return None
    return (f"{d.display_name}: the {' and '.join(found)} typed in the review held what looks like a patient "
            f"identifier; it is replaced by a tag in the pack. Check it in the review (title panel) and rebuild")


def _write(ws, out: Path, work: Path, sections: list[_Section], docs: list[_Doc], left_out, applicant: str,
           curricula, settings: PackSettings, warnings: list[str], version: str) -> dict[str, Any]:
    from .render import MARGIN, PAGE

    width = PAGE[0] - 2 * MARGIN
    # numbering and files: documents numbered through the pack in bundle order
    bundles = [s for s in sections if s.docs]
    number = 0
    for k, s in enumerate(bundles, 1):
        safe = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in s.code)[:40].strip("-") or "section"
        s.file = f"{k:02d}-{safe}.pdf"
        for d in s.docs:
            number += 1
            d.number = number
            d.bundle = s.file
    docs = sorted(docs, key=lambda d: d.number)
    # layout: index pages first, then each document's pages
    for s in bundles:
        lines = _heading(f"{s.code}: {s.title}" if s.code != s.title else s.title, width) + [
            Line(f"Applicant: {applicant}", "regular", 9, gap=2),
            Line(f"Bundle {s.file}: {len(s.docs)} document(s)", "regular", 9)] + _section_lines(s, width, False)
        s.index_pages = paginate(lines)
        page = len(s.index_pages)
        for d in s.docs:
            d.first_page = page + 1
            page += len(d.pages)
            d.last_page = page
        s.pages = page
    # the bundles
    parts = work / "out"
    parts.mkdir()
    files: list[dict[str, Any]] = []
    total_pages = sum(s.pages for s in bundles)
    with _bar(total_pages, "pack: bundles", "page", settings.progress) as bar:
        _draw_bundles(bundles, parts, work, applicant, settings, bar)
    # the index of the whole pack
    max_docs, expected = _limits(curricula)
    max_docs = settings.max_documents or max_docs
    lines = _heading("Application pack: index of evidence", width, 16) + [
        Line(f"Applicant: {applicant}", "regular", 10, gap=4),
        Line("Curricula: " + "; ".join(f"{c.title} ({c.id})" for c in curricula)[:160], "regular", 9),
        Line(f"Grouped by {'outcome' if settings.grouping == 'outcome' else 'evidence type'}: {len(docs)} document(s) "
             f"in {len(bundles)} bundle(s), {total_pages} page(s)", "regular", 9)]
    for s in sections:
        lines += [Line("", "regular", 4)] + _heading(
            (f"{s.file}: " if s.file else "") + (f"{s.code}: {s.title}" if s.code != s.title else s.title), width, 12)
        if not s.docs:
            lines.append(Line("No document of its own: evidenced by documents uploaded in other bundles.", "italic", 8.5))
        lines += _section_lines(s, width, True)
    index_pages = paginate(lines)
    writer = BundleWriter(work / "index.part.pdf", "Application pack: index of evidence", applicant, "index",
                          len(index_pages))
    writer.index_pages(index_pages)
    writer.close()
    join_parts([work / "index.part.pdf"], parts / "index.pdf", "Application pack: index of evidence", applicant,
               [("Index", 0)], len(index_pages))
    # index.csv
    cross_of: dict[str, list[str]] = {}
    for s in sections:
        for d in s.cross:
            cross_of.setdefault(d.sha256, []).append(s.code)
    with open(parts / "index.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "title", "description", "date", "evidence_type", "evidence", "outcomes",
                    "capabilities", "bundle", "first_page", "last_page", "cross_referenced_in"])
        for d in docs:
            outcomes = list(dict.fromkeys(m["outcome"].split(":", 1)[-1] for m in d.mappings))
            w.writerow([d.number, d.title, d.description, d.date or "", d.evidence_label,
                        {True: "primary", False: "secondary"}.get(d.primary, ""), "; ".join(outcomes),
                        "; ".join(_codes(d)), d.bundle, d.first_page, d.last_page, "; ".join(cross_of.get(d.sha256, []))])
    # files, sizes, limits
    for s in bundles:
        p = parts / s.file
        files.append({"file": s.file, "kind": "bundle", "sha256": _sha256(p), "bytes": p.stat().st_size,
                      "pages": s.pages})
    files.append({"file": "index.pdf", "kind": "index", "sha256": _sha256(parts / "index.pdf"),
                  "bytes": (parts / "index.pdf").stat().st_size, "pages": len(index_pages)})
    files.append({"file": "index.csv", "kind": "index-csv", "sha256": _sha256(parts / "index.csv"),
                  "bytes": (parts / "index.csv").stat().st_size, "pages": None})
    uploads = [f for f in files if f["kind"] in ("bundle", "index")]
    pages = sum(f["pages"] for f in uploads)
    megabytes = sum(f["bytes"] for f in uploads) / 1e6
    if len(uploads) > max_docs:
        warnings.append(f"{len(uploads)} files to upload: more than the limit of about {max_docs}")
    if pages > expected[1]:
        warnings.append(f"{pages} pages: more than the {expected[0]}-{expected[1]} the GMC expects; drop older "
                        "secondary evidence or near-duplicates first")
    if len(uploads) > max_docs or pages > expected[1]:
        warnings.extend(_what_to_drop(docs))
    if settings.include_unverified and any(not d.verified for d in docs):
        warnings.append(f"{sum(not d.verified for d in docs)} document(s) whose redaction is NOT verified are in "
                        "the pack (--include-unverified)")
    if settings.include_flagged and any(d.flagged for d in docs):
        warnings.append(f"{sum(d.flagged for d in docs)} document(s) with open leak-check flags are in the pack "
                        "(--include-flagged)")
    manifest = {
        "schema": MANIFEST_SCHEMA_ID,
        "tool_version": version,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "applicant": applicant,
        "curricula": [c.id for c in curricula],
        "grouping": settings.grouping,
        "overrides": {"include_unverified": settings.include_unverified, "include_flagged": settings.include_flagged},
        "documents": [{
            "number": d.number, "sha256": d.sha256, "title": d.title, "description": d.description,
            "date": d.date, "source_format": d.format, "evidence_type": d.evidence_type or None, "evidence_label": d.evidence_label,
            "evidence": {True: "primary", False: "secondary"}.get(d.primary),
            "section": next(s.code for s in sections if s.key == d.section),
            "outcomes": list(dict.fromkeys(m["outcome"] for m in d.mappings)),
            "nodes": [m["node"] for m in d.mappings],
            "primary_node": d.mappings[0]["node"],
            "bundle": d.bundle, "first_page": d.first_page, "last_page": d.last_page, "pages": len(d.pages),
            "cross_referenced_in": [s.file or s.code for s in sections if d in s.cross],
            "redaction_verified": d.verified, "open_flags": d.flagged,
        } for d in docs],
        "bundles": [{
            "file": s.file, "section": s.key, "code": s.code, "title": s.title, "pages": s.pages,
            "index_pages": len(s.index_pages), "documents": [d.number for d in s.docs],
            "cross_references": [d.number for d in sorted(s.cross, key=lambda d: d.number)],
        } for s in bundles],
        "sections_without_bundle": [{"section": s.key, "code": s.code, "title": s.title,
                                     "cross_references": [d.number for d in sorted(s.cross, key=lambda d: d.number)]}
                                    for s in sections if not s.docs],
        "files": files,
        "limits": {"documents": len(docs), "uploads": len(uploads), "pages": pages,
                   "megabytes": round(megabytes, 3), "max_documents": max_docs, "expected_pages": list(expected),
                   "over": len(uploads) > max_docs or pages > expected[1]},
        "left_out": [{"sha256": e["sha256"], "evidence_type": e.get("evidence_type") or None, "reason": e["reason"]}
                     for e in left_out],
        "warnings": list(warnings),
    }
    validate_manifest(manifest)
    (parts / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _publish(out, parts, [f["file"] for f in files] + ["manifest.json"])
    return manifest


def _bundle_title(s: _Section) -> str:
    return f"{s.file[:-4]} \u2013 {s.code}: {s.title}" if s.code != s.title else f"{s.file[:-4]} \u2013 {s.title}"


def _draw_part(job: tuple) -> int:
    """Draw one part of a bundle (a run of documents) to its file; returns its page count.  Runs in a pool
    worker or in this process: the part's bytes are the same either way."""
    from .pages import load_pages

    path, title, applicant, label, total, first, index, docs, count = job
    writer = BundleWriter(path, title, applicant, label, total, first=first)
    if index:
        writer.index_pages(index)
    for number, doc_title, pages_file, n in docs:
        writer.document(number, doc_title, load_pages(pages_file), n)
    return writer.close(expected=count)


def _draw_crash(job: tuple) -> int:
    return -1


def _draw_bundles(bundles: list[_Section], parts: Path, work: Path, applicant: str, settings: PackSettings,
                  bar) -> None:
    """Each bundle drawn in parts of about ``settings.part_pages`` pages (its index pages open the first), on the pool
    for a pack of 24 documents or more, each bundle joined as soon as its last part is drawn."""
    from ..ingest import IngestSettings

    jobs: list[tuple[int, tuple]] = []  # (bundle, job)
    plan: list[list[Path]] = []
    for k, s in enumerate(bundles):
        title = _bundle_title(s)
        # the index's page references are known now: drawn as text, they travel to a worker
        index = [[dataclasses.replace(line, right=line.right() if callable(line.right) else line.right)
                  for line in page] for page in s.index_pages]
        files: list[Path] = []
        run: list[tuple] = []
        first, count = 1, len(index)
        for d in s.docs + [None]:
            if run and (d is None or count + len(d.pages) > settings.part_pages):
                path = work / f"{s.file[:-4]}.{len(files):03d}.pdf"
                files.append(path)
                jobs.append((k, (str(path), title, applicant, s.file[:-4], s.pages, first, index if first == 1 else None,
                                 run, count)))
                first += count
                run, count = [], 0
            if d is not None:
                run.append((d.number, d.title, d.pages_file, len(d.pages)))
                count += len(d.pages)
        plan.append(files)
    remaining = [sum(1 for b, _ in jobs if b == k) for k in range(len(bundles))]

    def joined(k: int) -> None:
        s = bundles[k]
        marks = [("Index", 0)] + [(f"{d.number}. {d.title}", d.first_page - 1) for d in s.docs]
        join_parts(plan[k], parts / s.file, _bundle_title(s), applicant, marks, s.pages)
        for f in plan[k]:
            f.unlink()

    workers = min(settings.workers or IngestSettings().pool_size, len(jobs))
    if workers <= 1 or (not settings.workers and sum(len(b.docs) for b in bundles) < 24):
        results = ((job, _draw_part(job)) for _, job in jobs)
    else:
        from ..ingest.pool import run_pool

        results = run_pool(_draw_part, (job for _, job in jobs), workers, on_crash=_draw_crash, ordered=True)
    for (k, _), (job, drawn) in zip(jobs, results):
        if drawn != job[-1]:
            raise RuntimeError(f"{bundles[k].file}: a part of it could not be drawn")
        bar.update(drawn)
        remaining[k] -= 1
        if not remaining[k]:
            joined(k)


def _what_to_drop(docs: list[_Doc]) -> list[str]:
    """What to take out first when the pack is too big: older secondary evidence, near-duplicates, then
    secondary evidence whose outcomes other documents already evidence."""
    out = []
    older = [d.number for d in docs if d.older and d.primary is False]
    if older:
        out.append("drop first: older secondary evidence, documents " + ", ".join(map(str, older[:30])))
    dupes = [d.number for d in docs if d.near_duplicate]
    if dupes:
        out.append("then near-duplicates (the same document read twice?): documents " + ", ".join(map(str, dupes[:30])))
    credited: dict[str, int] = {}
    for d in docs:
        for m in d.mappings:
            credited[m["outcome"]] = credited.get(m["outcome"], 0) + 1
    covered = [d.number for d in docs if d.primary is False and d.number not in older
               and all(credited.get(m["outcome"], 0) > 3 for m in d.mappings)]
    if covered:
        out.append("then secondary evidence whose outcomes have more than three documents: documents "
                   + ", ".join(map(str, covered[:30])))
    return out


def _publish(out: Path, parts: Path, names: list[str]) -> None:
    """Move the new files in; files of an earlier pack (listed in its manifest) that this one has not are removed."""
    old = out / "manifest.json"
    stale: set[str] = set()
    if old.exists():
        try:
            stale = {f["file"] for f in json.loads(old.read_text(encoding="utf-8")).get("files", [])}
        except (OSError, ValueError, TypeError, KeyError):
            stale = set()
    for name in names:
        os.replace(parts / name, out / name)
    for name in stale - set(names):
        if "/" not in name and (out / name).is_file():
            (out / name).unlink()
