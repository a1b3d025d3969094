#!/usr/bin/env python3
"""Render files/ and files.jsonl for this set. Seeded and reproducible (run with the .venv python).

Every identifier / keep string is located automatically in every line drawn, so each occurrence gets its
own box; boxes of skewed scans are the axis-aligned hull of the rotated glyph box plus a few pixels.
"""
import io, json, math, pathlib, random, re
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth, getAscentDescent
from reportlab.lib.utils import ImageReader
import barcode
from barcode.writer import ImageWriter
import qrcode
import docx
from docx.shared import Pt
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(exist_ok=True)
FONT_DIR = "/usr/share/fonts/truetype/"
F = {
    "sans": FONT_DIR + "dejavu/DejaVuSans.ttf", "sansb": FONT_DIR + "dejavu/DejaVuSans-Bold.ttf",
    "serif": FONT_DIR + "dejavu/DejaVuSerif.ttf", "serifb": FONT_DIR + "dejavu/DejaVuSerif-Bold.ttf",
    "mono": FONT_DIR + "dejavu/DejaVuSansMono.ttf", "lib": FONT_DIR + "liberation/LiberationSans-Regular.ttf",
    "libb": FONT_DIR + "liberation/LiberationSans-Bold.ttf", "cond": FONT_DIR + "dejavu/DejaVuSansCondensed.ttf",
}
TYPES = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS", "PC": "POSTCODE",
         "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER", "REF": "REFERENCE_NUMBER",
         "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]|\{\{(.+?)\}\}")

def strip(marked, ids, keep):
    """Strip [[s|T]] / {{s}} markup, registering strings."""
    def rep(m):
        if m.group(1) is not None:
            ids.setdefault(m.group(1), TYPES[m.group(2)]); return m.group(1)
        if m.group(3) not in keep: keep.append(m.group(3))
        return m.group(3)
    return TOKEN.sub(rep, marked)

def occurrences(line, strings):
    for s in strings:
        for m in re.finditer(re.escape(s), line):
            yield s, m.start(), m.end()

class Doc:
    def __init__(self, id, kind, applicant, fmt, fname):
        self.id, self.kind, self.applicant, self.fmt, self.fname = id, kind, applicant, fmt, fname
        self.ids, self.keep = {}, []
        self.id_entries, self.keep_entries, self.barcodes, self.photos = [], [], [], []
        self.pages = 0
        self.pagelist = []
    def resolve(self):
        """Locate every registered string in every line drawn (after all strings are known)."""
        for pg in self.pagelist:
            pg.resolve()
    def record(self):
        self.resolve()
        rec = {"id": self.id, "file": f"files/{self.fname}", "format": self.fmt, "kind": self.kind,
               "applicant": self.applicant, "pages": self.pages}
        if self.fmt in ("docx", "eml"):
            rec["identifiers"] = [{"text": s, "type": t} for s, t in self.ids.items()]
            rec["keep"] = [{"text": k} for k in self.keep]
        else:
            rec["identifiers"] = self.id_entries
            rec["keep"] = self.keep_entries
        if self.barcodes: rec["barcodes"] = self.barcodes
        if self.photos: rec["photos"] = self.photos
        return rec

def r4(v): return round(v, 4)

# ---------------------------------------------------------------- raster pages
class RPage:
    """A raster page (scan / photo). Coordinates in pixels until finish()."""
    def __init__(self, doc, w=1240, h=1754, bg=(255, 255, 255)):
        self.doc, self.w, self.h = doc, w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.boxes = []  # (kind, payload, [x0,y0,x1,y1])
        self.lines, self.angle, self.margin = [], 0.0, 3
        doc.pagelist.append(self)
        doc.pages += 1
        self.page = doc.pages
    def text(self, x, y, marked, font="sans", size=22, fill=(20, 20, 20)):
        line = strip(marked, self.doc.ids, self.doc.keep)
        fnt = ImageFont.truetype(F[font], size)
        self.d.text((x, y), line, font=fnt, fill=fill)
        _, top, _, bottom = self.d.textbbox((x, y), line, font=fnt)
        self.lines.append((x, top, bottom, line, fnt))
        return bottom
    def para(self, x, y, marked, width, font="serif", size=22, gap=8):
        """Word-wrap a marked paragraph (markup tokens are kept whole)."""
        fnt = ImageFont.truetype(F[font], size)
        tokens = re.findall(r"\[\[.+?\|[A-Z]+\]\]\S*|\{\{.+?\}\}\S*|\S+", marked)
        line = ""
        for t in tokens:
            cand = (line + " " + t).strip()
            if fnt.getlength(strip(cand, {}, [])) > width and line:
                y = self.text(x, y, line, font, size) + gap; line = t
            else:
                line = cand
        if line: y = self.text(x, y, line, font, size) + gap
        return y
    def paste(self, img, x, y, kind=None, payload=None):
        self.im.paste(img, (int(x), int(y)))
        if kind: self.boxes.append((kind, payload, [x, y, x + img.width, y + img.height]))
        return y + img.height
    def finish(self, rng, angle=0.0, noise=0.0, blur=0.0, margin=3, bg=(255, 255, 255)):
        im = self.im
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
        if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
        if noise:
            a = np.asarray(im).astype(np.float32)
            nrng = np.random.default_rng(rng.randint(0, 2**31))
            a += nrng.normal(0, noise, a.shape)
            # salt and pepper specks
            m = nrng.random(a.shape[:2])
            a[m < 0.0015] = 30; a[m > 0.9985] = 255
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        self.angle, self.margin = angle, margin
        return im

