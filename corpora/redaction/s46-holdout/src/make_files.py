"""Render the file documents (files/) and write files.jsonl.
Barcodes and QR codes come from reportlab.graphics.barcode (qrcode/segno/python-barcode are not installed);
they are rendered through a throw-away PDF with pypdfium2 and pasted into PIL images, or drawn straight onto
reportlab PDF pages. All wording on the files is hand-written below, file by file."""
import io, json, os, random, email.utils
from email.message import EmailMessage
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
FILES = os.path.join(OUT, "files")
os.makedirs(FILES, exist_ok=True)
random.seed(46)

FD = "/usr/share/fonts/truetype/"
def F(name, size):
    return ImageFont.truetype(FD + name, size)
SANS, SANSB = "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"
SERIF, MONO = "liberation/LiberationSerif-Regular.ttf", "dejavu/DejaVuSansMono.ttf"
SANSN = "liberation/LiberationSansNarrow-Regular.ttf"

PN, RN, CN, AD, PC, PH, EM = ("PATIENT_NAME", "RELATIVE_NAME", "COLLEAGUE_NAME", "ADDRESS", "POSTCODE", "PHONE",
                              "EMAIL")
NHS, HN, REF, GMC, URL, OID = ("NHS_NUMBER", "HOSPITAL_NUMBER", "REFERENCE_NUMBER", "GMC_NUMBER", "URL", "OTHER_ID")
K = "keep"


# ------------------------------------------------------------------ barcode rendering (reportlab -> pdfium -> PIL)
def _rl_drawing_pdf(draw_fn, w, h):
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, pagesize=(w, h))
    draw_fn(c)
    c.save()
    return buf.getvalue()


def code128_image(value, px_per_module=3, bar_h_px=90):
    b = code128.Code128(value, barWidth=1, barHeight=bar_h_px / px_per_module, quiet=1, humanReadable=False)
    pdf = pdfium.PdfDocument(_rl_drawing_pdf(lambda c: b.drawOn(c, 0, 0), b.width, b.height))
    return pdf[0].render(scale=px_per_module).to_pil().convert("RGB")


def qr_image(value, size_px=180):
    w = QrCodeWidget(value)
    x0, y0, x1, y1 = w.getBounds()
    d = Drawing(size_px, size_px, transform=[size_px / (x1 - x0), 0, 0, size_px / (y1 - y0), 0, 0])
    d.add(w)
    pdf = pdfium.PdfDocument(_rl_drawing_pdf(lambda c: renderPDF.draw(d, c, 0, 0), size_px, size_px))
    return pdf[0].render(scale=1).to_pil().convert("RGB")


# ------------------------------------------------------------------ PIL page with annotated segments
class Sheet:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.anns = []      # (role/type, text, box px)
        self.codes = []     # (format, value, box px)
        self.photos = []

    def line(self, x, y, segs, font, fill=(20, 20, 20)):
        """segs: plain strings, or (string, TYPE) for identifiers, or (string, K) for keep strings."""
        for seg in segs:
            s, role = (seg, None) if isinstance(seg, str) else seg
            if role:
                self.anns.append((role, s, self.d.textbbox((x, y), s, font=font)))
            self.d.text((x, y), s, font=font, fill=fill)
            x += font.getlength(s)
        return x

    def paste(self, img, x, y, fmt, value):
        self.im.paste(img, (int(x), int(y)))
        self.codes.append((fmt, value, (x, y, x + img.width, y + img.height)))

    def frac(self, b, page=1):
        x0, y0, x1, y1 = b
        m = 2
        return [round(max(0, x0 - m) / self.w, 4), round(max(0, y0 - m) / self.h, 4),
                round(min(self.w, x1 + m) / self.w, 4), round(min(self.h, y1 + m) / self.h, 4)]


def sheet_record(sheets, rid, fname, fmt, kind, applicant):
    ids, keep, codes, photos = [], [], [], []
    for p, sh in enumerate(sheets, 1):
        for role, s, b in sh.anns:
            if role == K:
                keep.append({"text": s, "page": p, "box": sh.frac(b)})
            else:
                ids.append({"text": s, "type": role, "page": p, "box": sh.frac(b)})
        for f, v, b in sh.codes:
            codes.append({"format": f, "value": v, "page": p, "box": sh.frac(b)})
        for b, what in sh.photos:
            photos.append({"page": p, "box": sh.frac(b), "what": what})
    rec = {"id": rid, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant,
           "pages": len(sheets), "identifiers": ids, "keep": keep}
    if codes:
        rec["barcodes"] = codes
    if photos:
        rec["photos"] = photos
    return rec


