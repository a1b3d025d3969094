#!/usr/bin/env python3
"""Generate texts.jsonl for the s8-holdout redaction set.

Documents are written with inline markup:
  [[string|CODE]]  an identifier (CODE below), the string stays in the text
  {{string}}       a keep string
The markup is stripped; identifiers are collected as distinct (text, type) pairs.
"""
import json, re, os, sys
from docs_texts import DOCS

CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS",
         "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)

def render(src):
    out, ids, keep, spans = [], [], [], []
    pos, n = 0, 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()]); n += len(src[pos:m.start()])
        if m.group(1) is not None:
            s, c = m.group(1), m.group(2)
            if c not in CODES:
                sys.exit(f"bad code {c} in {s!r}")
            pair = {"text": s, "type": CODES[c]}
            if pair not in ids:
                ids.append(pair)
            spans.append((n, n + len(s)))
        else:
            s = m.group(3)
            if s not in keep:
                keep.append(s)
        out.append(s); n += len(s)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), ids, keep

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, (kind, applicant, src) in enumerate(DOCS, 1):
        text, ids, keep = render(src.strip("\n"))
        rows.append({"id": f"h8-{i:03d}", "kind": kind, "applicant": applicant, "text": text,
                     "identifiers": ids, "keep": keep})
    with open(os.path.join(here, "texts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts")

if __name__ == "__main__":
    main()