def _resolve_raster(self):
    d = self.doc
    for x, top, bottom, line, fnt in self.lines:
        for kind, s_, a, b in find_all(line, d):
            x0 = x + fnt.getlength(line[:a]); x1 = x + fnt.getlength(line[:b])
            self.boxes.append((kind, s_, [x0, top, x1, bottom]))
    cx, cy = self.w / 2, self.h / 2
    th = math.radians(self.angle); margin = self.margin
    def tr(x, y):
        dx, dy = x - cx, y - cy
        return cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)
    for kind, payload, (x0, y0, x1, y1) in self.boxes:
        pts = [tr(x0, y0), tr(x1, y0), tr(x0, y1), tr(x1, y1)]
        xs, ys = [q[0] for q in pts], [q[1] for q in pts]
        box = [r4(max(0, min(xs) - margin) / self.w), r4(max(0, min(ys) - margin) / self.h),
               r4(min(self.w, max(xs) + margin) / self.w), r4(min(self.h, max(ys) + margin) / self.h)]
        if kind == "id":
            d.id_entries.append({"text": payload, "type": d.ids[payload], "page": self.page, "box": box})
        elif kind == "keep":
            d.keep_entries.append({"text": payload, "page": self.page, "box": box})
        elif kind == "barcode":
            d.barcodes.append({"format": payload[0], "value": payload[1], "page": self.page, "box": box})
        elif kind == "photo":
            d.photos.append({"page": self.page, "box": box, "what": payload})
RPage.resolve = _resolve_raster

def find_all(line, d):
    """Occurrences of identifier and keep strings in a line; an identifier occurrence lying inside a longer
    identifier occurrence is skipped (its box would sit inside the longer one)."""
    occ = [(s_, a, b) for s_, a, b in occurrences(line, list(d.ids))]
    out = []
    for s_, a, b in occ:
        if any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for _, a2, b2 in occ):
            continue
        out.append(("id", s_, a, b))
    for s_, a, b in occurrences(line, d.keep):
        out.append(("keep", s_, a, b))
    return out

def code128(value, module_height=9.0, module_width=0.25, dpi=150):
    b = barcode.get("code128", value, writer=ImageWriter())
    img = b.render({"write_text": False, "module_height": module_height, "module_width": module_width,
                    "quiet_zone": 1.0, "dpi": dpi, "background": "white", "foreground": "black"})
    return img.convert("RGB")

def qr(value, box_size=4):
    q = qrcode.QRCode(box_size=box_size, border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(value); q.make(fit=True)
    return q.make_image(fill_color="black", back_color="white").convert("RGB")

# ---------------------------------------------------------------- vector PDF pages
class PPage:
    def __init__(self, doc, c):
        self.doc, self.c = doc, c
        self.W, self.H = A4
        self.lines = []
        doc.pagelist.append(self)
        doc.pages += 1
        self.page = doc.pages
    def text(self, x, ytop, marked, font="Helvetica", size=10):
        """Draw with the top of the line at ytop (points from top)."""
        line = strip(marked, self.doc.ids, self.doc.keep)
        asc, desc = getAscentDescent(font, size)
        base = self.H - ytop - asc
        self.c.setFont(font, size)
        self.c.drawString(x, base, line)
        self.lines.append((x, ytop, line, font, size, asc, desc))
        return ytop + asc - desc
    def resolve(self):
        d = self.doc
        for x, ytop, line, font, size, asc, desc in self.lines:
            for kind, s, a, b in find_all(line, d):
                x0 = x + stringWidth(line[:a], font, size); x1 = x + stringWidth(line[:b], font, size)
                box = [r4((x0 - 1) / self.W), r4((ytop - 1) / self.H), r4((x1 + 1) / self.W), r4((ytop + asc - desc + 1) / self.H)]
                if kind == "id":
                    d.id_entries.append({"text": s, "type": d.ids[s], "page": self.page, "box": box})
                else:
                    d.keep_entries.append({"text": s, "page": self.page, "box": box})
    def para(self, x, ytop, marked, width, font="Helvetica", size=10, lead=3):
        tokens = re.findall(r"\[\[.+?\|[A-Z]+\]\]\S*|\{\{.+?\}\}\S*|\S+", marked)
        line = ""
        for t in tokens:
            cand = (line + " " + t).strip()
            if stringWidth(strip(cand, {}, []), font, size) > width and line:
                ytop = self.text(x, ytop, line, font, size) + lead; line = t
            else:
                line = cand
        if line: ytop = self.text(x, ytop, line, font, size) + lead
        return ytop
    def image(self, img, x, ytop, w, h, kind=None, payload=None):
        self.c.drawImage(ImageReader(img), x, self.H - ytop - h, w, h)
        box = [r4(x / self.W), r4(ytop / self.H), r4((x + w) / self.W), r4((ytop + h) / self.H)]
        if kind == "barcode":
            self.doc.barcodes.append({"format": payload[0], "value": payload[1], "page": self.page, "box": box})
        elif kind == "photo":
            self.doc.photos.append({"page": self.page, "box": box, "what": payload})
        return ytop + h

def new_pdf(path):
    return rl_canvas.Canvas(str(path), pagesize=A4, pageCompression=0, invariant=1)

def scans_to_pdf(path, images, dpi=150):
    c = rl_canvas.Canvas(str(path), pagesize=A4, pageCompression=0, invariant=1)
    for im in images:
        buf = io.BytesIO(); im.convert("L").save(buf, "PNG"); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1]); c.showPage()
    c.save()

DOCS = []

