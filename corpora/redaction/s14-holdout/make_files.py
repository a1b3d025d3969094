"""Render files/ and files.jsonl (seeded, reproducible). Run: .venv/bin/python make_files.py [--overlay]"""
import io, json, math, os, random, sys
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import barcode
from barcode.writer import ImageWriter
import qrcode
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
FONTDIR = '/usr/share/fonts/truetype/dejavu/'
FONTS = {'R': 'DejaVuSans.ttf', 'B': 'DejaVuSans-Bold.ttf', 'M': 'DejaVuSansMono.ttf', 'S': 'DejaVuSerif.ttf'}
for k, f in FONTS.items():
    pdfmetrics.registerFont(TTFont('DV' + k, FONTDIR + f))
_pil = {}
def pilfont(k, px):
    key = (k, round(px * 4) / 4)
    if key not in _pil:
        _pil[key] = ImageFont.truetype(FONTDIR + FONTS[k], size=max(1, int(round(px))))
    return _pil[key]

import datetime, zipfile
import time
FIXED = time.gmtime(1735689600)
MEASURE = 8.0  # layout measured at 576 dpi

class Page:
    def __init__(self, w=595.0, h=842.0):
        self.w, self.h, self.items = w, h, []
        self.ids, self.keep, self.codes, self.photos = [], [], [], []

    def line(self, x, y, segs, size=10, font='R'):
        """segs: str or (str, 'K') or (str, TYPE). y is the baseline in pt."""
        cx = x
        for s in segs:
            txt, tag = (s, None) if isinstance(s, str) else s
            f = pilfont(font, size * MEASURE)
            l, t, r, b = f.getbbox(txt, anchor='ls')
            box = [(cx + l / MEASURE) / self.w, (y + t / MEASURE) / self.h, (cx + r / MEASURE) / self.w, (y + b / MEASURE) / self.h]
            self.items.append(('text', cx, y, txt, size, font))
            if tag == 'K':
                self.keep.append({'text': txt, 'box': box})
            elif tag:
                self.ids.append({'text': txt, 'type': tag, 'box': box})
            cx += pdfmetrics.stringWidth(txt, 'DV' + font, size)
        return cx

    def rect(self, x, y, w, h, width=0.8, fill=None):
        self.items.append(('rect', x, y, w, h, width, fill))

    def code(self, x, y, w, h, fmt, value):
        if fmt == 'QR':
            q = qrcode.QRCode(border=0, box_size=10); q.add_data(value); q.make(fit=True)
            img = q.make_image(fill_color='black', back_color='white').convert('L')
        else:
            cls = barcode.get_barcode_class({'Code128': 'code128', 'Code39': 'code39'}[fmt])
            kw = {'add_checksum': False} if fmt == 'Code39' else {}
            img = cls(value, writer=ImageWriter(), **kw).render(
                writer_options={'write_text': False, 'quiet_zone': 0.5, 'module_height': 10, 'module_width': 0.3, 'dpi': 300}).convert('L')
            bb = Image.eval(img, lambda v: 255 - v).getbbox(); img = img.crop(bb)
        self.items.append(('img', x, y, w, h, img, True))
        self.codes.append({'format': fmt, 'value': value, 'box': [x / self.w, y / self.h, (x + w) / self.w, (y + h) / self.h]})

    def photo(self, x, y, w, h, what, seed):
        r = np.random.RandomState(seed)
        W, H = 240, int(240 * h / w)
        yy, xx = np.mgrid[0:H, 0:W]
        base = np.stack([np.full((H, W), c) for c in (180, 140, 120)], -1).astype(float)
        ell = ((xx - W / 2) / (W * 0.32)) ** 2 + ((yy - H / 2) / (H * 0.2)) ** 2 < 1
        base[ell] = (150, 60, 60)
        base += r.normal(0, 12, base.shape)
        base += (yy[..., None] / H) * 30
        img = Image.fromarray(np.clip(base, 0, 255).astype('uint8')).filter(ImageFilter.GaussianBlur(2))
        self.items.append(('img', x, y, w, h, img, False))
        self.photos.append({'box': [x / self.w, y / self.h, (x + w) / self.w, (y + h) / self.h], 'what': what})

def render_pil(page, dpi=150, ss=3):
    im = _render_pil(page, dpi * ss)
    return im.resize((int(page.w * dpi / 72.0), int(page.h * dpi / 72.0)), Image.LANCZOS)

def _render_pil(page, dpi):
    s = dpi / 72.0
    im = Image.new('RGB', (int(page.w * s), int(page.h * s)), 'white')
    d = ImageDraw.Draw(im)
    for it in page.items:
        if it[0] == 'text':
            _, x, y, txt, size, font = it
            d.text((x * s, y * s), txt, font=pilfont(font, size * s), fill=(20, 20, 25), anchor='ls')
        elif it[0] == 'rect':
            _, x, y, w, h, width, fill = it
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=(40, 40, 40), width=max(1, int(width * s)), fill=fill)
        else:
            _, x, y, w, h, img, nearest = it
            im.paste(img.convert('RGB').resize((int(round(w * s)), int(round(h * s))), Image.NEAREST if nearest else Image.BILINEAR),
                     (int(round(x * s)), int(round(y * s))))
    return im

