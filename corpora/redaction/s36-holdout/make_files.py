#!/work/main/.venv/bin/python
"""Render files/ for the s36-holdout redaction set and write files.jsonl.
Every labelled string is drawn as its own segment; its box is measured from the drawing call
(PIL textbbox / reportlab stringWidth + font ascent/descent), then checked (ink inside the box for images,
pdftotext -bbox for the text PDF). Barcodes are decoded back with zxingcpp."""
import json, os, random, subprocess, warnings, email.utils
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import zxingcpp

warnings.filterwarnings("ignore", category=DeprecationWarning)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
random.seed(36)
FD = "/usr/share/fonts/truetype/dejavu/"
def F(size, bold=False, mono=False, serif=False):
    name = "DejaVuSansMono" if mono else ("DejaVuSerif" if serif else "DejaVuSans")
    return ImageFont.truetype(FD + name + ("-Bold" if bold else "") + ".ttf", size)

RECORDS = []

class Canvas:
    def __init__(self, W, H, bg="white"):
        self.W, self.H = W, H
        self.img = Image.new("RGB", (W, H), bg)
        self.d = ImageDraw.Draw(self.img)
        self.recs = []      # (kind, text, type, bbox_px)
        self.codes = []     # (format, value, bbox_px)
    def line(self, x, y, segs, font, fill=(20, 20, 20)):
        for seg in segs:
            s, lab = (seg, None) if isinstance(seg, str) else seg
            bb = self.d.textbbox((x, y), s, font=font)
            self.d.text((x, y), s, font=font, fill=fill)
            if lab:
                self.recs.append((lab[0], s, lab[1] if len(lab) > 1 else None, bb))
            x += self.d.textlength(s, font=font)
        return x
    def code(self, fmt_name, fmt, value, x, y, width, height):
        b = zxingcpp.write_barcode(fmt, value, width=width, height=height)
        a = np.asarray(b)
        if a.shape[0] != height and fmt == zxingcpp.BarcodeFormat.Code128:   # only stretch bars vertically
            a = np.asarray(Image.fromarray(a).resize((a.shape[1], height), Image.NEAREST))
        im = Image.fromarray(a).convert("RGB")
        self.img.paste(im, (x, y))
        inv = Image.fromarray(255 - a)
        gb = inv.getbbox()
        self.codes.append((fmt_name, value, (x + gb[0], y + gb[1], x + gb[2], y + gb[3])))

def frac(bb, W, H, m=2):
    x0, y0, x1, y1 = bb
    return [round(max(0, (x0 - m) / W), 4), round(max(0, (y0 - m) / H), 4),
            round(min(1, (x1 + m) / W), 4), round(min(1, (y1 + m) / H), 4)]

def ink_check(img, bb, label):
    g = np.asarray(img.convert("L").crop(tuple(int(v) for v in bb)))
    assert g.size and g.min() < 140, f"no ink in box for {label}: {bb}"

def record_image(cid, fname, fmt, kind, applicant, pages_recs, photos=()):
    """pages_recs: list of (W, H, recs, codes, image) per page."""
    ids, keep, bcs = [], [], []
    for pno, (W, H, recs, codes, img) in enumerate(pages_recs, 1):
        for kindlab, s, ty, bb in recs:
            ink_check(img, bb, s)
            if kindlab == "id":
                ids.append({"text": s, "type": ty, "page": pno, "box": frac(bb, W, H)})
            else:
                keep.append({"text": s, "page": pno, "box": frac(bb, W, H)})
        for f, v, bb in codes:
            bcs.append({"format": f, "value": v, "page": pno, "box": frac(bb, W, H)})
    RECORDS.append({"id": cid, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
                    "pages": len(pages_recs), "identifiers": ids, "keep": keep, "barcodes": bcs,
                    "photos": list(photos)})

def verify_codes(path, codes):
    im = Image.open(path)
    got = {(str(r.format), r.text) for r in zxingcpp.read_barcodes(im)}
    vals = {t for _, t in got}
    for f, v, _ in codes:
        assert v in vals, f"barcode {v} not decoded from {path}: {got}"