# ============================================================ 101: text-layer PDF clinic letter (geriatrics)
def f101():
    d = Doc("s13-101", "clinic_letter_pdf", "Dr Priya Raghunathan", "pdf", "s13-101-falls-clinic-letter.pdf")
    c = new_pdf(OUT / d.fname); p = PPage(d, c)
    y = 50
    y = p.text(60, y, "{{St Aldhelm's Hospital}} - Falls and Syncope Service", "Helvetica-Bold", 13) + 4
    y = p.text(60, y, "{{Wessex Coast NHS Trust}}   Direct line [[01632 960233|PH]]   Fax [[01632 960234|PH]]", "Helvetica", 9) + 16
    y = p.text(60, y, "Our ref: [[PR/FS/0512|REF]]        Your ref: [[JP/ref/2218|REF]]", "Helvetica", 10) + 4
    y = p.text(60, y, "Clinic date: {{09/05/2024}}     Typed: {{13/05/2024}}", "Helvetica", 10) + 16
    for l in ["[[Dr Jenna Penhaligon|CN]]", "[[Sandford Lane Medical Practice|AD]]", "[[Sandford Lane|AD]], [[Wareham|AD]]", "[[BH20 4DY|PC]]"]:
        y = p.text(60, y, l) + 2
    y += 14
    y = p.text(60, y, "Dear Dr [[Penhaligon|CN]],") + 10
    y = p.text(60, y, "Re: [[Mrs Gwendoline Tarrant|PN]]   DOB {{17/03/1934}}   Female", "Helvetica-Bold", 10) + 2
    y = p.text(60, y, "NHS [[928 104 3357|NHS]]   Hospital no. [[SAH-0815540|HN]]", "Helvetica-Bold", 10) + 2
    y = p.text(60, y, "[[Flat 5, Harbour View|AD]], [[Swanage|AD]] [[BH19 2LA|PC]]", "Helvetica", 10) + 12
    paras = [
        "Diagnoses: {{recurrent falls}}; {{orthostatic hypotension}}; {{Lewy body dementia}} (mild); {{osteoporosis}} with previous wrist fracture.",
        "Thank you for referring Mrs [[Tarrant|PN]], whom I saw today with her daughter-in-law [[Sharon Tarrant|RN]]. She has fallen six times since January, mostly at night on the way to the bathroom. Her lying BP was {{152/84}} and standing {{118/72}} at 3 minutes with dizziness. {{Timed Up and Go}} was {{21 seconds}}. Her {{MoCA}} today was {{22/30}}, with visuospatial difficulty, and she describes seeing small children in the garden in the evenings, which do not distress her.",
        "I have stopped her {{amitriptyline 10 mg}} and reduced {{ramipril}} to {{2.5 mg}}. I have started {{alendronic acid 70 mg}} weekly with {{Adcal-D3}}. A referral has been made to the memory service and to the community falls team, who will visit her at home. Her neighbour, [[Mr Ron Fudge|RN]], has a key and checks on her each morning.",
        "I will see her again in three months.",
    ]
    for t in paras:
        y = p.para(60, y, t, 470) + 8
    y += 10
    y = p.text(60, y, "Yours sincerely,") + 28
    y = p.text(60, y, "{{Dr Priya Raghunathan}}", "Helvetica-Bold", 10) + 2
    y = p.text(60, y, "Specialty Doctor, Medicine for Older People") + 2
    y = p.text(60, y, "cc: [[Mrs G. Tarrant|PN]] (patient)", "Helvetica", 9)
    c.showPage(); c.save()
    return d

# ============================================================ 102: text-layer PDF discharge summary with Code128 (EM), 2 pages
def f102():
    d = Doc("s13-102", "discharge_summary_pdf", "Dr Oluwaseun Adebayo-Clarke", "pdf", "s13-102-ed-discharge-barcode.pdf")
    c = new_pdf(OUT / d.fname)
    hn = "FRI0620914"
    bc = code128(hn)
    for pg in (1, 2):
        p = PPage(d, c)
        p.image(bc, 400, 30, 150, 38, "barcode", ("Code128", hn))
        y = p.text(400, 72, "[[FRI0620914|HN]]", "Courier", 9)
        y = 36
        y = p.text(50, y, "{{Fenwick Royal Infirmary}}", "Helvetica-Bold", 13) + 3
        y = p.text(50, y, "Emergency Department - Discharge Summary (page %d of 2)" % pg, "Helvetica", 9) + 3
        y = p.text(50, y, "Patient: [[PRENDERGAST, Nuala|PN]]   DOB {{22/06/1988}}   F", "Helvetica-Bold", 10) + 30
        if pg == 1:
            y = p.text(50, y, "NHS number: [[459 303 7718|NHS]]     ED attendance no: [[ED24-0031562|HN]]") + 4
            y = p.text(50, y, "Address: [[7 Gilesgate Court|AD]], [[Hexham|AD]] [[NE46 3QH|PC]]    Tel: [[07700 900458|PH]]") + 4
            y = p.text(50, y, "GP: [[Dr Anil Rawat|CN]], [[Haydon Bridge Surgery|AD]]") + 14
            for t in [
                "Arrived: {{18/02/2024}} 14:05 by ambulance (incident [[NEAS-180224-1192|REF]]). Seen by {{Dr O. Adebayo-Clarke}} at 14:40.",
                "Presenting complaint: palpitations and pre-syncope while at work (she is a teaching assistant at [[Beaufront First School|AD]]). Known {{Wolff-Parkinson-White syndrome}}, awaiting ablation.",
                "ECG: {{AVRT}} at 210 bpm, narrow complex. {{Vagal manoeuvres}} (modified Valsalva) unsuccessful; {{adenosine 6 mg}} then {{12 mg}} IV with reversion to sinus rhythm, delta waves visible. {{Troponin T}} {{9 ng/L}}. K+ {{4.2}}.",
                "Her husband, [[Cathal Prendergast|RN]], was present and has been given the ED safety-netting leaflet.",
            ]:
                y = p.para(50, y, t, 490) + 6
        else:
            for t in [
                "Diagnosis: {{AVRT}} in {{Wolff-Parkinson-White syndrome}} - resolved with adenosine.",
                "Plan: Discharged home 17:30. Do not start AV-nodal blockers. Urgent letter to cardiology EP team ({{Dr Jonathan Ashcroft}} cc). Return if recurrent episodes > 20 min, chest pain or syncope.",
                "Discharging clinician: {{Dr Oluwaseun Adebayo-Clarke}}, Specialty Doctor, GMC {{7345120}}",
                "Verified for portfolio: {{Dr Harriet Okonjo-Reid}}, Consultant in Emergency Medicine",
            ]:
                y = p.para(50, y, t, 490) + 8
        c.showPage()
    c.save()
    return d

