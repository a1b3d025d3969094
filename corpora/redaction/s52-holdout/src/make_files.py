"""Render the 13 file documents (s52-073 .. s52-085) into ../files and write ../files.jsonl.

Every string on every page is typed here by hand; render.py only places it and records boxes.
Run:  ../.venv/bin/python make_files.py
"""
import json, pathlib, random, sys, email.utils
from email.message import EmailMessage
from email import policy
from PIL import Image, ImageDraw, ImageFilter

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import ImgDoc, PdfDoc, font  # noqa: E402

SET = HERE.parent
OUT = SET / "files"
OUT.mkdir(exist_ok=True)
RECORDS = []


def record(id_, fname, fmt, kind, applicant, pages, ids, keep, bcs=(), photos=()):
    r = {"id": id_, "file": f"files/{fname}", "format": fmt, "kind": kind, "applicant": applicant}
    if pages is not None:
        r["pages"] = pages
    r["identifiers"] = ids
    r["keep"] = keep
    if bcs:
        r["barcodes"] = list(bcs)
    if photos:
        r["photos"] = list(photos)
    RECORDS.append(r)


def texture(size, base, spread, seed):
    """A plain, slightly uneven background (bed sheet, desk, bench) for the 'photos'."""
    rnd = random.Random(seed)
    small = Image.new("RGB", (size[0] // 40 + 1, size[1] // 40 + 1))
    px = small.load()
    for y in range(small.height):
        for x in range(small.width):
            px[x, y] = tuple(max(0, min(255, c + rnd.randint(-spread, spread))) for c in base)
    return small.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(6))


# ============================================================================================ s52-073
def doc_073():
    ids = [("ASPINALL, Derek Roy", "PATIENT_NAME"), ("W0931742", "HOSPITAL_NUMBER"), ("387 178 9267", "NHS_NUMBER")]
    keep = ["DOB: 19/04/1958", "Wythenshawe Hospital", "ALLERGY: PENICILLIN", "Dr H. Sharifi", "03/04/2024"]
    d = ImgDoc(ids, keep, size=(1400, 900))
    d.pages[0].paste(texture((1400, 900), (96, 140, 170), 18, 73), (0, 0))
    dr = d.draws[0]
    # the arm / band
    dr.rounded_rectangle([60, 250, 1340, 600], radius=60, fill=(222, 184, 160))
    dr.rounded_rectangle([110, 300, 1290, 560], radius=24, fill=(250, 250, 247), outline=(200, 200, 200), width=3)
    dr.rounded_rectangle([1120, 300, 1290, 560], radius=24, fill=(215, 40, 40))
    d.text(1, 150, 318, "ASPINALL, Derek Roy", font("sansb", 40))
    d.text(1, 150, 372, "DOB: 19/04/1958    M", font("sans", 32))
    d.text(1, 150, 420, "MRN: W0931742", font("sans", 32))
    d.text(1, 150, 468, "NHS: 387 178 9267", font("sans", 32))
    d.text(1, 150, 516, "Wythenshawe Hospital  ACCU", font("sans", 26))
    d.code128(1, 640, 330, "W0931742", module_px=3, height_px=110)
    d.text(1, 700, 470, "W0931742", font("mono", 30))
    d.text(1, 1132, 410, "ALLERGY: PENICILLIN", font("sansb", 15), fill=(255, 255, 255))
    dr.rectangle([0, 800, 1400, 900], fill=(255, 255, 255))
    d.text(1, 30, 825, "Fig. 1  Dr H. Sharifi - ACCU positive patient identification audit, 03/04/2024", font("sans", 28))
    ids_, keep_, bcs, _ = d.finish(rotate=-1.8, noise=0.002, blur=0.7, seed=73)
    d.save(OUT / "s52-073-wristband.png", "png")
    record("s52-073", "s52-073-wristband.png", "png", "wristband_photo", "Dr Hamid Sharifi", 1, ids_, keep_, bcs)


# ============================================================================================ s52-074
def xray_image(w, h, seed):
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 12)
    dr = ImageDraw.Draw(im)
    dr.ellipse([w * 0.30, -h * 0.1, w * 0.62, h * 0.75], fill=95)           # tibia
    dr.ellipse([w * 0.64, h * 0.02, w * 0.74, h * 0.72], fill=80)           # fibula
    dr.ellipse([w * 0.25, h * 0.66, w * 0.75, h * 0.95], fill=120)          # talus
    dr.rectangle([w * 0.66, h * 0.30, w * 0.70, h * 0.62], fill=235)        # plate
    for k in range(5):
        yy = h * (0.33 + k * 0.06)
        dr.line([w * 0.60, yy, w * 0.70, yy], fill=250, width=4)
    dr.line([w * 0.36, h * 0.72, w * 0.50, h * 0.58], fill=250, width=6)     # medial screw
    im = im.filter(ImageFilter.GaussianBlur(3))
    px = im.load()
    for _ in range(w * h // 30):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = min(255, px[x, y] + rnd.randint(0, 25))
    return im.convert("RGB")


def doc_074():
    ids = [("GRIFFITHS-OYELEKE, Maxine", "PATIENT_NAME"), ("4158803", "HOSPITAL_NUMBER"), ("647 808 2547", "NHS_NUMBER"),
           ("12 Trentham Fold, Hanford", "ADDRESS"), ("Stoke-on-Trent", "ADDRESS"), ("ST4 8PJ", "POSTCODE"),
           ("Imran Qadir", "COLLEAGUE_NAME"), ("Ruth Kilbane", "COLLEAGUE_NAME"), ("Tunde", "RELATIVE_NAME"),
           ("GRIFFITHS-OYELEKE^MAXINE", "PATIENT_NAME"), ("Maxine", "PATIENT_NAME")]
    keep = ["DOB 23/06/1971", "T. Wójcik", "GMC 7261148", "Weber B", "enoxaparin 40 mg SC OD", "07/03/2024",
            "Mr A. Brennan-Lowe", "Royal Stoke University Hospital"]
    d = ImgDoc(ids, keep, pages=2)
    H1, H2, B, HW = font("sansb", 30), font("sansb", 22), font("sans", 21), font("hand", 24)
    blue = (25, 45, 140)
    for pg in (1, 2):
        d.text(pg, 70, 60, "University Hospitals of North Midlands NHS Trust", font("sans", 22))
        d.text(pg, 70, 92, "Royal Stoke University Hospital", font("sans", 22))
        # addressograph sticker
        d.rect(pg, [720, 50, 1180, 330], outline=(120, 120, 120), width=2, fill=(252, 252, 244))
        d.text(pg, 735, 62, "GRIFFITHS-OYELEKE, Maxine", font("sansb", 22))
        d.text(pg, 735, 94, "DOB 23/06/1971   F", font("sans", 20))
        d.text(pg, 735, 122, "RJE 4158803   NHS 647 808 2547", font("sans", 20))
        d.text(pg, 735, 150, "12 Trentham Fold, Hanford", font("sans", 20))
        d.text(pg, 735, 178, "Stoke-on-Trent   ST4 8PJ", font("sans", 20))
        d.code128(pg, 745, 212, "4158803", module_px=3, height_px=70)
        d.text(pg, 800, 288, "4158803", font("mono", 20))
    d.text(1, 70, 200, "TRAUMA OPERATION NOTE", H1)
    rows = [("Date:", "07/03/2024      Theatre 12 (Trauma)"),
            ("Surgeon:", "T. Wójcik (Specialty Doctor)   GMC 7261148"),
            ("Assistant:", "Dr Imran Qadir (CT1)"),
            ("Anaesthetist:", "Dr Ruth Kilbane - GA + popliteal block"),
            ("Supervising consultant:", "Mr A. Brennan-Lowe (available, not scrubbed)"),
            ("Diagnosis:", "L bimalleolar ankle fracture, Weber B + medial malleolus"),
            ("Procedure:", "ORIF L ankle - lateral 1/3 tubular plate (6 hole),"),
            ("", "2 x 4.0 partially threaded cancellous screws medial malleolus"),
            ("Tourniquet:", "thigh, 300 mmHg, 08:52 - 10:01 (69 min)"),
            ("Findings:", "Oblique fibular # at syndesmosis, medial malleolus transverse #."),
            ("", "Syndesmosis stable on Cotton test + II screening - no screw."),
            ("Closure:", "2-0 Vicryl, 3-0 Monocryl subcuticular, Mepore. Backslab."),
            ("Post-op:", "NWB 6 weeks in backslab -> cast at 2 weeks (# clinic)."),
            ("", "VTE: enoxaparin 40 mg SC OD for 6 weeks. Elevate."),
            ("", "Check X-ray today. Wound check 2 weeks (practice nurse)."),
            ]
    y = 380
    for lab, val in rows:
        if lab:
            d.text(1, 70, y, lab, H2)
        d.text(1, 360, y - 2, val, HW, fill=blue)
        y += 52
    d.text(1, 70, y + 30, "Signature:", H2)
    d.text(1, 360, y + 22, "T. Wójcik   07/03/2024 10:25", font("hand", 30), fill=blue)
    d.text(1, 70, 1680, "UHNM Operation note v3.2 - file in notes - page 1 of 2", font("sans", 16))
    # page 2
    d.text(2, 70, 200, "CONTINUATION SHEET / POST-OP REVIEW", H1)
    notes = ["07/03/2024 16:40  Check X-ray reviewed (below): satisfactory reduction, mortise congruent,",
             "plate and screws in good position. NV intact. Pain controlled (oramorph 5 mg PRN x1).",
             "Husband Tunde visiting - updated on plan and NWB. Physio: NWB with frame, safe on stairs.",
             "Maxine keen to go home tomorrow; TTO enoxaparin taught by nurse (self-injects).",
             "- T. Wójcik"]
    y = 390
    for ln in notes:
        d.text(2, 70, y, ln, font("hand", 22), fill=blue)
        y += 40
    xr = xray_image(620, 760, 74)
    d.photo(2, 300, 640, xr, "post-operative ankle X-ray print with patient name and number burned in")
    d.text(2, 312, 652, "GRIFFITHS-OYELEKE^MAXINE", font("mono", 20), fill=(235, 235, 235))
    d.text(2, 312, 680, "ID: 4158803", font("mono", 20), fill=(235, 235, 235))
    d.text(2, 312, 708, "07/03/2024 16:12  L ANKLE AP", font("mono", 20), fill=(235, 235, 235))
    d.text(2, 70, 1680, "UHNM Operation note v3.2 - file in notes - page 2 of 2", font("sans", 16))
    ids_, keep_, bcs, phs = d.finish(rotate=0.5, noise=0.003, blur=0.5, seed=74)
    d.save(OUT / "s52-074-op-note-scan.pdf", "pdf")
    record("s52-074", "s52-074-op-note-scan.pdf", "pdf", "operation_note_scan", "Mr Tomasz Wójcik", 2, ids_, keep_, bcs, phs)


# ============================================================================================ s52-075
def doc_075():
    ids = [("ROSCOE, Baby Girl", "PATIENT_NAME"), ("N2405127", "HOSPITAL_NUMBER"), ("912 262 7383", "NHS_NUMBER"),
           ("24:LW0031876", "OTHER_ID")]
    keep = ["DOB 11/03/2024", "SB", "EDTA  FBC + film", "12/03/24 06:10", "Dr S Baliga"]
    d = ImgDoc(ids, keep, size=(1400, 900))
    d.pages[0].paste(texture((1400, 900), (188, 192, 186), 14, 75), (0, 0))
    dr = d.draws[0]
    # tube body and cap
    dr.rounded_rectangle([120, 220, 1240, 620], radius=180, fill=(226, 232, 236))
    dr.rounded_rectangle([1160, 200, 1330, 640], radius=40, fill=(128, 60, 150))
    # label
    dr.rectangle([200, 250, 1120, 590], fill=(253, 253, 250))
    d.text(1, 220, 262, "LWH PATHOLOGY   EDTA  FBC + film", font("sansb", 28))
    d.text(1, 220, 302, "ROSCOE, Baby Girl", font("sansb", 34))
    d.text(1, 220, 346, "DOB 11/03/2024   F", font("sans", 28))
    d.text(1, 220, 384, "N2405127   NHS 912 262 7383", font("sans", 28))
    d.text(1, 220, 422, "Coll: 12/03/24 06:10  by: SB", font("sans", 26))
    d.text(1, 220, 458, "Lab no: 24:LW0031876", font("sans", 26))
    d.code128(1, 225, 500, "N2405127", module_px=3, height_px=70)
    d.qr(1, 960, 420, "LWH;N2405127;9122627383", box_px=5)
    dr.rectangle([0, 800, 1400, 900], fill=(255, 255, 255))
    d.text(1, 30, 825, "Photo 3 - specimen labelling QI (NICU), Dr S Baliga - label printed at cot side", font("sans", 28))
    ids_, keep_, bcs, _ = d.finish(rotate=1.2, noise=0.0015, blur=0.8, seed=75, vignette=True)
    d.save(OUT / "s52-075-specimen-label.jpg", "jpeg", quality=82)
    record("s52-075", "s52-075-specimen-label.jpg", "jpeg", "specimen_label_photo", "Dr Shreya Baliga", 1, ids_, keep_, bcs)


# ============================================================================================ s52-076
def doc_076():
    ids = [("McLAVERTY, Gordon James", "PATIENT_NAME"), ("0208493255", "NHS_NUMBER"), ("QE-ED-24-051877", "HOSPITAL_NUMBER"),
           ("Flat 0/2, 19 Elderpark Grove, Govan, Glasgow", "ADDRESS"), ("G51 3JW", "POSTCODE"), ("0141 496 0555", "PHONE"),
           ("4471", "PHONE"), ("K. Mowat", "COLLEAGUE_NAME"), ("RA71234", "GMC_NUMBER"), ("A. Sutherland-Pyke", "COLLEAGUE_NAME"),
           ("Mrs McLaverty", "RELATIVE_NAME")]
    keep = ["02/08/1949", "Dr I Constantinescu", "apixaban 5 mg BD", "GCS 14 (E3 V5 M6)", "eGFR 64", "NICE NG232",
            "Queen Elizabeth University Hospital", "11/02/2024", "Dr Euan Strachan"]
    p = PdfDoc(str(OUT / "s52-076-ct-request.pdf"), ids, keep)
    p.text(40, 36, "NHS Greater Glasgow and Clyde", "LSB", 14)
    p.text(40, 56, "Queen Elizabeth University Hospital - Emergency Department", "LS", 10)
    p.text(40, 78, "IMAGING REQUEST - CT", "LSB", 16)
    p.code128(360, 36, "0208493255", bar_width=1.2, bar_height=36)
    p.text(372, 76, "CHI 0208493255", "LM", 9)
    p.qr(505, 30, "QE-ED-24-051877", size=56)
    p.rect(36, 100, 523, 118)
    p.lines(44, 108, "Name: McLAVERTY, Gordon James\nDOB: 02/08/1949      Sex: Male      CHI: 0208493255\n"
                     "Address: Flat 0/2, 19 Elderpark Grove, Govan, Glasgow  G51 3JW\nTel: 0141 496 0555\n"
                     "ED attendance: QE-ED-24-051877      Location: Resus 3\nNext of kin: wife (Mrs McLaverty), present",
            "LS", 10, lead=17)
    p.text(40, 236, "Examination requested:", "LSB", 11)
    p.text(190, 236, "CT head (non-contrast) + CT cervical spine", "LS", 11)
    p.text(40, 258, "Clinical details / question to be answered:", "LSB", 11)
    p.lines(40, 276, "74M fell down 6 stairs at home approx 20:40. On apixaban 5 mg BD (AF). GCS 14 (E3 V5 M6) on arrival,\n"
                     "vomited x2, retrograde amnesia > 30 min, occipital laceration. Neck pain, midline tenderness C5/6.\n"
                     "Meets NICE NG232 criteria for CT head within 1 hour and CT C-spine. ?intracranial haemorrhage\n"
                     "?C-spine fracture. Reversal (andexanet) will depend on result.",
            "LS", 10, lead=15)
    p.lines(40, 346, "Renal function: eGFR 64 (11/02/2024)     Contrast allergy: none     Pregnancy: n/a\n"
                     "Infection risk: none known     Mobility: trolley, C-spine immobilised (blocks and tape)", "LS", 10, lead=15)
    p.text(40, 388, "Requester:", "LSB", 11)
    p.text(110, 388, "Dr I Constantinescu, Specialty Doctor EM, bleep 4471    Date/time: 11/02/2024 21:32", "LS", 10)
    p.text(40, 406, "Senior:", "LSB", 11)
    p.text(110, 406, "Dr Euan Strachan, Consultant EM (aware)", "LS", 10)
    p.hline(36, 559, 424)
    p.text(40, 432, "Justification (IR(ME)R 2017):", "LSB", 11)
    p.text(40, 450, "Justified and authorised by radiographer K. Mowat (HCPC RA71234) under protocol CT-HI-03, 21:36", "LS", 10)
    p.text(40, 474, "REPORT", "LSB", 12)
    p.lines(40, 492, "CT head: 8 mm left frontal contusion with small adjacent subarachnoid blood. No subdural or extradural\n"
                     "collection. No midline shift. Basal cisterns patent. No skull vault fracture.\n"
                     "CT C-spine: no fracture or malalignment. Degenerative change C5/6.\n"
                     "Reported by Dr A. Sutherland-Pyke, Consultant Radiologist, 11/02/2024 22:05. Discussed with ED.",
            "LS", 10, lead=15)
    p.text(40, 800, "Evidence for portfolio - Dr I Constantinescu - ED resus case (head injury on DOAC)", "LS", 8)
    ids_, keep_, bcs, pages = p.finish()
    record("s52-076", "s52-076-ct-request.pdf", "pdf", "imaging_request_form", "Dr Ioana Constantinescu", pages, ids_, keep_, bcs)


# ============================================================================================ s52-077
def doc_077():
    from reportlab.lib.pagesizes import landscape, A4
    ids = [("Kavita Rangan", "COLLEAGUE_NAME"),
           ("Ellis FARNWORTH", "PATIENT_NAME"), ("LTH 6J20331", "HOSPITAL_NUMBER"),
           ("Priyanka DESAI-MORTON", "PATIENT_NAME"), ("LTH 5C88120", "HOSPITAL_NUMBER"),
           ("Graham TUNNICLIFFE", "PATIENT_NAME"), ("LTH 2H71904", "HOSPITAL_NUMBER"),
           ("Zofia KOWALCZYK-REED", "PATIENT_NAME"), ("LTH 6A04419", "HOSPITAL_NUMBER"), ("Ewelina Marek", "COLLEAGUE_NAME"),
           ("Ruairi O'CALLAGHAN", "PATIENT_NAME"), ("LTH 7B55201", "HOSPITAL_NUMBER"),
           ("Jo-Anne Spurr", "COLLEAGUE_NAME"), ("64210", "PHONE")]
    keep = ["Ms A Nwosu-Hart", "Mr R Callender", "14/02/2016", "02/09/1990", "30/01/1959", "11/11/1984", "05/05/2001",
            "ODI 9.8", "17/04/2024", "Leeds General Infirmary"]
    p = PdfDoc(str(OUT / "s52-077-theatre-list.pdf"), ids, keep, pagesize=landscape(A4))
    p.text(30, 26, "Leeds Teaching Hospitals NHS Trust - Leeds General Infirmary", "LSB", 13)
    p.text(30, 46, "ELECTIVE THEATRE LIST - ENT - Theatre 22 (Jubilee Wing) - Wednesday 17/04/2024 - AM + PM", "LSB", 12)
    p.text(30, 66, "Operating surgeon: Ms A Nwosu-Hart (Specialty Doctor)    Consultant: Mr R Callender (supervising, on site)", "LS", 10)
    p.text(30, 81, "Anaesthetist: Dr Kavita Rangan    List start 08:30    Team brief 08:15", "LS", 10)
    cols = [30, 52, 170, 238, 300, 340, 555, 620]
    heads = ["#", "Patient", "Hosp no", "DOB", "Age/Sex", "Procedure", "Ward", "Notes"]
    y = 104
    p.rect(28, y - 4, 786, 20, stroke=1, fill=1, gray=0.88)
    for x, h in zip(cols, heads):
        p.text(x, y, h, "LSB", 9)
    rows = [
        ["1", "Ellis FARNWORTH", "LTH 6J20331", "14/02/2016", "8 M", "Adenotonsillectomy (coblation)", "J96 DC", "OSA, ODI 9.8; mum to accompany"],
        ["2", "Priyanka DESAI-MORTON", "LTH 5C88120", "02/09/1990", "33 F", "Septoplasty + bilat ITR", "Ward 37", "Nasal obstruction, NOSE 75"],
        ["3", "Graham TUNNICLIFFE", "LTH 2H71904", "30/01/1959", "65 M", "Microlaryngoscopy + biopsy L cord", "Ward 37", "2WW; ex-smoker; tubeless? no"],
        ["4", "Zofia KOWALCZYK-REED", "LTH 6A04419", "11/11/1984", "39 F", "L tympanoplasty (temporalis fascia)", "Ward 37", "Interpreter booked: Ewelina Marek"],
        ["5", "Ruairi O'CALLAGHAN", "LTH 7B55201", "05/05/2001", "22 M", "MUA nasal bones", "DC", "Injury 03/04 (rugby); K-wire n/a"],
    ]
    y += 24
    for r in rows:
        for x, v in zip(cols, r):
            p.text(x, y, v, "LS", 9)
        p.hline(28, 814, y + 16, width=0.3)
        y += 26
    p.text(30, y + 16, "Consent: all consented in clinic (form 1 / form 2 for #1); re-confirmed on the day.  WHO checklist at each case.", "LS", 9)
    p.text(30, y + 32, "List printed 16/04/2024 15:02 by theatre coordinator Jo-Anne Spurr (ext 64210). Do not leave in public areas.", "LS", 9)
    p.text(30, 560, "Portfolio evidence - Ms A Nwosu-Hart - independent operating list (supervised by Mr R Callender)", "LS", 8)
    ids_, keep_, bcs, pages = p.finish()
    record("s52-077", "s52-077-theatre-list.pdf", "pdf", "theatre_list", "Ms Adaeze Nwosu-Hart", pages, ids_, keep_)


# ============================================================================================ s52-078
def doc_078():
    import docx
    from docx.shared import Pt
    ids = [("PV/MR/24/1102", "REFERENCE_NUMBER"), ("Olwen Treadgold-Price", "PATIENT_NAME"), ("BEH0583326", "HOSPITAL_NUMBER"),
           ("637 018 1625", "NHS_NUMBER"), ("Flat 9, Ashgrove Court, Montpelier, Bristol", "ADDRESS"), ("BS6 5EQ", "POSTCODE"),
           ("0117 496 0742", "PHONE"), ("Halima Yusuf-Braddock", "COLLEAGUE_NAME"), ("Dr Yusuf-Braddock", "COLLEAGUE_NAME"),
           ("Mrs Treadgold-Price", "PATIENT_NAME"), ("Gareth", "RELATIVE_NAME"), ("Lionel", "RELATIVE_NAME")]
    keep = ["05/11/1944", "Dr Priya Venkataraman", "Miss H Oduya-Fenwick", "aflibercept 2 mg", "6/24", "CST 412 µm", "H35.3",
            "Bristol Eye Hospital", "Amsler grid"]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "Bristol Eye Hospital - Medical Retina Service - University Hospitals Bristol and Weston NHS FT"
    doc.add_paragraph("Ref: PV/MR/24/1102                                         Clinic date: 19/02/2024   Typed: 21/02/2024")
    doc.add_paragraph("Dr Halima Yusuf-Braddock\nMontpelier Health Centre\nBristol")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    cells = [("Patient", "Mrs Olwen Treadgold-Price"), ("Date of birth", "05/11/1944 (79)"),
             ("MRN / NHS no", "BEH0583326 / 637 018 1625"), ("Address", "Flat 9, Ashgrove Court, Montpelier, Bristol  BS6 5EQ"),
             ("Telephone", "0117 496 0742 (landline only)")]
    for i, (a, b) in enumerate(cells):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph("Dear Dr Yusuf-Braddock")
    doc.add_paragraph("Diagnosis: Neovascular (wet) age-related macular degeneration, left eye (H35.3); right eye dry AMD with "
                      "geographic atrophy.")
    doc.add_paragraph("I reviewed Mrs Treadgold-Price after her third loading injection of intravitreal aflibercept 2 mg to the "
                      "left eye. Left visual acuity has improved from 6/24 to 6/12 (ETDRS 58 letters from 44). OCT central "
                      "subfield thickness has fallen from CST 412 µm to 286 µm with resolution of subretinal fluid; a small "
                      "pigment epithelial detachment persists. Right eye stable at 6/36.")
    doc.add_paragraph("Plan: treat-and-extend, next injection in 8 weeks with OCT. I have explained the 1 in 2,000 risk of "
                      "endophthalmitis per injection and to attend the eye casualty the same day if the eye becomes painful, red "
                      "or vision drops. She will use an Amsler grid weekly at home for the right eye.")
    doc.add_paragraph("Her son Gareth drives her to appointments; her husband Lionel has advanced dementia and she is his carer, "
                      "so early-morning slots are difficult - I have asked the booking team to give her 11:00 or later.")
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Dr Priya Venkataraman\nClinical Fellow in Medical Retina\nfor Miss H Oduya-Fenwick, Consultant Ophthalmologist")
    doc.save(OUT / "s52-078-retina-letter.docx")
    record("s52-078", "s52-078-retina-letter.docx", "docx", "clinic_letter_docx", "Dr Priya Venkataraman", None,
           [{"text": a, "type": b} for a, b in ids], [{"text": k} for k in keep])


# ============================================================================================ s52-079
def doc_079():
    ids = [("Diane Wickens", "COLLEAGUE_NAME"), ("manager@oakleighlodge.example.co.uk", "EMAIL"),
           ("rafael.montoya@nsft.example.nhs.uk", "EMAIL"), ("b.keogh@nsft.example.nhs.uk", "EMAIL"),
           ("Iris Coggeshall", "PATIENT_NAME"), ("1004455102", "HOSPITAL_NUMBER"), ("Mrs Coggeshall", "PATIENT_NAME"),
           ("40 Unthank Road, Norwich", "ADDRESS"), ("NR2 2RD", "POSTCODE"), ("01632 960 615", "PHONE"), ("Pamela", "RELATIVE_NAME"),
           ("Iris", "PATIENT_NAME"), ("Diane", "COLLEAGUE_NAME"), ("Tomasina Bray", "COLLEAGUE_NAME")]
    keep = ["Dr Rafael Montoya Ibáñez", "Rafael", "Dr Bernadette Keogh", "PAINAD 6", "risperidone 250 micrograms", "Abbey Pain Scale",
            "09/07/1931", "Oakleigh Lodge", "6 weeks"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Dr Rafael Montoya Ibáñez <rafael.montoya@nsft.example.nhs.uk>"
    m["To"] = "Diane Wickens <manager@oakleighlodge.example.co.uk>"
    m["Cc"] = "Dr Bernadette Keogh <b.keogh@nsft.example.nhs.uk>"
    m["Subject"] = "RE: Mrs Coggeshall - increased agitation - RiO 1004455102"
    m["Date"] = "Mon, 12 Feb 2024 17:26:04 +0000"
    m["Message-ID"] = "<20240212172604.4471@nsft.example.nhs.uk>"
    m.set_content(
        "Dear Diane,\n\n"
        "Thank you for the detailed update about Iris. I visited Oakleigh Lodge this afternoon with our CPN, Tomasina Bray.\n\n"
        "My assessment: Mrs Coggeshall (DOB 09/07/1931) has moderate-severe Alzheimer's dementia. The evening agitation "
        "has increased over 10 days. Using the Abbey Pain Scale I scored PAINAD 6 - she winced when we moved her right "
        "hip, and your staff report she has not walked since her fall on 2 February. I have asked the GP to arrange an "
        "X-ray of the right hip today; please give regular paracetamol 1 g QDS (weight 52 kg) until then.\n\n"
        "Urine dip was negative. I have not started an antipsychotic. If, after pain is treated, she is still severely "
        "distressed and at risk, the option would be risperidone 250 micrograms BD for a maximum of 6 weeks, with a review "
        "by us at 2 weeks - but only after a discussion with Pamela, who holds the LPA for health and welfare.\n\n"
        "Please continue the ABC charts and ring our duty line (01632 960 615 is your number on our system - please "
        "confirm it is still the nurses' office) if anything changes.\n\n"
        "Best wishes,\n"
        "Rafael\n\n"
        "Dr Rafael Montoya Ibáñez\n"
        "Specialty Doctor, Old Age Psychiatry, OPCMHT Norwich\n\n"
        "-----Original Message-----\n"
        "From: Diane Wickens <manager@oakleighlodge.example.co.uk>\n"
        "Sent: 12 February 2024 09:14\n"
        "Subject: Mrs Coggeshall - increased agitation - RiO 1004455102\n\n"
        "Dear Dr Montoya,\n"
        "Iris Coggeshall in room 14 is shouting most evenings and has hit two carers. Her daughter Pamela is very worried. "
        "Could someone see her this week? We are at Oakleigh Lodge, 40 Unthank Road, Norwich NR2 2RD, phone 01632 960 615.\n"
        "Diane Wickens, Registered Manager\n")
    (OUT / "s52-079-care-home-email.eml").write_bytes(m.as_bytes())
    record("s52-079", "s52-079-care-home-email.eml", "eml", "email_eml", "Dr Rafael Montoya Ibáñez", None,
           [{"text": a, "type": b} for a, b in ids], [{"text": k} for k in keep])


# ============================================================================================ s52-080
def doc_080():
    ids = [("The Old Sail Loft, 2 Quay Hill, Falmouth", "ADDRESS"), ("TR11 3HA", "POSTCODE"), ("01632 960 244", "PHONE"),
           ("HMP/RH/0311", "REFERENCE_NUMBER"), ("Jowan Tregear", "PATIENT_NAME"), ("632 659 3344", "NHS_NUMBER"),
           ("3 Chapel Terrace, Penryn", "ADDRESS"), ("TR10 8AX", "POSTCODE"), ("07700 900486", "PHONE"), ("Mr Tregear", "PATIENT_NAME"),
           ("Jowan", "PATIENT_NAME"), ("Wenna", "RELATIVE_NAME"), ("EMIS 51022", "HOSPITAL_NUMBER")]
    keep = ["Dr Eleanor Quayle", "12/01/1967", "anti-CCP 340 U/mL", "CRP 38 mg/L", "NICE NG100", "DAS28 5.6", "naproxen 500 mg BD",
            "Royal Cornwall Hospital", "Harbourside Medical Practice", "E. Quayle"]
    d = ImgDoc(ids, keep, pages=2)
    S, SB, T = font("serif", 24), font("serifb", 26), font("serif", 23)
    d.text(1, 90, 70, "Harbourside Medical Practice", font("serifb", 34))
    d.text(1, 90, 115, "The Old Sail Loft, 2 Quay Hill, Falmouth  TR11 3HA", S)
    d.text(1, 90, 148, "Tel 01632 960 244", S)
    d.code128(1, 840, 70, "6326593344", module_px=2, height_px=60)
    d.text(1, 880, 138, "Docman 2024-03-18", font("sans", 16))
    y = d.lines(1, 90, 230, "Our ref: HMP/RH/0311\n18 March 2024\n\nRheumatology Department (Early Arthritis Clinic)\n"
                            "Royal Cornwall Hospital\nTruro", T, lead=34)
    y += 20
    d.text(1, 90, y, "Dear Colleague", T)
    y += 50
    d.text(1, 90, y, "Re: Mr Jowan Tregear   DOB 12/01/1967   NHS 632 659 3344", SB)
    y += 38
    d.text(1, 90, y, "3 Chapel Terrace, Penryn  TR10 8AX     Mobile 07700 900486", T)
    y += 55
    body = ("URGENT - suspected persistent synovitis (NICE NG100: refer within 3 working days)\n\n"
            "Thank you for seeing Jowan, a 57-year-old boatbuilder, with 8 weeks of painful swelling of both hands\n"
            "and wrists. He has morning stiffness lasting about 90 minutes and can no longer grip his tools. On\n"
            "examination there is synovitis of the 2nd and 3rd MCP joints bilaterally and of the right wrist; the\n"
            "MTP squeeze test is positive on the left. By my count, DAS28 5.6.\n\n"
            "Results (11/03/2024): CRP 38 mg/L, ESR 42, RF positive (86 IU/mL), anti-CCP 340 U/mL, Hb 128,\n"
            "eGFR > 90, ALT 24, urate 310. Hand X-rays requested. Hepatitis B/C and HIV serology sent.\n\n"
            "I have started naproxen 500 mg BD with omeprazole 20 mg OD and have not given steroids, so as not\n"
            "to mask findings before you see him.")
    d.lines(1, 90, y, body, T, lead=33)
    d.text(1, 90, 1680, "Page 1 of 2", font("serif", 18))
    # page 2
    d.text(2, 90, 70, "Re: Mr Tregear (continued)", SB)
    body2 = ("Past history: psoriasis (scalp only, 2019), hypertension. Smoker, 15/day - advised to stop (RA risk\n"
             "and response to treatment); referred to Smokefree Cornwall.\n"
             "Medication: amlodipine 5 mg OD; naproxen and omeprazole as above. No known drug allergies.\n"
             "Social: self-employed; lives with his partner Wenna and their two teenage children. He is worried about\n"
             "income if he cannot work - I have given him the Fit Note for 2 weeks.\n\n"
             "I would be grateful for your assessment and early DMARD treatment. He is happy to be contacted on his\n"
             "mobile at short notice.\n\n"
             "Yours sincerely")
    y = d.lines(2, 90, 130, body2, T, lead=33)
    d.text(2, 90, y + 30, "E. Quayle", font("hand", 40), fill=(25, 40, 120))
    d.lines(2, 90, y + 100, "Dr Eleanor Quayle MRCGP\nGP Partner, Harbourside Medical Practice\n"
                            "cc: Mr Tregear (patient)     EMIS 51022", T, lead=33)
    d.text(2, 90, 1680, "Page 2 of 2", font("serif", 18))
    ids_, keep_, bcs, _ = d.finish(rotate=-0.4, noise=0.003, blur=0.55, seed=80)
    d.save(OUT / "s52-080-gp-referral-scan.pdf", "pdf")
    record("s52-080", "s52-080-gp-referral-scan.pdf", "pdf", "gp_referral_scan", "Dr Eleanor Quayle", 2, ids_, keep_, bcs)


# ============================================================================================ s52-081
def doc_081():
    ids = [("WOODHOUSE, Malcolm", "PATIENT_NAME"), ("S2733018", "HOSPITAL_NUMBER"), ("FIRTH, Agnes 'Nancy'", "PATIENT_NAME"),
           ("S1240985", "HOSPITAL_NUMBER"), ("Dawn", "RELATIVE_NAME"), ("HUSSAIN, Imran", "PATIENT_NAME"), ("S2759420", "HOSPITAL_NUMBER"),
           ("LEDGER-SMYTHE, Paul", "PATIENT_NAME"), ("S2760114", "HOSPITAL_NUMBER"), ("OKORO, Chiamaka", "PATIENT_NAME"),
           ("S2761702", "HOSPITAL_NUMBER"), ("Nancy", "PATIENT_NAME"), ("07700 900934", "PHONE"), ("Dr Fenella Gask", "COLLEAGUE_NAME")]
    keep = ["Dr N Rahman-Okafor", "CURB-65 3", "4AT 7", "Wells 4.5", "PEF 55%", "17/06/2024", "NRO"]
    d = ImgDoc(ids, keep, size=(1600, 1200))
    d.pages[0].paste(texture((1600, 1200), (122, 92, 62), 16, 81), (0, 0))
    d.draws[0].rectangle([70, 60, 1530, 1140], fill=(250, 250, 246))
    d.text(1, 100, 85, "AMU Bay B - DAY HANDOVER - Mon 17/06/2024 08:00", font("sansb", 34))
    d.text(1, 100, 135, "Reg: Dr N Rahman-Okafor      SHO: Dr Fenella Gask      NIC: Bay B", font("sans", 26))
    cols = [100, 170, 520, 690, 780, 1130]
    heads = ["Bed", "Name", "Hosp no", "Age", "Issue", "Jobs"]
    y = 200
    for x, h in zip(cols, heads):
        d.text(1, x, y, h, font("sansb", 26))
    d.hline(1, 95, 1505, y + 38, width=2)
    rows = [["B1", "WOODHOUSE, Malcolm", "S2733018", "69M", "CAP, CURB-65 3", "abx IV->PO d3, CXR 6/52"],
            ["B2", "FIRTH, Agnes 'Nancy'", "S1240985", "93F", "delirium ?UTI, 4AT 7", "collateral hx - niece"],
            ["B3", "HUSSAIN, Imran", "S2759420", "41M", "DKA resolving", "VRIII off 14:00, DSN"],
            ["B4", "LEDGER-SMYTHE, Paul", "S2760114", "58M", "?PE, Wells 4.5", "CTPA 11:00, LMWH given"],
            ["B5", "-", "", "", "(empty - cleaning)", ""],
            ["B6", "OKORO, Chiamaka", "S2761702", "26F", "asthma, PEF 55%", "nebs 4-hrly, d/w resp"]]
    y += 60
    for r in rows:
        for x, v in zip(cols, r):
            if v:
                d.text(1, x, y, v, font("sans", 25))
        d.hline(1, 95, 1505, y + 60, width=1)
        y += 80
    d.text(1, 180, y + 30, "Nancy - niece Dawn 07700 900934 (rings after 5)", font("hand", 30), fill=(30, 50, 160))
    d.text(1, 180, y + 90, "B4 - CTPA neg -> home? NRO", font("hand", 30), fill=(30, 50, 160))
    ids_, keep_, bcs, _ = d.finish(rotate=-2.2, noise=0.001, blur=0.9, seed=81, vignette=True)
    d.save(OUT / "s52-081-handover-photo.jpg", "jpeg", quality=78)
    record("s52-081", "s52-081-handover-photo.jpg", "jpeg", "handover_sheet_photo", "Dr Nadia Rahman-Okafor", 1, ids_, keep_)


# ============================================================================================ s52-082
def doc_082():
    ids = [("4730298", "GMC_NUMBER"), ("LEWIS-MADOC, Rhiannon", "PATIENT_NAME"), ("VCC 7812239", "HOSPITAL_NUMBER"),
           ("720 691 3563", "NHS_NUMBER"), ("5 Coed y Brenin, Pontypridd", "ADDRESS"), ("CF37 4LS", "POSTCODE"),
           ("Tomos Beddoe", "COLLEAGUE_NAME"), ("Rhiannon", "PATIENT_NAME")]
    keep = ["Dr Mahmoud El-Sayed", "Dr Catrin Pryce-Jones", "DOB 30/10/1962", "methylprednisolone 1 mg/kg", "ALT 420",
            "14/09/2023", "C. Pryce-Jones", "7185546"]
    d = ImgDoc(ids, keep)
    H, L, HW = font("sansb", 30), font("sans", 22), font("hand", 25)
    blue = (20, 40, 130)
    d.text(1, 80, 70, "CASE-BASED DISCUSSION (CbD)", H)
    d.text(1, 80, 112, "Medical Oncology - workplace-based assessment (paper form, scanned)", L)
    d.rect(1, [700, 170, 1180, 470], outline=(120, 120, 120), width=2, fill=(252, 251, 240))
    d.text(1, 715, 182, "LEWIS-MADOC, Rhiannon", font("sansb", 22))
    d.text(1, 715, 214, "DOB 30/10/1962   F", font("sans", 20))
    d.text(1, 715, 242, "VCC 7812239  NHS 720 691 3563", font("sans", 20))
    d.text(1, 715, 270, "5 Coed y Brenin, Pontypridd", font("sans", 20))
    d.text(1, 715, 298, "CF37 4LS", font("sans", 20))
    d.code128(1, 720, 340, "VCC7812239", module_px=2, height_px=80)
    d.qr(1, 1060, 290, "VCC7812239;NHS7206913563", box_px=4)
    fields = [("Doctor:", "Dr Mahmoud El-Sayed   GMC 7185546"),
              ("Assessor:", "Dr Catrin Pryce-Jones (Consultant)"),
              ("Assessor GMC:", "4730298"),
              ("Date:", "14/09/2023"),
              ("Case / focus:", "grade 3 immune-mediated hepatitis on pembrolizumab"),
              ("Complexity:", "High")]
    y = 520
    for a, b in fields:
        d.text(1, 80, y, a, font("sansb", 22))
        d.text(1, 330, y - 2, b, HW, fill=blue)
        y += 50
    d.text(1, 80, y + 10, "Ratings (1-6):  Record keeping 5   Clinical assessment 5   Investigation 5   Treatment 6", L)
    d.text(1, 80, y + 45, "Follow-up & future planning 5   Professionalism 6   Overall judgement 5", L)
    y += 110
    d.text(1, 80, y, "Assessor comments:", font("sansb", 22))
    comments = ["Excellent management - held pembro, started methylprednisolone 1 mg/kg IV and,",
                "when ALT 420 was not falling at day 5, added MMF after discussion with",
                "hepatology (Dr Tomos Beddoe). Clear explanation to Rhiannon about not",
                "rechallenging. Documentation exemplary. Next: lead the irAE teaching.",
                "Signed: C. Pryce-Jones   14/09/2023"]
    y += 45
    for c in comments:
        d.text(1, 100, y, c, HW, fill=blue)
        y += 44
    ids_, keep_, bcs, _ = d.finish(rotate=0.3, noise=0.002, blur=0.5, seed=82)
    d.save(OUT / "s52-082-cbd-form-scan.png", "png")
    record("s52-082", "s52-082-cbd-form-scan.png", "png", "wpba_cbd_scan", "Dr Mahmoud El-Sayed", 1, ids_, keep_, bcs)


# ============================================================================================ s52-083
def doc_083():
    import docx
    from docx.shared import Pt
    ids = [("4170216", "HOSPITAL_NUMBER"), ("4133095", "HOSPITAL_NUMBER"), ("4181774", "HOSPITAL_NUMBER"), ("4099263", "HOSPITAL_NUMBER"),
           ("4190558", "HOSPITAL_NUMBER"), ("4201347", "HOSPITAL_NUMBER"), ("CMB-8847725", "HOSPITAL_NUMBER"),
           ("JRH", "PATIENT_NAME"), ("AOk", "PATIENT_NAME"), ("LdaS", "PATIENT_NAME"), ("BWa", "PATIENT_NAME"), ("KM-J", "PATIENT_NAME"),
           ("NPr", "PATIENT_NAME"), ("DFy", "PATIENT_NAME"), ("Mr Declan Furey", "COLLEAGUE_NAME")]
    keep = ["Mr Tomasz Wójcik", "GMC 7261148", "Mr Alistair Brennan-Lowe", "AB-L", "TW", "Outerbridge grade III",
            "County Hospital Stafford", "Royal Stoke University Hospital", "Lysholm 48"]
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Mr Tomasz Wójcik - GMC 7261148 - Portfolio section 3.2: Knee arthroscopy logbook"
    doc.add_heading("Personal logbook - knee arthroscopy (Aug 2023 - Mar 2024)", level=1)
    doc.add_paragraph("Royal Stoke University Hospital and County Hospital Stafford. Patient identifiers are as recorded at the "
                      "time in my own log; supervision codes as per eLogbook (P = performed, S-TS = supervised trainer scrubbed, "
                      "S-TU = trainer unscrubbed, A = assisted). Trainer initials: AB-L = Mr Alistair Brennan-Lowe.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Date", "Hosp no", "Pt", "Age/Sex", "Procedure", "Role", "Trainer"]):
        t.rows[0].cells[i].text = h
    rows = [("14/08/2023", "4170216", "JRH", "34M", "Arthroscopic partial medial meniscectomy (bucket handle, unrepairable)", "P", "AB-L"),
            ("04/09/2023", "4133095", "AOk", "27F", "ACL reconstruction (hamstring autograft), 4-strand", "S-TS", "AB-L"),
            ("18/09/2023", "4181774", "LdaS", "19M", "Meniscal repair, all-inside x3 (lateral)", "S-TU", "AB-L"),
            ("02/10/2023", "4099263", "BWa", "61M", "Arthroscopic washout septic knee (post-injection)", "P", "TW"),
            ("13/11/2023", "CMB-8847725", "KM-J", "45F", "Chondroplasty, Outerbridge grade III MFC", "P", "AB-L"),
            ("08/01/2024", "4190558", "NPr", "22M", "Diagnostic arthroscopy + loose body removal", "P", "TW"),
            ("19/02/2024", "4201347", "DFy", "38F", "ACL revision stage 1 (bone grafting of tunnels)", "A", "AB-L")]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Case note for 04/09/2023: hamstring harvest difficult (short tendons); AB-L talked me through quadrupling "
                      "on the back table. Follow-up at 6 months: Lysholm 48 pre-op -> 86, returned to netball.")
    doc.add_paragraph("Case 02/10/2023 was referred by Mr Declan Furey (locum, County Hospital) after a steroid injection in clinic; "
                      "I reported the infection via Datix and discussed with him.")
    doc.add_paragraph("Verified as an accurate record of my supervised and independent practice:")
    doc.add_paragraph("Mr Alistair Brennan-Lowe FRCS (Tr&Orth), Consultant Orthopaedic Surgeon - signed 28/03/2024")
    doc.save(OUT / "s52-083-arthroscopy-logbook.docx")
    record("s52-083", "s52-083-arthroscopy-logbook.docx", "docx", "logbook_docx", "Mr Tomasz Wójcik", None,
           [{"text": a, "type": b} for a, b in ids], [{"text": k} for k in keep])


