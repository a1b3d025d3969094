#!/usr/bin/env python3
"""Builds texts.jsonl from the marked-up sources in src/texts_part*.py.

Markup in the sources:  [[string|TYPE]]  an identifier that must be removed
                        {{string}}       a string that must stay
The markup is stripped; identifiers are listed once per distinct (string, type); keep strings once each.
Build-time checks (the spans are known here): every occurrence of an identifier string in the plain text
lies inside some marked identifier span; no keep occurrence overlaps an identifier span.
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {
    "PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS", "PC": "POSTCODE",
    "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
    "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID",
}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)


def load_docs():
    docs = []
    for i in range(1, 10):
        p = os.path.join(HERE, "src", f"texts_part{i}.py")
        if not os.path.exists(p):
            continue
        spec = importlib.util.spec_from_file_location(f"part{i}", p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        docs.extend(m.DOCS)
    return docs


def parse(src):
    out, pos, ids, keeps = [], 0, [], []
    n = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        if m.group(1) is not None:
            s, t = m.group(1), m.group(2)
            if t not in TYPES:
                raise ValueError(f"unknown type code {t!r} for {s!r}")
            ids.append((n, n + len(s), s, TYPES[t]))
        else:
            s = m.group(3)
            keeps.append((n, n + len(s), s))
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), ids, keeps


def occurrences(text, s):
    i = text.find(s)
    while i >= 0:
        yield i, i + len(s)
        i = text.find(s, i + 1)


def main():
    docs = load_docs()
    errors = []
    rows = []
    seen = set()
    for d in docs:
        if d["id"] in seen:
            errors.append(f"{d['id']}: duplicate id")
        seen.add(d["id"])
        text, ids, keeps = parse(d["src"])
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
            errors.append(f"{d['id']}: stray markup")
        spans = [(a, b) for a, b, _, _ in ids]
        # identifiers: distinct (string, type); a string must have one type
        ident, types_of = [], {}
        for a, b, s, t in ids:
            if s in types_of and types_of[s] != t:
                errors.append(f"{d['id']}: {s!r} marked as {types_of[s]} and {t}")
            if s not in types_of:
                types_of[s] = t
                ident.append({"text": s, "type": t})
        for s in types_of:
            for a, b in occurrences(text, s):
                if not any(x <= a and b <= y for x, y in spans):
                    ctx = text[max(0, a - 30):b + 30].replace("\n", " ")
                    errors.append(f"{d['id']}: unmarked occurrence of identifier {s!r}: ...{ctx}...")
        keep = []
        for _, _, s in keeps:
            if s not in keep:
                keep.append(s)
        for s in keep:
            for a, b in occurrences(text, s):
                if any(a < y and x < b for x, y in spans):
                    errors.append(f"{d['id']}: keep {s!r} overlaps an identifier at {a}")
        if not (8 <= len(keep) <= 20):
            print(f"note {d['id']}: {len(keep)} keep strings", file=sys.stderr)
        rows.append({"id": d["id"], "kind": d["kind"], "applicant": d["applicant"], "text": text,
                     "identifiers": ident, "keep": keep})
    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(rows)} text documents written; {len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
