"""Render the 8 file documents of set s27-holdout and write files.jsonl. Boxes recorded at draw time."""
import json, random, io, os
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth, getFont
import docx
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
F = os.path.join(OUT, "files")
os.makedirs(F, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
random.seed(27)
A = "Dr Folasade Adeyemi-Clarke"
B = "Dr Tomasz Wierzbicki"
C = "Dr Priyanka Raghunathan"
records = []

def font(sz, f=FONT):
    return ImageFont.truetype(f, sz)

class Pil:
    """Draw segmented lines on a PIL page, recording boxes of labelled segments."""
    def __init__(self, w, h, page=1, bg="white"):
        self.img = Image.new("RGB", (w, h), bg); self.d = ImageDraw.Draw(self.img)
        self.w, self.h, self.page = w, h, page
        self.ids, self.keep = [], []
    def frac(self, x0, y0, x1, y1):
        return [round(x0/self.w, 4), round(y0/self.h, 4), round(x1/self.w, 4), round(y1/self.h, 4)]

def seg_line(p, x, y, segs, fnt, fill="black"):
    # exact advance using getlength so spacing inside segments is preserved
    for s in segs:
        if isinstance(s, str): s = (s, None)
        txt, lab = s
        p.d.text((x, y), txt, font=fnt, fill=fill)
        if lab:
            bb = p.d.textbbox((x, y), txt.rstrip(), font=fnt)
            box = [round(max(bb[0]-2, 0)/p.w, 4), round(max(bb[1]-2, 0)/p.h, 4), round(min(bb[2]+2, p.w)/p.w, 4), round(min(bb[3]+2, p.h)/p.h, 4)]
            if lab == "KEEP": p.keep.append({"text": txt.rstrip(), "page": p.page, "box": box})
            else: p.ids.append({"text": txt.rstrip(), "type": lab, "page": p.page, "box": box})
        x += fnt.getlength(txt)

def code128(value, height=60):
    bc = barcode.get("code128", value, writer=ImageWriter())
    buf = io.BytesIO(); bc.write(buf, options={"write_text": False, "module_height": 8, "quiet_zone": 1, "dpi": 200})
    buf.seek(0); return Image.open(buf).convert("RGB")

def qr(value, size):
    q = qrcode.make(value, box_size=4, border=1).convert("RGB")
    return q.resize((size, size), Image.NEAREST)

def paste(p, im, x, y, fmt, value):
    p.img.paste(im, (x, y))
    return {"format": fmt, "value": value, "page": p.page, "box": p.frac(x, y, x + im.width, y + im.height)}

# ---------- r-083 wristband PNG (O&G, applicant A) ----------
p = Pil(1400, 520, bg=(236, 240, 248))
p.d.rounded_rectangle([20, 40, 1380, 480], 40, fill="white", outline=(150, 150, 170), width=3)
f1, f2 = font(40, FONTB), font(30)
seg_line(p, 80, 80, [("ABERNATHY-OKAFOR, Rhiannon", "PATIENT_NAME")], f1)
seg_line(p, 80, 145, ["Hosp No: ", ("WX4418207", "HOSPITAL_NUMBER")], f2)
seg_line(p, 80, 195, ["NHS: ", ("485 777 3329", "NHS_NUMBER")], f2)
seg_line(p, 80, 245, [("DOB 14/03/1988", "KEEP"), "   ", ("F", None)], f2)
seg_line(p, 80, 295, [("Royal Wessex Hospital", "KEEP"), " - ", ("Delivery Suite", "KEEP")], f2)
seg_line(p, 80, 345, ["ALLERGY: ", ("penicillin", "KEEP")], font(30, FONTB), fill=(180, 0, 0))
bcs = [paste(p, code128("WX4418207").resize((420, 110)), 80, 395 - 10, "Code128", "WX4418207")]
bcs.append(paste(p, qr("WX4418207|4857773329|ABERNATHY-OKAFOR", 250), 1080, 110, "QR", "WX4418207|4857773329|ABERNATHY-OKAFOR"))
img = p.img.rotate(0).filter(ImageFilter.GaussianBlur(0.6))
img.save(os.path.join(F, "r-083-wristband.png"))
records.append({"id": "r-083", "file": "files/r-083-wristband.png", "format": "png", "kind": "wristband_photo", "applicant": A, "pages": 1,
                "identifiers": p.ids, "keep": p.keep, "barcodes": bcs, "photos": []})

# ---------- r-084 twin baby label JPEG (O&G, applicant A) ----------
p = Pil(1200, 700, bg=(250, 246, 235))
p.d.rectangle([30, 30, 1170, 670], fill="white", outline="black", width=2)
f1, f2, f3 = font(36, FONTB), font(28), font(24)
seg_line(p, 60, 60, ["BABY ", ("MAHMOOD", "PATIENT_NAME"), " - TWIN II"], f1)
seg_line(p, 60, 120, ["Mother: ", ("Sadia Mahmood", "RELATIVE_NAME")], f2)
seg_line(p, 60, 165, ["MRN ", ("RWH0091734", "HOSPITAL_NUMBER"), "   Mother MRN ", ("RWH0088120", "HOSPITAL_NUMBER")], f2)
seg_line(p, 60, 210, ["Born ", ("02/11/2025 08:14", "KEEP"), "  Sex: M  Wt ", ("2.14 kg", "KEEP")], f2)
seg_line(p, 60, 255, ["NHS ", ("612 448 0937", "NHS_NUMBER")], f2)
seg_line(p, 60, 300, [("Neonatal Unit, Royal Wessex Hospital", "KEEP")], f3)
seg_line(p, 60, 340, ["Ward tel ", ("01632 960418", "PHONE")], f3)
bcs = [paste(p, code128("RWH0091734").resize((520, 120)), 60, 400, "Code128", "RWH0091734")]
bcs.append(paste(p, qr("RWH0091734;TWIN2;M", 240), 860, 380, "QR", "RWH0091734;TWIN2;M"))
img = p.img.filter(ImageFilter.GaussianBlur(0.8))
img.save(os.path.join(F, "r-084-twin-label.jpg"), quality=80)
records.append({"id": "r-084", "file": "files/r-084-twin-label.jpg", "format": "jpeg", "kind": "specimen_label_photo", "applicant": A, "pages": 1,
                "identifiers": p.ids, "keep": p.keep, "barcodes": bcs, "photos": []})

# ---------- r-085 scanned image-only PDF, 2 pages (geriatrics, applicant B) ----------
W, H = 1240, 1754
pages = []
all_ids, all_keep = [], []
p = Pil(W, H, page=1); fb, fn, fs = font(30, FONTB), font(24), font(20)
seg_line(p, 90, 90, [("Northfield General Hospital", "KEEP"), " - Department of Medicine for Older People"], fb)
seg_line(p, 90, 140, [("Elm Ward", "KEEP"), ", Level 3    Secretary ", ("01632 960233", "PHONE")], fn)
seg_line(p, 90, 210, ["Our ref: ", ("TW/DMOP/4471", "REFERENCE_NUMBER"), "      Dictated 03/06/2025  Typed 05/06/2025"], fn)
seg_line(p, 90, 260, [("Dr Imogen Feltwell", "COLLEAGUE_NAME")], fn)
seg_line(p, 90, 295, [("Brackenfield Surgery", "ADDRESS")], fn)
seg_line(p, 90, 330, [("14 Mill Lane, Upper Holloway Green", "ADDRESS")], fn)
seg_line(p, 90, 365, [("NF7 2QD", "POSTCODE")], fn)
seg_line(p, 90, 440, ["Re: ", ("Mr Harold Jessop", "PATIENT_NAME"), "  ", ("DOB 22/09/1934", "KEEP"), "  Hosp no ", ("NGH 771203", "HOSPITAL_NUMBER")], fb)
seg_line(p, 90, 490, ["     ", ("Flat 3, Wharf House, Canal Street, Northfield", "ADDRESS"), " ", ("NF2 8LR", "POSTCODE")], fn)
seg_line(p, 90, 525, ["     NHS No ", ("943 476 5919", "NHS_NUMBER")], fn)
body = [
 ["Diagnoses: ", ("Lewy body dementia", "KEEP"), "; orthostatic hypotension; falls x4 in 8 weeks."],
 [("Clinical Frailty Scale 6", "KEEP"), "; ", ("MoCA 17/30", "KEEP"), "; lying/standing BP 138/76 -> 104/62."],
 ["Dear Dr ", ("Feltwell", "COLLEAGUE_NAME"), ","],
 ["I saw Mr ", ("Jessop", "PATIENT_NAME"), " with his daughter ", ("Maureen", "RELATIVE_NAME"), " in the falls clinic. He lives alone"],
 ["above the old chandlery and ", ("Maureen", "RELATIVE_NAME"), " visits from ", ("Stokeley Cross", "ADDRESS"), " each evening."],
 ["We have stopped ", ("tamsulosin 400 micrograms", "KEEP"), " and reduced ", ("donepezil", "KEEP"), " to 5 mg nocte."],
 ["Please avoid haloperidol. Rivastigmine patch remains an option if hallucinations persist."],
]
y = 600
for ln in body:
    seg_line(p, 90, y, ln, fn); y += 44
pages.append(p)
p2 = Pil(W, H, page=2)
seg_line(p2, 90, 90, ["Page 2   Re: ", ("Mr H Jessop", "PATIENT_NAME"), "  ", ("NGH 771203", "HOSPITAL_NUMBER")], fn)
body2 = [
 ["His neighbour ", ("Mr Len Okoro", "RELATIVE_NAME"), " (", ("07700 900614", "PHONE"), ") holds a key."],
 ["Referral to community OT made, ref ", ("OT-NF-25-03318", "REFERENCE_NUMBER"), "."],
 ["Review in 8 weeks on ", ("Elm Ward", "KEEP"), " day unit."],
 [""],
 ["Yours sincerely"],
 [""],
 [(B, "KEEP")],
 ["Locum Consultant Geriatrician  GMC ", ("6234517", "KEEP")],
 ["Verified: ", ("Dr Anjali Sethuraman", "KEEP"), ", Clinical Director"],
 ["cc ", ("Mr Harold Jessop", "PATIENT_NAME"), " (patient)"],
 ["TW/", ("kb", "COLLEAGUE_NAME")],
]
y = 160
for ln in body2:
    seg_line(p2, 90, y, ln, fn); y += 44
pages.append(p2)
c = canvas.Canvas(os.path.join(F, "r-085-scanned-letter.pdf"), pagesize=A4)
for pg in pages:
    im = pg.img.convert("L")
    px = im.load()
    for _ in range(9000):
        px[random.randrange(W), random.randrange(H)] = random.choice([0, 90, 160])
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO(); im.save(buf, "PNG"); buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1]); c.showPage()
    all_ids += pg.ids; all_keep += pg.keep
