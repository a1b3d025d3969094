"""Renders files/ and writes files.jsonl. Every string drawn is typed here by hand; boxes are measured while drawing."""
import json, os, sys
from email.message import EmailMessage
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from common import *
from render import ImgPage, PdfPage, font, KEEP as K
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
import docx
from docx.shared import Pt

OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
RECORDS = []

def rec(id_, fname, fmt, kind, applicant, pages_objs):
    ids, keep, codes, photos = [], [], [], []
    for n, p in enumerate(pages_objs, 1):
        a, b, c, d = p.record(n)
        ids += a; keep += b; codes += c; photos += d
    r = {"id": id_, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
         "pages": len(pages_objs), "identifiers": ids, "keep": keep, "barcodes": codes}
    if photos:
        r["photos"] = photos
    RECORDS.append(r)


# ---------------------------------------------------------------- ho-073 wristband photo (PNG)
def f073():
    p = ImgPage(1800, 820, (96, 84, 78))
    # arm (photographed wrist) and the band on it
    p.d.rounded_rectangle([0, 150, 1800, 700], 120, fill=(214, 170, 140))
    p.photos.append({"box": p.rel((0, 150, 1800, 700), 0), "what": "photograph of patient's wrist wearing identity band"})
    p.d.rounded_rectangle([60, 215, 1740, 630], 30, fill=(250, 250, 248), outline=(180, 180, 180), width=3)
    f1, f2 = font("bold", 40), font("sans", 32)
    p.line(100, 240, [("PICKERING, Maureen Elsie", PN)], f1)
    p.line(100, 305, [("DOB: 22/10/1941", K), "   Sex: ", ("F", K)], f2)
    p.line(100, 360, ["NHS No: ", ("485 210 6637", NHS)], f2)
    p.line(100, 415, ["Hosp No: ", ("L5521980", HN)], f2)
    p.line(100, 470, [("Leeds General Infirmary", K), " - ", ("Ward J26", K)], f2)
    p.line(100, 530, ["ALLERGY: ", ("PENICILLIN", K)], font("bold", 32))
    p.code128("L5521980", 820, 270, module=4, height=150)
    p.qr("4852106637", 1460, 250, box_size=7)
    p.img.save(os.path.join(OUT, "ho-073-wristband.png"))
    rec("ho-073", "ho-073-wristband.png", "png", "wristband_photo", "Dr Tomasz Wierzbicki", [p])


# ---------------------------------------------------------------- ho-074 addressograph label sheet (PNG)
def f074():
    p = ImgPage(1240, 1754)
    f1, f2 = font("bold", 26), font("sans", 22)
    p.line(60, 40, ["Southmead Hospital - patient labels - printed 02/12/2024 07:58 - sheet 1 of 1"], font("sans", 20), (90, 90, 90))
    for col in range(2):
        for row in range(2):
            x, y = 60 + col * 580, 120 + row * 780
            p.rect([x, y, x + 540, y + 720], outline=(170, 170, 170), width=2)
            p.line(x + 25, y + 25, [("HEWLETT-ABARA, Clement", PN)], f1)
            p.line(x + 25, y + 70, [("DOB 08/03/1966", K), "  ", ("M", K)], f2)
            p.line(x + 25, y + 105, ["MRN ", ("SMH3390428", HN)], f2)
            p.line(x + 25, y + 140, ["NHS ", ("604 551 2983", NHS)], f2)
            p.line(x + 25, y + 175, [("4 Rosemont Terrace, Bristol", AD)], f2)
            p.line(x + 25, y + 210, [("BS8 4QR", PC)], f2)
            p.line(x + 25, y + 250, ["Ward: ", ("Gate 34", K), "  Cons: ", ("Mr R. Venkataraman", K)], f2)
            p.code128("SMH3390428", x + 30, y + 310, module=3, height=150)
            p.line(x + 25, y + 520, ["Adm 01/12/2024  Urology"], f2)
    p.img.save(os.path.join(OUT, "ho-074-addressograph-sheet.png"))
    rec("ho-074", "ho-074-addressograph-sheet.png", "png", "addressograph_labels", "Dr Rahul Venkataraman", [p])


