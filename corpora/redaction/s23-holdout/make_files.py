# Seeded renderer for files/ (run with .venv/bin/python make_files.py)
import json, random, io, os
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import qrcode, barcode
from barcode.writer import ImageWriter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from docx import Document
R = random.Random(2327)
F = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
def font(s, b=False): return ImageFont.truetype(FB if b else F, s)
out = []
def line(d, x, y, segs, fnt, W, H, rec, page=1, fill=(0,0,0)):
    for t, tag in segs:
        if tag:
            bb = d.textbbox((x, y), t, font=fnt)
            box = [round((bb[0]-2)/W,4), round((bb[1]-2)/H,4), round((bb[2]+2)/W,4), round((bb[3]+2)/H,4)]
            if tag == "keep": rec["keep"].append({"text": t, "page": page, "box": box})
            else: rec["identifiers"].append({"text": t, "type": tag, "page": page, "box": box})
        d.text((x, y), t, font=fnt, fill=fill); x += d.textlength(t, font=fnt)
def code128(v, h=80):
    b = barcode.get("code128", v, writer=ImageWriter())
    im = b.render({"module_height": 12, "quiet_zone": 2, "write_text": False, "dpi": 200})
    return im.convert("RGB")
def qr(v, s=160): return qrcode.make(v).get_image().convert("RGB").resize((s, s))
def paste_code(img, code, x, y, rec, fmt, v, page=1):
    img.paste(code, (x, y)); W, H = img.size
    rec["barcodes"].append({"format": fmt, "value": v, "page": page, "box": [round(x/W,4), round(y/H,4), round((x+code.width)/W,4), round((y+code.height)/H,4)]})
def newrec(i, fn, fmt, kind, app, pages):
    return {"id": i, "file": "files/"+fn, "format": fmt, "kind": kind, "applicant": app, "pages": pages, "identifiers": [], "keep": [], "barcodes": [], "photos": []}
# --- wristbands (3)
WB = [("h-101","Orla Kettlewell","NG4471902","485 991 2037","12/03/1948","F","Dr Kofi Mensah"),
      ("h-102","Bartosz Grimshaw","RX0093381","702 114 6659","30/11/1961","M","Dr Nilufar Rahman"),
      ("h-103","Zainab Okafor-Lumsden","K2210457","613 480 2291","07/07/2016","F","Dr Tariq Al-Hashimi")]
for n,(i,name,hn,nhs,dob,sex,app) in enumerate(WB):
    W,H = 1400, 520; img = Image.new("RGB",(W,H),(238,236,230)); d = ImageDraw.Draw(img)
    d.rounded_rectangle([40,60,1360,460], 40, fill=(250,250,252), outline=(120,150,200), width=6)
    rec = newrec(i, f"{i}-wristband.png", "png", "wristband_photo", app, 1)
    f = font(34, True); f2 = font(28)
    line(d, 90, 100, [(name.upper() if n==0 else name, "PATIENT_NAME")], f, W, H, rec)
    line(d, 90, 160, [("Hosp No: ", None), (hn, "HOSPITAL_NUMBER")], f2, W, H, rec)
    line(d, 90, 210, [("NHS: ", None), (nhs, "NHS_NUMBER")], f2, W, H, rec)
    line(d, 90, 260, [(f"DOB {dob}", "keep"), ("   ", None), (f"Sex {sex}", "keep")], f2, W, H, rec)
    line(d, 90, 310, [("Northgate General Hospital", "keep")], font(24), W, H, rec)
    if n==0: rec["identifiers"][0]["text"] = name.upper()
    c = code128(hn); c = c.resize((min(c.width,520), 110)); paste_code(img, c, 90, 345, rec, "Code128", hn)
    q = qr(f"{hn}|{nhs.replace(' ','')}|{name}", 230); paste_code(img, q, 1080, 120, rec, "QR", f"{hn}|{nhs.replace(' ','')}|{name}")
    img = img.filter(ImageFilter.GaussianBlur(0.6)); img.save("files/"+rec["file"][6:]); out.append(rec)
