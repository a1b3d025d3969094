"""Standalone check of texts.jsonl: valid JSON, unique ids, every identifier/keep string verbatim in text,
no identifier glued inside a longer word, keep/identifier overlaps, cross-document unlabelled reuse."""
import json, re, sys, collections
docs = [json.loads(l) for l in open("texts.jsonl")]
errs = 0
ids = [d["id"] for d in docs]
if len(set(ids)) != len(ids): print("duplicate ids"); errs += 1
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER",
         "HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
for d in docs:
    t = d["text"]
    for k in ("id","kind","applicant","text","identifiers","keep"): assert k in d, (d.get("id"), k)
    for it in d["identifiers"]:
        s = it["text"]
        if it["type"] not in TYPES: print("bad type", d["id"], it); errs += 1
        if s not in t: print("identifier missing", d["id"], repr(s)); errs += 1
        for m in re.finditer(re.escape(s), t):
            a, b = t[m.start()-1:m.start()], t[m.end():m.end()+1]
            if (a.isalnum() and s[0].isalnum()) or (b.isalnum() and s[-1].isalnum()):
                print("glued", d["id"], repr(s))
    for k in d["keep"]:
        if k not in t: print("keep missing", d["id"], repr(k)); errs += 1
        for it in d["identifiers"]:
            if it["text"] in k or k in it["text"]: print("overlap", d["id"], repr(k), repr(it["text"]))
print(len(docs), "docs,", errs, "errors")
print(collections.Counter(d["applicant"] for d in docs))
print(sorted(collections.Counter(i["type"] for d in docs for i in d["identifiers"]).items()))
sys.exit(1 if errs else 0)
