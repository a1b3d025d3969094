A = "Dr Nkechi Adeyemi-Hart"
DOCS = [
("hospice_admission_note", A, """
[[St Columba's Hospice]] - In-Patient Unit admission
Admitting doctor: [[Dr N Adeyemi-Hart]] (Specialty Doctor, [[GMC 7312845]])
Pt: <<P|Margaret Ellen Pinnock>>   DOB [[14/03/1941]]   F   Hosp no <<H|SCH-004417>>   NHS <<N|485 777 3456>>
Lives: <<A|Flat 3, Cordwainer Court, Lower Mill Lane, Thornbury Vale>> <<PC|TV4 9QX>>
NOK: daughter <<R|Janice>> (<<T|07700 900412>>) - "<<R|Jan>> does everything, son <<R|Kevin>> in Spain"
Dx: [[metastatic pancreatic adenocarcinoma]], liver mets. [[ECOG 3]]. [[Phase of illness: unstable]].
Symptoms: pain 7/10 epigastric, nausea ++. Current: [[MST 30 mg bd]], [[oramorph 10 mg PRN]] (using 4-5/day), [[metoclopramide 10 mg tds]].
Plan: convert to [[CSCI]] - [[oxycodone 20 mg/24h]] + [[levomepromazine 6.25 mg/24h]] via syringe driver. [[DNACPR]] in place (ReSPECT form seen, signed by GP <<C|Dr Ifan Probert>>).
Discussed with Mrs <<P|Pinnock>> and Jan at bedside - she wants to 'see the Christmas lights from the window'. Room 6.
"""),
("syringe_driver_chart", A, """
CSCI monitoring chart  - [[St Columba's Hospice]]      Patient: <<P|M. PINNOCK>>   Unit no: <<H|SCH-004417>>   [[Rm 6]]
Drug(s): [[oxycodone 20 mg]] + [[levomepromazine 6.25 mg]] in [[water for injection]] to 17 mL over [[24 h]]   Device: [[McKinley T34]] serial <<O|T34-66120>>
date     time   rate(mL/h) vol remain  site     checked
[[02/12]]   [[08:10]]  [[0.71]]       [[16.2]]         L ant chest ok   <<C|RB>>/<<C|KT>>
[[02/12]]   [[12:05]]  0.71       13.4         ok              <<C|KT>>
[[02/12]]   [[16:00]]  0.71       10.6         sl. red        <<C|KT>>  -> resited R ant chest 16:20 ([[Dr NAH]] informed)
[[03/12]]   [[08:00]]  0.71       0.9          ok              <<C|RB>>
Prescriber: [[N Adeyemi-Hart]]  Verified for portfolio: [[Dr Helen Crowther]], Consultant in Palliative Medicine
"""),
("advance_care_planning_record", A, """
ADVANCE CARE PLANNING CONVERSATION - summary for portfolio (anonymised by applicant? NO - original)
Date: [[11 April 2024]]. Location: patient's home, <<A|Hollybush Cottage, Wren's End, Little Fenwick>>.
Present: <<P|Mr Desmond 'Dez' Okoro>> ([[DOB 02/09/1958]], male, [[motor neurone disease]], ALSFRS-R [[19]]), wife <<R|Pauline Okoro>>, community nurse <<C|Siobhan Tully>>, myself ([[Dr Adeyemi-Hart]]).
<<P|Dez>> said he does not want [[invasive ventilation]]; would accept [[NIV]] for comfort "as long as I can still get to the allotment". Discussed [[gastrostomy]]: declined. Preferred place of death: home. [[ADRT]] drafted under the [[Mental Capacity Act 2005]], witnessed by <<R|Pauline>>'s brother <<R|Femi Adebayo>>.
ReSPECT form ref <<REF|RSP-2024-118093>> uploaded to EPaCCS. GP informed: <<C|Dr R. Sandhu>>, <<A|Marsh Lane Surgery>>.
Reflection: I was aware I was rushing because Dez tires quickly - next time split over two visits.
"""),
("bereavement_letter", A, """
[[St Columba's Hospice]]
<<A|17 Pennant Way>>
<<A|Brackley Moor>>
<<PC|BM2 6TN>>
Tel: <<T|01632 960218>>

[[20 May 2024]]

Dear <<R|Mr Hollins>>,

I wanted to write to you personally after the death of your wife, <<P|Beryl>>, on the Lark Ward on [[3 May 2024]]. It was a privilege to look after her in her last fortnight. I know how much the visits from your granddaughter <<R|Tilly>> and the dog (whom the nurses still talk about - "Biscuit") meant to her.

If you would like to come in to talk about anything from Beryl's care, please ring our family support team on <<T|01632 960219>> and quote <<REF|BRV/24/0311>>.

With kind regards,

[[Dr Nkechi Adeyemi-Hart]]
Specialty Doctor in Palliative Medicine
"""),
("mdt_outcome_sheet", A, """
UPPER GI CANCER MDT - OUTCOME   [[Northdale Teaching Hospitals NHS Foundation Trust]]   Meeting [[06/03/2024]]
Chair: <<C|Mr S. Ferrante>> (Consultant Surgeon)    Palliative care rep: [[Dr N Adeyemi-Hart]]
-------------------------------------------------------------------------------------------------
# | Patient           | MRN        | NHS no       | Age/Sex | Summary                          | Outcome
1 | <<P|WHITTLE, Norman>>   | <<H|N1180342>>   | <<N|6129384750>>   | [[81 M]]   | [[T4N2M1]] oesophageal SCC, [[PS 2]] | [[Best supportive care]]; refer SPC community (GP <<C|Dr A. Leung>>)
2 | <<P|KAUR, Harjit>>      | <<H|N0993117>>   | <<N|4012 556 781>>  | [[67 F]]   | gastric adenoca, peritoneal dz   | [[Palliative chemo]] ([[FOLFOX]]) if PS allows; SPC OPA
3 | <<P|"BOBBY" DRISCOLL>>  | <<H|N1204876>>   | <<N|9434765919>>   | [[59 M]]   | pancreas head, [[stent]] in situ   | [[ERCP]] restent; ACP discussion - Dr A-H to lead
Coordinator: <<C|Layla Ferris>> ext <<T|4471>>   MDT ref <<REF|UGI-MDT-2403-06>>
"""),
("chemotherapy_clinic_letter", A, """
[[Northdale Teaching Hospitals NHS Foundation Trust]] - Oncology Day Unit
Our ref: <<REF|ONC/NAH/77421>>    Your ref: <<REF|GP-RF-2231>>    Hosp no: <<H|N0993117>>
Clinic date: [[15/04/2024]]     Typed: [[17/04/2024]]

Dr <<C|Mohinder Gill>>
<<A|Castle Green Medical Practice, 4 Bailey Street, Northdale>> <<PC|ND1 3PZ>>

Dear Dr <<C|Gill>>

Re: <<P|Mrs Harjit Kaur>>, DOB [[22/07/1956]], <<A|41 Tanners Row, Northdale>> <<PC|ND4 8LW>>

Diagnosis: [[metastatic gastric adenocarcinoma]] ([[HER2 negative]]), peritoneal disease
Treatment: [[FOLFOX]] [[cycle 4 of 12]] - [[oxaliplatin 85 mg/m2]], [[5-FU 2400 mg/m2]] over [[46 h]]

Mrs <<P|Kaur>> attended with her son <<R|Gurpreet>>. She has [[grade 1 peripheral neuropathy]] (cold-induced), [[CTCAE v5]]; [[neutrophils 1.6]], [[platelets 142]]. We proceeded at full dose. Her appetite is poor and weight is [[52.4 kg]] (down [[3 kg]]). I have started [[dexamethasone 2 mg]] mane for appetite for a two-week trial and will review [[in clinic in 2 weeks]].

Yours sincerely

[[Dr N. Adeyemi-Hart]], Clinical Fellow, for <<C|Dr R. Osei>>, Consultant Medical Oncologist
cc patient
"""),
("email_thread", A, """
From: <<C|Ferris, Layla>> <<<E|layla.ferris@northdale-th.nhs.example>>>
Sent: 07 March 2024 09:14
To: Adeyemi-Hart, Nkechi
Subject: RE: <<P|Bobby D>> - ERCP date??

Hi [[Nkechi]] - endoscopy say [[12/03]] am list, but he's on warfarin ([[INR 2.8]] last wk) so they want bridging plan. Can you ring his wife <<R|Sheila>> - she's on <<T|07700 900583>> (not the landline, he gets upset if it rings).
L

> From: Adeyemi-Hart, Nkechi
> Sent: 06 March 2024 17:40
> Any news re restent for <<P|Bobby Driscoll>> (<<H|N1204876>>)? He told me on the ward "I'm not going anywhere till the darts final" lol

<<C|Layla Ferris>> | MDT Coordinator, Upper GI | Ext <<T|4471>> | Bleep <<T|2208>>
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender at <<E|it.security@northdale-th.nhs.example>> and delete it.
"""),
("cbd_assessment", A, """
Case-based Discussion (CbD) - [[Palliative Medicine]]
Trainee/applicant: [[Nkechi Adeyemi-Hart]]  ([[GMC 7312845]])    Assessor: [[Dr Helen Crowther]], Consultant, GMC <<G|4456120>>
Date: [[19/06/2024]]   Setting: [[hospice IPU]]
Case: 44-yr-old man (<<P|L.M.>>), [[glioblastoma]], agitated terminal delirium; family (partner <<R|Kieran>>) requested 'more sedation'.
Discussion: appropriate use of [[midazolam 10 mg/24h]] titrated to [[30 mg/24h]]; [[proportionality]]; [[Richmond Agitation-Sedation Scale]] target [[-1 to -2]]; documentation of intent.
Rating: [[meets expectations for completion of training]] in domains 1-4.
Assessor signature: [[H Crowther]]
"""),
("text_messages", A, """
[screenshot text, copied from work phone - community SPC]
<<T|07700 900671>>: hi dr its <<R|Carol>> (<<P|Derek>>s wife) he's been pulling at the driver again and shouting for his mum. the nurse cant come till 4
Me: Hi Carol, I'm coming now. Give him the [[midazolam 2.5 mg]] sc from the just-in-case box (the one in the blue bag). Is the driver still running?
<<T|07700 900671>>: yes light flashing green. hes at <<A|Low Byers Farm>> remember not the bungalow, cattle grid gate is open
Me: on my way, 20 min
[visit note: [[16:40]] Derek settled after [[midazolam 2.5 mg]]; CSCI increased to [[midazolam 20 mg/24h]] + [[morphine 15 mg/24h]]. Died peacefully [[05:15]] next day with Carol and the grandsons (<<R|Alfie and Zac>>).]
"""),
("reflective_note", A, """
Reflection - a difficult conversation about stopping chemotherapy ([[Dr N Adeyemi-Hart]], [[May 2024]])

The patient was a retired primary-school head (still called "<<P|Mrs T>>" by half the village) with [[ovarian cancer]] progressing on [[third-line carboplatin]]. Her [[CA-125]] had risen from [[310]] to [[1,420]] and CT showed new [[malignant ascites]]. Her husband, a churchwarden at <<A|St Aldhelm's, Upper Stowford>>, repeatedly asked "what's next on the list".
I used the [[SPIKES]] framework. What I did well: I checked what she already knew. What I would change: I mentioned "nothing more we can do", which I regretted - there was a great deal we could do.
Supervisor comment: "A thoughtful reflection; consider the REMAP model." - [[Dr Helen Crowther]]
"""),
("ocr_scanned_letter", A, """
--- OCR text, scanned GP letter, quality poor ---
<<A|Stonebrid9e Health Centre>>   Te1: <<T|O1632 960 3O4>>
[[29/O1/2024]]
Dear Palliative Care Team
Re: <<P|Mr Aldo Fen1ey>>  D0B [[O3/11/1949]]  NHS N0: <<N|721 4O5 8893>>
<<A|9 Chapel Yard, Stonebridge>> <<PC|SB7 2HH>>
Thank y0u for seeing this gent1eman w1th [[COPD]] ([[FEV1 28%]]) and now [[squamous ce11 carcinoma]] R upper 1obe, decl1ned [[SABR]]. He 1ives with h1s partner <<R|Rosa>> and is very breath1ess at rest.  [[MRC 5]].
Yours s1ncerely  <<C|Dr J. Oyelaran>>
"""),
("telephone_log_csv", A, """
date,time,caller,relationship,patient,hosp_no,issue,advice_given,by
[[2024-02-03]],[[21:14]],<<R|Mrs Ward>>,daughter,<<P|Lionel Ward>>,<<H|SCH-003981>>,breakthrough pain x3 since 6pm,"[[oxycodone 5 mg]] sc PRN, GP OOH visit",[[NAH]]
[[2024-02-03]],[[23:50]],<<C|Staff Nurse Ama Boateng>> (<<A|Larchfield Care Home>>),nurse,<<P|Edna Bright>>,<<H|SCH-004102>>,noisy resp secretions,"[[glycopyrronium 200 mcg]] sc, reposition",[[NAH]]
[[2024-02-04]],[[02:31]],<<R|Phil>> (son-in-law),son-in-law,<<P|Lionel Ward>>,<<H|SCH-003981>>,? died - expected,"verification by DN, [[expected death]] pathway; <<P|Lionel Ward>> - see next entry",[[NAH]]
"""),
("mdt_minutes", A, """
Hospice weekly MDT  [[08/05/2024]]  Present: [[Dr H Crowther]] (chair), [[Dr N Adeyemi-Hart]], <<C|Gemma Lowry>> (ward sister), <<C|Rev. Tom Aske>> (chaplain), <<C|Paolo Marchetti>> (OT)
1. Bed 3 - "the farmer from <<A|Ashcombe>>" (<<P|GH>>): [[Phase: deteriorating]]; [[AKPS 30]]; family meeting Friday - GH's brother <<R|Wilf>> wants to take him home to the farm, needs hospital bed + [[fast-track CHC]] (ref <<REF|CHC-FT-55129>>).
2. Bed 5 - <<P|Mrs Y.A.>>: pain controlled on [[fentanyl 25 mcg/h]] patch; plan discharge to <<A|The Beeches Nursing Home, Lydd Road>>.
3. Audit: [[Time to first dose of anticipatory medicines]] - re-audit due [[Q3]]. [[NAH]] to present.
"""),
("consultant_testimonial", A, """
To whom it may concern - Portfolio pathway application, [[Palliative Medicine]]

I have worked with [[Dr Nkechi Adeyemi-Hart]] ([[GMC 7312845]]) at [[St Columba's Hospice]] and in the [[Northdale Teaching Hospitals NHS Foundation Trust]] hospital support team since [[2021]]. Dr Adeyemi-Hart runs the Tuesday community clinic independently, leads ward rounds on the 18-bed IPU and supervises our FY2 and GPST doctors.
She led our QI project on [[anticipatory prescribing]] which raised completion from [[61%]] to [[94%]].

[[Dr Helen Crowther]] MB ChB FRCP, Consultant in Palliative Medicine, GMC <<G|4456120>>
[[Medical Director, St Columba's Hospice]]
"""),
("death_verification_email", A, """
Subject: death verification - Lark 4 - for coroner?
From: [[Nkechi Adeyemi-Hart]]
To: <<E|bereavement.office@stcolumbas.example.org>>

Patient in Lark 4 (<<P|Reginald 'Reg' Tompkins>>, [[DOB 30/06/1937]]) died [[14:22]] today, verified by me. He had a fall at home 3 weeks before admission with [[NOF fracture]] (operated at Northdale) so we think this needs referring to the coroner. I have spoken to the coroner's officer <<C|Mr Dale Pettigrew>> - their reference <<REF|COR-ND-2024-0419>>. Son <<R|Martin Tompkins>> aware, lives <<A|22 Ferris Crescent>> (no relation to <<C|Layla>>!).
MCCD not to be issued until coroner decides.
N.
"""),
("patient_feedback_summary", A, """
Patient and family feedback - collated by hospice admin, Q1 2024 ([[Dr N Adeyemi-Hart]])
Responses: [[23]]. Mean score [[4.8/5]].
Selected free-text (names removed? - check):
- "[[Dr Nkechi]] explained everything to Mum without jargon." - daughter of patient in room 2
- "Thanks to the lovely doctor and to <<C|nurse Bernie>> for sorting Dad's pain. <<P|Grandad Stan>> would have loved the garden." - <<R|the Coopers>>, <<A|Brackley Moor>>
- "Took time with us even on a Sunday." 
Collated by: <<C|Jo Whitfield>>, Quality Lead.  Verified: [[Dr Helen Crowther]]
"""),
("prescription_chart_tsv", A, """
DRUG\tDOSE\tROUTE\tFREQ\tSTART\tPRESCRIBER\tPATIENT
[[Morphine sulfate]]\t[[2.5-5 mg]]\tSC\t[[1 hourly PRN]]\t[[12/02/2024]]\t[[NAH]]\t<<P|IRENE WALSH>> <<H|SCH-004255>>
[[Midazolam]]\t[[2.5-5 mg]]\tSC\t1 hourly PRN\t12/02/2024\tNAH\t<<P|IRENE WALSH>> <<H|SCH-004255>>
[[Haloperidol]]\t[[0.5-1 mg]]\tSC\t[[4 hourly PRN]]\t12/02/2024\tNAH\t<<P|IRENE WALSH>> <<H|SCH-004255>>
[[Hyoscine butylbromide]]\t[[20 mg]]\tSC\t4 hourly PRN\t12/02/2024\tNAH\t<<P|IRENE WALSH>> <<H|SCH-004255>>
[[eGFR 24]] - morphine dose reduced; pharmacist <<C|Chidi Nwosu>> checked.
"""),
("teaching_feedback", A, """
Teaching session: "[[Opioid conversion]] and syringe drivers" - delivered by [[Dr N Adeyemi-Hart]], [[22/02/2024]], Northdale Postgraduate Centre
Attendees: [[14]] (FY1/FY2/IMT). Feedback forms: [[12]]. Overall [[4.6/5]].
Comments: "the [[1:1.5]] morphine to oxycodone... wait [[2:1]]? - clarified, thanks" ; "case of Mr X from ward 12 helpful"
Feedback collated by: [[Dr K. Ibrahim]], Foundation Programme Director (signs). 
"""),
]
