"""Debug aid: draw the labelled boxes of every raster/PDF file onto a copy in /tmp/s48-overlay/."""
import json, os, sys
from PIL import Image, ImageDraw
import pypdfium2 as pdfium
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = "/tmp/s48-overlay"; os.makedirs(out, exist_ok=True)
for line in open(os.path.join(SET, "files.jsonl")):
    r = json.loads(line)
    if r["format"] in ("docx", "eml"): continue
    path = os.path.join(SET, r["file"])
    pages = [pdfium.PdfDocument(path)[i].render(scale=150/72).to_pil() for i in range(r["pages"])] if r["format"] == "pdf" else [Image.open(path)]
    for i, im in enumerate(pages, 1):
        im = im.convert("RGB"); d = ImageDraw.Draw(im); W, H = im.size
        for col, items in (("red", r["identifiers"]), ("green", r["keep"]), ("blue", r["barcodes"]), ("orange", r["photos"])):
            for it in items:
                if it.get("page", 1) != i: continue
                x0, y0, x1, y1 = it["box"]; d.rectangle((x0*W, y0*H, x1*W, y1*H), outline=col, width=2)
        im.save(f"{out}/{r['id']}-p{i}.png")