def render_pdf(pages, path):
    c = rlcanvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for it in p.items:
            if it[0] == 'text':
                _, x, y, txt, size, font = it
                c.setFont('DV' + font, size); c.drawString(x, p.h - y, txt)
            elif it[0] == 'rect':
                _, x, y, w, h, width, fill = it
                c.setLineWidth(width)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill]); c.rect(x, p.h - y - h, w, h, stroke=1, fill=1); c.setFillColorRGB(0, 0, 0)
                else:
                    c.rect(x, p.h - y - h, w, h)
            else:
                _, x, y, w, h, img, nearest = it
                c.drawImage(ImageReader(img.convert('RGB')), x, p.h - y - h, w, h)
        c.showPage()
    c.save()

def rotate_boxes(boxes, W, H, ang, off=(0, 0), scale=1.0, outW=None, outH=None):
    """Map fraction boxes of a page pasted at off (px) into a canvas that PIL rotates by ang (deg, CCW) about its centre."""
    outW, outH = outW or W, outH or H
    cx, cy = outW / 2, outH / 2
    t = math.radians(ang); co, si = math.cos(t), math.sin(t)
    res = []
    for b in boxes:
        pts = []
        for fx, fy in ((b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])):
            x, y = fx * W + off[0], fy * H + off[1]
            xr = cx + (x - cx) * co + (y - cy) * si
            yr = cy - (x - cx) * si + (y - cy) * co
            pts.append((xr, yr))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        res.append([round(min(xs) / outW, 4), round(min(ys) / outH, 4), round(max(xs) / outW, 4), round(max(ys) / outH, 4)])
    return res

def degrade(im, rng, noise=8, blur=0.6, gray=True):
    a = np.asarray(im.convert('L') if gray else im).astype(float)
    a = a + rng.normal(0, noise, a.shape)
    im2 = Image.fromarray(np.clip(a, 0, 255).astype('uint8'))
    return im2.filter(ImageFilter.GaussianBlur(blur)) if blur else im2

def all_boxes(page):
    return page.ids + page.keep + page.codes + page.photos

def scan(page, rng, ang, dpi=150):
    im = render_pil(page, dpi)
    W, H = im.size
    rot = im.rotate(ang, resample=Image.BICUBIC, fillcolor='white')
    for item in all_boxes(page):
        item['box'] = rotate_boxes([item['box']], W, H, ang)[0]
    return degrade(rot, rng, noise=9, blur=0.5)

def phone_photo(page, rng, ang, dpi=110, margin=90, bg=(92, 70, 52)):
    im = render_pil(page, dpi)
    W, H = im.size
    cw, ch = W + 2 * margin, H + 2 * margin
    can = Image.new('RGB', (cw, ch), bg)
    a = np.asarray(can).astype(float) + rng.normal(0, 10, (ch, cw, 3)); can = Image.fromarray(np.clip(a, 0, 255).astype('uint8'))
    can.paste(im, (margin, margin))
    rot = can.rotate(ang, resample=Image.BICUBIC, fillcolor=bg)
    for item in all_boxes(page):
        item['box'] = rotate_boxes([item['box']], W, H, ang, off=(margin, margin), outW=cw, outH=ch)[0]
    a = np.asarray(rot).astype(float)
    yy, xx = np.mgrid[0:ch, 0:cw]
    a *= (0.78 + 0.25 * (xx / cw) * (1 - 0.4 * yy / ch))[..., None]   # uneven lighting
    a[..., 2] *= 0.93
    a += rng.normal(0, 7, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype('uint8')).filter(ImageFilter.GaussianBlur(1.1))
    return out

def rnd(b):
    return [round(v, 4) for v in b]

def entry(fid, fname, fmt, kind, applicant, pages):
    ids, keep, codes, photos = [], [], [], []
    for i, p in enumerate(pages, 1):
        ids += [{'text': x['text'], 'type': x['type'], 'page': i, 'box': rnd(x['box'])} for x in p.ids]
        keep += [{'text': x['text'], 'page': i, 'box': rnd(x['box'])} for x in p.keep]
        codes += [{'format': x['format'], 'value': x['value'], 'page': i, 'box': rnd(x['box'])} for x in p.codes]
        photos += [{'page': i, 'box': rnd(x['box']), 'what': x['what']} for x in p.photos]
    return {'id': fid, 'file': 'files/' + fname, 'format': fmt, 'kind': kind, 'applicant': applicant,
            'pages': len(pages), 'identifiers': ids, 'keep': keep, 'barcodes': codes, 'photos': photos}