# ---------------------------------------------------------------- ho-075 haematology request form (digital PDF)
def f075():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "ho-075-request-form.pdf"), pagesize=A4)
    p = PdfPage(c, W, H)
    p.line(40, 36, [("Nottingham University Hospitals NHS Trust", K)], "Helvetica-Bold", 13)
    p.line(40, 56, ["Pathology - HAEMATOLOGY & BLOOD TRANSFUSION REQUEST"], "Helvetica-Bold", 11)
    c.rect(36, H - 300, 300, 220)
    p.line(44, 90, ["Surname: ", ("OKONKWO-BRIGGS", PN)], "Helvetica", 10)
    p.line(44, 108, ["Forename: ", ("Adaeze", PN)], "Helvetica", 10)
    p.line(44, 126, ["DOB: ", ("17/06/1988", K), "    Sex: ", ("F", K)], "Helvetica", 10)
    p.line(44, 144, ["NHS no: ", ("702 118 4456", NHS)], "Helvetica", 10)
    p.line(44, 162, ["Hospital no: ", ("J2950781", HN)], "Helvetica", 10)
    p.line(44, 180, ["Address: ", ("33 Mapperley Rise, Nottingham", AD)], "Helvetica", 10)
    p.line(44, 198, ["Postcode: ", ("NG3 5BS", PC)], "Helvetica", 10)
    p.line(44, 216, ["Location: ", ("Ward 31", K), ", ", ("City Hospital", K)], "Helvetica", 10)
    p.line(44, 234, ["Requesting clinician: ", ("Dr I. Benedetti", K), "  bleep ", ("7781", PH)], "Helvetica", 10)
    p.code("Code128", "J2950781", 360, 86, scale=0.45, module=4, height=110)
    p.code("QR", "NHS:7021184456|J2950781", 390, 170, scale=0.45, box_size=8)
    p.line(40, 320, ["Tests: FBC, blood film, reticulocytes, LDH, haptoglobin, ", ("DAT", K), ", group & save"], "Helvetica", 10)
    p.line(40, 340, ["Clinical details: ", ("Hb 71 g/L", K), ", jaundice, ?warm AIHA; started ", ("prednisolone 1 mg/kg", K), " today."], "Helvetica", 10)
    p.line(40, 360, ["Transfusion history: 2 units 2019 (", ("Queen's Medical Centre", K), "); pregnancies: 1"], "Helvetica", 10)
    p.line(40, 392, ["Sample taken by: ", ("Naomi Fairhurst", CN), " (HCA)   Date/time: ", ("14/03/2025", K), " 10:42"], "Helvetica", 10)
    p.line(40, 410, ["I have positively identified the patient and labelled the sample at the bedside."], "Helvetica-Oblique", 9)
    p.line(40, 440, ["LAB USE ONLY   Accession: ", ("H25.0314.0931", OID), "   Received 11:20   BMS: ", ("K. Asante-Ryder", CN)], "Helvetica", 9)
    c.showPage(); c.save()
    rec("ho-075", "ho-075-request-form.pdf", "pdf", "specimen_request_form", "Dr Ilaria Benedetti", [p])


# ---------------------------------------------------------------- ho-076 photographed handover sheet (JPEG)
def f076():
    p = ImgPage(1600, 1200, (70, 62, 55))
    p.d.polygon([(120, 60), (1480, 80), (1460, 1150), (140, 1140)], fill=(246, 244, 236))
    hf, hb = font("cond", 34), font("obl", 38)
    p.line(200, 120, ["PED ED handover  ", ("15/03/25", K), "  night -> day   (", ("FR", K), ")"], hb, (20, 30, 110))
    p.line(200, 220, ["bay 2 - ", ("Ollie Brennan-Tate", PN), " ", ("5y", K), " - ", ("0771204", HN)], hf, (20, 30, 110))
    p.line(260, 270, ["croup, ", ("dex 0.15 mg/kg", K), " 01:10, Westley 5 -> 2, r/v 04:00"], hf, (20, 30, 110))
    p.line(200, 360, ["bay 5 - ", ("Maisie Quirke", PN), " ", ("13y", K), " - ", ("0768833", HN)], hf, (20, 30, 110))
    p.line(260, 410, ["OD sertraline ?50 tabs, ", ("QTc 452", K), ", CAMHS am"], hf, (20, 30, 110))
    p.line(260, 460, ["mum ", ("Leanne", RN), " ", ("07700 900731", PH)], hf, (20, 30, 110))
    p.line(200, 550, ["cub 8 - ", ("Baby Nowak", PN), " ", ("6 wk", K), " - ", ("0773390", HN)], hf, (20, 30, 110))
    p.line(260, 600, ["bilious vomiting, NBM, surgeons aware (", ("Mr Hadfield", CN), ")"], hf, (20, 30, 110))
    p.line(200, 690, ["resus 1 - empty.  NWAS pre-alert 06:50 ?sepsis 2y"], hf, (20, 30, 110))
    p.line(200, 800, ["PICU outreach: ", ("ext 24190", PH)], hf, (20, 30, 110))
    p.degrade(seed=76, noise=18, blur=0.8, tint=(255, 230, 180))
    p.img.save(os.path.join(OUT, "ho-076-handover-photo.jpg"), quality=86)
    rec("ho-076", "ho-076-handover-photo.jpg", "jpeg", "handover_sheet_photo", "Dr Farhad Rostami", [p])


