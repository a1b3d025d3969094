# draw the annotated boxes of a files.jsonl document on a copy of its page (written to /tmp, not to the set)
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check import load_pages
from PIL import ImageDraw
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
recs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "files.jsonl"))}
for did in sys.argv[1:]:
    r = recs[did]
    pages = load_pages(os.path.join(HERE, r["file"]), r["format"])
    for pno, im in enumerate(pages, 1):
        im = im.convert("RGB"); W, H = im.size; d = ImageDraw.Draw(im)
        for coll, col in (("identifiers", (255, 0, 0)), ("keep", (0, 170, 0)), ("barcodes", (0, 0, 255)), ("photos", (255, 0, 255))):
            for e in r.get(coll, []):
                if e["page"] != pno: continue
                x0, y0, x1, y1 = e["box"]
                d.rectangle((x0 * W, y0 * H, x1 * W, y1 * H), outline=col, width=2)
        out = f"/tmp/overlay_{did}_p{pno}.png"
        im.save(out); print(out, im.size)
