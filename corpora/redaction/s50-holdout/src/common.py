"""Shared helper for the hand-typed text sources. Each src/texts_*.py calls T() once per document."""
DOCS = []
TYPES = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS",
         "PC": "POSTCODE", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}


def T(kind, applicant, text, ids, keep):
    DOCS.append({"kind": kind, "applicant": applicant, "text": text,
                 "identifiers": [{"text": t, "type": TYPES[ty]} for t, ty in ids],
                 "keep": list(keep)})
