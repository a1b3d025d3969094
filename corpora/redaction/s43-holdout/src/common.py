"""Tiny helper: each document is written by hand in docs_*.py and wrapped with D()."""


def D(id, kind, applicant, text, identifiers, keep):
    return {
        "id": id,
        "kind": kind,
        "applicant": applicant,
        "text": text,
        "identifiers": [{"text": t, "type": ty} for t, ty in identifiers],
        "keep": list(keep),
    }
