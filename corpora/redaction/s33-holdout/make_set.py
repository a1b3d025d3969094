# Builds texts.jsonl from the doc modules (inline markup) and validates it.
import json, re, sys
import docs_icu, docs_stroke, docs_surg, docs_mixed
from gen_common import build
docs = build()
with open("texts.jsonl","w",encoding="utf-8") as f:
    for x in docs: f.write(json.dumps(x, ensure_ascii=False)+"\n")
