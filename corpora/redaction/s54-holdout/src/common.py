# Shared constants for the hand-written documents. Nothing here generates text.
P = "PATIENT_NAME"
R = "RELATIVE_NAME"
C = "COLLEAGUE_NAME"
ADDR = "ADDRESS"
PC = "POSTCODE"
PH = "PHONE"
EM = "EMAIL"
NHS = "NHS_NUMBER"
HN = "HOSPITAL_NUMBER"
REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"
URL = "URL"
OID = "OTHER_ID"


def D(id, kind, applicant, text, ids, keep):
    """Wrap one hand-typed document in the FORMAT.md record shape."""
    return {
        "id": id,
        "kind": kind,
        "applicant": applicant,
        "text": text,
        "identifiers": [{"text": t, "type": ty} for t, ty in ids],
        "keep": list(keep),
    }
