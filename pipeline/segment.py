"""Split a document's text into passages worth embedding.

Letterheads, addresses, phone lines, salutations, sign-offs, form labels,
distribution lists and standard footers carry no evidence of capability;
dropping them before embedding is the cheapest speed gain there is (fewer
tokens), removes noise from the ranking, and keeps them from being shown as
the passage that supports a suggestion.  Boilerplate is recognised in two ways:

- per document, line by line (:func:`is_boilerplate`): the line's shape and
  content cues, and its place (the lines of a signature block after
  "Yours sincerely");
- across a workspace (:func:`line_key`): a line whose normalised content
  (case, digits, replaced identifiers and spacing folded) recurs in many of
  the doctor's documents is a letterhead or footer, whatever it says; the
  workspace store counts the keys (:meth:`pipeline.store.Store.repeated_lines`)
  and :class:`SegmentSettings` carries the repeated ones.

The rest is split into sentences with spaCy (a blank English pipeline with the
rule-based sentencizer: no trained pipeline is needed or downloaded) and packed
into passages of a few sentences.  A document that is all boilerplate still
gets passages: first without the workspace's repeated lines, then its whole text.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from .bounds import bounded, check_bounds
from .model import Passage
from .regexes import family

_RX = family("segment")

__all__ = ["SegmentSettings", "split_passages", "is_boilerplate", "boilerplate_lines", "line_key", "line_keys",
           "REPEATED_MIN_DOCUMENTS"]

#: A line is workspace boilerplate when its key occurs in at least this many documents.
REPEATED_MIN_DOCUMENTS = 3


@dataclass(frozen=True)
class SegmentSettings:
    """How passages are cut.

    Attributes:
        max_words: A passage is closed once it reaches this many words.
        min_words: Passages shorter than this are merged into a neighbour.
        max_passages: Upper bound per document (long logbooks are sampled evenly).
        repeated: Keys (:func:`line_key`) of the lines repeated across the workspace's
            documents: boilerplate wherever they occur.
    """

    max_words: int = bounded(60, low=5, high=400)
    min_words: int = 6
    max_passages: int = bounded(64, low=1)
    repeated: frozenset = field(default=frozenset(), compare=False, repr=False)

    def __post_init__(self) -> None:
        check_bounds(self)
        if not 0 <= self.min_words < self.max_words:
            raise ValueError("min_words must be >= 0 and below max_words")


#: A passage at least this long is closed where boilerplate was removed (a shorter one, a title, goes on).
_WALL_WORDS = 20


def is_boilerplate(line: str) -> bool:
    """True for lines that say nothing about the doctor's work (judged on the line alone)."""
    stripped = line.strip()
    if not stripped:
        return True
    if _RX.boilerplate.match(stripped) or _RX.footer.search(stripped):
        return True
    if _is_field_line(stripped) or _is_byline(stripped):
        return True
    letters = re.sub(r"[^A-Za-z]", "", _RX.tag.sub("", stripped))
    if len(letters) < 4:
        return True
    # Address and letterhead fragments: mostly replaced tags and short words.
    if len(_RX.tag.findall(stripped)) >= 1 and len(letters) < 25:
        return True
    # Letterhead: a short line naming an institution, not a sentence.
    words = stripped.split()
    if len(words) <= 10 and _RX.institution.search(stripped) and not re.search(r"[.;:!?]\s*$|\b(?:I|we|was|were|is|has|had)\b", stripped):
        return True
    return False


def _is_field_line(line: str) -> bool:
    """A header of form fields: it starts with a field label and holds next to no words of prose.

    'Trainee: Dr [PERSON-1]. Assessor: Consultant Obstetric Anaesthetist. Date: 21/03/2024' is one;
    'Setting: admission ward; complete assessment observed (90 minutes)' is not (a field, but prose).
    """
    first = _RX.field.match(line)
    if first is None:
        return False
    values = _RX.field.sub(" ", _RX.tag.sub(" ", line))
    values = re.sub(r"\((?:[^()]|\([^()]*\))*\)", " ", values)  # asides: '(s.12(2) approved)', '(name removed)'
    return len(_RX.lower_word.findall(values)) <= 2 and not _RX.prose.search(values)


def _is_byline(line: str) -> bool:
    """A person and their post on a line of their own ('Dr [PERSON-1], Specialty Doctor, CMHT East')."""
    return (len(line.split()) <= 12 and bool(_RX.person.search(line)) and bool(_RX.post.search(line))
            and not _RX.prose.search(_RX.tag.sub(" ", line)) and not re.search(r"[.!?:]\s*$", line))