# ------------------------------------------------------------------ documents
def addressograph(p, x, y, name, dob, hosp, nhs, addr, pc, code_fmt='Code128', code_value=None):
    p.rect(x, y, 200, 78, 0.6)
    p.line(x + 6, y + 13, [(name, 'PATIENT_NAME')], 9, 'B')
    p.line(x + 6, y + 25, ['DOB: ', (dob, 'K'), '   ', ('F' if 'Mrs' in name or 'Ms' in name else 'M', None)], 8)
    p.line(x + 6, y + 36, ['Hosp: ', (hosp, 'HOSPITAL_NUMBER')], 8)
    p.line(x + 6, y + 47, ['NHS: ', (nhs, 'NHS_NUMBER')], 8)
    p.line(x + 6, y + 57, [(addr, 'ADDRESS'), ' ', (pc, 'POSTCODE')], 6.5)
    p.code(x + 6, y + 61, 110, 13, code_fmt, code_value or hosp)

def f01():  # text-layer PDF discharge summary, 2 pages
    A = 'Dr Priya Raghunathan'
    p1, p2 = Page(), Page()
    p1.line(50, 60, [('Royal Derby Hospital', 'K')], 14, 'B')
    p1.line(50, 76, [('University Hospitals of Derby and Burton NHS Foundation Trust', 'K')], 8.5)
    p1.line(50, 128, ['DISCHARGE SUMMARY – ', ('Ward 308, Acute Medicine', 'K')], 11, 'B')
    addressograph(p1, 345, 28, 'Mrs Gillian Fenwick', '11/03/1944', 'RX4482915', '612 349 0781', '27 Saxon Grove, Ilkeston', 'DE7 5QH')
    y = 155
    rows = [
        ['Patient: ', ('Gillian Fenwick', 'PATIENT_NAME'), '    Sex: ', ('Female', 'K'), '    DOB: ', ('11/03/1944', 'K')],
        ['NHS number: ', ('612 349 0781', 'NHS_NUMBER'), '    Hospital no: ', ('RX4482915', 'HOSPITAL_NUMBER')],
        ['GP: Dr ', ('Imran Chaudhry', 'COLLEAGUE_NAME'), ', ', ('Littlewick Surgery', 'ADDRESS'), ', tel ', ('01632 960418', 'PHONE')],
        ['Next of kin: ', ('Paul Fenwick', 'RELATIVE_NAME'), ' (son), ', ('07700 900264', 'PHONE')],
        ['Admitted 02/02/2024   Discharged 09/02/2024   Consultant: ', ('Dr Sunita Bhattacharya', 'K')],
        ['Discharging doctor: ', (A, 'K'), ' (GMC ', ('7234518', 'K'), ')'],
    ]
    for r in rows:
        p1.line(50, y, r, 9.5); y += 16
    y += 8
    p1.line(50, y, ['Diagnosis'], 10.5, 'B'); y += 16
    for r in [[('Community-acquired pneumonia', 'K'), ', ', ('CURB-65', 'K'), ' score 2'],
              [('Type 2 respiratory failure', 'K'), ' on background ', ('COPD', 'K'), ' (GOLD 3)'],
              ['Delirium, resolved (4AT 0 at discharge)']]:
        p1.line(60, y, ['• '] + r, 9.5); y += 15
    y += 8
    p1.line(50, y, ['Clinical summary'], 10.5, 'B'); y += 16
    for r in [['Presented via ED with 4 days of productive cough and confusion. Found at home in ', ('Ilkeston', 'ADDRESS'), ' by'],
              ['her son ', ('Paul', 'RELATIVE_NAME'), '. NEWS2 8. ABG pH 7.29, pCO2 8.1 kPa. Required NIV for 36 hours on Ward 308.'],
              ['Treated with ', ('co-amoxiclav', 'K'), ' IV and ', ('clarithromycin', 'K'), ' then oral ', ('doxycycline 100 mg', 'K'), ' OD.'],
              [('Mrs Fenwick', 'PATIENT_NAME'), ' made a good recovery and mobilised with the physiotherapist (', ('Ola Kowalczyk', 'COLLEAGUE_NAME'), ').']]:
        p1.line(50, y, r, 9.5); y += 15
    p1.line(50, 800, [(A, 'K'), ' – page 1 of 2'], 8)
    # page 2
    p2.line(50, 50, ['Patient: ', ('FENWICK, Gillian', 'PATIENT_NAME'), '   NHS ', ('6123490781', 'NHS_NUMBER'), '   continued'], 9, 'B')
    y = 90
    p2.line(50, y, ['Medication on discharge'], 10.5, 'B'); y += 18
    meds = [('Doxycycline 100 mg', 'OD, 3 more days'), ('Prednisolone 30 mg', 'OD, 2 more days'),
            ('Trimbow 87/5/9', '2 puffs BD'), ('Salbutamol 100 micrograms', 'PRN'), ('Apixaban 2.5 mg', 'BD (AF)')]
    for m, dsg in meds:
        p2.line(60, y, [(m, 'K'), '   ', dsg], 9.5); y += 15
    y += 10
    p2.line(50, y, ['Follow-up'], 10.5, 'B'); y += 16
    for r in [['Respiratory clinic 6 weeks (', ('Prof. Alan Whitcombe', 'K'), '). Community COPD team referral ref ', ('CCT-55817', 'REFERENCE_NUMBER'), '.'],
              ['Chest X-ray at 6 weeks to confirm resolution. Pulmonary rehab offered at ', ('Ilkeston', 'ADDRESS'), ' Leisure Centre.'],
              ['Questions: ward 308 via switchboard ', ('01632 960550', 'PHONE'), ' or ', ('ward308.uhdb@example-nhs.uk', 'EMAIL')]]:
        p2.line(50, y, r, 9.5); y += 15
    y += 20
    p2.line(50, y, ['Electronically signed: ', (A, 'K'), ', Specialty Doctor, 09/02/2024'], 9.5)
    p2.line(50, 800, [(A, 'K'), ' – page 2 of 2'], 8)
    render_pdf([p1, p2], os.path.join(OUT, 's14-f01-discharge.pdf'))
    return entry('s14-f01', 's14-f01-discharge.pdf', 'pdf', 'discharge_summary_pdf', A, [p1, p2]), [p1, p2]

