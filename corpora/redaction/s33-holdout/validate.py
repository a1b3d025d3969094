import json, re, sys, collections
errs=[]; warns=[]
rows=[json.loads(l) for l in open("texts.jsonl",encoding="utf-8")]
ids=[r["id"] for r in rows]
if len(ids)!=len(set(ids)): errs.append("dup ids")
TYPES={"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
for r in rows:
    t=r["text"]
    for k in ("id","kind","applicant","text","identifiers","keep"):
        if k not in r: errs.append(f"{r.get('id')} missing {k}")
    if "[[" in t or "{{" in t or "]]" in t or "}}" in t: errs.append(f"{r['id']} leftover markup")
    seen=set()
    for i in r["identifiers"]:
        if i["type"] not in TYPES: errs.append(f"{r['id']} bad type {i}")
        if i["text"] not in t: errs.append(f"{r['id']} id not in text: {i['text']!r}")
        if i["text"] in seen: errs.append(f"{r['id']} dup identifier {i['text']!r}")
        seen.add(i["text"])
        if i["text"]!=i["text"].strip() or not i["text"]: errs.append(f"{r['id']} whitespace {i['text']!r}")
    for k in r["keep"]:
        if k not in t: errs.append(f"{r['id']} keep not in text: {k!r}")
        for i in r["identifiers"]:
            if i["text"] in k: errs.append(f"{r['id']} identifier {i['text']!r} inside keep {k!r}")
            if k in i["text"] and len(k)>2: warns.append(f"{r['id']} keep {k!r} inside identifier {i['text']!r}")
    # applicant forms must not be identifiers
    ap=r["applicant"]
    for i in r["identifiers"]:
        if i["text"] in ap: errs.append(f"{r['id']} applicant form as identifier {i['text']!r}")
    # phone reserved ranges
    for i in r["identifiers"]:
        if i["type"]=="PHONE":
            digits=re.sub(r"\D","",i["text"].replace("O","0"))
            if not re.match(r"^(01632960|02079460|07700900|0113496|0121496|0161496|0292018)",digits): warns.append(f"{r['id']} phone outside reserved range {i['text']!r}")
print("docs",len(rows)); 
c=collections.Counter(i["type"] for r in rows for i in r["identifiers"])
print("identifiers",sum(c.values()), dict(c.most_common()))
print("keep",sum(len(r["keep"]) for r in rows))
print("kinds",dict(collections.Counter(r["kind"] for r in rows)))
print("applicants",dict(collections.Counter(r["applicant"] for r in rows)))
for w in warns: print("WARN",w)
for e in errs: print("ERR",e)
sys.exit(1 if errs else 0)
