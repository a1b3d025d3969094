"""Decide what a file really is from its bytes, not its name."""

from __future__ import annotations

from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".log"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | IMAGE_SUFFIXES | {".pdf", ".docx", ".eml"}

_MAGIC = [
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"BM", "image"),
]


_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"}

# What each detected kind is called in messages to the user.
KIND_NAMES = {
    "pdf": "a PDF",
    "image": "an image",
    "docx": "a Word document",
    "zip": "a ZIP archive",
    "email": "an e-mail",
    "text": "plain text",
    "heic": "an HEIC/HEIF photo",
    "ole": "an old Microsoft Office file (.doc/.xls/.msg)",
    "archive": "a compressed archive",
    "binary": "binary data",
}


def sniff(head: bytes, suffix: str) -> str:
    """Return the format of a file from its first bytes and its suffix.

    Returns one of ``"pdf"``, ``"image"``, ``"docx"``, ``"zip"``, ``"email"``,
    ``"text"``, ``"heic"``, ``"ole"``, ``"archive"``, ``"empty"`` or ``"binary"``.
    """
    if not head:
        return "empty"
    # PDFs may carry a few junk bytes before the header.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix == ".docx" else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")):
        return "archive"
    if looks_like_text(head):
        if suffix == ".eml" or _looks_like_email(head):
            return "email"
        return "text"
    return "binary"


def looks_like_text(data: bytes) -> bool:
    """Heuristic: decodable text with few control characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in data[:4096]:
        return False
    sample = data[:4096]
    try:
        decoded = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is fine.
        if exc.start >= len(sample) - 3:
            decoded = sample[: exc.start].decode("utf-8")
        else:
            decoded = sample.decode("cp1252", errors="replace")
    control = sum(1 for ch in decoded if ord(ch) < 32 and ch not in "\t\n\r\f")
    bad = decoded.count("\ufffd")
    return (control + bad) <= max(2, len(decoded) // 50)


def _looks_like_email(head: bytes) -> bool:
    text = head[:2048].decode("utf-8", errors="replace").lower()
    headers = sum(text.startswith(h) or f"\n{h}" in text for h in ("from:", "to:", "subject:", "date:", "mime-version:"))
    return headers >= 3


def expected_kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return {".pdf": "pdf", ".docx": "docx", ".eml": "email"}.get(suffix)


def extension_mismatch(path: Path, kind: str) -> str | None:
    """A one-line note when a file's name promises another format than its bytes.

    ``None`` when the suffix is unknown or agrees with the content (plain text
    under any text-like suffix is not a mismatch).
    """
    expected = expected_kind(path)
    if expected is None or expected == kind:
        return None
    if {expected, kind} <= {"text", "email"}:
        return None
    suffix = path.suffix.lower()
    return f"wrong extension: named {suffix} but the content is {KIND_NAMES.get(kind, kind)}; read as such"
