"""Word lists the anonymiser uses: name gazetteers, clinical vocabulary, non-names.

The lists live in ``pipeline/data/`` as plain text (one or more words a line,
``#`` comments).  Words are compared *folded*: lower case, accents removed,
curly apostrophes straightened, so ``Wójcik`` matches ``WOJCIK``.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from functools import lru_cache

from .. import resources
from ..atomic import replacing

_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                             "æ": "ae", "Æ": "ae", "œ": "oe", "’": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case, no accents, straight apostrophes: the key words are compared by."""
    word = word.translate(_EXTRA_FOLD)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The folded words of ``pipeline/data/<name>.txt``."""
    path = resources.data_file(f"{name}.txt")
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        for word in line.split():
            out.add(fold(word))
    return frozenset(out)


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Given names: ``pipeline/data/first_names.txt`` and the world's given names in gender-guesser's dictionary
    (Jörg Michael's nam_dict, GNU FDL; :func:`world_first_names`)."""
    return words("first_names") | world_first_names()


# How common a name must be (nam_dict's scale: 1 rare ... 13 very common) in Britain, Ireland or the USA, or in
# any other country, to be taken as a given name.
_NEAR_COMMON = 1
_ELSEWHERE_COMMON = 3


# What world_first_names keeps (part of its cache key): change it with the code below.
_WORLD_RECIPE = f"nam_dict/near>={_NEAR_COMMON}/elsewhere>={_ELSEWHERE_COMMON}/3+letters/v1"


@lru_cache(maxsize=None)
def world_first_names() -> frozenset[str]:
    """Given names from gender-guesser's name dictionary (about 48,000 names from 54 countries, each with its
    frequency per country): those common enough, of three letters or more, less the ordinary and clinical words
    of our own lists (``May``, ``Ward``, ``Major``).  Empty when the package is missing.

    Reading the dictionary costs each process that anonymises about 0.25 s of CPU (a batch's every worker), so the
    list is kept in the cache folder, under a key made of the dictionary's bytes, the words left out and
    :data:`_WORLD_RECIPE`, with a digest of its own that is checked when it is read back."""
    try:
        from importlib.resources import files

        data = files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    from .shapes import clinical_acronyms

    calendar = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    blocked = words("common_words") | words("clinical_terms") | words("not_names") | {fold(a) for a in clinical_acronyms()} \
        | calendar
    key = hashlib.sha256(data + _WORLD_RECIPE.encode() + "\n".join(sorted(blocked)).encode("utf-8")).hexdigest()[:24]
    path = resources.cache_dir() / "lexicon" / f"world-first-names-{key}.txt"
    try:
        digest, _, body = path.read_text(encoding="utf-8").partition("\n")
        if digest == hashlib.sha256(body.encode("utf-8")).hexdigest():
            return frozenset(body.split("\n")) if body else frozenset()
    except (OSError, UnicodeDecodeError):
        pass  # not there yet (or unreadable): read the dictionary
    out = _world_names(data.decode("utf-8"), blocked)
    body = "\n".join(sorted(out))
    try:
        with replacing(path, suffix=f".{os.getpid()}.part") as tmp:  # a batch's workers may write it at once
            tmp.write_text(hashlib.sha256(body.encode("utf-8")).hexdigest() + "\n" + body, encoding="utf-8")
    except OSError:
        pass  # a cache that cannot be written: read again next time
    return out


def _world_names(data: str, blocked: frozenset[str] | set[str]) -> frozenset[str]:
    out: set[str] = set()
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        scale = [int(c, 16) if c in "0123456789ABCDEFabcdef" else 0 for c in line[30:-1]]
        near, anywhere = max(scale[:3], default=0), max(scale, default=0)
        if near < _NEAR_COMMON and anywhere < _ELSEWHERE_COMMON:
            continue
        for name in {parts[1].replace("+", ""), parts[1].replace("+", "-")}:
            f = fold(name)
            if len(f) >= 3 and f.isalpha() or "-" in f:
                if f not in blocked:
                    out.add(f)
    return frozenset(out)


def surnames() -> frozenset[str]:
    return words("surnames")


def clinical_terms() -> frozenset[str]:
    return words("clinical_terms")


def common_words() -> frozenset[str]:
    """Ordinary words of clinical and portfolio writing (``pipeline/data/common_words.txt``)."""
    return words("common_words")


@lru_cache(maxsize=None)
def diminutives() -> dict[str, frozenset[str]]:
    """Given names and the short forms people are called by (``pipeline/data/diminutives.txt``), folded:
    ``{"reginald": {"reg", "reggie"}, ...}``."""
    out: dict[str, frozenset[str]] = {}
    for line in resources.data_file("diminutives.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        full, shorts = line.split(":", 1)
        out[fold(full.strip())] = frozenset(fold(w) for w in shorts.split()) | out.get(fold(full.strip()), frozenset())
    return out


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    """Capitalised words that are not names, less those that are also common names."""
    return words("not_names")


@lru_cache(maxsize=None)
def hard_stops() -> frozenset[str]:
    """Words that end a name candidate (``Ward``, ``Hill``, ``Jan`` included)."""
    return frozenset(not_names() - {"christian"})


@lru_cache(maxsize=None)
def title_blocks() -> frozenset[str]:
    """Words that cannot follow a title as a name (``Dear Sir``), though ``Mr Ward`` can."""
    return frozenset(w for w in not_names() - first_names() - surnames() if w not in {"christian"})


@lru_cache(maxsize=65536)
def english_frequency(word: str) -> float:
    """How common ``word`` is in English, on the Zipf scale (wordfreq: 7 for "the", 3 for once in a million words,
    0 for unseen).  Names typed in lower case ("tomasz", "olamide") are rare words; "read", "mark" and "stone" are
    not.  The word list ships inside the wordfreq package (Apache-2.0; its data CC BY-SA 4.0): nothing is fetched."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


#: Weekdays and months as they are written in full and shortened ("Sat", "Sept", "Thurs"), folded.
DAYS_AND_MONTHS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december".split())
