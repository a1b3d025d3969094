T = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS", "PC": "POSTCODE",
     "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
     "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}
DOCS = []
def D(id, kind, applicant, text, ids, keep):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text.strip("\n"),
                 "identifiers": [{"text": t, "type": T[k]} for t, k in ids], "keep": keep})
