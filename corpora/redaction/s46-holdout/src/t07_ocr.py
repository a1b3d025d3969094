from common import *

DOCS = []

DOCS.append(D("ho-071", "ocr_clinic_letter", "Dr Sanjay Raghunathan", """
WESTGATE UNlVERSlTY HOSPlTAL
Heart Centre , Level 3, 40 lnfirmary Lane , Castlebrook CB9 8TZ
Te1 020 7946 O731

0ur Ref: SR/CL/ 1122/07
Date: 3O/11/2022

Dr Ro8ert Fenwlck
Mil1brook Surgery , 6 Mi1l Lane
Castlebrook CB9 4RR

Re : Mrs Ade1aide Ofori-Mensah   D0B 14/O2/1958
     Unit no WUH-07 81902    NHS 485 777 3 456
     2 Peel Terrace , Castlebrook CB9 1HU

Dear Dr Fenwlck ,
I saw Mrs 0fori-Mensah in the heart fai lure clinic. NYHA II, LVEF 3O % on echo .
NT-proBNP 1840 ng/L . I have started sacubitril/valsartan 24/26 mg bd (Entresto) after a
36 hour washout of ramipril, and dapagliflozin 10 mg od. U&E in 2 weeks p1ease .

Yours sincere1y
Dr Sanjay Raghunathan
Cardiology Registrar    verified: Dr Eamonn Kielty
""", [
    ("40 lnfirmary Lane , Castlebrook", AD), ("CB9 8TZ", PC), ("020 7946 O731", PH), ("SR/CL/ 1122/07", REF),
    ("Ro8ert Fenwlck", CN), ("Fenwlck", CN), ("Mil1brook Surgery , 6 Mi1l Lane\nCastlebrook", AD), ("CB9 4RR", PC),
    ("Ade1aide Ofori-Mensah", PN), ("0fori-Mensah", PN), ("WUH-07 81902", HN), ("485 777 3 456", NHS),
    ("2 Peel Terrace , Castlebrook", AD), ("CB9 1HU", PC),
], [
    "Dr Sanjay Raghunathan", "WESTGATE UNlVERSlTY HOSPlTAL", "D0B 14/O2/1958", "NYHA II", "LVEF 3O %",
    "NT-proBNP 1840 ng/L", "sacubitril/valsartan 24/26 mg bd", "dapagliflozin 10 mg od", "Dr Eamonn Kielty",
]))

DOCS.append(D("ho-072", "ocr_discharge_summary", "Dr Chiamaka Nwosu-Eze", """
LAG00N UNIVERS ITY TEACHING HOSP ITAL
Dept of 0bstetrics & Gynaeco logy    P.M.B . 12003, Idi-Araba , Lagos
DISCHARGE SUMMARY
Name : MRS. NGOZI CHINWE-0BI     Age: 31yrs   Hosp. No: LUTH/2018/ 2 7719
Address : 4B Ak intola Close , Surulere, Lagos     Te1: 08O5 555 0211
NOK: Mr. Emeka Chinwe-Obi (husband)
Date of Adm: 12/O3/2018   Date of Disch: 19/03/2018
Diagnosis : Severe pre-eclampsia at 34+2 wks; HELLP syndrome
Mgt: MgSO4 (Pritchard regimen) , IV labetalol 20mg, emergency C/S 12/03/2018 (Dr. C. Nwosu-
Eze, Senior Registrar) . Platelets 62 x10^9/L, ALT 188. Baby: male 1.9kg to SCBU (SCBU no. 18/441).
Consultant: Dr. Babatunde Olanrewaju-Coker
""", [
    ("P.M.B . 12003, Idi-Araba , Lagos", AD), ("NGOZI CHINWE-0BI", PN), ("LUTH/2018/ 2 7719", HN),
    ("4B Ak intola Close , Surulere, Lagos", AD), ("08O5 555 0211", PH), ("Emeka Chinwe-Obi", RN),
    ("18/441", HN),
], [
    "LAG00N UNIVERS ITY TEACHING HOSP ITAL", "31yrs", "34+2 wks", "HELLP syndrome", "MgSO4 (Pritchard regimen)",
    "IV labetalol 20mg", "Dr. C. Nwosu-\nEze", "Platelets 62 x10^9/L", "ALT 188", "1.9kg",
    "Dr. Babatunde Olanrewaju-Coker",
]))

DOCS.append(D("ho-073", "ocr_referral_letter", "Dr Sana Tariq Malik", """
SHAUKAT MEM0RIAL TEACHING H0SPITAL , LAH0RE     Dept. of Medic ine Unit II
MR# O412-20-0O9381        Date: O4-O2-2020
Pt: Mr. Ghu1am Rasool s/o A11ah Ditta , 67 yrs , M
Add: Chak No. 1 2/ L , Tehsi1 Pattoki , Distt Kasur     Ce11: O301-66 12 045
Referred to : Punjab Institute of Cardio logy (Emergency)
Dx : NSTEMI , Trop I 4.2 ng/mL , ECG ST depression V4-V6 , Killip II
Rx given : Aspirin 300mg, Clopidogrel 600mg , Enoxaparin 60mg SC
Referring Dr : Dr. Sana Tariq Ma1ik (M0)   Verified: Prof . Dr. Nusrat Jabeen Kazmi
""", [
    ("O412-20-0O9381", HN), ("Ghu1am Rasool", PN), ("A11ah Ditta", RN),
    ("Chak No. 1 2/ L , Tehsi1 Pattoki , Distt Kasur", AD), ("O301-66 12 045", PH),
], [
    "Dr. Sana Tariq Ma1ik", "SHAUKAT MEM0RIAL TEACHING H0SPITAL", "67 yrs , M", "Trop I 4.2 ng/mL", "Killip II",
    "Aspirin 300mg", "Clopidogrel 600mg", "Enoxaparin 60mg SC", "Prof . Dr. Nusrat Jabeen Kazmi",
]))

