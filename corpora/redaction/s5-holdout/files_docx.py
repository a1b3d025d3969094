"""Word documents (h5-078 .. h5-082): tables, headers/footers, a VML text box and an inline QR image."""
import numpy as np
import zxingcpp
from PIL import Image

from render_lib import Docx

BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


# ------------------------------------------------------------------ h5-078 reflection with header/footer
@builder
def docx_reflection(M):
    dx = Docx()
    dx.header("Reflective practice log - {{Dr S. Dlamini|K}} - entry 14 - CONFIDENTIAL")
    dx.footer("Linked SI: StEIS {{2023/21877|REF}} - RiO {{4402918|HN}} - do not upload without anonymising")
    dx.heading("Reflection: learning from the death of a patient after discharge", 1)
    dx.p("Author: {{Dr Sibusiso Dlamini|K}}, Specialty Doctor, General Adult Psychiatry, "
         "{{Pennine Moors Mental Health NHS Trust|K}}. Date written: 20/10/2023.")
    dx.heading("What happened", 2)
    dx.p("In July 2023 a man I had looked after on {{Elmwood Ward|K}}, {{Will|PN}} ({{Mr W. Ferriday|PN}}), died at "
         "home sixteen days after discharge. I led the serious incident investigation. I will call him "
         "{{Will|PN}} here because that is what he asked us to call him, and because writing \"the patient\" "
         "felt wrong.")
    dx.p("{{Will|PN}}'s sister, {{Dawn|RN}}, had phoned the team four days before he died. Her call was logged "
         "but not passed on. When I met her for the investigation she said: \"I told you he was drinking "
         "again and nobody came.\"")
    dx.heading("What I learned", 2)
    dx.p("Families hold information we do not. The {{Mental Health Act 1983|K}} and the "
         "{{Triangle of Care|K}} both ask us to involve carers, and we will only do that reliably if carers' "
         "calls are treated as clinical information. I also learned how much the 72-hour follow-up matters: "
         "{{Will|PN}}'s was on day 4.")
    dx.heading("What I will do differently", 2)
    dx.p("1. On every discharge I now record a named family contact and ask: \"who will notice first if "
         "things go wrong?\"")
    dx.p("2. I present this case (anonymised) at the junior doctors' induction; the first session was on "
         "{{01/11/2023|K}} with feedback {{4.7/5|K}}.")
    dx.p("3. I discussed the case with the care coordinator ({{Leanne|CN}}) and the CPN ({{Gareth|CN}}) - not to "
         "blame, but to understand the pressures on the team that week.")
    dx.p("Discussed in supervision with {{Dr Helen Makin|K}} on 25/10/2023, who agreed this reflection.")
    M.add_docx("reflection_docx", "Dr Sibusiso Dlamini", dx, "reflection")


# ------------------------------------------------------------------ h5-079 complaint response with table
@builder
def docx_complaint_response(M):
    dx = Docx()
    dx.header("{{Betsi Cadwaladr University Health Board|K}} - Concerns Team - Ein cyf / Our ref {{BC-24-00771|REF}}")
    dx.p("{{Mrs Llinos Parry|RN}}")
    dx.p("{{Hafod Wen, Ffordd Caergybi|AD}}")
    dx.p("{{Bangor|AD}} {{LL57 2RT|PC}}")
    dx.p("12 September 2024")
    dx.p("Dear Mrs {{Parry|RN}},", bold=False)
    dx.p("Re: your concerns about the discharge of your father, Mr {{Eifion Williams-Roberts|PN}} "
         "(DOB {{27/01/1937|K}}, hospital number {{G771045|HN}})", bold=True)
    dx.p("Thank you for raising your concerns under {{Putting Things Right|K}}. {{Dr Gwenllian Prydderch|K}}, "
         "Specialty Doctor in Cardiology, has reviewed your father's care and met you on 2 September. "
         "Our response to each point is set out below.")
    dx.table([["Your concern", "What we found", "What we have done"],
              ["{{Eifion|PN}} went home on the wrong dose of furosemide",
               "Discharge letter said {{furosemide 80 mg|K}} but the TTO supplied 40 mg",
               "Apology given; pharmacy check of TTO against letter introduced on {{Ward Aran|K}}"],
              ["Nobody phoned Dad's GP",
               "The discharge letter reached Dr {{Gareth Rowlands|CN}} 5 days late",
               "Electronic letters now sent same day ({{WCP|K}})"],
              ["A ward clerk ({{Sioned|CN}}) was rude on the phone",
               "The ward manager spoke to the staff member",
               "Customer care training booked"]])
    dx.p("Mr {{Williams-Roberts|PN}} was readmitted on 16 August with fluid overload ({{NT-proBNP 4,880 ng/L|K}}); "
         "this has been reported as an incident ({{DCIQ 3318842|REF}}) and investigated as moderate harm.")
    dx.p("If you are not satisfied you may contact the {{Public Services Ombudsman for Wales|K}}. "
         "You can reach the Concerns Team on {{01632 960455|PH}} or {{concerns.bcu@wales.nhs.uk|EM}}.")
    dx.p("Yn gywir / Yours sincerely,")
    dx.p("{{Carwyn Ellis-Jones|CN}}, Head of Concerns (for the Chief Executive)")
    dx.footer("Investigating clinician: {{Dr G. Prydderch|K}}, {{GMC 7203367|K}}")
    M.add_docx("complaint_response_docx", "Dr Gwenllian Prydderch", dx, "complaint-response")


