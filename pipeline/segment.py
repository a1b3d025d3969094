"""Split a document's text into passages worth embedding.

Letterheads, addresses, phone lines, salutations and sign-offs carry no
evidence of capability; dropping them before embedding is the cheapest speed
gain there is (fewer tokens) and removes noise from the ranking.  The rest is
split into sentences with spaCy (a blank English pipeline with the rule-based
sentencizer: no trained pipeline is needed or downloaded) and packed into
passages of a few sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Passage

__all__ = ["SegmentSettings", "split_passages", "is_boilerplate"]


@dataclass(frozen=True)
class SegmentSettings:
    """How passages are cut.

    Attributes:
        max_words: A passage is closed once it reaches this many words.
        min_words: Passages shorter than this are merged into a neighbour.
        max_passages: Upper bound per document (long logbooks are sampled evenly).
    """

    max_words: int = 60
    min_words: int = 6
    max_passages: int = 64

    def __post_init__(self) -> None:
        if not 5 <= self.max_words <= 400:
            raise ValueError("max_words must be between 5 and 400")
        if not 0 <= self.min_words < self.max_words:
            raise ValueError("min_words must be >= 0 and below max_words")
        if self.max_passages < 1:
            raise ValueError("max_passages must be >= 1")


_BOILERPLATE = re.compile(
    r"(?ix)^\s*(?:"
    r"(?:tel|telephone|phone|fax|switchboard|mobile|email|e-mail|bleep|ext|web|website)\b.*"
    r"|(?:date|dictated|typed|date\s+dictated|date\s+typed|clinic\s+date|page\s+\d+(?:\s+of\s+\d+)?)\b[^a-z]*$"
    r"|date\s+(?:dictated|typed|of\s+letter)\s*:.*"
    r"|(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+wishes|with\s+(?:kind\s+)?regards|many\s+thanks)[,.]?"
    r"|(?:dear\s+.{0,60})"
    r"|(?:private\s+and\s+confidential|confidential|strictly\s+confidential)"
    r"|(?:cc|c\.c\.|copy\s+to|copies\s+to)\s*:.*"
    r"|(?:re|nhs\s+no|hosp\s+no|dob|d\.o\.b\.|address)\s*:.*"
    r")\s*$"
)
_INSTITUTION = re.compile(
    r"\b(?:Hospital|Hospitals|NHS|Trust|Infirmary|Department|Dept|Road|Street|Practice|Surgery|Centre|"
    r"Health\s+Board|University|Medical\s+School|Directorate|Division)\b"
)
_TAG = re.compile(r"\[[A-Z][A-Z-]*(?:-\d+)?\]")


def is_boilerplate(line: str) -> bool:
    """True for lines that say nothing about the doctor's work."""
    stripped = line.strip()
    if not stripped:
        return True
    if _BOILERPLATE.match(stripped):
        return True
    letters = re.sub(r"[^A-Za-z]", "", _TAG.sub("", stripped))
    if len(letters) < 4:
        return True
    # Address and letterhead fragments: mostly replaced tags and short words.
    if len(_TAG.findall(stripped)) >= 1 and len(letters) < 25:
        return True
    # Letterhead: a short line naming an institution, not a sentence.
    words = stripped.split()
    if len(words) <= 10 and _INSTITUTION.search(stripped) and not re.search(r"[.;:!?]\s*$|\b(?:I|we|was|were|is|has|had)\b", stripped):
        return True
    return False


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    from spacy import util

    # spacy.blank first imports every installed package that offers spaCy a component through an entry
    # point; presidio-analyzer's (the anonymiser baselines' extra) imports transformers' pipelines, 5-20 s
    # of a cold start. The sentencizer is spaCy's own: skip that scan (same pipeline, same sentences).
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


def _blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of runs of consecutive non-boilerplate lines."""
    blocks: list[tuple[int, int]] = []
    start = None
    end = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        content_end = pos + len(line.rstrip("\r\n"))
        if is_boilerplate(line):
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


def split_passages(text: str, settings: SegmentSettings | None = None) -> list[Passage]:
    """Cut text into passages of whole sentences, boilerplate removed.

    Offsets refer to ``text``; passage text has its whitespace folded.
    A document that is all boilerplate yields one passage of its whole text,
    so that nothing is silently ignored.
    """
    settings = settings or SegmentSettings()
    blocks = _blocks(text)
    nlp = _nlp()
    sentences: list[tuple[int, int]] = []
    texts = [text[a:b] for a, b in blocks]
    for (a, _b), doc in zip(blocks, nlp.pipe(texts, batch_size=64)):
        for sent in doc.sents:
            s, e = a + sent.start_char, a + sent.end_char
            if text[s:e].strip():
                sentences.append((s, e))

    passages: list[tuple[int, int, int]] = []  # start, end, words
    cur_start = cur_end = None
    cur_words = 0
    for s, e in sentences:
        words = len(text[s:e].split())
        if cur_start is not None and cur_words + words > settings.max_words and cur_words >= settings.min_words:
            passages.append((cur_start, cur_end, cur_words))
            cur_start = None
            cur_words = 0
        if cur_start is None:
            cur_start = s
        cur_end = e
        cur_words += words
    if cur_start is not None:
        if passages and cur_words < settings.min_words:
            ps, _pe, pw = passages.pop()
            passages.append((ps, cur_end, pw + cur_words))
        else:
            passages.append((cur_start, cur_end, cur_words))

    if not passages and text.strip():
        stripped = text.strip()
        offset = text.index(stripped[0])
        passages = [(offset, offset + len(stripped), len(stripped.split()))]

    if len(passages) > settings.max_passages:
        step = len(passages) / settings.max_passages
        passages = [passages[int(i * step)] for i in range(settings.max_passages)]

    return [Passage(index=i, text=" ".join(text[s:e].split()), start=s, end=e) for i, (s, e, _w) in enumerate(passages)]
