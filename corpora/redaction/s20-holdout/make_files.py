#!/usr/bin/env python3
"""Render the file documents of this held-out set (seeded, reproducible).
Inline markup in the layout strings: [[text|CODE]] = identifier, {{text}} = keep string.
Boxes are computed from the font metrics at draw time and stored as fractions of page size."""
import json, math, os, random, re, io, email.message, email.policy
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
R = random.Random(20261207)
F = "/usr/share/fonts/truetype/"
FONTS = {"sans": F+"dejavu/DejaVuSans.ttf", "sansb": F+"dejavu/DejaVuSans-Bold.ttf", "serif": F+"dejavu/DejaVuSerif.ttf",
         "lib": F+"liberation/LiberationSans-Regular.ttf", "libb": F+"liberation/LiberationSans-Bold.ttf",
         "mono": F+"liberation/LiberationMono-Regular.ttf", "narrow": F+"liberation/LiberationSansNarrow-Regular.ttf"}
TYPES = {"PN":"PATIENT_NAME","RN":"RELATIVE_NAME","CN":"COLLEAGUE_NAME","AD":"ADDRESS","PC":"POSTCODE",
         "PH":"PHONE","EM":"EMAIL","NHS":"NHS_NUMBER","HN":"HOSPITAL_NUMBER","REF":"REFERENCE_NUMBER",
         "GMC":"GMC_NUMBER","URL":"URL","OID":"OTHER_ID"}
PAT = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}")

def segs(line):
    """-> plain text, list of (start, end, text, tag)"""
    out = ""; marks = []; pos = 0
    for m in PAT.finditer(line):
        out += line[pos:m.start()]; pos = m.end()
        if m.group(1) is not None: t, tag = m.group(1), m.group(2)
        else: t, tag = m.group(3), "K"
        marks.append((len(out), len(out)+len(t), t, tag)); out += t
    out += line[pos:]
    return out, marks

class Doc:
    def __init__(self, id, file, fmt, kind, applicant, pages=1):
        self.d = {"id": id, "file": "files/"+file, "format": fmt, "kind": kind, "applicant": applicant,
                  "pages": pages, "identifiers": [], "keep": [], "barcodes": [], "photos": []}
        self.path = os.path.join(OUT, file)
    def add(self, tag, text, page, box):
        box = [round(max(0.0, min(1.0, v)), 4) for v in box]
        if tag == "K": self.d["keep"].append({"text": text, "page": page, "box": box})
        else: self.d["identifiers"].append({"text": text, "type": TYPES[tag], "page": page, "box": box})
    def code(self, fmt, value, page, box):
        self.d["barcodes"].append({"format": fmt, "value": value, "page": page, "box": [round(v, 4) for v in box]})

# ---------- raster helpers ----------
def font(name, size): return ImageFont.truetype(FONTS[name], size)

def draw_line(doc, draw, W, H, page, xy, line, fnt, fill=(0,0,0), pad=2, xform=None):
    text, marks = segs(line)
    x, y = xy
    draw.text((x, y), text, font=fnt, fill=fill)
    for s, e, t, tag in marks:
        x0 = x + draw.textlength(text[:s], font=fnt)
        bb = draw.textbbox((x0, y), t, font=fnt)
        box = (bb[0]-pad, bb[1]-pad, bb[2]+pad, bb[3]+pad)
        if xform: box = xform(box)
        doc.add(tag, t, page, [box[0]/W, box[1]/H, box[2]/W, box[3]/H])
    return text

def code128_img(value, module_width=0.3, height=10.0):
    w = ImageWriter()
    b = barcode.get("code128", value, writer=w)
    return b.render({"module_width": module_width, "module_height": height, "quiet_zone": 2.0, "write_text": False, "dpi": 300}).convert("RGB")

def qr_img(value, box_size=6):
    q = qrcode.QRCode(box_size=box_size, border=2); q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

def add_code(doc, fmt, value, page, box_px, W, H):
    doc.code(fmt, value, page, [box_px[0]/W, box_px[1]/H, box_px[2]/W, box_px[3]/H])

