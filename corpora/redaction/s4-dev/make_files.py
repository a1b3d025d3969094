#!/usr/bin/env python3
"""Renders files/ and writes files.jsonl for the s4-dev redaction set.

Run with /work/main/.venv/bin/python (Pillow, numpy, reportlab, python-docx, zxingcpp).
Every identifier, keep string and barcode is drawn through the helpers in src/flib.py, which record its box
from the drawing call (PIL textbbox / reportlab stringWidth + font size); rotations transform the boxes.
Then run check.py to validate the whole set.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import files_labels   # noqa: E402
import files_scans    # noqa: E402
import files_pdfs     # noqa: E402
import files_docx     # noqa: E402


class Ctx:
    def path(self, name):
        return os.path.join(HERE, "files", name)

    def record(self, id_, file, fmt, kind, applicant, pages):
        ids, keeps, bars, photos = [], [], [], []
        for n, p in enumerate(pages, 1):
            a, b, c, d = p.records(n)
            ids += a
            keeps += b
            bars += c
            photos += d
        lines = []
        for n, p in enumerate(pages, 1):
            lines += [(n, t, s) for _, t, s in getattr(p, "lines", [])]
        return {"id": id_, "file": file, "format": fmt, "kind": kind, "applicant": applicant, "pages": len(pages),
                "identifiers": ids, "keep": keeps, "barcodes": bars, "photos": photos, "_lines": lines}

    def record_pdf(self, id_, file, kind, applicant, pdf):
        ids, keeps, bars, photos = pdf.records()
        return {"id": id_, "file": file, "format": "pdf", "kind": kind, "applicant": applicant, "pages": pdf.page,
                "identifiers": ids, "keep": keeps, "barcodes": bars, "photos": photos, "_lines": pdf.lines}


def main(only=None):
    os.makedirs(os.path.join(HERE, "files"), exist_ok=True)
    ctx = Ctx()
    funcs = files_labels.ALL + files_scans.ALL + files_pdfs.ALL + files_docx.ALL
    out_path = os.path.join(HERE, "files.jsonl")
    existing = {}
    if only and os.path.exists(out_path):
        for line in open(out_path, encoding="utf-8"):
            r = json.loads(line)
            existing[r["id"]] = r
    problems = []
    for fn in funcs:
        if only and fn.__name__ not in only:
            continue
        rec = fn(ctx)
        lines = rec.pop("_lines")
        from flib import unmarked_occurrences
        for prob in unmarked_occurrences(lines, {e["text"] for e in rec["identifiers"]}, {e["text"] for e in rec["keep"]}):
            print("PROBLEM", rec["id"], prob, file=sys.stderr)
            problems.append(prob)
        existing[rec["id"]] = rec
        print(rec["id"], rec["file"], len(rec["identifiers"]), "ids", len(rec["keep"]), "keep",
              len(rec.get("barcodes", [])), "barcodes", file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        for k in sorted(existing):
            f.write(json.dumps(existing[k], ensure_ascii=False) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(set(sys.argv[1:]) or None))