# ============================================================ 103: text-layer PDF audit table (cardiology)
def f103():
    d = Doc("s13-103", "audit_report_pdf", "Dr Ahmed Farouk El-Sayed", "pdf", "s13-103-stemi-audit.pdf")
    c = new_pdf(OUT / d.fname); p = PPage(d, c)
    y = 50
    y = p.text(50, y, "Re-audit: secondary prevention on discharge after ACS - {{Pendle Moor Hospital}}", "Helvetica-Bold", 12) + 6
    y = p.text(50, y, "Lead: {{Dr Ahmed Farouk El-Sayed}}   Supervisor: {{Dr Jonathan Ashcroft}}   Standard: {{NICE NG185}}, {{ESC 2023}}") + 14
    y = p.text(50, y, "Pt            Hosp no         NHS no            Age/Sex   DAPT  Statin  BB   ACEi  Rehab", "Courier-Bold", 9) + 4
    rows = [
        ("[[J.B.|PN]]        ", "[[PMH3301178|HN]]", "[[481 556 0923|NHS]]", "64M", "Y", "Y", "Y", "Y", "Y"),
        ("[[R.McK.|PN]]      ", "[[PMH3302245|HN]]", "[[611 874 3306|NHS]]", "71M", "Y", "Y", "N", "Y", "Y"),
        ("[[S.A.|PN]]        ", "[[PMH3307719|HN]]", "[[402 998 1145|NHS]]", "55F", "Y", "Y", "Y", "Y", "N"),
        ("[[D.O'C.|PN]]      ", "[[PMH3309012|HN]]", "[[734 210 8857|NHS]]", "82M", "Y", "N", "Y", "N", "N"),
        ("[[H.P.|PN]]        ", "[[PMH3310331|HN]]", "[[558 403 6672|NHS]]", "49M", "Y", "Y", "Y", "Y", "Y"),
        ("[[T.W.|PN]]        ", "[[PMH3311870|HN]]", "[[690 117 2208|NHS]]", "77F", "Y", "Y", "Y", "Y", "Y"),
        ("[[M.N.|PN]]        ", "[[PMH3313346|HN]]", "[[423 885 0019|NHS]]", "60F", "N", "Y", "Y", "Y", "Y"),
    ]
    for r in rows:
        line = f"{r[0]}{r[1]}      {r[2]}      {r[3]}       {r[4]}     {r[5]}      {r[6]}    {r[7]}     {r[8]}"
        y = p.text(50, y, line, "Courier", 9) + 3
    y += 10
    for t in [
        "Result: full optimal therapy in 4/7 (57%); cycle 1 was 38%. Reasons for omission documented in 2/3.",
        "[[D.O'C.|PN]] declined statin (myalgia with two agents); offered {{ezetimibe}} and lipid clinic. [[R.McK.|PN]]: {{bisoprolol}} withheld for {{asthma}}.",
        "Action: discharge checklist in the {{CCU}} e-discharge template; cardiac rehab nurse [[Lorna Haworth|CN]] to receive automatic referral list. Patient enquiries about the programme: [[https://pendlemoor.example.nhs.uk/cardiac-rehab/referral?pt=PMH3313346|URL]]",
        "Verified: {{Dr Jonathan Ashcroft}}, Consultant Cardiologist, {{30/04/2024}}",
    ]:
        y = p.para(50, y, t, 495) + 6
    c.showPage(); c.save()
    return d

# ============================================================ 104: scanned referral letter, image-only PDF (NI)
def f104(rng):
    d = Doc("s13-104", "gp_referral_scan", "Dr Conor Devlin", "pdf", "s13-104-gp-referral-scan.pdf")
    p = RPage(d)
    y = 90
    y = p.text(90, y, "[[Ardglass Road Health Centre|AD]]", "serifb", 30) + 6
    y = p.text(90, y, "[[14 Ardglass Road|AD]], [[Killough|AD]], [[BT30 7QL|PC]]", "serif", 22) + 4
    y = p.text(90, y, "Tel: [[028 9649 6210|PH]]   Email: [[ardglassroad.hc@hscni.example|EM]]", "serif", 22) + 40
    y = p.text(90, y, "{{22 January 2024}}", "serif", 22) + 30
    y = p.text(90, y, "{{Dr Conor Devlin}}", "serif", 22) + 4
    y = p.text(90, y, "Acute Care at Home / General Medicine, {{Castlereagh Area Hospital}}", "serif", 22) + 34
    y = p.text(90, y, "Re: [[Mrs Philomena McCann|PN]]   DOB {{08/08/1940}}", "serifb", 23) + 6
    y = p.text(90, y, "H&C [[328 441 9076|NHS]]     Hosp [[CAH0263315|HN]]", "serifb", 23) + 6
    y = p.text(90, y, "[[2 Chapel Brae|AD]], [[Killough|AD]]", "serif", 22) + 30
    y = p.para(90, y, "Dear Conor, I would be grateful if you could see [[Philomena|PN]] urgently. She is 83 and has had "
               "three weeks of worsening breathlessness, orthopnoea and ankle swelling. NT-proBNP is {{4,210 ng/L}}. "
               "ECG shows new {{atrial fibrillation}}, rate 120. I have started {{bisoprolol 2.5 mg}} and {{furosemide 40 mg}}. "
               "She lives alone since her husband [[Jimmy|RN]] died; her son [[Martin McCann|RN]] ([[07700 900552|PH]]) "
               "calls in daily and would bring her to clinic.", 1050, "serif", 22)
    y += 30
    y = p.text(90, y, "Yours sincerely,", "serif", 22) + 50
    y = p.text(90, y, "[[Dr Siobhan Largey|CN]]  (GMC [[6033218|GMC]])", "serif", 22)
    im = p.finish(rng, angle=0.8, noise=9, blur=0.6)
    scans_to_pdf(OUT / d.fname, [im])
    return d

