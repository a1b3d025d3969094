from common import D

D("neonatal_unit_cot_list", "Dr Priya Raghunathan", """NNU / TRANSITIONAL CARE - cot list (shared with obstetric team for postnatal follow-up)
Cot | Baby | Mother | Mum's ward | GA/BW | Issue
TC1 | Baby Boy Ferreira-Diallo (NHS 8011447720) | Ana Ferreira | Ward 21 bed 4 | 36+2 / 2.41 kg | hypoglycaemia, BG 1.8 -> dextrose gel 40% 200 mg/kg
TC2 | Twin 2 of Mbeki (Baby Girl MBEKI, hosp QA7780331) | Thandiwe Mbeki | Ward 21 bed 9 | 34+5 / 1.98 kg | NG feeds, phototherapy SBR 212
NNU 5 | Baby "Rainbow" Fitzpatrick (parents' chosen name) QA7780412 | Orla Fitzpatrick | Side room 2 | 29+0 / 1.12 kg | CPAP 6, caffeine citrate 20 mg/kg load
Mum of TC2 wants to express - please ask feeding team (Jess).
PR (O&G) to review Ana (Mrs Ferreira) re: GDM follow-up OGTT at 6-13 weeks.
""", [
 ("Baby Boy Ferreira-Diallo","PATIENT_NAME"),("8011447720","NHS_NUMBER"),("Ana Ferreira","PATIENT_NAME"),("Ana","PATIENT_NAME"),("Mrs Ferreira","PATIENT_NAME"),
 ("Twin 2 of Mbeki","PATIENT_NAME"),("Baby Girl MBEKI","PATIENT_NAME"),("QA7780331","HOSPITAL_NUMBER"),("Thandiwe Mbeki","PATIENT_NAME"),
 ("Baby \"Rainbow\" Fitzpatrick","PATIENT_NAME"),("QA7780412","HOSPITAL_NUMBER"),("Orla Fitzpatrick","PATIENT_NAME"),("Jess","COLLEAGUE_NAME"),
], ["PR","Ward 21 bed 4","36+2 / 2.41 kg","dextrose gel 40% 200 mg/kg","SBR 212","CPAP 6","caffeine citrate 20 mg/kg"])

D("mm_meeting_minutes", "Dr Tomasz Wiśniewski", """Medicine for Older People - Morbidity & Mortality meeting minutes, 27/03/2025
Chair: Dr Ayesha Rahman. Minutes: Dr T. Wiśniewski. Present: 18.
Case 1 (presented by TW): 86F, hip fracture, post-op delirium, died day 9 of HAP. SJR: care adequate (score 3). Learning: earlier SALT review; 4AT on admission compliance 71%.
Case 2 (presented by Dr Niall Brennan-Ogunleye, F2): 91M, hyponatraemia Na 112 corrected too fast (14 mmol/L in 24 h) - no ODS. Patient was Mr Reginald Osei-Tutu, RUH9920117 (spelt "Reginal Osei Tuto" on slide 4 - to be removed).
Action: Na correction guideline re-circulated (owner: Dr Wiśniewski, by 30/04/2025).
""", [
 ("Dr Niall Brennan-Ogunleye","COLLEAGUE_NAME"),("Mr Reginald Osei-Tutu","PATIENT_NAME"),("Reginal Osei Tuto","PATIENT_NAME"),("RUH9920117","HOSPITAL_NUMBER"),
], ["Dr Ayesha Rahman","Dr T. Wiśniewski","TW","Dr Wiśniewski","SJR","4AT","Na 112","86F"])

