# Draw labelled boxes on a few pages to check them by eye (writes overlays/)
import json, subprocess, sys
from PIL import Image, ImageDraw
recs = {json.loads(l)["id"]: json.loads(l) for l in open("files.jsonl")}
def draw(img, rec, page, name):
    d = ImageDraw.Draw(img); W, H = img.size
    for e in rec["identifiers"] + [k for k in rec["keep"] if isinstance(k, dict)] + rec.get("barcodes", []):
        if e.get("page") != page: continue
        b = e["box"]; col = "red" if "type" in e else ("blue" if "format" in e else "green")
        d.rectangle([b[0]*W, b[1]*H, b[2]*W, b[3]*H], outline=col, width=3)
    img.save("overlays/" + name)
for i in ("h-101", "h-104", "h-105"):
    draw(Image.open(recs[i]["file"]).convert("RGB"), recs[i], 1, i + ".png")
for i, p in (("h-106", 2), ("h-107", 2), ("h-108", 1)):
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(p), "-l", str(p), recs[i]["file"], f"overlays/tmp-{i}"], check=True)
    import glob; f = sorted(glob.glob(f"overlays/tmp-{i}*.png"))[0]
    draw(Image.open(f).convert("RGB"), recs[i], p, f"{i}-p{p}.png")
