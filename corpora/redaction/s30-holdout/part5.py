from gen_common import D
S = "Dr Olumide Adeyemi-Clarke"; P = "Dr Saoirse Brennan"; N = "Dr Priyanka Venkataraman"
D("case_history_reflection", S, """CASE HISTORY WITH REFLECTION (Section: Trauma - polytrauma, damage control)
Applicant: Dr Olumide Adeyemi-Clarke, Specialty Doctor, Northmoor General Hospital
Verified by: Mr Anand Subramaniam, Clinical Director T&O

Background
A 38-year-old man (DOB 16/05/1986) was brought in by HEMS after his tractor rolled on a farm track near Scarsdale Moor (ambulance incident no. 2309-14472; HEMS mission ref H-23-0911). He is a dairy farmer at Helmsgate Farm and his wife, Mrs Rosalind Utterley, arrived later with their eldest son, Fergus. In the department the trauma team leader was Dr Imogen Castellano (EM consultant); I led the surgical and orthopaedic response.

Primary survey
Airway patent, RR 28, SpO2 91% on 15 L, HR 132, BP 84/52, GCS 13 (E3 V4 M6). Pelvic binder applied pre-hospital. eFAST positive in Morison's pouch. 2 units O-neg + 2 FFP given via rapid infuser; tranexamic acid 1 g bolus at 14:22 (within 3 h of injury), then 1 g over 8 h. Code Red activated.

Theatre
Damage-control laparotomy at 15:05: grade IV splenic laceration - splenectomy; mesenteric tear packed. Pelvic external fixator (APC-III injury) applied with Mr Subramaniam scrubbed. Total: 8 RBC, 6 FFP, 1 pool platelets, cryo x2, fibrinogen 1.4 -> 2.1 g/L. Lactate 7.8 -> 2.9 by 22:00. Transferred to ITU (bed 4).

Outcome
Relook laparotomy at 48 h, definitive pelvic fixation at the Major Trauma Centre day 5. He sent a video message from home (we watched it at the trauma meeting) - he is walking with sticks. Post-splenectomy vaccines and phenoxymethylpenicillin 250 mg BD arranged.

Reflection
I recognised that my instinct was to go to CT; the consultant anaesthetist (Dr Ravi Menon-Haldane) correctly challenged that with a systolic of 84. I now teach "CT is for the stable" in FY sessions. Time from arrival to knife: 43 minutes (TARN standard <60 min). Hospital number for TARN submission (NGH9012277) removed from appendix.
Learning points mapped to CiP 3 (emergency surgery) and CiP 6 (multidisciplinary team working).""",
[("Scarsdale Moor","ADDRESS"),("2309-14472","REFERENCE_NUMBER"),("H-23-0911","REFERENCE_NUMBER"),("Helmsgate Farm","ADDRESS"),("Mrs Rosalind Utterley","RELATIVE_NAME"),("Fergus","RELATIVE_NAME"),("Dr Imogen Castellano","COLLEAGUE_NAME"),("Dr Ravi Menon-Haldane","COLLEAGUE_NAME"),("NGH9012277","HOSPITAL_NUMBER")],
["Dr Olumide Adeyemi-Clarke","Mr Anand Subramaniam","Mr Subramaniam","38-year-old","16/05/1986","GCS 13 (E3 V4 M6)","tranexamic acid 1 g","14:22","grade IV splenic laceration","APC-III","fibrinogen 1.4 -> 2.1 g/L","Lactate 7.8 -> 2.9","phenoxymethylpenicillin 250 mg BD","43 minutes","Morison's pouch","CiP 3","bed 4","Northmoor General Hospital"])

