# Mr Tomasz Wieczorek - General Surgery - Royal Shrewsbury Hospital; earlier Wroclaw, Poland
from common import doc

APPL = "Mr Tomasz Wieczorek"

DOCS = [
doc("s51-010", "operation_note", APPL, """SHREWSBURY AND TELFORD HOSPITAL NHS TRUST - OPERATION NOTE
Theatre 4, Royal Shrewsbury Hospital                      Date: 17/07/2024

Patient: Mrs Anwen PRICE-RODERICK     DOB: 30/01/1957     Female
Hospital no.: S2094417     NHS no.: 493 261 0578
Ward 22 (Surgical Assessment Unit), bed 14

Surgeon: Mr T. Wieczorek (Specialty Doctor)     Assistant: Dr Kai Lindholm (FY2)
Supervising consultant: Mr A. Crowther (scrubbed from 10:05)
Anaesthetist: Dr Bernadette Iwu     Scrub practitioner: Gemma Stott
Anaesthetic: GA, ETT. Antibiotic: co-amoxiclav 1.2 g IV at induction. VTE: TEDS + enoxaparin 40 mg from 18:00.

Procedure: Laparoscopic cholecystectomy (OPCS J18.3). Not converted.
Indication: acute calculous cholecystitis, day 3 of admission (Tokyo Guidelines 2018 grade II).

Findings: oedematous, distended gallbladder with omental adhesions; stone impacted in Hartmann's pouch. Strasberg critical view of safety achieved and photographed (2 images to EPR).

Procedure
1. Open Hasson entry at umbilicus, 12 mm port; pneumoperitoneum 12 mmHg; three 5 mm ports.
2. Adhesiolysis; gallbladder decompressed with needle.
3. Calot's triangle dissected; cystic duct and artery clipped (Hem-o-lok) and divided.
4. Retrograde dissection off the liver bed, haemostasis with diathermy.
5. Retrieval in bag via umbilical port. Robinson drain 20 Fr to liver bed.
6. Closure: 0 PDS to umbilical sheath; 4/0 Monocryl subcuticular; Dermabond.
EBL 50 ml. Operating time 96 min.

Post-op: eat and drink as tolerated; drain review in the morning; LFTs day 1. Histology sent (specimen no. 24H-118830). Home if well POD 1-2. Virtual clinic at 6 weeks.

Signed: T. Wieczorek, GMC 7654301
Countersigned: Mr A. Crowther, Consultant Colorectal Surgeon
""",
ids=[("Anwen PRICE-RODERICK", "P"), ("S2094417", "H"), ("493 261 0578", "N"), ("Kai Lindholm", "C"),
     ("Bernadette Iwu", "C"), ("Gemma Stott", "C"), ("24H-118830", "O")],
keep=["Mr T. Wieczorek", "T. Wieczorek", "7654301", "Mr A. Crowther", "30/01/1957", "Female",
      "Hartmann's pouch", "Calot's triangle", "Strasberg", "Tokyo Guidelines 2018", "OPCS J18.3",
      "co-amoxiclav 1.2 g IV", "enoxaparin 40 mg", "Robinson drain 20 Fr", "Ward 22", "bed 14", "Theatre 4",
      "EBL 50 ml", "Royal Shrewsbury Hospital"]),

doc("s51-011", "logbook_extract", APPL, """eLogbook - Consolidation report (filtered)
Surgeon: Tomasz Wieczorek     GMC 7654301     Specialty: General Surgery
Date range: 01/08/2023 - 31/07/2024
Hospitals: Royal Shrewsbury Hospital; Princess Royal Hospital, Telford
Filter: Emergency laparotomy

Date        Pt ID      Pt     Age  Sex  Procedure                                            Role  Sup   Outcome
04/09/2023  S1873305   GH     71   M    Laparotomy, small bowel resection, primary anast.    P     S-U   Home day 9
19/10/2023  S2011842   MJW    83   F    Hartmann's procedure, perforated diverticulitis     P     S-S   ITU, home day 21
02/12/2023  T0449176   R-AB   56   M    Laparotomy, omental patch, perforated DU            P     U     Home day 6
28/12/2023  S1990417   EDP    67   F    Adhesiolysis, SBO (no resection)                     P     U     Home day 5
15/02/2024  T0467233   KS     44   M    Laparotomy for trauma (splenectomy)                  PS    S-S   Home day 8
09/04/2024  S2059981   HLL    89   F    Subtotal colectomy, end ileostomy (C. diff toxic)    A     -     Died day 3
30/06/2024  S2101156   OO     38   M    Laparotomy, appendicectomy (perforated, pelvic)      P     U     Home day 4

Totals (all emergency laparotomies in range): 38 (P 29, PS 6, A 3). NELA data entered for 36/38.
Role: P = performed; PS = performed, supervised; A = assisted.
Sup: S-S = supervisor scrubbed; S-U = supervisor unscrubbed; U = unsupervised.

Reviewed and verified: Mr Alistair Crowther, Consultant Colorectal Surgeon, 09/08/2024
""",
ids=[("S1873305", "H"), ("GH", "P"), ("S2011842", "H"), ("MJW", "P"), ("T0449176", "H"), ("R-AB", "P"),
     ("S1990417", "H"), ("EDP", "P"), ("T0467233", "H"), ("KS", "P"), ("S2059981", "H"), ("HLL", "P"),
     ("S2101156", "H"), ("OO", "P")],
keep=["Tomasz Wieczorek", "7654301", "Mr Alistair Crowther", "Hartmann's procedure", "NELA",
      "Princess Royal Hospital", "Royal Shrewsbury Hospital", "C. diff", "38 (P 29, PS 6, A 3)"]),

doc("s51-012", "operation_record_translation", APPL, """WOJEWÓDZKI SZPITAL SPECJALISTYCZNY WE WROCŁAWIU
Oddział Chirurgii Ogólnej i Onkologicznej
ul. Lipowa 18, 50-302 Wrocław

PROTOKÓŁ OPERACYJNY nr 1432/2019
Pacjent: Janina Kowalczyk     PESEL: 52031408326     Nr historii choroby: 2019/08713
Data urodzenia: 14.03.1952     Płeć: K
Data operacji: 21.05.2019
Operator: lek. Tomasz Wieczorek     Asysta: lek. Marek Zieliński, lek. Agnieszka Dąbrowska
Anestezjolog: dr n. med. Piotr Sowa
Rozpoznanie przedoperacyjne: Rak esicy (C18.7) z cechami niedrożności.
Rodzaj operacji: Resekcja esicy sposobem Hartmanna.
Przebieg: Laparotomia pośrodkowa. W esicy guz ok. 6 cm, naciekający otrzewną ścienną, poszerzone pętle jelita cienkiego. Przerzutów do wątroby nie stwierdzono. Wycięto esicę z krezką (podwiązanie naczyń krezkowych dolnych u odejścia), kikut odbytnicy zamknięto staplerem, wyłoniono kolostomię końcową w lewym dole biodrowym. Dren do miednicy. Utrata krwi ok. 300 ml.
Pacjentkę przekazano na OIT. Rodzinę pacjentki Janiny Kowalczyk (córka, Ewa Nowicka) poinformowano o przebiegu operacji.

Podpis operatora: lek. Tomasz Wieczorek
Zatwierdził: dr hab. n. med. Krzysztof Wróbel, Ordynator Oddziału

--------------------------------------------------------------
ENGLISH TRANSLATION
Provincial Specialist Hospital, Wrocław - Department of General and Oncological Surgery
Address: ul. Lipowa 18, 50-302 Wrocław

OPERATION RECORD no. 1432/2019
Patient: Janina Kowalczyk     PESEL (national ID number): 52031408326     Case record no.: 2019/08713
Date of birth: 14.03.1952     Sex: F
Date of operation: 21.05.2019
Operating surgeon: Dr Tomasz Wieczorek     Assistants: Dr Marek Zieliński, Dr Agnieszka Dąbrowska
Anaesthetist: Dr Piotr Sowa
Pre-operative diagnosis: carcinoma of the sigmoid colon (C18.7) with features of obstruction.
Operation: sigmoid resection, Hartmann's procedure.
Course: Midline laparotomy. Tumour of about 6 cm in the sigmoid, infiltrating the parietal peritoneum; dilated small-bowel loops. No liver metastases. Sigmoid excised with its mesentery (inferior mesenteric vessels ligated at origin), rectal stump closed with a stapler, end colostomy in the left iliac fossa. Pelvic drain. Blood loss about 300 ml.
The patient was transferred to ICU. The family of Mrs Kowalczyk (daughter, Ewa Nowicka) were informed about the operation.

Translated by Tomasz Wieczorek; translation checked and certified by sworn translator Anna Wiśniewska-Hart.
Verified: Dr hab. Krzysztof Wróbel, Head of Department
""",
ids=[("ul. Lipowa 18, 50-302 Wrocław", "A"), ("1432/2019", "REF"), ("Janina Kowalczyk", "P"),
     ("52031408326", "O"), ("2019/08713", "H"), ("Marek Zieliński", "C"), ("Agnieszka Dąbrowska", "C"),
     ("Piotr Sowa", "C"), ("Janiny Kowalczyk", "P"), ("Ewa Nowicka", "R"), ("Kowalczyk", "P")],
keep=["lek. Tomasz Wieczorek", "Dr Tomasz Wieczorek", "Tomasz Wieczorek", "14.03.1952", "Płeć: K", "C18.7",
      "sposobem Hartmanna", "Hartmann's procedure", "dr hab. n. med. Krzysztof Wróbel", "Dr hab. Krzysztof Wróbel",
      "Anna Wiśniewska-Hart", "WOJEWÓDZKI SZPITAL SPECJALISTYCZNY WE WROCŁAWIU", "ok. 300 ml", "21.05.2019"]),

doc("s51-013", "mm_minutes", APPL, """Department of General Surgery - Morbidity & Mortality meeting
Minutes: Wednesday 12/06/2024, 08:00-09:00, Seminar Room 2, Royal Shrewsbury Hospital
Chair: Miss Harriet Penrose (Consultant Upper GI Surgeon, M&M lead)
Present: Mr Gethin Morgan-Lloyd, Mr Sunil Bhattacharya, Ms Ffion Jenkins (colorectal CNS), Dr Ollie Brandt (ST6), Mr T. Wieczorek, Dr Kai Lindholm, Dr Nandini Rao, and 9 others (sign-in sheet)

Case 1 - presented by Mr Wieczorek
78M (S1988740). Anastomotic leak after right hemicolectomy, day 5. CT confirmed; return to theatre, end ileostomy. Survived; ITU 6 days.
Discussion: the CRP trend (day 3: 212) was not escalated at the weekend (Dr Brandt covering, handed over to Dr Rao). Learning: day-3 CRP above 150 after colorectal resection triggers registrar review and CT if unexplained (ERAS protocol).
Action: add to the ward round checklist - owner Ms Jenkins, by 31/07/2024.

Case 2 - presented by Dr Rao
64F (S2040315). Bile leak after laparoscopic cholecystectomy (operating surgeon Mr Bhattacharya). ERCP and stent by Dr Cheung (gastroenterology). Clavien-Dindo IIIa.
Discussion: cystic duct stump closed with clips only in an inflamed field; consider endoloop or subtotal cholecystectomy. Mr Morgan-Lloyd to circulate the BJS 2023 review.

Case 3 - death
91F (T0501278), "Mrs E.M." Frailty (CFS 7), perforated diverticulitis, treated conservatively after a ceiling-of-care discussion with her son, Mr Gerald Mottram. NELA predicted mortality 38%. Agreed appropriate and well documented. Structured Judgement Review (ref SJR-24-0072) completed by Mr Morgan-Lloyd; care rated good.

Minutes recorded by Mr T. Wieczorek. Approved by the chair, Miss Harriet Penrose, 19/06/2024.
""",
ids=[("Gethin Morgan-Lloyd", "C"), ("Morgan-Lloyd", "C"), ("Sunil Bhattacharya", "C"), ("Bhattacharya", "C"),
     ("Ffion Jenkins", "C"), ("Jenkins", "C"), ("Ollie Brandt", "C"), ("Brandt", "C"), ("Kai Lindholm", "C"),
     ("Nandini Rao", "C"), ("Rao", "C"), ("S1988740", "H"), ("S2040315", "H"), ("Cheung", "C"),
     ("T0501278", "H"), ("E.M.", "P"), ("Gerald Mottram", "R"), ("SJR-24-0072", "REF")],
keep=["Miss Harriet Penrose", "Mr T. Wieczorek", "Mr Wieczorek", "Clavien-Dindo IIIa", "ERAS",
      "NELA predicted mortality 38%", "78M", "64F", "91F", "CFS 7", "Royal Shrewsbury Hospital", "day 3: 212"]),

doc("s51-014", "complaint_response", APPL, """Patient Advice and Complaints Team
Shrewsbury and Telford Hospital NHS Trust
Copthorne Rise, Shrewsbury SY3 8XQ
Tel: 01632 960388

Our ref: COM-24-01377
Your ref: LG/MH

PRIVATE AND CONFIDENTIAL
Mrs Lorraine Gittins
12 Bryn Teg Lane
Oswestry
SY11 2PL

26 September 2024

Dear Mrs Gittins

Thank you for your letter of 2 August 2024 about the care your father, Mr Harold Meredith (date of birth 08/05/1939), received on the Surgical Assessment Unit between 14 and 16 July 2024. I am sorry that his last days were made harder by the problems you describe.

Our investigation was led by Mr Gethin Morgan-Lloyd, Consultant Surgeon, with statements from Mr Tomasz Wieczorek, Specialty Doctor, Dr Ellen Szabo, Foundation Doctor, and the ward manager, Sister Carys Bowen.

1. Delay in pain relief on arrival. Mr Meredith arrived on the unit at 19:05. Morphine was prescribed by Dr Szabo at 21:40 and given at 21:55. This was too long; the unit was caring for 31 patients with one foundation doctor. We have added a second evening doctor from October.

2. Communication about the decision not to operate. Mr Wieczorek met you and your brother Dafydd on 15 July at 18:15 to explain that, because of your father's heart failure (ejection fraction 20%) and frailty, an operation for his bowel obstruction carried a very high risk of death (NELA estimate 61%). We accept that the conversation took place in the corridor, which you found distressing. Mr Wieczorek has reflected on this and apologises.

3. Lost hearing aid. Sister Bowen has arranged a replacement through the audiology department at no cost.

If you remain unhappy, you can contact the Parliamentary and Health Service Ombudsman (www.ombudsman.org.uk).

Yours sincerely

Joanne Carver
Chief Executive

Copy for portfolio verified: Mr Alistair Crowther, Consultant Colorectal Surgeon and Educational Supervisor
""",
ids=[("Copthorne Rise, Shrewsbury", "A"), ("SY3 8XQ", "PC"), ("01632 960388", "T"), ("COM-24-01377", "REF"),
     ("LG/MH", "REF"), ("Lorraine Gittins", "R"), ("Gittins", "R"), ("12 Bryn Teg Lane\nOswestry", "A"),
     ("SY11 2PL", "PC"), ("Harold Meredith", "P"), ("Meredith", "P"), ("Gethin Morgan-Lloyd", "C"),
     ("Ellen Szabo", "C"), ("Szabo", "C"), ("Carys Bowen", "C"), ("Bowen", "C"), ("Dafydd", "R"),
     ("www.ombudsman.org.uk", "U"), ("Joanne Carver", "C")],
keep=["Mr Tomasz Wieczorek", "Mr Wieczorek", "08/05/1939", "Surgical Assessment Unit",
      "Parliamentary and Health Service Ombudsman", "Mr Alistair Crowther", "ejection fraction 20%",
      "NELA estimate 61%", "Shrewsbury and Telford Hospital NHS Trust"]),

doc("s51-015", "audit_report", APPL, """CLINICAL AUDIT REPORT
Re-audit of VTE risk assessment and thromboprophylaxis in emergency general surgical admissions
Audit registration no.: SaTH-CA-2023-147
Lead: Mr Tomasz Wieczorek (Specialty Doctor, General Surgery)
Data collection: Dr Kai Lindholm (FY2), Dr Aoife Gallagher (FY1)
Site: Surgical Assessment Unit and Ward 22, Royal Shrewsbury Hospital

Standards (NICE NG89, 2018)
S1  VTE risk assessment documented within 14 h of admission - target 95%
S2  Pharmacological prophylaxis prescribed unless contraindicated - target 95%
S3  Mechanical prophylaxis considered where pharmacological contraindicated - target 90%

Results              Cycle 1 (Feb 2023, n=60)    Cycle 2 (Oct 2023, n=62)
S1                   41/60 (68%)                  58/62 (93%)
S2                   45/60 (75%)                  56/62 (91%)
S3                   3/8 (38%)                    6/7 (86%)

Interventions between cycles: VTE prompt on the electronic clerking proforma; laminated dosing card (enoxaparin 40 mg OD; 20 mg if CrCl <30 ml/min; 40 mg BD if weight >150 kg); teaching at FY induction; weekly feedback to the team.

Exceptions reviewed: two patients were correctly not given enoxaparin (S2003391, active upper GI bleed; S1962207, platelets 38 x10^9/L).

Conclusion: substantial improvement; S1 and S2 still just below target. Third cycle planned for spring 2024.
Presented at the Surgical Audit Meeting, 06/12/2023.

Verified: Miss Harriet Penrose, Surgical Audit Lead, 08/12/2023
""",
ids=[("SaTH-CA-2023-147", "REF"), ("Kai Lindholm", "C"), ("Aoife Gallagher", "C"), ("S2003391", "H"),
     ("S1962207", "H")],
keep=["Mr Tomasz Wieczorek", "NICE NG89", "enoxaparin 40 mg OD", "CrCl <30 ml/min", "platelets 38 x10^9/L",
      "Miss Harriet Penrose", "Ward 22", "Royal Shrewsbury Hospital", "41/60 (68%)"]),

doc("s51-016", "testimonial", APPL, """Royal Shrewsbury Hospital
Department of Colorectal Surgery

14 October 2025

To the GMC portfolio pathway assessors

Testimonial for Mr Tomasz Wieczorek (GMC 7654301)

I have been Tomasz's educational supervisor since he joined our department as a Specialty Doctor in August 2022, and I have operated with him on most of my weekly lists and on-call days since.

He is a safe and increasingly independent emergency general surgeon. Over the last two years he has performed 29 emergency laparotomies as primary operator, with outcomes within the expected NELA range, and I now allow him to run the emergency theatre with me available from home. His elective colorectal work includes laparoscopic right hemicolectomy and anterior resection under supervision.

One case stays with me. A 29-year-old woman, Ms R. T., with a tight ileal Crohn's stricture had been frightened of surgery for years after a bad experience elsewhere. Tomasz spent two clinic appointments with her and her partner, drew the operation for them, and arranged for her to meet our stoma nurse beforehand. She later wrote to the ward to thank "Dr Tomek" by name.

He teaches readily: our foundation doctors rate his Thursday sessions highly, and one of them, Dr Aoife Gallagher, presented their joint VTE re-audit regionally. He chairs our M&M when I am away and took over the junior doctor rota in 2024 without a single unfilled gap.

I support his application without reservation.

Mr Alistair Crowther FRCS
Consultant Colorectal Surgeon and Educational Supervisor
GMC 4238817
alistair.crowther@nhs.net | 01632 960402
""",
ids=[("R. T.", "P"), ("Aoife Gallagher", "C"), ("4238817", "G"), ("alistair.crowther@nhs.net", "E"),
     ("01632 960402", "T")],
keep=["Mr Tomasz Wieczorek", "Tomasz", "Dr Tomek", "7654301", "Mr Alistair Crowther", "Crohn's",
      "29-year-old woman", "NELA", "Royal Shrewsbury Hospital"]),

doc("s51-017", "clinic_letter", APPL, """Colorectal & General Surgery Outpatients
Princess Royal Hospital, Telford
Dictated: 03/03/2025     Typed: 07/03/2025
Ref: TW/MC/S2188062

Dr Rhiannon Gwilt
Wellington Road Medical Centre
41 Wellington Road
Newport
Shropshire
TF10 7HQ

Dear Dr Gwilt

Re: Mr Stanley BRERETON, DOB 22/06/1951
4 Castle Farm Cottages, Lilleshall, TF10 9AX     NHS No: 720 558 3194

Diagnoses
1. Right inguinal hernia, reducible, symptomatic
2. Benign prostatic hyperplasia (on tamsulosin 400 micrograms OD)
3. Atrial fibrillation on apixaban 5 mg BD

Thank you for referring Mr Brereton, a 73-year-old retired farmer, with a two-year history of a right groin swelling that now aches after a day's work on his smallholding. On examination there is a reducible right inguinal hernia, 4 cm, with a cough impulse; the left side is normal. Abdomen otherwise soft. BMI 29.

I have explained the options, including watchful waiting, and he would like a repair. He is listed for a laparoscopic TEP repair as a day case. He will need to stop apixaban 48 hours before surgery (CHA2DS2-VASc 2, no bridging needed); we will give written instructions at pre-assessment. He lives with his wife, Joyce, who will collect him after surgery.

Yours sincerely

Mr Tomasz Wieczorek
Specialty Doctor in General Surgery
for Mr Alistair Crowther, Consultant Colorectal Surgeon

cc Mr Stanley Brereton (patient)

Copy verified for portfolio: Mr Alistair Crowther, 12/03/2025
""",
ids=[("TW/MC/S2188062", "REF"), ("S2188062", "H"), ("Rhiannon Gwilt", "C"), ("Gwilt", "C"),
     ("Wellington Road Medical Centre\n41 Wellington Road\nNewport\nShropshire", "A"), ("TF10 7HQ", "PC"),
     ("Stanley BRERETON", "P"), ("4 Castle Farm Cottages, Lilleshall", "A"), ("TF10 9AX", "PC"),
     ("720 558 3194", "N"), ("Brereton", "P"), ("Stanley Brereton", "P"), ("Joyce", "R")],
keep=["Mr Tomasz Wieczorek", "Mr Alistair Crowther", "22/06/1951", "tamsulosin 400 micrograms OD",
      "apixaban 5 mg BD", "CHA2DS2-VASc 2", "73-year-old", "Princess Royal Hospital", "BMI 29"]),
]
