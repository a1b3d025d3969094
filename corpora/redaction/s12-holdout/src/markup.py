"""Tiny markup used to author texts: [[CODE|string]] marks an identifier, {{string}} marks a keep string."""
import re
CODES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS", "PC": "POSTCODE",
         "PH": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
         "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)

def parse(src):
    out, ids, keep, pos = [], [], [], 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()])
        if m.group(1):
            s, t = m.group(2), CODES[m.group(1)]
            out.append(s)
            if (s, t) not in ids:
                ids.append((s, t))
        else:
            s = m.group(3)
            out.append(s)
            if s not in keep:
                keep.append(s)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), [{"text": s, "type": t} for s, t in ids], keep