c.save()
records.append({"id": "r-085", "file": "files/r-085-scanned-letter.pdf", "format": "pdf", "kind": "scanned_clinic_letter", "applicant": B, "pages": 2,
                "identifiers": all_ids, "keep": all_keep, "barcodes": [], "photos": []})

# ---------- r-086 text-layer PDF (paed ED, applicant C) ----------
PW, PH = A4
c = canvas.Canvas(os.path.join(F, "r-086-ed-discharge.pdf"), pagesize=A4)
ids, keep = [], []
def rl_line(x, y, segs, fname="Helvetica", size=11):
    f = getFont(fname); asc = f.face.ascent * size / 1000; desc = -f.face.descent * size / 1000
    for s in segs:
        if isinstance(s, str): s = (s, None)
        txt, lab = s
        c.setFont(fname, size); c.drawString(x, y, txt)
        wdt = stringWidth(txt.rstrip(), fname, size)
        if lab:
            box = [round((x - 1) / PW, 4), round((PH - y - asc - 1) / PH, 4), round((x + wdt + 1) / PW, 4), round((PH - y + desc + 1) / PH, 4)]
            (keep.append({"text": txt.rstrip(), "page": 1, "box": box}) if lab == "KEEP" else ids.append({"text": txt.rstrip(), "type": lab, "page": 1, "box": box}))
        x += stringWidth(txt, fname, size)
