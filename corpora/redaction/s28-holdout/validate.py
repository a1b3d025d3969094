#!/usr/bin/env python3
"""Validate this redaction set: identifiers/keep occur exactly, no overlap, ids unique, types valid, boxes in range."""
import json,os,sys,collections,zipfile,re,email
from email import policy
HERE=os.path.dirname(os.path.abspath(__file__))
TYPES={"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errs=[];ids=set();counts=collections.Counter();ndocs=collections.Counter()
def occ(t,s):
    out=[];i=t.find(s)
    while i>=0: out.append((i,i+len(s))); i=t.find(s,i+1)
    return out
def check_text(did,text,idents,keeps):
    spans_k=[]
    for k in keeps:
        o=occ(text,k)
        if not o: errs.append(f"{did}: keep not found: {k!r}")
        spans_k+=o
    seen=set()
    for it in idents:
        s=it["text"]
        if it["type"] not in TYPES: errs.append(f"{did}: bad type {it['type']}")
        if (s,it["type"]) in seen: errs.append(f"{did}: duplicate identifier {s!r}")
        seen.add((s,it["type"]))
        o=occ(text,s)
        if not o: errs.append(f"{did}: identifier not found: {s!r}")
        for a,b in o:
            for c,d in spans_k:
                if a<d and c<b: errs.append(f"{did}: identifier {s!r} overlaps keep {text[c:d]!r}")
        for k in keeps:
            if s in k or k in s: errs.append(f"{did}: identifier {s!r} and keep {k!r} contain each other")
        counts[it["type"]]+=1
def chkid(i):
    if i in ids: errs.append(f"duplicate id {i}")
    ids.add(i)
for line in open(os.path.join(HERE,"texts.jsonl"),encoding="utf-8"):
    r=json.loads(line); chkid(r["id"]); ndocs["text"]+=1
    for f in ("kind","applicant","text","identifiers","keep"):
        if f not in r: errs.append(f"{r['id']}: missing {f}")
    check_text(r["id"],r["text"],r["identifiers"],r["keep"])
def pdf_text(p):
    try:
        from pypdf import PdfReader
        return [pg.extract_text() for pg in PdfReader(p).pages]
    except ImportError:
        return None
for line in open(os.path.join(HERE,"files.jsonl"),encoding="utf-8"):
    r=json.loads(line); chkid(r["id"]); ndocs[r["format"]]+=1
    p=os.path.join(HERE,r["file"])
    if not os.path.exists(p): errs.append(f"{r['id']}: missing file {p}"); continue
    fmt=r["format"]
    if fmt in ("docx","eml"):
        if fmt=="docx":
            import docx
            D=docx.Document(p); parts=[pp.text for pp in D.paragraphs]
            for t in D.tables:
                for row in t.rows:
                    for c in row.cells: parts.append(c.text)
            text="\n".join(parts)
        else:
            m=email.message_from_binary_file(open(p,"rb"),policy=policy.default)
            text="\n".join(f"{k}: {v}" for k,v in m.items())+"\n"+m.get_body(("plain",)).get_content()
        for it in r["identifiers"]:
            if "box" in it: errs.append(f"{r['id']}: box on docx/eml")
        check_text(r["id"],text,r["identifiers"],[k["text"] if isinstance(k,dict) else k for k in r["keep"]])
    else:
        for it in r["identifiers"]:
            if it["type"] not in TYPES: errs.append(f"{r['id']}: bad type")
            counts[it["type"]]+=1
        allb=[(x.get("text",x.get("value")),x) for x in r["identifiers"]+r["keep"]+r.get("barcodes",[])+r.get("photos",[])]
        for name,x in allb:
            b=x["box"]
            if not (0<=b[0]<b[2]<=1 and 0<=b[1]<b[3]<=1): errs.append(f"{r['id']}: box out of page {name} {b}")
            if not (1<=x["page"]<=r["pages"]): errs.append(f"{r['id']}: bad page {name}")
        for it in r["identifiers"]:
            for k in r["keep"]:
                if it["page"]==k["page"]:
                    a,b=it["box"],k["box"]
                    if a[0]<b[2]-0.002 and b[0]<a[2]-0.002 and a[1]<b[3]-0.002 and b[1]<a[3]-0.002 and (it["text"] in k["text"] or k["text"] in it["text"]):
                        errs.append(f"{r['id']}: identifier box overlaps keep {it['text']!r}/{k['text']!r}")
        if fmt=="pdf" and r.get("text_layer"):
            pages=pdf_text(p)
            if pages is not None:
                for it in r["identifiers"]+r["keep"]:
                    if it["text"] not in pages[it["page"]-1].replace("\n"," ") and it["text"] not in pages[it["page"]-1]:
                        errs.append(f"{r['id']}: {it['text']!r} not in PDF text layer page {it['page']}")
        if fmt in ("png","jpeg") or (fmt=="pdf" and not r.get("text_layer")):
            # image files: strings come from the generator's draw log
            lp=os.path.join(HERE,"drawlog",os.path.basename(p)+".json"); log=json.load(open(lp,encoding="utf-8")) if os.path.exists(lp) else None
            if log is None: errs.append(f"{r['id']}: no draw log")
            if log is not None:
                drawn=[(d["text"],d["page"]) for d in log]
                for it in r["identifiers"]+r["keep"]:
                    if not any(it["text"] in t and it["page"]==pg for t,pg in drawn): errs.append(f"{r['id']}: {it['text']!r} not drawn")
print("documents:",dict(ndocs),"total",sum(ndocs.values()))
print("identifiers by type:",dict(sorted(counts.items())),"total",sum(counts.values()))
if errs:
    print("FAIL",len(errs)); [print(" ",e) for e in errs]; sys.exit(1)
print("PASS")
