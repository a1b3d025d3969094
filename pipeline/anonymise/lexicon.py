"""Word lists the anonymiser uses: name gazetteers, clinical vocabulary, non-names.

The lists live in ``pipeline/data/`` as plain text (one or more words a line,
``#`` comments).  Words are compared *folded*: lower case, accents removed,
curly apostrophes straightened, so ``Wójcik`` matches ``WOJCIK``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                             "æ": "ae", "Æ": "ae", "œ": "oe", "’": "'", "‘": "'", "`": "'"})


def fold(word: str) -> str:
    """Lower case, no accents, straight apostrophes: the key words are compared by."""
    word = word.translate(_EXTRA_FOLD)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The folded words of ``pipeline/data/<name>.txt``."""
    path = DATA_DIR / f"{name}.txt"
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        for word in line.split():
            out.add(fold(word))
    return frozenset(out)


def first_names() -> frozenset[str]:
    return words("first_names")


def surnames() -> frozenset[str]:
    return words("surnames")


def clinical_terms() -> frozenset[str]:
    return words("clinical_terms")


def common_words() -> frozenset[str]:
    """Ordinary words of clinical and portfolio writing (``pipeline/data/common_words.txt``)."""
    return words("common_words")


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