# ============================================================ 105: scanned incident form, 2 pages, image-only PDF (surgery)
def f105(rng):
    d = Doc("s13-105", "incident_form_scan", "Mr Tomasz Wiśniewski", "pdf", "s13-105-datix-form-scan.pdf")
    pages = []
    p = RPage(d)
    y = 80
    y = p.text(80, y, "NORTHGATE GENERAL HOSPITAL - INCIDENT REPORT FORM (paper back-up)", "sansb", 26) + 20
    p.d.rectangle([70, y, 1170, y + 170], outline=(0, 0, 0), width=2)
    y += 14
    y = p.text(90, y, "Incident ref: [[NGH-DX-2023-07718|REF]]      StEIS: [[2023/19022|REF]]", "mono", 22) + 10
    y = p.text(90, y, "Date/time: {{27/11/2023}} 02:15     Location: {{Ward 21}} (surgical)", "mono", 22) + 10
    y = p.text(90, y, "Reporter: {{Mr T. Wiśniewski}}, Specialty Surgeon", "mono", 22) + 10
    y = p.text(90, y, "Severity: moderate harm     Category: deteriorating patient", "mono", 22) + 40
    y = p.text(80, y, "PERSON AFFECTED", "sansb", 22) + 10
    y = p.text(90, y, "Name: [[Mr Rashid Mahmood|PN]]     Hosp no: [[NGH5520187|HN]]     DOB {{03/02/1957}}", "sans", 22) + 8
    y = p.text(90, y, "NHS: [[620 339 4471|NHS]]     Address: [[9 Cranbrook Avenue|AD]], [[Gateshead|AD]] [[NE8 4RT|PC]]", "sans", 22) + 40
    y = p.text(80, y, "DESCRIPTION", "sansb", 22) + 10
    y = p.para(90, y, "Day 2 after emergency laparotomy. NEWS2 rose from 3 to 7 between 22:00 and 02:00 but was not "
               "escalated by the agency nurse [[Comfort Asamoah|CN]] (NMC [[09H1234E|GMC]]) because the e-obs tablet was "
               "out of charge and obs were recorded on paper. I was called at 02:10 by the night sister [[Gail Rutter|CN]]. "
               "Patient hypotensive 84/50, lactate {{5.2}}. Sepsis Six completed by 02:55; CT showed an anastomotic leak; "
               "returned to theatre with the on-call consultant [[Mr Idris Khalil|CN]].", 1060, "sans", 22)
    pages.append(p.finish(rng, angle=-1.1, noise=10, blur=0.7))
    p = RPage(d)
    y = 80
    y = p.text(80, y, "Incident ref: [[NGH-DX-2023-07718|REF]] (continued)     Pt: [[Mr Rashid Mahmood|PN]]", "mono", 22) + 30
    y = p.text(80, y, "IMMEDIATE ACTIONS / DUTY OF CANDOUR", "sansb", 22) + 10
    y = p.para(90, y, "Verbal {{Duty of Candour}} discussion held with the patient's wife [[Mrs Shazia Mahmood|RN]] and son "
               "[[Adeel|RN]] at 09:30 on {{27/11/2023}} by {{Mr T. Wiśniewski}}. Written follow-up letter sent {{04/12/2023}}. "
               "Family contact: [[07700 900713|PH]].", 1060, "sans", 22) + 30
    y = p.text(80, y, "LEARNING", "sansb", 22) + 10
    y = p.para(90, y, "All e-obs tablets now on charging docks at each nurses' station; paper NEWS2 charts carry the escalation "
               "flowchart. Reviewed at surgical governance {{12/01/2024}}.", 1060, "sans", 22) + 50
    y = p.text(90, y, "Manager sign-off: {{Mr Alistair Ferrier}}, Clinical Lead    Date: {{15/01/2024}}", "sans", 22)
    pages.append(p.finish(rng, angle=0.6, noise=10, blur=0.7))
    scans_to_pdf(OUT / d.fname, pages)
    return d

