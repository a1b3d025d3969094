# Shared helpers for the hand-typed documents. Each document below is typed by hand;
# D() only stores it.
DOCS = []
A = "Dr Adaeze Okonkwo-Baptiste"   # acute & geriatric medicine, GMC 7345128
B = "Dr Farhan Qureshi"            # general surgery, GMC 7612094
C = "Dr Lakshmi Venkataraman"      # paediatrics, GMC 7489305
Dk = "Dr Mariusz Kowalczyk"        # anaesthetics & ICM, GMC 7290417
E = "Dr Hoda El-Sayed"             # obstetrics & gynaecology, GMC 7551862
F = "Dr Tomás Ferreira"            # general adult psychiatry, GMC 7703318
G = "Dr Nimali Gunawardena"        # emergency medicine, GMC 7168244
H = "Dr Omer Abdelrahman"          # trauma & orthopaedics, GMC 7824690

def D(id, kind, applicant, text, ids, keep):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text,
                 "identifiers": [{"text": t, "type": ty} for t, ty in ids],
                 "keep": list(keep)})
