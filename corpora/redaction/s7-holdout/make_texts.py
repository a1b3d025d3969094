#!/usr/bin/env python3
"""Builds texts.jsonl from the hand-written sources in src/docs*.py.
Markup in the sources: [[string|CODE]] marks an identifier, {{string}} marks a keep string."""
import json, re, sys, importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS", "PC": "POSTCODE",
         "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
         "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TITLES = ("Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Sister ", "Nurse ", "Dame ", "Prof ", "Paramedic ")
TOK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)

def parse(src):
    out, ids, keeps, pos = [], [], [], 0
    spans = []
    n = 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()]); n += len(src[pos:m.start()])
        if m.group(1) is not None:
            s, code = m.group(1), m.group(2)
            ids.append((s, CODES[code])); spans.append(("id", n, n + len(s), s))
        else:
            s = m.group(3); keeps.append(s); spans.append(("keep", n, n + len(s), s))
        out.append(s); n += len(s); pos = m.end()
    out.append(src[pos:])
    return "".join(out), ids, keeps, spans

def occ(text, s):
    i, r = 0, []
    while True:
        j = text.find(s, i)
        if j < 0: return r
        r.append((j, j + len(s))); i = j + 1

def main():
    docs = []
    for f in sorted(glob.glob(os.path.join(HERE, "src", "docs*.py")), key=lambda f: int(re.sub(r"\D", "", os.path.basename(f)))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    errors, warnings, lines = [], [], []
    for i, (kind, applicant, src) in enumerate(docs, 1):
        did = "h7-%03d" % i
        text, ids, keeps, spans = parse(src)
        if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
            errors.append(f"{did}: leftover markup")
        seen, idl = {}, []
        for s, t in ids:
            if s in seen and seen[s] != t: errors.append(f"{did}: {s!r} typed {seen[s]} and {t}")
            if s not in seen:
                seen[s] = t; idl.append({"text": s, "type": t})
            if t in ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME") and s.startswith(TITLES):
                errors.append(f"{did}: title inside name {s!r}")
        kl = []
        for k in keeps:
            if k not in kl: kl.append(k)
        # every identifier occurrence must not overlap any keep occurrence
        kocc = [(a, b, k) for k in kl for a, b in occ(text, k)]
        for s in seen:
            marked = sum(1 for sp in spans if sp[0] == "id" and sp[3] == s)
            allo = occ(text, s)
            idspans = [(sp[1], sp[2]) for sp in spans if sp[0] == "id" and sp[3] != s]
            loose = [(a, b) for a, b in allo if not any(x <= a and b <= y for x, y in idspans)]
            if len(loose) != marked:
                # show context of unmarked ones
                ctx = [text[max(0, a-15):b+15].replace("\n", "/") for a, b in allo]
                warnings.append(f"{did}: {s!r} occurs {len(allo)}x, marked {marked}x: {ctx}")
            for a, b in allo:
                for ka, kb, k in kocc:
                    if a < kb and ka < b:
                        errors.append(f"{did}: identifier {s!r} overlaps keep {k!r}")
        if applicant not in text and applicant.replace("Dr ", "") not in text:
            warnings.append(f"{did}: applicant full name not literally present")
        lines.append(json.dumps({"id": did, "kind": kind, "applicant": applicant, "text": text,
                                 "identifiers": idl, "keep": kl}, ensure_ascii=False))
    with open(os.path.join(HERE, "texts.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(len(lines), "documents written")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
