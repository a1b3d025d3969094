"""The small data model every stage shares.

Data flows one way: file -> :class:`Document` -> :class:`Passage` ->
:class:`Suggestion` -> :class:`Decision` -> export.  Curricula are trees of
:class:`Capability` nodes held by a :class:`Curriculum`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Literal

Status = Literal["ok", "failed"]

#: A word on a page: ``(start, end, x0, y0, x1, y1)``, its offsets in the page's text and its box as fractions
#: of the page's width and height, origin top-left.
WordBox = tuple[int, int, float, float, float, float]


@dataclass(frozen=True)
class Region:
    """Something on a page that is not text: a barcode, a QR code or an embedded picture.

    Attributes:
        kind: ``"barcode"`` (any 1D symbology), ``"qrcode"`` (QR, Data Matrix, Aztec, PDF417...) or
            ``"picture"`` (a photograph or image pasted into a page that is not the page's own scan).
        box: ``(x0, y0, x1, y1)`` as fractions of the page, origin top-left.
        label: The symbology's name or what the picture is; never the value a code carries.
    """

    kind: str
    box: tuple[float, float, float, float]
    label: str = ""


@dataclass(frozen=True)
class PageText:
    """One reading of one page: its text and, for pages that are drawn, where each word is.

    This is the only reading of a page: the anonymiser decides on ``text``, and a redacted copy paints
    the boxes of the words it removed (a page is OCR'd once).  ``text`` holds the original words,
    identifiers included: it stays in memory and in the workspace's private store, never in an output.

    Attributes:
        text: The page's text.
        ocr: Read with Tesseract.
        confidence: Tesseract's mean word confidence (OCR pages only).
        rotation: Degrees (clockwise) the page image was turned before it was read.
        note: A remark for the doctor about this page, or ``""``.
        words: Word boxes (:data:`WordBox`), in text order; empty for text with no layout (plain text,
            e-mail, Word).
        size: The page's width and height (PDF points, or pixels of an image), when it has a layout.
        regions: Barcodes, QR codes and pictures found on the page.
        origin: Where in the file the page is, when it is not a page of the file itself (a picture inside
            a Word file: its part name, ``word/media/image1.png``).
    """

    text: str
    ocr: bool = False
    confidence: float | None = None
    rotation: int = 0
    note: str = ""
    words: tuple[WordBox, ...] = ()
    size: tuple[float, float] | None = None
    regions: tuple[Region, ...] = ()
    origin: str = ""


@dataclass
class Document:
    """One evidence file after ingestion.

    Attributes:
        path: Path of the source file as given by the user.
        sha256: Hex digest of the file's bytes (the document's identity).
        status: ``"ok"`` or ``"failed"``.
        error: One-line reason when ``status == "failed"``, else ``None``.
        pages: Number of pages (1 for text and single images).
        ocr_pages: How many pages were read with Tesseract.
        text: Extracted text (anonymised unless the caller asked otherwise).
        page_texts: Text per page, same order as the pages.
        ocr_confidence: Mean Tesseract word confidence per OCR page (0-100).
        format: Detected format, e.g. ``"pdf"``, ``"image"``, ``"text"``.
        redactions: Number of identifier spans replaced by the anonymiser.
        error_kind: Short code of the failure (``"corrupt"``, ``"encrypted"``,
            ``"empty"``...; see :data:`pipeline.ingest.OUTCOMES`), else ``None``.
        date: The document's own date (the letter's, not the file's), ISO
            ``YYYY-MM-DD`` (or ``YYYY-MM`` when only the month is known).
        evidence_type: What the document is, e.g. ``"clinic_letter"`` or
            ``"wpba_dops"`` (see :data:`pipeline.ingest.classify.EVIDENCE_TYPES`).
        primary: ``True`` for primary evidence (produced in the work itself),
            ``False`` for secondary evidence, ``None`` when unknown.
        older_than_recency: ``True`` when the document's date is older than
            the curriculum's recency window, ``None`` when not checked.
        page_confidence: Per page, Tesseract's mean word confidence, ``None``
            for pages read from a text layer.
        low_quality_pages: 1-based numbers of OCR pages below the quality threshold.
        flags: Things the doctor should look at, one line each, each starting
            with a short keyword and a colon (``"low OCR quality: page 2 ..."``).
        parent: For an e-mail attachment, the sha256 of its message.
        display_name: The file's name with what the anonymiser found in the
            document (names, numbers) taken out of it, e.g.
            ``letter-[NAME]-[NAME].pdf``: what titles and exports show, since a
            scan is often named after its patient. Empty when not anonymised.
        attachments: The attachments of an e-mail, read as documents of their
            own (not part of :meth:`to_json`; see :func:`pipeline.ingest.flatten`).
        readings: The page readings the text was made from (:class:`PageText`, original words and
            their boxes). Private: never part of :meth:`to_json`; kept so that a redacted copy is
            made from the same reading and the same decision as the text.
        redaction: What the anonymiser removed, per page (``pipeline.anonymise.plan.Plan``); private,
            like ``readings``.
    """

    path: str
    sha256: str
    status: Status = "ok"
    error: str | None = None
    pages: int = 0
    ocr_pages: int = 0
    text: str = ""
    page_texts: list[str] = field(default_factory=list)
    ocr_confidence: list[float] = field(default_factory=list)
    format: str = ""
    redactions: int = 0
    error_kind: str | None = None
    date: str | None = None
    evidence_type: str = ""
    primary: bool | None = None
    older_than_recency: bool | None = None
    page_confidence: list[float | None] = field(default_factory=list)
    low_quality_pages: list[int] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    parent: str | None = None
    display_name: str = ""
    attachments: list["Document"] = field(default_factory=list, repr=False)
    readings: list[PageText] = field(default_factory=list, repr=False)
    redaction: Any = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_json(self, include_pages: bool = False) -> dict[str, Any]:
        private = self.attachments, self.readings, self.redaction
        self.attachments, self.readings, self.redaction = [], [], None
        try:
            data = asdict(self)
        finally:
            self.attachments, self.readings, self.redaction = private
        for name in ("attachments", "readings", "redaction"):
            data.pop(name)
        if not include_pages:
            data.pop("page_texts")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a document from :meth:`to_json` output (unknown keys ignored)."""
        known = {f for f in cls.__dataclass_fields__ if f not in ("attachments", "readings", "redaction")}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def failed(cls, path: str, sha256: str, reason: str, fmt: str = "", kind: str | None = None) -> "Document":
        return cls(path=path, sha256=sha256, status="failed", error=one_line(reason), format=fmt,
                   error_kind=kind or "unreadable")


@dataclass(frozen=True)
class Passage:
    """A contiguous span of a document's text that is embedded and searched.

    Attributes:
        index: Position of the passage in its document.
        text: The passage text.
        start: Character offset of the passage in the document text.
        end: Character offset one past its last character.
        heading: A title or heading standing alone (above a removed header, say): embedded,
            since it says what the document is, but never shown as a suggestion's excerpt.
    """

    index: int
    text: str
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class Capability:
    """One node of a curriculum tree (an outcome, key capability, domain...).

    Attributes:
        id: Global identifier ``"<curriculum-id>:<code>"``.
        curriculum: The curriculum's id.
        code: The node's code, unique inside its curriculum.
        title: The node's statement as written in the curriculum.
        parent: Code of the parent node, ``None`` for a top-level outcome.
        level: 1 for top-level outcomes, 2 for their children, and so on.
        description: Longer descriptive text (descriptors, typical evidence).
        outcome: Global id of the node's top-level ancestor.
    """

    id: str
    curriculum: str
    code: str
    title: str
    parent: str | None
    level: int
    outcome: str
    description: str = ""
    provenance: str = "official"
    status: str = "complete"
    gpc: tuple[str, ...] = ()
    typical_evidence: tuple[str, ...] = ()

    @property
    def is_outcome(self) -> bool:
        return self.parent is None


@dataclass
class Curriculum:
    """A versioned curriculum: metadata plus a tree of capability nodes."""

    id: str
    title: str
    version: str
    nodes: list[Capability]
    meta: dict[str, Any] = field(default_factory=dict)
    guidance: dict[str, Any] = field(default_factory=dict)
    content_hash: str = ""

    def __post_init__(self) -> None:
        self._by_id = {n.id: n for n in self.nodes}

    def __iter__(self) -> Iterator[Capability]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._by_id

    def get(self, node_id: str) -> Capability:
        return self._by_id[node_id]

    @property
    def outcomes(self) -> list[Capability]:
        return [n for n in self.nodes if n.is_outcome]

    def children(self, node_id: str) -> list[Capability]:
        code = self.get(node_id).code
        return [n for n in self.nodes if n.parent == code]


@dataclass
class Suggestion:
    """A curriculum node proposed for a document, with the passage behind it.

    Attributes:
        node: Global id of the suggested node.
        outcome: Global id of its top-level outcome.
        title: The node's statement.
        confidence: Calibrated probability that the suggestion is right.
        excerpt: The (anonymised) passage that supports it.
        score: The raw retrieval score the confidence was derived from.
        curriculum: The node's curriculum id.
    """

    node: str
    outcome: str
    title: str
    confidence: float
    excerpt: str
    score: float = 0.0
    curriculum: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "outcome": self.outcome,
            "curriculum": self.curriculum,
            "title": self.title,
            "confidence": round(float(self.confidence), 4),
            "score": round(float(self.score), 4),
            "excerpt": self.excerpt,
        }


@dataclass
class Decision:
    """A doctor's verdict on a mapping of a document to a node."""

    document: str  # sha256
    node: str
    verdict: Literal["accepted", "rejected", "added"]
    confidence: float | None = None
    excerpt: str = ""
    decided_at: str = ""


def one_line(text: str, limit: int = 300) -> str:
    """Collapse a message to a single line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