# ============================================================ 106: photo of a handwritten-style handover sheet, PNG (psychiatry)
def f106(rng):
    d = Doc("s13-106", "handover_sheet_photo", "Dr Hamza Al-Rashidi", "png", "s13-106-handover-photo.png")
    p = RPage(d, 1600, 1100, bg=(236, 232, 220))
    p.d.rectangle([0, 0, 1600, 1100], fill=(236, 232, 220))
    y = 50
    y = p.text(60, y, "CALDER WARD - NIGHT HANDOVER  {{03/08/2024}}   (HAR)", "sansb", 30) + 24
    rows = [
        "Bed 2  [[Mr Kwabena Asare|PN]]  [[RiO 10072204|HN]]  S2 - AMHP review am; bro [[Kojo|RN]] [[07700 900815|PH]]",
        "Bed 5  [[Ms Danuta Zalewska|PN]]  [[RiO 10091266|HN]]  informal - {{lithium}} level {{0.9}}; NOK [[Tomek|RN]]",
        "Bed 6  [[Leon Gaskell|PN]]  [[RiO 10081337|HN]]  S2 - no female staff alone; police ref [[WYP-20240801-0212|REF]]",
        "Bed 9  [[Mrs Parveen Akhtar|PN]]  [[RiO 10030977|HN]]  S3 - ECT Tues, NBM from 00:00; {{SOAD}} seen",
        "Bed 11 [[Jordan Pybus|PN]]  [[RiO 10095502|HN]]  s136 -> S2; from [[Todmorden|AD]]; mum [[Lisa Pybus|RN]] calling",
    ]
    for r in rows:
        y = p.text(60, y, r, "cond", 27, fill=(25, 25, 90)) + 26
        p.d.line([50, y - 12, 1550, y - 12], fill=(160, 160, 170), width=1)
    y += 10
    y = p.text(60, y, "Consultant on call: {{Dr Fiona Cattermole}}  -  escalate via switchboard", "cond", 26, fill=(25, 25, 90))
    im = p.finish(rng, angle=1.6, noise=12, blur=1.0, bg=(90, 80, 70))
    im.save(OUT / d.fname, optimize=False)
    return d

# ============================================================ 107: wristband photo, JPEG, with Code128 (obstetrics)
def f107(rng):
    d = Doc("s13-107", "wristband_photo", "Dr Chinonso Eze", "jpeg", "s13-107-wristband.jpg")
    W, H = 1400, 700
    p = RPage(d, W, H, bg=(120, 110, 100))
    # skin-toned arm and white band
    p.d.rectangle([0, 180, W, 560], fill=(150, 105, 80))
    p.d.rounded_rectangle([60, 250, 1340, 500], radius=30, fill=(250, 250, 246), outline=(200, 200, 200), width=3)
    hn = "TUH7713045"
    bc = code128(hn, module_height=7.0, module_width=0.22)
    bc = bc.resize((int(bc.width * 1.1), 120))
    p.paste(bc, 90, 290, "barcode", ("Code128", hn))
    x = 120 + bc.width
    y = 268
    y = p.text(x, y, "[[NWACHUKWU, Adaeze|PN]]", "sansb", 34) + 8
    y = p.text(x, y, "DOB {{02/09/1992}}   F   MRN [[TUH7713045|HN]]", "sans", 27) + 8
    y = p.text(x, y, "NHS [[734 520 1186|NHS]]", "sans", 27) + 8
    y = p.text(x, y, "{{Thameside University Hospital}}  Labour Ward", "sans", 24)
    im = p.finish(rng, angle=-3.0, noise=8, blur=0.8, bg=(120, 110, 100))
    im.save(OUT / d.fname, quality=88)
    d.photos.append({"page": 1, "box": [0.0, 0.2571, 1.0, 0.8], "what": "patient's wrist (skin visible) wearing the band"})
    return d

# ============================================================ 108: sheet of patient ID labels with QR codes, PNG (acute medicine, Wales)
def f108(rng):
    d = Doc("s13-108", "patient_label_sheet", "Dr Rhys Pritchard", "png", "s13-108-label-sheet.png")
    p = RPage(d, 1240, 1000)
    p.text(60, 40, "Specimen / notes labels - {{Ysbyty Glan Dyfi}} (kept in procedure log, {{Dr Rhys Pritchard}})", "sansb", 24)
    qv = "NHS:6741128839|HOSP:G741208|DOB:1947-09-30"
    for i, (cx, cy) in enumerate([(60, 110), (640, 110), (60, 520)]):
        p.d.rectangle([cx, cy, cx + 540, cy + 360], outline=(0, 0, 0), width=2)
        q = qr(qv, box_size=4)
        p.paste(q, cx + 380, cy + 20, "barcode", ("QR", qv))
        y = cy + 24
        y = p.text(cx + 20, y, "[[RHYDDERCH|PN]]", "sansb", 28) + 4
        y = p.text(cx + 20, y, "[[Gwilym|PN]]", "sansb", 28) + 12
        y = p.text(cx + 20, y, "DOB {{30/09/1947}}  M", "sans", 22) + 8
        y = p.text(cx + 20, y, "GIG/NHS [[674 112 8839|NHS]]", "sans", 22) + 8
        y = p.text(cx + 20, y, "Ysb. [[G741208|HN]]", "sans", 22) + 8
        y = p.text(cx + 20, y, "[[Bryn Eithin|AD]], [[Machynlleth|AD]]", "sans", 20) + 8
        y = p.text(cx + 20, y, "[[SY20 8EE|PC]]", "sans", 20) + 8
        b = code128("G741208", module_height=5.0, module_width=0.2)
        b = b.resize((300, 60))
        p.paste(b, cx + 20, cy + 280, "barcode", ("Code128", "G741208"))
    p.text(640, 540, "Ward: {{Uned Meddygaeth Acíwt}}", "sans", 22)
    im = p.finish(rng, angle=0.4, noise=5, blur=0.4)
    im.save(OUT / d.fname)
    return d

