"""Render the file documents of the s5-holdout set into files/ and write files.jsonl.

Run with:  /work/main/.venv/bin/python make_files.py
The document builders live in files_labels.py (photos of wristbands/labels/forms), files_scans.py
(scanned letters and forms), files_pdfs.py (digital PDFs with a text layer) and files_docx.py (Word
files).  Every identifier / keep occurrence is written with {{text|CODE}} markup so that its page and
box are recorded as it is drawn; geometric transforms carry the boxes along (render_lib.py).
Random effects use fixed seeds, so re-running gives the same files.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
FILES = os.path.join(HERE, "files")
FIRST_ID = 53          # texts.jsonl holds h5-001 .. h5-052

ENTRIES = []


def _next_id():
    return "h5-%03d" % (FIRST_ID + len(ENTRIES))


def save_raster(pages, name, fmt, dpi=150):
    """pages: list of ImgPage.  fmt: png | jpeg | tiff | pdf (image-only)."""
    path = os.path.join(FILES, name)
    imgs = [p.img for p in pages]
    if fmt == "png":
        assert len(imgs) == 1
        imgs[0].save(path, dpi=(dpi, dpi))
    elif fmt == "jpeg":
        assert len(imgs) == 1
        imgs[0].convert("RGB").save(path, quality=90, dpi=(dpi, dpi))
    elif fmt == "tiff":
        imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(dpi, dpi))
    elif fmt == "pdf":
        imgs[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:])
    else:
        raise ValueError(fmt)


def add_raster(kind, applicant, pages, stem, fmt, dpi=150):
    did = _next_id()
    ext = {"png": "png", "jpeg": "jpg", "tiff": "tif", "pdf": "pdf"}[fmt]
    name = "%s-%s.%s" % (did, stem, ext)
    save_raster(pages, name, fmt, dpi)
    ids, keep, bcs, photos = [], [], [], []
    for n, p in enumerate(pages, 1):
        a, b, c, d = p.fractions(n)
        ids += a
        keep += b
        bcs += c
        photos += d
    from render_lib import untagged_occurrences
    for n, p in enumerate(pages, 1):
        for s_, ctx in untagged_occurrences(p.log, {i["text"] for i in ids if i["page"] == n}):
            print("NOTE %s p%d: untagged %r in %r" % (did, n, s_, ctx))
    e = {"id": did, "file": "files/" + name, "format": fmt, "kind": kind, "applicant": applicant,
         "pages": len(pages), "identifiers": ids, "keep": keep, "barcodes": bcs}
    if photos:
        e["photos"] = photos
    ENTRIES.append(e)
    return did


def new_pdf(stem):
    from render_lib import PdfDoc
    did = _next_id()
    name = "%s-%s.pdf" % (did, stem)
    return PdfDoc(os.path.join(FILES, name)), name


def add_pdf(kind, applicant, pdf, name):
    did = _next_id()
    pages = pdf.save()
    ids, keep, bcs, photos = pdf.fractions()
    from render_lib import untagged_occurrences
    for n, lg in pdf.logs.items():
        for s_, ctx in untagged_occurrences(lg, {i["text"] for i in ids if i["page"] == n}):
            print("NOTE %s p%d: untagged %r in %r" % (did, n, s_, ctx))
    e = {"id": did, "file": "files/" + name, "format": "pdf", "kind": kind, "applicant": applicant,
         "pages": pages, "identifiers": ids, "keep": keep, "barcodes": bcs}
    if photos:
        e["photos"] = photos
    ENTRIES.append(e)
    return did


def add_docx(kind, applicant, dx, stem):
    did = _next_id()
    name = "%s-%s.docx" % (did, stem)
    dx.save(os.path.join(FILES, name))
    ids, keep = dx.entries()
    from render_lib import untagged_occurrences
    for s_, ctx in untagged_occurrences(dx.log, {i["text"] for i in ids}):
        print("NOTE %s: untagged %r in %r" % (did, s_, ctx))
    e = {"id": did, "file": "files/" + name, "format": "docx", "kind": kind, "applicant": applicant,
         "identifiers": ids, "keep": keep, "barcodes": dx.barcodes}
    ENTRIES.append(e)
    return did


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    import files_labels
    import files_scans
    import files_pdfs
    import files_docx
    for mod in (files_labels, files_scans, files_pdfs, files_docx):
        for build in mod.BUILDERS:
            build(sys.modules[__name__])
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTRIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print("wrote %d files" % len(ENTRIES))


if __name__ == "__main__":
    main()