def f02():  # text-layer PDF theatre/anaesthetic logbook table
    A = 'Dr Farah Qureshi'
    p = Page(842, 595)
    p.line(40, 40, ['Anaesthetic logbook – ', (A, 'K'), ' – GMC ', ('7456730', 'K'), ' – ', ('Royal Preston Hospital', 'K')], 12, 'B')
    hdr = ['Date', 'Patient', 'Hosp no', 'Age/Sex', 'ASA', 'Procedure', 'Technique', 'Supervision']
    xs = [40, 100, 190, 280, 340, 375, 560, 700]
    for x, h in zip(xs, hdr):
        p.line(x, 70, [h], 9, 'B')
    rows = [('03/05/2024', 'D. Whitfield', 'RPH 2291874', '71M', '3', 'Total hip replacement', 'Spinal + sedation', 'Local'),
            ('03/05/2024', 'N. Eze', 'RPH 2291990', '34F', '2', 'Emergency LSCS (cat 2)', 'Spinal top-up epidural', 'Distant'),
            ('07/05/2024', 'K. Popescu', 'RPH 2310452', '58F', '2', 'Lap cholecystectomy', 'GA, ETT, TAP blocks', 'Solo'),
            ('08/05/2024', 'Y. Osman', 'RPH 2287301', '5M', '1', 'Tonsillectomy', 'Gas induction, RAE tube', 'Local'),
            ('09/05/2024', 'T. Sowerby', 'RPH 2302217', '88F', '4', '#NOF – hemiarthroplasty', 'Spinal + FICB', 'Solo'),
            ('10/05/2024', 'H. Liu', 'RPH 2319764', '46M', '3', 'Emergency laparotomy', 'RSI, arterial line', 'Local'),
            ('13/05/2024', 'S. McGrath', 'RPH 2320081', '29F', '1', 'ERPC', 'GA, LMA', 'Solo')]
    keepcol = {5: True}
    y = 92
    for r in rows:
        for j, (x, v) in enumerate(zip(xs, r)):
            tag = 'PATIENT_NAME' if j == 1 else 'HOSPITAL_NUMBER' if j == 2 else 'K' if j == 5 else None
            p.line(x, y, [(v, tag)] if tag else [v], 8.5)
        y += 17
    p.line(40, y + 20, ['Totals: 7 cases (GA 3, neuraxial 4). ', ('NAP5', 'K'), ' awareness risk documented for case 6. ', ('ASA', 'K'), ' grades per 2020 definitions.'], 8.5)
    p.line(40, y + 40, ['Verified: ', ('Dr Lars Henriksen', 'K'), ', College Tutor, ', ('Royal College of Anaesthetists', 'K'), '   Signed 31/05/2024'], 8.5)
    render_pdf([p], os.path.join(OUT, 's14-f02-logbook.pdf'))
    return entry('s14-f02', 's14-f02-logbook.pdf', 'pdf', 'anaesthetic_logbook_pdf', A, [p]), [p]

