#!/usr/bin/env python3
"""Validate the s25-holdout redaction set."""
import json,os,re,sys,zipfile
HERE=os.path.dirname(os.path.abspath(__file__))
TYPES={"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
errs=[];warns=[];ids=set();nid=0;nkeep=0
def spans(text,s):
    out=[];i=text.find(s)
    while i>=0: out.append((i,i+len(s))); i=text.find(s,i+1)
    return out
def check(doc_id,text,idents,keeps):
    global nid,nkeep
    idsp=[]
    for it in idents:
        nid+=1
        if it.get("type") not in TYPES: errs.append(f"{doc_id}: bad type {it.get('type')}")
        sp=spans(text,it["text"])
        if not sp: errs.append(f"{doc_id}: identifier not in text: {it['text']!r}")
        idsp+=[(a,b,it["text"]) for a,b in sp]
        for a,b in sp:
            if (a>0 and text[a-1].isalnum() and it["text"][0].isalnum()) or (b<len(text) and text[b].isalnum() and it["text"][-1].isalnum()):
                warns.append(f"{doc_id}: identifier {it['text']!r} occurs inside a longer word at {a}")
    for k in keeps:
        nkeep+=1
        sp=spans(text,k)
        if not sp: errs.append(f"{doc_id}: keep not in text: {k!r}")
        for a,b in sp:
            for c,e,t in idsp:
                if a<e and c<b: errs.append(f"{doc_id}: keep {k!r} overlaps identifier {t!r}")
def uid(i):
    if i in ids: errs.append(f"duplicate id {i}")
    ids.add(i)
ntext=0
for line in open(os.path.join(HERE,"texts.jsonl")):
    r=json.loads(line); ntext+=1; uid(r["id"])
    if not re.fullmatch(r"q-\d{3}",r["id"]): errs.append(f"bad id {r['id']}")
    check(r["id"],r["text"],r["identifiers"],r["keep"])
nfile=0
for line in open(os.path.join(HERE,"files.jsonl")):
    r=json.loads(line); nfile+=1; uid(r["id"])
    path=os.path.join(HERE,r["file"])
    if not os.path.exists(path): errs.append(f"{r['id']}: missing file"); continue
    fmt=r["format"]
    if fmt in("docx","eml"):
        if fmt=="docx":
            import docx
            dd=docx.Document(path); parts=[p.text for p in dd.paragraphs]
            for t in dd.tables:
                for row in t.rows:
                    for c in row.cells: parts.append(c.text)
            text="\n".join(parts)
        else:
            import email
            from email import policy
            m=email.message_from_binary_file(open(path,"rb"),policy=policy.default)
            text="\n".join(f"{k}: {v}" for k,v in m.items())+"\n"+m.get_body(("plain",)).get_content()
        for it in r["identifiers"]:
            if "box" in it: errs.append(f"{r['id']}: box on docx/eml")
        check(r["id"],text,r["identifiers"],[k if isinstance(k,str) else k["text"] for k in r["keep"]])
        continue
    # image / pdf
    text_by_page=None
    if fmt=="pdf":
        import subprocess
        try:
            t=subprocess.run(["pdftotext","-layout",path,"-"],capture_output=True,text=True).stdout
            text_by_page=t.split("\f")
        except FileNotFoundError: text_by_page=None
    for grp in ("identifiers","keep","barcodes","photos"):
        for it in r.get(grp,[]):
            if isinstance(it,str): errs.append(f"{r['id']}: keep without box"); continue
            if grp=="identifiers":
                nid+=1
                if it.get("type") not in TYPES: errs.append(f"{r['id']}: bad type")
            if grp=="keep": nkeep+=1
            b=it.get("box"); p=it.get("page")
            if not b or not p or p<1 or p>r["pages"]: errs.append(f"{r['id']}: {grp} bad page/box {it}"); continue
            if not (0<=b[0]<b[2]<=1 and 0<=b[1]<b[3]<=1): errs.append(f"{r['id']}: {grp} box outside page {it}")
            if r.get("text_layer") and text_by_page is not None and grp in("identifiers","keep"):
                pt=text_by_page[p-1] if p-1<len(text_by_page) else ""
                if it["text"] not in pt and it["text"] not in pt.replace("\n"," "): errs.append(f"{r['id']}: {grp} {it['text']!r} not in text layer p{p}")
    # no identifier box overlapping a keep box with the same text position
    for it in r["identifiers"]:
        for k in r.get("keep",[]):
            if isinstance(k,dict) and k.get("page")==it.get("page") and it["text"]==k["text"]: errs.append(f"{r['id']}: same string as identifier and keep")
print(f"texts: {ntext}  files: {nfile}  documents: {ntext+nfile}  identifiers: {nid}  keep: {nkeep}")
for w in warns: print("WARN",w)
for e in errs: print("ERROR",e)
print("RESULT:", "PASS" if not errs else f"FAIL ({len(errs)} errors)")
sys.exit(1 if errs else 0)
