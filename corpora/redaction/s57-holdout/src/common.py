# tiny helper: turns a hand-typed tuple into the FORMAT.md dict (no text is generated here)
def D(id, kind, applicant, text, ids, keep):
    return {"id": id, "kind": kind, "applicant": applicant, "text": text,
            "identifiers": [{"text": t, "type": ty} for t, ty in ids], "keep": keep}
A1 = "Dr Karim Hassan Mansour"
A2 = "Dr Nusrat Jahan Chowdhury"
A3 = "Dr Oluwaseun Adebayo-Cole"
A4 = "Dr Tomasz Wiśniewski"
A5 = "Dr Priya Raghunathan"
A6 = "Dr Haider Al-Jubouri"
A7 = "Dr Sana Iqbal Qureshi"
A8 = "Dr Nikolaos Papadakis"
A9 = "Dr Thiri Aung"
A10 = "Dr Oleksandr Kovalenko"
