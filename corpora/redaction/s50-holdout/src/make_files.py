"""Renders files/ and files.jsonl for the s50-holdout set. Content of every file is typed below by hand;
boxes come from the drawing coordinates (PIL textbbox / reportlab font metrics) and are transformed with
any rotation applied to the page afterwards."""
import io, json, math, os, random
import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
OUT = os.path.join(SET, "files")
os.makedirs(OUT, exist_ok=True)
random.seed(50)
np.random.seed(50)

TYPES = {"PN": "PATIENT_NAME", "RN": "RELATIVE_NAME", "CN": "COLLEAGUE_NAME", "AD": "ADDRESS",
         "PC": "POSTCODE", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
         "REF": "REFERENCE_NUMBER", "GMC": "GMC_NUMBER", "URL": "URL", "OID": "OTHER_ID"}
FD = "/usr/share/fonts/truetype/"


def font(name, px):
    path = {"sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
            "sansi": "dejavu/DejaVuSans-Oblique.ttf", "serif": "liberation/LiberationSerif-Regular.ttf",
            "serifb": "liberation/LiberationSerif-Bold.ttf", "mono": "liberation/LiberationMono-Regular.ttf",
            "monob": "liberation/LiberationMono-Bold.ttf", "narrow": "liberation/LiberationSansNarrow-Regular.ttf"}[name]
    return ImageFont.truetype(FD + path, px)


def make_code(value, fmt, scale):
    enum = {"Code128": zxingcpp.BarcodeFormat.Code128, "QRCode": zxingcpp.BarcodeFormat.QRCode}[fmt]
    b = zxingcpp.create_barcode(value, enum)
    return Image.fromarray(np.array(b.to_image(scale=scale, add_quiet_zones=False))).convert("L")


RECORDS = []