L = [
 ([("St Aidan's Children's Hospital", "KEEP"), " - Paediatric Emergency Department"], "Helvetica-Bold", 13),
 (["ED Discharge Summary        Attendance no: ", ("AE25-118406", "HOSPITAL_NUMBER")], "Helvetica", 10),
 (["Patient: ", ("Kacper Zielinski-Boateng", "PATIENT_NAME"), "   DOB: ", ("09/01/2019", "KEEP"), "   Sex: Male"], "Helvetica", 11),
 (["MRN: ", ("SAC2287715", "HOSPITAL_NUMBER"), "   NHS: ", ("7014426658", "NHS_NUMBER")], "Helvetica", 11),
 (["Address: ", ("22 Thistle Row, Brindley Park, Marlford", "ADDRESS"), " ", ("MF4 6TZ", "POSTCODE")], "Helvetica", 11),
 (["Parent: ", ("Ama Boateng", "RELATIVE_NAME"), " (mother)  tel ", ("07700 900382", "PHONE")], "Helvetica", 11),
 (["School: ", ("Marlford St Jude's C of E Primary", "ADDRESS")], "Helvetica", 11),
 (["GP: ", ("Dr Ruaraidh MacAskill", "COLLEAGUE_NAME"), ", ", ("Canalside Medical Practice", "ADDRESS")], "Helvetica", 11),
 ([""], "Helvetica", 11),
 (["Presenting complaint: stridor and barking cough, 2 days. ", ("Westley croup score 4", "KEEP"), "."], "Helvetica", 11),
 (["Treatment: ", ("dexamethasone 0.15 mg/kg", "KEEP"), " orally (2.7 mg). SpO2 97% in air. RR 34."], "Helvetica", 11),
 (["Observed 4 h; score 1 at discharge. Safety-netting leaflet given to mum."], "Helvetica", 11),
 (["Seen by: ", (C, "KEEP"), ", Specialty Doctor (", ("PR", "KEEP"), ")"], "Helvetica", 11),
 (["Senior review: ", ("Dr Marcus Thorne-Ellery", "KEEP"), ", Consultant PEM (supervisor)"], "Helvetica", 11),
 (["Triage nurse: ", ("Bethan Rhys", "COLLEAGUE_NAME"), "   Safeguarding check: no concerns"], "Helvetica", 11),
 (["Results online: ", ("https://results.staidans-nhs.example/p/SAC2287715", "URL")], "Helvetica", 9),
]
y = PH - 60
for segs, fn_, sz in L:
    rl_line(50, y, segs, fn_, sz); y -= 22