# ---------------------------------------------------------------- ho-077 scanned consent/PEP form with sticker (image-only PDF)
def f077():
    p = ImgPage(1240, 1754, (250, 250, 250))
    f0, f1, f2 = font("bold", 30), font("sans", 22), font("lib", 22)
    p.line(70, 70, [("Royal Liverpool University Hospital", K), " - Sexual Health Service"], f0)
    p.line(70, 120, ["PEPSE ASSESSMENT AND PRESCRIPTION"], font("bold", 26))
    # patient sticker
    p.d.rectangle([700, 170, 1180, 520], fill=(255, 255, 255), outline=(120, 120, 120), width=2)
    p.line(720, 185, [("PATTERSON-LLOYD, Kieron", PN)], font("bold", 22))
    p.line(720, 220, [("DOB 02/12/1996", K), "  ", ("M", K)], f1)
    p.line(720, 252, ["Clinic no ", ("GU25-09117", HN)], f1)
    p.line(720, 284, ["NHS ", ("631 904 5572", NHS)], f1)
    p.code128("GU25-09117", 715, 320, module=3, height=150)
    y = 600
    for parts in [
        ["Date seen: ", ("14/04/2025", K), "   Time: 09:35"],
        ["Exposure: receptive anal sex, source partner status unknown"],
        ["Last exposure: ", ("13/04/2025 23:00", K), "  (", ("10.5 hours", K), " ago)"],
        ["Baseline: HIV 4th gen POCT negative, creatinine sent, HBsAg sent"],
        ["Regimen: ", ("Truvada", K), " 1 tab OD + ", ("raltegravir 400 mg BD", K), " for ", ("28 days", K)],
        ["Starter pack (5 days) given. Follow-up HIV test 45 days."],
        ["Clinician: ", ("Dr J Figueiredo", K), "        Health adviser: ", ("Nadia Kowalewska", CN)],
        ["Patient contact (text ok): ", ("07700 900266", PH)],
    ]:
        p.line(70, y, parts, f2)
        y += 60
    p.degrade(seed=77, noise=22, blur=0.7)
    g = p.img.convert("L")
    g.save(os.path.join(OUT, "ho-077-pep-form-scan.pdf"), "PDF", resolution=150)
    rec("ho-077", "ho-077-pep-form-scan.pdf", "pdf", "scanned_form_with_sticker", "Dr Joana Figueiredo", [p])


# ---------------------------------------------------------------- ho-078 scanned clinic letter (image-only PDF)
def f078():
    p = ImgPage(1240, 1754, (252, 252, 250))
    f0, f1 = font("serif", 26), font("serif", 21)
    p.line(80, 70, [("Cardiff and Vale University Health Board", K)], f0)
    p.line(80, 110, [("University Hospital of Wales", K), " - Rheumatology"], f1)
    p.line(80, 145, ["Tel ", ("029 2018 0642", PH)], f1)
    p.line(80, 220, ["Our ref: ", ("RH/CP/0587/24", REF)], f1)
    p.line(80, 255, ["Hospital no: ", ("M0664420", HN), "    NHS no: ", ("618 230 7745", NHS)], f1)
    p.line(80, 320, [("Dr Rhys Pennant-Davies", CN)], f1)
    p.line(80, 352, [("Canton Health Centre, Cowbridge Road East, Cardiff", AD)], f1)
    p.line(80, 384, [("CF11 9AB", PC)], f1)
    p.line(80, 450, ["Dear ", ("Dr Pennant-Davies", CN), ","], f1)
    p.line(80, 500, ["Re: ", ("Mrs Gwenllian Morse", PN), ", DOB ", ("25/01/1987", K), ", ", ("Bryn Awel, Heol Fach, Caerphilly", AD)], f1)
    y = 570
    for parts in [
        ["I reviewed ", ("Mrs Morse", PN), " on ", ("03/12/2024", K), ". Her systemic lupus erythematosus has been complicated by"],
        [("class IV lupus nephritis", K), " (biopsy 10/2024). Urine PCR has fallen from 410 to ", ("96 mg/mmol", K), "."],
        ["She continues ", ("mycophenolate mofetil 1 g BD", K), ", ", ("hydroxychloroquine 200 mg", K), " OD and"],
        [("prednisolone 7.5 mg", K), " OD. Complement C3 0.82 g/L, dsDNA 45 IU/ml. BP 124/78."],
        ["She is keen to discuss pregnancy in 2026; mycophenolate must be switched to azathioprine first."],
        ["Her husband ", ("Geraint", RN), " came with her. I will see her with the renal team in 3 months."],
    ]:
        p.line(80, y, parts, f1)
        y += 42
    p.line(80, y + 60, ["Yours sincerely,"], f1)
    p.line(80, y + 140, [("Dr Carys Prydderch", K), ", Specialty Doctor in Rheumatology"], f1)
    p.degrade(seed=78, noise=20, blur=0.6)
    p.img.convert("L").save(os.path.join(OUT, "ho-078-clinic-letter-scan.pdf"), "PDF", resolution=150)
    rec("ho-078", "ho-078-clinic-letter-scan.pdf", "pdf", "scanned_clinic_letter", "Dr Carys Prydderch", [p])


