"""Tiny inline markup shared by build_texts.py and make_files.py.

A tagged span is written {{text|CODE}}; CODE is one of the short codes below (K = keep).
Everything else is plain text.  parse() returns a list of (text, type_or_None) segments where
type is the FORMAT.md identifier type, "KEEP", or None for untagged text.
"""
import re

CODES = {
    "PN": "PATIENT_NAME",
    "RN": "RELATIVE_NAME",
    "CN": "COLLEAGUE_NAME",
    "AD": "ADDRESS",
    "PC": "POSTCODE",
    "PH": "PHONE",
    "EM": "EMAIL",
    "NHS": "NHS_NUMBER",
    "HN": "HOSPITAL_NUMBER",
    "REF": "REFERENCE_NUMBER",
    "GMC": "GMC_NUMBER",
    "URL": "URL",
    "OID": "OTHER_ID",
    "K": "KEEP",
}

_TAG = re.compile(r"\{\{(.+?)\|([A-Z]+)\}\}", re.S)


def parse(src):
    segs = []
    pos = 0
    for m in _TAG.finditer(src):
        if m.start() > pos:
            segs.append((src[pos:m.start()], None))
        code = m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r in %r" % (code, m.group(0)))
        segs.append((m.group(1), CODES[code]))
        pos = m.end()
    if pos < len(src):
        segs.append((src[pos:], None))
    for s, _ in segs:
        if "{{" in s or "}}" in s:
            raise ValueError("unbalanced markup near %r" % s[:80])
    return segs


def plain(src):
    return "".join(s for s, _ in parse(src))


def collect(src_list):
    """Distinct identifiers (text, type) in first-seen order and distinct keep strings."""
    ids, keep, seen = [], [], {}
    for src in src_list:
        for s, t in parse(src):
            if t is None:
                continue
            if t == "KEEP":
                if s not in keep:
                    keep.append(s)
            else:
                if s in seen and seen[s] != t:
                    raise ValueError("%r tagged as %s and %s" % (s, seen[s], t))
                if s not in seen:
                    seen[s] = t
                    ids.append({"text": s, "type": t})
    return ids, keep
