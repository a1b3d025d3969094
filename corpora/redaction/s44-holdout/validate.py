"""Check texts.jsonl: format, ids, every identifier and keep string present exactly, types allowed.

Errors (exit 1): bad JSON or fields, duplicate/malformed ids, unknown types, a string not found in its text,
duplicate identifier strings, an identifier occurrence overlapping a keep occurrence, an identifier inside the
applicant's name.
Warnings (printed only): an identifier that occurs glued to letters/digits (non word-bounded) somewhere.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {
    "PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
    "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID",
}
path = Path(__file__).with_name("texts.jsonl")
errors, warnings = [], []
seen = set()
tcount = Counter()
n_ids = n_keep = n_empty = 0


def spans(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


lines = path.read_text(encoding="utf-8").splitlines()
for ln, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}")
        continue
    for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if k not in d:
            errors.append(f"line {ln}: missing {k}")
    did = d.get("id", f"line{ln}")
    if not re.fullmatch(r"s44-\d{3}", did):
        errors.append(f"{did}: id not of form s44-NNN")
    if did in seen:
        errors.append(f"{did}: duplicate id")
    seen.add(did)
    text = d["text"]
    if not d["identifiers"]:
        n_empty += 1
    idstrs = Counter(x["text"] for x in d["identifiers"])
    for s, c in idstrs.items():
        if c > 1:
            errors.append(f"{did}: identifier listed twice: {s!r}")
    keep_spans = []
    for k in d["keep"]:
        sp = spans(text, k)
        if not sp:
            errors.append(f"{did}: keep string not in text: {k!r}")
        keep_spans += [(a, b, k) for a, b in sp]
    for x in d["identifiers"]:
        s, t = x["text"], x["type"]
        n_ids += 1
        tcount[t] += 1
        if t not in TYPES:
            errors.append(f"{did}: unknown type {t!r} for {s!r}")
        sp = spans(text, s)
        if not sp:
            errors.append(f"{did}: identifier not in text: {s!r}")
        if s in d["applicant"]:
            errors.append(f"{did}: identifier {s!r} is part of the applicant's name")
        for a, b in sp:
            for ka, kb, k in keep_spans:
                if a < kb and ka < b:
                    errors.append(f"{did}: identifier {s!r} at {a} overlaps keep {k!r}")
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            if (before.isalnum() and s[0].isalnum()) or (after.isalnum() and s[-1].isalnum()):
                warnings.append(f"{did}: identifier {s!r} occurs glued to other characters at {a}")
    n_keep += len(d["keep"])

expected = {f"s44-{i:03d}" for i in range(1, 61)}
if seen != expected:
    errors.append(f"ids missing: {sorted(expected - seen)}; unexpected: {sorted(seen - expected)}")

for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print(f"{len(lines)} documents, {n_ids} identifiers, {n_keep} keep strings, {n_empty} documents without identifiers")
for t in sorted(TYPES):
    print(f"  {t:18s} {tcount[t]}")
if errors:
    print(f"FAILED with {len(errors)} errors")
    sys.exit(1)
print("OK")
