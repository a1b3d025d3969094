"""Validate texts.jsonl of the s45-holdout redaction set.

Checks: JSON shape; ids unique and s45-001..s45-060; every identifier and keep string occurs in its text
exactly; identifier types from FORMAT.md; no duplicate identifier strings; every identifier occurrence sits on
token boundaries (so it does not also match inside a longer word); no keep occurrence overlaps an identifier
occurrence; the applicant's first name or surname occurs in the text.
"""
import json
import pathlib
import re
import sys
from collections import Counter

TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
         "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
PATH = pathlib.Path(__file__).resolve().parent / "texts.jsonl"


def spans(text, s):
    return [(m.start(), m.start() + len(s)) for m in re.finditer(re.escape(s), text)]


def main():
    errors = []
    docs = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
    ids = [d.get("id") for d in docs]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    expected = {f"s45-{k:03d}" for k in range(1, 61)}
    if set(ids) != expected:
        errors.append(f"ids differ from s45-001..s45-060: missing {sorted(expected - set(ids))}, "
                      f"extra {sorted(set(ids) - expected)}")
    type_counts = Counter()
    n_ids = n_keep = 0
    for d in docs:
        did = d.get("id")
        for key, typ in (("id", str), ("kind", str), ("applicant", str), ("text", str),
                         ("identifiers", list), ("keep", list)):
            if not isinstance(d.get(key), typ):
                errors.append(f"{did}: field {key} missing or not {typ.__name__}")
        text = d.get("text", "")
        parts = [w for w in d.get("applicant", "").split() if w not in ("Dr", "Dr.")]
        if parts and not any(w in text for w in (parts[0], parts[-1])):
            errors.append(f"{did}: applicant's first name or surname not in text")
        id_spans = []
        seen = Counter(i.get("text") for i in d.get("identifiers", []))
        for s, c in seen.items():
            if c > 1:
                errors.append(f"{did}: identifier listed twice: {s!r}")
        for ident in d.get("identifiers", []):
            s, t = ident.get("text"), ident.get("type")
            n_ids += 1
            type_counts[t] += 1
            if t not in TYPES:
                errors.append(f"{did}: bad type {t!r} for {s!r}")
            if not s or s not in text:
                errors.append(f"{did}: identifier not in text: {s!r}")
                continue
            for a, b in spans(text, s):
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                if (before.isalnum() and s[0].isalnum()) or (after.isalnum() and s[-1].isalnum()):
                    errors.append(f"{did}: identifier {s!r} occurs inside a longer token at {a}")
                id_spans.append((a, b, s))
        for k in d.get("keep", []):
            n_keep += 1
            if not isinstance(k, str) or not k or k not in text:
                errors.append(f"{did}: keep string not in text: {k!r}")
                continue
            for a, b in spans(text, k):
                for x, y, s in id_spans:
                    if a < y and x < b:
                        errors.append(f"{did}: keep {k!r} overlaps identifier {s!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(docs)} documents, {n_ids} identifiers, {n_keep} keep strings, "
          f"{sum(1 for d in docs if not d.get('identifiers'))} with no identifiers")
    for t in sorted(TYPES):
        print(f"  {t:16s} {type_counts.get(t, 0)}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