def f03(rng):  # scanned image-only PDF: clinic letter + request form with specimen label
    A = 'Dr Eilidh MacLeod'
    p1, p2 = Page(), Page()
    p1.line(50, 60, ['Pollokshields Health Centre'], 13, 'B')
    p1.line(50, 76, ['Tel ', ('0141 496 0833', 'PHONE')], 8.5)
    p1.line(340, 110, ['Date: 14 June 2023'], 9.5)
    y = 110
    for r in [[('Mr Tariq Rahman', 'PATIENT_NAME')], [('Flat 3/2, 41 Nithsdale Road', 'ADDRESS')], [('Glasgow', 'ADDRESS'), ' ', ('G41 2AL', 'POSTCODE')]]:
        p1.line(50, y, r, 9.5); y += 14
    y += 20
    p1.line(50, y, ['Dear ', ('Mr Rahman', 'PATIENT_NAME'), ','], 9.5); y += 20
    body = [['Re: your recent blood tests (CHI ', ('1507823346', 'NHS_NUMBER'), ')'],
            ['Your HbA1c was 52 mmol/mol, which is in the diabetes range. I would like to see you'],
            ['to talk about ', ('metformin', 'K'), ' and the ', ('X-PERT', 'K'), ' education programme. Your ', ('QRISK3', 'K'), ' score is 18%'],
            ['and I would also recommend ', ('atorvastatin 20 mg', 'K'), '. Your wife ', ('Rukhsana', 'RELATIVE_NAME'), ' is welcome to come.'],
            ['Please call the practice on the number above to book.'], [],
            ['Yours sincerely'], [], [(A, 'K'), ' (GMC ', ('7567841', 'K'), ')'], ['General Practitioner']]
    for r in body:
        if r: p1.line(50, y, r, 9.5)
        y += 15
    # page 2: lab request with specimen label
    p2.line(50, 55, ['BIOCHEMISTRY / HAEMATOLOGY REQUEST'], 12, 'B')
    p2.line(50, 72, [('Queen Elizabeth University Hospital', 'K'), ' – Laboratory Medicine'], 9)
    p2.rect(50, 90, 250, 95, 0.6)
    p2.line(58, 106, [('RAHMAN, Tariq', 'PATIENT_NAME')], 10, 'B')
    p2.line(58, 121, ['DOB ', ('15/07/1982', 'K'), '  Sex ', ('M', None)], 8.5)
    p2.line(58, 134, ['CHI ', ('1507823346', 'NHS_NUMBER')], 8.5)
    p2.line(58, 147, ['Lab no ', ('23-QB-448107', 'OTHER_ID')], 8.5)
    p2.code(58, 153, 150, 24, 'Code128', '23-QB-448107')
    p2.code(226, 121, 56, 56, 'QR', 'CHI:1507823346|RAHMAN,TARIQ|15071982')
    y = 215
    for r in [['Tests: ', ('HbA1c', 'K'), ', U&E, lipids, LFT, ', ('urine ACR', 'K')],
              ['Clinical details: ?new T2DM, FHx – father MI at 54'],
              ['Requesting clinician: ', (A, 'K'), '   Location: Pollokshields HC'],
              ['Copy results to: Dr ', ('Simran Dhaliwal', 'COLLEAGUE_NAME'), ' (practice pharmacist)']]:
        p2.line(50, y, r, 9.5); y += 16
    pages = [p1, p2]
    ims = [scan(p1, rng, 0.5), scan(p2, rng, -0.7)]
    ims[0].save(os.path.join(OUT, 's14-f03-gp-letter-scan.pdf'), save_all=True, append_images=ims[1:], resolution=150, creationDate=FIXED, modDate=FIXED)
    return entry('s14-f03', 's14-f03-gp-letter-scan.pdf', 'pdf', 'scanned_letter_and_request_form', A, pages), ims

def f04(rng):  # phone photo of a wristband
    A = 'Dr Mei Lin Tan'
    p = Page(420, 300)
    p.rect(0, 0, 420, 300, 0, fill=(236, 236, 232))
    p.rect(20, 90, 380, 110, 0.5, fill=(255, 255, 255))
    p.line(30, 110, [('NGUYEN, Minh', 'PATIENT_NAME')], 12, 'B')
    p.line(30, 127, ['DOB: ', ('04/09/2019', 'K'), '  M'], 9)
    p.line(30, 141, ['MRN: ', ('M20458813', 'HOSPITAL_NUMBER')], 9)
    p.line(30, 155, ['NHS: ', ('498 112 6604', 'NHS_NUMBER')], 9)
    p.line(30, 169, ['Allergy: ', ('penicillin', 'K')], 9)
    p.line(30, 188, [('Northwick Park Hospital', 'K'), ' – Paediatrics'], 7.5)
    p.code(235, 102, 150, 40, 'Code128', 'M20458813')
    p.code(300, 147, 44, 44, 'QR', 'M20458813^NGUYEN^MINH^20190904')
    p.line(30, 250, ['Photo for DOPS evidence (cannulation) – ', (A, 'K')], 9)
    im = phone_photo(p, rng, 1.6, dpi=160, margin=60)
    im.save(os.path.join(OUT, 's14-f04-wristband.jpg'), quality=78)
    return entry('s14-f04', 's14-f04-wristband.jpg', 'jpeg', 'wristband_photo', A, [p]), [im]

