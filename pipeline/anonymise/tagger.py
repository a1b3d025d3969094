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
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from ..atomic import replacing, write_text
from .lexicon import clinical_terms, common_words, english_frequency, first_names, fold, not_names, surnames

__all__ = ["ContextTagger", "tokens", "features", "token_labels", "train", "default_tagger", "TAGGER_PARAMS",
           "tagged_spans"]

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


@dataclass
class ContextTagger:
    """A fitted CRF: :meth:`marks` gives the words of a text that are probably part of an identifier.

    Args:
        path: The ``.crfsuite`` model file.
        threshold: The marginal probability of ``N`` at or above which a word is marked.
    """

    path: Path
    threshold: float = 0.5
    _local: threading.local = field(default_factory=threading.local, init=False, repr=False)

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:  # a CRFsuite tagger is not safe to share between threads: one per thread
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def probabilities(self, text: str) -> list[tuple[int, int, str, float]]:
        """Every token of ``text`` with the probability that it is part of an identifier."""
        toks = tokens(text)
        if not toks:
            return []
        tagger = self._tagger()
        tagger.set(features(toks))
        return [(a, b, t, tagger.marginal("N", i)) for i, (a, b, t) in enumerate(toks)]

    def marks(self, text: str) -> list[tuple[int, int, str]]:
        """Words (letters only: numbers and codes are the rules' and the allow-list's) whose probability reaches
        the threshold."""
        return [(a, b, t) for a, b, t, p in self.probabilities(text) if p >= self.threshold and _WORDLIKE.fullmatch(t)]


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


def tagged_spans(text: str, marks: list[tuple[int, int, str]], kept: frozenset[str] | set[str],
                 keep_ranges: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """The tagger's marks as spans to remove: ``(start, end, kind)``, kind ``PERSON`` for a name-like run and
    ``ADDRESS`` otherwise.  Marks on ``kept`` words (folded: the applicant's, the verifiers'), inside
    ``keep_ranges`` or in an institution's name, an eponym or before a dose are left; neighbouring marks
    (only spaces, hyphens or apostrophes between them) join."""
    out: list[list] = []
    given, family = first_names(), surnames()
    for a, b, t in marks:
        f = fold(t.rstrip("."))
        if f in kept or any(x <= a < y for x, y in keep_ranges) or kept_in_place(text, a, b):
            continue
        if t.endswith(".") and not re.fullmatch(r"[A-Z]\.", t):
            b -= 1
        name = f in given or f in family
        if out and re.fullmatch(r"[ \t'’-]*", text[out[-1][1]:a]):
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
