#!/usr/bin/env python3
"""Draw label boxes over rendered pages into overlays/ for checking (red identifiers, green keep, blue barcodes)."""
import json, os, subprocess, glob
from PIL import Image, ImageDraw
HERE=os.path.dirname(os.path.abspath(__file__)); OV=os.path.join(HERE,"overlays"); os.makedirs(OV,exist_ok=True)
for line in open(os.path.join(HERE,"files.jsonl")):
    r=json.loads(line); f=os.path.join(HERE,r["file"])
    if r["format"] in("docx","eml"): continue
    pages=[]
    if r["format"]=="pdf":
        pre=os.path.join(OV,r["id"]+"-pg")
        subprocess.run(["pdftoppm","-r","100","-png",f,pre],check=True)
        pages=[Image.open(x).convert("RGB") for x in sorted(glob.glob(pre+"-*.png"))]
    else:
        pages=[Image.open(f).convert("RGB")]
    for i,im in enumerate(pages):
        d=ImageDraw.Draw(im); W,H=im.size
        for key,col in (("identifiers","red"),("keep","green"),("barcodes","blue"),("photos","orange")):
            for e in r[key]:
                if e.get("page",1)!=i+1: continue
                b=e["box"]; d.rectangle([b[0]*W,b[1]*H,b[2]*W,b[3]*H],outline=col,width=2)
        im.save(os.path.join(OV,f"{r['id']}-p{i+1}.png"))
print("ok")