def f05(rng):  # phone photo of a handover sheet
    A = 'Dr Olumide Adebayo'
    p = Page()
    p.line(40, 50, ['ED NIGHT HANDOVER   ', ('Leeds General Infirmary', 'K'), '   12/11/2024'], 12, 'B')
    p.line(40, 68, ['Reg: ', (A, 'K'), '   Cons on call: ', ('Dr Rachel Thornbury', 'K'), '   Bleep ', ('1642', 'PHONE')], 9)
    rows = [('Resus 1', 'Keith Ormerod', 'J771204', 'STEMI post PPCI, on ', 'ticagrelor', ''),
            ('Resus 3', 'Fatima Jama', 'J782690', 'DKA, FRIII 6 u/h, K 3.4', '', ''),
            ('Majors 7', 'Ioana Balan', 'J779951', '?PE, ', 'Wells score', ' 6, CTPA 23:00'),
            ('Majors 12', 'Kwame Asante', 'J780115', 'head injury, ', 'GCS', ' 14, CT head NAD'),
            ('CDU 2', 'Chloe Pickering', 'J781042', 'OD ', 'sertraline', ', psych liaison am')]
    y = 100
    for loc, nm, h, t1, k, t2 in rows:
        p.rect(38, y - 14, 520, 48, 0.5)
        p.line(44, y, [(loc, 'K'), '  ', (nm, 'PATIENT_NAME'), '  ', (h, 'HOSPITAL_NUMBER')], 10, 'B')
        segs = [t1] + ([(k, 'K')] if k else []) + ([t2] if t2 else [])
        p.line(44, y + 18, segs, 9.5)
        y += 56
    p.line(40, y + 10, ['Relatives: ', ('Mrs Asante', 'RELATIVE_NAME'), ' waiting in family room; call ', ('07700 900731', 'PHONE')], 9.5)
    p.line(40, y + 28, ['Police: ', ('PC Dobson', 'COLLEAGUE_NAME'), ' re Majors 12, log ', ('0417 12/11', 'REFERENCE_NUMBER')], 9.5)
    im = phone_photo(p, rng, -1.4, dpi=110, margin=70)
    im.save(os.path.join(OUT, 's14-f05-handover-photo.jpg'), quality=72)
    return entry('s14-f05', 's14-f05-handover-photo.jpg', 'jpeg', 'handover_sheet_photo', A, [p]), [im]

def f06(rng):  # PNG specimen label sheet
    A = 'Dr Chiamaka Okafor'
    p = Page(500, 380)
    p.line(20, 28, ['Specimen labels – antenatal bloods – ', ('Nottingham City Hospital', 'K')], 10, 'B')
    labels = [('OWUSU, Efua', '22/01/1993', 'K0917733', '701 266 3190', '24N118204', 'Group & save'),
              ('HORVATH, Jelena', '09/12/1988', 'K1022046', '583 904 2271', '24N118219', 'FBC'),
              ('SANDHU, Simran', '30/06/1996', 'K0874410', '455 017 8826', '24N118233', 'OGTT 2 h')]
    y = 45
    for nm, dob, h, n, acc, test in labels:
        p.rect(20, y, 460, 100, 0.6)
        p.line(30, y + 18, [(nm, 'PATIENT_NAME')], 11, 'B')
        p.line(30, y + 34, ['DOB ', (dob, 'K'), '   ', (test, 'K')], 9)
        p.line(30, y + 48, ['Hosp ', (h, 'HOSPITAL_NUMBER'), '   NHS ', (n, 'NHS_NUMBER')], 9)
        p.line(30, y + 62, ['Accession ', (acc, 'OTHER_ID')], 9)
        p.code(30, y + 68, 170, 24, 'Code39' if acc.endswith('9') else 'Code128', acc)
        p.code(400, y + 12, 70, 70, 'QR', f'{h}|{n}|{acc}')
        y += 108
    im = render_pil(p, 200)
    im.save(os.path.join(OUT, 's14-f06-specimen-labels.png'))
    return entry('s14-f06', 's14-f06-specimen-labels.png', 'png', 'specimen_labels', A, [p]), [im]

