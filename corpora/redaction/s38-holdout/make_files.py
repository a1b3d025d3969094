"""Render the file documents of set s38 (images, PDFs, DOCX, EML) and write files.jsonl.
Boxes are computed from the drawn glyph positions (PIL textbbox / reportlab stringWidth)."""
import os, json, random, io
import numpy as np, zxingcpp
from PIL import Image, ImageDraw, ImageFont, ImageFilter
ROOT = os.path.dirname(os.path.abspath(__file__)); FD = os.path.join(ROOT, "files"); os.makedirs(FD, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
if not os.path.exists(MONO): MONO = FONT
random.seed(38)
RECORDS = []

def bc_image(fmt, value, scale):
    b = zxingcpp.create_barcode(value, getattr(zxingcpp.BarcodeFormat, fmt))
    return Image.fromarray(np.array(zxingcpp.write_barcode_to_image(b, scale=scale))).convert("RGB")

class Page:
    """A PIL page that remembers every line drawn, to locate substrings later."""
    def __init__(self, w, h, bg="white"):
        self.im = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.im); self.w, self.h = w, h
        self.lines = []; self.barcodes = []; self.photos = []
    def text(self, x, y, s, size=22, font=FONT, fill="black"):
        f = ImageFont.truetype(font, size); self.d.text((x, y), s, font=f, fill=fill); self.lines.append((x, y, s, f))
        return y + int(size * 1.45)
    def para(self, x, y, block, size=22, font=FONT):
        for ln in block.split("\n"): y = self.text(x, y, ln, size, font)
        return y
    def barcode(self, fmt, value, x, y, scale=3, height=None):
        im = bc_image(fmt, value, scale)
        if height and fmt != "QRCode": im = im.resize((im.width, height))
        self.im.paste(im, (x, y))
        # tight box around dark modules
        a = np.array(im.convert("L")) < 128; ys, xs = np.where(a)
        box = [(x + xs.min() - 2) / self.w, (y + ys.min() - 2) / self.h, (x + xs.max() + 3) / self.w, (y + ys.max() + 3) / self.h]
        self.barcodes.append({"format": fmt, "value": value, "box": [round(v, 4) for v in box]})
    def find(self, s):
        out = []
        for x, y, line, f in self.lines:
            i = line.find(s)
            while i >= 0:
                x0 = x + f.getlength(line[:i]); bb = self.d.textbbox((x0, y), s, font=f)
                out.append([round(max(0, (bb[0] - 2) / self.w), 4), round(max(0, (bb[1] - 2) / self.h), 4),
                            round(min(1, (bb[2] + 2) / self.w), 4), round(min(1, (bb[3] + 2) / self.h), 4)])
                i = line.find(s, i + 1)
        return out

def annotate(pages, ids, keep):
    I, K = [], []
    for t, ty in ids:
        n = 0
        for pi, p in enumerate(pages, 1):
            for b in p.find(t): I.append({"text": t, "type": ty, "page": pi, "box": b}); n += 1
        assert n, f"identifier not drawn: {t}"
    for t in keep:
        n = 0
        for pi, p in enumerate(pages, 1):
            for b in p.find(t): K.append({"text": t, "page": pi, "box": b}); n += 1
        assert n, f"keep not drawn: {t}"
    return I, K

def scanify(im, angle=0.4):
    g = im.convert("L").rotate(angle, expand=False, fillcolor=255, resample=Image.BICUBIC)
    a = np.array(g).astype(np.int16); a += np.random.RandomState(38).randint(-18, 18, a.shape); a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))

def record(id, file, fmt, kind, applicant, pages, ids, keep, extra=None):
    I, K = annotate(pages, ids, keep) if pages else ([{"text": t, "type": ty} for t, ty in ids], [{"text": k} for k in keep])
    r = {"id": id, "file": "files/" + file, "format": fmt, "kind": kind, "applicant": applicant, "pages": max(1, len(pages)),
         "identifiers": I, "keep": K, "barcodes": [b | {"page": pi} for pi, p in enumerate(pages, 1) for b in p.barcodes],
         "photos": [ph | {"page": pi} for pi, p in enumerate(pages, 1) for ph in p.photos]}
    if extra: r.update(extra)
    RECORDS.append(r)