# ------------------------------------------------------------------ h5-080 handover table docx
@builder
def docx_handover(M):
    dx = Docx()
    dx.header("SURGICAL TAKE HANDOVER - {{Hallamshire Vale Hospital|K}} - Sun 18/06/2023 08:00")
    dx.p("From: {{Dr Mehreen Aslam|CN}} (night reg)   To: {{Dr S. Osei-Bonsu|K}} (day reg), Mr {{Abiodun|CN}} (cons)")
    dx.table([["Loc", "Patient", "Hosp no", "Issue", "Plan / to do"],
              ["ED resus", "{{Ferreira-Lowe, Tomás|PN}} 61M", "{{HV7702219|HN}}", "Perforated DU, {{qSOFA 2|K}}",
               "Lap washout + omental patch done 02:00; HDU bed 3"],
              ["9-02", "{{NAYLOR, Dawn|PN}} 52F", "{{HV3318204|HN}}", "Bile leak post lap chole",
               "Drain 340 mL overnight - ERCP list Monday, {{MRCP|K}} today"],
              ["9-05", "{{PEMBERTON, Gerald|PN}} 77M", "{{HV1049937|HN}}", "SBO",
               "{{Gastrografin|K}} in caecum at 6 h - start fluids"],
              ["10-04", "{{MACLEOD, Hamish|PN}} 88M", "{{HV0293385|HN}}", "AKI post Hartmann's",
               "Cr 188 -> 151, {{K+ 5.1|K}}; daughter {{Fiona|RN}} visiting 11:00"],
              ["SAU", "{{Summer Lockwood|PN}} 23F", "{{HV8813340|HN}}", "RIF pain, ?appendicitis vs ovarian",
               "USS booked; {{hCG negative|K}}; boyfriend {{Kieran|RN}} is NOK"]])
    dx.p("Outstanding: consent for {{Summer|PN}} if USS positive; Mrs {{Naylor|PN}}'s husband to be called by 10:00.")
    dx.p("Night reg comments: busy night (11 referrals). {{Jack|CN}} (FY1) was excellent.")
    dx.footer("Handover verified as accurate: Mr {{Ian Crabtree|K}}, Consultant Surgeon - evidence of {{Dr Samuel Osei-Bonsu|K}} "
              "({{GMC 7011284|K}})")
    M.add_docx("handover_docx", "Dr Samuel Osei-Bonsu", dx, "handover")