def f07():  # DOCX reflection + CbD
    A = 'Dr Tomasz Wiśniewski'
    d = docx.Document()
    ids, keep = [], []
    def para(segs, style=None):
        pp = d.add_paragraph(style=style)
        for s in segs:
            txt, tag = (s, None) if isinstance(s, str) else s
            pp.add_run(txt)
            if tag == 'K' and txt not in keep: keep.append(txt)
            elif tag and {'text': txt, 'type': tag} not in ids: ids.append({'text': txt, 'type': tag})
    para([('Reflective note: a Community Treatment Order I disagreed with', None)], 'Heading 1')
    para(['Author: ', (A, 'K'), ', ST5 General Adult Psychiatry, ', ('Leeds and York Partnership NHS Foundation Trust', 'K')])
    para(['In March I reviewed ', ('Darius Petrauskas', 'PATIENT_NAME'), ' (RiO ', ('1187342', 'HOSPITAL_NUMBER'), '), a 34-year-old man with ',
          ('schizoaffective disorder', 'K'), ' on a ', ('Community Treatment Order', 'K'), ' under section 17A of the ', ('Mental Health Act 1983', 'K'),
          '. ', ('Darius', 'PATIENT_NAME'), ' works as a forklift driver at ', ('the Asda depot in Stourton', 'ADDRESS'), ' and lives with his partner ',
          ('Zofia', 'RELATIVE_NAME'), ' in ', ('Beeston', 'ADDRESS'), '.'])
    para(['He had been well for 14 months on ', ('paliperidone palmitate', 'K'), ' 150 mg monthly (', ('Xeplion', 'K'),
          '). His care coordinator, ', ('Niamh McAllister', 'COLLEAGUE_NAME'), ', felt the CTO should continue because of two previous relapses after stopping depot. I felt the criteria were no longer met and that the CTO was being used to ensure attendance rather than because of risk.'])
    para(['I discussed this with my supervisor, ', ('Dr Helen Ashworth', 'K'), ', and we reviewed the ', ('Code of Practice', 'K'),
          ' (chapter 29) together. We agreed to ask the responsible clinician, Dr ', ('Piotr Wojcik', 'COLLEAGUE_NAME'),
          ', to convene a review; ', ('Mr Petrauskas', 'PATIENT_NAME'), ' and ', ('Zofia', 'RELATIVE_NAME'), ' attended. The CTO was discharged and a relapse-signature plan agreed. He remains well six months later.'])
    para(['Learning: least restrictive practice; the difference between risk and convenience; how to challenge a colleague respectfully.'])
    para([('Case-based Discussion (CbD) – Royal College of Psychiatrists', None)], 'Heading 2')
    t = d.add_table(rows=4, cols=2)
    cells = [('Trainee', A), ('Assessor', 'Dr Kwabena Amoako'), ('Patient', 'DP, RiO 1187342'), ('Outcome', 'Above expected for stage of training')]
    for i, (a, b) in enumerate(cells):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    keep += ['Dr Kwabena Amoako']
    ids.append({'text': 'DP', 'type': 'PATIENT_NAME'})
    ids.append({'text': 'RiO 1187342', 'type': 'HOSPITAL_NUMBER'})
    para(['Contact for queries: ward office ', ('0113 496 0718', 'PHONE'), ' or the care coordinator at ', ('niamh.mcallister@example-nhs.uk', 'EMAIL')])
    path = os.path.join(OUT, 's14-f07-reflection-cbd.docx')
    d.core_properties.author = A
    d.core_properties.created = datetime.datetime(2024, 9, 1)
    d.core_properties.modified = datetime.datetime(2024, 9, 1)
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:   # fixed timestamps: byte-reproducible
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return {'id': 's14-f07', 'file': 'files/s14-f07-reflection-cbd.docx', 'format': 'docx', 'kind': 'reflection_and_cbd_docx',
            'applicant': A, 'pages': 1, 'identifiers': ids, 'keep': [{'text': k} for k in keep], 'barcodes': [], 'photos': []}, []

def f08(rng):  # TIFF scan: MHA section 5(2) form with addressograph
    A = 'Dr Tomasz Wiśniewski'
    p = Page()
    p.line(50, 55, [('Mental Health Act 1983', 'K'), ' – Form H1 – Section 5(2)'], 12, 'B')
    p.line(50, 72, ['Report on hospital in-patient'], 10)
    addressograph(p, 345, 90, 'Mr Hamish Gunn', '02/02/1979', 'PAS J553027', '402 718 5593', '9 Kestrel Way, Morley', 'LS27 8QT')
    y = 200
    for r in [['To the managers of ', ('St James\u2019s University Hospital', 'K')],
              ['I am the registered medical practitioner in charge of the treatment of'],
              [('Hamish Gunn', 'PATIENT_NAME'), ' who is an in-patient in this hospital and not liable to be detained.'],
              ['It appears to me that an application ought to be made under Part 2 of the Act for this patient\u2019s'],
              ['admission to hospital. Reasons: ', ('Mr Gunn', 'PATIENT_NAME'), ' was admitted to ', ('Ward 43', 'K'), ' with ', ('alcohol withdrawal', 'K'), ';'],
              ['he now expresses an intention to jump from the ', ('Wellington Bridge', 'ADDRESS'), ' and is attempting to leave.'],
              ['His sister ', ('Morag Gunn', 'RELATIVE_NAME'), ' (', ('07700 900418', 'PHONE'), ') has been informed.'],
              [], ['Signed: ', (A, 'K'), '   (nominee of the RC, Dr ', ('Andrei Dumitru', 'COLLEAGUE_NAME'), ')'],
              ['Time 02:35   Date 19/10/2023'],
              ['Received on behalf of the managers by ', ('Sinead Mulholland', 'COLLEAGUE_NAME'), ' (NMC ', ('09I4471E', 'GMC_NUMBER'), ')']]:
        if r: p.line(50, y, r, 9.5)
        y += 17
    im = scan(p, rng, -0.4, dpi=150)
    im.save(os.path.join(OUT, 's14-f08-mha-h1.tiff'), compression='tiff_lzw', dpi=(150, 150))
    return entry('s14-f08', 's14-f08-mha-h1.tiff', 'tiff', 'mental_health_act_form_scan', A, [p]), [im]