D("teledermatology_referral", "Dr Farah Qureshi", """Teledermatology referral (Consultant Connect export)
Ref: CC-TD-2207719     Submitted: 19/06/2025 11:02 by Dr Huw Jenkins, Bryngwyn Surgery (tel 01632 960921)
Patient: Aled ap Dafydd, 44M, NHS 9873305521, postcode SA31 1DN
Image set: 3 dermoscopic + 1 macro (IMG 1-4). Lesion: changing pigmented lesion, R calf, 7 mm, itching.
Triage (Dr F. Qureshi): features of dysplastic naevus vs early melanoma - convert to 2WW F2F; suggest excision biopsy.
Patient's workplace: DVLA Swansea (shift worker) - offered early morning appointment.
Triage checked by Dr Helen Abernethy.
""", [
 ("CC-TD-2207719","REFERENCE_NUMBER"),("Dr Huw Jenkins","COLLEAGUE_NAME"),("01632 960921","PHONE"),("Aled ap Dafydd","PATIENT_NAME"),("9873305521","NHS_NUMBER"),("SA31 1DN","POSTCODE"),
 ("DVLA Swansea","ADDRESS"),
], ["Dr F. Qureshi","Dr Helen Abernethy","44M","7 mm","2WW"])

D("cd_discrepancy_pharmacy", "Dr Marcia Gayle", """CONTROLLED DRUG DISCREPANCY - AMU CD register (pharmacy investigation summary)
Incident: DW-121554    Date found: 05/05/2025 07:30 (day check)
Drug: Oxycodone 5 mg/5 ml oral solution - balance 212 ml, expected 222 ml (10 ml unaccounted).
Last entries: 04/05 22:10 oxycodone 5 mg for Mr Leroy Henriques (bed A7, K6609912), given by RN Ines Alvarado, witnessed by RN Tomás Ortega.
Findings: measurement/spillage error likely (bottle adaptor missing). CDAO (Gwyneth Rees) informed.
Actions: bottle adaptors stocked; AMU CD training. Reviewed by Dr Marcia Gayle (AMU governance lead) and Dr Lawrence Quaye.
""", [
 ("DW-121554","REFERENCE_NUMBER"),("Mr Leroy Henriques","PATIENT_NAME"),("K6609912","HOSPITAL_NUMBER"),("RN Ines Alvarado","COLLEAGUE_NAME"),("RN Tomás Ortega","COLLEAGUE_NAME"),("Gwyneth Rees","COLLEAGUE_NAME"),
], ["Oxycodone 5 mg/5 ml","212 ml","bed A7","Dr Marcia Gayle","Dr Lawrence Quaye"])

D("utc_shift_handover", "Dr Rhys Pritchard", """UTC evening handover 22:00 - Dr R Pritchard -> Dr Ffion Howells (OOH)
Waiting: 6. Longest 2h50.
- Cubicle 3: "Taff" (Gareth Prosser-Davies), 52M, UTC no 88410, chest pain, ECG NSR, trop 1 = 4 ng/L, HEART 3 - 2nd trop at 23:00.
- Cubicle 5: little girl (Maja Nowicka, 6F, UTC no 88427) - pulled elbow, reduced by supination-flexion, mum Beata happy.
- Plaster room: Mr Oyelowo (Festus), 33M, UTC 88431 - boxer's # 5th MC, ulnar gutter, fracture clinic referral.
- Phone advice: Mrs Bronwen Eynon rang 01632 960266 re her husband's catheter - advised DN.
""", [
 ("Dr Ffion Howells","COLLEAGUE_NAME"),("\"Taff\"","PATIENT_NAME"),("Gareth Prosser-Davies","PATIENT_NAME"),("88410","HOSPITAL_NUMBER"),("Maja Nowicka","PATIENT_NAME"),("88427","HOSPITAL_NUMBER"),("Beata","RELATIVE_NAME"),
 ("Mr Oyelowo","PATIENT_NAME"),("Festus","PATIENT_NAME"),("88431","HOSPITAL_NUMBER"),("Mrs Bronwen Eynon","RELATIVE_NAME"),("01632 960266","PHONE"),
], ["Dr R Pritchard","trop 1 = 4 ng/L","HEART 3","supination-flexion","ulnar gutter","52M","6F"])
