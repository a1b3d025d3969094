DOCS = []
PN, RN, CN, AD, PC, PH, EM = "PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL"
NHS, HN, REF, GMC, URL, OID = "NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID"

def D(id, kind, applicant, text, ids, keep):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text.strip("\n"),
                 "identifiers": [{"text": t, "type": ty} for t, ty in ids], "keep": list(keep)})
