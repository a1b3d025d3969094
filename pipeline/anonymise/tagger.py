"""The context tagger: a linear-chain CRF that marks words a sentence gives away as a person or a place.

The rules in :mod:`pipeline.anonymise.core` find identifiers by their shape and by the cue in front of them
("Dr", "Dear", "lives with wife").  On writing nobody here has read they miss what only the context gives:
"half of Harlow Green has asked", "plays for Brixham United", "A4 Kowalski 44 – alcohol withdrawal".  The
tagger reads each word with its neighbours (the words, their shapes, whether they are known given names or
surnames, how common they are in English, where the line starts) and gives the probability that the word is
part of an identifier.  It was fitted (``cesr train-tagger``) on the project's labelled redaction sets, each
written by a different writer, and it only ever adds to what the rules remove: :class:`Anonymiser` drops its
marks on the applicant's name, on the names of those who sign or verify the evidence, inside the name of an
institution ("Longley Centre", "... NHS Foundation Trust"), before an eponym's noun ("Herbert screw") and
before a dose.

The fitted model is ``models/anonymise-tagger.crfsuite``; ``models/anonymise-tagger.json`` says what it was
fitted on.  python-crfsuite (MIT; CRFsuite, BSD) runs it; without the package or the model the tagger is
off and the rules work alone.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from ..atomic import replacing, write_text
from .lexicon import clinical_terms, common_words, english_frequency, first_names, fold, not_names, surnames

__all__ = ["ContextTagger", "tokens", "features", "token_labels", "train", "default_tagger", "TAGGER_PARAMS",
           "tagged_spans", "model_attributes"]

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]|\n")
#: CRFsuite's L-BFGS settings the shipped model was fitted with.
TAGGER_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_WINDOW = (-3, -2, -1, 1, 2, 3)
_WORDLIKE = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words, numbers, punctuation marks and line breaks of ``text`` with their offsets."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _shape(token: str) -> str:
    s = re.sub(r"[A-Z]", "X", token)
    s = re.sub(r"[^\W\dA-Z_]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def _word_features(token: str, lexicons: tuple[frozenset[str], ...]) -> dict[str, str | float]:
    given, family, ordinary, clinical, other = lexicons
    f = fold(token.rstrip("."))
    return {
        "w": f, "sh": _shape(token), "s3": f[-3:],
        "t": float(token[:1].isupper() and token[1:2].islower()),
        "u": float(token.isupper() and len(token) > 1),
        "d": float(token.isdigit()),
        "fn": float(f in given), "sn": float(f in family), "cw": float(f in ordinary),
        "ct": float(f in clinical), "nn": float(f in other),
        "z": str(int(english_frequency(f))) if f.isalpha() else "-",
    }


def _lexicons() -> tuple[frozenset[str], ...]:
    return first_names(), surnames(), common_words(), clinical_terms(), not_names()


def features(toks: list[tuple[int, int, str]]) -> list[dict[str, str | float]]:
    """One feature dictionary per token: the word itself, and its neighbours three either side."""
    lex = _lexicons()
    base = [_word_features(t, lex) for _, _, t in toks]
    out = []
    for i in range(len(toks)):
        f: dict[str, str | float] = {"bias": 1.0, **base[i]}
        f["bol"] = float(i == 0 or toks[i - 1][2] == "\n")
        for d in _WINDOW:
            j = i + d
            if 0 <= j < len(toks):
                f[f"{d}w"] = base[j]["w"]
                f[f"{d}sh"] = base[j]["sh"]
                if abs(d) <= 2:
                    for k in ("fn", "sn", "t", "cw", "z"):
                        f[f"{d}{k}"] = base[j][k]
            else:
                f[f"{d}w"] = "<pad>"
        if i >= 2:
            f["bg"] = f"{base[i - 2]['w']}|{base[i - 1]['w']}"
        if i + 2 < len(toks):
            f["ng"] = f"{base[i + 1]['w']}|{base[i + 2]['w']}"
        out.append(f)
    return out


def token_labels(text: str, toks: list[tuple[int, int, str]], identifiers: Iterable[str]) -> list[str]:
    """``N`` for a token inside any occurrence of an identifier string, else ``O``."""
    mask = bytearray(len(text))
    for ident in identifiers:
        if not ident:
            continue
        start = text.find(ident)
        while start >= 0:
            mask[start:start + len(ident)] = b"\x01" * len(ident)
            start = text.find(ident, start + 1)
    return ["N" if mask[a] and t != "\n" else "O" for a, _, t in toks]


def model_attributes(path: Path) -> frozenset[str] | None:
    """The attribute names a CRFsuite model file knows (its attribute dictionary, a CQDB chunk), or None when the
    file is not laid out as expected.

    CRFsuite ignores an attribute its model does not know, so leaving such attributes out of a token's features
    changes no score.  Read straight from the file (CRFsuite's ``crf1dm`` header, then the CQDB's id-to-string
    array): ``Tagger.info()`` parses a text dump that breaks on the model's attributes with a line break in them
    (``2w:\n``, a neighbour that is a line break)."""
    try:
        data = Path(path).read_bytes()
        magic, _size, _type, _version, _features, _labels, n_attrs, _off_f, _off_l, off_attrs = \
            struct.unpack_from("<4sI4s7I", data, 0)
        chunk, _csize, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4s5I", data, off_attrs)
        if magic != b"lCRF" or chunk != b"CQDB" or bwd_size != n_attrs:
            return None
        names = []
        for i in range(bwd_size):
            (rec,) = struct.unpack_from("<I", data, off_attrs + bwd_offset + 4 * i)
            rid, ksize = struct.unpack_from("<II", data, off_attrs + rec)
            key = data[off_attrs + rec + 8:off_attrs + rec + 8 + ksize]
            if rid != i or not key.endswith(b"\0"):
                return None
            names.append(key[:-1].decode("utf-8"))
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    out = frozenset(names)
    return out if len(out) == n_attrs else None


# A word's share of the features, for itself and for each neighbour slot of _WINDOW: CRFsuite's attribute names
# as UTF-8 bytes, in the order :func:`features` gives them, without those weighing 0.0 or unknown to the model.
_WORD_CACHE_SIZE = 16_384  # about 1.5 KB a word: at most some 25 MB a process
#: How many texts' probabilities each thread remembers (a document's pages are all read, then all replaced).
_MEMORY = 32


class _WordFeatures:
    """The encoded features of each distinct word, memoised (a letter repeats most of its words, and a batch of
    letters repeats most of the language).  :func:`features` gives a dictionary per token (what fitting uses);
    this gives, per token, the same attributes as python-crfsuite turns those dictionaries into, in the same order,
    less those CRFsuite would weigh at 0.0 or not find in the model: a string value ``{"w": "leeds"}`` is the
    attribute ``w:leeds`` with weight 1.0; a number is the attribute with that weight, and every number here is
    0.0 or 1.0.  A token's state score is the sum, in this order, of its attributes' weights times their values, so
    the scores, and every probability, are the same to the last bit (an attribute at 0.0 adds 0.0)."""

    def __init__(self, known: frozenset[str] | None):
        self.known = None if known is None else frozenset(k.encode("utf-8") for k in known)
        self.lexicons = _lexicons()
        self.words: dict[str, tuple] = {}
        self.bol = self._keep([b"bol"])
        self.pad = (b"", (), tuple(self._keep([f"{d}w:<pad>".encode()]) for d in _WINDOW))

    def _keep(self, names: list[bytes]) -> tuple[bytes, ...]:
        return tuple(names) if self.known is None else tuple(n for n in names if n in self.known)

    def word(self, token: str) -> tuple:
        """``(folded word as bytes, own attributes, attributes per neighbour slot)`` of ``token``."""
        hit = self.words.get(token)
        if hit is not None:
            return hit
        base = _word_features(token, self.lexicons)
        own = [b"bias"]
        for k, v in base.items():
            if isinstance(v, str):
                own.append(f"{k}:{v}".encode("utf-8"))
            elif v:
                own.append(k.encode())
        slots = []
        for d in _WINDOW:
            names = [f"{d}w:{base['w']}".encode("utf-8"), f"{d}sh:{base['sh']}".encode("utf-8")]
            if abs(d) <= 2:
                for k in ("fn", "sn", "t", "cw", "z"):
                    v = base[k]
                    if isinstance(v, str):
                        names.append(f"{d}{k}:{v}".encode("utf-8"))
                    elif v:
                        names.append(f"{d}{k}".encode())
            slots.append(self._keep(names))
        entry = (base["w"].encode("utf-8"), self._keep(own), tuple(slots))
        if len(self.words) >= _WORD_CACHE_SIZE:
            self.words.clear()
        self.words[token] = entry
        return entry

    def items(self, toks: list[tuple[int, int, str]]) -> list[list[bytes]]:
        """One attribute list per token: what ``tagger.set(features(toks))`` would give CRFsuite, less the
        attributes that weigh nothing."""
        pad, seen, word = self.pad, self.words.get, self.word
        ws = [pad, pad, pad, *[seen(t) or word(t) for _, _, t in toks], pad, pad, pad]
        known, bol = self.known, self.bol
        out = []
        n = len(toks)
        after_break = True
        for i in range(n):
            a, b, c, me, d, e, f = ws[i:i + 7]
            s = me[1] + bol if after_break else me[1]
            item = [*s, *a[2][0], *b[2][1], *c[2][2], *d[2][3], *e[2][4], *f[2][5]]
            if i >= 2:
                bg = b"bg:" + b[0] + b"|" + c[0]
                if known is None or bg in known:
                    item.append(bg)
            if i + 2 < n:
                ng = b"ng:" + d[0] + b"|" + e[0]
                if known is None or ng in known:
                    item.append(ng)
            out.append(item)
            after_break = toks[i][2] == "\n"
        return out


@dataclass
class ContextTagger:
    """A fitted CRF: :meth:`marks` gives the words of a text that are probably part of an identifier.

    Args:
        path: The ``.crfsuite`` model file.
        threshold: The marginal probability of ``N`` at or above which a word is marked.

    The probabilities of the last few texts are remembered (per thread): the anonymiser reads every page of a
    document twice (once to learn its names, once to replace them), and the second reading costs nothing.
    """

    path: Path
    threshold: float = 0.5
    _local: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)
    _encoder: _WordFeatures | None = field(default=None, init=False, repr=False, compare=False)

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:  # a CRFsuite tagger is not safe to share between threads: one per thread
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
            self._local.memo = {}
        return tagger

    def _words(self) -> _WordFeatures:
        if self._encoder is None:  # two threads may both build it: the same thing, and the last one stays
            self._encoder = _WordFeatures(model_attributes(self.path))
        return self._encoder

    def items(self, toks: list[tuple[int, int, str]]) -> list[list[bytes]]:
        """The attributes CRFsuite reads for each token (UTF-8 names, each weighing 1.0): :func:`features` as
        python-crfsuite converts it, less what weighs nothing (see :class:`_WordFeatures`)."""
        return self._words().items(toks)

    def _probabilities(self, text: str) -> tuple[tuple[int, int, str, float], ...]:
        tagger = self._tagger()
        memo: dict = self._local.memo
        hit = memo.get(text)
        if hit is not None:
            return hit
        toks = tokens(text)
        if toks:
            tagger.set(self.items(toks))
            marginal = tagger.marginal
            out = tuple((a, b, t, marginal("N", i)) for i, (a, b, t) in enumerate(toks))
        else:
            out = ()
        if len(memo) >= _MEMORY:
            del memo[next(iter(memo))]
        memo[text] = out
        return out

    def probabilities(self, text: str) -> list[tuple[int, int, str, float]]:
        """Every token of ``text`` with the probability that it is part of an identifier."""
        return list(self._probabilities(text))

    def marks(self, text: str) -> list[tuple[int, int, str]]:
        """Words (letters only: numbers and codes are the rules' and the allow-list's) whose probability reaches
        the threshold."""
        return [(a, b, t) for a, b, t, p in self._probabilities(text) if p >= self.threshold and _WORDLIKE.fullmatch(t)]


_CAP = r"[A-Z][^\W\d_A-Z]+(?:[-'’][A-Z]?[^\W\d_A-Z]+)*"
_RUN_BEFORE = re.compile(rf"(?:{_CAP}|of|the|and|for|at|St\.?|NHS|[A-Z]{{2,}})[ ]$")
_RUN_AFTER = re.compile(rf"[ ](?:{_CAP}|of|the|and|for|St\.?|NHS|[A-Z]{{2,}}|[IVX]+|\d+)")
# Words that make a run of capitalised words an institution the evidence keeps (a school, a club or an employer
# is not one of them: they point to a person).
_INSTITUTION = frozenset(
    "hospital hospitals infirmary trust centre center ward board university clinic unit practice health nhs "
    "college institute foundation hospice department outpatients ysbyty court magistrates tribunal".split())
# Nouns after a name that make it an eponym or a product ("Herbert screw", "Gustilo-Anderson grade").
_EPONYM_NOUN = frozenset(
    "score scores disease syndrome test sign signs classification criteria rule rules grade class type procedure "
    "repair operation manoeuvre fracture staging stage scale index equation formula reflex tumour palsy block "
    "approach incision technique position screw nail plate suture graft guidelines guideline tube catheter mask "
    "protocol method questionnaire tool chart tariff platform".split())
_DOSE_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|g|mcg|micrograms?|ml|units?)\b", re.I)


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words (with "of", "the", "NHS", numerals) around ``text[start:end]``."""
    while True:
        m = _RUN_BEFORE.search(text[max(0, start - 40):start])
        if not m:
            break
        start -= len(m.group(0))
    while True:
        m = _RUN_AFTER.match(text[end:end + 40])
        if not m:
            break
        end += len(m.group(0))
    return start, end