D("tribunal_report_social_circumstances", P, """MENTAL HEALTH TRIBUNAL - MEDICAL REPORT (second part, continued)  Tribunal no. MP/2024/10442
Patient: Mr Obadiah Lessing-Grant   DOB 02/12/1979   Male   RiO 2219847   NHS 918 330 6125
Detained under s3 MHA 1983 since 14/06/2024; Oakwood Ward, Calder Vale Hospital.
Author: Dr Saoirse Brennan (Specialty Doctor) for the RC, Dr Ansel Whitford.

9. Social circumstances
Before admission Mr Lessing-Grant lived alone in a council flat at 5 Quarry Bank Road, Lowbridge LB6 1HU. He worked for 11 years as a groundsman at Lowbridge Cricket Club until 2022. His former partner, Ms Delphine Argent, has a non-molestation order against him (family court case no. FD23P00418); their daughter, Saffron, aged 9, lives with her. His brother, Mr Winston Lessing-Grant, visits weekly and is his Nearest Relative; he can be contacted on 07700 900273.

10. Forensic history
Two cautions (2019, 2021) for criminal damage. The index offence-like behaviour (threatening neighbours with a garden fork) was reported to police, crime ref 14/61230/24; no charge.

11. Treatment and progress
Clozapine started 01/08/2024, titrated to 350 mg/day (level 0.41 mg/L, norclozapine 0.22), ANC 3.4, weekly FBC via ZTAS (registration no. Z-880214). Constipation managed with Laxido 1 sachet BD. BPRS 58 -> 37. He has had 8 episodes of unescorted s17 leave without incident.

12. Risk
HCR-20 v3: historical items high; clinical items now moderate; risk management items moderate. No violence on the ward since 20/07/2024.

13. Recommendation
In my opinion the nature of his mental disorder warrants continued detention for treatment, but discharge may be appropriate within 3 months with aftercare under s117 (s117 funding panel ref S117/LB/2024/077) and supported accommodation.

Signed: Dr Saoirse Brennan   Countersigned: Dr Ansel Whitford (RC)   Date 30/09/2024""",
[("MP/2024/10442","REFERENCE_NUMBER"),("Obadiah Lessing-Grant","PATIENT_NAME"),("Lessing-Grant","PATIENT_NAME"),("2219847","HOSPITAL_NUMBER"),("918 330 6125","NHS_NUMBER"),("5 Quarry Bank Road, Lowbridge","ADDRESS"),("LB6 1HU","POSTCODE"),("Lowbridge Cricket Club","ADDRESS"),("Ms Delphine Argent","RELATIVE_NAME"),("FD23P00418","REFERENCE_NUMBER"),("Saffron","RELATIVE_NAME"),("Winston Lessing-Grant","RELATIVE_NAME"),("07700 900273","PHONE"),("14/61230/24","REFERENCE_NUMBER"),("Z-880214","OTHER_ID"),("S117/LB/2024/077","REFERENCE_NUMBER")],
["02/12/1979","Male","s3 MHA 1983","14/06/2024","Oakwood Ward","Calder Vale Hospital","Dr Saoirse Brennan","Dr Ansel Whitford","Clozapine","350 mg/day","0.41 mg/L","ANC 3.4","Laxido 1 sachet BD","BPRS 58 -> 37","HCR-20 v3","20/07/2024","s117","30/09/2024","aged 9"])

D("nicu_case_summary", N, """NEONATAL CASE SUMMARY FOR PORTFOLIO (Section: Neonatal emergencies / transport)  -- draft v2
Applicant: Dr Priyanka Venkataraman, GMC 7561038
Supervisor verifying: Dr Gideon Amankwah-Lyle, Consultant Neonatologist, Westmere Royal Infirmary

The baby
Baby boy Rafferty (parents' surname Nwosu-Hale), born 04:52 on 28/08/2024 at 38+1 weeks by emergency LSCS for pathological CTG at Westmere Birth Centre. BW 3.34 kg. Apgars 2, 4, 7. Cord pH 6.98, BE -16. Unit number W0337719, NHS 455 208 9913.

Resuscitation
I attended as the neonatal registrar with ANNP Rosalind Keogh. Inflation breaths x5, then ventilation breaths; HR rose >100 at 3 min; intubated at 6 min (3.5 ETT at 9.5 cm at lip). Met criteria for therapeutic hypothermia (TOBY criteria A and B; aEEG moderately abnormal). Passive cooling started at 40 min; target rectal temp 33-34 C by 6 h.

Transfer
No cooling cot available; discussed with the regional transport service (ref NTS-0828-0041) and cooled on the unit, active cooling via servo mattress. Seizures at 14 h: phenobarbital 20 mg/kg, second dose 10 mg/kg; then levetiracetam 40 mg/kg. Morphine 10 mcg/kg/h.

Family
Mother, Mrs Adaeze Nwosu-Hale, had a PPH of 1.8 L and was on HDU; father, Mr Callum Hale, was with the baby. I arranged a cuddle on the cooling mattress at 30 h with the midwife on HDU (Midwife Sunniva Lund). Maternal grandmother (Mama Ngozi) asked for a chaplain; the family live in a narrowboat moored at Hexley Marina, so the social worker arranged parking.

Outcome
MRI day 6: mild basal ganglia signal change. Discharged day 13, nasogastric feeds stopped day 11. Follow-up: neurodevelopment clinic 3 months, Bayley-III at 2 years.

Reflection
Time to target temp was 5 h 10 min (within standard). I learned to call the transport service earlier; I have since written the unit's "cooling without a cot" checklist (adopted 10/2024).""",
[("Rafferty","PATIENT_NAME"),("Nwosu-Hale","RELATIVE_NAME"),("W0337719","HOSPITAL_NUMBER"),("455 208 9913","NHS_NUMBER"),("Rosalind Keogh","COLLEAGUE_NAME"),("NTS-0828-0041","REFERENCE_NUMBER"),("Mrs Adaeze Nwosu-Hale","RELATIVE_NAME"),("Mr Callum Hale","RELATIVE_NAME"),("Sunniva Lund","COLLEAGUE_NAME"),("Mama Ngozi","RELATIVE_NAME"),("a narrowboat moored at Hexley Marina","ADDRESS")],
["Dr Priyanka Venkataraman","GMC 7561038","Dr Gideon Amankwah-Lyle","Westmere Royal Infirmary","04:52 on 28/08/2024","38+1 weeks","BW 3.34 kg","Apgars 2, 4, 7","Cord pH 6.98, BE -16","3.5 ETT at 9.5 cm","TOBY","33-34 C","phenobarbital 20 mg/kg","levetiracetam 40 mg/kg","Morphine 10 mcg/kg/h","PPH of 1.8 L","Bayley-III","5 h 10 min","Westmere Birth Centre"])