# ============================================================ 109: scanned paediatric request form with QR, TIFF
def f109(rng):
    d = Doc("s13-109", "request_form_scan", "Dr Siobhán Ní Bhriain", "tiff", "s13-109-radiology-request.tif")
    p = RPage(d)
    y = 80
    y = p.text(80, y, "{{Medway Vale Hospital}} - Radiology Request (Paediatrics)", "sansb", 30) + 30
    qv = "https://pas.mvh.example.nhs.uk/pt/MV1120458?nhs=7201184467"
    p.paste(qr(qv, box_size=5), 960, 160, "barcode", ("QR", qv))
    y = p.text(80, y, "Patient: [[Lacey-Mae Turnbull|PN]]", "sans", 26) + 10
    y = p.text(80, y, "DOB {{07/09/2023}}   Sex F   Age 5 months", "sans", 26) + 10
    y = p.text(80, y, "NHS [[720 118 4467|NHS]]   Hosp [[MV1120458|HN]]", "sans", 26) + 10
    y = p.text(80, y, "Address: [[12 Sovereign Boulevard|AD]], [[Gillingham|AD]] [[ME7 1XX|PC]]", "sans", 26) + 40
    y = p.text(80, y, "Examination: {{Skeletal survey (RCR/SCoR 2017 protocol)}}", "sansb", 26) + 10
    y = p.para(80, y, "Clinical details: non-mobile infant with facial bruising (L cheek, pinna). {{TEN-4-FACESp}} positive. "
               "Child protection concern - strategy discussion held (LA ref [[MCS-CP-24-0318|REF]]). "
               "Please include follow-up views at 11-14 days.", 1050, "sans", 24) + 40
    y = p.text(80, y, "Requesting clinician: {{Dr Siobhán Ní Bhriain}}   Bleep 5520   Date {{14/02/2024}}", "sans", 24) + 10
    y = p.text(80, y, "Consultant: {{Dr Kwame Asante}}", "sans", 24) + 10
    y = p.text(80, y, "Vetted by: [[Dr L. Pritchard|CN]] (radiology) - approved", "sans", 24)
    im = p.finish(rng, angle=-0.7, noise=11, blur=0.6)
    im.convert("L").save(OUT / d.fname, compression="tiff_lzw")
    return d

# ============================================================ 110: logbook page with clinical photographs, JPEG (emergency medicine)
def f110(rng):
    d = Doc("s13-110", "logbook_page_with_photos", "Dr Oluwaseun Adebayo-Clarke", "jpeg", "s13-110-wound-xray-page.jpg")
    p = RPage(d)
    y = 70
    y = p.text(80, y, "Procedure log - wound management & fracture reduction - {{Dr O. Adebayo-Clarke}}", "sansb", 21) + 30
    # synthetic wound photograph (no real person): skin-coloured field with a red linear laceration
    r2 = random.Random(rng.randint(0, 10**6))
    wound = Image.new("RGB", (520, 380), (196, 150, 120))
    wd = ImageDraw.Draw(wound)
    for _ in range(400):
        x, yy = r2.randint(0, 519), r2.randint(0, 379)
        wd.point((x, yy), fill=(180 + r2.randint(-15, 15), 135 + r2.randint(-15, 15), 105))
    wd.line([(90, 250), (260, 190), (430, 150)], fill=(150, 20, 25), width=14)
    wd.text((12, 340), "[pt photo 3/3]", fill=(255, 255, 255), font=ImageFont.truetype(F["sans"], 18))
    p.paste(wound, 80, y, "photo", "photograph of a patient's forearm laceration")
    # synthetic X-ray with burned-in patient name and number
    xr = Image.new("RGB", (520, 380), (10, 10, 10))
    xd = ImageDraw.Draw(xr)
    xd.ellipse([150, 40, 370, 360], fill=(70, 70, 70))
    xd.rectangle([235, 40, 285, 360], fill=(190, 190, 190))
    xd.line([(235, 205), (285, 195)], fill=(20, 20, 20), width=4)
    p.paste(xr, 640, y, "photo", "wrist X-ray with burned-in patient name and number")
    # burned-in text on the X-ray, drawn as page text so that it gets boxes
    p.text(652, y + 10, "[[BELL, Tyrone|PN]]", "mono", 18, fill=(235, 235, 235))
    p.text(652, y + 34, "[[FRI0588120|HN]]  {{14/08/2007}}  M", "mono", 18, fill=(235, 235, 235))
    y += 400
    y = p.text(80, y, "Case 1 ({{11/04/2024}}): 6 cm forearm laceration, glass; pt [[Kenny Bates|PN]], [[FRI0590067|HN]]", "sans", 22) + 10
    y = p.text(80, y, "Irrigation, {{lidocaine 1%}} 8 ml, 9 x {{4-0 Ethilon}}; {{tetanus}} up to date.", "sans", 22) + 24
    y = p.text(80, y, "Case 2 ({{12/04/2024}}): 16M, fall from BMX at [[Tyne Green skatepark|AD]]; {{Colles' fracture}}", "sans", 22) + 10
    y = p.text(80, y, "[[Tyrone|PN]] - {{haematoma block}}, manipulation, backslab; post-reduction film satisfactory.", "sans", 22) + 10
    y = p.text(80, y, "Mum ([[Mrs Dionne Bell|RN]]) present throughout and consented.", "sans", 22) + 30
    y = p.text(80, y, "Supervisor: {{Dr Harriet Okonjo-Reid}}", "sans", 22)
    im = p.finish(rng, angle=1.2, noise=9, blur=0.9)
    im.save(OUT / d.fname, quality=85)
    return d

