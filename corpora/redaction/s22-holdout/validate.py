#!/usr/bin/env python3
"""Check the s22 hold-out set: every identifier/keep string occurs exactly in its document text
(texts; text-layer PDFs via pdftotext; DOCX; e-mail), ids unique, types valid, boxes sane and inside the page,
page counts right, barcode boxes contain ink. Run with .venv/bin/python validate.py. Exit 1 on any error."""
import json, os, re, subprocess, sys, email
from email import policy
HERE=os.path.dirname(os.path.abspath(__file__))
TYPES={"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER",
       "REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errs=[]; warns=[]; seen=set(); NOAPP=[]
def E(m): errs.append(m)
def W(m): warns.append(m)
def ws(s): return re.sub(r"\s+"," ",s)
def common(d):
    if d["id"] in seen: E(f"duplicate id {d['id']}")
    seen.add(d["id"])
    for k in ("id","kind","applicant","identifiers","keep"):
        if k not in d: E(f"{d.get('id')}: missing {k}")
    for i in d["identifiers"]:
        if i["type"] not in TYPES: E(f"{d['id']}: bad type {i['type']}")
        if not i["text"].strip(): E(f"{d['id']}: empty identifier")
n_t=0
for line in open(os.path.join(HERE,"texts.jsonl")):
    d=json.loads(line); common(d); n_t+=1; t=d["text"]
    pairs=[(i["text"],i["type"]) for i in d["identifiers"]]
    if len(set(pairs))!=len(pairs): E(f"{d['id']}: duplicate identifier entries")
    for i in d["identifiers"]:
        if i["text"] not in t: E(f"{d['id']}: identifier not in text: {i['text']!r}")
    for k in d["keep"]:
        if k not in t: E(f"{d['id']}: keep not in text: {k!r}")
        for i in d["identifiers"]:
            if k in i["text"] or i["text"] in k: E(f"{d['id']}: keep {k!r} overlaps identifier {i['text']!r}")
    if d["applicant"] not in t: NOAPP.append(d["id"])
    if d["applicant"] in [i["text"] for i in d["identifiers"]]: E(f"{d['id']}: applicant listed as identifier")
n_f=0
for line in open(os.path.join(HERE,"files.jsonl")):
    d=json.loads(line); common(d); n_f+=1
    f=os.path.join(HERE,d["file"])
    if not os.path.exists(f): E(f"{d['id']}: missing file {d['file']}"); continue
    fmt=d["format"]; text=None
    if fmt=="pdf":
        out=subprocess.run(["pdfinfo",f],capture_output=True,text=True).stdout
        pages=int(re.search(r"Pages:\s+(\d+)",out).group(1))
        if pages!=d["pages"]: E(f"{d['id']}: pages {d['pages']} != {pages}")
        text=subprocess.run(["pdftotext","-layout",f,"-"],capture_output=True,text=True).stdout
        if not text.strip(): text=None   # image-only scan
    elif fmt in("png","jpeg","tiff"):
        from PIL import Image
        im=Image.open(f); nf=getattr(im,"n_frames",1)
        if nf!=d["pages"]: E(f"{d['id']}: pages {d['pages']} != frames {nf}")
    elif fmt=="docx":
        import docx
        D=docx.Document(f); parts=[p.text for p in D.paragraphs]
        for tb in D.tables:
            for row in tb.rows:
                for c in row.cells: parts.append(c.text)
        text="\n".join(parts)
    elif fmt=="eml":
        m=email.message_from_bytes(open(f,"rb").read(),policy=policy.default)
        text="\n".join(f"{k}: {v}" for k,v in m.items())+"\n"+m.get_body().get_content()
    else: E(f"{d['id']}: unknown format {fmt}")
    boxed = fmt not in("docx","eml")
    if text is not None:
        nt=ws(text)
        for i in d["identifiers"]:
            if ws(i["text"]) not in nt: E(f"{d['id']}: identifier not in text layer: {i['text']!r}")
        for k in d["keep"]:
            if ws(k["text"]) not in nt: E(f"{d['id']}: keep not in text layer: {k['text']!r}")
    elif fmt=="pdf" and boxed: pass
    if fmt=="pdf" and text is None and d["kind"].find("image_only")<0: W(f"{d['id']}: pdf without text layer")
    entries=[("identifier",e) for e in d["identifiers"]]+[("keep",e) for e in d["keep"]]+[("barcode",e) for e in d.get("barcodes",[])]+[("photo",e) for e in d.get("photos",[])]
    for kind,e in entries:
        if boxed:
            b=e.get("box"); pg=e.get("page")
            if b is None or pg is None: E(f"{d['id']}: {kind} without page/box: {e}"); continue
            if not(1<=pg<=d["pages"]): E(f"{d['id']}: {kind} page out of range {e}")
            if not(0<=b[0]<b[2]<=1 and 0<=b[1]<b[3]<=1): E(f"{d['id']}: bad box {e}")
        else:
            if "box" in e: E(f"{d['id']}: docx/eml entry with box {e}")
    # barcode boxes must contain dark pixels (raster formats)
    if fmt in("png","jpeg","tiff"):
        from PIL import Image
        im=Image.open(f).convert("L"); Wd,H=im.size
        for bc in d.get("barcodes",[]):
            b=bc["box"]; c=im.crop((int(b[0]*Wd),int(b[1]*H),int(b[2]*Wd),int(b[3]*H)))
            dark=sum(1 for v in c.tobytes() if v<100)/max(1,c.size[0]*c.size[1])
            if dark<0.15: E(f"{d['id']}: barcode box has little ink ({dark:.2f}) {bc['value']}")
        if not d.get("barcodes") and "wristband" in d["kind"]: W(f"{d['id']}: wristband without barcode")
    for bc in d.get("barcodes",[]):
        if bc["format"] not in("Code128","QR"): E(f"{d['id']}: barcode format {bc['format']}")
print(f"texts: {n_t}  files: {n_f}  errors: {len(errs)}  warnings: {len(warns)}")
print(f"info: {len(NOAPP)} text documents do not contain the applicant's full name (short forms or none): {' '.join(NOAPP)}")
for m in errs: print("ERROR", m)
for m in warns: print("WARN", m)
sys.exit(1 if errs else 0)