def kept_in_place(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` belongs to an institution's name, an eponym or a brand before a dose."""
    a, b = _run(text, start, end)
    if any(fold(w) in _INSTITUTION for w in re.findall(r"\w+", text[a:b])):
        return True
    before = re.search(r"(\w+)[ ]?,[ ]?$", text[max(0, a - 40):a])
    if before:  # the town of an institution: "Preston Crown Court, Lancashire"
        pa, pb = _run(text, a - len(before.group(0)), a - len(before.group(0)) + len(before.group(1)))
        if any(fold(w) in _INSTITUTION for w in re.findall(r"\w+", text[pa:pb])):
            return True
    after = re.match(r"\W{0,3}(\w+)", text[b:b + 30])
    if after and fold(after.group(1)) in _EPONYM_NOUN:
        return True
    return bool(_DOSE_AFTER.match(text[end:end + 20]) or _DOSE_AFTER.match(text[b:b + 20]))


#: Lower-case little words ("near the Lidl"): after a name they begin what follows (a place), not the name.  They are
#: not trimmed from a run: the labelled sets count "the Wrights", "Baby of X", "the Golden Dragon takeaway on
#: Gloucester Road" whole, and when in doubt the tool redacts.
_LITTLE_WORDS = frozenset("a an the near in at on of to by from with and or for into onto behind outside opposite "
                          "beside past off up down over under".split())


def tagged_spans(text: str, marks: list[tuple[int, int, str]], kept: frozenset[str] | set[str],
                 keep_ranges: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """The tagger's marks as spans to remove: ``(start, end, kind)``, kind ``PERSON`` for a name-like run and
    ``ADDRESS`` otherwise.  Marks on ``kept`` words (folded: the applicant's, the verifiers'), inside
    ``keep_ranges`` or in an institution's name, an eponym or before a dose are left; neighbouring marks
    (only a space or two, hyphens or apostrophes between them) join."""
    out: list[list] = []
    given, family = first_names(), surnames()
    for a, b, t in marks:
        f = fold(t.rstrip("."))
        if f in kept or any(x <= a < y for x, y in keep_ranges) or kept_in_place(text, a, b):
            continue
        if t.endswith(".") and not re.fullmatch(r"[A-Z]\.", t):
            b -= 1
        name = f in given or f in family
        # a lower-case little word ("near", "the") does not carry a name on into what follows it
        # (never across a tab or a column's gap: the next cell of a table)
        if out and re.fullmatch(r"(?:[ ]{1,2}|['’-])*", text[out[-1][1]:a]) and not (out[-1][2] and f in _LITTLE_WORDS):
            out[-1][1] = b
            out[-1][2] |= name
        else:
            out.append([a, b, name])
    return [(a, b, "PERSON" if name else "ADDRESS") for a, b, name in out]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(sets: list[tuple[str, list]], out: Path, params: dict | None = None) -> dict:
    """Fit the tagger on labelled redaction sets and write the model with its note beside it.

    Args:
        sets: ``(name, documents)`` pairs; documents as :func:`pipeline.anonymise.evaluation.load_redaction_set`
            gives them (``text`` and ``identifiers``).
        out: The model file to write (``.crfsuite``); the note goes to the same name with ``.json``.
        params: CRFsuite training settings (default :data:`TAGGER_PARAMS`).

    Returns:
        The note: what the model was fitted on, how, and when.
    """
    import pycrfsuite

    params = dict(params or TAGGER_PARAMS)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_docs = n_tokens = n_marked = 0
    for _, docs in sets:
        for doc in docs:
            toks = tokens(doc.text)
            if not toks:
                continue
            labels = token_labels(doc.text, toks, [i["text"] for i in doc.identifiers])
            trainer.append(features(toks), labels)
            n_docs += 1
            n_tokens += len(toks)
            n_marked += labels.count("N")
    trainer.set_params(params)
    out = Path(out)
    with replacing(out) as tmp:
        trainer.train(str(tmp))
    note = {
        "what": "linear-chain CRF (python-crfsuite) marking words that belong to a person's or place's "
                "identifier; used by the anonymiser to add to its rules (pipeline/anonymise/tagger.py)",
        "fitted_on": [{"set": name, "documents": len(docs)} for name, docs in sets],
        "documents": n_docs, "tokens": n_tokens, "identifier_tokens": n_marked,
        "params": params, "date": date.today().isoformat(), "sha256": _sha256(out),
        "command": "cesr train-tagger",
    }
    write_text(out.with_suffix(".json"), json.dumps(note, indent=2) + "\n")
    return note


_DEFAULT: dict[str, ContextTagger | None] = {}
_LOCK = threading.Lock()


def default_tagger() -> ContextTagger | None:
    """The shipped tagger, checked against its note's hash; None when python-crfsuite or the model is missing."""
    with _LOCK:
        if "tagger" not in _DEFAULT:
            _DEFAULT["tagger"] = _load_default()
        return _DEFAULT["tagger"]


def _load_default() -> ContextTagger | None:
    from .. import resources

    try:
        import pycrfsuite  # noqa: F401
    except ModuleNotFoundError:
        return None
    path = resources.tagger_file()
    note = path.with_suffix(".json")
    if not path.is_file() or not note.is_file():
        return None
    expected = json.loads(note.read_text(encoding="utf-8")).get("sha256")
    if expected != _sha256(path):
        raise RuntimeError(f"the anonymiser's tagger {path} does not match the hash in {note.name}; "
                           "reinstall cesr-mapper or refit it with `cesr train-tagger`")
    return ContextTagger(path)
