#!/usr/bin/env python3
"""Build texts.jsonl from the marked-up sources in src/texts_*.py.

Markup inside a document's text:
  [[string|T]]  -> an identifier (T is a short type code, see TYPES)
  {{string}}    -> a keep string
Both are stripped to plain text; each distinct string is listed once.
Deterministic: no randomness except in seeded table generators in the sources.
"""
import importlib.util, json, pathlib, re, sys

TYPES = {
    "PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS",
    "PC": "POSTCODE", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
    "REF": "REFERENCE_NUMBER", "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID",
}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    out, ids, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        if m.group(1) is not None:
            s, t = m.group(1), m.group(2)
            if t not in TYPES:
                raise ValueError(f"bad type {t!r} for {s!r}")
            if s not in [i["text"] for i in ids]:
                ids.append({"text": s, "type": TYPES[t]})
            out.append(s)
        else:
            s = m.group(3)
            if s not in keep:
                keep.append(s)
            out.append(s)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ids, keep

def main():
    here = pathlib.Path(__file__).resolve().parent
    docs = []
    for p in sorted((here / "src").glob("texts_*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    seen = set()
    with open(here / "texts.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            if d["id"] in seen:
                sys.exit(f"duplicate id {d['id']}")
            seen.add(d["id"])
            text, ids, keep = parse(d["text"].strip("\n"))
            for k in d.get("extra_keep", []):
                if k not in keep:
                    keep.append(k)
            if d["applicant"] not in keep and d["applicant"] in text:
                keep.insert(0, d["applicant"])
            rec = {"id": d["id"], "kind": d["kind"], "applicant": d["applicant"], "text": text,
                   "identifiers": ids, "keep": keep}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents")

if __name__ == "__main__":
    main()