def scan_effect(im, seed):
    rnd = random.Random(seed)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    px = im.load()
    for _ in range(im.width * im.height // 60):
        x, y = rnd.randrange(im.width), rnd.randrange(im.height)
        v = rnd.randrange(150, 235)
        px[x, y] = (v, v, v)
    tint = Image.new("RGB", im.size, (238, 234, 222))
    return Image.blend(im, tint, 0.12)


RECORDS = []

# ================================================================ ho-077 wristband photo (PNG, Code128)
sh = Sheet(1400, 900, bg=(92, 104, 118))
f_cap = F(SANS, 26)
sh.d.rectangle((0, 0, 1400, 70), fill=(245, 245, 245))
sh.line(30, 20, [("Dr Ravindra Kulasekara", K), " - portfolio item 6.3 - wristband photographed for incident ",
                 ("W104422", REF), " reflection"], f_cap)
sh.d.rounded_rectangle((60, 260, 1340, 600), radius=40, fill=(250, 250, 247), outline=(200, 200, 200), width=3)
fb, fr = F(SANSB, 44), F(SANS, 34)
sh.line(110, 290, [("ANSTEY, Ruth", PN)], fb)
sh.line(110, 355, [("DOB: 02/10/1977", K), "   ", ("F", K)], fr)
sh.line(110, 410, ["MRN: ", ("N0498120", HN)], fr)
sh.line(110, 465, ["NHS: ", ("709 331 2054", NHS)], fr)
sh.line(110, 530, [("Northmoor General Hospital", K), "  ", ("Ward 9", K)], F(SANS, 28))
sh.paste(code128_image("N0498120", 3, 120), 800, 300, "Code128", "N0498120")
sh.line(60, 820, ["Photo taken 16/08/2023 with the patient's consent for teaching; verified by ",
                  ("Mr Jonathan Hale-Whitby", K)], F(SANS, 24), fill=(240, 240, 240))
sh.im.save(os.path.join(FILES, "ho-077-wristband.png"))
RECORDS.append(sheet_record([sh], "ho-077", "ho-077-wristband.png", "png", "wristband_photo",
                            "Dr Ravindra Kulasekara"))

# ================================================================ ho-078 paediatric wristband (JPEG, QR + Code128)
sh = Sheet(1600, 1000, bg=(214, 196, 170))
sh.d.rounded_rectangle((40, 330, 1560, 700), radius=60, fill=(198, 226, 246), outline=(120, 160, 200), width=4)
fb, fr = F(SANSB, 46), F(SANS, 36)
sh.line(90, 360, [("STOTT, Kayden Lee", PN)], fb)
sh.line(90, 425, [("DOB 11/02/2023", K), "  ", ("M", K)], fr)
sh.line(90, 480, ["Hosp No ", ("H7790551", HN)], fr)
sh.line(90, 535, ["NHS ", ("720 118 8442", NHS)], fr)
sh.line(90, 600, [("Harrowgate Royal Infirmary", K), " - ", ("Ward 5", K)], F(SANS, 30))
sh.paste(qr_image("7201188442", 220), 1280, 400, "QRCode", "7201188442")
sh.paste(code128_image("H7790551", 3, 110), 760, 380, "Code128", "H7790551")
sh.d.rectangle((0, 900, 1600, 1000), fill=(255, 255, 255))
sh.line(30, 930, ["Portfolio of ", ("Dr Maria Cristina Dela Peña", K),
                  " - safeguarding section - admission wristband (", ("MASH-HG-23-08841", REF), ")"], F(SANS, 28))
sh.im.save(os.path.join(FILES, "ho-078-wristband.jpg"), quality=90)
RECORDS.append(sheet_record([sh], "ho-078", "ho-078-wristband.jpg", "jpeg", "wristband_photo",
                            "Dr Maria Cristina Dela Peña"))

# ================================================================ ho-079 addressograph label sheet (PNG, 4 labels)
sh = Sheet(1240, 1000)
sh.line(40, 25, ["Falls clinic 06/09/2022 - labels attached to MDT sheet - ", ("Dr Kwabena Asante-Mireku", K)],
        F(SANS, 24))
fl, fs = F(SANSB, 28), F(SANS, 24)
for (x, y) in [(40, 90), (640, 90), (40, 530), (640, 530)]:
    sh.d.rectangle((x, y, x + 560, y + 400), outline=(170, 170, 170), width=2)
    sh.line(x + 20, y + 20, [("PICKERSGILL, Harold Ernest", PN)], fl)
    sh.line(x + 20, y + 65, [("DOB 01/03/1934", K), "  ", ("Male", K)], fs)
    sh.line(x + 20, y + 100, ["PAS ", ("00419983", HN), "  NHS ", ("943 476 5870", NHS)], fs)
    sh.line(x + 20, y + 135, [("2 Beech Bungalows, Penmorrow", AD), " ", ("PM2 4GH", PC)], fs)
    sh.line(x + 20, y + 170, ["GP: ", ("Dr A. Kennet-Shaw", CN), " (", ("Gorse Lane Surgery", AD), ")"], fs)
    sh.paste(code128_image("00419983", 3, 110), x + 40, y + 230, "Code128", "00419983")
sh.im.save(os.path.join(FILES, "ho-079-addressograph-sheet.png"))
RECORDS.append(sheet_record([sh], "ho-079", "ho-079-addressograph-sheet.png", "png", "addressograph_labels",
                            "Dr Kwabena Asante-Mireku"))

# ================================================================ ho-080 request form with label (JPEG, QR + 2 x Code128)
sh = Sheet(1240, 1754)
ft, f, fb = F(SANSB, 40), F(SANS, 28), F(SANSB, 30)
sh.line(60, 50, [("Brookvale University Hospital", K), " - Blood Sciences request"], ft)
sh.d.rectangle((60, 140, 760, 560), outline=(0, 0, 0), width=3)
sh.line(80, 160, [("NWACHUKWU-ABARA, Gloria", PN)], fb)
sh.line(80, 210, [("DOB 12/12/1950", K), "   Sex ", ("F", K)], f)
sh.line(80, 255, ["BUH ", ("B1199034", HN)], f)
sh.line(80, 300, ["NHS ", ("610 297 4453", NHS)], f)
sh.line(80, 345, [("43 Ivy Lane, Brookvale", AD), " ", ("BV3 2XX", PC)], f)
sh.paste(code128_image("B1199034", 3, 100), 80, 400, "Code128", "B1199034")
sh.paste(qr_image("NHS:6102974453", 200), 800, 150, "QRCode", "NHS:6102974453")
sh.line(60, 620, ["Lab accession: ", ("BV220809-0441", OID)], f)
sh.paste(code128_image("BV220809-0441", 3, 90), 60, 670, "Code128", "BV220809-0441")
sh.line(60, 820, ["Tests: ", ("FBC, U&E, LFT, clotting, G&S x2", K)], f)
sh.line(60, 870, ["Clinical details: pre-op robotic cystectomy, ", ("eGFR 48", K), ", on amlodipine"], f)
sh.line(60, 940, ["Requesting clinician: ", ("Dr Haider Al-Jubouri", K), "  bleep ", ("2291", PH)], f)
sh.line(60, 990, ["Location: ", ("Pre-operative Assessment Clinic", K), "   Date/time: 09/08/2022 10:40"], f)
sh.line(60, 1060, ["Consultant: ", ("Mr Stephens", CN), " (Urology)"], f)
sh.line(60, 1600, ["Form scanned for portfolio - verified by ", ("Dr Imogen Carlisle-Hurst", K)], F(SANS, 24))
img = scan_effect(sh.im, 80)
img.save(os.path.join(FILES, "ho-080-request-form.jpg"), quality=80)
RECORDS.append(sheet_record([sh], "ho-080", "ho-080-request-form.jpg", "jpeg", "request_form_scan",
                            "Dr Haider Al-Jubouri"))

# ================================================================ ho-081 scanned clinic letter, 2 pages, image-only PDF
p1 = Sheet(1240, 1754)
fh, f, fb = F(SERIF, 34), F(SERIF, 27), F(SERIF, 28)
p1.line(80, 60, [("Kingsmere General Hospital", K), " - Trauma & Orthopaedics"], fh)
p1.line(80, 110, [("Fracture Clinic, Abbey Road, Kingsmere", AD), " ", ("KM1 3RT", PC), "   Tel ",
                  ("01632 960440", PH)], f)
p1.line(80, 200, ["Our ref: ", ("TW/FC/0324-118", REF)], f)
p1.line(80, 240, ["Clinic date: 14/03/2024"], f)
p1.d.rectangle((700, 190, 1170, 470), outline=(60, 60, 60), width=2)
p1.line(720, 205, [("NOWAK, Piotr", PN)], fb)
p1.line(720, 245, [("DOB 09/09/1966", K), "  ", ("M", K)], f)
p1.line(720, 285, ["K-no ", ("K0102288", HN)], f)
p1.line(720, 325, ["NHS ", ("452 018 7730", NHS)], f)
p1.paste(code128_image("K0102288", 2, 70), 730, 370, "Code128", "K0102288")
p1.line(80, 330, [("Dr Harriet Lomax", CN)], f)
p1.line(80, 365, [("Abbey Lane Surgery", AD)], f)
p1.line(80, 400, [("3 Abbey Lane, Kingsmere", AD), " ", ("KM1 8HX", PC)], f)
y = 540
for segs in [
    ["Dear ", ("Dr Lomax", CN), ","],
    ["Re: ", ("Mr Piotr Nowak", PN), ", ", ("12 Rowan Court, Kingsmere", AD), " ", ("KM2 5AB", PC)],
    ["Diagnosis: ", ("Weber C fracture of the right ankle with syndesmotic injury", K)],
    ["Operation: ORIF (one-third tubular plate) and ", ("syndesmotic screw", K), " on 01/03/2024."],
    ["I reviewed ", ("Mr Nowak", PN), " today, 2 weeks post-operatively. The wound has healed and the"],
    ["clips were removed. Radiographs show maintained reduction, medial clear space 3 mm."],
    ["He should remain ", ("non-weight-bearing for 6 weeks", K), " in total, then progress in a boot."],
    ["He cannot drive until he can perform an emergency stop, probably at 9-10 weeks."],
    ["His wife, ", ("Mrs Anna Nowak", RN), ", asked for a fit note, which I have provided."],
]:
    p1.line(80, y, segs, f)
    y += 48
p2 = Sheet(1240, 1754)
p2.line(80, 60, ["Page 2 - ", ("NOWAK, Piotr", PN), " - ", ("K0102288", HN)], f)
y = 140
for segs in [
    ["Thromboprophylaxis: ", ("rivaroxaban 10 mg od", K), " until fully weight-bearing."],
    ["Follow-up: fracture clinic in 4 weeks with a weight-bearing ankle X-ray."],
    [""],
    ["Yours sincerely,"],
    [""],
    [("Dr Tomasz Wróblewski", K)],
    ["Specialty Doctor, Trauma & Orthopaedics, GMC ", ("7422890", K)],
    [""],
    ["cc: ", ("Mr Piotr Nowak", PN), " (patient)"],
    ["    Physiotherapy, ", ("Kingsmere General Hospital", K)],
    [""],
    ["Verified as a true copy: ", ("Mr Graham Aitchison", K), ", Consultant Orthopaedic Surgeon"],
]:
    p2.line(80, y, segs, f)
    y += 48
pages = [scan_effect(p.im, i) for i, p in enumerate((p1, p2))]
pages[0].save(os.path.join(FILES, "ho-081-scanned-letter.pdf"), save_all=True, append_images=pages[1:],
              resolution=150)
RECORDS.append(sheet_record([p1, p2], "ho-081", "ho-081-scanned-letter.pdf", "pdf", "scanned_clinic_letter_pdf",
                            "Dr Tomasz Wróblewski"))


# ================================================================ reportlab PDFs with a text layer
class RLDoc:
    def __init__(self, path):
        self.c = rlcanvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.page = 1
        self.ids, self.keep, self.codes = [], [], []

    def line(self, x, y_top, segs, font="Helvetica", size=10):
        """y_top: distance of the baseline from the top of the page, in points."""
        y = self.H - y_top
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        self.c.setFont(font, size)
        for seg in segs:
            s, role = (seg, None) if isinstance(seg, str) else seg
            w = pdfmetrics.stringWidth(s, font, size)
            if role:
                box = [round((x - 1) / self.W, 4), round((self.H - y - asc - 1) / self.H, 4),
                       round((x + w + 1) / self.W, 4), round((self.H - y - desc + 1) / self.H, 4)]
                if role == K:
                    self.keep.append({"text": s, "page": self.page, "box": box})
                else:
                    self.ids.append({"text": s, "type": role, "page": self.page, "box": box})
            self.c.drawString(x, y, s)
            x += w
        return x

    def code128(self, x, y_top, value, bar_h=30, bw=1.1):
        b = code128.Code128(value, barWidth=bw, barHeight=bar_h, humanReadable=False)
        y = self.H - y_top - bar_h
        b.drawOn(self.c, x, y)
        self.codes.append({"format": "Code128", "value": value, "page": self.page,
                           "box": [round(x / self.W, 4), round(y_top / self.H, 4),
                                   round((x + b.width) / self.W, 4), round((y_top + bar_h) / self.H, 4)]})

    def qr(self, x, y_top, value, size=70):
        w = QrCodeWidget(value)
        x0, y0, x1, y1 = w.getBounds()
        d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        d.add(w)
        renderPDF.draw(d, self.c, x, self.H - y_top - size)
        self.codes.append({"format": "QRCode", "value": value, "page": self.page,
                           "box": [round(x / self.W, 4), round(y_top / self.H, 4),
                                   round((x + size) / self.W, 4), round((y_top + size) / self.H, 4)]})

    def next_page(self):
        self.c.showPage()
        self.page += 1

    def record(self, rid, fname, kind, applicant):
        self.c.save()
        rec = {"id": rid, "file": "files/" + fname, "format": "pdf", "kind": kind, "applicant": applicant,
               "pages": self.page, "identifiers": self.ids, "keep": self.keep}
        if self.codes:
            rec["barcodes"] = self.codes
        return rec


# ---------------------------------------------------------------- ho-082 discharge summary PDF (text layer)
r = RLDoc(os.path.join(FILES, "ho-082-discharge-summary.pdf"))
r.line(50, 50, [("Queen Adelaide Hospital", K), " - Acute Medical Unit - Discharge Summary"], "Helvetica-Bold", 13)
r.line(50, 68, [("Hospital Road, Brackwater", AD), " ", ("BW7 2AD", PC), "  |  Switchboard ", ("01632 960100", PH)],
       size=9)
r.c.rect(320, r.H - 210, 225, 125)
r.line(330, 102, [("FOFANAH, Jamal", PN)], "Helvetica-Bold", 11)
r.line(330, 118, [("DOB 30/06/2004", K), "  ", ("Male", K)], size=10)
r.line(330, 133, ["MRN ", ("QAH2305561", HN), "  NHS ", ("487 220 1945", NHS)], size=9)
r.line(330, 147, [("21 Sandpiper Way, Brackwater", AD), " ", ("BW8 4LE", PC)], size=9)
r.code128(335, 155, "QAH2305561", bar_h=28, bw=0.9)
r.qr(220, 95, "https://www.qah.nhs.uk/p/QAH2305561", size=80)
y = 235
for segs in [
    ["Admitted: 01/02/2024 21:40     Discharged: 09/02/2024     Ward: ", ("AMU bay 3", K), " -> ", ("ICU", K)],
    ["Discharging doctor: ", ("Dr Sana Tariq Malik", K), ", Clinical Fellow (GMC ", ("7290634", K), ")"],
    ["Consultant: ", ("Dr Hilary Okonjo", K)],
    ["Diagnosis: ", ("Meningococcal septicaemia (A39.2)", K), ", purpura fulminans excluded."],
    ["Course: ", ("ceftriaxone 2 g IV bd", K), " for 7 days; intubated in ICU for 48 hours (", ("Dr Orla Brannigan", CN),
     ")."],
    ["Lactate peak ", ("6.8 mmol/L", K), "; noradrenaline max ", ("0.3 mcg/kg/min", K), "."],
    ["Public health: contacts given ", ("ciprofloxacin 500 mg", K), " single dose (UKHSA ref ", ("HPZ-24-01177", REF),
     ")."],
    ["Next of kin: mother, ", ("Mrs Isatu Fofanah", RN), ", mobile ", ("07700 900522", PH)],
    ["GP: ", ("Dr Kwame Boakye-Ansah", CN), ", ", ("Seaview Medical Centre", AD)],
    ["Follow-up: audiology at 4 weeks (post-meningococcal hearing screen)."],
]:
    r.line(50, y, segs, size=10)
    y += 20
r.line(50, 780, ["Summary verified for the portfolio of ", ("Dr Sana Tariq Malik", K), " by ",
                 ("Dr Hilary Okonjo", K)], "Helvetica-Oblique", 9)
RECORDS.append(r.record("ho-082", "ho-082-discharge-summary.pdf", "discharge_summary_pdf", "Dr Sana Tariq Malik"))

# ---------------------------------------------------------------- ho-083 anaesthetic logbook PDF, 2 pages
r = RLDoc(os.path.join(FILES, "ho-083-logbook.pdf"))
r.line(40, 45, ["Anaesthetic case log - ", ("Dr Haider Al-Jubouri", K), " (GMC ", ("7203569", K), ")"],
       "Helvetica-Bold", 12)
r.line(40, 62, [("Brookvale University Hospital", K), " - February 2023 - page 1 of 2"], size=9)
r.line(40, 90, ["Date        Patient ID     Age/Sex  ASA  Procedure                          Technique"],
       "Courier-Bold", 8)
rows1 = [
    ["02/02/2023  ", ("B1230017", HN), "     ", ("58 M", K), "     2    Lap cholecystectomy               GA ETT"],
    ["02/02/2023  ", ("B1228840", HN), "     ", ("34 F", K), "     1    Cat 2 LSCS                        ",
     ("spinal", K)],
    ["06/02/2023  ", ("B1231902", HN), "     ", ("81 F", K), "     3    Hemiarthroplasty                  spinal + FIB"],
    ["06/02/2023  ", ("RM", PN), " (no MRN)     ", ("7 M", K), "      1    Tonsillectomy                     GA RAE"],
    ["09/02/2023  ", ("B1199034", HN), "     ", ("72 F", K), "     3    Cystoscopy                        GA LMA"],
    ["13/02/2023  ", ("B1232556", HN), "     ", ("45 M", K), "     2    Laparotomy (", ("NELA 4.2%", K), ")          RSI"],
]
y = 106
for segs in rows1:
    r.line(40, y, segs, "Courier", 8)
    y += 14
r.line(40, 220, ["Note: case 06/02 hemiarthroplasty - patient's daughter (", ("Mrs Carole Whitlam", RN),
                 ") present at induction per dementia care plan."], size=8)
r.next_page()
r.line(40, 45, ["Anaesthetic case log - ", ("Dr Haider Al-Jubouri", K), " - page 2 of 2"], "Helvetica-Bold", 12)
y = 80
for segs in [
    ["20/02/2023  ", ("B1234410", HN), "     ", ("66 M", K), "     4    Emergency AAA repair              art + CVC, ",
     ("Dr R Gethin", CN)],
    ["27/02/2023  ", ("B1235077", HN), "     ", ("29 F", K), "     1    ERPC                              GA LMA"],
]:
    r.line(40, y, segs, "Courier", 8)
    y += 14
r.line(40, 140, ["Supervisor sign-off: ", ("Dr Imogen Carlisle-Hurst", K), ", Consultant Anaesthetist, GMC ",
                 ("4120577", GMC)], size=10)
r.line(40, 156, ["Contact: ", ("imogen.carlisle-hurst@nhs.net", EM)], size=10)
RECORDS.append(r.record("ho-083", "ho-083-logbook.pdf", "anaesthetic_logbook_pdf", "Dr Haider Al-Jubouri"))


# ================================================================ ho-084 / ho-085 DOCX
def docx_record(rid, fname, kind, applicant, ids, keep):
    return {"id": rid, "file": "files/" + fname, "format": "docx", "kind": kind, "applicant": applicant,
            "identifiers": [{"text": s, "type": t} for s, t in ids], "keep": [{"text": k} for k in keep]}


d = docx.Document()
d.sections[0].header.paragraphs[0].text = "Dr Eleanor Whitcombe - Reflective practice - Portfolio section 4"
d.add_heading("Reflection: a missed melanoma follow-up", level=1)
d.add_paragraph("Date written: 02/11/2023. Author: Dr Eleanor Whitcombe, Associate Specialist, "
                "Ravensby District General Hospital (GMC 6098813).")
d.add_paragraph("Mrs Harriet Ellis-Wood (DOB 17/06/1953), hospital number RV0380001, had a 0.9 mm Breslow "
                "melanoma excised in January. Her sentinel lymph node biopsy appointment was cancelled by the "
                "booking team and not rebooked. Her husband, Mr Geoffrey Ellis-Wood, telephoned from "
                "07700 900376 in May. I apologised under the Duty of Candour and expedited the SLNB, which was "
                "negative (pT1b N0).")
d.add_paragraph("I raised incident RDG-DX-23-5521 and met the booking manager, Ms Karen Oduya. We agreed a "
                "failsafe list for all 2WW skin cancer pathways, now checked weekly by our CNS, Tracey Wilmot.")
t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("Learning", "Failsafe lists for skin cancer follow-up (NICE NG14)"),
                            ("Change", "Weekly review of cancelled 2WW and SLNB appointments"),
                            ("Verified by", "Dr Ruth Penhallow, Consultant Dermatologist")]):
    t.cell(i, 0).text, t.cell(i, 1).text = a, b
