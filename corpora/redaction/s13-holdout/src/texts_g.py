# Long documents (600-900 words)
DOCS = []
def add(id, kind, applicant, text, extra_keep=()):
    DOCS.append({"id": id, "kind": kind, "applicant": applicant, "text": text, "extra_keep": list(extra_keep)})

add("s13-088", "reflective_diary", "Dr Conor Devlin", """
Extended reflection for portfolio section 4 (communication, partnership and teamwork)
Author: {{Dr Conor Devlin}}     Verified by: {{Dr Aoife McGarrity}}, Consultant Physician, {{Castlereagh Area Hospital}}

I have put off writing this for a long time, partly because the family asked me not to let it become "a lesson for doctors", and partly because I am still not sure what the lesson is. I am writing it now because my supervisor suggested that the not-knowing might itself be worth recording.

[[Marian|PN]] was fifty-two when I first met her on the acute medical unit in {{November 2022}}. She was a primary-school teacher at [[St Malachy's in Castlewellan|AD]], had taught there for twenty-six years, and she arrived with jaundice that her GP, [[Dr Owen Tierney|CN]], had picked up at a routine blood pressure check. She was funny and impatient and wanted to know when she could go back to her P4 class because the nativity play was in three weeks. The CT showed a mass in the head of the pancreas with liver metastases.

I was the doctor who told her. I had done this many times before, but this time her husband, [[Kieran Mulgrew|RN]], was on a lorry somewhere between [[Larne|AD]] and Cairnryan and could not be reached, and her only daughter, [[Orlaith|RN]], was sitting her finals at Queen's. Marian told me to "just say it, Doctor, I can take it", and I did, with the nurse [[Roisin Heaney|CN]] beside me, and then we sat in silence for what felt like a very long time. She asked whether she should ring Orlaith. I said it might be kinder to wait until her exam was finished that afternoon. Marian agreed.

I have thought about that advice more than anything else I said that day. It was not my decision to make. I offered it because I was trying to protect a twenty-one-year-old I had never met, and Marian accepted it because she was in shock and I was the doctor. When [[Orlaith Mulgrew|RN]] arrived on the ward that evening, she was angry - not about the diagnosis, which nobody could change, but about the four hours in which her mother had known and she had not. "You don't get to decide that for us," she told me. She was right.

Over the next six weeks Marian had a biliary stent placed by the gastroenterologist, [[Dr Hugh Fennell|CN]], and was seen by the oncology team, who offered palliative {{FOLFIRINOX}}. She declined. She wanted to be at home in [[Dundrum|AD]] for Christmas, where, as she put it, "the sea does all the talking". The community palliative care team and her GP arranged a syringe driver with {{midazolam}} and {{oxycodone}}, and a {{DNACPR}} decision was recorded after a conversation that she led, not I.

I saw her once more, in {{January 2023}}, when she was readmitted with cholangitis. Her stent had blocked. She was thinner and very yellow and she held my hand and said, "You were the one who told me." I did not know whether that was a reproach. She then said that she had been glad it was someone who sat down. Kieran, standing by the window, told me quietly that Orlaith had forgiven me "mostly". We all laughed, which I had not expected.

She died at home on {{14 February 2023}}. Orlaith wrote to the ward, and her letter is one of the reasons I asked to write this reflection; with her permission it is referenced in my MSF pack (Trust reference [[SLT/PX/23/0451|REF]]) without her name.

What I have learned, or think I have learned:
First, breaking bad news is not a single event but a sequence of decisions about who hears what, and when. I now ask explicitly, before I give the news, who the patient would want to be told and by whom, and I do not offer my own view about timing unless asked.
Second, the {{SPIKES}} framework I was taught is useful for the conversation itself, but it says little about the people who are not in the room. I have started adding a line to my documentation: "Family members not present and plan for informing them".
Third, I need to be more comfortable with not knowing whether I did the right thing. {{Dr Aoife McGarrity}} pointed out in supervision that the wish to be told I was right is itself worth noticing.

I have presented an anonymised version of this case at the regional IMT teaching day on communication ({{March 2024}}), and I have revised our unit's "difficult conversations" checklist to include absent family members. Maps to: {{GMC Good Medical Practice}} domain 3; internal medicine CiP 5 (managing end-of-life and palliative care); generic CiP 3 (communication).
""", extra_keep=["P4 class", "Cairnryan", "CiP 5", "CiP 3"])

