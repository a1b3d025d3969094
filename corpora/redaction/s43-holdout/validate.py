"""Check texts.jsonl: ids unique and well-formed, types from FORMAT.md, every identifier and keep string
occurs in its text exactly as given, no keep string contains an identifier (which would be a contradiction).
Warnings (not failures): identifiers that also occur inside a longer word."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
FIELDS = {"id", "kind", "applicant", "text", "identifiers", "keep"}

path = Path(__file__).parent / "texts.jsonl"
errors, warnings = [], []
ids = []
type_counts = Counter()
n_ident = n_keep = 0
no_ident = 0
for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {ln}: bad JSON: {e}")
        continue
    did = d.get("id", f"<line {ln}>")
    if set(d) != FIELDS:
        errors.append(f"{did}: fields {sorted(d)} != {sorted(FIELDS)}")
    ids.append(did)
    if not re.fullmatch(r"s43-\d{3}", str(did)):
        errors.append(f"{did}: id not of form s43-NNN")
    text = d.get("text", "")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{did}: empty text")
    if not isinstance(d.get("applicant"), str) or not d["applicant"]:
        errors.append(f"{did}: missing applicant")
    seen = set()
    idents = d.get("identifiers", [])
    if not idents:
        no_ident += 1
    for ident in idents:
        t, ty = ident.get("text"), ident.get("type")
        if set(ident) != {"text", "type"}:
            errors.append(f"{did}: identifier fields {sorted(ident)}")
        if ty not in TYPES:
            errors.append(f"{did}: bad type {ty!r} for {t!r}")
        if not t or t not in text:
            errors.append(f"{did}: identifier not in text: {t!r}")
        if t in seen:
            errors.append(f"{did}: duplicate identifier {t!r}")
        seen.add(t)
        type_counts[ty] += 1
        n_ident += 1
        if t:
            for m in re.finditer(re.escape(t), text):
                a, b = m.start(), m.end()
                if (a > 0 and text[a - 1].isalnum() and t[0].isalnum()) or \
                   (b < len(text) and text[b].isalnum() and t[-1].isalnum()):
                    covered = any(o["text"] != t and o["text"] in text and
                                  any(mm.start() <= a and mm.end() >= b
                                      for mm in re.finditer(re.escape(o["text"]), text))
                                  for o in idents)
                    if not covered:
                        warnings.append(f"{did}: {t!r} occurs inside a longer word at {a}: "
                                        f"{text[max(0, a - 15):b + 15]!r}")
    kseen = set()
    for k in d.get("keep", []):
        n_keep += 1
        if not isinstance(k, str) or not k or k not in text:
            errors.append(f"{did}: keep string not in text: {k!r}")
        if k in kseen:
            errors.append(f"{did}: duplicate keep {k!r}")
        kseen.add(k)
        for ident in idents:
            if ident["text"] and ident["text"] in k:
                errors.append(f"{did}: keep {k!r} contains identifier {ident['text']!r}")
    if d.get("applicant") and d["applicant"] not in text:
        warnings.append(f"{did}: applicant name {d['applicant']!r} not in text verbatim")

for i, c in Counter(ids).items():
    if c > 1:
        errors.append(f"duplicate id {i}")
expected = [f"s43-{i:03d}" for i in range(1, 61)]
if ids != expected:
    errors.append(f"ids are not exactly s43-001..s43-060 in order (got {len(ids)})")

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print(f"documents: {len(ids)}  identifiers: {n_ident}  keep strings: {n_keep}  documents without identifiers: {no_ident}")
for ty, c in sorted(type_counts.items(), key=lambda x: -x[1]):
    print(f"  {ty:17s} {c}")
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
