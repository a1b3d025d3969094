#!/usr/bin/env python3
"""Draw every labelled box on the rendered pages (red=identifier, green=keep, blue=barcode, orange=photo) into overlays/."""
import json, os, subprocess, glob
from PIL import Image, ImageDraw
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, "overlays"); os.makedirs(OUT, exist_ok=True)
for l in open(os.path.join(HERE, "files.jsonl")):
    d = json.loads(l)
    if d["format"] in ("docx", "eml"): continue
    path = os.path.join(HERE, d["file"])
    if d["format"] == "pdf":
        pref = os.path.join(OUT, d["id"])
        subprocess.run(["pdftoppm", "-r", "100", "-png", path, pref], check=True)
        pages = sorted(glob.glob(pref + "-*.png"))
    else:
        pages = [path]
    for pi, pg in enumerate(pages, 1):
        im = Image.open(pg).convert("RGB"); W, H = im.size; dr = ImageDraw.Draw(im)
        for key, col in (("identifiers", "red"), ("keep", "green"), ("barcodes", "blue"), ("photos", "orange")):
            for e in d.get(key, []):
                if e["page"] != pi: continue
                b = e["box"]; dr.rectangle((b[0]*W, b[1]*H, b[2]*W, b[3]*H), outline=col, width=2)
        im.save(os.path.join(OUT, "%s-p%d-overlay.png" % (d["id"], pi)))
