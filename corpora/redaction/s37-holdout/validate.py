#!/usr/bin/env python3
"""Validate texts.jsonl of the s37 hold-out set."""
import json, re, sys, os
TYPES = {"PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER",
         "HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"}
RESERVED = [r"^01632960\d{3}$", r"^02079460\d{3}$", r"^07700900\d{3}$"]
TITLES = {"dr","mr","mrs","ms","miss","prof","capt","professor","sister"}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts.jsonl")
errs = []
def err(i, m): errs.append(f"{i}: {m}")
ids = set(); n = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    d = json.loads(line); n += 1; i = d.get("id", f"line{ln}")
    for k in ("id","kind","applicant","text","identifiers","keep"):
        if k not in d: err(i, f"missing {k}")
    if i in ids: err(i, "duplicate id")
    ids.add(i)
    t = d["text"]
    seen = set()
    for x in d["identifiers"]:
        s, ty = x["text"], x["type"]
        if ty not in TYPES: err(i, f"bad type {ty}")
        if s in seen: err(i, f"identifier listed twice: {s!r}")
        seen.add(s)
        if s not in t: err(i, f"identifier not in text: {s!r}")
        for k in d["keep"]:
            if s in k: err(i, f"identifier {s!r} inside keep {k!r}")
        if ty == "PHONE":
            digits = re.sub(r"\D", "", s.translate(str.maketrans("OoIl", "0011")))  # OCR confusions
            if digits.startswith("44"): digits = "0" + digits[2:]
            if not any(re.match(p, digits) for p in RESERVED):
                # bleeps/extensions: short internal numbers (<=5 digits) allowed
                if len(digits) > 5: err(i, f"phone not in reserved range: {s!r}")
    for k in d["keep"]:
        if k not in t: err(i, f"keep not in text: {k!r}")
    # applicant name forms never identifiers
    app = d["applicant"]
    words = [w for w in re.split(r"[\s()]+", app) if w and w.lower().strip(".") not in TITLES]
    forms = {app, " ".join(words)}
    if words:
        forms |= {words[-1], words[0], "Dr " + words[-1]}
        forms.add("".join(w[0] for w in words))
    for x in d["identifiers"]:
        s = x["text"]
        if s in forms or s.lower() in {f.lower() for f in forms if len(f) > 2}:
            err(i, f"applicant name form labelled as identifier: {s!r}")
        if any(f in s for f in forms if len(f) > 3):
            err(i, f"identifier contains applicant name form: {s!r}")
    if not any(f.lower() in t.lower() for f in forms if f):
        err(i, "applicant name not found in text (warning)")
print(f"{n} documents, {len(errs)} errors")
for e in errs: print(" ", e)
sys.exit(1 if errs else 0)
