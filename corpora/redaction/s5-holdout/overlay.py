"""Draw the labelled boxes of file documents onto COPIES of their pages (for checking by eye).
Writes PNGs to /tmp/s5_overlays/ (never into the set).  Red = identifier, green = keep,
blue = barcode, orange = photo.
Usage: /work/main/.venv/bin/python overlay.py h5-053 h5-060 ...   (no ids = all raster/pdf files)
"""
import json
import os
import sys

from PIL import ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from validate import page_images  # noqa: E402

OUT = "/tmp/s5_overlays"


def main(ids):
    os.makedirs(OUT, exist_ok=True)
    for line in open(os.path.join(HERE, "files.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if d["format"] == "docx" or (ids and d["id"] not in ids):
            continue
        pages = page_images(os.path.join(HERE, d["file"]), d["format"])
        for n, im in enumerate(pages, 1):
            im = im.convert("RGB")
            W, H = im.size
            dr = ImageDraw.Draw(im)
            for coll, col in (("identifiers", (230, 0, 0)), ("keep", (0, 170, 0)), ("barcodes", (0, 0, 230)),
                              ("photos", (255, 140, 0))):
                for it in d.get(coll, []):
                    if it["page"] != n:
                        continue
                    x0, y0, x1, y1 = it["box"]
                    dr.rectangle([x0 * W, y0 * H, x1 * W, y1 * H], outline=col, width=2)
            im.save(os.path.join(OUT, "%s-p%d.png" % (d["id"], n)))
            print(os.path.join(OUT, "%s-p%d.png" % (d["id"], n)))


if __name__ == "__main__":
    main(sys.argv[1:])