# ---------------------------------------------------------------- ho-079 discharge summary, digital PDF, 2 pages, clinical photo
def f079():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "ho-079-discharge-summary.pdf"), pagesize=A4)
    p1 = PdfPage(c, W, H)
    p1.line(40, 30, [("Salisbury District Hospital", K), " - Burns and Plastic Surgery - DISCHARGE SUMMARY"], "Helvetica-Bold", 11)
    p1.line(40, 50, ["Patient: ", ("Ms Harriet Fennimore", PN), "   Hosp no: ", ("SDH0417722", HN), "   page 1 of 2"], "Helvetica", 9)
    p1.line(40, 80, ["DOB: ", ("09/09/1971", K), "   Sex: ", ("Female", K), "   NHS no: ", ("566 190 2374", NHS)], "Helvetica", 10)
    p1.line(40, 98, ["Address: ", ("Rose Cottage, Middle Woodford, Salisbury", AD), " ", ("SP4 6NW", PC)], "Helvetica", 10)
    p1.line(40, 116, ["GP: ", ("Dr Ossian Pardoe", CN), ", ", ("Avon Valley Practice", AD)], "Helvetica", 10)
    p1.line(40, 134, ["Admitted: ", ("02/01/2025", K), "   Discharged: ", ("17/01/2025", K), "   Ward: ", ("Odstock Ward", K), ", bed 9"], "Helvetica", 10)
    y = 170
    for parts in [
        ["Diagnosis: ", ("necrotising fasciitis", K), " left forearm (LRINEC 8) after a cat bite."],
        ["Operations: radical debridement 02/01 and 04/01/2025; ", ("NovoSorb BTM", K), " 06/01; split-skin graft 16/01."],
        ["Microbiology: ", ("Pasteurella multocida", K), " and group A streptococcus."],
        ["Antibiotics: ", ("benzylpenicillin 2.4 g", K), " 4-hourly + ", ("clindamycin 1.2 g", K), " QDS, then oral co-amoxiclav."],
        ["IVIG not given. Lowest Hb 84 g/L; no transfusion."],
        ["Consultant: ", ("Mr Idris Pemberton-Okafor", K), "     Discharging doctor: ", ("Dr Amélie Rousseau", K)],
    ]:
        p1.line(40, y, parts, "Helvetica", 10)
        y += 20
    c.showPage()
    p2 = PdfPage(c, W, H)
    p2.line(40, 30, [("Salisbury District Hospital", K), " - DISCHARGE SUMMARY (continued)"], "Helvetica-Bold", 11)
    p2.line(40, 50, ["Patient: ", ("Ms Harriet Fennimore", PN), "   Hosp no: ", ("SDH0417722", HN), "   page 2 of 2"], "Helvetica", 9)
    p2.line(40, 80, ["Clinical photograph at discharge (graft take ", ("95%", K), "):"], "Helvetica", 10)
    p2.photo(40, 100, 260, 180, "clinical photograph of grafted forearm wound", seed=79)
    y = 310
    for parts in [
        ["Follow-up: dressing clinic ", ("24/01/2025", K), "; hand therapy; scar clinic 3 months."],
        ["Her sister ", ("Rosalind Fennimore", RN), " will help with dressings at home (tel ", ("07700 900174", PH), ")."],
        ["Signed: ", ("Dr Amélie Rousseau", K), ", Locum Consultant Plastic Surgeon, GMC ", ("7590417", K)],
    ]:
        p2.line(40, y, parts, "Helvetica", 10)
        y += 20
    c.showPage(); c.save()
    rec("ho-079", "ho-079-discharge-summary.pdf", "pdf", "discharge_summary", "Dr Amélie Rousseau", [p1, p2])