c.save()
records.append({"id": "r-086", "file": "files/r-086-ed-discharge.pdf", "format": "pdf", "kind": "ed_discharge_summary", "applicant": C, "pages": 1,
                "identifiers": ids, "keep": keep, "barcodes": [], "photos": []})

# ---------- r-087 DOCX audit with table (O&G, applicant A) ----------
d = docx.Document()
d.add_heading("Re-audit: time from decision to delivery, Category 1 caesarean sections", 1)
d.add_paragraph("Auditor: Dr Folasade Adeyemi-Clarke (Specialty Doctor, O&G), GMC 7123456. Supervisor: Mr Gareth Pryce-Jones, Consultant Obstetrician. Audit registration AUD-OG-2025-017.")
d.add_paragraph("Standard: NICE NG192, decision-to-delivery interval 30 minutes for Category 1. Data from theatre register, Royal Wessex Hospital, Jan-Mar 2025.")
t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
for i, h in enumerate(["Case", "Patient", "Hosp no", "DDI (min)", "Indication", "Registrar"]): t.rows[0].cells[i].text = h
rows = [("1", "J. Owusu", "WX4402291", "24", "pathological CTG", "Dr Kwame Asante"),
        ("2", "Leanne Pritchard", "WX4409930", "33", "cord prolapse", "Dr Eilidh Fraser"),
        ("3", "N.Q.", "WX4411057", "19", "APH", "Dr Kwame Asante"),
        ("4", "Zofia Nowak", "WX4413862", "41", "bradycardia 70 bpm", "Dr Olumide Bakare")]
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r): cells[i].text = v
d.add_paragraph("Case 4: delay waiting for second theatre (Datix WEB71842). Discussed at labour ward forum; Ms Nowak's husband Piotr had raised concerns.")
d.add_paragraph("Result: 3/4 within 30 min (75%). Previous cycle 61%. Signed: Mr Gareth Pryce-Jones.")
d.save(os.path.join(F, "r-087-audit.docx"))
records.append({"id": "r-087", "file": "files/r-087-audit.docx", "format": "docx", "kind": "audit_report", "applicant": A,
  "identifiers": [{"text": "J. Owusu", "type": "PATIENT_NAME"}, {"text": "WX4402291", "type": "HOSPITAL_NUMBER"},
    {"text": "Dr Kwame Asante", "type": "COLLEAGUE_NAME"}, {"text": "Leanne Pritchard", "type": "PATIENT_NAME"},
    {"text": "WX4409930", "type": "HOSPITAL_NUMBER"}, {"text": "Dr Eilidh Fraser", "type": "COLLEAGUE_NAME"},
    {"text": "N.Q.", "type": "PATIENT_NAME"}, {"text": "WX4411057", "type": "HOSPITAL_NUMBER"},
    {"text": "Zofia Nowak", "type": "PATIENT_NAME"}, {"text": "WX4413862", "type": "HOSPITAL_NUMBER"},
    {"text": "Dr Olumide Bakare", "type": "COLLEAGUE_NAME"}, {"text": "AUD-OG-2025-017", "type": "REFERENCE_NUMBER"}, {"text": "WEB71842", "type": "REFERENCE_NUMBER"},
    {"text": "Nowak", "type": "PATIENT_NAME"}, {"text": "Piotr", "type": "RELATIVE_NAME"}],
  "keep": [{"text": "Dr Folasade Adeyemi-Clarke"}, {"text": "7123456"}, {"text": "Mr Gareth Pryce-Jones"}, {"text": "NICE NG192"},
    {"text": "Royal Wessex Hospital"}, {"text": "bradycardia 70 bpm"}, {"text": "75%"}]})