P,R,C,A,PC,PH,E,N,H,REF,G,U,O = "PATIENT_NAME","RELATIVE_NAME","COLLEAGUE_NAME","ADDRESS","POSTCODE","PHONE","EMAIL","NHS_NUMBER","HOSPITAL_NUMBER","REFERENCE_NUMBER","GMC_NUMBER","URL","OTHER_ID"

# ---------- s38-075 wristband photo (PNG) ----------
p = Page(1400, 520, "#f4f4f4")
p.d.rounded_rectangle((40, 60, 1360, 460), 40, fill="white", outline="#9ab")
y = p.text(90, 95, "OWUSU-BANKS, Theophilus Kwaku", 34, BOLD)
y = p.text(90, y + 4, "DOB 11/04/1944   Male", 28)
y = p.text(90, y + 4, "MRN: GG7731066    NHS: 468 203 1157", 28)
y = p.text(90, y + 4, "Ward 12 (T&O)  Grantfield General", 24)
y = p.text(90, y + 4, "ALLERGY: PENICILLIN", 24, BOLD, "red")
p.barcode("Code128", "GG7731066", 880, 110, scale=3, height=150)
p.barcode("QRCode", "GG7731066|4682031157|OWUSU-BANKS", 1140, 290, scale=5)
record("s38-075", "s38-075-wristband.png", "png", "wristband_photo", "Mr Tomasz Wierzbicki", [p],
       [("OWUSU-BANKS, Theophilus Kwaku", P), ("GG7731066", H), ("468 203 1157", N)],
       ["DOB 11/04/1944", "Male", "Ward 12 (T&O)", "Grantfield General", "ALLERGY: PENICILLIN"])
p.im.save(os.path.join(FD, "s38-075-wristband.png"))

