import json, sys
sys.path.insert(0, "/work/s11-holdout/src")
from markup import parse, dedup_ids, dedup_keep, check_coverage
import texts1, texts2, texts3
docs = texts1.DOCS + texts2.DOCS + texts3.DOCS
warns = []
with open("/work/s11-holdout/texts.jsonl", "w") as f:
    for did, kind, app, marked in docs:
        text, ids, keeps = parse(marked.strip("\n"))
        keeps = [k for k in keeps if len(k[2]) > 3]  # bare ages/sexes/digits are too short to test anything
        warns += check_coverage(text, ids, keeps, did)
        f.write(json.dumps({"id": did, "kind": kind, "applicant": app, "text": text,
                            "identifiers": dedup_ids(ids), "keep": dedup_keep(keeps)}, ensure_ascii=False) + "\n")
print(len(docs), "docs"); print("\n".join(warns))
