import re
TYPES = {"PN":"PATIENT_NAME","RN":"RELATIVE_NAME","CN":"COLLEAGUE_NAME","AD":"ADDRESS","PC":"POSTCODE",
         "PH":"PHONE","EM":"EMAIL","NHS":"NHS_NUMBER","HN":"HOSPITAL_NUMBER","REF":"REFERENCE_NUMBER",
         "GMC":"GMC_NUMBER","URL":"URL","OID":"OTHER_ID"}
PAT = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)
def parse(src):
    out=[]; ids=[]; keep=[]; pos=0
    for m in PAT.finditer(src):
        out.append(src[pos:m.start()]); pos=m.end()
        if m.group(1) is not None:
            t=m.group(1); ty=TYPES[m.group(2)]
            out.append(t)
            if not any(i["text"]==t for i in ids): ids.append({"text":t,"type":ty})
        else:
            t=m.group(3); out.append(t)
            if t not in keep: keep.append(t)
    out.append(src[pos:])
    return "".join(out), ids, keep