# ============================================================================================ s52-084
def doc_084():
    ids = [("Beryl Oxspring", "PATIENT_NAME"), ("S1122874", "HOSPITAL_NUMBER"), ("595 468 4081", "NHS_NUMBER"),
           ("22 Wisewood Lane, Loxley, Sheffield", "ADDRESS"), ("S6 4WA", "POSTCODE"), ("Linda", "RELATIVE_NAME"),
           ("0114 496 0917", "PHONE"), ("Dr Anwen Saltonstall", "COLLEAGUE_NAME"), ("Mrs Oxspring", "PATIENT_NAME"),
           ("Kamal", "COLLEAGUE_NAME")]
    keep = ["06/12/1936", "Dr Nadia Rahman-Okafor", "Dr G Pollard", "Na 114 mmol/L", "Bendroflumethiazide 2.5 mg", "serum osmolality 246",
            "0.9% sodium chloride", "Northern General Hospital", "Ward 34", "7419263"]
    p = PdfDoc(str(OUT / "s52-084-discharge-summary.pdf"), ids, keep)

    def header(pg):
        p.text(40, 30, "Sheffield Teaching Hospitals NHS Foundation Trust", "LSB", 12)
        p.text(40, 48, "Northern General Hospital - Acute Medical Unit / Ward 34", "LS", 10)
        p.code128(380, 28, "S1122874", bar_width=1.1, bar_height=30)
        p.text(392, 62, "S1122874", "LM", 9)
        p.qr(510, 24, "5954684081", size=50)
        p.hline(36, 559, 82)
        p.text(40, 88, "Mrs Beryl Oxspring    DOB 06/12/1936    NHS 595 468 4081    Page %d of 2" % pg, "LS", 9)

    header(1)
    p.text(40, 112, "DISCHARGE SUMMARY (EPR)", "LSB", 14)
    y = p.lines(40, 136, "Patient: Mrs Beryl Oxspring          Hospital no: S1122874\n"
                         "Address: 22 Wisewood Lane, Loxley, Sheffield  S6 4WA\n"
                         "Next of kin: daughter Linda, 0114 496 0917\n"
                         "GP: Dr Anwen Saltonstall, Stannington Medical Centre\n"
                         "Admitted: 02/05/2024 (AMU)     Discharged: 09/05/2024 from Ward 34\n"
                         "Responsible consultant: Dr G Pollard     Completed by: Dr Nadia Rahman-Okafor (GMC 7419263)",
                "LS", 10, lead=15)
    p.text(40, y + 8, "Diagnosis", "LSB", 11)
    y = p.lines(40, y + 26, "Severe symptomatic hyponatraemia (Na 114 mmol/L) - thiazide-induced, with contribution from\n"
                            "sertraline (started 6 weeks earlier). Fall at home with confusion; no fracture.", "LS", 10, lead=15)
    p.text(40, y + 8, "Course", "LSB", 11)
    y = p.lines(40, y + 26,
                "Euvolaemic to mildly hypovolaemic; serum osmolality 246, urine osmolality 410, urine Na 38 on thiazide.\n"
                "Bendroflumethiazide 2.5 mg and sertraline 50 mg stopped. Cautious 0.9% sodium chloride 1 L over 12 h,\n"
                "then fluid restriction 1.2 L/day. Na 4-hourly: rise limited to 8 mmol/L in 24 h (ODS risk - age,\n"
                "low weight 48 kg). Day 3 Na 121, day 7 Na 131. Confusion resolved (4AT 0 on day 4). TSH and 9am\n"
                "cortisol normal. Mood: low after the death of her husband in January - the liaison team reviewed her\n"
                "and suggested mirtazapine 15 mg nocte instead of an SSRI (checked with pharmacist Kamal).", "LS", 10, lead=15)
    p.text(40, y + 10, "Mrs Oxspring was keen to go home; daughter staying for the first week.", "LS", 10)
    p.new_page()
    header(2)
    p.text(40, 112, "Medications on discharge", "LSB", 12)
    meds = [("Amlodipine", "5 mg OD", "NEW - replaces thiazide for BP"),
            ("Mirtazapine", "15 mg nocte", "NEW"),
            ("Bendroflumethiazide 2.5 mg", "-", "STOPPED - do not restart (hyponatraemia)"),
            ("Sertraline", "-", "STOPPED"),
            ("Alendronic acid", "70 mg weekly", "continued"),
            ("Adcal-D3", "1 tab BD", "continued")]
    y = 134
    for a, b, c in meds:
        p.text(44, y, a, "LS", 10)
        p.text(220, y, b, "LS", 10)
        p.text(320, y, c, "LS", 10)
        y += 16
    p.text(40, y + 14, "Actions for GP", "LSB", 12)
    p.lines(40, y + 32, "1. U&E in 1 week (Na, K) and again at 4 weeks.\n2. Review BP on amlodipine.\n"
                        "3. Mood review at 4 weeks; avoid SSRIs/thiazides where possible.", "LS", 10, lead=15)
    p.text(40, y + 100, "Signed electronically: Dr Nadia Rahman-Okafor, Specialty Doctor, Acute Medicine  09/05/2024 16:08", "LS", 10)
    ids_, keep_, bcs, pages = p.finish()
    record("s52-084", "s52-084-discharge-summary.pdf", "pdf", "discharge_summary_pdf", "Dr Nadia Rahman-Okafor", pages, ids_, keep_, bcs)


