"""Capability search for the review app's picker: keywords and meaning, fused and ranked.

The doctor types what a document shows ("chest drain", "sedation", "M&M", "SLO6") and expects the capability
that covers it, whether the curriculum names it in a node's title, its description, its typical evidence or
under another name. Two signals, each over every node of the workspace's curricula:

- **keywords** (sparse): the query's words, stemmed (Snowball English: "sedation", "sedates", "sedated" meet),
  scored per field in the manner of BM25F (a word in the title weighs more than one in the description, a word
  repeated saturates), with a bonus when the words stand together as typed ("chest drain", not "chest" in one
  sentence and "drain" in another). The query is expanded with a small thesaurus of clinical synonyms and
  abbreviations (``pipeline/data/clinical_synonyms.txt``: ICD = intercostal drain, M&M = morbidity and
  mortality ...), each expansion worth a little less than the words typed; its broader terms (a chest drain is a
  practical procedure) count for even less and only ever make a weak match.
- **meaning** (dense): the cosine between the query (and its synonym expansions) embedded by the project's model
  and each node's statement vector, the very vectors of :class:`~pipeline.index.CapabilityIndex` (loaded from
  its cache when built before; nothing is embedded again but the query).

The fused score is ``keywords + DENSE_WEIGHT * meaning``: keywords decide when the words are in the curriculum,
meaning orders what is left and carries a query no node words. A result is *weak* when no node holds every
word
of the query or of a synonym and none is close in meaning (cosine ``DENSE_STRONG``): the answer then says so
and offers the nearest nodes instead of an empty list. Each hit says why it matched: the field, the text that
matched with the matched words' offsets, and the synonym or broader term it went through.

The search is usable before the model is loaded (keywords only, ``semantic`` false); :meth:`attach` adds the
dense half.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .. import resources
from ..model import Capability, Curriculum

__all__ = ["CapabilitySearch", "Hit", "Reading", "SearchResult", "Thesaurus", "expand_query", "load_thesaurus", "stems", "SYNONYMS_FILE"]

SYNONYMS_FILE = "clinical_synonyms.txt"

#: Field weights of the keyword score (BM25F): a word of the title says more about the node than one of its
#: typical evidence, which says more than one of the description.
FIELD_WEIGHTS = {"title": 3.0, "typical evidence": 1.5, "description": 1.0}
#: BM25's saturation: a weighted frequency of K counts half.
K = 1.5
#: A query's words standing together in one field as typed.
PHRASE_BONUS = 0.2
#: Worth of an expansion against the words typed: a synonym, a broader term.
SYNONYM_WEIGHT = 0.9
BROADER_WEIGHT = 0.35
#: Weight of the cosine in the fused score.
DENSE_WEIGHT = 0.5
#: A cosine at or above which a node is close in meaning on its own (all-MiniLM-L6-v2, short query against a
#: node's whole statement): on the bundled curricula the best node of a query no node words ("chest drain" in
#: anaesthetics or psychiatry) scores 0.20-0.29, the node a one-word query names 0.40-0.66.
DENSE_STRONG = 0.5
#: Nodes matched only by meaning that are listed after the keyword matches of a strong result.
DENSE_RELATED = 0.35
#: A query of this many words or more is matched when most of them are (a typed sentence rarely has every word).
LONG_QUERY = 3
LONG_QUERY_COVERAGE = 0.6

_STOP = frozenset(
    "a an and or the of in on for to with by at from as is are be was were this that these those it its into "
    "e g eg i ie etc incl including such any all via per than then who what which when where how".split())
_WORD = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*")
_POSSESSIVE = re.compile(r"['’]s\b")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _words(text: str) -> list[tuple[str, int, int]]:
    """``(stem, start, end)`` of each word of ``text`` worth matching (no stop words, no single characters)."""
    lowered = _POSSESSIVE.sub("  ", text.lower())  # same length: offsets stay those of ``text``
    out = []
    for m in _WORD.finditer(lowered):
        word = m.group()
        if word in _STOP or len(word) < 2:
            continue
        out.append((_stem(word), m.start(), m.end()))
    return out


def stems(text: str) -> tuple[str, ...]:
    """The stems the search compares: ``stems("Chest drains") == ("chest", "drain")``."""
    return tuple(s for s, _, _ in _words(text))


# ----------------------------------------------------------------------------------------------- thesaurus


@dataclass(frozen=True)
class Thesaurus:
    """Groups of equivalent terms, each with its broader terms (see ``pipeline/data/clinical_synonyms.txt``)."""

    groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]

    @classmethod
    def parse(cls, text: str, source: str = "<string>") -> "Thesaurus":
        """Read the file format: ``term | term | ... [> broader | ...]`` a line, ``#`` comments.

        Raises:
            ValueError: A line with fewer than two terms and no broader term, or a term with no word to match.
        """
        groups = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            same, _, broader = line.partition(" > ")
            terms = tuple(t.strip() for t in same.split("|") if t.strip())
            wider = tuple(t.strip() for t in broader.split("|") if t.strip())
            if len(terms) + len(wider) < 2 or not terms:
                raise ValueError(f"{source}:{number}: a group needs two terms or a term and a broader term")
            for term in terms + wider:
                if not stems(term):
                    raise ValueError(f"{source}:{number}: {term!r} has no word to match (stop words only)")
            groups.append((terms, wider))
        return cls(tuple(groups))

    def ambiguous(self) -> frozenset[tuple[str, ...]]:
        """Terms (as stems) listed in more than one group: never searched in place of another term."""
        seen: Counter = Counter()
        for terms, _ in self.groups:
            for key in {stems(t) for t in terms}:
                seen[key] += 1
        return frozenset(k for k, n in seen.items() if n > 1)


def load_thesaurus(path: str | Path | None = None) -> Thesaurus:
    """The shipped thesaurus (``pipeline/data/clinical_synonyms.txt``) or the file at ``path``."""
    path = Path(path) if path else resources.data_file(SYNONYMS_FILE)
    return Thesaurus.parse(path.read_text(encoding="utf-8"), str(path))


@dataclass(frozen=True)
class Reading:
    """One way of reading the query: the words typed, or with a span replaced by a synonym or broader term."""

    stems: tuple[str, ...]
    weight: float
    kind: str  # "typed" | "synonym" | "broader"
    via: str | None  # the synonym or broader term, as written in the thesaurus
    text: str  # the query as this alternative reads (embedded for the dense score)


def expand_query(query: str, thesaurus: Thesaurus, ambiguous: frozenset, limit: int = 24) -> list[Reading]:
    """The readings of ``query``: as typed, then with each thesaurus term found in it replaced by each synonym
    (``SYNONYM_WEIGHT``) and broader term (``BROADER_WEIGHT``). A replacement that is ``ambiguous`` (see
    :meth:`Thesaurus.ambiguous`) or narrower than the words typed (holds them all) is left out."""
    typed = stems(query)
    found: dict[tuple[str, ...], Reading] = {typed: Reading(typed, 1.0, "typed", None, query)}
    lowered = query.lower()
    for terms, broader in thesaurus.groups:
        for term in terms:
            key = stems(term)
            at = _find(typed, key)
            if at < 0:
                continue
            for kind, others, weight in (("synonym", terms, SYNONYM_WEIGHT), ("broader", broader, BROADER_WEIGHT)):
                for other in others:
                    replacement = stems(other)
                    if replacement == key or replacement in ambiguous:
                        continue
                    alt = typed[:at] + replacement + typed[at + len(key):]
                    if set(typed) <= set(alt):  # narrower than what was typed ("sedation" -> "procedural sedation")
                        continue
                    if alt not in found or found[alt].weight < weight:
                        text = other if len(key) == len(typed) else f"{lowered} ({other})"
                        found[alt] = Reading(alt, weight, kind, other, text)
    ranked = sorted(found.values(), key=lambda a: (-a.weight, a.kind != "typed"))
    return ranked[:limit]


def _find(seq: tuple[str, ...], sub: tuple[str, ...]) -> int:
    if not sub or len(sub) > len(seq):
        return -1
    for i in range(len(seq) - len(sub) + 1):
        if seq[i:i + len(sub)] == sub:
            return i
    return -1


# ----------------------------------------------------------------------------------------------- results


@dataclass
class Hit:
    """One node found, and why.

    Attributes:
        node: The capability.
        score: The fused score the ranking used.
        keywords: The keyword score (0 when no word matched).
        meaning: The cosine to the query (``None`` without the model).
        kind: ``code`` (the code typed), ``words`` (every word typed, in this node), ``synonym`` (every word of a
            synonym), ``partial`` (some words), ``related`` (a broader term), ``meaning`` (no word: close in
            meaning only).
        field: Where it matched: ``code``, ``title``, ``typical evidence``, ``description`` or ``meaning``.
        text: The text of that field that matched (one typical-evidence item, one sentence of the description).
        spans: ``[start, end)`` offsets in ``text`` of the words that matched.
        via: The synonym or broader term the match went through.
    """

    node: Capability
    score: float
    keywords: float
    meaning: float | None
    kind: str
    field: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    via: str | None = None

    def to_json(self) -> dict[str, Any]:
        n = self.node
        return {"id": n.id, "code": n.code, "title": n.title, "curriculum": n.curriculum, "outcome": n.outcome,
                "level": n.level, "score": round(self.score, 4), "keywords": round(self.keywords, 4),
                "meaning": None if self.meaning is None else round(self.meaning, 4),
                "match": {"kind": self.kind, "field": self.field, "text": self.text,
                          "spans": [list(s) for s in self.spans], "via": self.via}}


@dataclass
class SearchResult:
    """The answer to one query.

    Attributes:
        query: The query as typed (stripped).
        hits: Best first.
        weak: No node matches well: ``hits`` are the nearest nodes, offered instead.
        message: What to tell the doctor about a weak result (``None`` otherwise).
        semantic: Whether meaning took part (the model was ready).
    """

    query: str
    hits: list[Hit]
    weak: bool
    message: str | None
    semantic: bool

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "weak": self.weak, "message": self.message, "semantic": self.semantic,
                "results": [h.to_json() for h in self.hits]}


# ----------------------------------------------------------------------------------------------- the search


@dataclass
class _Field:
    """One field of one node: its text pieces, and each piece's words."""

    name: str
    pieces: list[str]
    words: list[list[tuple[str, int, int]]]
    counts: Counter


