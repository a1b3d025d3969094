import json, sys, collections, re
TYPES={"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
def spans(text,s):
    out=[];i=text.find(s)
    while i!=-1:
        out.append((i,i+len(s)));i=text.find(s,i+1)
    return out
errs=[];ids=set();counts=collections.Counter();n=0;nid=0;nkeep=0
for ln,line in enumerate(open(sys.argv[1] if len(sys.argv)>1 else "texts.jsonl",encoding="utf-8"),1):
    o=json.loads(line);n+=1
    for k in ("id","kind","applicant","text","identifiers","keep"):
        if k not in o: errs.append(f"line {ln}: missing {k}")
    if o["id"] in ids: errs.append(f"dup id {o['id']}")
    ids.add(o["id"]);t=o["text"]
    if o["applicant"] not in t and not any(k in t for k in o["keep"]): errs.append(f"{o['id']}: applicant not visible")
    seen=set();isp=[]
    for it in o["identifiers"]:
        if it["type"] not in TYPES: errs.append(f"{o['id']}: bad type {it['type']}")
        if it["text"] in seen: errs.append(f"{o['id']}: duplicate identifier {it['text']!r}")
        seen.add(it["text"])
        sp=spans(t,it["text"])
        if not sp: errs.append(f"{o['id']}: identifier not in text {it['text']!r}")
        isp+=[(a,b,it["text"]) for a,b in sp];counts[it["type"]]+=1;nid+=1
    for k in o["keep"]:
        sp=spans(t,k);nkeep+=1
        if not sp: errs.append(f"{o['id']}: keep not in text {k!r}")
        if k in seen: errs.append(f"{o['id']}: {k!r} both keep and identifier")
        for a,b in sp:
            for c,e,s in isp:
                if a<e and c<b: errs.append(f"{o['id']}: keep {k!r} overlaps identifier {s!r}")
print(f"documents: {n}  identifiers: {nid}  keep strings: {nkeep}")
for ty in sorted(counts): print(f"  {ty}: {counts[ty]}")
if errs:
    print("FAIL");[print("  "+e) for e in errs];sys.exit(1)
print("PASS")
