#!/usr/bin/env python3
"""Build texts.jsonl from the hand-written sources texts_src_*.txt.

Source syntax (written by hand, blind):
  === <id> | <kind> | <applicant>      starts a document
  [[string|CODE]]                       an identifier, CODE in TYPES below
  {{string}}                            a string that must be kept
The markers are stripped; every marked string is listed once per document
(first-seen order), exactly as it appears in the text.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS",
         "PC": "POSTCODE", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)


def parse(src):
    docs = []
    for block in re.split(r"^=== ", src, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        did, kind, applicant = [x.strip() for x in head.split("|")]
        body = body.rstrip("\n")
        idents, keep, out, pos = [], [], [], 0
        seen_i, seen_k = set(), set()
        for m in TOKEN.finditer(body):
            out.append(body[pos:m.start()])
            pos = m.end()
            if m.group(1) is not None:
                s, code = m.group(1), m.group(2)
                if code not in TYPES:
                    sys.exit(f"{did}: bad type code {code}")
                out.append(s)
                key = (s, TYPES[code])
                if s in {k[0] for k in seen_i} and key not in seen_i:
                    sys.exit(f"{did}: {s!r} given two types")
                if key not in seen_i:
                    seen_i.add(key)
                    idents.append({"text": s, "type": TYPES[code]})
            else:
                s = m.group(3)
                out.append(s)
                if s not in seen_k:
                    seen_k.add(s)
                    keep.append(s)
        out.append(body[pos:])
        text = "".join(out)
        if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
            sys.exit(f"{did}: unbalanced markup")
        # the applicant's full name always stays
        if applicant in text and applicant not in seen_k:
            keep.insert(0, applicant)
        docs.append({"id": did, "kind": kind, "applicant": applicant, "text": text,
                     "identifiers": idents, "keep": keep})
    return docs


def main():
    docs = []
    for p in sorted(glob.glob(os.path.join(HERE, "texts_src_*.txt"))):
        docs += parse(open(p, encoding="utf-8").read())
    docs.sort(key=lambda d: d["id"])
    with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} texts written")


if __name__ == "__main__":
    main()