# ---------------------------------------------------------------- ho-080 DOCX logbook
def docx_record(id_, fname, kind, applicant, ids, keep):
    RECORDS.append({"id": id_, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
                    "identifiers": [{"text": t, "type": ty} for t, ty in ids], "keep": [{"text": k} for k in keep], "barcodes": []})

def f080():
    d = docx.Document()
    d.add_heading("Vascular access and venous logbook - Dr Tomasz Wierzbicki - Leeds General Infirmary", 1)
    d.add_paragraph("Period 01/10/2024 to 31/12/2024. Exported from personal logbook; verified by Mr A. Okonjo, Consultant Vascular Surgeon, 06/01/2025.")
    rows = [
        ("Date", "Hosp no", "Patient", "Age/Sex", "Procedure", "Role"),
        ("02/10/2024", "L2871043", "J. Stainthorpe", "64 F", "Radiocephalic AVF (L wrist)", "P"),
        ("09/10/2024", "L0345612", "M. Al-Habsi", "52 M", "Brachiobasilic AVF, 2-stage transposition", "P"),
        ("16/10/2024", "L3390724", "D.F.", "71 M", "AVF thrombectomy + fistulogram", "PS-S"),
        ("30/10/2024", "L1902237", "Prudence Oakley-Vane", "48 F", "EVLA GSV (CEAP C4a) + phlebectomies", "P"),
        ("13/11/2024", "L2265590", "K. Nwosu", "39 M", "PD catheter insertion", "P"),
        ("04/12/2024", "L0812496", "E.R.", "77 F", "Ligation of steal-causing AVF (DRIL considered)", "P"),
    ]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Notes: case of 16/10 supervised by Mr A. Okonjo. Dialysis unit contact for 13/11 case: Sister Yvonne Haigh, 0113 496 0654.")
    d.add_paragraph("Total: 6 procedures (P 5, PS-S 1). Complications: none at 30 days.")
    d.save(os.path.join(OUT, "ho-080-access-logbook.docx"))
    docx_record("ho-080", "ho-080-access-logbook.docx", "logbook_docx", "Dr Tomasz Wierzbicki",
                [("L2871043", HN), ("J. Stainthorpe", PN), ("L0345612", HN), ("M. Al-Habsi", PN), ("L3390724", HN), ("D.F.", PN),
                 ("L1902237", HN), ("Prudence Oakley-Vane", PN), ("L2265590", HN), ("K. Nwosu", PN), ("L0812496", HN), ("E.R.", PN),
                 ("Yvonne Haigh", CN), ("0113 496 0654", PH)],
                ["Dr Tomasz Wierzbicki", "Leeds General Infirmary", "Mr A. Okonjo", "64 F", "Radiocephalic AVF (L wrist)",
                 "CEAP C4a", "06/01/2025", "DRIL"])