# --- specimen label sheet JPEG (2 labels)
W,H = 1240, 900; img = Image.new("RGB",(W,H),(255,255,255)); d = ImageDraw.Draw(img)
rec = newrec("h-104","h-104-labels.jpg","jpeg","specimen_labels_photo","Dr Sergio Bellandi",1)
for k,(name,hn,lab) in enumerate([("GALLACHER, Wilf","SA6620718","H24.0061734.X"),("GALLACHER, Wilf","SA6620718","H24.0061735.X")]):
    y0 = 60 + k*420; d.rectangle([40,y0,1200,y0+380], outline=(0,0,0), width=3)
    line(d, 70, y0+20, [(name, "PATIENT_NAME")], font(36,True), W, H, rec)
    line(d, 70, y0+75, [("MRN ", None), (hn, "HOSPITAL_NUMBER"), ("   ", None), ("DOB 19/05/1957", "keep")], font(30), W, H, rec)
    line(d, 70, y0+120, [("Lab ", None), (lab, "OTHER_ID"), ("  ", None), ("FBC / U&E / CRP", "keep")], font(30), W, H, rec)
    c = code128(lab); c = c.resize((600,120)); paste_code(img, c, 70, y0+180, rec, "Code128", lab)
    q = qr(hn, 200); paste_code(img, q, 960, y0+150, rec, "QR", hn)
img.save("files/h-104-labels.jpg", quality=88); out.append(rec)
# --- TIFF: theatre sticker
W,H = 1000, 500; img = Image.new("RGB",(W,H),(252,250,240)); d = ImageDraw.Draw(img)
rec = newrec("h-105","h-105-sticker.tiff","tiff","addressograph_label_photo","Dr Ana-Maria Popescu",1)
line(d, 40, 40, [("Mr ", None), ("Piotr Featherstone", "PATIENT_NAME")], font(34,True), W, H, rec)
line(d, 40, 95, [("14 Larkspur Avenue", "ADDRESS"), (", ", None), ("Castleby", "ADDRESS"), (" ", None), ("DL7 4QT", "POSTCODE")], font(28), W, H, rec)
line(d, 40, 140, [("Tel ", None), ("01632 960417", "PHONE")], font(28), W, H, rec)
line(d, 40, 185, [("Unit ", None), ("M4419082", "HOSPITAL_NUMBER"), ("  ", None), ("DOB 02/02/1939", "keep")], font(28), W, H, rec)
c = code128("M4419082"); c = c.resize((520,120)); paste_code(img, c, 40, 250, rec, "Code128", "M4419082")
img.save("files/h-105-sticker.tiff"); out.append(rec)
# --- scanned image-only PDF, 2 pages, rotated 90 deg + noise
rec = newrec("h-106","h-106-scanned-letter.pdf","pdf","scanned_clinic_letter","Dr Kofi Mensah",2)
pages = []
PL = [[[("Castleby Royal Infirmary", "keep")], [("Department of Otolaryngology", "keep")], [("Our ref: ", None), ("ENT/4471/24", "REFERENCE_NUMBER")],
       [("Dear Dr ", None), ("Hutchings", "COLLEAGUE_NAME"), (",", None)],
       [("Re: ", None), ("Deniz Ashworth", "PATIENT_NAME"), ("  ", None), ("DOB 14/08/1972", "keep")],
       [("NHS ", None), ("934 207 5518", "NHS_NUMBER"), ("  Hosp ", None), ("RX3318820", "HOSPITAL_NUMBER")],
       [("7 Foxglove Close", "ADDRESS"), (", ", None), ("Wexcombe", "ADDRESS"), (" ", None), ("GL12 8RW", "POSTCODE")],
       [("Mr ", None), ("Ashworth", "PATIENT_NAME"), (" has a ", None), ("T2 glottic carcinoma", "keep"), (".", None)],
       [("Plan: ", None), ("radiotherapy 55 Gy in 20 fractions", "keep"), (".", None)]],
      [[("Page 2", "keep")], [("His wife ", None), ("Marisol", "RELATIVE_NAME"), (" can be reached on ", None), ("07700 900613", "PHONE"), (".", None)],
       [("Speech therapist ", None), ("Gethin Norbury", "COLLEAGUE_NAME"), (" will see him.", None)],
       [("Yours sincerely,", None)], [("Dr Kofi Mensah", "keep"), ("  GMC ", None), ("7123456", "keep")]]]
for p, lines in enumerate(PL, 1):
    W,H = 1240, 1754; img = Image.new("L",(W,H),255); d = ImageDraw.Draw(img)
    tmp = {"identifiers": [], "keep": []}
    for j, segs in enumerate(lines): line(d, 120, 150+j*70, segs, font(32), W, H, tmp, page=p, fill=0)
    # rotate 90 clockwise: (x,y)->(1-y, x) in fractions, page becomes landscape
    img = img.rotate(-90, expand=True)
    px = img.load(); 
    for _ in range(40000): px[R.randrange(img.width), R.randrange(img.height)] = R.choice([0,90,170])
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    for key in ("identifiers","keep"):
        for e in tmp[key]:
            x0,y0,x1,y1 = e["box"]; e["box"] = [round(1-y1,4), round(x0,4), round(1-y0,4), round(x1,4)]
            rec[key].append(e)
    pages.append(img.convert("RGB"))
