"""Tiny helper shared by the hand-written source modules. No text is generated here:
every document text, identifier and keep string is a literal in the t*.py modules."""

PN = "PATIENT_NAME"
RN = "RELATIVE_NAME"
CN = "COLLEAGUE_NAME"
AD = "ADDRESS"
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
    """Package one hand-written document. `ids` is a list of (string, type) pairs."""
    if text.startswith("\n"):
        text = text[1:]
    return {
        "id": id,
        "kind": kind,
        "applicant": applicant,
        "text": text,
        "identifiers": [{"text": s, "type": t} for s, t in ids],
        "keep": list(keep),
    }