# ---------------------------------------------------------------- ho-081 DOCX hospice caseload (NI, H&C)
def f081():
    d = docx.Document()
    d.add_heading("Northern Ireland Hospice - Day Hospice and Outpatient Caseload", 1)
    d.add_paragraph("Medical lead: Dr Siobhan McKeever. Caseload as at 10/02/2025. Reviewed with Dr Colm Devlin (Consultant).")
    rows = [
        ("Name", "H&C number", "Address", "Diagnosis", "Key medication", "Next review"),
        ("Mrs Dympna Carlin", "347 210 9981", "8 Shore Road, Greenisland, BT38 8TT", "MND (bulbar)", "glycopyrronium 200 mcg TDS", "17/02/2025"),
        ("Mr Wilbert Gault", "325 664 0173", "Apt 3, Lisburn Road, Belfast BT9 7AA", "IPF, breathless", "morphine MR 5 mg BD", "12/02/2025"),
        ("Mr Tadhg Ó Néill", "368 091 4452", "41 Main Street, Crumlin, BT29 4UR", "ca prostate, bone mets", "denosumab 120 mg", "24/02/2025"),
        ("\"Nanny Bea\" Beatrice Kerr", "331 557 2086", "Care home: Glenmona House", "dementia, frailty", "paracetamol 1 g QDS", "03/03/2025"),
    ]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Carer notes: Mr Gault's wife Hazel has carer's assessment pending (social worker Declan Moffett, 028 9649 6173).")
    d.save(os.path.join(OUT, "ho-081-hospice-caseload.docx"))
    docx_record("ho-081", "ho-081-hospice-caseload.docx", "caseload_docx", "Dr Siobhan McKeever",
                [("Mrs Dympna Carlin", PN), ("347 210 9981", NHS), ("8 Shore Road, Greenisland", AD), ("BT38 8TT", PC),
                 ("Mr Wilbert Gault", PN), ("325 664 0173", NHS), ("Apt 3, Lisburn Road, Belfast", AD), ("BT9 7AA", PC),
                 ("Mr Tadhg Ó Néill", PN), ("368 091 4452", NHS), ("41 Main Street, Crumlin", AD), ("BT29 4UR", PC),
                 ("Nanny Bea", PN), ("Beatrice Kerr", PN), ("331 557 2086", NHS), ("Glenmona House", AD), ("Mr Gault", PN),
                 ("Hazel", RN), ("Declan Moffett", CN), ("028 9649 6173", PH)],
                ["Northern Ireland Hospice", "Dr Siobhan McKeever", "Dr Colm Devlin", "10/02/2025", "glycopyrronium 200 mcg TDS",
                 "morphine MR 5 mg BD", "denosumab 120 mg", "paracetamol 1 g QDS", "MND (bulbar)"])


# ---------------------------------------------------------------- ho-082 e-mail (.eml)
def f082():
    m = EmailMessage()
    m["From"] = "Olena Kravchenko <olena.kravchenko@bsmhft.example.nhs.uk>"
    m["To"] = "Hugh Tremlett <hugh.tremlett@bsmhft.example.nhs.uk>"
    m["Cc"] = "Tamarind Ward <tamarind.ward@bsmhft.example.nhs.uk>"
    m["Date"] = "Mon, 17 Feb 2025 16:05:12 +0000"
    m["Subject"] = "s17 leave review - Mr Lewis Okoro-Haines (RiO 80061244)"
    m["Message-ID"] = "<b7e1c0a2.20250217160512@bsmhft.example.nhs.uk>"
    m.set_content(
        "Hugh,\n\n"
        "I reviewed Mr Lewis Okoro-Haines on Tamarind Ward today, as requested after the leave incident on 15/02/2025.\n\n"
        "Mental state: no psychotic symptoms elicited; PANSS positive 11. He admits drinking two cans of lager with his cousin "
        "Tyrone Haines near the Bull Ring while on escorted leave (escort: HCA Shauna Priddle). UDS negative, breathalyser 0.00.\n\n"
        "Plan: suspend unescorted s17 leave for 2 weeks (Mental Health Act 1983), restart after MDT on 03/03/2025; "
        "continue paliperidone palmitate 150 mg monthly; inform MoJ MHCS (their ref MHCS/2019/5517) as he is a restricted patient.\n\n"
        "His mother (Mrs Grace Okoro, 07700 900448) has been informed with his consent.\n\n"
        "Olena\n"
        "Dr Olena Kravchenko, Specialty Doctor, Reaside Clinic\n"
    )
    with open(os.path.join(OUT, "ho-082-leave-email.eml"), "wb") as f:
        f.write(bytes(m))
    RECORDS.append({"id": "ho-082", "file": "files/ho-082-leave-email.eml", "format": "eml", "kind": "email_file",
                    "applicant": "Dr Olena Kravchenko",
                    "identifiers": [{"text": t, "type": ty} for t, ty in [
                        ("olena.kravchenko@bsmhft.example.nhs.uk", EM), ("hugh.tremlett@bsmhft.example.nhs.uk", EM),
                        ("tamarind.ward@bsmhft.example.nhs.uk", EM), ("Mr Lewis Okoro-Haines", PN), ("80061244", HN),
                        ("b7e1c0a2.20250217160512@bsmhft.example.nhs.uk", OID), ("Tyrone Haines", RN), ("Shauna Priddle", CN),
                        ("MHCS/2019/5517", REF), ("Mrs Grace Okoro", RN), ("07700 900448", PH)]],
                    "keep": [{"text": k} for k in ["Olena Kravchenko", "Hugh Tremlett", "Tamarind Ward", "15/02/2025", "PANSS positive 11",
                                                   "Mental Health Act 1983", "paliperidone palmitate 150 mg", "03/03/2025",
                                                   "Dr Olena Kravchenko", "Reaside Clinic"]],
                    "barcodes": []})


