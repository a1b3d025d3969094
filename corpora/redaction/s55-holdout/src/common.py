# Helper that only packages hand-typed documents; it generates no text.
def D(id, kind, applicant, text, ids, keep):
    return {"id": id, "kind": kind, "applicant": applicant, "text": text,
            "identifiers": [{"text": t, "type": ty} for (t, ty) in ids],
            "keep": list(keep)}
PN, RN, CN = "PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME"
AD, PC, PH, EM = "ADDRESS", "POSTCODE", "PHONE", "EMAIL"
NHS, HN, REF, GMC, URL, OID = "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"
