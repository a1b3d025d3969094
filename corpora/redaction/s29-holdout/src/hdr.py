import json
A="Dr Thulani Ndlovu"
def d(kind,text,ids,keep):
    D.append({"kind":kind,"applicant":A,"text":text,"identifiers":[{"text":t,"type":y} for t,y in ids],"keep":keep})
P,R,C,AD,PC,PH,EM,NHS,HN,REF,GMC,URL,OID="PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"