# ---------------------------------------------------------------- ho-083 multi-page TIFF (scanned ED record)
def f083():
    pages = []
    f0, f1, f2 = font("bold", 28), font("sans", 22), font("mono", 20)
    def header(p, pageline):
        p.line(60, 40, [("Royal Manchester Children's Hospital", K), " - Emergency Department record - page ", (pageline, K)], f1)
        p.line(60, 80, ["Name: ", ("Freya Lomax-Whitby", PN), "   ED no: ", ("ED25-118340", HN)], f1)
    p = ImgPage(1240, 1754); header(p, "1 of 3")
    p.d.rectangle([700, 140, 1180, 470], fill=(255, 255, 255), outline=(0, 0, 0), width=2)
    p.line(720, 155, [("LOMAX-WHITBY, Freya", PN)], font("bold", 22))
    p.line(720, 190, [("DOB 30/06/2021", K), "  ", ("F", K)], f1)
    p.line(720, 222, ["NHS ", ("690 337 1458", NHS)], f1)
    p.code128("ED25-118340", 715, 260, module=3, height=140)
    y = 520
    for parts in [
        ["Arrival: ", ("05/04/2025", K), " 19:12 by ambulance (CAD ", ("MW-250405-1102", REF), ")"],
        ["Triage (MTS): ORANGE - 'fitting child'. Weight ", ("17 kg", K)],
        ["PC: generalised tonic-clonic seizure 8 min at home, ", ("buccal midazolam 5 mg", K), " by crew."],
        ["Temp ", ("39.2", K), ", HR 162, RR 34, SpO2 96% RA, CRT 2 s, GCS 13 -> 15 at 19:50."],
        ["Accompanied by father ", ("Ross Lomax-Whitby", RN), " (", ("07700 900391", PH), ")."],
        ["Address: ", ("27 Cheadle Old Road, Stockport", AD), " ", ("SK3 9QA", PC)],
    ]:
        p.line(60, y, parts, f1); y += 46
    pages.append(p)
    p = ImgPage(1240, 1754); header(p, "2 of 3")
    p.line(60, 160, ["OBSERVATIONS / PEWS"], f0)
    y = 220
    for parts in [
        ["time   HR   RR  SpO2  temp  PEWS"],
        ["19:15  162  34  96    39.2  ", ("PEWS 5", K)],
        ["20:00  138  28  98    38.1  3"],
        ["21:00  120  24  99    37.6  1"],
    ]:
        p.line(60, y, parts, f2); y += 40
    p.line(60, y + 30, ["Seen by: ", ("Dr F. Rostami", K), " (PEM consultant) 19:20; ", ("Dr Abimbola Fenn", CN), " (ST3) 19:40"], f1)
    p.line(60, y + 80, ["Dx: complex febrile convulsion (>5 min). Source: ", ("otitis media", K), " L."], f1)
    pages.append(p)
    p = ImgPage(1240, 1754); header(p, "3 of 3")
    y = 160
    for parts in [
        ["Plan: admit ", ("Ward 84", K), " overnight (second seizure risk); ", ("amoxicillin 500 mg", K), " TDS 5 days."],
        ["Safeguarding checklist: no concerns; ", ("CP-IS", K), " checked - no plan."],
        ["Parent leaflet: febrile seizures. GP: ", ("Dr Nirmala Castleton", CN), ", ", ("Heald Green Medical Centre", AD)],
        ["Signed: ", ("F. Rostami", K), "   ", ("05/04/2025", K), " 21:15"],
    ]:
        p.line(60, y, parts, f1); y += 46
    pages.append(p)
    imgs = []
    for i, pg in enumerate(pages):
        pg.degrade(seed=830 + i, noise=16, blur=0.5)
        imgs.append(pg.img.convert("L"))
    imgs[0].save(os.path.join(OUT, "ho-083-ed-record.tiff"), save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(150, 150))
    rec("ho-083", "ho-083-ed-record.tiff", "tiff", "scanned_ed_record_multipage", "Dr Farhad Rostami", pages)