d.save(os.path.join(FILES, "ho-084-reflection.docx"))
RECORDS.append(docx_record("ho-084", "ho-084-reflection.docx", "reflective_note_docx", "Dr Eleanor Whitcombe", [
    ("Harriet Ellis-Wood", PN), ("RV0380001", HN), ("Geoffrey Ellis-Wood", RN), ("07700 900376", PH),
    ("RDG-DX-23-5521", REF), ("Karen Oduya", CN), ("Tracey Wilmot", CN),
], ["Dr Eleanor Whitcombe", "6098813", "Ravensby District General Hospital", "DOB 17/06/1953",
    "0.9 mm Breslow", "pT1b N0", "Duty of Candour", "NICE NG14", "Dr Ruth Penhallow"]))

d = docx.Document()
d.sections[0].header.paragraphs[0].text = "ISCP Case-based Discussion - Dr Mohamed Farouk Abdelrahman - GMC 7045512"
d.add_heading("Case-based Discussion (CBD) - Otolaryngology", level=1)
t = d.add_table(rows=6, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([
    ("Trainee", "Dr Mohamed Farouk Abdelrahman"),
    ("Assessor", "Mr Desmond Oyelaran-Price, Consultant ENT Surgeon (GMC 4011872)"),
    ("Assessor email", "desmond.oyelaran-price@cliffmoor.nhs.uk"),
    ("Date", "19/09/2023"),
    ("Hospital", "Cliffmoor Hospital"),
    ("Global rating", "Level 4"),
]):
    t.cell(i, 0).text, t.cell(i, 1).text = a, b
d.add_paragraph("Case: a 6-year-old girl (Poppy Tregunna, CM 482 0019) with acute mastoiditis and a "
                "subperiosteal abscess. CT showed no intracranial extension. Cortical mastoidectomy and "
                "grommet insertion; IV ceftriaxone 80 mg/kg. Her father, Mr Jory Tregunna, consented.")
d.add_paragraph("Discussion points: Gradenigo's syndrome, Bezold abscess, when to involve the paediatric team "
                "(Dr Felicity Navarro, paediatric registrar).")
d.add_paragraph("Assessor comment: excellent; lead the next departmental teaching on complications of otitis media.")
d.save(os.path.join(FILES, "ho-085-cbd.docx"))
RECORDS.append(docx_record("ho-085", "ho-085-cbd.docx", "eportfolio_cbd_docx", "Dr Mohamed Farouk Abdelrahman", [
    ("4011872", GMC), ("desmond.oyelaran-price@cliffmoor.nhs.uk", EM), ("Poppy Tregunna", PN),
    ("CM 482 0019", HN), ("Jory Tregunna", RN), ("Felicity Navarro", CN),
], ["Dr Mohamed Farouk Abdelrahman", "7045512", "Mr Desmond Oyelaran-Price", "Cliffmoor Hospital", "Level 4",
    "6-year-old girl", "IV ceftriaxone 80 mg/kg", "Gradenigo's syndrome", "Bezold abscess", "19/09/2023"]))

# ================================================================ ho-086 e-mail (.eml)
m = EmailMessage()
m["From"] = "Ioana Mihailescu <ioana.mihailescu2@nhs.net>"
m["To"] = "Fernhill Duty Desk <fernhill.duty@eastleypartnership.nhs.uk>"
m["Cc"] = "Peter Ssali <peter.ssali@nhs.net>"
m["Subject"] = "Urgent: Mr Callum Teague (RiO 3306672) - missed depot and new threats"
m["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Tue, 16 Apr 2024 16:55:00 +0100"))
m.set_content("""Hi all,

Mr Callum Teague (RiO 3306672, NHS 489 117 3024, DOB 03/08/1989) missed his zuclopenthixol
decanoate 300 mg depot today. His mother, Mrs Lorraine Teague, rang from 07700 900818 to say he has
been sleeping in his car near 9 Kiln Yard, Eastley EY3 6TB, and has made threats towards a neighbour
(Mr Vince Dobson). I have discussed with the AMHP on duty (Simon Achebe) and with Dr Ssali.

Plan: joint home visit tomorrow 09:30 with police aware (log ref EAS-240416-0388); HTT referral if
he agrees; Mental Health Act 1983 assessment if not.

Ioana
Dr Ioana Mihăilescu, Specialty Doctor, Fernhill CMHT
""")
with open(os.path.join(FILES, "ho-086-email.eml"), "wb") as fh:
    fh.write(bytes(m))
