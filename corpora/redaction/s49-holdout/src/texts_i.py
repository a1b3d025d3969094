from common import *

DOCS = [
D("hospice_admission_letter", I, """
St Brannoc's Hospice, Tamarside - Inpatient Unit (Room 6)
Admission summary to GP       Our ref: SBH/IPU/24/0211       Date: 09/05/2024
To: Dr Catrin Hughes-Ndlovu, Riverside Health Centre, Tamarside
Patient: Mr Geoffrey Alan Tremayne   DOB 03/03/1950   NHS 5517 903 248   SystmOne ID 66190284
Home: Higher Polventon Farm, Lanreath Lane, St Veryan TR2 5QJ      Tel 01632 960135

Diagnosis: metastatic castrate-resistant prostate cancer (bone, liver); Gleason 4+5; PSA 1,840 ug/L.
Admitted for pain and symptom control: escalating pain in the lumbar spine and left hip (pain score 8/10), morphine
sulphate MR (Zomorph) 60 mg BD plus Oramorph 20 mg PRN x6/day. Hypercalcaemia: adjusted calcium 3.12 mmol/L -
zoledronic acid 4 mg IV and IV fluids. Spinal MRI: no cord compression. Switched to oxycodone MR 40 mg BD
(OxyContin) because of eGFR 29; dexamethasone 8 mg mane for bone pain; radiotherapy 8 Gy single fraction booked.
Mr Tremayne's wife, Morwenna, and their son Jago (who is a farmer and can only visit evenings) want him home for the
last weeks. DNACPR in place; ReSPECT form completed 09/05/2024.
Dr Ana Luísa Ferreira, Specialty Doctor in Palliative Medicine (ALF), GMC 7419573
""", [("SBH/IPU/24/0211", REF), ("Catrin Hughes-Ndlovu", CN), ("Geoffrey Alan Tremayne", PN), ("Tremayne", PN),
      ("5517 903 248", NHS), ("66190284", HN), ("Higher Polventon Farm, Lanreath Lane, St Veryan", AD), ("TR2 5QJ", PC),
      ("01632 960135", PH), ("Morwenna", RN), ("Jago", RN)],
  ["St Brannoc's Hospice", "Room 6", "09/05/2024", "Riverside Health Centre", "DOB 03/03/1950", "Gleason 4+5",
   "PSA 1,840 ug/L", "pain score 8/10", "Zomorph", "60 mg BD", "Oramorph 20 mg PRN", "calcium 3.12 mmol/L",
   "zoledronic acid 4 mg IV", "oxycodone MR 40 mg BD", "OxyContin", "eGFR 29", "dexamethasone 8 mg mane",
   "8 Gy single fraction", "DNACPR", "ReSPECT", "Dr Ana Luísa Ferreira", "ALF", "7419573"]),

D("advance_care_plan_note", I, """
Community palliative care visit - advance care planning (ReSPECT) note       Tamarside Community Healthcare
Date: 14/02/2024 11:30     Location: patient's home (1 Chapel Steps, Polmear) with district nurse
Patient: Mrs Loveday Penhaligon-Rowe, 71, DOB 28/07/1952     ReSPECT form no.: RSP-TCH-0019823
Diagnosis: motor neurone disease (ALS variant), ALSFRS-R 21/48, FVC 46% predicted; PEG in situ since 10/2023.

Discussed with Mrs Penhaligon-Rowe (has capacity; communicates with eye-gaze device) and her husband Jowan:
- She would not want invasive ventilation or CPR. She would like to continue NIV (AVAPS, IPAP max 20) at night.
- Preferred place of death: home; second choice St Brannoc's Hospice.
- Lasting power of attorney for health and welfare: her daughter Demelza (registered OPG 2022).
- Anticipatory medicines prescribed: morphine 2.5-5 mg SC, midazolam 2.5-5 mg SC, glycopyrronium 200 micrograms SC,
  levomepromazine 6.25 mg SC; Just in Case box delivered.
DN present: Ms Tamsin Kitto. Next review 4 weeks or sooner.
Dr Ana Luísa Ferreira (Specialty Doctor, Palliative Medicine)
""", [("1 Chapel Steps, Polmear", AD), ("Loveday Penhaligon-Rowe", PN), ("Penhaligon-Rowe", PN), ("RSP-TCH-0019823", REF),
      ("Jowan", RN), ("Demelza", RN), ("Tamsin Kitto", CN)],
  ["Tamarside Community Healthcare", "14/02/2024 11:30", "71", "DOB 28/07/1952", "motor neurone disease",
   "ALSFRS-R 21/48", "FVC 46% predicted", "PEG", "AVAPS, IPAP max 20", "St Brannoc's Hospice",
   "morphine 2.5-5 mg SC", "midazolam 2.5-5 mg SC", "glycopyrronium 200 micrograms SC", "levomepromazine 6.25 mg SC",
   "Dr Ana Luísa Ferreira", "4 weeks"]),

D("verification_of_death", I, """
VERIFICATION OF EXPECTED DEATH and medical examiner notification - St Brannoc's Hospice, Room 2
Deceased: Mr Peter John Kitchener    DOB 19/11/1944    Hospice no: SBH-003377    NHS: 3309 412 775
Date and time of death: 21/06/2024 02:55 (verified 03:40 by Dr Ana Luísa Ferreira)
Checks: no central pulse for 1 minute, no heart sounds 1 minute, no breath sounds 1 minute, pupils fixed and dilated,
no response to supraorbital pressure. Implantable devices: none (pacemaker check negative). No infection risk.
Present: wife (Mrs Sheila Kitchener) and his friend and neighbour "Tosh" (Mr Thomas Ogilvy).
MCCD: 1a Metastatic carcinoma of the pancreas. Medical examiner notified: ME ref MEC-TAM-24-1188; ME Dr Rhys Penrose-Adu
agreed (no coroner referral). Funeral director: family choice. Property returned to wife.
""", [("Peter John Kitchener", PN), ("SBH-003377", HN), ("3309 412 775", NHS), ("Sheila Kitchener", RN), ("Tosh", RN),
      ("Thomas Ogilvy", RN), ("MEC-TAM-24-1188", REF), ("Rhys Penrose-Adu", CN)],
  ["St Brannoc's Hospice, Room 2", "DOB 19/11/1944", "21/06/2024 02:55", "03:40", "Dr Ana Luísa Ferreira",
   "1 minute", "MCCD", "Metastatic carcinoma of the pancreas"]),

D("reflection", I, """
Reflection: "Nana Bee" and the syringe driver that nobody wanted
Dr Ana Luísa Ferreira, Specialty Doctor, St Brannoc's Hospice - written October 2023 (discussed in supervision with Dr Kerenza Polglase, Consultant in Palliative Medicine, who verifies it)

Beatrice Olumide-Hart ("Nana Bee" to her nine grandchildren, and to the ward staff by her request) was 84 with end-stage
heart failure (NYHA IV, LVEF 15%). Her granddaughter Tolu, a nurse in London, had read that syringe drivers "speed up
death" and asked us not to use one. Bee was breathless at rest (modified Borg 7) and frightened.

I spent 40 minutes with Tolu and Bee's son, Femi, explaining proportionality: morphine 10 mg/24h and midazolam 5 mg/24h
via a CME T34 pump, doses titrated to symptoms, documented reasons. I invited them to watch the first dose. Bee slept
and told us the next morning that she felt "like I can finally sit still". She died four days later with the family present.

Learning: (1) fear of the syringe driver is usually fear of the death itself; (2) clear numbers help families; (3) I have
written a one-page leaflet, now used by the hospice (approved by the patient information group, March 2024).
GMC Good medical practice domains 3 and 4.
""", [("Nana Bee", PN), ("Beatrice Olumide-Hart", PN), ("Bee", PN), ("Tolu", RN), ("Femi", RN)],
  ["Dr Ana Luísa Ferreira", "St Brannoc's Hospice", "Dr Kerenza Polglase", "84", "NYHA IV", "LVEF 15%",
   "modified Borg 7", "40 minutes", "morphine 10 mg/24h", "midazolam 5 mg/24h", "CME T34", "March 2024",
   "Good medical practice"]),

D("overseas_palliative_record", I, """
Unidade Local de Saúde de Lisboa Ocidental - Hospital de Santa Cruz da Ajuda, Equipa Intra-hospitalar de Suporte em
Cuidados Paliativos (EIHSCP) - Nota de alta (discharge note) - certified English translation enclosed
Processo hospitalar (hospital record) n.º 2021.004418-7     Nº de utente SNS: 219 448 073
Doente (patient): Sr. Joaquim Manuel Tavares Brito, 77 anos (years), male
Morada (address): Rua das Amoreiras 41, 2.º Esq., 1250-021 Lisboa
Cuidadora principal (main carer): filha (daughter) Inês Brito

Admission 11/01/2021-26/01/2021. Advanced COPD (GOLD 4, FEV1 22%) with COVID-19 pneumonia; not for ventilation
(agreed with the patient). Refractory breathlessness: morphine 2.5 mg PO 4-hourly then 20 mg/24h SC, lorazepam
0.5 mg SL PRN, fan therapy. Delirium at night - haloperidol 0.5 mg SC. Discharged home with the community team
(ECSCP), oxygen 2 L/min, and a plan for home death.
Médica (doctor): Dra. Ana Luísa Ferreira     Coordenador (coordinator): Dr. Miguel Sá-Carneiro Lopes (certifies)
""", [("2021.004418-7", HN), ("219 448 073", OID), ("Joaquim Manuel Tavares Brito", PN),
      ("Rua das Amoreiras 41, 2.º Esq., 1250-021 Lisboa", AD), ("Inês Brito", RN)],
  ["Hospital de Santa Cruz da Ajuda", "77 anos (years), male", "11/01/2021-26/01/2021", "GOLD 4", "FEV1 22%",
   "COVID-19 pneumonia", "morphine 2.5 mg PO 4-hourly", "20 mg/24h SC", "lorazepam\n0.5 mg SL PRN",
   "haloperidol 0.5 mg SC", "2 L/min", "Dra. Ana Luísa Ferreira", "Dr. Miguel Sá-Carneiro Lopes"]),

D("teaching_feedback", I, """
Teaching evidence: "Last days of life - symptom control and communication" (half-day course, 4 runs in 2023-24)
Course organiser and lead tutor: Dr Ana Luísa Ferreira      Verified: Dr Kerenza Polglase, Medical Director, St Brannoc's Hospice
Audience: FY1/FY2 doctors, IMT1, care home nurses and district nurses (total 96 participants)

Sessions: recognising dying; anticipatory prescribing (morphine, midazolam, haloperidol, levomepromazine, hyoscine
butylbromide 20 mg SC); the NICE NG31 five priorities; conversations with the "SPIKES" framework; syringe driver
compatibility (e.g. not cyclizine with hyoscine butylbromide at high concentration); verification of death under the
Academy of Medical Royal Colleges 2008 code.
Feedback (n = 88): overall 4.7/5; confidence prescribing anticipatory medicines 2.8 -> 4.3 (1-5 scale).
Comment: "The role-play with the simulated daughter was uncomfortable but the most useful part."
""", [],
  ["Dr Ana Luísa Ferreira", "Dr Kerenza Polglase", "St Brannoc's Hospice", "96 participants", "hyoscine\nbutylbromide 20 mg SC",
   "NICE NG31", "SPIKES", "cyclizine", "Academy of Medical Royal Colleges 2008", "n = 88", "4.7/5", "2.8 -> 4.3"]),
]