# ---------------------------------------------------------------- 1. wristband PNG
def wristband():
    c = Canvas(1500, 420, bg=(236, 240, 246))
    d = c.d
    d.rounded_rectangle((20, 30, 1480, 390), radius=40, fill="white", outline=(160, 170, 190), width=3)
    f_b, f, f_s = F(34, bold=True), F(28), F(22)
    c.line(60, 55, [("ROYAL DERWENT INFIRMARY", ("keep",))], f_s, fill=(0, 70, 140))
    c.line(60, 95, [("MCGRATH-ELLIS", ("id", "PATIENT_NAME")), ", ", ("Shannon Louise", ("id", "PATIENT_NAME"))], f_b)
    c.line(60, 150, [("DOB 14/02/1987", ("keep",)), "   ", ("F", ("keep",))], f)
    c.line(60, 195, ["MRN ", ("RD-0448120", ("id", "HOSPITAL_NUMBER"))], f)
    c.line(60, 240, ["NHS ", ("943 210 7765", ("id", "NHS_NUMBER"))], f)
    c.line(60, 285, [("Ward 12", ("keep",)), "  Cons: ", ("Dr S Gallagher", ("keep",))], f_s)
    c.line(60, 325, ["ALLERGY: ", ("PENICILLIN", ("keep",))], f_s, fill=(180, 0, 0))
    c.code("Code128", zxingcpp.BarcodeFormat.Code128, "RD0448120", 770, 95, 380, 130)
    c.line(880, 240, [("RD0448120", ("id", "HOSPITAL_NUMBER"))], f_s)
    c.code("QRCode", zxingcpp.BarcodeFormat.QRCode, "NHS:9432107765;MRN:RD0448120;DOB:19870214", 1200, 80, 250, 250)
    p = os.path.join(OUT, "s36-076-wristband.png")
    c.img.save(p)
    verify_codes(p, c.codes)
    record_image("s36-076", "s36-076-wristband.png", "png", "wristband_photo", "Dr Siobhan Gallagher",
                 [(c.W, c.H, c.recs, c.codes, c.img)])