# ---------- r-088 DOCX teaching + rota table (paed ED, applicant C) ----------
d = docx.Document()
d.add_heading("Paediatric ED simulation teaching - feedback summary", 1)
d.add_paragraph("Facilitator: Dr Priyanka Raghunathan (PR). Verified by Dr Marcus Thorne-Ellery, Consultant PEM, St Aidan's Children's Hospital.")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["Learner", "Grade", "Scenario", "Score /5"]): t.rows[0].cells[i].text = h
for r in [("Dr Chidi Nwosu", "ST2", "DKA (BSPED 2021)", "4.6"), ("Saoirse Ní Bhriain", "ANP", "anaphylaxis, IM adrenaline 150 micrograms", "4.8"),
          ("Dr Hamza Qureshi", "FY2", "status epilepticus (APLS)", "4.2")]:
    cells = t.add_row().cells
    for i, v in enumerate(r): cells[i].text = v
d.add_paragraph("Scenario 2 was based on a real case (child E.W., 4 y, from Cobbler's Yard nursery); details changed.")
d.add_paragraph("Contact for bookings: sim.team@staidans-nhs.example, ext 020 7946 0571.")
d.save(os.path.join(F, "r-088-teaching.docx"))
records.append({"id": "r-088", "file": "files/r-088-teaching.docx", "format": "docx", "kind": "teaching_feedback", "applicant": C,
  "identifiers": [{"text": "Dr Chidi Nwosu", "type": "COLLEAGUE_NAME"}, {"text": "Saoirse Ní Bhriain", "type": "COLLEAGUE_NAME"},
    {"text": "Dr Hamza Qureshi", "type": "COLLEAGUE_NAME"}, {"text": "E.W.", "type": "PATIENT_NAME"},
    {"text": "Cobbler's Yard nursery", "type": "ADDRESS"}, {"text": "sim.team@staidans-nhs.example", "type": "EMAIL"},
    {"text": "020 7946 0571", "type": "PHONE"}],
  "keep": [{"text": "Dr Priyanka Raghunathan"}, {"text": "PR"}, {"text": "Dr Marcus Thorne-Ellery"}, {"text": "St Aidan's Children's Hospital"},
    {"text": "BSPED 2021"}, {"text": "IM adrenaline 150 micrograms"}, {"text": "APLS"}]})

