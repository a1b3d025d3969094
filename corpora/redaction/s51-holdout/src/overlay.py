"""Reviewer's aid: draw every recorded box on the rendered pages (identifiers red, keep green, codes blue)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from PIL import ImageDraw
import validate
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(SET, ".check")
os.makedirs(out, exist_ok=True)
for line in open(os.path.join(SET, "files.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    if d["format"] in ("docx", "eml"):
        continue
    pages = validate.render_pages(os.path.join(SET, d["file"]), d["format"], scale=110 / 72)
    for n, img in enumerate(pages, 1):
        img = img.copy()
        w, h = img.size
        dr = ImageDraw.Draw(img)
        for col, entries in (("red", d["identifiers"]), ("green", d["keep"]), ("blue", d.get("barcodes", [])),
                             ("orange", d.get("photos", []))):
            for e in entries:
                if e["page"] == n:
                    b = e["box"]
                    dr.rectangle((b[0] * w, b[1] * h, b[2] * w, b[3] * h), outline=col, width=2)
        img.save(os.path.join(out, f"{d['id']}-p{n}.png"))
print("ok")