DOCS.append(D("ho-074", "ocr_theatre_register", "Dr Ravindra Kulasekara", """
THEATRE REG1STER - UNIVERSITY SURGICAL UNIT - T.H. KARAPITIYA          page 4 1
Date      BHT No      Name                     Age Sex  Operation                    Surgeon     Asst
O3.O8.17  41/ 901/17  K.D. Sumanawathie          61  F    Lap chole                   Dr R.Ku1asekara  Dr Fernando
O3.O8.17  41/9O7/17   M. Nimal Jayasuriya        44  M    Thyroidectomy (tota1)        Prof Wijeratne   Dr R.Kulasekara
O4.08.17  41/ 912/17  Baby of Anusha             2/12 M   Pyloromyotomy (Ramstedt)     Dr R.Kulasekara  Dr Fernando
O4.O8.17  41/915/1 7  A.G. Premadasa             72  M    Hartmann's                   Dr R.Kulasekara  -
Verified true copy - Prof. Sarath Wijeratne (signature/seal)
""", [
    ("41/ 901/17", HN), ("K.D. Sumanawathie", PN), ("41/9O7/17", HN), ("M. Nimal Jayasuriya", PN),
    ("Fernando", CN), ("41/ 912/17", HN), ("Anusha", RN), ("41/915/1 7", HN), ("A.G. Premadasa", PN),
], [
    "Dr R.Ku1asekara", "Dr R.Kulasekara", "T.H. KARAPITIYA", "Prof Wijeratne", "Prof. Sarath Wijeratne",
    "Pyloromyotomy (Ramstedt)", "Hartmann's", "2/12 M", "page 4 1",
]))

DOCS.append(D("ho-075", "ocr_clinic_letter", "Dr Ioana Mihăilescu", """
Fernhi11 Community Menta1 Hea1th Team
Fernhi11 House, 3 Quarry Road, Eastley EY2 5HD   Te1 01632 96O230
Our ref: CMHT-N/IM/ 23/ 904      RiO ID: 33O5517

Dr Jane Whitlock-Ames , The Qua y Practice
Re: Mr Kenneth (Kenny) Ba1four  D0B 02/12/1971  ma1e
     7 Ropewa1k Mews , Eastley EY1 9QJ

Dear Dr Whit lock-Ames
I reviewed Mr Balfour today. Alcohol dependence (F10.2) with depressive symptoms, AUDIT 31.
He completed detox (chlordiazepoxide reducing regimen) and started acamprosate 666 mg tds.
Thiamine 100 mg tds. His brother Dougie attends with him.
Dr Ioana Mihăi lescu, Specialty Doctor      Verified: Dr Peter Ssali
""", [
    ("Fernhi11 House", AD), ("3 Quarry Road, Eastley", AD), ("EY2 5HD", PC), ("01632 96O230", PH), ("CMHT-N/IM/ 23/ 904", REF),
    ("33O5517", HN), ("Jane Whitlock-Ames", CN), ("The Qua y Practice", AD), ("Kenneth (Kenny) Ba1four", PN),
    ("7 Ropewa1k Mews , Eastley", AD), ("EY1 9QJ", PC), ("Whit lock-Ames", CN), ("Balfour", PN), ("Dougie", RN),
], [
    "Dr Ioana Mihăi lescu", "Fernhi11 Community Menta1 Hea1th Team", "D0B 02/12/1971", "ma1e", "F10.2",
    "AUDIT 31", "chlordiazepoxide", "acamprosate 666 mg tds", "Thiamine 100 mg tds", "Dr Peter Ssali",
]))

DOCS.append(D("ho-076", "ocr_ambulance_log", "Dr Amal Osman Elkhidir", """
0MDURMAN TEACHING H0SPITAL - EMERGENCY - ambu1ance arriva1s b00k       14/06/2O20
Time   Amb   Patient                    Age  Compl aint            Fr om              By
21:5O  07    Osman Bab iker A. Hamid    19   RTA head inj          A1-Thawra          Dr Ama1 0sman
22:2O  12    unknown fema1e             ~40  burns 30% TBSA        Omdurman market    Dr Ama1 0sman
23:05  O3    Fatima Abdelrahim Nur      6    snake bite L foot     Karari, b1ock 9    Dr A. E1khidir
Sheet checked: Dr Hanan Sa1ih E1mahi (Cons.)
Te1 ED: +249 187 555 O31
""", [
    ("Osman Bab iker A. Hamid", PN), ("A1-Thawra", AD), ("Fatima Abdelrahim Nur", PN), ("Karari, b1ock 9", AD),
    ("+249 187 555 O31", PH),
], [
    "Dr Ama1 0sman", "Dr A. E1khidir", "0MDURMAN TEACHING H0SPITAL", "burns 30% TBSA", "Dr Hanan Sa1ih E1mahi",
    "snake bite L foot",
]))