def noise(img, amount=12, seed=1):
    rr = random.Random(seed)
    px = img.load(); W, H = img.size
    for _ in range(W*H//60):
        x, y = rr.randrange(W), rr.randrange(H)
        v = rr.randint(-amount*4, amount*4)
        p = px[x, y]; px[x, y] = tuple(max(0, min(255, c+v)) for c in p)
    return img

DOCS = []

# ---------- f01: wristband PNG ----------
def f01():
    d = Doc("h-f01", "h-f01-wristband.png", "png", "wristband_photo", "Dr Beatrix Holloway")
    W, H = 1800, 520
    img = Image.new("RGB", (W, H), (236, 232, 226)); dr = ImageDraw.Draw(img)
    dr.rounded_rectangle((40, 90, 1760, 430), 40, fill=(255, 255, 255), outline=(180, 180, 190), width=3)
    dr.rectangle((60, 110, 130, 410), fill=(220, 40, 60))  # red allergy strip
    f = font("libb", 40); fs = font("lib", 32)
    draw_line(d, dr, W, H, 1, (160, 120), "[[SHACKLETON-ONU, Mirabel|PN]]", f)
    draw_line(d, dr, W, H, 1, (160, 180), "{{DOB 23/07/1949}}   {{F}}   Hosp No [[IP2287145|HN]]", fs)
    draw_line(d, dr, W, H, 1, (160, 230), "NHS [[471 338 2096|NHS]]   {{ALLERGY: PENICILLIN}}", fs)
    draw_line(d, dr, W, H, 1, (160, 280), "{{Ipswich Hospital}}  {{Ward 6 Bed 12}}", fs)
    bc = code128_img("IP2287145", 0.25, 8.0).resize((560, 90))
    img.paste(bc, (160, 325)); add_code(d, "Code128", "IP2287145", 1, (160, 325, 720, 415), W, H)
    q = qr_img("NHS:4713382096|IP2287145", 7).resize((280, 280))
    img.paste(q, (1420, 120)); add_code(d, "QR", "NHS:4713382096|IP2287145", 1, (1420, 120, 1700, 400), W, H)
    img.save(d.path); DOCS.append(d.d)

# ---------- f02: specimen label JPEG ----------
def f02():
    d = Doc("h-f02", "h-f02-specimen-label.jpg", "jpeg", "specimen_label_photo", "Dr Lucy Ferreira")
    W, H = 1200, 800
    img = Image.new("RGB", (W, H), (200, 205, 210)); dr = ImageDraw.Draw(img)
    dr.rectangle((150, 120, 1050, 680), fill=(252, 252, 246))
    fm = font("mono", 30); fb = font("libb", 34)
    draw_line(d, dr, W, H, 1, (180, 150), "[[MAHMOOD, Shazia|PN]]", fb)
    draw_line(d, dr, W, H, 1, (180, 205), "{{04/04/1980}} {{F}}  MRN [[Q20233871|HN]]", fm)
    draw_line(d, dr, W, H, 1, (180, 250), "NHS [[6843120957|NHS]]", fm)
    draw_line(d, dr, W, H, 1, (180, 295), "Lab [[240123-K-0581|OID]]  {{U&E}} {{LFT}}", fm)
    draw_line(d, dr, W, H, 1, (180, 340), "{{Ward C52}}  Coll {{23/01/24 01:48}}", fm)
    bc = code128_img("240123-K-0581", 0.3, 9.0).resize((700, 130))
    img.paste(bc, (200, 410)); add_code(d, "Code128", "240123-K-0581", 1, (200, 410, 900, 540), W, H)
    draw_line(d, dr, W, H, 1, (330, 560), "[[240123-K-0581|OID]]", fm)
    img = noise(img, 6, 2).filter(ImageFilter.GaussianBlur(0.6))
    img.save(d.path, quality=88); DOCS.append(d.d)

# ---------- f03: addressograph sticker sheet PNG ----------
def f03():
    d = Doc("h-f03", "h-f03-addressograph-sheet.png", "png", "addressograph_labels", "Dr Hannah Stroud")
    W, H = 1654, 1170
    img = Image.new("RGB", (W, H), (255, 255, 255)); dr = ImageDraw.Draw(img)
    f = font("narrow", 26); fb = font("libb", 28)
    for i in range(2):
        for j in range(3):
            x, y = 60 + i*800, 60 + j*370
            dr.rounded_rectangle((x, y, x+760, y+340), 18, outline=(150, 150, 150), width=2)
            draw_line(d, dr, W, H, 1, (x+20, y+18), "[[HUTCHINSON|PN]] [[Elspeth Mary|PN]]", fb)
            draw_line(d, dr, W, H, 1, (x+20, y+60), "{{22/06/1936}} {{F}}  [[NMH-204-5518|HN]]", f)
            draw_line(d, dr, W, H, 1, (x+20, y+95), "[[The Old Forge, Mill Street|AD]]", f)
            draw_line(d, dr, W, H, 1, (x+20, y+130), "[[Upper Halling|AD]] [[ME2 1JH|PC]]", f)
            draw_line(d, dr, W, H, 1, (x+20, y+165), "NHS [[601 934 8827|NHS]]  {{Cedar Ward}}", f)
            bc = code128_img("NMH2045518", 0.25, 6.0).resize((420, 80))
            img.paste(bc, (x+20, y+220)); add_code(d, "Code128", "NMH2045518", 1, (x+20, y+220, x+440, y+300), W, H)
    img.save(d.path); DOCS.append(d.d)

# ---------- f04: wristband JPEG with QR only, photo-like ----------
def f04():
    d = Doc("h-f04", "h-f04-neonatal-band.jpg", "jpeg", "wristband_photo", "Dr Kirsty Lamb")
    W, H = 1400, 900
    img = Image.new("RGB", (W, H), (120, 140, 160)); dr = ImageDraw.Draw(img)
    for k in range(0, H, 6): dr.line((0, k, W, k), fill=(120+k//20, 140+k//30, 160))
    dr.rounded_rectangle((100, 250, 1300, 650), 50, fill=(245, 240, 250))
    f = font("sansb", 38); fs = font("sans", 30)
    draw_line(d, dr, W, H, 1, (160, 280), "[[BABY OF KOWALCZYK|PN]]  {{Twin 1}}", f)
    draw_line(d, dr, W, H, 1, (160, 345), "{{DOB 08/06/2023 04:12}}  {{M}}  {{3.41 kg}}", fs)
    draw_line(d, dr, W, H, 1, (160, 400), "Mother: [[Jade Kowalczyk|PN]] [[LWH 2210457|HN]]", fs)
    draw_line(d, dr, W, H, 1, (160, 455), "Baby No [[LWH 2230981|HN]]  NHS [[7744013388|NHS]]", fs)
    draw_line(d, dr, W, H, 1, (160, 520), "{{Liverpool Women's Hospital}}  {{NICU}}", fs)
    q = qr_img("LWH2230981", 6).resize((230, 230))
    img.paste(q, (1020, 380)); add_code(d, "QR", "LWH2230981", 1, (1020, 380, 1250, 610), W, H)
    img = noise(img, 8, 4).filter(ImageFilter.GaussianBlur(0.8))
    img.save(d.path, quality=85); DOCS.append(d.d)

# ---------- f05: scanned letter PDF (image only, rotated, noisy), 2 pages ----------
def rot_xform(W, H, deg):
    th = math.radians(deg); cx, cy = W/2, H/2; c, s = math.cos(th), math.sin(th)
    def tp(x, y): return (cx + (x-cx)*c + (y-cy)*s, cy - (x-cx)*s + (y-cy)*c)
    def xf(b):
        pts = [tp(b[0], b[1]), tp(b[2], b[1]), tp(b[0], b[3]), tp(b[2], b[3])]
        return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
    return xf

def f05():
    d = Doc("h-f05", "h-f05-scanned-clinic-letter.pdf", "pdf", "scanned_letter", "Dr Conor Magennis", pages=2)
    pages = [
        ["{{Altnagelvin Area Hospital}}", "{{Diabetes and Endocrinology}}", "",
         "Our ref: [[CM/DIAB/0419-22|REF]]", "Clinic: {{14 March 2024}}", "",
         "Dr [[Declan Mulholland|CN]]", "[[Riverside Surgery|AD]]", "[[3 Bridge Street|AD]]", "[[Strabane|AD]] [[BT82 9AE|PC]]", "",
         "Dear Dr [[Mulholland|CN]]", "",
         "Re: [[Siobhan Donnelly|PN]]   DOB {{09/09/1996}}", "H&C: [[320 771 4459|NHS]]   Hosp: [[AAH-781204|HN]]",
         "[[12 Glenview Park|AD]], [[Strabane|AD]] [[BT82 8DF|PC]]", "",
         "I reviewed [[Siobhan|PN]] with her mother [[Bernadette|RN]] today.",
         "HbA1c {{94 mmol/mol}}; time in range {{31%}}. She had", "{{DKA}} twice since January ({{pH 7.08}} at worst).",
         "We will start a {{closed-loop system}} ({{NICE TA943}}).", "Mobile for the DSN team: [[07700 900 316|PH]]."],
        ["Page {{2}}   Re: [[Siobhan Donnelly|PN]]  [[AAH-781204|HN]]", "",
         "Plan:", "1. {{Insulin aspart}} via pump, basal {{0.8 units/h}}.",
         "2. Psychology referral (ref [[PSY-WT-22817|REF]]).", "3. Review in {{3 months}}.", "",
         "Yours sincerely", "", "{{Dr Conor Magennis}}", "Consultant Physician", "",
         "cc: [[Ms Siobhan Donnelly|PN]]"]]
    W, H = 1240, 1754
    c = canvas.Canvas(d.path, pagesize=A4)
    angles = [1.3, -0.9]
    fnt = font("serif", 26)
    for pi, lines in enumerate(pages, 1):
        img = Image.new("RGB", (W, H), (255, 255, 255)); dr = ImageDraw.Draw(img)
        tmp = Doc("tmp", "x", "", "", "")
        y = 140
        for ln in lines:
            draw_line(tmp, dr, W, H, pi, (150, y), ln, fnt, fill=(30, 30, 30), pad=3); y += 44
        xf = rot_xform(W, H, angles[pi-1])
        img = img.rotate(angles[pi-1], resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        for lst, key in ((tmp.d["identifiers"], "identifiers"), (tmp.d["keep"], "keep")):
            for e in lst:
                b = e["box"]; bb = xf((b[0]*W, b[1]*H, b[2]*W, b[3]*H))
                e["box"] = [round(bb[0]/W, 4), round(bb[1]/H, 4), round(bb[2]/W, 4), round(bb[3]/H, 4)]
                d.d[key].append(e)
        img = noise(img, 10, 10+pi).filter(ImageFilter.GaussianBlur(0.7)).convert("L")
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=70); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1]); c.showPage()
    c.save(); DOCS.append(d.d)

# ---------- text-layer PDF helpers ----------
PW, PH_ = A4
def pdf_line(doc, c, page, x, y, line, fname="Helvetica", size=10):
    """y = baseline in PDF coords"""
    text, marks = segs(line)
    c.setFont(fname, size); c.drawString(x, y, text)
    asc, desc = 0.78*size, -0.24*size
    for s, e, t, tag in marks:
        x0 = x + stringWidth(text[:s], fname, size); x1 = x0 + stringWidth(t, fname, size)
        doc.add(tag, t, page, [(x0-1)/PW, (PH_-(y+asc)-1)/PH_, (x1+1)/PW, (PH_-(y+desc)+1)/PH_])
    return text

def pdf_pil(c, doc, page, img, x, y_top, w, h, fmt=None, value=None):
    c.drawImage(ImageReader(img), x, PH_-y_top-h, w, h)
    if fmt: doc.code(fmt, value, page, [round(x/PW, 4), round(y_top/PH_, 4), round((x+w)/PW, 4), round((y_top+h)/PH_, 4)])

def f06():
    d = Doc("h-f06", "h-f06-discharge-summary.pdf", "pdf", "discharge_summary_pdf", "Dr Samira El-Amin", pages=3)
    c = canvas.Canvas(d.path, pagesize=A4)
    pages = [
        ["{{Pennine Lakes Teaching Hospitals NHS Foundation Trust}}", "ELECTRONIC DISCHARGE NOTIFICATION", "",
         "Patient: [[Mr Harold Bellamy|PN]]     DOB: {{11/02/1939}}     Sex: {{Male}}",
         "NHS No: [[4863301745|NHS]]     Hospital No: [[WGH0561187|HN]]",
         "Address: [[22 Cragside Avenue, Kendal|AD]], [[LA9 6EZ|PC]]",
         "Next of kin: [[Jonathan Bellamy|RN]] (son)  Tel: [[01632 960 771|PH]]",
         "GP: Dr [[Imran Chaudhry|CN]], [[Stricklandgate Surgery|AD]]", "",
         "Ward: {{Ward 21}}     Admitted: {{03/08/2023}}     Discharged: {{09/08/2023}}",
         "Consultant: {{Dr Samira El-Amin}}", "",
         "Primary diagnosis: {{Ischaemic stroke, left MCA territory (I63.5)}}",
         "NIHSS on admission {{9}}, at discharge {{4}}. {{Modified Rankin Scale 3}}.",
         "Fall on ward {{05/08/2023}} - no injury; incident [[W148823|REF]]."],
        ["Page {{2}} of 3      [[Mr Harold Bellamy|PN]]   [[WGH0561187|HN]]", "",
         "Medications on discharge:",
         "  {{Clopidogrel 75 mg}} once daily (after {{aspirin 300 mg}} for 2 weeks)",
         "  {{Atorvastatin 80 mg}} at night",
         "  {{Ramipril 2.5 mg}} once daily",
         "Swallow: {{IDDSI level 1}} fluids; SALT [[Nadine Kershaw|CN]] to review.",
         "Community stroke team referral ref [[CST-KEN-20230809-14|REF]]."],
        ["Page {{3}} of 3      [[Mr Harold Bellamy|PN]]", "",
         "Information given to: [[Jonathan|RN]] and [[Harold|PN]] together on {{08/08/2023}}.",
         "Patient portal: [[https://myrecord.plth.example.nhs.uk/p/WGH0561187|URL]]",
         "Completed by: {{Dr Samira El-Amin}}, Medical Registrar"]]
    q = qr_img("https://myrecord.plth.example.nhs.uk/p/WGH0561187", 4)
    for pi, lines in enumerate(pages, 1):
        y = PH_ - 60
        for ln in lines:
            pdf_line(d, c, pi, 50, y, ln, "Helvetica-Bold" if ln.startswith("ELECTRONIC") else "Helvetica", 10); y -= 18
        if pi == 1:
            pdf_pil(c, d, 1, code128_img("WGH0561187", 0.25, 7.0), 380, 60, 170, 40, "Code128", "WGH0561187")
        if pi == 3:
            pdf_pil(c, d, 3, q, 450, 700, 90, 90, "QR", "https://myrecord.plth.example.nhs.uk/p/WGH0561187")
        c.showPage()
    c.save(); DOCS.append(d.d)

def f07():
    d = Doc("h-f07", "h-f07-audit-report.pdf", "pdf", "audit_report_pdf", "Dr Ayesha Siddiqui", pages=2)
    c = canvas.Canvas(d.path, pagesize=A4)
    rows = [("[[ED23-118402|HN]]", "[[R.T.|PN]]", "{{74}}", "{{8}}", "{{42}}"), ("[[ED23-118877|HN]]", "[[J. McKenna|PN]]", "{{31}}", "{{5}}", "{{96}}"),
            ("[[ED23-119015|HN]]", "[[A.B-O.|PN]]", "{{88}}", "{{11}}", "{{38}}"), ("[[ED23-119260|HN]]", "[[S. Pryce|PN]]", "{{57}}", "{{7}}", "{{71}}"),
            ("[[ED23-119301|HN]]", "[[K.W.|PN]]", "{{66}}", "{{6}}", "{{55}}"), ("[[ED23-119644|HN]]", "[[D. Oyebanji|PN]]", "{{45}}", "{{9}}", "{{63}}")]
    head = ["Sepsis re-audit - {{Southmead Hospital}} {{Emergency Department}}", "Auditor: {{Dr Ayesha Siddiqui}}   Supervisor: {{Dr Paul Okonkwo-Hart}}",
            "Standard: {{NICE NG51}} - antibiotics within {{1 hour}} of recognition", ""]
    y = PH_ - 60
    for ln in head: pdf_line(d, c, 1, 50, y, ln); y -= 18
    cols = [50, 160, 270, 330, 400]
    c.setFont("Helvetica-Bold", 10)
    for x, h in zip(cols, ["ED no.", "Patient", "Age", "NEWS2", "Door-abx (min)"]): c.drawString(x, y, h)
    y -= 16
    for r in rows:
        for x, cell in zip(cols, r): pdf_line(d, c, 1, x, y, cell)
        y -= 16
    y -= 10
    pdf_line(d, c, 1, 50, y, "Compliance {{61%}} (n={{54}}). Verified: {{Dr Paul Okonkwo-Hart}}")
    c.showPage()
    y = PH_ - 60
    for ln in ["Page {{2}} - Case notes", "[[J. McKenna|PN]] (frequent attender, [[Lawrence Weston|AD]]) waited 40 min for a cannula;",
               "his sister [[Mrs Tina Rowles|RN]] complained (ref [[PALS-NBT-23-0917|REF]]).",
               "Nurse in charge [[Harpreet Sandhu|CN]] escalated to the {{EPIC}} at {{03:10}}.",
               "Next cycle: {{Sepsis Six}} grab-bags in {{Majors}}; re-audit {{April 2024}}."]:
        pdf_line(d, c, 2, 50, y, ln); y -= 18
    c.showPage(); c.save(); DOCS.append(d.d)

def f12():
    d = Doc("h-f12", "h-f12-ed-card.pdf", "pdf", "ed_card_pdf", "Dr Zainab Qureshi", pages=2)
    c = canvas.Canvas(d.path, pagesize=A4)
    p1 = ["{{Ninewells Hospital}} Emergency Department - Attendance record",
          "Attendance: [[ED-NW-24-0031187|HN]]   CHI: [[0106193481|NHS]]",
          "Name: [[PIPPA STRACHAN|PN]]   DOB {{01/06/2019}}   {{F}}",
          "Address: [[Static 44, Seaton Estate Caravan Park|AD]], [[Arbroath|AD]] [[DD11 5SE|PC]]",
          "Accompanied by: [[Maureen Strachan|RN]] (grandmother) [[01632 960 388|PH]]",
          "Triage: {{Manchester Triage}} {{Orange}}   Time {{14:22}}",
          "PC: ingested {{button battery}} ({{20 mm}}), ~{{1 hour}} ago",
          "Tx: {{honey 10 mL}} x3; XR neck/chest; ENT ([[Mr Lorimer|CN]]) informed",
          "Seen by: {{Dr Zainab Qureshi}}   Triage nurse: [[Gail Henderson|CN]]"]
    y = PH_ - 70
    for ln in p1: pdf_line(d, c, 1, 50, y, ln, "Helvetica", 10); y -= 18
    pdf_pil(c, d, 1, code128_img("ED-NW-24-0031187", 0.22, 6.0), 360, 30, 190, 34, "Code128", "ED-NW-24-0031187")
    # photograph of the child's X-ray with a name burnt in
    ph = Image.new("RGB", (400, 300), (20, 20, 20)); pd = ImageDraw.Draw(ph)
    pd.ellipse((150, 100, 250, 200), outline=(230, 230, 230), width=6); pd.ellipse((175, 125, 225, 175), outline=(200, 200, 200), width=3)
    pd.text((10, 270), "STRACHAN P 0106193481", fill=(255, 255, 255), font=font("mono", 16))
    c.drawImage(ImageReader(ph), 50, PH_-600, 200, 150)
    d.d["photos"].append({"page": 1, "box": [round(50/PW, 4), round(450/PH_, 4), round(250/PW, 4), round(600/PH_, 4)],
                          "what": "radiograph with patient name and CHI burnt into the image (not in the text layer)"})
    c.showPage()
    y = PH_ - 70
    for ln in ["Page {{2}}   [[PIPPA STRACHAN|PN]]   [[ED-NW-24-0031187|HN]]",
               "Safeguarding screen: no concerns. School: [[Ladyloan Primary School|AD]].",
               "Discharge: to ward {{Ward 29}} post-endoscopy. Social work ref [[ASW-ANG-24-1180|REF]].",
               "Checked: {{Dr Angus Kilbride}}, Consultant"]:
        pdf_line(d, c, 2, 50, y, ln); y -= 18
    pdf_pil(c, d, 2, code128_img("ED-NW-24-0031187", 0.22, 6.0), 360, 30, 190, 34, "Code128", "ED-NW-24-0031187")
    c.showPage(); c.save(); DOCS.append(d.d)

# ---------- f11: whiteboard photo PNG ----------
def f11():
    d = Doc("h-f11", "h-f11-ward-whiteboard.png", "png", "whiteboard_photo", "Dr Grace Oduya")
    W, H = 1600, 1000
    img = Image.new("RGB", (W, H), (245, 246, 240)); dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, W, 70), fill=(40, 60, 120))
    draw_line(d, dr, W, H, 1, (30, 15), "{{AMU}} board  {{02/06/2023}}", font("libb", 36), fill=(255, 255, 255))
    f = font("sans", 30)
    rows = ["{{Bed 1}}  [[C. Ashworth|PN]]   {{DKA}}   Dr [[Parekh|CN]]",
            "{{Bed 2}}  [[P. Kinsella|PN]] ([[Patsy|PN]])   {{NSTEMI}}   {{DNACPR}}",
            "{{Bed 3}}  [[A. Warsame|PN]]   {{sickle crisis}}   PCA",
            "{{Bed 4}}  [[Mr Ojukwu-Blake|PN]]   {{NEWS2 7}}  review 22:00",
            "{{Bed 5}}  [[Edna F.|PN]]   {{#NOF}} - ortho geri",
            "{{Bed 6}}  EMPTY - cleaning",
            "Nurse in charge: [[Rosa Delgado|CN]]   Site: ext {{4040}}"]
    y = 110
    for r in rows:
        draw_line(d, dr, W, H, 1, (60, y), r, f, fill=(20, 30, 120)); dr.line((40, y+55, W-40, y+55), fill=(200, 200, 200)); y += 110
    img = noise(img, 5, 11)
    img.save(d.path); DOCS.append(d.d)