# ------------------------------------------------------------------ h5-081 case summary with text box
@builder
def docx_case_summary(M):
    dx = Docx()
    dx.header("Case-based discussion - Community Paediatrics - {{Dr I. Nwachukwu|K}}")
    dx.heading("Case summary for CbD: suspected non-accidental injury", 1)
    dx.textbox(["PATIENT DETAILS (for assessor only)",
                "Name: {{Tyler-Jay Brennan|PN}} (\"{{TJ|PN}}\")   DOB {{08/01/2022|K}}",
                "NHS {{4103358826|NHS}}   Hosp {{NGH/6650124|HN}}",
                "Address: {{Flat 11, Hawthorn House|AD}}, {{Churwell|AD}} {{NW3 7XE|PC}}",
                "Social worker: Ms {{Abena Kusi|CN}} {{07700 900519|PH}}"], width_pt=420, height_pt=110)
    dx.p("A {{2-year-old|K}} boy presented to {{Northwold General Hospital|K}} with a {{spiral fracture of the "
         "left humerus|K}} and patterned bruising. The explanation (fall from a sofa) was inconsistent with "
         "the injuries and his developmental stage.")
    dx.p("I followed the {{RCPCH child protection companion|K}}: skeletal survey (two healing posterior rib "
         "fractures found), CT head (normal), ophthalmology review (no retinal haemorrhages), and bloods "
         "including clotting and bone profile. A strategy meeting was held within 24 hours with police "
         "(DC {{Matthew Royle|CN}}) and children's social care.")
    dx.p("{{TJ|PN}}'s mother ({{Chantelle|RN}}) and her partner ({{Liam|RN}}) were told of the referral by me and the "
         "named doctor together. I reflected on managing my own feelings while staying neutral.")
    dx.table([["Learning point", "Evidence"],
              ["Sentinel injuries in non-mobile children", "{{NICE CG89|K}}; bruising in pre-mobile infants"],
              ["Skeletal survey interpretation", "Discussed with Dr {{Ruth Odell|CN}} (paediatric radiology)"],
              ["Report writing for court", "Report written {{22/03/2024|K}}; reviewed by named doctor"]])
    dx.p("Assessor: {{Dr Penelope Ashby|K}}, Named Doctor for Safeguarding - outcome: {{meets expectations|K}}.")
    M.add_docx("case_summary_docx", "Dr Ifeoma Nwachukwu", dx, "case-summary")


# ------------------------------------------------------------------ h5-082 coroner statement docx with QR
@builder
def docx_coroner(M):
    dx = Docx()
    dx.header("HM Coroner for {{Northamptonshire|K}} - Inquest ref {{NC-INQ-0412-2025|REF}} - Witness statement")
    dx.footer("Statement of {{Dr Dimitrios Papadopoulos|K}} - page 1 - {{Queen Eleanor Hospital|K}}")
    dx.heading("Statement of {{Dr Dimitrios Papadopoulos|K}}", 1)
    dx.p("Re: the death of {{Per Anders Lindqvist|PN}} (date of birth {{30/09/1985|K}}), died 11 January 2025")
    dx.p("1. I am a clinical fellow in Intensive Care Medicine at the {{Queen Eleanor Hospital|K}} "
         "({{GMC 7265530|K}}). I was involved in Mr {{Lindqvist|PN}}'s care on the {{Critical Care Unit|K}} "
         "between 7 and 11 January 2025. I have read the notes, hospital number {{QEH6402238|HN}}.")
    dx.p("2. Mr {{Lindqvist|PN}} was admitted after a road traffic collision with a severe traumatic brain injury, "
         "{{GCS 8|K}} at scene. Despite ICP-guided therapy his intracranial pressure rose to 38 mmHg on "
         "10 January. The neurosurgical consultant, Mr {{Olawale|CN}}, advised that decompressive craniectomy "
         "would not change the outcome.")
    dx.p("3. Brainstem death testing was performed on 11 January by Dr {{Fiona McAllister|CN}} and "
         "Dr {{Henrik Aas|CN}} in accordance with the {{Academy of Medical Royal Colleges code of practice (2008)|K}}. "
         "His partner, Ms {{Saoirse Flanagan|RN}}, and his father, Mr {{Göran Lindqvist|RN}}, were present "
         "for the family discussion. The specialist nurse for organ donation was {{Kerry-Ann|CN}}.")
    dx.p("4. Documents can be uploaded to the Coroner's secure portal (scan the code below, or go to "
         "{{https://coroner.northamptonshire.gov.uk/upload/NC-INQ-0412-2025|URL}}).")
    val = "https://coroner.northamptonshire.gov.uk/upload/NC-INQ-0412-2025"
    im = Image.fromarray(np.array(zxingcpp.create_barcode(val, zxingcpp.BarcodeFormat.QRCode).to_image(scale=6)))
    dx.picture(im.convert("RGB"), 1.3, value=val, fmt="QRCode")
    dx.p("I believe that the facts stated in this witness statement are true.")
    dx.p("Signed: {{D. Papadopoulos|K}}     Date: 03/03/2025")
    M.add_docx("coroner_statement_docx", "Dr Dimitrios Papadopoulos", dx, "coroner-statement")
