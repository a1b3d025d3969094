"""Tiny helper: every document in docs_*.py is written by hand as a literal and passed through D()."""

TYPES = {
    "PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
    "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID",
}


def D(id, kind, applicant, text, ids, keep):
    """ids: list of (string, TYPE); keep: list of strings. Text is stripped of the leading/trailing newline only."""
    return {
        "id": id,
        "kind": kind,
        "applicant": applicant,
        "text": text.strip("\n"),
        "identifiers": [{"text": s, "type": t} for s, t in ids],
        "keep": list(keep),
    }