# ---------------------------------------------------------------- ho-084 kardex front sheet (PNG, QR with H&C)
def f084():
    p = ImgPage(1400, 1000, (255, 252, 240))
    f0, f1 = font("bold", 30), font("sans", 24)
    p.line(50, 40, [("Northern Health and Social Care Trust", K), " - KARDEX (inpatient medicine chart) - front sheet"], f0)
    p.rect([40, 100, 1360, 560], outline=(120, 0, 0), width=3)
    p.line(70, 130, ["Name: ", ("Mrs Brigid Toner", PN)], f1)
    p.line(70, 175, ["H&C No: ", ("320 771 5904", NHS), "     Hosp no: ", ("AAH2241198", HN)], f1)
    p.line(70, 220, ["DOB: ", ("11/02/1944", K), "   Sex: ", ("F", K), "   Weight: ", ("52 kg", K)], f1)
    p.line(70, 265, ["Address: ", ("4 Glenravel Street, Cushendall", AD), "  ", ("BT44 0PP", PC)], f1)
    p.line(70, 310, ["Ward: ", ("Ward B3", K), "   Consultant: ", ("Dr C. Devlin", K)], f1)
    p.line(70, 355, ["ALLERGIES: ", ("codeine", K), " (vomiting)"], f1)
    p.line(70, 400, ["Next of kin: son ", ("Micheal Toner", RN), "  ", ("07700 900285", PH)], f1)
    p.qr("3207715904", 1050, 130, box_size=8)
    p.line(70, 600, ["Regular: ", ("morphine sulfate 10 mg/24 h", K), " CSCI; ", ("midazolam 5 mg/24 h", K), " CSCI"], f1)
    p.line(70, 645, ["PRN: ", ("morphine 2.5 mg", K), " SC 1-hourly; ", ("hyoscine butylbromide 20 mg", K), " SC"], f1)
    p.line(70, 690, ["Prescriber: ", ("Dr S. McKeever", K), "   ", ("08/01/2025", K)], f1)
    p.line(70, 735, ["Pharmacist check: ", ("Aine Mulgrew", CN)], f1)
    p.img.save(os.path.join(OUT, "ho-084-kardex-front.png"))
    rec("ho-084", "ho-084-kardex-front.png", "png", "drug_chart_front_sheet", "Dr Siobhan McKeever", [p])


# ---------------------------------------------------------------- ho-085 thrombolysis checklist with sticker (JPEG)
def f085():
    p = ImgPage(1240, 1754, (250, 250, 247))
    f0, f1 = font("bold", 28), font("sans", 23)
    p.line(60, 60, [("NHS Greater Glasgow and Clyde", K), " - ", ("Queen Elizabeth University Hospital", K)], f0)
    p.line(60, 110, ["Stroke thrombolysis checklist (tenecteplase)"], font("bold", 26))
    p.d.rectangle([680, 170, 1190, 520], fill=(255, 255, 255), outline=(90, 90, 90), width=2)
    p.line(700, 185, [("MCKINNON, Duncan Iain", PN)], font("bold", 23))
    p.line(700, 220, ["CHI ", ("0106584473", NHS)], f1)
    p.line(700, 252, [("DOB 01/06/1958", K), "  ", ("M", K)], f1)
    p.line(700, 284, [("23 Kilmarnock Road, Glasgow", AD), " ", ("G43 2DA", PC)], f1)
    p.code128("0106584473", 695, 320, module=3, height=150)
    y = 580
    for parts in [
        ["Date: ", ("22/03/2025", K), "   Onset: 13:05   Door: 13:48"],
        ["[x] ", ("BP 172/94", K), " (<185/110)   [x] Glucose ", ("6.1 mmol/L", K)],
        ["[x] No anticoagulant (DOAC/warfarin) - confirmed by wife ", ("Senga McKinnon", RN)],
        ["[x] ", ("NIHSS 11", K), "   [x] CT: no haemorrhage, ", ("ASPECTS 8", K)],
        ["Dose: ", ("tenecteplase 0.25 mg/kg", K), " = ", ("18 mg", K), " (weight ", ("74 kg", K), ") at 14:09"],
        ["Checked by: ", ("Dr E. MacLachlan", K), "    Nurse: ", ("Kirsty Imrie", CN)],
    ]:
        p.line(60, y, parts, f1); y += 56
    p.degrade(seed=85, noise=15, blur=0.6, tint=(235, 235, 255))
    p.img.save(os.path.join(OUT, "ho-085-thrombolysis-checklist.jpg"), quality=90)
    rec("ho-085", "ho-085-thrombolysis-checklist.jpg", "jpeg", "scanned_checklist_with_sticker", "Dr Euan MacLachlan", [p])


for fn in [f073, f074, f075, f076, f077, f078, f079, f080, f081, f082, f083, f084, f085]:
    fn()
with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as f:
    for r in RECORDS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(RECORDS), "file documents")