add("s13-089", "complaint_response", "Dr Hamza Al-Rashidi", """
{{Pennine Moor NHS Foundation Trust}} - Complaints and Patient Experience Team
Complaint reference: [[PMFT/CX/2024/00712|REF]]     Related SI: [[2024/8813|REF]]     Local Authority ref: [[CMBC-ASC-24-1187|REF]]

Clinical response by {{Dr Hamza Al-Rashidi}}, Specialty Doctor, Calder North Community Mental Health Team
Approved by {{Dr Fiona Cattermole}}, Consultant Psychiatrist and Clinical Lead

To: [[Mrs Lorraine Haigh|RN]], [[3 Wainhouse Terrace|AD]], [[Halifax|AD]] [[HX2 0EU|PC]]

Dear Mrs [[Haigh|RN]],

Thank you for your letter of {{2 April 2024}} about the care of your son, [[Jamie Haigh|PN]], by our team between {{October 2023}} and {{March 2024}}. I know that writing it cannot have been easy, and I am very sorry for everything that you and your family have been through, especially during the week in March when Jamie went missing. I have tried below to answer each of your questions in the order you asked them. Where I do not know the answer, I have said so.

1. "Why was Jamie discharged from the home treatment team after only nine days?"
Jamie was referred to the home treatment team on {{12 October 2023}} after his GP, [[Dr Sunil Mehra|CN]], was concerned about his low mood following the loss of his job at the [[Dean Clough|AD]] call centre. The team saw him daily. On day 9 the team's view was that his risk had reduced and that he could be followed up by our community team. Having reviewed the notes, I think the decision was reasonable on the information the team had, but I also think the team did not speak to you before making it, even though you had told them you were worried about the amount he was drinking. That was a missed opportunity, and I am sorry.

2. "Why did it take five weeks for him to be seen by a psychiatrist?"
Our target for a routine outpatient appointment at that time was six weeks. Jamie was seen by me on {{20 November 2023}}. I should say honestly that, with what I now know, he should have been seen sooner. The referral was triaged as routine because the form did not mention the overdose he took in 2021 when he was living with his then partner in [[Hebden Bridge|AD]]; that information was in an older record that had not been linked to his current RiO record ([[RiO 10104488|HN]]). We have since corrected the duplicate record, and triage now includes a search for previous contacts under other addresses.

3. "Why was his medication changed without telling us?"
At my appointment with Jamie on {{15 January 2024}}, I increased his {{sertraline}} from 100 mg to {{150 mg}} and started {{mirtazapine 15 mg}} at night for sleep. Jamie was 24 and had capacity; he asked me not to share details of his treatment with his family, and I respected that, as the {{GMC confidentiality guidance}} requires. I did, however, encourage him to talk to you, and I regret that I did not explore more carefully why he did not want to. I also did not give you, as his carer, general information about whom to contact in a crisis, which I could have done without breaching his confidentiality. I apologise for this.

4. "Who decided not to inform police when he went missing?"
When you rang the team on {{18 March 2024}}, the duty worker, [[Carl Brierley|CN]], recorded your call but did not complete a missing-person risk assessment. This is the main subject of the serious incident investigation, which is being led by [[Ms Diane Okoro-Sutcliffe|CN]], Head of Patient Safety, and which you have been invited to contribute to. Jamie was found by a dog-walker, [[Mr Terence Lumb|RN]], on {{19 March 2024}} near [[Ogden Water|AD]] and was taken to {{Calderdale Royal Hospital}}, where he was treated for hypothermia and later admitted to {{Calder Ward}} under the {{Mental Health Act 1983}} (section 2).

5. "Will anything change?"
Several things have already changed. The duty team now uses a missing-person checklist, calls from families are flagged for review by a senior clinician the same day, and carers are offered a "carer contact plan" at the first appointment. I personally now ask every patient, at the first meeting, whether there is someone close to them whom we can contact in a crisis and what they are happy for us to share.

Jamie has given his permission for me to share with you that he is now living with his sister [[Stacey|RN]] in [[Elland|AD]], attending our recovery college and doing well. He has asked me to pass on that he loves you.

If you would like to meet me and {{Dr Fiona Cattermole}}, please contact the complaints team on [[01632 960740|PH]] or [[pmft.complaints@nhs.example|EM]], quoting the reference above. You may also contact the {{Parliamentary and Health Service Ombudsman}} if you remain unhappy.

Yours sincerely,

{{Dr Hamza Al-Rashidi}}
Specialty Doctor in General Adult Psychiatry (GMC {{7288013}})
""", extra_keep=["day 9", "100 mg", "section 2", "Calder North"])

add("s13-090", "letter_confirming_experience", "Dr Eilidh MacAskill", """
{{NHS Highland}} - Department of Anaesthesia, {{Inverallan Royal Hospital}}

To the GMC Portfolio Pathway team                                              {{28 June 2024}}

Letter confirming experience - {{Dr Eilidh MacAskill}} (GMC {{7190344}})

I confirm that Dr MacAskill has worked as a Specialty Doctor in Anaesthesia in this department since {{August 2019}}, under my clinical supervision. She covers the emergency, obstetric and remote-and-rural retrieval rotas independently at consultant-equivalent level, including solo out-of-hours cover for the obstetric unit.

Her indicative numbers ({{August 2019 - May 2024}}), taken from her logbook: general anaesthetics {{2,310}}; obstetric regional {{640}}; paediatric (age < 5) {{85}}; ICU transfers {{41}}.

She has supervised and assessed anaesthetic trainees, including [[Dr Ruaraidh Mackinnon|CN]] (GMC [[7612290|GMC]]) and [[Dr Adaeze Obi-Lawson|CN]] (GMC [[7704158|GMC]]), whose assessments she completed in {{2023}}; and she co-authored our local guideline on transfer of the critically ill from {{Caithness General}} with the retrieval consultant.

The other referees supporting her application are {{Dr Morven Blair}} (GMC {{4021177}}) and {{Professor Iain Drummond}} (GMC {{3387650}}).

Yours faithfully,
{{Dr Callum Strachan}}, FRCA, Consultant Anaesthetist and Clinical Director (GMC {{3311764}})
Tel (department): [[01632 960300|PH]]
""", extra_keep=["Dr MacAskill"])