# ============================================================ 111: DOCX case-based discussion (anaesthetics, Scotland)
def f111():
    d = Doc("s13-111", "case_based_discussion_docx", "Dr Eilidh MacAskill", "docx", "s13-111-cbd-obstetric-GA.docx")
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    def P(marked, bold=False):
        t = strip(marked, d.ids, d.keep)
        para = doc.add_paragraph(); run = para.add_run(t); run.bold = bold
    doc.add_heading(strip("Case-based discussion - {{Inverallan Royal Hospital}}", d.ids, d.keep), level=1)
    P("Doctor: {{Dr Eilidh MacAskill}}   Assessor: {{Dr Callum Strachan}}, Consultant Anaesthetist (GMC {{3311764}})")
    P("Date: {{19/04/2024}}   Curriculum domain: {{Obstetric anaesthesia}}")
    table = doc.add_table(rows=4, cols=2)
    rows = [("Patient", "[[Mrs Kirsteen Bain|PN]]"), ("CHI", "[[1207915528|NHS]]"), ("Unit number", "[[IRH 440917|HN]]"),
            ("Address", "[[Croft 4, Balnakeil|AD]], [[Durness|AD]] [[IV27 4PT|PC]]")]
    for i, (a, b) in enumerate(rows):
        table.cell(i, 0).text = a; table.cell(i, 1).text = strip(b, d.ids, d.keep)
    P("Case summary", bold=True)
    P("A 33-year-old primigravida, [[Kirsteen|PN]], needed a category 1 caesarean section at 23:40 for a prolapsed cord. "
      "Her epidural was not in situ. I performed a rapid sequence induction with {{thiopental 5 mg/kg}} and {{rocuronium 1.2 mg/kg}}, "
      "videolaryngoscope, first-pass intubation. {{Sugammadex}} available. Decision-to-delivery interval {{19 minutes}}; "
      "baby {{Apgar 6 and 9}}.")
    P("Her husband [[Fraser Bain|RN]] had driven behind the ambulance from [[Durness|AD]] (100 miles) and arrived after delivery; "
      "the midwife [[Catherine Gunn|CN]] stayed with him. I saw Mrs [[Bain|PN]] the next day for a GA follow-up and to discuss awareness "
      "({{NAP5}}): none reported.")
    P("Assessor feedback", bold=True)
    P("Excellent situational awareness; used the {{OAA/DAS obstetric difficult airway guideline}} table 1 decision at the WHO "
      "team brief. Consider earlier epidural top-up discussion with the obstetric registrar [[Dr Moses Adjei|CN]] when CTG "
      "concerns first arose. Outcome: {{entrustable - level 4}}.")
    P("Signed: {{Dr Callum Strachan}}")
    doc.core_properties.author = "Eilidh MacAskill"
    doc.core_properties.created = datetime.datetime(2024, 4, 19, 12, 0, 0)
    doc.core_properties.modified = datetime.datetime(2024, 4, 19, 12, 0, 0)
    doc.save(OUT / d.fname)
    # rewrite the zip with fixed timestamps so the file is byte-reproducible
    import zipfile
    src = zipfile.ZipFile(OUT / d.fname); items = [(i.filename, src.read(i.filename)) for i in src.infolist()]; src.close()
    with zipfile.ZipFile(OUT / d.fname, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 19, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    d.pages = 1
    return d

# ============================================================ 112: e-mail .eml from a relative (geriatrics)
def f112():
    d = Doc("s13-112", "family_email_eml", "Dr Priya Raghunathan", "eml", "s13-112-family-email.eml")
    m = EmailMessage()
    m["From"] = strip("[[Rebecca Mountjoy|RN]] <[[beckymountjoy@example.org|EM]]>", d.ids, d.keep)
    m["To"] = strip("{{Dr Priya Raghunathan}} <priya.raghunathan@wct.nhs.example>", d.ids, d.keep)
    m["Cc"] = strip("[[Heron Ward Sister|CN]] <[[heron.ward@wct.nhs.example|EM]]>", d.ids, d.keep)
    m["Subject"] = strip("Mum ([[Cynthia Mountjoy|PN]], [[SAH-0822671|HN]]) - thank you, and a question", d.ids, d.keep)
    m["Date"] = format_datetime(datetime.datetime(2024, 6, 3, 20, 14, 0, tzinfo=datetime.timezone.utc))
    m["Message-ID"] = "<s13-112.20240603201400@example.org>"
    body = """Dear Dr Raghunathan,

I'm Cynthia's daughter - we spoke on Thursday when Mum was moved from {{Heron Ward}} to {{Kingfisher Ward}}. Thank you for taking the time to explain the {{CT head}} result and why you stopped her {{zopiclone}}. She's been so much brighter.

Her NHS number is [[563 002 1179|NHS]] in case you need it. My brother [[Phil|RN]] says he was given a different story by the weekend doctor ([[Dr Okoro|CN]]?) about whether she can go home to [[Corfe Mullen|AD]] or needs a care home - could we have a family meeting? I'm on [[07700 900287|PH]] and free any afternoon. We've been looking at [[Fairhaven House in Broadstone|AD]] and the manager there, [[Mrs Jill Spracklen|OID]], would need a discharge letter.

Our family's shared page with her care diary is [[https://carediary.example.com/family/mountjoy-c-1937|URL]] if that's any help.

Kind regards,
Rebecca (Becky) Mountjoy
[[12 Lytchett Way|AD]], [[Upton|AD]], [[BH16 5LH|PC]]
"""
    body = strip(body, d.ids, d.keep)
    m.set_content(body)
    (OUT / d.fname).write_bytes(bytes(m))
    d.pages = 1
    return d

def main():
    rng = random.Random(13013)
    builders = [f101, f102, f103, f104, f105, f106, f107, f108, f109, f110, f111, f112]
    recs = []
    for b in builders:
        d = b(rng) if b.__code__.co_argcount else b()
        recs.append(d.record())
    with open(HERE / "files.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("rendered", len(recs), "files")

if __name__ == "__main__":
    main()
