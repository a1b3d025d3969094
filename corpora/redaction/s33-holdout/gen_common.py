# Markup: [[text|T]] = identifier of type T; {{text}} = keep string. Generator strips markup.
import re, json
T = {"P":"PATIENT_NAME","R":"RELATIVE_NAME","C":"COLLEAGUE_NAME","A":"ADDRESS","PC":"POSTCODE","PH":"PHONE",
     "E":"EMAIL","N":"NHS_NUMBER","H":"HOSPITAL_NUMBER","REF":"REFERENCE_NUMBER","G":"GMC_NUMBER","U":"URL","O":"OTHER_ID"}
A1=("Dr Mariam Haddad","7291846")
A2=("Dr Anjali Raghunathan","7384021")
A3=("Dr Tomasz Wiśniewski","7150937")
DOCS=[]
def d(kind, app, text, extra_keep=()):
    DOCS.append((kind, app, text, list(extra_keep)))
def build(prefix="s33-"):
    out=[]; pat=re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}", re.S)
    for i,(kind,app,src,ek) in enumerate(DOCS,1):
        ids=[]; keep=[]; seen=set(); ks=set()
        def rep(m):
            if m.group(1) is not None:
                t=m.group(1); ty=T[m.group(2)]
                if t not in seen: seen.add(t); ids.append({"text":t,"type":ty})
                return t
            t=m.group(3)
            if t not in ks and len(t)>=2: ks.add(t); keep.append(t)  # single letters (sex, role) not listed
            return t
        text=pat.sub(rep, src.strip("\n"))
        for k in ek:
            if k not in ks: ks.add(k); keep.append(k)
        out.append({"id":f"{prefix}{i:03d}","kind":kind,"applicant":app[0],"text":text,"identifiers":ids,"keep":keep})
    return out
