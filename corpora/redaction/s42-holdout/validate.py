#!/usr/bin/env python3
"""Validate texts.jsonl of this redaction set (format per corpora/redaction/FORMAT.md).
Errors: unparseable lines, missing fields, duplicate ids, bad types, identifiers/keep strings not verbatim in text,
duplicate identifier strings, an identifier lying inside a keep string (any occurrence of it inside any
occurrence of a keep string). Warnings: identifier occurrences that sit inside a longer word, keep strings that
lie inside an identifier occurrence."""
import json, re, sys, os
from collections import Counter

TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts.jsonl")
errors, warnings, notes = [], [], []
ids = Counter(); n = 0; tcount = Counter(); nkeep = 0

def spans(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

with open(path, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: not JSON ({e})"); continue
        n += 1
        did = d.get("id", f"line{ln}")
        for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
            if k not in d:
                errors.append(f"{did}: missing field {k}")
        ids[did] += 1
        text = d.get("text", "")
        if d.get("applicant") and d["applicant"] not in text:
            notes.append(f"{did}: applicant's full name '{d['applicant']}' not verbatim in text (another form is used)")
        seen = set()
        keep_spans = []
        for k in d.get("keep", []):
            if not isinstance(k, str) or not k:
                errors.append(f"{did}: bad keep entry {k!r}"); continue
            nkeep += 1
            sp = spans(text, k)
            if not sp:
                errors.append(f"{did}: keep string not in text: {k!r}")
            keep_spans += [(a, b, k) for a, b in sp]
        id_spans = []
        for it in d.get("identifiers", []):
            t, ty = it.get("text"), it.get("type")
            if ty not in TYPES:
                errors.append(f"{did}: bad type {ty!r} for {t!r}")
            tcount[ty] += 1
            if not t:
                errors.append(f"{did}: empty identifier"); continue
            if t in seen:
                errors.append(f"{did}: identifier listed twice: {t!r}")
            seen.add(t)
            sp = spans(text, t)
            if not sp:
                errors.append(f"{did}: identifier not in text: {t!r}")
            id_spans += [(a, b, t) for a, b in sp]
        for a, b, t in id_spans:
            for ka, kb, k in keep_spans:
                if ka <= a and b <= kb:
                    errors.append(f"{did}: identifier {t!r} lies inside keep string {k!r}")
                elif a < kb and ka < b and not (a <= ka and kb <= b):
                    errors.append(f"{did}: identifier {t!r} overlaps keep string {k!r}")
            inword = (a > 0 and text[a - 1].isalnum() and t[0].isalnum()) or (b < len(text) and text[b].isalnum() and t[-1].isalnum())
            covered = any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in id_spans)
            if inword and not covered:
                warnings.append(f"{did}: identifier {t!r} occurs inside a longer word: ...{text[max(0,a-15):b+15]!r}...")
        for ka, kb, k in keep_spans:
            for a, b, t in id_spans:
                if a <= ka and kb <= b:
                    warnings.append(f"{did}: keep string {k!r} lies inside identifier {t!r}")
for i, c in ids.items():
    if c > 1:
        errors.append(f"duplicate id {i} ({c}x)")
print(f"{path}: {n} documents, {sum(tcount.values())} identifiers, {nkeep} keep strings")
for t in sorted(tcount):
    print(f"  {t}: {tcount[t]}")
for w in notes:
    print("NOTE:", w)
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "FAIL" if errors else "OK", f"({len(errors)} errors, {len(warnings)} warnings)")
sys.exit(1 if errors else 0)