class CapabilitySearch:
    """Search over every node of ``curricula``.

    Args:
        curricula: The curricula searched (a workspace's).
        thesaurus: Synonyms and abbreviations; default: the shipped file.

    Example:
        >>> search = CapabilitySearch(curricula).attach(index, model)   # doctest: +SKIP
        >>> search.search("chest drain", curriculum="rcem-2021").hits[0].node.code   # doctest: +SKIP
        'SLO6.KC2'
    """

    def __init__(self, curricula: list[Curriculum], thesaurus: Thesaurus | None = None) -> None:
        self.curricula = list(curricula)
        self.nodes: list[Capability] = [n for c in self.curricula for n in c.nodes]
        self.thesaurus = thesaurus if thesaurus is not None else load_thesaurus()
        self._ambiguous = self.thesaurus.ambiguous()
        self._fields: list[list[_Field]] = [self._fields_of(n) for n in self.nodes]
        df: Counter = Counter()
        postings: dict[str, list[int]] = {}
        for i, fields in enumerate(self._fields):
            present = {s for f in fields for s in f.counts}
            df.update(present)
            for s in present:
                postings.setdefault(s, []).append(i)
        self._df = df
        self._postings = postings
        self._codes: list[set[str]] = []
        for c in self.curricula:
            aliases: dict[str, list[str]] = {}
            for alias, code in (c.meta.get("aliases") or {}).items():
                aliases.setdefault(code, []).append(alias)
            for n in c.nodes:
                self._codes.append({n.code.lower(), n.id.lower(), *(a.lower() for a in aliases.get(n.code, []))})
        self._vectors: np.ndarray | None = None
        self._models: list = []  # per node: the model its statement was embedded with
        self._query_cache: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _fields_of(node: Capability) -> list[_Field]:
        out = []
        for name, pieces in (("title", [node.title]), ("typical evidence", list(node.typical_evidence)),
                             ("description", _sentences(node.description))):
            words = [_words(p) for p in pieces]
            out.append(_Field(name, pieces, words, Counter(s for ws in words for s, _, _ in ws)))
        return out

    # ------------------------------------------------------------------ dense half

    def attach(self, index, model) -> "CapabilitySearch":
        """Add meaning: ``index`` is a :class:`~pipeline.index.CapabilityIndex` of the same curricula (its
        statement vectors are used as they are), ``model`` the :class:`~pipeline.embed.EmbeddingModel` it was
        built with (each curriculum's statements by :func:`~pipeline.index.statement_model`; the query is
        embedded by the same one)."""
        from ..index import statement_model

        if [n.id for n in index.nodes] != [n.id for n in self.nodes]:
            raise ValueError("the capability index was built over other curricula than the search")
        models = []
        for c in self.curricula:
            m = statement_model(c, model)
            models.extend([m] * len(c.nodes))
        with self._lock:
            self._vectors = np.asarray(index.vectors, dtype=np.float32)
            self._models = models
        return self

    @property
    def semantic(self) -> bool:
        """Whether the dense half is attached."""
        return self._vectors is not None

    def _embed(self, model, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if (model.id, t) not in self._query_cache]
        if missing:
            vectors = model.encode(missing)
            with self._lock:
                if len(self._query_cache) > 2048:
                    self._query_cache.clear()
                for t, v in zip(missing, vectors):
                    self._query_cache[(model.id, t)] = v
        return np.stack([self._query_cache[(model.id, t)] for t in texts])

    def _meaning(self, rows: list[int], texts: list[str]) -> np.ndarray:
        """Best cosine of each node in ``rows`` to any of ``texts``."""
        out = np.zeros(len(rows), dtype=np.float32)
        by_model: dict[int, list[int]] = {}
        for k, i in enumerate(rows):
            by_model.setdefault(id(self._models[i]), []).append(k)
        for ks in by_model.values():
            model = self._models[rows[ks[0]]]
            q = self._embed(model, texts)
            sims = self._vectors[[rows[k] for k in ks]] @ q.T
            out[ks] = sims.max(axis=1)
        return out

    # ------------------------------------------------------------------ keywords

    def _idf(self, stem: str) -> float:
        n, df = len(self.nodes), self._df.get(stem, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _keywords(self, i: int, alt: Reading) -> tuple[float, float]:
        """``(score, coverage)`` of node ``i`` for one reading of the query (BM25F, see the module)."""
        terms = alt.stems
        idf = [self._idf(t) for t in terms]
        total = sum(idf) or 1.0
        fields = self._fields[i]
        bm = cov = 0.0
        for t, w in zip(terms, idf):
            tf = sum(FIELD_WEIGHTS[f.name] * f.counts.get(t, 0) for f in fields)
            if tf:
                cov += w
                bm += w * tf / (tf + K)
        if not cov:
            return 0.0, 0.0
        cov /= total
        bm /= total
        if alt.kind == "broader" and cov < 0.999:  # "practice" alone is not "practical procedure"
            return 0.0, 0.0
        phrase = len(terms) > 1 and any(_find(tuple(s for s, _, _ in ws), terms) >= 0
                                        for f in fields for ws in f.words)
        return alt.weight * (0.5 * cov + 0.5 * bm + (PHRASE_BONUS if phrase else 0.0)), cov

    def _where(self, i: int, alt: Reading) -> tuple[int, int] | None:
        """``(field, piece)`` of node ``i`` holding the most of ``alt`` (by idf; the words together first, then
        the title before the typical evidence before the description)."""
        wanted = {t: self._idf(t) for t in alt.stems}
        total = sum(wanted.values())
        best, where = -1.0, None
        for fi, f in enumerate(self._fields[i]):
            for pi, ws in enumerate(f.words):
                present = {s for s, _, _ in ws if s in wanted}
                if not present:
                    continue
                together = _find(tuple(s for s, _, _ in ws), alt.stems) >= 0
                value = sum(wanted[s] for s in present) + (total if together else 0.0) + 0.01 * FIELD_WEIGHTS[f.name]
                if value > best:
                    best, where = value, (fi, pi)
        return where

    def _code_score(self, i: int, q: str) -> float:
        codes = self._codes[i]
        if q in codes:
            return 2.0
        if any(c.startswith(q) and c[len(q):len(q) + 1] in (".", "-", "_", " ") for c in codes):
            return 1.5
        return 0.0

    # ------------------------------------------------------------------ the query

    def search(self, query: str, curriculum: str | None = None, limit: int = 30, nearest: int = 8) -> SearchResult:
        """Rank the nodes (of ``curriculum`` only, when given) for ``query``.

        An empty query lists the nodes in curriculum order (at most ``limit``). A weak result (see the module) lists the ``nearest``
        best nodes with a message; a strong one lists the keyword and code matches, then nodes close in meaning,
        at most ``limit``.

        Raises:
            ValueError: ``curriculum`` is not one of the searched curricula.
        """
        query = " ".join((query or "").split())
        if curriculum and curriculum not in {c.id for c in self.curricula}:
            raise ValueError(f"unknown curriculum {curriculum!r} (searched: "
                             f"{', '.join(c.id for c in self.curricula)})")
        rows = [i for i, n in enumerate(self.nodes) if not curriculum or n.curriculum == curriculum]
        semantic = self.semantic
        if not query:
            hits = [Hit(self.nodes[i], 0.0, 0.0, None, "all", "title", self.nodes[i].title) for i in rows[:limit]]
            return SearchResult(query, hits, False, None, semantic)
        alts = expand_query(query, self.thesaurus, self._ambiguous)
        q = query.lower()
        dense = self._meaning(rows, [a.text for a in alts if a.kind != "broader"]) if semantic else None
        # keywords only where a word of some reading is: a 14,000-statement taxonomy stays quick
        candidates = {i for a in alts for t in a.stems for i in self._postings.get(t, ())}
        scored = []
        for k, i in enumerate(rows):
            code = self._code_score(i, q)
            best = (0.0, 0.0, alts[0])
            if i in candidates:
                for alt in alts:
                    s, cov = self._keywords(i, alt)
                    if s > best[0]:
                        best = (s, cov, alt)
            meaning = float(dense[k]) if dense is not None else None
            keywords = max(code, best[0])
            # a code typed: the node, then its children in the curriculum's order (meaning does not reorder them)
            score = code if code and code >= best[0] else keywords + DENSE_WEIGHT * max(meaning or 0.0, 0.0)
            scored.append((score, -k, i, code, best, meaning, keywords))
        scored.sort(reverse=True)

        def strong(entry) -> bool:
            _, _, _, code, (s, cov, alt), meaning, _ = entry
            if code:
                return True
            if alt.kind != "broader" and s > 0:
                need = LONG_QUERY_COVERAGE if len(alt.stems) >= LONG_QUERY else 0.999
                if cov >= need:
                    return True
            return meaning is not None and meaning >= DENSE_STRONG

        def _listed(entry) -> bool:
            """In a strong result: codes and words typed, a synonym's every word, or close in meaning (a synonym's
            stray word, "protection" for "safeguarding", is noise there)."""
            _, _, _, code, (s, cov, alt), meaning, _ = entry
            if code or (s > 0 and (alt.kind == "typed" or cov >= 0.999)):
                return True
            return meaning is not None and meaning >= DENSE_RELATED

        any_strong = any(strong(e) for e in scored)
        if any_strong:
            chosen = [e for e in scored if _listed(e)][:limit]
            message = None
        else:
            chosen = scored[:nearest]
            scope = (next(c.title for c in self.curricula if c.id == curriculum) if curriculum
                     else "this workspace's curricula")
            message = (f"No capability in {scope} mentions \u201c{query}\u201d"
                       f"{' or a synonym' if any(a.kind == 'synonym' for a in alts) else ''}. "
                       f"The nearest matches:")
        hits = [self._hit(e, q, strong(e)) for e in chosen]
        return SearchResult(query, hits, not any_strong, message, semantic)

    def _hit(self, entry, q: str, is_strong: bool) -> Hit:
        score, _, i, code, (s, cov, alt), meaning, keywords = entry
        node = self.nodes[i]
        if code and code >= s:
            return Hit(node, score, keywords, meaning, "code", "code", node.code, [(0, len(node.code))])
        where = self._where(i, alt) if s > 0 else None
        if where is None:
            return Hit(node, score, keywords, meaning, "meaning", "meaning", node.title)
        fi, pi = where
        f = self._fields[i][fi]
        name = f.name
        text, words = f.pieces[pi], f.words[pi]
        wanted = set(alt.stems)
        spans = [(a, b) for st, a, b in words if st in wanted]
        if name == "description" and len(text) > 220:
            text, spans = _window(text, spans, 200)
        if alt.kind == "broader":
            kind = "related"
        elif is_strong and (meaning is None or meaning < DENSE_STRONG or cov >= 0.999
                            or len(alt.stems) >= LONG_QUERY):
            kind = "words" if alt.kind == "typed" else "synonym"
        else:
            kind = "partial"
        return Hit(node, score, keywords, meaning, kind, name, text, spans,
                   alt.via if alt.kind != "typed" else None)


def _sentences(text: str) -> list[str]:
    """A description cut into sentences (the piece shown for a match)."""
    if not text:
        return []
    parts = re.split(r"(?<=[.;:!?])\s+(?=[A-Z(])", text)
    return [p for p in (p.strip() for p in parts) if p]


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[str, list[tuple[int, int]]]:
    """About ``width`` characters of ``text`` around its first span, with an ellipsis where cut."""
    centre = spans[0][0] if spans else 0
    start = max(0, min(centre - width // 3, len(text) - width))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < centre else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, spans[0][1] if spans else start) else end
    prefix = "\u2026" if start > 0 else ""
    suffix = "\u2026" if end < len(text) else ""
    shift = len(prefix) - start
    kept = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return prefix + text[start:end] + suffix, kept