# ---------- DOCX ----------
def f08():
    d = Doc("h-f08", "h-f08-caseload.docx", "docx", "caseload_table_docx", "Dr Ravi Chandrasekaran")
    doc = docx.Document()
    ids, keep = [], []
    def P(line, style=None):
        text, marks = segs(line); doc.add_paragraph(text, style=style)
        for s, e, t, tag in marks: (keep if tag == "K" else ids).append((t, tag))
    P("Community caseload review - {{Dorset HealthCare University NHS Foundation Trust}}", "Heading 1")
    P("Prepared by {{Dr Ravi Chandrasekaran}}, Consultant Psychiatrist. Supervisor sign-off: {{Dr Helena Burrows}}.")
    rows = [["RiO", "Initials", "Name", "Age", "Legal status", "Care coordinator", "Risk"],
            ["[[1003849|HN]]", "[[KA-M|PN]]", "[[Kwabena Ansah-Mensah|PN]]", "{{41}}", "{{MHA s.3}}", "[[Shirin Farahani|CN]]", "High"],
            ["[[1002217|HN]]", "[[GH|PN]]", "[[Gerald Hoskins|PN]]", "{{63}}", "{{CTO s.17A}}", "[[Mark Tulley|CN]]", "Medium"],
            ["[[1004410|HN]]", "[[DSJ|PN]]", "[[Dominic St-John|PN]]", "{{29}}", "Informal", "[[Shirin Farahani|CN]]", "Medium"],
            ["[[1001893|HN]]", "[[AA|PN]]", "[[Abiola Adeyemo|PN]]", "{{52}}", "Informal", "[[Kelly Brand|CN]]", "Low"],
            ["[[1005532|HN]]", "[[TW|PN]]", "[[Tegan Wyatt|PN]]", "{{19}}", "{{MHA s.2}}", "[[Mark Tulley|CN]]", "High"]]
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, cell in enumerate(r):
            text, marks = segs(cell); t.cell(i, j).text = text
            for s, e, tt, tag in marks: (keep if tag == "K" else ids).append((tt, tag))
    P("Notes: [[Tegan Wyatt|PN]]'s mother ([[Carol Wyatt|RN]], [[07700 900 584|PH]]) is the nearest relative. [[Gerald Hoskins|PN]] lives at [[Flat 2, 18 Prince of Wales Road, Dorchester|AD]] [[DT1 1PW|PC]].")
    P("Diagnoses use {{ICD-10}}: {{F20.0}}, {{F31.1}}, {{F60.3}}. {{Clozapine}} monitoring via {{ZTAS}}.")
    doc.save(d.path)
    seen = set()
    for t_, tag in ids:
        if t_ not in seen: seen.add(t_); d.d["identifiers"].append({"text": t_, "type": TYPES[tag]})
    d.d["keep"] = list(dict.fromkeys(k for k, _ in keep))
    DOCS.append(d.d)

