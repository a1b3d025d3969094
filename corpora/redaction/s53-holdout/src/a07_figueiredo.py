from common import *

APPLICANT = "Dr Joana Figueiredo"

DOCS = [
dict(id="ho-045", kind="translated_clinical_note", text="""ORIGINAL (Português)
Centro Hospitalar Universitário Lisboa Norte - Hospital de Santa Maria
Consulta de Doenças Sexualmente Transmissíveis / Infecciologia
Data: 17/05/2021
Utente: Rui Miguel Valadares Pinto, 29 anos, sexo masculino
N.º de processo: 20210934471    N.º de utente SNS: 284 119 037
Morada: Rua Cidade de Bolama 14, 3.º Esq., 1800-079 Lisboa    Telemóvel: +351 910 000 318
Motivo: úlcera genital indolor há 10 dias; exantema palmo-plantar.
VDRL 1:64, TPHA positivo. VIH-1/2 negativo; PrEP em curso (tenofovir/emtricitabina).
Diagnóstico: sífilis secundária.
Tratamento: penicilina G benzatínica 2,4 MUI IM dose única. Notificação obrigatória (SINAVE) n.º 2021/SIN/118204.
Contactos: parceiro, Sr. Tiago Balsemão - convocado.
Médica: Dra. Joana Figueiredo     Supervisão: Prof.ª Doutora Helena Quaresma

CERTIFIED TRANSLATION (English)
Lisbon North University Hospital Centre - Santa Maria Hospital
Sexually Transmitted Infections / Infectious Diseases Clinic
Date: 17/05/2021
Patient: Rui Miguel Valadares Pinto, 29 years, male
Hospital record no.: 20210934471    National Health Service user no.: 284 119 037
Address: Rua Cidade de Bolama 14, 3rd floor left, 1800-079 Lisbon    Mobile: +351 910 000 318
Complaint: painless genital ulcer for 10 days; palmar-plantar rash.
VDRL 1:64, TPHA positive. HIV-1/2 negative; on PrEP (tenofovir/emtricitabine).
Diagnosis: secondary syphilis.
Treatment: benzathine penicillin G 2.4 MU IM single dose. Mandatory notification (SINAVE) no. 2021/SIN/118204.
Contacts: partner, Mr Tiago Balsemão - recalled.
Doctor: Dr Joana Figueiredo     Supervisor: Prof. Dr Helena Quaresma
Certified by notary translator Ana Sofia Correia, Lisbon, certificate 4471/2023.
""",
identifiers=[("Rui Miguel Valadares Pinto", PN), ("20210934471", HN), ("284 119 037", NHS),
             ("Rua Cidade de Bolama 14, 3.º Esq., 1800-079 Lisboa", AD), ("+351 910 000 318", PH), ("2021/SIN/118204", REF),
             ("Sr. Tiago Balsemão", RN), ("Rua Cidade de Bolama 14, 3rd floor left, 1800-079 Lisbon", AD), ("Mr Tiago Balsemão", RN),
             ("4471/2023", REF)],
keep=["Hospital de Santa Maria", "17/05/2021", "29 anos, sexo masculino", "29 years, male", "VDRL 1:64", "TPHA", "PrEP",
      "penicilina G benzatínica 2,4 MUI", "benzathine penicillin G 2.4 MU", "Dra. Joana Figueiredo", "Dr Joana Figueiredo",
      "Prof.ª Doutora Helena Quaresma", "Prof. Dr Helena Quaresma", "secondary syphilis", "Ana Sofia Correia"]),

dict(id="ho-046", kind="clinic_letter", text="""Liverpool University Hospitals NHS Foundation Trust
Sexual Health & HIV Service, Royal Liverpool University Hospital, Prescot Street, Liverpool L7 8XP
Confidential - letter sent to GP with patient's written consent (consent recorded 02/04/2025)

Clinic no: GU25-08812        NHS no: 428 660 9913
Dr Rashida Mbeki-Oduya, Old Swan Health Centre, Crystal Close, Liverpool L13 2GA

Re: Ms Chantelle Rimmer-Doyle, DOB 23/07/1999

I saw Ms Rimmer-Doyle on 02/04/2025. She has been diagnosed with HIV-1 infection (4th-generation test reactive, confirmed; CD4 412 cells/uL, viral load 48,200 copies/ml, HLA-B*57:01 negative, no resistance on baseline genotype). Hepatitis B immune, hepatitis C negative.

She started Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) one tablet daily on 09/04/2025 (rapid start). Please note the interaction with her antacids; separate by 2 hours. She is not pregnant and uses the etonogestrel implant.

Partner notification: she has named one current partner, for whom a provider referral has been made (PN reference PN-L-25-0391).

Dr Joana Figueiredo, Specialty Doctor in Genitourinary Medicine, GMC 7702461
""",
identifiers=[("Prescot Street, Liverpool L7 8XP", AD), ("GU25-08812", HN), ("428 660 9913", NHS), ("Dr Rashida Mbeki-Oduya", CN),
             ("Old Swan Health Centre, Crystal Close, Liverpool", AD), ("L13 2GA", PC), ("Ms Chantelle Rimmer-Doyle", PN),
             ("Ms Rimmer-Doyle", PN), ("PN-L-25-0391", REF)],
keep=["Liverpool University Hospitals NHS Foundation Trust", "Royal Liverpool University Hospital", "02/04/2025", "23/07/1999",
      "CD4 412 cells/uL", "viral load 48,200 copies/ml", "HLA-B*57:01", "Biktarvy", "bictegravir/emtricitabine/tenofovir alafenamide",
      "09/04/2025", "etonogestrel implant", "Dr Joana Figueiredo", "7702461"]),

dict(id="ho-047", kind="partner_notification_log", text="""PN log - health adviser + doctor - RLUH sexual health - Feb 2025 (extract)
index clinic no | index dx     | contact (as given)              | contact route        | outcome                 | HA   | Dr
GU25-06120     | gonorrhoea   | "Jaz" (Jasmine Tolliday?)       | Grindr msg / tel 07700 900118 | attended 14/02, CT/NG + | Nadia | JF
GU25-06120     | gonorrhoea   | Connor Melia                    | provider referral    | not contactable x3      | Nadia | JF
GU25-06377     | chlamydia    | Femi Adeleke-Ross               | patient referral     | treated at GP (doxy 100 mg BD 7d) | Barry | JF
GU25-06502     | syphilis     | ex-partner (wants anon), "D"    | anon e-notification  | unknown                 | Barry | JF
GU25-06744     | MG (macrolide-resistant) | Kelsey Brannagh     | provider referral    | attended 27/02, moxifloxacin 400 mg 10d | Nadia | JF

Health advisers: Nadia Kowalewska, Barry Fitzsimons. Reviewed at PN governance meeting 06/03/2025 (chair Dr Suresh Naidoo, consultant, signs).
""",
identifiers=[("GU25-06120", HN), ("Jaz", PN), ("Jasmine Tolliday", PN), ("07700 900118", PH), ("Connor Melia", PN), ("GU25-06377", HN),
             ("Femi Adeleke-Ross", PN), ("GU25-06502", HN), ("GU25-06744", HN), ("Kelsey Brannagh", PN), ("Nadia", CN),
             ("Barry", CN), ("Nadia Kowalewska", CN), ("Barry Fitzsimons", CN)],
keep=["RLUH", "JF", "CT/NG", "doxy 100 mg BD 7d", "moxifloxacin 400 mg", "MG (macrolide-resistant)", "06/03/2025", "Dr Suresh Naidoo",
      "14/02"]),

dict(id="ho-048", kind="audit_spreadsheet", text="""Re-audit: BASHH 2019 gonorrhoea guideline - test of cure (TOC) - RLUH - Q4 2024
Auditors: J Figueiredo (lead), T. Okafor-Lynch (HA)    Audit reg no: LUHFT-SH-AUD-0442
Standard: >=80% of patients treated for gonorrhoea offered TOC; NAAT at least 14 days post treatment

row | clinic_no   | sex | site         | ceftriaxone 1 g IM | TOC offered | TOC done | days | result | comments
1   | GU24-19982  | M   | pharynx      | Y                  | Y           | Y        | 16   | neg    |
2   | GU24-20117  | F   | endocervix   | Y                  | Y           | N        | -    | -      | DNA x2 (txt 07700 900940)
3   | GU24-20455  | M   | rectum       | Y                  | Y           | Y        | 9    | pos    | too early - retest neg d21
4   | GU24-20802  | M   | urethra      | N (allergy: gent 240 mg + azithro 2 g) | Y | Y | 15 | neg |
5   | GU24-21376  | F   | pharynx      | Y                  | N           | N        | -    | -      | seen by Dr Pettigrew, TOC not offered
totals (n=146): TOC offered 89%, done 64%, appropriately timed 83%
Action: SMS reminder at day 14 (Q1 2025). Signed off: Dr S. Naidoo, audit lead.
""",
identifiers=[("T. Okafor-Lynch", CN), ("LUHFT-SH-AUD-0442", REF), ("GU24-19982", HN), ("GU24-20117", HN), ("07700 900940", PH),
             ("GU24-20455", HN), ("GU24-20802", HN), ("GU24-21376", HN), ("Dr Pettigrew", CN)],
keep=["BASHH 2019", "J Figueiredo", "ceftriaxone 1 g IM", "gent 240 mg", "azithro 2 g", "89%", "Dr S. Naidoo", "RLUH", "14 days"]),

dict(id="ho-049", kind="teaching_feedback", text="""Teaching record + feedback - "PEP, PrEP and the 72-hour window" - FY2/GP trainee teaching
Teacher: Dr Joana Figueiredo     Date: 13/11/2024     Venue: Liverpool Medical Institution (Royal Liverpool teaching room 2)
Attendees: 14 (sign-in sheet retained locally)
Verified: Dr Suresh Naidoo, Consultant GUM (educational supervisor)

Feedback form summary (n=12)
Q1 Objectives clear:        strongly agree 10, agree 2
Q2 Pitched at right level:  strongly agree 8, agree 3, neutral 1
Q3 Will change practice:    strongly agree 9, agree 3
Comments:
* "Great cases. The PEPSE flowchart is now on my phone."
* "Would have liked more on Bictegravir interactions"
* "Dr Figueiredo explained the UK Guideline for the use of HIV PEP 2021 so clearly"
* "Please share slides to owen.treharne@gptrainee.example.nhs.uk"  (note: attendee e-mail left in comment)
* "Loved the quiz. Fiona from A&E"
""",
identifiers=[("owen.treharne@gptrainee.example.nhs.uk", EM), ("Fiona", CN)],
keep=["Dr Joana Figueiredo", "Dr Figueiredo", "13/11/2024", "Dr Suresh Naidoo", "PEPSE", "UK Guideline for the use of HIV PEP 2021",
      "Bictegravir", "72-hour window", "Liverpool Medical Institution"]),

dict(id="ho-050", kind="wpba_minicex", text="""Mini-CEX | Dr J Figueiredo | GMC 7702461 | assessor Dr S Naidoo (GMC 4455120) | 28/01/2025 | RLUH walk-in clinic

case: 19 y/o F, ?PID - lower abdo pain, dyspareunia, cervical motion tenderness, T 37.9. Hb 128, CRP 46. pregnancy test neg.
clinic no on paper form: GU25-01744
management: ceftriaxone 1 g IM stat + doxycycline 100 mg BD + metronidazole 400 mg BD 14 days (BASHH 2019 PID). Safety-net; review 72 h.
sensitive history taking incl. sexual assault screening question and safeguarding (age >18, no concerns).
ratings: history 5/6, exam 5/6, communication 6/6, clinical judgement 5/6, professionalism 6/6, overall 6/6
feedback: "excellent, non-judgemental. Consider offering HIV/syphilis test explicitly rather than opt-out wording."
signed S Naidoo
""",
identifiers=[("GMC 4455120", GMC), ("GU25-01744", HN)],
keep=["Dr J Figueiredo", "7702461", "Dr S Naidoo", "S Naidoo", "28/01/2025", "RLUH", "19 y/o F", "T 37.9", "Hb 128", "CRP 46",
      "ceftriaxone 1 g IM", "doxycycline 100 mg BD", "metronidazole 400 mg BD", "BASHH 2019 PID", "72 h"]),

dict(id="ho-051", kind="whatsapp_export", text="""22/03/2025, 19:02 - Dr Jo F: Hi all, reminder the outreach clinic at the sauna on Sunday - PrEP starts + hep A/B vaccines
22/03/2025, 19:05 - Marlon (outreach): 👍 I've got 3 booked, one is the lad from last time, Ricky Gaskell, he wants his results
22/03/2025, 19:07 - Dr Jo F: results need to be given face to face in clinic please, don't put them on here
22/03/2025, 19:08 - Marlon (outreach): sorry! his number is 07700 900657 if you want to ring him
22/03/2025, 19:15 - Dr Jo F: I'll call from the clinic line tomorrow. Let's keep names off this group (Caldicott). Thanks Marlon
23/03/2025, 10:41 - Priya HA: mpox vaccine (MVA-BN) 2nd doses: 6 due, list in EPR under outreach
23/03/2025, 10:44 - Dr Jo F: 🙏 
""",
identifiers=[("Marlon (outreach)", CN), ("Marlon", CN), ("Ricky Gaskell", PN), ("07700 900657", PH), ("Priya HA", CN)],
keep=["Dr Jo F", "PrEP", "Caldicott", "MVA-BN", "22/03/2025"]),
]
