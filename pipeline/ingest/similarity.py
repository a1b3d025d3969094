"""Near-duplicate text: the same letter scanned twice, or exported twice.

Exact duplicates have the same sha256.  Near-duplicates do not (two scans of
one page never share a byte), so each document's text gets a 64-bit SimHash
of its word 3-shingles.  Two readings of the same page differ in a few OCR
errors and land a few bits apart (4 bits measured on two scans of one form);
different letters land 18 or more bits apart (all pairs of the 230 labelled
documents).  Candidates are found through 8 bands of 8 bits (any pair within
7 bits shares a band), kept when within :data:`MAX_DISTANCE` bits, and
confirmed by the Jaccard similarity of their shingle sets.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["simhash", "bands", "hamming", "jaccard", "shingles", "MAX_DISTANCE", "MIN_JACCARD"]

MAX_DISTANCE = 10
MIN_JACCARD = 0.6
MIN_WORDS = 20
_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, k: int = 3) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def simhash(text: str) -> int | None:
    """64-bit SimHash of the text's word 3-shingles (``None`` for very short texts)."""
    import numpy as np

    grams = shingles(text)
    if len(grams) < MIN_WORDS:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams))
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    keep = bits.sum(axis=0, dtype=np.int64) * 2 > len(grams)
    return int(np.packbits(keep, bitorder="little").view(np.uint64)[0])


def bands(value: int) -> list[int]:
    """The 8 bytes of a SimHash, the keys under which near neighbours meet."""
    return [(value >> (8 * i)) & 0xFF for i in range(8)]


def hamming(a: int, b: int) -> int:
    return bin(a ^ b).count("1")


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def to_signed(value: int) -> int:
    """SQLite stores signed 64-bit integers."""
    return value - (1 << 64) if value >= (1 << 63) else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