def f09():
    d = Doc("h-f09", "h-f09-reflection.docx", "docx", "reflection_docx", "Dr Fenella Ashcombe")
    doc = docx.Document(); ids, keep = [], []
    def P(line, style=None):
        text, marks = segs(line); doc.add_paragraph(text, style=style)
        for s, e, t, tag in marks: (keep if tag == "K" else ids).append((t, tag))
    P("Reflective account: a death at home", "Heading 1")
    P("Author: {{Dr Fenella Ashcombe}}   Date: {{02/02/2024}}   Service: {{St Columba's Hospice}}")
    P("[[Arthur|PN]] died at home in [[Wheal Rose|AD]] on {{29/01/2024}}, as he wished. [[Morwenna|RN]] phoned me at {{04:10}}; the out-of-hours GP, Dr [[Lanyon|CN]], could not attend for three hours.")
    P("Before he died, [[Mr Penhaligon|PN]] had needed {{midazolam 2.5 mg}} and {{morphine 2.5 mg}} s/c; the syringe driver ({{diamorphine 15 mg}}/24 h) was set up by nurse [[Kerenza Pascoe|CN]].")
    P("[[Jory|RN]] from [[the Plume of Feathers|AD]] sat with [[Morwenna Penhaligon|RN]] until her daughter arrived from [[Redruth|AD]].")
    P("Learning: {{Gold Standards Framework}} meetings, {{ReSPECT}} and verification of expected death. Discussed with {{Dr Judith Penrose}} (supervisor).")
    doc.save(d.path)
    seen = set()
    for t_, tag in ids:
        if t_ not in seen: seen.add(t_); d.d["identifiers"].append({"text": t_, "type": TYPES[tag]})
    d.d["keep"] = list(dict.fromkeys(k for k, _ in keep))
    DOCS.append(d.d)