# ---------------------------------------------------------------- 2. handover sheet JPEG (rotated, blurred)
def handover():
    W, H = 1700, 1150
    c = Canvas(W, H, bg=(250, 248, 240))
    fh, f, fb = F(30, bold=True), F(22), F(22, bold=True)
    c.line(60, 40, ["NIGHT HANDOVER  -  ", ("Ward 5", ("keep",)), " / ", ("Ward 6", ("keep",)), "  -  ",
                    ("Ninewells Hospital", ("keep",)), "  -  09/12/25  -  ", ("HR", ("keep",))], fh)
    cols = [60, 170, 560, 800, 1300]
    c.line(cols[0], 110, ["Bed"], fb); c.line(cols[1], 110, ["Patient"], fb); c.line(cols[2], 110, ["CHI / MRN"], fb)
    c.line(cols[3], 110, ["Issues"], fb); c.line(cols[4], 110, ["Jobs overnight"], fb)
    c.d.line((50, 145, 1650, 145), fill=(60, 60, 60), width=2)
    rows = [
        ("5-3", [("FORSYTH", ("id", "PATIENT_NAME")), ", ", ("Agnes", ("id", "PATIENT_NAME")), " 84F"],
         [("2210403318", ("id", "NHS_NUMBER"))], [("CAP, ", None), ("CURB-65 4", ("keep",))], ["abx due 02:00, ", ("DNACPR", ("keep",))]),
        ("5-7", [("Mr Iqbal Chaudhary", ("id", "PATIENT_NAME")), " 61M"],
         [("M0442187", ("id", "HOSPITAL_NUMBER"))], ["DKA, ", ("VRIII", ("keep",))], ["K+ 2-hrly, wife ", ("Rubina", ("id", "RELATIVE_NAME")), " ", ("07700 900155", ("id", "PHONE"))]),
        ("6-2", [("\"Big Tam\"", ("id", "PATIENT_NAME")), " (", ("Thomas Rennie", ("id", "PATIENT_NAME")), ")"],
         [("M0439920", ("id", "HOSPITAL_NUMBER"))], ["alcohol w/d, ", ("CIWA 18", ("keep",))], [("chlordiazepoxide 30 mg", ("keep",)), " PRN"]),
        ("6-9", [("Ms Kowalska", ("id", "PATIENT_NAME")), " 38F"],
         [("M0445501", ("id", "HOSPITAL_NUMBER"))], ["PE, ", ("apixaban 10 mg bd", ("keep",))], ["check Hb, ask ", ("Dr Baillie", ("id", "COLLEAGUE_NAME"))]),
        ("6-12", [("FORSYTH", ("id", "PATIENT_NAME")), " (husband!) 86M"],
         [("M0401123", ("id", "HOSPITAL_NUMBER"))], ["delirium, ", ("4AT 7", ("keep",))], ["do NOT move next to wife"]),
    ]
    y = 170
    for bed, name, num, iss, jobs in rows:
        c.line(cols[0], y, [bed], f); c.line(cols[1], y, name, f); c.line(cols[2], y, num, f)
        c.line(cols[3], y, iss, f); c.line(cols[4] - 0, y + 40, jobs, F(20))
        c.d.line((50, y + 85, 1650, y + 85), fill=(170, 170, 170), width=1)
        y += 100
    c.line(60, y + 40, ["Bleep ", ("4417", ("keep",)), " for outreach.  Datix ", ("WEB90211", ("id", "REFERENCE_NUMBER")),
                        " re fall 6-12.  Sig: ", ("Dr Hamid Rahimi", ("keep",))], f)
    # rotate + blur: measure boxes by transforming a mask of each box with the same operation
    angle = -1.6
    img = c.img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(225, 222, 214))
    img = img.filter(ImageFilter.GaussianBlur(1.1))
    arr = np.asarray(img).astype(np.int16)
    arr = np.clip(arr + np.random.default_rng(36).normal(0, 6, arr.shape), 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    recs = []
    for kindlab, s, ty, bb in c.recs:
        m = Image.new("L", (W, H), 0)
        ImageDraw.Draw(m).rectangle(bb, fill=255)
        m = m.rotate(angle, resample=Image.NEAREST, expand=False)
        recs.append((kindlab, s, ty, m.getbbox()))
    p = os.path.join(OUT, "s36-077-handover.jpg")
    img.save(p, quality=82)
    img2 = Image.open(p)
    record_image("s36-077", "s36-077-handover.jpg", "jpeg", "handover_sheet_photo", "Dr Hamid Rahimi",
                 [(W, H, recs, [], img2)])

# ---------------------------------------------------------------- 3. image-only scanned PDF letter
def scanned_letter():
    W, H = 1240, 1754
    c = Canvas(W, H, bg=(252, 252, 250))
    f, fb, fs = F(24, serif=True), F(26, bold=True, serif=True), F(20, serif=True)
    c.line(90, 80, [("Pennine Care NHS Foundation Trust", ("keep",))], fb)
    c.line(90, 118, [("Stockport CMHT", ("keep",)), ", Lakeside Resource Centre"], fs)
    c.line(90, 190, ["Our ref: ", ("CMHT/TW/1107", ("id", "REFERENCE_NUMBER")), "      Your ref: ", ("AK/DW/33", ("id", "REFERENCE_NUMBER"))], fs)
    c.line(90, 260, [("Dr Anjali Kapoor", ("id", "COLLEAGUE_NAME"))], f)
    c.line(90, 295, [("Cheadle Hulme Health Centre", ("id", "ADDRESS"))], f)
    c.line(90, 330, [("Smithy Green, Cheadle Hulme", ("id", "ADDRESS")), " ", ("SK8 6LU", ("id", "POSTCODE"))], f)
    c.line(90, 400, ["Dear ", ("Dr Kapoor", ("id", "COLLEAGUE_NAME"))], f)
    c.line(90, 460, ["Re: ", ("Daniel Whitworth", ("id", "PATIENT_NAME")), ", ", ("DOB 05/03/1984", ("keep",)), ", NHS ", ("612 884 0093", ("id", "NHS_NUMBER"))], fb)
    c.line(90, 500, ["     ", ("27 Bramhall Lane, Stockport", ("id", "ADDRESS")), " ", ("SK2 6HZ", ("id", "POSTCODE"))], f)
    body = [
        ["I reviewed ", ("Mr Whitworth", ("id", "PATIENT_NAME")), " in clinic with his wife ", ("Lorna", ("id", "RELATIVE_NAME")), "."],
        ["He has bipolar affective disorder (", ("F31.4", ("keep",)), ") and is now euthymic."],
        ["His ", ("lithium carbonate 800 mg", ("keep",)), " level was 0.72 mmol/L; eGFR 79."],
        ["He has returned to work at ", ("Stockport Bus Garage", ("id", "ADDRESS")), "."],
        ["Please continue ", ("quetiapine 200 mg", ("keep",)), " nocte. Review in 3 months."],
        ["His care coordinator is ", ("Dean Rushworth", ("id", "COLLEAGUE_NAME")), ", tel ", ("01632 960482", ("id", "PHONE")), "."],
    ]
    y = 580
    for segs in body:
        c.line(90, y, segs, f); y += 46
    c.line(90, y + 60, ["Yours sincerely"], f)
    c.line(90, y + 150, [("Dr Tomasz Wiśniewski", ("keep",)), ", ST5 Psychiatry, ", ("GMC 7390218", ("keep",))], f)
    c.line(90, y + 190, ["Countersigned: ", ("Dr Rebecca Thorne", ("keep",)), ", Consultant"], f)
    c.line(90, H - 120, [("Page 1 of 1", ("keep",))], fs)
    # scan look: grey, tiny noise and blur; no text layer
    img = c.img.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(img).astype(np.int16)
    arr = np.clip(arr + np.random.default_rng(7).normal(0, 5, arr.shape), 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    p = os.path.join(OUT, "s36-078-scanned-letter.pdf")
    img.save(p, "PDF", resolution=150.0)
    assert subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout.strip() == "", "scan has text"
    record_image("s36-078", "s36-078-scanned-letter.pdf", "pdf", "scanned_clinic_letter", "Dr Tomasz Wiśniewski",
                 [(W, H, c.recs, [], img)])

# ---------------------------------------------------------------- 4. text-layer PDF (2 pages)
def text_pdf():
    from reportlab.pdfgen import canvas as rl
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
    W, H = A4
    p = os.path.join(OUT, "s36-079-discharge-summary.pdf")
    cv = rl.Canvas(p, pagesize=A4)
    pages = []
    recs = []
    def line(x, y, segs, font="DV", size=10):
        for seg in segs:
            s, lab = (seg, None) if isinstance(seg, str) else seg
            cv.setFont(font, size)
            cv.drawString(x, y, s)
            w = pdfmetrics.stringWidth(s, font, size)
            asc, desc = pdfmetrics.getAscentDescent(font, size)
            if lab:
                bb = (x, H - (y + asc), x + w, H - (y + desc))   # top-left origin, points
                recs.append((lab[0], s, lab[1] if len(lab) > 1 else None, bb))
            x += w
    # page 1
    line(50, 800, [("Royal Alexandra Children's Hospital", ("keep",)), " - Paediatric Discharge Summary"], "DVB", 13)
    line(50, 770, ["Patient: ", ("Olamide Adebayo-Clarke", ("id", "PATIENT_NAME")), "   ", ("DOB 21/08/2019", ("keep",)), "   Sex: ", ("Male", ("keep",))])
    line(50, 754, ["Hospital no: ", ("RACH-902266", ("id", "HOSPITAL_NUMBER")), "   NHS no: ", ("418 550 2931", ("id", "NHS_NUMBER"))])
    line(50, 738, ["Address: ", ("Flat 12, Kestrel House, Hollingdean Road, Brighton", ("id", "ADDRESS")), " ", ("BN2 4AD", ("id", "POSTCODE"))])
    line(50, 722, ["GP: ", ("Dr Lorraine O'Halloran", ("id", "COLLEAGUE_NAME")), ", Parkside Surgery"])
    line(50, 690, ["Admitted with ", ("Kawasaki disease", ("keep",)), " (day 6 of fever). ", ("IVIG 2 g/kg", ("keep",)), " and ", ("aspirin 30 mg/kg/day", ("keep",)), "."])
    line(50, 674, ["Echo: LAD z-score +2.1 (dilatation). ", ("Mum", None), " (", ("Folake Adebayo", ("id", "RELATIVE_NAME")), ") and dad (", ("Marcus Clarke", ("id", "RELATIVE_NAME")), ") updated."])
    line(50, 658, ["Olamide's school (", ("Balfour Primary", ("id", "ADDRESS")), ") informed: no live vaccines for 11 months."])
    line(50, 626, ["Discharge team: ", ("Dr Adaeze Okonkwo", ("keep",)), " (Paediatric Registrar)"])
    line(50, 40, ["Page 1 of 2   ", ("Olamide Adebayo-Clarke", ("id", "PATIENT_NAME")), "   ", ("RACH-902266", ("id", "HOSPITAL_NUMBER"))], size=8)
    pages.append(recs); recs = []
    cv.showPage()
    line(50, 800, ["Continued: ", ("Olamide Adebayo-Clarke", ("id", "PATIENT_NAME")), "   ", ("RACH-902266", ("id", "HOSPITAL_NUMBER"))], "DVB", 11)
    line(50, 770, ["Follow-up: cardiology clinic 6 weeks; repeat echo. Aspirin reduced to ", ("3-5 mg/kg/day", ("keep",)), "."])
    line(50, 754, ["Queries: ward clerk ", ("020 7946 0178", ("id", "PHONE")), " or ", ("paeds.discharge@rach.example.nhs.uk", ("id", "EMAIL"))])
    line(50, 738, ["Parent information: ", ("https://rach.example.nhs.uk/leaflets/kd?mrn=902266", ("id", "URL"))])
    line(50, 706, ["Verified by ", ("Dr Fiona McLeish", ("keep",)), ", Consultant Paediatrician"])
    line(50, 40, ["Page 2 of 2"], size=8)
    pages.append(recs)
    cv.showPage(); cv.save()
    # verify boxes against pdftotext -bbox word boxes
    out = subprocess.run(["pdftotext", "-bbox", p, "-"], capture_output=True, text=True).stdout
    import re, html
    pg_words = []
    for pg in out.split("<page ")[1:]:
        ws = [(float(a), float(b), float(c_), float(d_), html.unescape(t)) for a, b, c_, d_, t in
              re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', pg)]
        pg_words.append(ws)
    for pno, rs in enumerate(pages):
        for _, s, _, bb in rs:
            first = s.split()[0]
            cands = [w for w in pg_words[pno] if first[:4] in w[4] and w[0] - 3 <= bb[0] <= w[2] and abs(w[1] - bb[1]) < 6]
            assert cands, f"pdftotext found no word at box for {s!r} page {pno+1}: {bb}"
    ids, keep = [], []
    for pno, rs in enumerate(pages, 1):
        for kindlab, s, ty, bb in rs:
            box = [round(bb[0] / W - 0.002, 4), round(bb[1] / H - 0.002, 4), round(bb[2] / W + 0.002, 4), round(bb[3] / H + 0.002, 4)]
            (ids if kindlab == "id" else keep).append(dict({"text": s}, **({"type": ty} if kindlab == "id" else {}), page=pno, box=box))
    RECORDS.append({"id": "s36-079", "file": "files/s36-079-discharge-summary.pdf", "format": "pdf",
                    "kind": "discharge_summary_digital", "applicant": "Dr Adaeze Okonkwo", "pages": 2,
                    "identifiers": ids, "keep": keep, "barcodes": [], "photos": []})

# ---------------------------------------------------------------- 5. DOCX with a table
def docx_file():
    import docx
    doc = docx.Document()
    doc.add_heading("Home visit and palliative caseload log - Dr Priya Raghunathan (GMC 7214583)", level=1)
    doc.add_paragraph("Moorside Medical Practice. Verified by Dr Martin Ashworth, GP trainer.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Date", "Patient", "NHS no.", "Address", "Problem", "Outcome"]):
        cell.text = h
    rows = [
        ("03/02/2025", "Mr Harold \"Harry\" Sowerby", "700 412 3386", "Ivy Cottage, Moor Top, Meltham", "lung cancer, PPS 40%", "syringe driver: morphine 10 mg/24h"),
        ("10/02/2025", "Nkechi Eze-Thompson", "431 009 2274", "9 Cherry Tree Walk, Marsden", "MND, PEG", "ADRT reviewed, ReSPECT completed"),
        ("17/02/2025", "SOWERBY, Harold", "700 412 3386", "Ivy Cottage, Moor Top, Meltham", "died at home", "verification of death by DN Fiona Gatenby"),
        ("24/02/2025", "Mrs Lai (Siu-Ming)", "588 120 7731", "Flat 1, The Maltings, Slaithwaite", "heart failure NYHA IV", "furosemide 40 mg sc, daughter Wendy Lai aware"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for cell, v in zip(cells, r):
            cell.text = v
    doc.add_paragraph("Summary: 4 visits; preferred place of death achieved 1/1. Queries to the practice on 01632 960700.")
    p = os.path.join(OUT, "s36-080-caseload.docx")
    doc.save(p)
    ids = [("Harold", "PATIENT_NAME"), ("Harry", "PATIENT_NAME"), ("Sowerby", "PATIENT_NAME"), ("SOWERBY, Harold", "PATIENT_NAME"),
           ("700 412 3386", "NHS_NUMBER"), ("Ivy Cottage, Moor Top, Meltham", "ADDRESS"),
           ("Nkechi Eze-Thompson", "PATIENT_NAME"), ("431 009 2274", "NHS_NUMBER"), ("9 Cherry Tree Walk, Marsden", "ADDRESS"),
           ("Fiona Gatenby", "COLLEAGUE_NAME"), ("Lai", "PATIENT_NAME"), ("Siu-Ming", "PATIENT_NAME"), ("588 120 7731", "NHS_NUMBER"),
           ("Flat 1, The Maltings, Slaithwaite", "ADDRESS"), ("Wendy Lai", "RELATIVE_NAME"), ("01632 960700", "PHONE")]
    keep = ["Dr Priya Raghunathan", "GMC 7214583", "Moorside Medical Practice", "Dr Martin Ashworth", "PPS 40%",
            "morphine 10 mg/24h", "ADRT", "ReSPECT", "NYHA IV", "furosemide 40 mg sc", "03/02/2025"]
    RECORDS.append({"id": "s36-080", "file": "files/s36-080-caseload.docx", "format": "docx", "kind": "palliative_caseload_table",
                    "applicant": "Dr Priya Raghunathan", "identifiers": [{"text": a, "type": b} for a, b in ids],
                    "keep": [{"text": k} for k in keep]})

# ---------------------------------------------------------------- 6. e-mail
def eml_file():
    from email.message import EmailMessage
    m = EmailMessage()
    m["From"] = "Tomasz Wiśniewski <tomasz.wisniewski@pennine.example.nhs.uk>"
    m["To"] = "Bex Halloway (AMHP) <rebecca.halloway@stockport.example.gov.uk>"
    m["Cc"] = "Dr Rebecca Thorne <rebecca.thorne@pennine.example.nhs.uk>"
    m["Subject"] = "Re: MHA assessment tonight - Scott LENNOX-DALY (RiO 1167230)"
    m["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Mon, 03 Feb 2025 23:52:00 +0000"))
    m["Message-ID"] = "<20250203235200.4471@pennine.example.nhs.uk>"
    m.set_content("""Hi Bex,

Confirming for the record: Scott (known as Lenny) was brought in on s136 from the Arden Street flats.
His mother Paula Lennox rang me on 07700 900515; she is his nearest relative under s26 MHA.
Last clozapine stopped Oct 2024 (ANC 1.1). Current meds: aripiprazole 15 mg od.
Second s12 doctor: Dr Imtiaz Chaudhry, GMC 6655443.
Bed: Norbury Ward, Stepping Hill.

Thanks,
Tomasz
Dr Tomasz Wiśniewski, ST5 General Adult Psychiatry
""")
    p = os.path.join(OUT, "s36-081-mha-email.eml")
    open(p, "wb").write(bytes(m))
    ids = [("Bex Halloway", "COLLEAGUE_NAME"), ("Bex", "COLLEAGUE_NAME"), ("rebecca.halloway@stockport.example.gov.uk", "EMAIL"),
           ("rebecca.thorne@pennine.example.nhs.uk", "EMAIL"), ("tomasz.wisniewski@pennine.example.nhs.uk", "EMAIL"),
           ("LENNOX-DALY", "PATIENT_NAME"), ("Scott", "PATIENT_NAME"), ("1167230", "HOSPITAL_NUMBER"), ("Lenny", "PATIENT_NAME"),
           ("Arden Street flats", "ADDRESS"), ("Paula Lennox", "RELATIVE_NAME"), ("07700 900515", "PHONE"),
           ("Imtiaz Chaudhry", "COLLEAGUE_NAME"), ("6655443", "GMC_NUMBER"),
           ("<20250203235200.4471@pennine.example.nhs.uk>", "OTHER_ID")]
    keep = ["Tomasz Wiśniewski", "Dr Tomasz Wiśniewski", "Dr Rebecca Thorne", "s136", "s26 MHA", "ANC 1.1",
            "aripiprazole 15 mg od", "s12", "Norbury Ward, Stepping Hill", "Tomasz"]
    RECORDS.append({"id": "s36-081", "file": "files/s36-081-mha-email.eml", "format": "eml", "kind": "email_mha_assessment",
                    "applicant": "Dr Tomasz Wiśniewski", "identifiers": [{"text": a, "type": b} for a, b in ids],
                    "keep": [{"text": k} for k in keep]})

if __name__ == "__main__":
    wristband(); handover(); scanned_letter(); text_pdf(); docx_file(); eml_file()
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(RECORDS), "file records")