def _is_signature_line(line: str) -> bool:
    """A line of a signature block: a name, a post, qualifications; short and not a sentence."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 12 or _RX.prose.search(_RX.tag.sub(" ", stripped)):
        return False
    if re.search(r"[.!?]\s*$", stripped) and len(_RX.lower_word.findall(stripped)) > 3:
        return False
    return bool(_RX.post.search(stripped) or _RX.tag.search(stripped) or len(_RX.lower_word.findall(stripped)) <= 2)


def line_key(line: str) -> str | None:
    """The key under which a line is counted across a workspace's documents, or ``None`` for a line
    too short to say anything: case, digits, replaced identifiers, punctuation and spacing are folded,
    so that a letterhead or footer with another date, phone number or name has the same key."""
    text = _RX.tag.sub(" ", line).lower()
    text = re.sub(r"\d+", "0", text)
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    if len(text.split()) < 3 or len(text) < 12:
        return None
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def line_keys(text: str) -> list[str]:
    """The distinct keys (:func:`line_key`) of a document's lines, in first-seen order."""
    out: dict[str, None] = {}
    for line in text.splitlines():
        key = line_key(line)
        if key is not None:
            out.setdefault(key, None)
    return list(out)


def boilerplate_lines(text: str, repeated: frozenset | set = frozenset()) -> list[bool]:
    """Per line of ``text`` (``str.splitlines``): is it boilerplate?

    A line is when :func:`is_boilerplate` says so, when its key is in ``repeated`` (the
    workspace's repeated lines), or when it belongs to the signature block: the short lines
    (names, posts, qualifications) after a valediction ("Yours sincerely"), up to the first
    line of prose.
    """
    lines = text.splitlines()
    flags = [is_boilerplate(line) or (bool(repeated) and line_key(line) in repeated) for line in lines]
    signing = False
    for i, line in enumerate(lines):
        if _RX.valediction.match(line):
            signing = True
            flags[i] = True
            continue
        if signing and line.strip():
            if flags[i] or _is_signature_line(line):
                flags[i] = True
            else:
                signing = False
    return flags


_BLANK_LOCK = threading.Lock()


