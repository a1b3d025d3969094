#!/usr/bin/env python3
"""Build texts.jsonl from the annotated sources in src/texts_*.txt.

Source format: documents separated by header lines
    ### h4-001 | kind | Dr Applicant Name
followed by the text. Inline markup:
    [[CODE|string]]   an identifier (CODE below), written into the text as `string`
    {{string}}        a string that must be kept, written into the text as `string`
"""
import json, re, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {
    "P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS",
    "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER",
    "REF": "REFERENCE_NUMBER", "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID",
}
TOKEN = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_doc(header, body):
    did, kind, applicant = [x.strip() for x in header.split("|")]
    out, idents, keeps = [], [], []
    pos = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(1):
            code, s = m.group(1), m.group(2)
            if code not in CODES:
                raise SystemExit(f"{did}: unknown code {code}")
            idents.append({"text": s, "type": CODES[code]})
            out.append(s)
        else:
            keeps.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out).strip("\n")
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise SystemExit(f"{did}: unbalanced markup")
    # de-duplicate, keep first type seen
    seen, ids = {}, []
    for i in idents:
        if i["text"] in seen:
            if seen[i["text"]] != i["type"]:
                # e.g. a surname shared by patient and relative: the string is listed once, first type wins
                print(f"note {did}: {i['text']!r} used as {seen[i['text']]} and {i['type']}; listed as {seen[i['text']]}")
            continue
        seen[i["text"]] = i["type"]
        ids.append(i)
    kseen, ks = set(), []
    for k in keeps:
        if k not in kseen:
            kseen.add(k); ks.append(k)
    return {"id": did, "kind": kind, "applicant": applicant, "text": text,
            "identifiers": ids, "keep": ks}


def load():
    docs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "texts_*.txt"))):
        raw = open(fn, encoding="utf-8").read()
        parts = re.split(r"^### (.+)$", raw, flags=re.M)
        for i in range(1, len(parts), 2):
            docs.append(parse_doc(parts[i], parts[i + 1]))
    return docs


if __name__ == "__main__":
    docs = load()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), "documents written to texts.jsonl")