def f09(rng):  # scanned certificate with verification QR
    A = 'Dr Hassan El-Sayed'
    p = Page(842, 595)
    p.rect(30, 30, 782, 535, 2)
    p.line(250, 110, ['CERTIFICATE OF ATTENDANCE'], 24, 'S')
    p.line(330, 170, ['This is to certify that'], 12, 'S')
    p.line(320, 215, [(A, 'K')], 20, 'B')
    p.line(260, 260, ['attended the ', ('Care of the Critically Ill Surgical Patient (CCrISP)', 'K')], 12)
    p.line(240, 285, ['course, ', ('Royal College of Surgeons of England', 'K'), ', 14–16 May 2022'], 12)
    p.line(330, 330, ['CPD points: 21'], 11)
    p.line(80, 470, ['Course Director: ', ('Miss Deborah Lancaster', 'K')], 11)
    p.line(80, 490, ['Certificate no. ', ('CCR-22-04817', 'REFERENCE_NUMBER')], 10)
    p.line(80, 510, ['Verify: ', ('https://verify.example-rcs.org/c/CCR-22-04817', 'URL')], 9)
    p.code(690, 430, 90, 90, 'QR', 'https://verify.example-rcs.org/c/CCR-22-04817')
    im = scan(p, rng, 0.3, dpi=130)
    im.save(os.path.join(OUT, 's14-f09-certificate-scan.pdf'), resolution=130, creationDate=FIXED, modDate=FIXED)
    return entry('s14-f09', 's14-f09-certificate-scan.pdf', 'pdf', 'course_certificate_scan', A, [p]), [im]

def f10(rng):  # phone photo: clinical photography referral with wound photo
    A = 'Dr Hassan El-Sayed'
    p = Page()
    p.line(40, 50, ['Wound review – Plastics / General Surgery – ', ('University Hospital of Wales', 'K')], 11, 'B')
    addressograph(p, 360, 62, 'Mr Rhys Llewellyn', '17/08/1961', 'W2287715', '731 590 4468', '4 Tudor Lane, Caerphilly', 'CF83 1JQ')
    p.photo(40, 80, 240, 170, 'wound photograph (abdomen) with patient label in frame', seed=10)
    p.rect(46, 228, 150, 16, 0.3, fill=(250, 250, 245))
    p.line(50, 240, [('R. LLEWELLYN', 'PATIENT_NAME'), ' ', ('W2287715', 'HOSPITAL_NUMBER')], 8.5, 'M')
    y = 290
    for r in [['Day 9 post laparotomy. Superficial SSI, 4 cm dehiscence lower wound. ', ('ASEPSIS', 'K'), ' score 24.'],
              ['Plan: ', ('VAC therapy', 'K'), ' -125 mmHg, ', ('flucloxacillin 1 g', 'K'), ' QDS. District nurse ', ('Bronwen Pritchard', 'COLLEAGUE_NAME')],
              ['to review at home (', ('Caerphilly', 'ADDRESS'), '). Wife ', ('Cerys', 'RELATIVE_NAME'), ' shown dressing technique.'],
              ['Reviewed by ', (A, 'K'), ' with ', ('Mr Gareth Pryce', 'K'), ', Consultant Surgeon.']]:
        p.line(40, y, r, 9.5); y += 16
    im = phone_photo(p, rng, 1.2, dpi=140, margin=90, bg=(60, 64, 70))
    im.save(os.path.join(OUT, 's14-f10-wound-review-photo.jpg'), quality=74)
    return entry('s14-f10', 's14-f10-wound-review-photo.jpg', 'jpeg', 'wound_review_photo', A, [p]), [im]

def overlay(entries_imgs):
    od = os.path.join(HERE, '_overlays'); os.makedirs(od, exist_ok=True)
    import subprocess
    for e, ims in entries_imgs:
        if e['format'] == 'docx': continue
        if e['format'] == 'pdf' and not ims:
            subprocess.run(['pdftoppm', '-r', '110', '-png', os.path.join(HERE, e['file']), os.path.join(od, 'tmp')], check=True)
            ims = [Image.open(os.path.join(od, f)) for f in sorted(os.listdir(od)) if f.startswith('tmp')]
        for i, im in enumerate(ims, 1):
            im = im.convert('RGB'); d = ImageDraw.Draw(im); W, H = im.size
            for col, lst in (('red', e['identifiers']), ('green', e['keep']), ('blue', e['barcodes']), ('orange', e['photos'])):
                for x in lst:
                    if x['page'] == i:
                        b = x['box']; d.rectangle([b[0] * W, b[1] * H, b[2] * W, b[3] * H], outline=col, width=1)
            im.save(os.path.join(od, f"{e['id']}-p{i}.png"))
        for f in os.listdir(od):
            if f.startswith('tmp'): os.remove(os.path.join(od, f))

def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(1414)
    random.seed(1414)
    res = []
    for fn in (f01, f02):
        e, _ = fn(); res.append((e, []))
    for fn in (f03, f04, f05, f06):
        res.append(fn(rng))
    res.append(f07())
    for fn in (f08, f09, f10):
        res.append(fn(rng))
    with open(os.path.join(HERE, 'files.jsonl'), 'w', encoding='utf-8') as f:
        for e, _ in res:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')
    if '--overlay' in sys.argv:
        overlay(res)
    print(len(res), 'files')

if __name__ == '__main__':
    main()
