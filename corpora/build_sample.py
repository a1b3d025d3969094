"""Render the sample corpus from its text sources.

``corpora/sample-src/`` holds each document as plain text plus
``manifest.jsonl`` (target format, labels, identifiers).  This script writes
``corpora/sample/`` in mixed formats (text PDFs, image-only "scanned" PDFs,
PNG/JPEG/TIFF photos of pages, DOCX and plain text) and
``corpora/sample-labels.jsonl`` in the labelled-set format.  Scans are made
the way a real scan looks: rendered at 200 dpi, slightly rotated, with noise.

The output is committed; rerun only after editing the sources:

    .venv/bin/python corpora/build_sample.py
"""

from __future__ import annotations

import json
import random
import shutil
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sample-src"
OUT = HERE / "sample"
LABELS = HERE / "sample-labels.jsonl"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if not raw.strip():
            lines.append("")
            continue
        indent = len(raw) - len(raw.lstrip())
        lines.extend(textwrap.wrap(raw, width=width, subsequent_indent=" " * indent) or [""])
    return lines


def write_pdf(text: str, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if Path(FONT).is_file():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        font = "DejaVu"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(path.stem)
    width, height = A4
    y = height - 60
    c.setFont(font, 10)
    for line in _wrap(text, 95):
        if y < 60:
            c.showPage()
            c.setFont(font, 10)
            y = height - 60
        c.drawString(50, y, line)
        y -= 13
    c.save()


def render_page_images(text: str, seed: int, dpi: int = 200) -> list:
    """Text drawn on A4 'paper' as a scanner would capture it."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    size = int(dpi * 0.15)
    try:
        font = ImageFont.truetype(MONO if seed % 2 else FONT, size)
    except OSError:
        font = ImageFont.load_default()
    lines = _wrap(text, 78)
    per_page = int((h - 2 * dpi * 0.8) / (size * 1.45))
    pages = []
    for start in range(0, len(lines), per_page):
        img = Image.new("L", (w, h), 246)
        draw = ImageDraw.Draw(img)
        y = dpi * 0.8
        for line in lines[start:start + per_page]:
            draw.text((dpi * 0.8, y), line, fill=rng.randint(10, 40), font=font)
            y += size * 1.45
        # speckle noise, slight blur and skew, as from a flatbed scanner
        pixels = img.load()
        for _ in range(w * h // 400):
            x, yy = rng.randrange(w), rng.randrange(h)
            pixels[x, yy] = rng.randint(120, 200)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(rng.uniform(-1.2, 1.2), fillcolor=246, resample=Image.BICUBIC)
        pages.append(img)
    return pages


def write_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = path.stem
    for para in text.split("\n"):
        document.add_paragraph(para)
    document.save(str(path))


def main() -> None:
    entries = [json.loads(line) for line in (SRC / "manifest.jsonl").read_text().splitlines() if line.strip()]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    labels = []
    for i, entry in enumerate(entries):
        text = (SRC / entry["source"]).read_text(encoding="utf-8")
        stem = Path(entry["source"]).stem
        fmt = entry["format"]
        if fmt == "pdf":
            target = OUT / f"{stem}.pdf"
            write_pdf(text, target)
        elif fmt == "scan-pdf":
            target = OUT / f"{stem}.pdf"
            pages = render_page_images(text, seed=i)
            pages[0].save(target, save_all=True, append_images=pages[1:], resolution=200)
        elif fmt in ("png", "jpg", "tif"):
            target = OUT / f"{stem}.{fmt}"
            pages = render_page_images(text, seed=i)
            if fmt == "tif":
                pages[0].save(target, save_all=True, append_images=pages[1:], compression="tiff_deflate", dpi=(200, 200))
            elif fmt == "jpg":
                pages[0].save(target, quality=70, dpi=(200, 200))
            else:
                pages[0].save(target, optimize=True, dpi=(200, 200))
        elif fmt == "docx":
            target = OUT / f"{stem}.docx"
            write_docx(text, target)
        elif fmt == "txt":
            target = OUT / f"{stem}.txt"
            target.write_text(text, encoding="utf-8")
        else:
            raise SystemExit(f"{entry['source']}: unknown format {fmt}")
        labels.append({
            "id": f"sample-{stem[:2]}",
            "path": str(target.relative_to(HERE)),
            "curriculum": "rcem-2021",
            "kind": entry.get("evidence_type"),
            "date": entry.get("date"),
            "labels": entry["labels"],
            "acceptable": entry.get("acceptable", []),
        })
        print(f"{target.relative_to(HERE.parent)}  ({fmt})")
    LABELS.write_text("".join(json.dumps(l) + "\n" for l in labels))
    print(f"{len(entries)} documents; labels in {LABELS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
