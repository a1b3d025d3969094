# shared constants for the hand-typed document sources (s49 hold-out set)
PN = "PATIENT_NAME"; RN = "RELATIVE_NAME"; CN = "COLLEAGUE_NAME"; AD = "ADDRESS"; PC = "POSTCODE"
PH = "PHONE"; EM = "EMAIL"; NHS = "NHS_NUMBER"; HN = "HOSPITAL_NUMBER"; REF = "REFERENCE_NUMBER"
GMC = "GMC_NUMBER"; URL = "URL"; OID = "OTHER_ID"

def D(kind, applicant, text, ids, keep):
    return {"kind": kind, "applicant": applicant, "text": text.strip("\n"),
            "identifiers": [{"text": t, "type": ty} for (t, ty) in ids], "keep": list(keep)}

A = "Dr Oluwaseun Adebayo-Clarke"   # GP, GMC 7481236
B = "Dr Priyanka Venkataraman"      # psychiatry, GMC 7290455
C = "Dr Hamid Reza Tavakoli"        # general surgery, GMC 7102987
Dp = "Dr Mariam El-Sayed"           # paediatrics, GMC 7563310
E = "Dr Tomasz Wiśniewski"          # emergency medicine, GMC 7214869
F = "Dr Nimali Jayasekara"          # geriatrics, GMC 6987042
G = "Dr Ahmad Farouk Qureshi"       # radiology, GMC 7650218
H = "Dr Ifeoma Chukwuemeka"         # obstetrics and gynaecology, GMC 7338104
I = "Dr Ana Luísa Ferreira"         # palliative medicine, GMC 7419573
J = "Dr Rafael Montoya Restrepo"    # dermatology, GMC 7586621
