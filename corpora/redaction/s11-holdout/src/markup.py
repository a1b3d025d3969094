"""Inline markup used to author the set: [[CODE|text]] = identifier, {{text}} = keep."""
import re
TYPES = {"P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS",
         "PC": "POSTCODE", "PH": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID"}
TOK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)

def parse(marked):
    """Return plain text, list of (start,end,type,text) identifier spans, list of (start,end,text) keep spans."""
    out, ids, keeps, pos, n = [], [], [], 0, 0
    for m in TOK.finditer(marked):
        out.append(marked[pos:m.start()]); n += m.start() - pos
        if m.group(1):
            s = m.group(2); ids.append((n, n + len(s), TYPES[m.group(1)], s))
        else:
            s = m.group(3); keeps.append((n, n + len(s), s))
        out.append(s); n += len(s); pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text[:200]
    return text, ids, keeps

def dedup_ids(ids):
    seen, res = set(), []
    for _, _, t, s in ids:
        if (s, t) not in seen:
            seen.add((s, t)); res.append({"text": s, "type": t})
    return res

def dedup_keep(keeps):
    seen, res = set(), []
    for _, _, s in keeps:
        if s not in seen:
            seen.add(s); res.append(s)
    return res

def occurrences(text, s):
    i, res = text.find(s), []
    while i >= 0:
        res.append(i); i = text.find(s, i + 1)
    return res

def check_coverage(text, ids, keeps, where=""):
    """Warn when an identifier string occurs where it was not marked, or a keep overlaps an identifier."""
    warns = []
    spans = [(a, b) for a, b, _, _ in ids]
    for a, b, t, s in ids:
        for o in occurrences(text, s):
            if not any(x <= o and o + len(s) <= y for x, y in spans):
                warns.append(f"{where}: identifier {s!r} also occurs unmarked at {o}: {text[max(0,o-30):o+len(s)+30]!r}")
    for a, b, s in keeps:
        for o in occurrences(text, s):
            for x, y in spans:
                if o < y and x < o + len(s):
                    warns.append(f"{where}: keep {s!r} overlaps identifier {text[x:y]!r}")
    return sorted(set(warns))
