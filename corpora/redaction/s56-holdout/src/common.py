# Type constants and a plain dict constructor (documents themselves are hand-typed literals).
P = "PATIENT_NAME"; R = "RELATIVE_NAME"; C = "COLLEAGUE_NAME"; A = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; E = "EMAIL"; N = "NHS_NUMBER"; H = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
G = "GMC_NUMBER"; U = "URL"; O = "OTHER_ID"

def doc(id, kind, applicant, text, ids, keep):
    return {"id": id, "kind": kind, "applicant": applicant, "text": text,
            "identifiers": [{"text": t, "type": ty} for t, ty in ids], "keep": keep}