class _NoTorchForThinc:
    """An import finder that answers "not installed" to thinc's own ``import torch`` (``thinc.compat``), and to
    nothing else: another thread's import of PyTorch, or any later one, goes on as usual."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if fullname != "torch":
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").startswith(("importlib", "_frozen_importlib")):
            frame = frame.f_back  # the import machinery's own frames, up to the module that imports
        if frame is not None and frame.f_globals.get("__name__") == "thinc.compat":
            raise ModuleNotFoundError("PyTorch is not needed by the sentencizer", name="torch")
        return None


def _import_spacy():
    """Import spaCy for the sentencizer, without PyTorch when nothing else has imported it.

    thinc, spaCy's machine-learning library, imports PyTorch whenever it is installed: about 1 s of CPU and
    180 MiB of memory in every process that cuts passages (each worker of a pool), for a sentencizer that is rules
    only. Unless spaCy, thinc or PyTorch is already imported, or a spaCy NER model is configured (a trained
    pipeline may run on PyTorch through thinc), thinc is told that PyTorch is absent (``thinc.compat.has_torch``
    is then false); PyTorch itself imports as usual for whoever needs it (the embedding model on PyTorch, the
    ONNX export), on this thread or another. The same pipeline cuts the same sentences."""
    if not ({"spacy", "thinc", "torch"} & sys.modules.keys()) and hasattr(sys, "_getframe"):
        from .config import current

        if not current().ner_model:
            finder = _NoTorchForThinc()
            sys.meta_path.insert(0, finder)
            try:
                import spacy  # noqa: F401
            finally:
                sys.meta_path.remove(finder)
    import spacy

    return spacy


@lru_cache(maxsize=1)
def _nlp():
    spacy = _import_spacy()
    from spacy import util

    # spacy.blank first imports every installed package that offers spaCy a component through an entry
    # point; presidio-analyzer's (the anonymiser baselines' extra) imports transformers' pipelines, 5-20 s
    # of a cold start. The sentencizer is spaCy's own: skip that scan (same pipeline, same sentences).
    # Under a lock, so two threads making their first call at once cannot leave the scan switched off.
    with _BLANK_LOCK:
        entry_point_factories = getattr(util.registry, "_entry_point_factories", None)
        saved = getattr(entry_point_factories, "entry_points", None)
        if saved is not None:
            entry_point_factories.entry_points = False
        try:
            nlp = spacy.blank("en")
        finally:
            if saved is not None:
                entry_point_factories.entry_points = saved
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


def _blocks(text: str, repeated: frozenset | set = frozenset()) -> list[tuple[int, int]]:
    """Character ranges of runs of consecutive non-boilerplate lines."""
    blocks: list[tuple[int, int]] = []
    start = None
    end = 0
    pos = 0
    lines = text.splitlines(keepends=True)
    for line, boiler in zip(lines, boilerplate_lines(text, repeated)):
        content_end = pos + len(line.rstrip("\r\n"))
        if boiler:
            if start is not None:
                blocks.append((start, end))
                start = None
        else:
            if start is None:
                start = pos
            end = content_end
        pos += len(line)
    if start is not None:
        blocks.append((start, end))
    return blocks


def _words(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(len(text[s:e].split()) for s, e in spans)


def _is_heading(text: str, spans: list[tuple[int, int]]) -> bool:
    """A title or heading: one line that is not a sentence."""
    piece = text[spans[0][0]:spans[-1][1]]
    return "\n" not in piece.strip() and not re.search(r"[.!?;]\s*$", piece) and not _RX.prose.search(_RX.tag.sub(" ", piece))


def _pack(text: str, sentences: list[tuple[int, int]], settings: SegmentSettings) -> list[list[tuple[int, int]]]:
    """Consecutive sentences packed into passages of up to ``max_words`` words; a short tail joins the one before."""
    passages: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    cur_words = 0
    for s, e in sentences:
        words = len(text[s:e].split())
        if current and cur_words + words > settings.max_words and cur_words >= settings.min_words:
            passages.append(current)
            current, cur_words = [], 0
        current.append((s, e))
        cur_words += words
    if current:
        if passages and cur_words < settings.min_words:
            passages[-1] = passages[-1] + current
        else:
            passages.append(current)
    return passages


def split_passages(text: str, settings: SegmentSettings | None = None) -> list[Passage]:
    """Cut text into passages of whole sentences, boilerplate removed.

    Offsets refer to ``text``; passage text has its whitespace folded.
    A document that is all boilerplate is cut again without the workspace's
    repeated lines (``settings.repeated``), and failing that yields one passage
    of its whole text, so that nothing is silently ignored.
    """
    settings = settings or SegmentSettings()
    blocks = _blocks(text, settings.repeated)
    if not blocks and settings.repeated:
        blocks = _blocks(text)
    nlp = _nlp()
    sentences: list[tuple[int, int, int]] = []  # start, end, block
    texts = [text[a:b] for a, b in blocks]
    for n, ((a, _b), doc) in enumerate(zip(blocks, nlp.pipe(texts, batch_size=64))):
        for sent in doc.sents:
            s, e = a + sent.start_char, a + sent.end_char
            if text[s:e].strip():
                sentences.append((s, e, n))
    walls = {n for n in range(1, len(blocks)) if text[blocks[n - 1][1]:blocks[n][0]].strip()}
    # A passage never runs across removed boilerplate (a blank line is no boilerplate to cross): its span in the
    # text is what the review highlights. Sentences are packed per stretch between removed lines; a stretch too
    # short to be evidence (a title above a removed header, a lone line between removed ones) is left out when
    # the document has passages besides.
    stretches: list[list[tuple[int, int]]] = []
    for k, (s, e, n) in enumerate(sentences):
        if k == 0 or (n != sentences[k - 1][2] and n in walls):
            stretches.append([])
        stretches[-1].append((s, e))

    passages: list[list[tuple[int, int]]] = []
    headings: set[int] = set()  # positions in passages
    short: list[list[tuple[int, int]]] = []
    for stretch in stretches:
        packed = _pack(text, stretch, settings)
        if len(packed) == 1 and _words(text, packed[0]) < _WALL_WORDS and _is_heading(text, packed[0]):
            headings.add(len(passages))
            passages.append(packed[0])
            continue
        if len(packed) == 1 and _words(text, packed[0]) < settings.min_words:
            short.append(packed[0])
            continue
        passages.extend(packed)
    if len(headings) == len(passages):  # nothing but titles and scraps: they are the document
        passages = sorted(passages + short)
        headings = set()

    if not passages and text.strip():
        stripped = text.strip()
        offset = text.index(stripped[0])
        passages = [[(offset, offset + len(stripped))]]

    kept = list(range(len(passages)))
    if len(passages) > settings.max_passages:
        step = len(passages) / settings.max_passages
        kept = [int(i * step) for i in range(settings.max_passages)]

    return [Passage(index=i, text=" ".join(text[passages[k][0][0]:passages[k][-1][1]].split()),
                    start=passages[k][0][0], end=passages[k][-1][1], heading=k in headings)
            for i, k in enumerate(kept)]
