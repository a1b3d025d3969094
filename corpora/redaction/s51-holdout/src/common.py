"""Shared helpers for the s51 holdout set (type codes only; every document is typed by hand in texts_*.py)."""
TYPES = {
    "P": "PATIENT_NAME", "R": "RELATIVE_NAME", "C": "COLLEAGUE_NAME", "A": "ADDRESS",
    "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL", "N": "NHS_NUMBER", "H": "HOSPITAL_NUMBER",
    "REF": "REFERENCE_NUMBER", "G": "GMC_NUMBER", "U": "URL", "O": "OTHER_ID",
}


def doc(id, kind, applicant, text, ids, keep):
    return {
        "id": id, "kind": kind, "applicant": applicant, "text": text,
        "identifiers": [{"text": t, "type": TYPES[c]} for t, c in ids],
        "keep": list(keep),
    }