pages[0].save("files/h-106-scanned-letter.pdf", save_all=True, append_images=pages[1:], resolution=150); out.append(rec)
rec["keep"] = [k for k in rec["keep"]]  # image-only: text is checked against the rendered strings
# --- text-layer PDFs
def pdf(i, fn, kind, app, pagelines):
    rec = newrec(i, fn, "pdf", kind, app, len(pagelines)); W,H = 595.27, 841.89
    c = canvas.Canvas("files/"+fn, pagesize=(W,H), pageCompression=0)
    for p, lines in enumerate(pagelines, 1):
        y = H - 70
        for segs in lines:
            x = 60; fs = 10.5
            for t, tag in segs:
                w = pdfmetrics.stringWidth(t, "Helvetica", fs)
                if tag:
                    box = [round((x-1)/W,4), round((H-y-0.8*fs)/H,4), round((x+w+1)/W,4), round((H-y+0.25*fs)/H,4)]
                    if tag=="keep": rec["keep"].append({"text": t, "page": p, "box": box})
                    else: rec["identifiers"].append({"text": t, "type": tag, "page": p, "box": box})
                c.setFont("Helvetica", fs); c.drawString(x, y, t); x += w
            y -= 18
        c.showPage()
    c.save(); out.append(rec); return rec
pdf("h-107","h-107-discharge.pdf","discharge_summary","Dr Nilufar Rahman", [
 [[("Discharge summary - ", None), ("Ward 7B", "keep"), (", ", None), ("Hollinwood Green University Hospitals", "keep")],
  [("Patient: ", None), ("Keziah Pickersgill", "PATIENT_NAME"), ("   MRN ", None), ("NG7720154", "HOSPITAL_NUMBER"), ("   NHS ", None), ("5590183346", "NHS_NUMBER")],
  [("DOB 23/09/1944", "keep"), ("   Female   Address: ", None), ("Bramble Lodge", "ADDRESS"), (", ", None), ("Thornaby Fell", "ADDRESS"), (" ", None), ("TR3 9HL", "POSTCODE")],
  [("Diagnosis: ", None), ("non-ST elevation myocardial infarction", "keep"), (", ", None), ("GRACE score 142", "keep")],
  [("Medication: ", None), ("ticagrelor 90 mg BD", "keep"), (", ", None), ("atorvastatin 80 mg ON", "keep")],
  [("Daughter ", None), ("Lowri", "RELATIVE_NAME"), (" (", None), ("020 7946 0388", "PHONE"), (") informed.", None)],
  [("GP: ", None), ("Dr Femi Lindqvist", "COLLEAGUE_NAME"), (", ", None), ("lindqvist.f@nhs.example.org", "EMAIL")]],
 [[("Page 2 of 2", "keep")], [("Mrs ", None), ("Pickersgill", "PATIENT_NAME"), (" to attend ", None), ("cardiac rehabilitation", "keep"), (".", None)],
  [("Completed by ", None), ("Dr Nilufar Rahman", "keep"), (", GMC ", None), ("7456602", "keep"), ("; verified by ", None), ("Dr Helena Marchetti", "keep")]]])
pdf("h-108","h-108-logbook.pdf","procedure_logbook","Dr Sergio Bellandi", [
 [[("Procedure logbook - ", None), ("Intensive Care Medicine", "keep"), (" - ", None), ("Dr Sergio Bellandi", "keep")],
  [("03/05/2024", "keep"), ("  ", None), ("SA1029384", "HOSPITAL_NUMBER"), ("  ", None), ("J.W.", "PATIENT_NAME"), ("  ", None), ("arterial line, radial", "keep")],
  [("04/05/2024", "keep"), ("  ", None), ("SA1188203", "HOSPITAL_NUMBER"), ("  ", None), ("Ursula Crowther", "PATIENT_NAME"), ("  ", None), ("CVC, right IJ, ultrasound-guided", "keep")],
  [("06/05/2024", "keep"), ("  ", None), ("SA0977615", "HOSPITAL_NUMBER"), ("  ", None), ("Mottram", "PATIENT_NAME"), ("  ", None), ("percutaneous tracheostomy", "keep")],
  [("Verified: ", None), ("Dr Rajesh Subramaniam", "keep"), (", ", None), ("Consultant Intensivist", "keep")]]])
