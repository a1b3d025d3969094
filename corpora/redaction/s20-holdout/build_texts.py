#!/usr/bin/env python3
"""Assemble texts.jsonl from the hand-written sources in src/ (inline markup -> labels)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(HERE, "src"))
import markup, docs_a, docs_b, docs_c
n = 0
with open(os.path.join(HERE, "texts.jsonl"), "w") as fh:
    for mod in (docs_a, docs_b, docs_c):
        for kind, appl, src in mod.DOCS:
            n += 1
            text, ids, keep = markup.parse(src)
            keep = [k for k in keep if len(k) >= 3]  # 1-2 character keeps are meaningless in plain text
            fh.write(json.dumps({"id": "h-%03d" % n, "kind": kind, "applicant": appl, "text": text,
                                 "identifiers": ids, "keep": keep}, ensure_ascii=False) + "\n")
print(n, "text documents")