RECORDS.append({"id": "ho-086", "file": "files/ho-086-email.eml", "format": "eml", "kind": "email_eml",
                "applicant": "Dr Ioana Mihăilescu", "identifiers": [{"text": s, "type": t} for s, t in [
                    ("ioana.mihailescu2@nhs.net", EM), ("fernhill.duty@eastleypartnership.nhs.uk", EM),
                    ("peter.ssali@nhs.net", EM), ("Callum Teague", PN), ("3306672", HN), ("489 117 3024", NHS),
                    ("Lorraine Teague", RN), ("07700 900818", PH), ("9 Kiln Yard, Eastley", AD), ("EY3 6TB", PC),
                    ("Vince Dobson", RN), ("Simon Achebe", CN), ("EAS-240416-0388", REF)]],
                "keep": [{"text": k} for k in ["Dr Ioana Mihăilescu", "Ioana Mihailescu", "Peter Ssali", "Dr Ssali",
                                               "DOB 03/08/1989", "zuclopenthixol\ndecanoate 300 mg",
                                               "Mental Health Act 1983", "Fernhill CMHT"]]})

# ================================================================ ho-087 clinical photograph with label (TIFF)
sh = Sheet(1200, 900, bg=(60, 70, 60))
sh.d.ellipse((150, 150, 1050, 750), fill=(214, 170, 140))            # skin
sh.d.line((300, 470, 900, 470), fill=(150, 60, 60), width=14)          # Pfannenstiel wound
sh.d.ellipse((560, 440, 660, 500), fill=(190, 90, 80))                 # erythema / gaping
sh.photos.append(((150, 150, 1050, 750), "clinical photograph of patient's abdominal wound"))
sh.d.rectangle((40, 30, 700, 140), fill=(255, 255, 255))
fl = F(SANSB, 28)
sh.line(55, 40, [("OKONKWO-BLAIR, Precious", PN)], fl)
sh.line(55, 90, [("AV5512098", HN), "  ", ("DOB 15/05/1992", K)], F(SANS, 26))
sh.d.rectangle((0, 800, 1200, 900), fill=(255, 255, 255))
sh.line(30, 830, [("Dr Chiamaka Nwosu-Eze", K), " - wound infection day 7 post ", ("category 2", K),
                  " CS - photo for M&M, consent on file"], F(SANS, 26))
sh.im.save(os.path.join(FILES, "ho-087-wound-photo.tiff"), compression="tiff_lzw")
RECORDS.append(sheet_record([sh], "ho-087", "ho-087-wound-photo.tiff", "tiff", "clinical_photo",
                            "Dr Chiamaka Nwosu-Eze"))

with open(os.path.join(OUT, "files.jsonl"), "w", encoding="utf-8") as fh:
    for rec in RECORDS:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(RECORDS)} file documents")