# --- DOCX with patient table
rec = newrec("h-109","h-109-audit.docx","docx","audit_report","Dr Ana-Maria Popescu",1)
for k in ("barcodes","photos"): rec.pop(k)
rec.pop("pages")
doc = Document(); doc.add_heading("Audit of sepsis six delivery, Emergency Department, Brinsworth General", 1)
doc.add_paragraph("Lead: Dr Ana-Maria Popescu (GMC 7284519). Supervisor: Dr Beatrix Holloway.")
rows = [("Name","Hosp no","NHS no","Age","Lactate","Abx time"),("Rhodri Blenkinsop","K3340981","401 556 7823","77","4.2 mmol/L","52 min"),
        ("Saoirse Entwistle","K3358810","617 220 9034","34","2.1 mmol/L","95 min"),("Eamon Illingworth","K3362077","288 104 6651","58","6.0 mmol/L","38 min")]
t = doc.add_table(rows=4, cols=6)
for r,row in enumerate(rows):
    for c,v in enumerate(row): t.cell(r,c).text = v
doc.add_paragraph("Mr Illingworth's wife, Tamsin, phoned 01632 960552 to thank the team. Standard: antibiotics within 1 hour (NICE NG51).")
doc.save("files/h-109-audit.docx")
rec["identifiers"] = [{"text":a,"type":"PATIENT_NAME"} for a in ("Rhodri Blenkinsop","Saoirse Entwistle","Eamon Illingworth","Illingworth")] + \
    [{"text":a,"type":"HOSPITAL_NUMBER"} for a in ("K3340981","K3358810","K3362077")] + [{"text":a,"type":"NHS_NUMBER"} for a in ("401 556 7823","617 220 9034","288 104 6651")] + \
    [{"text":"Tamsin","type":"RELATIVE_NAME"},{"text":"01632 960552","type":"PHONE"}]
rec["keep"] = ["Dr Ana-Maria Popescu","GMC 7284519","Dr Beatrix Holloway","4.2 mmol/L","6.0 mmol/L","52 min","NICE NG51","Brinsworth General","sepsis six"]
out.append(rec)
# --- EML
rec = {"id":"h-110","file":"files/h-110-thread.eml","format":"eml","kind":"email_thread","applicant":"Dr Tariq Al-Hashimi"}
eml = """From: Naveed Zielinski <n.zielinski@nhs.example.org>
To: Dr Tariq Al-Hashimi <tariq.al-hashimi@nhs.example.org>
Subject: Haem-onc referral - Wiktoria Baptiste
Date: Tue, 14 May 2024 09:41:00 +0000
Content-Type: text/plain; charset=utf-8

Tariq,

Could you see Wiktoria Baptiste (NHS 4470918826, hosp NG5531097) today? Neutrophils 0.3 x 10^9/L
on day 10 after R-CHOP; temperature 38.6. Her partner Jago drives her in from 22 Saltmarsh Road, Lydbrook SY8 2PJ.
She started piperacillin-tazobactam 4.5 g at 08:50.

Naveed
Naveed Zielinski, Acute Oncology CNS, 07700 900284

> On 13 May 2024, Dr Tariq Al-Hashimi wrote:
> Happy to - please copy Dr Fiona Kerr-Lindsay (my supervisor) who will verify the case for my portfolio.
> Tariq (GMC 7390127)
"""
open("files/h-110-thread.eml","w").write(eml)
rec["identifiers"] = [{"text":"Naveed Zielinski","type":"COLLEAGUE_NAME"},{"text":"Naveed","type":"COLLEAGUE_NAME"},{"text":"n.zielinski@nhs.example.org","type":"EMAIL"},
  {"text":"Wiktoria Baptiste","type":"PATIENT_NAME"},{"text":"4470918826","type":"NHS_NUMBER"},{"text":"NG5531097","type":"HOSPITAL_NUMBER"},{"text":"Jago","type":"RELATIVE_NAME"},
  {"text":"22 Saltmarsh Road","type":"ADDRESS"},{"text":"Lydbrook","type":"ADDRESS"},{"text":"SY8 2PJ","type":"POSTCODE"},{"text":"07700 900284","type":"PHONE"}]
rec["keep"] = ["Dr Tariq Al-Hashimi","tariq.al-hashimi@nhs.example.org","Tariq","GMC 7390127","Dr Fiona Kerr-Lindsay","0.3 x 10^9/L","R-CHOP","piperacillin-tazobactam 4.5 g","38.6","Acute Oncology CNS"]
out.append(rec)
for r in out:
    if r.get("photos") == []: pass
with open("files.jsonl","w") as fh:
    for r in out: fh.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(out), "files")