# ---------- r-089 .eml complaint thread (geriatrics, applicant B) ----------
m = EmailMessage()
m["From"] = "Tomasz Wierzbicki <tomasz.wierzbicki@northfield-nhs.example>"
m["To"] = "Complaints Team <pals.complaints@northfield-nhs.example>"
m["Cc"] = "Dr Anjali Sethuraman <anjali.sethuraman@northfield-nhs.example>"
m["Subject"] = "RE: Complaint CMP-2025-0613 - Mrs Edna Whitlock (Beech Ward)"
m["Date"] = "Tue, 17 Jun 2025 16:42:00 +0100"
m.set_content("""Dear team,

My statement for complaint CMP-2025-0613 is below.

Mrs Whitlock (NGH 702944) was admitted to Beech Ward on 02/05/2025 with delirium secondary to a UTI. Her son, Graham Whitlock, is unhappy that the DNACPR decision was discussed with his sister Pauline first. I accept that I should have rung both. Dr Rhys Tanaka (FY1) documented the ReSPECT conversation at 17:10; Staff Nurse Grace Adebola witnessed it.

Mr Whitlock can be reached on 07700 900877 or at 9 Orchard Close, Fenby St Mary, NF9 3AW.

Clinical Frailty Scale 7; 4AT 8; nitrofurantoin 50 mg QDS for 3 days.

Kind regards
Tomasz
Dr Tomasz Wierzbicki, Locum Consultant Geriatrician, GMC 6234517
""")
with open(os.path.join(F, "r-089-complaint.eml"), "wb") as fh: fh.write(bytes(m))
records.append({"id": "r-089", "file": "files/r-089-complaint.eml", "format": "eml", "kind": "complaint_email", "applicant": B,
  "identifiers": [{"text": "pals.complaints@northfield-nhs.example", "type": "EMAIL"}, {"text": "tomasz.wierzbicki@northfield-nhs.example", "type": "EMAIL"}, {"text": "anjali.sethuraman@northfield-nhs.example", "type": "EMAIL"}, {"text": "CMP-2025-0613", "type": "REFERENCE_NUMBER"},
    {"text": "Mrs Edna Whitlock", "type": "PATIENT_NAME"}, {"text": "Whitlock", "type": "PATIENT_NAME"}, {"text": "NGH 702944", "type": "HOSPITAL_NUMBER"},
    {"text": "Graham Whitlock", "type": "RELATIVE_NAME"}, {"text": "Pauline", "type": "RELATIVE_NAME"}, {"text": "Dr Rhys Tanaka", "type": "COLLEAGUE_NAME"},
    {"text": "Grace Adebola", "type": "COLLEAGUE_NAME"}, {"text": "07700 900877", "type": "PHONE"},
    {"text": "9 Orchard Close, Fenby St Mary", "type": "ADDRESS"}, {"text": "NF9 3AW", "type": "POSTCODE"}],
  "keep": [{"text": "Tomasz Wierzbicki"}, {"text": "Dr Anjali Sethuraman"}, {"text": "Beech Ward"}, {"text": "Clinical Frailty Scale 7"}, {"text": "4AT 8"},
    {"text": "nitrofurantoin 50 mg QDS"}, {"text": "6234517"}, {"text": "ReSPECT"}]})

# ---------- r-090 TIFF fax referral with patient photo (paed ED, applicant C) ----------
p = Pil(1700, 2200)
fb, fn = font(36, FONTB), font(30, MONO)
seg_line(p, 100, 80, ["FAX  from ", ("Marlford Walk-in Centre", "KEEP"), "  ", ("01632 960907", "PHONE")], fb)
seg_line(p, 100, 150, ["To: ", ("St Aidan's Children's Hospital", "KEEP"), " Paed ED"], fn)
lines = [
 ["Child: ", ("Tilly-Mae Hargreaves", "PATIENT_NAME"), "  DOB ", ("30/07/2021", "KEEP")],
 ["NHS ", ("450 118 2764", "NHS_NUMBER"), "   WIC ref ", ("WIC/25/88213", "REFERENCE_NUMBER")],
 ["Home: ", ("Rose Cottage, Top Lane, Hatherby", "ADDRESS"), " ", ("MF11 2BX", "POSTCODE")],
 ["Carer: grandmother ", ("Mrs Doreen Hargreaves", "RELATIVE_NAME")],
 ["Burn to L forearm, ~2% TBSA, partial thickness. ", ("paracetamol 15 mg/kg", "KEEP")],
 ["Photo attached (consented) - see below."],
 ["Referring clinician: ", ("Nurse Practitioner Joel Amankwah", "COLLEAGUE_NAME")],
 ["Received by: ", (C, "KEEP"), " 14:20"],
]
y = 240
for ln in lines:
    seg_line(p, 100, y, ln, fn); y += 60
px0, py0 = 100, 760
p.d.rectangle([px0, py0, px0 + 700, py0 + 700], fill=(120, 120, 120))
p.d.ellipse([px0 + 200, py0 + 120, px0 + 500, py0 + 480], fill=(200, 200, 200))
p.d.rectangle([px0 + 120, py0 + 480, px0 + 580, py0 + 700], fill=(170, 170, 170))
photos = [{"page": 1, "box": p.frac(px0, py0, px0 + 700, py0 + 700), "what": "photograph of the child and forearm burn"}]
img = p.img.convert("L").filter(ImageFilter.GaussianBlur(0.9))
img.save(os.path.join(F, "r-090-fax-referral.tiff"), compression="tiff_lzw")
records.append({"id": "r-090", "file": "files/r-090-fax-referral.tiff", "format": "tiff", "kind": "fax_referral", "applicant": C, "pages": 1,
                "identifiers": p.ids, "keep": p.keep, "barcodes": [], "photos": photos})

with open(os.path.join(OUT, "files.jsonl"), "w") as fh:
    for r in records: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "files")
