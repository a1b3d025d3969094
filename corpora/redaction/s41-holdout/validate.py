"""Checks texts.jsonl: parses, fields, every annotated span found in its text, no identifier inside a keep string."""
import json, os, re, sys, collections
TYPES = {"PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
         "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts.jsonl")
errors, warns, ids = [], [], set()
counts = collections.Counter(); kinds = collections.Counter(); nkeep = 0; ndocs = 0
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    ndocs += 1
    for k in ("id", "kind", "applicant", "text", "identifiers", "keep"):
        if k not in d: errors.append(f"line {n}: missing {k}")
    i, t = d["id"], d["text"]
    if i in ids: errors.append(f"{i}: duplicate id")
    ids.add(i); kinds[d["kind"]] += 1
    seen = set()
    for e in d["identifiers"]:
        s, ty = e["text"], e["type"]
        if ty not in TYPES: errors.append(f"{i}: bad type {ty}")
        if s not in t: errors.append(f"{i}: identifier not in text: {s!r}")
        if s in seen: errors.append(f"{i}: identifier listed twice: {s!r}")
        seen.add(s); counts[ty] += 1
        for k in d["keep"]:
            if s in k: errors.append(f"{i}: identifier {s!r} inside keep {k!r}")
            elif k in s: warns.append(f"{i}: keep {k!r} inside identifier {s!r}")
        # standalone occurrence inside a longer word (possible bad boundary)
        for m in re.finditer(re.escape(s), t):
            a, b = m.start(), m.end()
            if (a > 0 and t[a-1].isalnum() and s[0].isalnum()) or (b < len(t) and t[b].isalnum() and s[-1].isalnum()):
                warns.append(f"{i}: {s!r} occurs inside a longer word at {a}: {t[max(0,a-10):b+10]!r}")
    for k in d["keep"]:
        nkeep += 1
        if k not in t: errors.append(f"{i}: keep not in text: {k!r}")
    if d["applicant"] in [e["text"] for e in d["identifiers"]]: errors.append(f"{i}: applicant listed as identifier")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{ndocs} documents, {sum(counts.values())} identifiers, {nkeep} keep strings")
for ty in sorted(counts): print(f"  {ty}: {counts[ty]}")
print("kinds:", dict(kinds))
sys.exit(1 if errors else 0)