def f10():
    d = Doc("h-f10", "h-f10-referral.eml", "eml", "referral_email_eml", "Dr Nadia Farouk")
    ids, keep = [], []
    def S(line):
        text, marks = segs(line)
        for s, e, t, tag in marks: (keep if tag == "K" else ids).append((t, tag))
        return text
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"] = S("{{Nadia Farouk}} <{{nadia.farouk@nhs.net}}>")
    m["To"] = S("[[dietetics.stjohns@nhslothian.example.scot|EM]]")
    m["Cc"] = S("[[shona.duthie1985@example.com|EM]]")
    m["Subject"] = S("Gluten-free diet referral - [[Lewis Duthie|PN]] - CHI [[1204173392|NHS]] - our ref [[PAU/NF/0912|REF]]")
    m["Date"] = "Wed, 13 Sep 2023 09:05:00 +0100"
    body = "\n".join(S(x) for x in [
        "Dear dietetics team,", "",
        "Please see [[Lewis|PN]] ({{6 years}}, DOB {{12/04/2017}}) for gluten-free diet education. {{tTG-IgA}} {{>128 U/mL}};",
        "{{EMA}} positive; diagnosis of {{coeliac disease}} made on the {{ESPGHAN 2020}} no-biopsy pathway.",
        "Weight {{17.1 kg}} (<{{9th centile}}).", "",
        "Mum, [[Shona Duthie|RN]], has copied herself in; she would prefer a clinic nearer [[Dedridge|AD]] than {{St John's Hospital, Livingston}}.",
        "Home: [[01632 960 447|PH]]. Address: [[9 Limefield Court, Dedridge|AD]] [[EH54 6HZ|PC]].",
        "Health visitor: [[Morag O'Brien|CN]] ([[m.obrien@nhs.net|EM]]).", "",
        "Kind regards,", "{{Dr Nadia Farouk}}", "Specialty Doctor, Paediatrics, {{Royal Hospital for Children and Young People, Edinburgh}}"])
    m.set_content(body)
    with open(d.path, "wb") as fh: fh.write(bytes(m))
    seen = set()
    for t_, tag in ids:
        if t_ not in seen: seen.add(t_); d.d["identifiers"].append({"text": t_, "type": TYPES[tag]})
    d.d["keep"] = list(dict.fromkeys(k for k, _ in keep))
    DOCS.append(d.d)

if __name__ == "__main__":
    for fn in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12): fn()
    for d in DOCS:
        if d["format"] in ("docx", "eml"):
            for k in ("barcodes", "photos"): d.pop(k, None)
        elif not d["photos"]: d.pop("photos")
    with open(os.path.join(HERE, "files.jsonl"), "w") as fh:
        for d in DOCS: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(DOCS), "file documents")