# ---------------------------------------------------------------- image pages
class ImgPage:
    def __init__(self, w, h, bg=255):
        self.im = Image.new("L", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.ids, self.keep, self.bars, self.photos = [], [], [], []

    def line(self, x, y, segs, f, fill=0):
        """segs: plain strings, or (string, TYPE-abbrev) for identifiers, or (string, 'K') for keep."""
        for seg in segs:
            s, lab = (seg, None) if isinstance(seg, str) else seg
            if lab:
                bb = self.d.textbbox((x, y), s, font=f)
                if lab == "K":
                    self.keep.append({"text": s, "px": bb})
                else:
                    self.ids.append({"text": s, "type": TYPES[lab], "px": bb})
            self.d.text((x, y), s, font=f, fill=fill)
            x += self.d.textlength(s, font=f)
        return x

    def code(self, x, y, value, fmt, scale, height=None):
        img = make_code(value, fmt, scale)
        if height:
            img = img.resize((img.width, height), Image.NEAREST)
        # white quiet zone under it
        self.d.rectangle((x - 12 * scale, y - 4, x + img.width + 12 * scale, y + img.height + 4), fill=255)
        self.im.paste(img, (x, y))
        self.bars.append({"format": fmt, "value": value, "px": (x, y, x + img.width, y + img.height)})
        return img.width, img.height

    def rect(self, box, outline=0, width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)

    def finish(self, angle=0.0, noise=0.0, blur=0.0, rgb_tint=None, vignette=False, step=0):
        W, H = self.im.size
        im = self.im
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=im.getpixel((2, 2)))
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        a = np.asarray(im).astype(np.float32)
        if noise:
            a = a + np.random.normal(0, noise, a.shape)
        if vignette:
            yy, xx = np.mgrid[0:H, 0:W]
            r = np.sqrt(((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
            a = a * (1 - 0.22 * np.clip(r - 0.4, 0, 1)) - 8 * (xx / W)
        if step:  # posterise the grey levels so that lossless PNG/TIFF scans stay small
            a = np.round(a / step) * step
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if rgb_tint:
            im = Image.merge("RGB", [im.point(lambda v, k=k: int(v * k)) for k in rgb_tint])
        self.out = im
        th = math.radians(angle)
        cx, cy = W / 2, H / 2

        def tr(px, pad=2):
            x0, y0, x1, y1 = px
            pts = []
            for (x, y) in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                dx, dy = x - cx, y - cy
                pts.append((cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)))
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            bx = [max(0, min(xs) - pad) / W, max(0, min(ys) - pad) / H, min(W, max(xs) + pad) / W, min(H, max(ys) + pad) / H]
            return [math.floor(bx[0] * 10000) / 10000, math.floor(bx[1] * 10000) / 10000,
                    math.ceil(bx[2] * 10000) / 10000, math.ceil(bx[3] * 10000) / 10000]
        self.tr = tr
        return im

    def labels(self, page=1):
        ids = [{"text": i["text"], "type": i["type"], "page": page, "box": self.tr(i["px"])} for i in self.ids]
        keep = [{"text": k["text"], "page": page, "box": self.tr(k["px"])} for k in self.keep]
        bars = [{"format": b["format"], "value": b["value"], "page": page, "box": self.tr(b["px"], pad=1)} for b in self.bars]
        photos = [{"page": page, "box": self.tr(p["px"]), "what": p["what"]} for p in self.photos]
        return ids, keep, bars, photos


def record(rid, fname, fmt, kind, applicant, pages, ids, keep, bars, photos=None):
    r = {"id": rid, "file": "files/" + fname, "format": fmt, "kind": kind, "applicant": applicant, "pages": pages,
         "identifiers": ids, "keep": keep, "barcodes": bars}
    if photos:
        r["photos"] = photos
    RECORDS.append(r)


def save_png(pg, rid, fname, kind, applicant, **fin):
    fin.setdefault("step", 24)
    im = pg.finish(**fin)
    im.save(os.path.join(OUT, fname), optimize=True)
    ids, keep, bars, photos = pg.labels()
    record(rid, fname, "png", kind, applicant, 1, ids, keep, bars, photos)


# ================================================================ s50-073 wristband (acute medicine)
def f073():
    pg = ImgPage(1800, 560, bg=205)
    pg.rect((60, 70, 1740, 490), outline=150, width=3, fill=250)  # the printed insert of the band
    fb, fr, fs = font("sansb", 40), font("sans", 36), font("sans", 28)
    pg.line(100, 95, [("WEXCOMBE GENERAL HOSPITAL", "K")], fs)
    pg.line(100, 140, [("HALLORAN, Bridget Mary", "PN")], fb)
    pg.line(100, 200, [("DOB 23/05/1944", "K"), "   ", ("F", None)], fr)
    pg.line(100, 250, ["Hosp No ", ("WX0744120", "HN")], fr)
    pg.line(100, 300, ["NHS ", ("485 209 7731", "NHS")], fr)
    pg.line(100, 350, [("Ward 22 Beech", "K"), "   Adm ", ("11/03/2025", "K")], fs)
    pg.line(100, 400, [("ALLERGY: PENICILLIN", "K")], fb)
    pg.code(860, 150, "WX0744120", "Code128", 3, height=150)
    pg.line(860, 320, [("WX0744120", "HN")], font("mono", 30))
    pg.code(1420, 150, "4852097731", "QRCode", 7)
    save_png(pg, "s50-073", "s50-073-wristband.png", "wristband_photo", "Dr Oluwaseun Adebayo-Cole",
             angle=-1.2, noise=6, blur=0.6)


# ================================================================ s50-074 ED red allergy wristband
def f074():
    pg = ImgPage(1700, 500, bg=120)
    pg.rect((50, 60, 1650, 440), outline=90, width=3, fill=245)
    fb, fr = font("sansb", 38), font("sans", 32)
    pg.line(90, 80, [("KESTLEBURY HOSPITAL ED", "K")], font("sans", 26))
    pg.line(90, 120, [("PRZYBYLSKI, Tomasz", "PN")], fb)
    pg.line(90, 180, [("DOB 01/01/1985", "K"), "  M"], fr)
    pg.line(90, 230, ["ED No ", ("ED25-0522871", "HN")], fr)
    pg.line(90, 280, ["NHS ", ("902 117 4463", "NHS")], fr)
    pg.line(90, 340, [("ALLERGY: CO-AMOXICLAV", "K")], fb)
    pg.code(900, 110, "ED25-0522871", "Code128", 3, height=170)
    pg.line(950, 300, [("ED25-0522871", "HN")], font("mono", 30))
    save_png(pg, "s50-074", "s50-074-ed-wristband.png", "wristband_photo", "Dr Ahmed El-Sayed",
             angle=0.8, noise=5, blur=0.5)


# ================================================================ s50-075 addressograph label sheet (3 labels, 1 peeled)
def f075():
    pg = ImgPage(1654, 1169)  # A5 landscape at 200 dpi
    f1, f2, fs = font("sansb", 30), font("sans", 27), font("sans", 22)
    slots = [(60, 60), (860, 60), (60, 600)]
    for (x, y) in slots:
        pg.rect((x, y, x + 740, y + 500), outline=170, width=2)
        pg.line(x + 25, y + 20, [("BRANTWELL DISTRICT HOSPITAL", "K")], fs)
        pg.line(x + 25, y + 58, [("MCALLISTER-JONES, Dafydd", "PN")], f1)
        pg.line(x + 25, y + 103, [("DOB 02/10/1963", "K"), "   M   ", ("BDH 0655012", "HN")], f2)
        pg.line(x + 25, y + 145, ["NHS ", ("731 460 2259", "NHS")], f2)
        pg.line(x + 25, y + 187, [("14 Ropewalk Terrace, Brantwell", "AD"), " ", ("BR3 8NS", "PC")], f2)
        pg.line(x + 25, y + 229, ["Cons: ", ("Mr A Tolland", "K"), "  T&O"], f2)
        pg.code(x + 60, y + 285, "BDH0655012", "Code128", 3, height=150)
    pg.rect((860, 600, 1600, 1100), outline=215, width=2)  # peeled-off label leaves a faint outline
    save_png(pg, "s50-075", "s50-075-addressograph-sheet.png", "addressograph_labels", "Dr Imran Qureshi",
             angle=0.5, noise=4)


# ================================================================ s50-076 single addressograph label, Code128 + QR
def f076():
    pg = ImgPage(1400, 620)
    f1, f2 = font("sansb", 34), font("sans", 28)
    pg.rect((30, 30, 1370, 590), outline=160, width=2)
    pg.line(60, 50, [("SOUTHMERE HOSPITAL", "K")], font("sans", 24))
    pg.line(60, 90, [("ABERNETHY, Isla Rose", "PN")], f1)
    pg.line(60, 145, [("DOB 19/08/2016", "K"), "  F   ", ("SMH 2241786", "HN")], f2)
    pg.line(60, 190, ["NHS No ", ("652 840 1197", "NHS")], f2)
    pg.line(60, 235, [("Flat 2, 88 Marine Parade, Southmere", "AD")], f2)
    pg.line(60, 275, [("SM1 3ZH", "PC"), "   Tel ", ("07700 900467", "PH")], f2)
    pg.line(60, 320, ["Cons: ", ("Miss C Osei-Bonsu", "K"), "   ", ("ENT", "K")], f2)
    pg.code(80, 390, "SMH2241786", "Code128", 3, height=140)
    pg.code(1060, 80, "SMH2241786;6528401197", "QRCode", 8)
    save_png(pg, "s50-076", "s50-076-addressograph-label.png", "addressograph_label", "Dr Nadia Haddad",
             angle=-0.6, noise=4)


# ================================================================ s50-077 JPEG photo of a referral form
def f077():
    pg = ImgPage(1240, 1754, bg=246)
    fh, fb, fr, fhw = font("sansb", 30), font("sansb", 24), font("sans", 23), font("sansi", 26)
    pg.line(80, 70, [("Westmarch Partnership NHS Foundation Trust", "K")], fh)
    pg.line(80, 118, ["Referral to ", ("Older Adults Community Mental Health Team", "K")], fb)
    # stuck-on addressograph sticker
    pg.rect((700, 190, 1170, 520), outline=120, width=2, fill=252)
    pg.line(720, 205, [("ASHDOWN-PRYCE, Winifred", "PN")], font("sansb", 22))
    pg.line(720, 240, [("DOB 07/06/1936", "K"), "  F"], font("sans", 21))
    pg.line(720, 272, ["RiO ", ("1203377", "HN")], font("sans", 21))
    pg.line(720, 304, ["NHS ", ("716 048 3392", "NHS")], font("sans", 21))
    pg.code(740, 345, "1203377", "Code128", 3, height=110)
    y = 570
    rows = [
        [("Patient name:  ", None), ("Winifred Ashdown-Pryce", "PN")],
        [("Referrer:  Dr ", None), ("Gemma Tolliver", "CN"), (" (GP)", None)],
        [("Practice tel:  ", None), ("01632 960390", "PH")],
        [("Carer / NOK:  son ", None), ("Malcolm", "RN"), ("  mob ", None), ("07700 900733", "PH")],
        [("Reason:  3 months low mood, weight loss ", None), ("6 kg", "K"), (",", None)],
        [("GDS-15 score 11", "K"), (",  ", None), ("PHQ-9 19", "K"), (", sleeping 3-4 h", None)],
        [("Physical:  ", None), ("TSH 2.1", "K"), ("  ", None), ("Hb 118", "K"), ("  on ", None), ("sertraline 50 mg", "K")],
        [("Risk:  no thoughts of self-harm voiced; lives alone since husband died", None)],
    ]
    for segs in rows:
        pg.line(80, y, [s if lab is None else (s, lab) for s, lab in segs], fhw if y > 600 else fr)
        pg.d.line((80, y + 36, 1160, y + 36), fill=180, width=1)
        y += 66
    y += 30
    pg.line(80, y, ["Received ", ("12/02/2025", "K"), " - triaged by ", ("Dr R. Alves Pereira", "K")], fr)
    pg.line(80, y + 50, ["Priority: urgent (2 weeks)   Consultant: ", ("K. Lyle", "K")], fr)
    im = pg.finish(angle=1.4, noise=7, blur=0.7, rgb_tint=(1.0, 0.95, 0.84), vignette=True)
    fname = "s50-077-referral-form-photo.jpg"
    im.save(os.path.join(OUT, fname), quality=80)
    ids, keep, bars, photos = pg.labels()
    record("s50-077", fname, "jpeg", "form_photo", "Dr Rodrigo Alves Pereira", 1, ids, keep, bars, photos)


# ================================================================ s50-078 image-only scanned PDF letter
def f078():
    pg = ImgPage(1240, 1754)
    fh, fr, fb = font("serifb", 30), font("serif", 25), font("serifb", 25)
    L = 110
    pg.line(L, 90, [("Harbridge Royal Infirmary", "K")], fh)
    pg.line(L, 132, [("Department of Cardiology - Arrhythmia Clinic", "K")], fr)
    pg.line(L, 200, ["Our ref: ", ("CARD/PR/EP/1720", "REF"), "          Date: ", ("19/03/2025", "K")], fr)
    pg.line(L, 270, ["Dr ", ("Moira Kettleborough", "CN")], fr)
    pg.line(L, 305, [("Mill Green Surgery, 5 Station Approach, Coldmoor", "AD"), " ", ("HB9 2QQ", "PC")], fr)
    pg.line(L, 375, ["Dear Dr ", ("Kettleborough", "CN")], fr)
    pg.line(L, 430, ["Re: Mrs ", ("Anjali Deshpande-Rowe", "PN"), "   ", ("DOB 04/11/1971", "K")], fb)
    pg.line(L, 465, ["NHS ", ("583 906 2214", "NHS"), "     Hosp No ", ("HR4087715", "HN")], fb)
    body = [
        [("Diagnosis: ", None), ("paroxysmal atrial fibrillation", "K"), (", symptomatic (", None), ("EHRA 2b", "K"), (").", None)],
        [("CHA2DS2-VASc 2", "K"), (" (female, hypertension) - ", None), ("apixaban 5 mg BD", "K"), (" continued.", None)],
        [("Echo: ", None), ("LVEF 58%", "K"), (", LA 4.1 cm. 7-day Holter: AF burden 18%.", None)],
        [("She remains symptomatic on ", None), ("flecainide 100 mg BD", "K"), (" and ", None), ("bisoprolol 2.5 mg", "K"), (".", None)],
        [("Plan: listed for ", None), ("pulmonary vein isolation", "K"), (" (cryoballoon).", None)],
        [("Her husband, ", None), ("Vikram", "RN"), (", asked about driving: no DVLA restriction for AF.", None)],
    ]
    y = 540
    for segs in body:
        pg.line(L, y, [s if lab is None else (s, lab) for s, lab in segs], fr)
        y += 42
    pg.line(L, y + 40, ["Yours sincerely"], fr)
    pg.line(L, y + 130, [("Dr Priya Raghunathan", "K"), ", Specialty Doctor in Cardiology"], fr)
    pg.line(L, y + 170, ["Consultant: ", ("Dr Simon Achterberg", "K")], fr)
    pg.line(L, 1660, ["Page ", ("1 of 1", "K")], font("serif", 20))
    im = pg.finish(angle=-0.7, noise=9, blur=0.8)
    fname = "s50-078-scanned-letter.pdf"
    im.save(os.path.join(OUT, fname), "PDF", resolution=150)
    ids, keep, bars, photos = pg.labels()
    record("s50-078", fname, "pdf", "scanned_clinic_letter", "Dr Priya Raghunathan", 1, ids, keep, bars, photos)


# ---------------------------------------------------------------- text-layer PDFs
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas


class PdfDoc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.page = 1
        self.ids, self.keep, self.bars, self.photos = [], [], [], []

    def _box(self, x0, top, x1, bottom):
        return [math.floor(x0 / self.W * 10000) / 10000, math.floor(top / self.H * 10000) / 10000,
                math.ceil(x1 / self.W * 10000) / 10000, math.ceil(bottom / self.H * 10000) / 10000]

    def line(self, x, ytop, segs, fnt="Helvetica", size=10):
        asc, desc = pdfmetrics.getAscentDescent(fnt, size)
        self.c.setFont(fnt, size)
        for seg in segs:
            s, lab = (seg, None) if isinstance(seg, str) else seg
            w = pdfmetrics.stringWidth(s, fnt, size)
            if lab:
                box = self._box(x - 0.5, ytop - asc - 0.5, x + w + 0.5, ytop - desc + 0.5)
                if lab == "K":
                    self.keep.append({"text": s, "page": self.page, "box": box})
                else:
                    self.ids.append({"text": s, "type": TYPES[lab], "page": self.page, "box": box})
            self.c.drawString(x, self.H - ytop, s)
            x += w
        return x

    def code(self, x, ytop, value, fmt, module_pt, height_pt=None):
        img = make_code(value, fmt, 1)
        w = img.width * module_pt
        h = height_pt if height_pt else img.height * module_pt
        big = img.resize((img.width * 8, img.height * 8 if not height_pt else 400), Image.NEAREST)
        self.c.drawImage(ImageReader(big), x, self.H - ytop - h, w, h)
        self.bars.append({"format": fmt, "value": value, "page": self.page, "box": self._box(x, ytop, x + w, ytop + h)})

    def photo(self, x, ytop, w, h, img, what):
        self.c.drawImage(ImageReader(img), x, self.H - ytop - h, w, h)
        self.photos.append({"page": self.page, "box": self._box(x, ytop, x + w, ytop + h), "what": what})

    def newpage(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.save()


def f079():
    fname = "s50-079-day-unit-summary.pdf"
    p = PdfDoc(os.path.join(OUT, fname))
    p.line(50, 60, [("PENMORVA HOSPITAL", "K")], "Helvetica-Bold", 15)
    p.line(50, 78, [("Haematology Day Unit", "K"), " - treatment summary"], "Helvetica", 11)
    p.code(300, 40, "PEN0073391", "Code128", 1.0, 40)
    p.line(315, 95, [("PEN0073391", "HN")], "Courier", 10)
    p.code(505, 40, "https://epr.penmorva.example/pt/PEN0073391", "QRCode", 1.6)
    y = 130
    p.line(50, y, ["Patient: Mr ", ("Jonah Trevaskis", "PN"), "     ", ("DOB 27/02/1979", "K"), "     Male"], "Helvetica", 10.5)
    p.line(50, y + 16, ["PAS: ", ("PEN0073391", "HN"), "     NHS: ", ("402 553 8817", "NHS")], "Helvetica", 10.5)
    p.line(50, y + 32, ["Address: ", ("Chy an Gwel, Lower Tregenna, Penmorva", "AD"), " ", ("PV7 4HB", "PC")], "Helvetica", 10.5)
    y = 200
    rows = [
        ["Diagnosis: ", ("sickle cell disease (HbSS)", "K"), ", previous acute chest syndrome x2, on ", ("hydroxycarbamide 1,000 mg", "K"), " OD."],
        ["Attendance ", ("14/05/2025", "K"), ": elective automated red cell exchange (", ("Spectra Optia", "K"), "), ", ("8 units", "K"), " HbS-negative,"],
        ["Kell-negative, Rh phenotype-matched (", ("R1R1", "K"), "). Pre: ", ("Hb 84 g/L", "K"), ", ", ("HbS 71%", "K"), ". Post: ", ("Hb 102 g/L", "K"), ", ", ("HbS 28%", "K"), "."],
        ["Ferritin ", ("1,460 ug/L", "K"), " - discuss chelation (", ("deferasirox", "K"), ") at next clinic. Alloantibodies: none."],
        ["Observations stable throughout; no citrate toxicity (", ("calcium gluconate", "K"), " infusion per protocol)."],
        ["Next exchange in ", ("6 weeks", "K"), ". Transcranial Doppler not required (adult)."],
        ["Nurse in charge: Sister ", ("Morwenna Pascoe", "CN"), ". Line: right femoral Vascath, removed, haemostasis at 10 min."],
    ]
    for segs in rows:
        p.line(50, y, segs, "Helvetica", 10)
        y += 18
    y += 20
    p.line(50, y, ["Clinician: ", ("Dr Chiamaka Eze", "K"), ", Specialty Doctor in Haematology"], "Helvetica", 10)
    p.line(50, y + 16, ["Consultant: ", ("Dr Isobel Frayne", "K")], "Helvetica", 10)
    p.line(50, 800, ["Printed 14/05/2025 16:02 by CE  |  ", ("PEN0073391", "HN"), "  |  Page ", ("1 of 1", "K")], "Helvetica", 8)
    p.save()
    record("s50-079", fname, "pdf", "day_unit_summary_pdf", "Dr Chiamaka Eze", 1, p.ids, p.keep, p.bars)


def wound_photo():
    a = np.full((300, 400, 3), (214, 170, 150), np.float32)
    yy, xx = np.mgrid[0:300, 0:400]
    scar = np.exp(-(((xx - 200) / 90) ** 2 + ((yy - 150) / 14) ** 2))
    a[..., 0] -= 40 * scar
    a[..., 1] -= 80 * scar
    a[..., 2] -= 60 * scar
    a += np.random.normal(0, 6, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def f080():
    fname = "s50-080-icu-case-bundle.pdf"
    p = PdfDoc(os.path.join(OUT, fname))

    def footer(n):
        p.line(50, 810, [("Dr Marta Kowalczyk", "K"), " - portfolio evidence ICM-07 - Patient: ", ("A. Bianchi-Watts", "PN"),
                         " - ", ("LUH2177406", "HN"), " - page ", (f"{n} of 3", "K")], "Helvetica", 8)
    # page 1
    p.line(50, 60, [("Lowmoor University Hospital", "K")], "Helvetica-Bold", 14)
    p.line(50, 78, [("Critical Care Unit", "K"), " - ICU discharge summary"], "Helvetica", 11)
    p.code(400, 40, "LUH2177406", "Code128", 1.0, 38)
    p.line(50, 115, ["Name: Mr ", ("Aurelio Bianchi-Watts", "PN"), "    ", ("DOB 08/08/1966", "K"), "    M"], "Helvetica", 10.5)
    p.line(50, 131, ["MRN: ", ("LUH2177406", "HN"), "    NHS: ", ("913 004 6628", "NHS")], "Helvetica", 10.5)
    p.line(50, 147, ["NOK: wife ", ("Gianna", "RN"), " - ", ("07700 900815", "PH")], "Helvetica", 10.5)
    y = 185
    for segs in [
        ["Admitted to ICU ", ("02/11/2024", "K"), " with ", ("pneumococcal pneumonia", "K"), " and severe ", ("ARDS", "K"), " (", ("P/F 12 kPa", "K"), " on ", ("FiO2 0.9", "K"), ")."],
        ["Lung-protective ventilation ", ("6 ml/kg PBW", "K"), ", ", ("PEEP 14", "K"), ", prone positioning x3 cycles (16 h each)."],
        ["Referred to the regional ECMO service (referral ", ("ECMO-NR-24-3318", "REF"), "); declined as improving."],
        ["Percutaneous tracheostomy day 9; decannulated day 17. ", ("Noradrenaline", "K"), " weaned by day 5."],
        ["ICU-acquired weakness: ", ("MRC sum score 38/60", "K"), " at discharge. Rehab prescription completed."],
        ["Discharged to ", ("Ward 18", "K"), " on ", ("21/11/2024", "K"), ". ", ("APACHE II 24", "K"), ", ICNARC predicted mortality 41%."],
    ]:
        p.line(50, y, segs, "Helvetica", 10)
        y += 18
    p.line(50, y + 20, ["Author: ", ("Dr M. Kowalczyk", "K"), "   Consultant: ", ("Dr Gareth Penhaligon", "K")], "Helvetica", 10)
    footer(1)
    p.newpage()
    # page 2
    p.line(50, 60, ["ICU follow-up clinic at 3 months - ", ("19/02/2025", "K")], "Helvetica-Bold", 12)
    y = 90
    for segs in [
        ["Seen with his wife. ", ("HADS anxiety 11", "K"), ", ", ("HADS depression 8", "K"), "; ", ("PTSS-14 score 47", "K"), " (above threshold)."],
        ["6-minute walk test ", ("312 m", "K"), " (58% predicted); ", ("SpO2 nadir 93%", "K"), ". Tracheostomy site healed (photo)."],
        ["Referred for psychology and to the ", ("ICUsteps", "K"), " peer support group; GP letter sent."],
    ]:
        p.line(50, y, segs, "Helvetica", 10)
        y += 18
    p.photo(50, 160, 240, 180, wound_photo(), "photograph of the patient's healed tracheostomy site")
    p.line(50, 360, ["Photograph consented for teaching (", ("NHS England", "K"), " clinical photography consent form)."], "Helvetica", 9)
    footer(2)
    p.newpage()
    # page 3
    p.line(50, 60, ["Reflection"], "Helvetica-Bold", 12)
    y = 90
    for segs in [
        ["This case taught me to plan rehabilitation from day 1. I asked our ICU physiotherapist, ", ("Ruth Kalinowska", "CN"), ","],
        ["to join the ward round daily, and we introduced the ", ("Chelsea Critical Care Physical Assessment", "K"), " tool."],
        ["I presented the case at the regional ", ("Intensive Care Society", "K"), " follow-up network meeting (", ("March 2025", "K"), ")."],
        ["Curriculum: ", ("ICM CiP 10", "K"), " (follow-up and rehabilitation). Verified by ", ("Dr Gareth Penhaligon", "K"), "."],
    ]:
        p.line(50, y, segs, "Helvetica", 10)
        y += 18
    footer(3)
    p.save()
    record("s50-080", fname, "pdf", "icu_case_bundle_pdf", "Dr Marta Kowalczyk", 3, p.ids, p.keep, p.bars, p.photos)


# ---------------------------------------------------------------- DOCX
import docx


def f081():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Eastgate Eye Unit, Calderford Royal Hospital - Theatre list"
    d.add_heading("Cataract list - Eye Theatre 1 - 10/03/2025 (AM)", level=1)
    d.add_paragraph("Surgeon: Dr Thanh Huong Nguyen (Specialty Doctor). Supervising consultant: Mr Rajesh Venkataraman. "
                    "Scrub nurse: Abimbola Fashola. Anaesthesia: topical + intracameral unless stated.")
    rows = [("Pos", "Name", "Hosp no", "DOB", "Eye", "Procedure", "IOL", "Notes"),
            ("1", "Mrs Gwendolen Ashcroft", "CRH-E 812045", "14/02/1941", "L", "Phaco + IOL", "SN60WF +20.5 D", "tamsulosin - Malyugin ring ready"),
            ("2", "Mr Yiu Wing Chan", "CRH-E 790862", "02/09/1952", "R", "Phaco + IOL", "SN60WF +22.0 D", "interpreter Cantonese, LanguageLine ref LL-558102"),
            ("3", "Miss Okoye, Adaeze", "CRH-E 830117", "28/12/1979", "R", "Phaco + toric IOL", "SN6AT4 +19.0 D", "axis 95 deg marked"),
            ("4", "Mr Hubert Lindqvist-Moss", "CRH-E 774309", "11/05/1937", "L", "Phaco + IOL (GA)", "SN60WF +23.5 D", "dementia, daughter Ingrid to attend"),
            ("5", "Ms Farah Siddiqui", "CRH-E 801966", "06/06/1958", "L", "Phaco + IOL", "SN60WF +21.0 D", "PXF, pupil 5 mm")]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("WHO Surgical Safety Checklist completed for all cases. PCR this list: 0/5.")
    fname = "s50-081-cataract-list.docx"
    d.save(os.path.join(OUT, fname))
    ids = [("Abimbola Fashola", "CN"), ("Gwendolen Ashcroft", "PN"), ("CRH-E 812045", "HN"), ("Yiu Wing Chan", "PN"),
           ("CRH-E 790862", "HN"), ("LL-558102", "REF"), ("Okoye, Adaeze", "PN"), ("CRH-E 830117", "HN"),
           ("Hubert Lindqvist-Moss", "PN"), ("CRH-E 774309", "HN"), ("Ingrid", "RN"), ("Farah Siddiqui", "PN"),
           ("CRH-E 801966", "HN")]
    keep = ["Eastgate Eye Unit, Calderford Royal Hospital", "Eye Theatre 1", "10/03/2025", "Dr Thanh Huong Nguyen",
            "Mr Rajesh Venkataraman", "14/02/1941", "02/09/1952", "28/12/1979", "11/05/1937", "06/06/1958",
            "SN60WF +20.5 D", "SN6AT4 +19.0 D", "tamsulosin", "Malyugin ring", "Cantonese", "axis 95 deg", "PXF",
            "pupil 5 mm", "WHO Surgical Safety Checklist", "0/5"]
    record("s50-081", fname, "docx", "theatre_list_docx", "Dr Thanh Huong Nguyen", 1,
           [{"text": a, "type": TYPES[b]} for a, b in ids], [{"text": k} for k in keep], [])


def f082():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Greyfriars Centre for Sexual Health    Our ref: GF/COMP/25/0093"
    d.sections[0].footer.paragraphs[0].text = "Draft complaint response prepared by Dr Hana Abdelrahman - page 1"
    for para in [
        "Mr Idris Mahjoub",
        "27 Carrow Hill",
        "Northbrook NB5 1PL",
        "By e-mail: idris.m1986@example.com",
        "Date: 30 April 2025",
        "Dear Mr Mahjoub,",
        "Thank you for your letter of 8 April 2025 about your visit to the Greyfriars Centre for Sexual Health on 2 April 2025 "
        "(date of birth on our records 19/01/1986). I am sorry that your full name was called out in the waiting room by our "
        "receptionist, Shona Gilmartin, rather than your clinic number, and that this happened within earshot of other patients.",
        "Our policy, in line with the NHS (Venereal Diseases) Regulations 1974 and the Data Protection Act 2018, is that patients "
        "are called by the number on their ticket only. We have reviewed this with the reception team and the Caldicott Guardian. "
        "All reception staff have repeated their information governance training (completed 25/04/2025) and the waiting-room "
        "screen now shows ticket numbers only.",
        "If you remain unhappy you may contact the Parliamentary and Health Service Ombudsman.",
        "Yours sincerely,",
        "Dr Hana Abdelrahman, Specialty Doctor in Genitourinary Medicine",
        "Reviewed and approved: Dr Mairead Flanagan, Clinical Lead",
    ]:
        d.add_paragraph(para)
    fname = "s50-082-complaint-response.docx"
    d.save(os.path.join(OUT, fname))
    ids = [("GF/COMP/25/0093", "REF"), ("Idris Mahjoub", "PN"), ("Mahjoub", "PN"), ("27 Carrow Hill", "AD"),
           ("Northbrook", "AD"), ("NB5 1PL", "PC"), ("idris.m1986@example.com", "EM"),
           ("Shona Gilmartin", "CN")]
    keep = ["Greyfriars Centre for Sexual Health", "Dr Hana Abdelrahman", "19/01/1986", "2 April 2025",
            "NHS (Venereal Diseases) Regulations 1974", "Data Protection Act 2018", "Caldicott Guardian", "25/04/2025",
            "Parliamentary and Health Service Ombudsman", "Dr Mairead Flanagan"]
    record("s50-082", fname, "docx", "complaint_response_docx", "Dr Hana Abdelrahman", 1,
           [{"text": a, "type": TYPES[b]} for a, b in ids], [{"text": k} for k in keep], [])


# ---------------------------------------------------------------- EML
from email.message import EmailMessage


def f083():
    m = EmailMessage()
    m["From"] = "Imran Qureshi <imran.qureshi@brantwell.nhs.example>"
    m["To"] = "Spinal On-call <spinal.oncall@harbridge.nhs.example>"
    m["Cc"] = "Andrew Tolland <andrew.tolland@brantwell.nhs.example>"
    m["Date"] = "Sat, 22 Mar 2025 21:47:00 +0000"
    m["Subject"] = "?Cauda equina - KNIGHTLEY Rhys - BDH0667703 - MRI tonight"
    m.set_content(
        "Dear spinal registrar (spoke to Dr Farid Mansoor at 21:30),\n\n"
        "Referral via the regional spinal referral portal (ref SRP-25-11864) as discussed:\n"
        "Mr Rhys Knightley, 44M, DOB 30/10/1980, NHS 614 772 9031, BDH0667703.\n"
        "3 days of worsening low back pain with bilateral sciatica, new saddle paraesthesia since this morning, "
        "urinary hesitancy; post-void bladder scan 420 ml. PR: reduced anal tone, perianal sensation reduced S3-S5.\n"
        "Power L5/S1 4/5 bilaterally, ankle jerks absent. No red-flag history of cancer. eGFR > 90, on no anticoagulants.\n"
        "MRI lumbar spine (whole spine screening) is booked for 22:30 at Brantwell District Hospital; images will be sent via IEP.\n"
        "His partner, Lowenna, is with him; contact 07700 900209.\n\n"
        "Regards,\n"
        "Dr Imran Qureshi\n"
        "Specialty Doctor, Trauma & Orthopaedics, Brantwell District Hospital\n"
        "Switchboard 01632 960700\n")
    fname = "s50-083-spinal-referral.eml"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
    ids = [("imran.qureshi@brantwell.nhs.example", "EM"), ("spinal.oncall@harbridge.nhs.example", "EM"),
           ("andrew.tolland@brantwell.nhs.example", "EM"), ("KNIGHTLEY Rhys", "PN"), ("BDH0667703", "HN"),
           ("Farid Mansoor", "CN"), ("SRP-25-11864", "REF"), ("Rhys Knightley", "PN"), ("614 772 9031", "NHS"),
           ("Lowenna", "RN"), ("07700 900209", "PH"), ("01632 960700", "PH")]
    keep = ["Imran Qureshi", "Andrew Tolland", "44M", "DOB 30/10/1980", "saddle paraesthesia", "420 ml",
            "S3-S5", "L5/S1 4/5", "eGFR > 90", "22:30", "Brantwell District Hospital", "Dr Imran Qureshi", "IEP"]
    record("s50-083", fname, "eml", "referral_email_eml", "Dr Imran Qureshi", 1,
           [{"text": a, "type": TYPES[b]} for a, b in ids], [{"text": k} for k in keep], [])


# ================================================================ s50-084 sexual-health lab request form (PNG)
def f084():
    pg = ImgPage(1240, 1000)
    fh, fb, fr = font("sansb", 28), font("sansb", 22), font("sans", 22)
    pg.line(60, 50, [("Northbrook Pathology", "K"), " - Sexual Health Specimen Request"], fh)
    pg.rect((60, 110, 1180, 430), outline=0, width=2)
    pg.line(80, 130, ["Name: (not recorded - GUM clinic number only)"], fr)
    pg.line(80, 170, ["Clinic no: ", ("GF-2025-140552", "HN")], fb)
    pg.line(80, 210, [("DOB 30/03/2001", "K"), "    Sex: ", ("F", None)], fr)
    pg.line(80, 250, ["Lab no: ", ("25M1403317", "OID"), "   (received ", ("03/06/2025", "K"), ")"], fr)
    pg.line(80, 290, ["Requested by: ", ("Dr H Abdelrahman", "K"), "   Clinic tel ", ("020 7946 0905", "PH")], fr)
    pg.code(80, 330, "GF-2025-140552", "Code128", 2, height=80)
    pg.code(990, 140, "25M1403317", "QRCode", 6)
    y = 470
    for segs in [
        [("[x] ", None), ("Chlamydia/gonorrhoea NAAT", "K"), (" - vulvovaginal swab", None)],
        [("[x] ", None), ("HIV 4th generation Ag/Ab", "K")],
        [("[x] ", None), ("Syphilis EIA", "K"), ("   [ ] Hepatitis B sAg", None)],
        [("[x] ", None), ("Trichomonas vaginalis NAAT", "K"), (" (symptomatic)", None)],
        [("Clinical details: ", None), ("LSC 9 days", "K"), (", new partner, ", None), ("pH 5.5", "K"), (", PrEP user? no", None)],
    ]:
        pg.line(80, y, [s if lab is None else (s, lab) for s, lab in segs], fr)
        y += 48
    save_png(pg, "s50-084", "s50-084-lab-request-form.png", "lab_request_form", "Dr Hana Abdelrahman",
             angle=0.4, noise=4)


# ================================================================ s50-085 spirometry report scan (TIFF)
def f085():
    pg = ImgPage(1240, 1100)
    fh, fr, fm = font("sansb", 28), font("sans", 22), font("mono", 22)
    pg.line(60, 50, [("Wexcombe General Hospital", "K"), " - Respiratory Physiology"], fh)
    pg.line(60, 92, [("Spirometry and reversibility report", "K")], fr)
    pg.rect((700, 130, 1180, 420), outline=100, width=2)
    pg.line(720, 145, [("NDUKWE-BARNES, Clifford", "PN")], font("sansb", 22))
    pg.line(720, 180, [("DOB 15/07/1958", "K"), "  M"], fr)
    pg.line(720, 212, ["Hosp ", ("WX0759903", "HN")], fr)
    pg.code(730, 255, "WX0759903", "Code128", 3, height=110)
    y = 460
    for segs in [
        ["Test date ", ("28/01/2025", "K"), "   Physiologist: ", ("Lowri Penrhyn", "CN")],
        ["                 Pre          Post (salbutamol 400 mcg)"],
        ["FEV1 (L)         ", ("1.21", "K"), " (46%)   1.29"],
        ["FVC (L)          ", ("2.64", "K"), " (78%)   2.71"],
        ["FEV1/FVC         ", ("0.46", "K"), "          0.48"],
        ["Reversibility    +80 ml (6.6%) - not significant"],
        ["Interpretation: obstructive, ", ("GOLD 3", "K"), " (severe). Quality grade A (", ("ATS/ERS 2019", "K"), ")."],
        ["Reported by ", ("Dr O. Adebayo-Cole", "K"), " for ", ("Dr H. Marchbank", "K")],
    ]:
        pg.line(60, y, segs, fm)
        y += 44
    im = pg.finish(angle=-0.9, noise=5, blur=0.5, step=24)
    fname = "s50-085-spirometry-scan.tiff"
    im.save(os.path.join(OUT, fname), compression="tiff_lzw", dpi=(150, 150))
    ids, keep, bars, photos = pg.labels()
    record("s50-085", fname, "tiff", "spirometry_scan", "Dr Oluwaseun Adebayo-Cole", 1, ids, keep, bars, photos)


if __name__ == "__main__":
    for fn in (f073, f074, f075, f076, f077, f078, f079, f080, f081, f082, f083, f084, f085):
        fn()
    with open(os.path.join(SET, "files.jsonl"), "w") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "files written")