# ============================================================================================ s52-085
def doc_085():
    ids = [("Pop Maria-Ileana", "PATIENT_NAME"), ("2540817123453", "OTHER_ID"),
           ("Str. Observatorului nr. 31, ap. 7, Cluj-Napoca", "ADDRESS"), ("31 Observatorului Street, flat 7, Cluj-Napoca", "ADDRESS"),
           ("FO 2019/077412", "HOSPITAL_NUMBER"), ("Dr. Vlad Suciu", "COLLEAGUE_NAME"), ("Dr Vlad Suciu", "COLLEAGUE_NAME"),
           ("Ana Pop", "RELATIVE_NAME")]
    keep = ["17.08.1954", "Dr. Ioana Constantinescu", "Dr Ioana Constantinescu", "Conf. Dr. Adrian Mureșan", "Assoc. Prof. Adrian Mureșan",
            "Forrest IIa", "Glasgow-Blatchford 12", "Hb 7,1 g/dl", "Hb 7.1 g/dL", "K26.4", "pantoprazol 80 mg", "pantoprazole 80 mg"]
    d = ImgDoc(ids, keep, pages=2)
    R, RB = font("sans", 23), font("sansb", 25)
    d.text(1, 80, 70, "SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ-NAPOCA", font("sansb", 30))
    d.text(1, 80, 112, "Unitatea de Primiri Urgențe - UPU-SMURD", R)
    d.code128(1, 860, 160, "UPU2019077412", module_px=2, height_px=60)
    d.text(1, 880, 226, "FO 2019/077412", font("mono", 20))
    d.text(1, 80, 180, "BILET DE TRANSFER / SCRISOARE MEDICALĂ", RB)
    rows = ["Pacient: Pop Maria-Ileana", "CNP: 2540817123453       Data nașterii: 17.08.1954     Sex: F",
            "Domiciliu: Str. Observatorului nr. 31, ap. 7, Cluj-Napoca", "Nr. FO: FO 2019/077412     Data: 14.11.2019, ora 22:40",
            "", "Diagnostic: Hemoragie digestivă superioară - ulcer duodenal Forrest IIa (K26.4)",
            "Glasgow-Blatchford 12; Hb 7,1 g/dl; TA 92/55 mmHg, AV 118/min.",
            "Tratament UPU: 2 unități MER, pantoprazol 80 mg i.v. bolus apoi 8 mg/oră, acid tranexamic nu.",
            "Endoscopie de urgență (Dr. Vlad Suciu, Gastroenterologie): vas vizibil, injectare adrenalină +",
            "2 clipuri, hemostază obținută.", "Transfer: Clinica Medicală II, pat 14.",
            "Fiica, Ana Pop, informată.", "",
            "Medic UPU: Dr. Ioana Constantinescu", "Medic șef: Conf. Dr. Adrian Mureșan (semnătură, parafă)"]
    y = 270
    for r in rows:
        if r:
            d.text(1, 80, y, r, R)
        y += 44
    d.text(1, 820, y + 10, "[parafă / stamp]", font("hand", 24), fill=(40, 70, 170))
    d.text(2, 80, 70, "English translation of page 1 (by the applicant; verified by the head of department)", RB)
    rows2 = ["EMERGENCY COUNTY CLINICAL HOSPITAL CLUJ-NAPOCA - Emergency Department (UPU-SMURD)",
             "TRANSFER NOTE / MEDICAL LETTER", "Patient: Pop Maria-Ileana",
             "Personal numerical code (CNP): 2540817123453    Date of birth: 17.08.1954    Sex: F",
             "Address: 31 Observatorului Street, flat 7, Cluj-Napoca",
             "Observation sheet no.: FO 2019/077412    Date: 14.11.2019, 22:40", "",
             "Diagnosis: upper gastrointestinal haemorrhage - duodenal ulcer Forrest IIa (K26.4)",
             "Glasgow-Blatchford 12; Hb 7.1 g/dL; BP 92/55 mmHg, HR 118/min.",
             "ED treatment: 2 units red cells, pantoprazole 80 mg IV bolus then 8 mg/h; no tranexamic acid.",
             "Emergency endoscopy (Dr Vlad Suciu, Gastroenterology): visible vessel, adrenaline injection",
             "+ 2 clips, haemostasis achieved.", "Transfer: Medical Clinic II, bed 14.",
             "Daughter, Ana Pop, informed.", "", "ED doctor: Dr Ioana Constantinescu",
             "Head of department: Assoc. Prof. Adrian Mureșan (signature, stamp)"]
    y = 140
    for r in rows2:
        if r:
            d.text(2, 80, y, r, R)
        y += 44
    ids_, keep_, bcs, _ = d.finish(rotate=0.7, noise=0.002, blur=0.5, seed=85)
    d.save(OUT / "s52-085-romanian-transfer-note.tiff", "tiff")
    record("s52-085", "s52-085-romanian-transfer-note.tiff", "tiff", "foreign_letter_scan_with_translation",
           "Dr Ioana Constantinescu", 2, ids_, keep_, bcs)


if __name__ == "__main__":
    for f in (doc_073, doc_074, doc_075, doc_076, doc_077, doc_078, doc_079, doc_080, doc_081, doc_082, doc_083,
              doc_084, doc_085):
        f()
    with open(SET / "files.jsonl", "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "file documents written")
