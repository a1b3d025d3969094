DOCS = []
def D(id, kind, applicant, text, ids, keep):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text,
                 "identifiers": [{"text": t, "type": ty} for t, ty in ids],
                 "keep": list(keep)})