# ---------- s38-076 clinical photograph page with label (JPEG) ----------
p = Page(1240, 1754)
y = p.text(80, 70, "Medical Illustration — Dermatology — Calderbrook Hospitals NHS Trust", 26, BOLD)
y = p.text(80, y + 10, "Clinical photograph record (for portfolio: Dr Hamid Qureshi)", 22)
p.d.rectangle((80, 200, 1160, 260), outline="black")
p.text(95, 213, "Patient: Siobhan McNulty   Hosp No CB4398854   DOB 02/03/1960  F", 24)
# the photograph: a synthetic skin-toned panel with a plaque
ph = Image.new("RGB", (900, 700), (222, 178, 150)); dd = ImageDraw.Draw(ph)
for k in range(40): dd.ellipse((300 + random.randint(-60, 60), 260 + random.randint(-50, 50), 560 + random.randint(-40, 40), 430 + random.randint(-30, 30)), fill=(200 - k, 110 + k // 2, 110))
ph = ph.filter(ImageFilter.GaussianBlur(3)); p.im.paste(ph, (170, 320))
p.photos.append({"box": [round(170 / 1240, 4), round(320 / 1754, 4), round(1070 / 1240, 4), round(1020 / 1754, 4)], "what": "clinical photograph of a patient's skin (elbow plaque)"})
y = p.text(80, 1060, "Site: left elbow, extensor surface. Chronic plaque psoriasis, PASI 14, DLQI 18.", 24)
y = p.text(80, y, "Photographer: Mark Ellingham, Medical Photographer (ext 4388)", 24)
y = p.text(80, y, "Photo ID: MI-DERM-24-07713    Consent form: Form C (clinical record and teaching)", 24)
y = p.text(80, y, "Taken 09/07/2024 for biologic eligibility (NICE TA).", 24)
y = p.text(80, y + 30, "Verified: Dr Nadia Farouk, Consultant Dermatologist", 24)
p.barcode("Code128", "MI-DERM-24-07713", 760, 1500, scale=2, height=110)
record("s38-076", "s38-076-clinical-photo.jpg", "jpeg", "clinical_photograph_record", "Dr Hamid Qureshi", [p],
       [("Siobhan McNulty", P), ("CB4398854", H), ("Mark Ellingham", C), ("4388", PH), ("MI-DERM-24-07713", O)],
       ["Dr Hamid Qureshi", "DOB 02/03/1960  F", "Chronic plaque psoriasis, PASI 14, DLQI 18", "Dr Nadia Farouk", "Calderbrook Hospitals NHS Trust", "09/07/2024"])
p.im.save(os.path.join(FD, "s38-076-clinical-photo.jpg"), quality=88)

# ---------- s38-077 two-page TIFF scan: handover sheet ----------
pages = []
p = Page(1240, 1754)
y = p.text(70, 60, "RENAL WARD 9 — HANDOVER SHEET — 19/12/2024 — page 1 of 2", 26, BOLD)
rows = [("Bed", "Name", "Hosp no", "Issue / jobs"),
        ("1", "Ethel Broadhurst", "AGI-0335120", "PD peritonitis, IP vanc 2 g; PD fluid WCC 1200"),
        ("2", "mr k. nwachukwu", "AGI-0321877", "HD line sepsis - line out, cultures x2"),
        ("3", "Pym", "0336702", "Hyperkalaemia K 6.9, insulin-dextrose, HD today"),
        ("4", "Saoirse D.", "AGI-0302215", "Tx d5, tacrolimus level 12.1, Cr 140"),
        ("5", "EMPTY", "", ""),
        ("6", "Grandpa Joe (Joseph Weatherall)", "AGI-0290044", "EoL - RRT withdrawn, family (son Leon) aware")]
y += 30
for r in rows:
    p.text(70, y, r[0], 22); p.text(130, y, r[1], 22); p.text(560, y, r[2], 22); y = p.text(760, y, r[3], 19)
    p.d.line((60, y + 4, 1180, y + 4), fill="#888"); y += 14
y = p.text(70, y + 40, "Reg on: Dr Y Demir   bleep 3320     Nurse in charge: Precious Adeyemi", 22)
pages.append(p)
p2 = Page(1240, 1754)
y = p2.text(70, 60, "RENAL WARD 9 — HANDOVER — page 2 of 2", 26, BOLD)
y = p2.text(70, y + 20, "Outliers: Ward 14 bed 3 — Ethel Broadhurst's sister Vera asked for a call: 01632 960733", 21)
y = p2.text(70, y, "Transplant on-call: Mr Adnan Qazi (via switchboard)", 21)
y = p2.text(70, y, "Consultant: Dr Sophie Kettering — checked and signed for portfolio 20/12/2024", 21)
pages.append(p2)
ims = [scanify(q.im, 0.0) for q in pages]
ims[0].save(os.path.join(FD, "s38-077-handover-scan.tiff"), save_all=True, append_images=ims[1:], compression="tiff_deflate")
record("s38-077", "s38-077-handover-scan.tiff", "tiff", "scanned_handover_sheet", "Dr Yusuf Demir", pages,
       [("Ethel Broadhurst", P), ("AGI-0335120", H), ("mr k. nwachukwu", P), ("AGI-0321877", H), ("Pym", P), ("0336702", H),
        ("Saoirse D.", P), ("AGI-0302215", H), ("Grandpa Joe (Joseph Weatherall)", P), ("AGI-0290044", H), ("Leon", R),
        ("3320", PH), ("Precious Adeyemi", C), ("Vera", R), ("01632 960733", PH), ("Mr Adnan Qazi", C)],
       ["Dr Y Demir", "Dr Sophie Kettering", "RENAL WARD 9", "PD peritonitis", "IP vanc 2 g", "K 6.9", "tacrolimus level 12.1", "Ward 14 bed 3", "19/12/2024"])

# ---------- s38-078 image-only scanned PDF (letter with QR) ----------
p = Page(1240, 1754)
y = p.text(80, 70, "Paediatric Cardiology Outreach Clinic — Northmere Hospital", 28, BOLD)
y = p.text(80, y, "Our ref: FS/PCARD/24/0388", 22)
y = p.text(80, y + 20, "Dr Laura Pennock, Ferrier Close Surgery, 2 Mill Road, Northmere NM3 8DQ", 22)
y = p.text(80, y + 20, "12/06/2024", 22)
y = p.text(80, y + 20, "Re: Amelia-Rose Kettlewell, DOB 23/01/2023 (F), NHS 718 004 5521, Hosp No NMH1198734", 22, BOLD)
y = p.para(80, y + 20, """Diagnosis: perimembranous VSD 4 mm, left-to-right shunt, no pulmonary hypertension.
Echo: LV not dilated; Qp:Qs estimated 1.3. Weight 9.8 kg (25th centile).
Plan: no intervention; review with echo in 12 months. SBE prophylaxis not required (NICE CG64).
Amelia-Rose attends Little Acorns Day Nursery; her mother, Danielle Kettlewell, asked for a
letter for the nursery — enclosed. Mum's mobile 07700 900288.""", 22)
y = p.text(80, y + 40, "Dr Farah Siddiqui, Specialty Doctor (Paediatrics with expertise in Cardiology)", 22)
y = p.text(80, y, "with Dr Kwabena Acheampong, Consultant Paediatrician", 22)
p.barcode("QRCode", "https://nmh-docs.example.nhs.uk/d/FS-PCARD-24-0388", 960, 1460, scale=6)
p.text(80, 1600, "Scan to view online: https://nmh-docs.example.nhs.uk/d/FS-PCARD-24-0388", 18)
scan = scanify(p.im, 0.0).convert("RGB"); scan.save(os.path.join(FD, "s38-078-letter-scan.pdf"), "PDF", resolution=150.0)
record("s38-078", "s38-078-letter-scan.pdf", "pdf", "scanned_clinic_letter_image_only", "Dr Farah Siddiqui", [p],
       [("FS/PCARD/24/0388", REF), ("Dr Laura Pennock", C), ("Ferrier Close Surgery, 2 Mill Road, Northmere", A), ("NM3 8DQ", PC),
        ("Amelia-Rose Kettlewell", P), ("718 004 5521", N), ("NMH1198734", H), ("Amelia-Rose", P), ("Little Acorns Day Nursery", A),
        ("Danielle Kettlewell", R), ("07700 900288", PH), ("https://nmh-docs.example.nhs.uk/d/FS-PCARD-24-0388", U)],
       ["Dr Farah Siddiqui", "Dr Kwabena Acheampong", "DOB 23/01/2023 (F)", "perimembranous VSD 4 mm", "Qp:Qs estimated 1.3", "Weight 9.8 kg", "NICE CG64", "Northmere Hospital", "12/06/2024"],
       {"text_layer": False})

# ---------- s38-079 digital PDF with text layer, 2 pages (reportlab) ----------
from reportlab.pdfgen import canvas as rlc
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", BOLD))
class PdfPage:
    def __init__(self): self.lines = []; self.barcodes = []; self.photos = []
    def find(self, s):
        W, Hh = A4; out = []
        for x, y, line, font, size in self.lines:
            i = line.find(s)
            while i >= 0:
                x0 = x + pdfmetrics.stringWidth(line[:i], font, size); x1 = x0 + pdfmetrics.stringWidth(s, font, size)
                top = Hh - (y + size * 0.95); bot = Hh - (y - size * 0.25)
                out.append([round((x0 - 1.5) / W, 4), round(top / Hh, 4), round((x1 + 1.5) / W, 4), round(bot / Hh, 4)])
                i = line.find(s, i + 1)
        return out
W, Hh = A4
c = rlc.Canvas(os.path.join(FD, "s38-079-discharge.pdf"), pagesize=A4)
pp = []; cur = PdfPage(); pp.append(cur); yy = [Hh - 60]
def line(s, size=10, font="DV", x=50):
    if x + pdfmetrics.stringWidth(s, font, size) > W - 40:   # wrap at a word boundary
        words = s.split(" "); k = len(words)
        while x + pdfmetrics.stringWidth(" ".join(words[:k]), font, size) > W - 40: k -= 1
        raise AssertionError(("line too long", s))
    c.setFont(font, size); c.drawString(x, yy[0], s); cur.lines.append((x, yy[0], s, font, size)); yy[0] -= size * 1.5
line("Harnwell District Hospital — Emergency Department", 13, "DVB")
line("Clinical Decision Unit discharge", 12, "DVB")
line("Attendance no: ED24-0104772     Patient: Mrs Rosalind Agbaje-Whitmore")
line("DOB 28/09/1962   F")
line("NHS 549 331 0087     Address: 9 Kiln Yard, Cold Harnwell HN4 2WS")
line("Tel 01632 960366")
line("GP: Dr Toby Fairbairn, Harnwell Health Centre")
yy[0] -= 8
for s in ["Presentation: sudden severe occipital headache during exercise class",
          "at Harnwell Leisure Centre (18:10). GCS 15, no focal neurology. BP 168/96.",
          "Ottawa SAH rule positive (age > 40, onset with exertion).",
          "CT head at 19:02 (52 min from onset, within 6 h): no subarachnoid blood.",
          "Per NICE NG228 no LP needed. Diagnosis: primary exertional headache (ICHD-3 4.2).",
          "Analgesia: paracetamol 1 g, ibuprofen 400 mg.",
          "Her husband, Tunde, drove her home. Advised to avoid strenuous exercise for 2 weeks.",
          "Safety-netting leaflet given; return if thunderclap recurs."]:
    line(s, 10)
c.showPage(); cur = PdfPage(); pp.append(cur); yy[0] = Hh - 60
line("Page 2 — Clinician details", 12, "DVB")
line("Seen and discharged by: Dr Oluwaseun Adeyemi-Clarke, Specialty Doctor in Emergency Medicine,")
line("GMC 7233109")
line("Discussed with: Dr Imran Sheikh, Consultant in Emergency Medicine (verifier for portfolio)")
line("Nurse: Lucy Penhallow   Copy to GP via docman ref DM-HDH-2411-58821")
qr = bc_image("QRCode", "ED24-0104772", 4); qpath = os.path.join(FD, "_qr_tmp.png"); qr.save(qpath)
c.drawImage(qpath, 420, 80, width=120, height=120); os.remove(qpath)
cur.barcodes.append({"format": "QRCode", "value": "ED24-0104772", "box": [round(420 / W, 4), round((Hh - 200) / Hh, 4), round(540 / W, 4), round((Hh - 80) / Hh, 4)]})
c.showPage(); c.save()
record("s38-079", "s38-079-discharge.pdf", "pdf", "cdu_discharge_digital_pdf", "Dr Oluwaseun Adeyemi-Clarke", pp,
       [("ED24-0104772", H), ("Mrs Rosalind Agbaje-Whitmore", P), ("549 331 0087", N), ("9 Kiln Yard, Cold Harnwell", A), ("HN4 2WS", PC),
        ("01632 960366", PH), ("Dr Toby Fairbairn", C), ("Harnwell Health Centre", A), ("Harnwell Leisure Centre", A), ("Tunde", R),
        ("Lucy Penhallow", C), ("DM-HDH-2411-58821", REF)],
       ["Dr Oluwaseun Adeyemi-Clarke", "GMC 7233109", "Dr Imran Sheikh", "DOB 28/09/1962   F", "Ottawa SAH rule", "NICE NG228", "ICHD-3 4.2",
        "paracetamol 1 g", "ibuprofen 400 mg", "BP 168/96", "Harnwell District Hospital"], {"text_layer": True})

# ---------- s38-080 DOCX: complaint response draft with table ----------
import docx
doc = docx.Document()
doc.sections[0].header.paragraphs[0].text = "Dr Ilse van der Berg — Portfolio evidence 4.3 (complaints)"
doc.add_heading("Draft response to complaint — Rheumatology", 1)
doc.add_paragraph("Complaint reference: SGH-COMP-24-0655")
doc.add_paragraph("Complainant: Mr Idris Bowen (son of patient), 31 Ffordd y Castell, Pontsarn SA11 4LW, idris.bowen@example.com")
doc.add_paragraph("Patient: Mrs Glenys Bowen, DOB 14/07/1939, female, unit no 0071140-S")
doc.add_paragraph("Mr Bowen's concern is that his mother's giant cell arteritis was not treated for 9 days after she first "
                  "reported jaw claudication to the GP out-of-hours service and then to our registrar, Dr Owain Pritchard-Rees, "
                  "on the telephone advice line. She has since lost vision in her left eye (anterior ischaemic optic neuropathy).")
t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"
for i, row in enumerate([("Date", "Event", "Staff"), ("02/09/2024", "OOH GP phone call", "Dr Marcia Fenn (OOH)"),
                         ("04/09/2024", "Advice line: 'book routine clinic'", "Dr Owain Pritchard-Rees"),
                         ("11/09/2024", "Seen by Dr van der Berg; prednisolone 60 mg; TAB positive; ESR 94", "Dr Ilse van der Berg")]):
    for j, v in enumerate(row): t.cell(i, j).text = v
doc.add_paragraph("Learning: the fast-track GCA pathway (BSR 2020) was not followed; ultrasound temporal arteries (halo sign) same day. "
                  "Tocilizumab 162 mg weekly was started on 30/09/2024.")
doc.add_paragraph("Signed: Dr Ilse van der Berg. Reviewed by Dr Alun Brightmore, Clinical Lead.")
doc.save(os.path.join(FD, "s38-080-complaint-response.docx"))
record("s38-080", "s38-080-complaint-response.docx", "docx", "complaint_response_docx", "Dr Ilse van der Berg", [],
       [("SGH-COMP-24-0655", REF), ("Mr Idris Bowen", R), ("31 Ffordd y Castell, Pontsarn", A), ("SA11 4LW", PC), ("idris.bowen@example.com", E),
        ("Mrs Glenys Bowen", P), ("0071140-S", H), ("Mr Bowen", R), ("Dr Owain Pritchard-Rees", C), ("Dr Marcia Fenn", C)],
       ["Dr Ilse van der Berg", "Dr van der Berg", "Dr Alun Brightmore", "DOB 14/07/1939, female", "giant cell arteritis", "jaw claudication",
        "anterior ischaemic optic neuropathy", "prednisolone 60 mg", "ESR 94", "BSR 2020", "Tocilizumab 162 mg weekly", "halo sign"])

# ---------- s38-081 EML: referral with quoted thread ----------
from email.message import EmailMessage
m = EmailMessage()
m["From"] = "Adebayo Ogunleye <adebayo.ogunleye@nhs.net>"
m["To"] = "Speech & Language Therapy <slt.referrals@sedgefield-tees.example.nhs.uk>"
m["Cc"] = "Kirsty Lamb <kirsty.lamb2@nhs.net>"
m["Date"] = "Fri, 22 Nov 2024 15:41:00 +0000"
m["Subject"] = "RE: Voice referral - Sister Bernadette (ST 233871)"
m.set_content("""Thank you Kirsty. I've done the referral form too.

Adebayo
Mr Adebayo Ogunleye, Specialty Doctor ENT, Sedgefield & Tees Hospital, ext 3340

> From: Kirsty Lamb
> Sent: 22 November 2024 11:02
> Is this the nun from St Hild's convent in Barnard Castle? Happy to see her Tuesday.
>
>> From: Adebayo Ogunleye
>> Sent: 21 November 2024 17:20
>> Dear SLT team,
>> Please see Sister Bernadette Mulcahy, 67, DOB 04/10/1957, NHS 612 448 0039, ST 233871,
>> for voice therapy. Flexible nasendoscopy and stroboscopy: bilateral vocal fold nodules
>> (mid-membranous), hourglass closure, no sinister features. VHI-10 score 24.
>> She leads the choir at St Hild's and teaches music at St Hild's Catholic Primary,
>> Barnard Castle DL12 8AB. Contact via the convent office: 01632 960157.
>> Verified for portfolio: Ms Eleanor Dunwoody, Consultant ENT Surgeon.
""")
open(os.path.join(FD, "s38-081-slt-referral.eml"), "wb").write(bytes(m))
record("s38-081", "s38-081-slt-referral.eml", "eml", "referral_email_eml", "Mr Adebayo Ogunleye", [],
       [("slt.referrals@sedgefield-tees.example.nhs.uk", E), ("Kirsty Lamb", C), ("kirsty.lamb2@nhs.net", E), ("Kirsty", C),
        ("Sister Bernadette", P), ("ST 233871", H), ("3340", PH), ("St Hild's convent in Barnard Castle", A),
        ("Sister Bernadette Mulcahy", P), ("612 448 0039", N), ("St Hild's Catholic Primary", A), ("Barnard Castle", A), ("DL12 8AB", PC),
        ("01632 960157", PH), ("adebayo.ogunleye@nhs.net", E), ("St Hild's", A)],
       ["Mr Adebayo Ogunleye", "Adebayo Ogunleye", "Ms Eleanor Dunwoody", "DOB 04/10/1957", "bilateral vocal fold nodules", "VHI-10 score 24",
        "Flexible nasendoscopy and stroboscopy", "Sedgefield & Tees Hospital"])

# ---------- s38-082 PNG phone screenshot of a WhatsApp image chat ----------
p = Page(1080, 1920, "#e5ddd5")
p.d.rectangle((0, 0, 1080, 150), fill="#075e54")
p.text(40, 50, "Neuro SpR/SD group", 40, BOLD, "white")
msgs = [("Ewa L", "Can someone see the pt in ED resus - 52F, sudden diplopia + ptosis R, pupil blown"),
        ("Ewa L", "name Bernice Ashcroft-Lowe, MRN RWI0451190, CTA booked"),
        ("Yaw Darko", "on my way. PComm aneurysm until proven otherwise"),
        ("Ewa L", "CTA: 7 mm R PComm aneurysm. Neurosurg (Mr Heathcote) accepted"),
        ("Ewa L", "husband Clive on 07700 900940, he's driving from Whitstable"),
        ("Dr Oyinlola Banjo (Cons)", "Well done Ewa - I'll sign this off as an ACAT")]
y = 200
for who, s in msgs:
    p.d.rounded_rectangle((30, y - 10, 1050, y + 110), 20, fill="white")
    p.text(50, y, who, 24, BOLD, "#075e54"); y = p.text(50, y + 38, s, 23) + 60
p.barcode("QRCode", "https://chat.example.com/join/NeuroSpRgroup-8812", 390, 1500, scale=8)
p.text(250, 1800, "group invite QR (cropped from screenshot)", 22)
record("s38-082", "s38-082-chat-screenshot.png", "png", "whatsapp_screenshot", "Dr Ewa Lindqvist", [p],
       [("Bernice Ashcroft-Lowe", P), ("RWI0451190", H), ("Yaw Darko", C), ("Mr Heathcote", C), ("Clive", R), ("07700 900940", PH), ("Whitstable", A)],
       ["Ewa L", "Dr Oyinlola Banjo (Cons)", "52F", "7 mm R PComm aneurysm", "ACAT", "CTA"])
p.im.save(os.path.join(FD, "s38-082-chat-screenshot.png"))

with open(os.path.join(ROOT, "files.jsonl"), "w", encoding="utf-8") as f:
    for r in RECORDS: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(RECORDS), "file documents")
