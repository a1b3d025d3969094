"""Renders files/ and writes files.jsonl for the s6-holdout set (all content invented).

Run with a venv holding Pillow, numpy, reportlab, python-docx, segno, python-barcode:
    python make_files.py            # everything
    python make_files.py h6-051     # one file
Also writes /tmp/s6-debug/files_markup.json (the marked-up strings drawn, for validate.py's name check)
and overlays of every labelled box to /tmp/s6-overlay/ (for looking, not part of the set).
"""
import json, os, sys, io, math
from PIL import Image, ImageDraw, ImageFilter
from s6markup import parse, distinct_ids
from s6render import (ImgPage, F, warp, rotated_quad, texture, lighting, noisy, speckle, fake_portrait,
                      fake_chest_xray, checkbox, code128_image, qr_image)
from s6pdf import PdfDoc
from s6docx import DocxBuilder

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
DEBUG = '/tmp/s6-debug'
OVER = '/tmp/s6-overlay'

EM = 'Dr Oluwaseun Adebayo-Williams'
MED = 'Dr Priya Venkataraman'
PSY = 'Dr Tariq Al-Hashimi'
ICU = 'Dr Nguyen Thi Lan'
PAED = 'Dr Magdalena Wiśniewska'
SURG = 'Mr Ricardo Sousa Ferreira'
OBS = 'Dr Chiamaka Eze'
GER = 'Dr Andrei Popescu'
RAD = 'Dr Maria Cristina Santos Dizon'
AM = 'Dr Hamza Qureshi'

BUILDERS = []


def builder(fn):
    BUILDERS.append(fn)
    return fn


def r4(v):
    return round(float(v), 4)


def nbox(box, W, H):
    x0, y0, x1, y1 = box
    return [r4(max(0, x0) / W), r4(max(0, y0) / H), r4(min(W, x1) / W), r4(min(H, y1) / H)]


def record_from_pages(rid, kind, applicant, fname, fmt, pages_px):
    """pages_px: list of (W, H, items, codes, photos)"""
    rec = dict(id=rid, file='files/' + fname, format=fmt, kind=kind, applicant=applicant, pages=len(pages_px),
               identifiers=[], keep=[], barcodes=[], photos=[])
    for pno, (W, H, items, codes, photos) in enumerate(pages_px, 1):
        for it in items:
            if it['kind'] == 'id':
                rec['identifiers'].append(dict(text=it['text'], type=it['type'], page=pno, box=nbox(it['box'], W, H)))
            else:
                rec['keep'].append(dict(text=it['text'], page=pno, box=nbox(it['box'], W, H)))
        for c in codes:
            rec['barcodes'].append(dict(format=c['format'], value=c['value'], page=pno, box=nbox(c['box'], W, H)))
        for p in photos:
            rec['photos'].append(dict(page=pno, box=nbox(p['box'], W, H), what=p['what']))
    return rec


def save_images(rid, kind, applicant, slug, fmt, pages, **kw):
    """pages: list of ImgPage (already final). fmt: png/jpeg/tiff/pdf (pdf = image-only scan)."""
    ext = {'png': 'png', 'jpeg': 'jpg', 'tiff': 'tif', 'pdf': 'pdf'}[fmt]
    fname = '%s-%s.%s' % (rid, slug, ext)
    path = os.path.join(OUT, fname)
    imgs = [p.img.convert('RGB') for p in pages]
    if fmt == 'png':
        imgs[0].save(path, optimize=True)
    elif fmt == 'jpeg':
        imgs[0].save(path, quality=kw.get('quality', 86))
    elif fmt == 'tiff':
        g = [im.convert('L') for im in imgs]
        g[0].save(path, save_all=True, append_images=g[1:], compression='tiff_lzw', dpi=(200, 200))
    elif fmt == 'pdf':
        imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=kw.get('dpi', 150))
    rec = record_from_pages(rid, kind, applicant, fname, fmt if fmt != 'jpeg' else 'jpeg',
                            [(p.size[0], p.size[1], p.items, p.codes, p.photos) for p in pages])
    chunks = [c for p in pages for c in p.chunks]
    return rec, chunks


def save_pdf(rid, kind, applicant, doc, fname):
    doc.save()
    rec = record_from_pages(rid, kind, applicant, fname, 'pdf',
                            [(doc.W, doc.H, p['items'], p['codes'], p['photos']) for p in doc.pages])
    chunks = [c for p in doc.pages for c in p['chunks']]
    return rec, chunks


def scan_pages(pages, seed, angle=0.8, sigma=9, dpi_scale=1.0, binar=False):
    """Simulate a flatbed scan: slight rotation and offset, grey paper, noise, speckle."""
    out = []
    for i, p in enumerate(pages):
        W, H = p.size
        bg = Image.new('RGB', (W, H), (236, 236, 232))
        a = angle * (1 if i % 2 == 0 else -0.6)
        q = rotated_quad(W, H, W, H, a, scale=0.985, cx=W / 2 + 6, cy=H / 2 + 4)
        s = warp(p, bg, q)
        img = noisy(s.img, seed + i, sigma=sigma, blur=0.7)
        img = speckle(img, seed + 10 + i, n=2500)
        if binar:
            g = img.convert('L').point(lambda v: 255 if v > 150 else 0)
            img = g.convert('RGB')
        s.img = img
        out.append(s)
    return out


# ============================================================================= h6-051 wristband photo
@builder
def h6_051():
    band = ImgPage(1500, 250, (250, 250, 247))
    d = band.d
    d.rectangle([0, 0, 170, 250], fill=(205, 40, 45))               # red allergy segment
    band.text(18, 70, 'ALLERGY', F('dv-b', 30), (255, 255, 255))
    band.text(12, 120, '⟪PENICILLIN⟫', F('dvc-b', 27), (255, 255, 255))
    band.text(195, 22, '⟦P|WANJIRU, Grace Njeri⟧', F('dv-b', 40))
    band.text(195, 82, 'DOB: ⟪12/03/1958⟫   ⟪F⟫   NHS: ⟦N|943 476 5919⟧', F('dv', 30))
    band.text(195, 128, 'MRN: ⟦H|K6620193⟧    ⟪LTHT⟫ - SJUH ED', F('dv', 30))
    band.text(195, 176, 'Adm: 09/11/2024 03:41', F('dv', 26))
    band.code128(1040, 30, 'K6620193', module=3, height=150)
    band.text(1110, 192, '⟦H|K6620193⟧', F('dvm', 28))
    # round ends
    bg = texture(1800, 1000, (196, 142, 110), 51, grain=10, blur=6)   # forearm skin
    bg = lighting(bg, 52, 0.35)
    q = rotated_quad(1500, 250, 1800, 1000, -5.5, scale=1.0, cx=900, cy=500)
    q = [(x + dx, y + dy) for (x, y), (dx, dy) in zip(q, [(0, -8), (0, 8), (0, 14), (0, -4)])]
    s = warp(band, bg, q, shadow=8)
    s.img = noisy(lighting(s.img, 53, 0.15), 54, sigma=5, blur=0.5)
    return save_images('h6-051', 'wristband_photo', EM, 'wristband', 'png', [s])


# ============================================================================= h6-052 addressograph sheet
@builder
def h6_052():
    sheet = ImgPage(1240, 1000, (250, 244, 205))
    for k in range(3):
        y0 = 40 + k * 315
        lab = [60, y0, 1180, y0 + 285]
        sheet.rect(lab, fill=(255, 255, 255), outline=(200, 200, 190), width=2)
        x = 85
        sheet.text(x, y0 + 20, '⟦P|MWANGI, Peter Kamau⟧', F('sans-b', 38))
        sheet.text(x, y0 + 72, '⟦A|12 Firth Park Road, Sheffield⟧ ⟦PC|S5 6WS⟧', F('sans', 30))
        sheet.text(x, y0 + 114, 'DOB: ⟪07/07/1977⟫   Sex: ⟪M⟫   Ward: ⟪ICU⟫', F('sans', 30))
        sheet.text(x, y0 + 156, 'Hosp No: ⟦H|S1993042⟧', F('sans-b', 30))
        sheet.text(x, y0 + 198, 'NHS No: ⟦N|612 553 8790⟧', F('sans', 30))
        sheet.text(x, y0 + 240, 'Cons: Dr ⟦C|E Marr⟧', F('sans', 26))
        sheet.code128(760, y0 + 150, 'S1993042', module=3, height=100)
    bg = texture(1500, 1200, (120, 124, 130), 520, grain=8, blur=2)
    q = rotated_quad(1240, 1000, 1500, 1200, 1.6, scale=1.08)
    s = warp(sheet, bg, q, shadow=6)
    s.img = noisy(lighting(s.img, 521, 0.2), 522, sigma=4, blur=0.5)
    return save_images('h6-052', 'addressograph_label_sheet', ICU, 'addressograph', 'png', [s])


# ============================================================================= h6-053 blood sciences request form
@builder
def h6_053():
    pg = ImgPage(1240, 1754, (255, 255, 255))
    d = pg.d
    pink = (238, 200, 214)
    d.rectangle([40, 40, 1200, 150], fill=(196, 40, 100))
    pg.text(60, 55, '⟪Swansea Bay University Health Board⟫', F('sans-b', 34), (255, 255, 255))
    pg.text(60, 102, 'BLOOD SCIENCES REQUEST - Haematology / Biochemistry', F('sans', 28), (255, 255, 255))
    d.rectangle([40, 170, 1200, 760], outline=(196, 40, 100), width=3)
    d.rectangle([40, 170, 1200, 210], fill=pink)
    pg.text(55, 176, 'PATIENT DETAILS (or affix label)', F('sans-b', 24), (120, 20, 60))
    hand = F('dvs-i', 34)
    rows = [('Surname', '⟦P|PRITCHARD⟧'), ('Forename(s)', '⟦P|Eirlys Mair⟧'), ('Date of birth', '⟪19/02/1950⟫     Sex: ⟪F⟫'),
            ('NHS number', '⟦N|701 339 4482⟧'), ('Hospital no.', '⟦H|M0402719⟧'),
            ('Address', '⟦A|Llys Afon, 3 Heol Las, Ystradgynlais⟧'), ('Postcode', '⟦PC|SA9 1JB⟧')]
    y = 222
    for lab, val in rows:
        pg.text(60, y + 12, lab, F('sans', 24), (90, 30, 60))
        d.line([290, y + 58, 1180, y + 58], fill=(196, 40, 100), width=1)
        pg.text(300, y + 6, val, hand, (20, 30, 110))
        y += 76
    # request details
    d.rectangle([40, 780, 1200, 1180], outline=(196, 40, 100), width=3)
    d.rectangle([40, 780, 1200, 820], fill=pink)
    pg.text(55, 786, 'REQUEST', F('sans-b', 24), (120, 20, 60))
    pg.text(60, 835, 'Location: ⟪AMU⟫', F('sans', 26))
    pg.text(60, 878, 'Consultant: Dr ⟦C|G. Hopkin⟧', F('sans', 26))
    pg.text(60, 921, 'Requesting clinician: ⟪Dr P Venkataraman⟫   Bleep: ⟦T|4127⟧', F('sans', 26))
    pg.text(60, 964, 'Clinical details:', F('sans', 26))
    pg.text(280, 958, '⟪central chest pain 2 h, ?ACS⟫; on ⟪apixaban⟫', hand, (20, 30, 110))
    tests = [('FBC', 1), ('U&E', 1), ('LFT', 0), ('CRP', 1), ('Troponin T', 1), ('Coag', 1), ('HbA1c', 0), ('Lipids', 0)]
    for i, (t, on) in enumerate(tests):
        x = 60 + (i % 4) * 280
        yy = 1030 + (i // 4) * 60
        checkbox(pg, x, yy, 30, on, (20, 30, 110))
        pg.text(x + 45, yy - 2, t, F('sans', 26))
    pg.text(60, 1200, 'Sample taken by: ⟦C|R. Jenkins⟧   Date/time: ⟪14/02/2025 08:55⟫', F('sans', 26))
    pg.text(60, 1245, 'I confirm the sample was labelled at the bedside.  Signature: ______', F('sans', 22), (90, 90, 90))
    # lab accession sticker
    d.rectangle([60, 1320, 640, 1540], fill=(255, 255, 255), outline=(150, 150, 150), width=2)
    pg.text(80, 1335, 'LAB No ⟦O|M25.0119384⟧', F('dvm-b', 28))
    pg.code128(80, 1385, 'M25.0119384', module=3, height=110)
    pg.text(80, 1503, '⟦P|PRITCHARD E⟧  ⟪19/02/1950⟫', F('dvm', 22))
    # QR with NHS number
    pg.qr(900, 1330, '7013394482', scale=7)
    pg.text(880, 1525, 'scan: NHS no.', F('sans', 20), (90, 90, 90))
    pg.text(60, 1650, 'Form BS-REQ v7 (2023)   ⟪Morriston Hospital⟫ Pathology', F('sans', 20), (120, 120, 120))
    bg = texture(1500, 2000, (95, 105, 98), 530, grain=12, blur=2)
    q = [(130, 110), (1390, 150), (1360, 1900), (100, 1870)]
    s = warp(pg, bg, q, shadow=10)
    s.img = noisy(lighting(s.img, 531, 0.25), 532, sigma=5, blur=0.6)
    return save_images('h6-053', 'specimen_request_form_photo', MED, 'request-form', 'jpeg', [s], quality=84)


# ============================================================================= h6-054 whiteboard photo
@builder
def h6_054():
    pg = ImgPage(2000, 1300, (244, 246, 248))
    d = pg.d
    blue, red, black, green = (30, 60, 170), (190, 30, 30), (25, 25, 25), (20, 120, 60)
    mk = F('dvc-b', 46)
    mks = F('dvc-b', 38)
    pg.text(60, 30, 'WARD 12  ⟪Ninewells⟫   MON ⟪03/03⟫', F('dvc-b', 58), blue)
    cols = [60, 170, 620, 960, 1180, 1940]
    heads = ['BED', 'PATIENT', 'DR', 'EDD', 'NOTES']
    for x in cols:
        d.line([x, 120, x, 1090], fill=black, width=4)
    for i, h in enumerate(heads):
        pg.text(cols[i] + 15, 130, h, mks, black)
    rows = [('1', '⟦P|McKENZIE J⟧', '⟪Popescu⟫', '06/03', 'POC - SW aware', blue),
            ('2', '⟦P|STRACHAN⟧', '⟦C|Ogilvie⟧', '?', 'OT home visit WED', black),
            ('3', '⟦P|DALGLEISH R⟧', '⟦C|Ogilvie⟧', '-', 'DNACPR / family mtg 2pm', red),
            ('4', '⟦P|MacDONALD⟧', '⟪Popescu⟫', '10/03', '⟪MADOPAR⟫ TIME CRITICAL', red),
            ('5', '⟦P|GRANT Wilma⟧', '⟦C|Khalid⟧', '05/03', 'lying/standing BP', blue),
            ('6', '⟦P|Anne-Marie B.⟧', '⟦C|Khalid⟧', '?', 'daily wt, IV furosemide', black),
            ('7', '⟦P|KERR N⟧', '⟪Popescu⟫', '07/03', 'U&E am', green),
            ('8', 'SR - ⟦P|YOUNG M⟧', '⟦C|Khalid⟧', '-', 'from ⟪Stroke Unit⟫', blue)]
    y = 200
    for row in rows:
        col = row[5]
        for i in range(5):
            pg.text(cols[i] + 15, y, row[i], mk if i < 4 else mks, col)
        d.line([60, y + 100, 1940, y + 100], fill=(150, 150, 160), width=2)
        y += 110
    pg.text(60, 1120, 'NIC: ⟦C|Shirley⟧    HCSW: ⟦C|Kasia⟧ / ⟦C|Jordan⟧    Falls: 3, 5, 7', F('dvc-b', 48), green)
    pg.text(60, 1200, 'Pharmacy: ⟦C|Euan⟧ bleep ⟦T|5603⟧', F('dvc-b', 44), blue)
    bg = texture(2400, 1700, (168, 160, 150), 540, grain=9, blur=3)
    ImageDraw.Draw(bg).rectangle([0, 1550, 2400, 1700], fill=(120, 110, 100))
    q = [(260, 220), (2230, 120), (2290, 1480), (210, 1420)]
    s = warp(pg, bg, q, shadow=5)
    img = lighting(s.img, 541, 0.45)
    # glare
    import numpy as np
    arr = np.asarray(img).astype(float)
    H, W = arr.shape[:2]
    ys, xs = np.mgrid[0:H, 0:W]
    glare = 60 * np.exp(-(((xs - W * 0.70) / (W * 0.10)) ** 2 + ((ys - H * 0.30) / (H * 0.18)) ** 2))
    arr = np.clip(arr + glare[..., None], 0, 255).astype('uint8')
    s.img = noisy(Image.fromarray(arr), 542, sigma=6, blur=0.8)
    return save_images('h6-054', 'whiteboard_photo', GER, 'whiteboard', 'jpeg', [s], quality=82)


# ============================================================================= h6-055 portfolio screenshot
@builder
def h6_055():
    pg = ImgPage(1600, 1120, (246, 247, 249))
    d = pg.d
    d.rectangle([0, 0, 1600, 46], fill=(222, 225, 230))
    d.rounded_rectangle([150, 8, 1450, 38], radius=14, fill=(255, 255, 255))
    pg.text(172, 12, '⟦U|https://portfolioonline.rcpsych.ac.uk/assessments/cbd/view/88142⟧', F('sans', 19), (60, 60, 60))
    d.rectangle([0, 46, 1600, 130], fill=(31, 58, 95))
    pg.text(30, 64, 'Portfolio Online', F('sans-b', 34), (255, 255, 255))
    pg.text_right(1570, 74, 'Signed in: ⟪Dr Tariq Al-Hashimi⟫', F('sans', 22), (255, 255, 255))
    d.rectangle([0, 130, 260, 1120], fill=(233, 236, 241))
    for i, t in enumerate(['Dashboard', 'Assessments', 'Reflections', 'Curriculum', 'Certificates', 'Export']):
        pg.text(28, 165 + i * 48, t, F('sans', 22), (31, 58, 95) if i == 1 else (60, 60, 60))
    x = 300
    pg.text(x, 160, 'Case-based Discussion (CbD) - completed', F('sans-b', 32), (31, 58, 95))
    fields = [('Trainee', '⟪Dr Tariq Al-Hashimi⟫ (GMC ⟪7265130⟫)'),
              ('Date of assessment', '⟪05/02/2025⟫'),
              ('Assessor', '⟪Dr Fiona Buchanan⟫, Consultant Psychiatrist'),
              ('Assessor GMC no.', '⟦G|4012776⟧'),
              ('Assessor e-mail', '⟦E|fiona.buchanan@ggc.scot.nhs.uk⟧'),
              ('Clinical setting', 'Inpatient - ⟪Leverndale Hospital⟫, ⟪Ward 3⟫'),
              ('Case', '⟦P|A.M.⟧, 44F, TrakCare ⟦H|E2201874⟧'),
              ('Diagnosis', '⟪Recurrent depressive disorder, severe (F33.2)⟫'),
              ('Focus', '⟪lithium⟫ augmentation, level ⟪0.72 mmol/L⟫; capacity; ⟪ECT⟫ consent')]
    y = 225
    for lab, val in fields:
        pg.text(x, y, lab, F('sans-b', 22), (80, 80, 80))
        pg.text(x + 270, y, val, F('sans', 22), (20, 20, 20))
        y += 44
    d.rectangle([x, y + 10, 1560, y + 12], fill=(200, 205, 215))
    y += 30
    pg.text(x, y, 'Assessor feedback', F('sans-b', 24), (31, 58, 95))
    y = pg.para(x, y + 40, 'Thorough formulation and a clear risk plan. Tariq explained the options to Ms ⟦P|A.M.⟧ and to her '
                'husband ⟦R|Callum⟧ without jargon and documented the capacity assessment well. Next step: present the case '
                'at the ⟪Balint⟫ group and complete a CbD on a patient detained under the ⟪Mental Health (Care and Treatment) (Scotland) Act 2003⟫.',
                F('sans', 22), 1240, 32)
    y += 10
    for i, (dom, sc) in enumerate([('Clinical assessment', 'Above expected'), ('Risk assessment', 'Meets expected'),
                                   ('Medical treatment', 'Above expected'), ('Overall', 'Meets expected (ST4+)')]):
        pg.text(x, y + i * 36, dom, F('sans', 21))
        pg.text(x + 400, y + i * 36, sc, F('sans-b', 21), (20, 110, 60))
    return save_images('h6-055', 'eportfolio_screenshot', PSY, 'portfolio-screenshot', 'png', [pg])


# ============================================================================= h6-056 photographed letter
@builder
def h6_056():
    pg = ImgPage(1240, 1754, (252, 252, 250))
    d = pg.d
    pg.text(80, 70, '⟪Cardiff and Vale University Health Board⟫', F('serif-b', 36), (0, 70, 130))
    pg.text(80, 118, '⟪University Hospital of Wales⟫ - Gynaecology Outpatients', F('serif', 28), (0, 70, 130))
    pg.text(80, 156, 'Appointments and queries: ⟦T|01632 960 663⟧', F('serif', 24), (60, 60, 60))
    d.line([80, 200, 1160, 200], fill=(0, 70, 130), width=3)
    pg.text(80, 230, 'Clinic date: ⟪06/11/2024⟫     Typed: 12/11/2024', F('serif', 25))
    pg.text(80, 280, 'Dr ⟦C|Gareth Llywelyn⟧', F('serif', 27))
    pg.text(80, 316, '⟦A|Canton Health Centre, 1 Cowbridge Road East, Cardiff⟧ ⟦PC|CF11 9AB⟧', F('serif', 27))
    pg.text(80, 390, 'Dear Dr ⟦C|Llywelyn⟧,', F('serif', 27))
    pg.text(80, 440, 'Re: ⟦P|Rhiannon Prothero⟧   DOB ⟪28/08/1985⟫   NHS ⟦N|836 220 1957⟧   Hosp ⟦H|C0557310⟧', F('serif-b', 26))
    pg.text(80, 478, '⟦A|Flat 7, 88 Cathedral Road, Cardiff⟧ ⟦PC|CF11 9LP⟧', F('serif-b', 26))
    body = ('Diagnosis: ⟪endometriosis, stage II (rASRM) (N80.3)⟫; ⟪dysmenorrhoea⟫.\n'
            'I reviewed Ms ⟦P|Prothero⟧ after her diagnostic laparoscopy on 02/10/2024, which showed superficial '
            'peritoneal endometriosis of the left uterosacral ligament and pouch of Douglas, excised and sent for histology '
            '(confirmed). Her pain score has fallen from 8/10 to 4/10. She does not wish to conceive at present.\n'
            'Plan: ⟪dienogest 2 mg⟫ once daily for 6 months (in place of the combined pill); review in the '
            'endometriosis clinic in 6 months; ⟪CA-125⟫ not required. She would like her partner, ⟦R|Osian⟧, to attend next time.\n'
            'Yours sincerely,')
    y = pg.para(80, 540, body, F('serif', 26), 1080, 38)
    pg.text(80, y + 70, '⟪Dr Chiamaka Eze⟫', F('serif-b', 27))
    pg.text(80, y + 108, 'Specialty Doctor, Obstetrics and Gynaecology', F('serif', 25))
    pg.text(80, y + 160, 'cc: patient', F('serif', 24))
    bg = texture(2000, 2400, (150, 100, 62), 560, grain=10, streaks='wood', blur=1.5)
    q = [(330, 260), (1660, 190), (1760, 2170), (260, 2240)]
    s = warp(pg, bg, q, shadow=14)
    s.img = noisy(lighting(s.img, 561, 0.35), 562, sigma=5, blur=0.7)
    return save_images('h6-056', 'photographed_clinic_letter', OBS, 'letter-photo', 'jpeg', [s], quality=85)



# ============================================================================= h6-057 scanned discharge summary, 2 pages
@builder
def h6_057():
    pages = []
    sans, sansb = F('sans', 22), F('sans-b', 22)
    for pno in (1, 2):
        pg = ImgPage(1240, 1754)
        d = pg.d
        pg.text(70, 60, 'NHS Tayside', F('sans-b', 34), (0, 94, 184))
        pg.text(70, 104, '⟪Ninewells Hospital⟫ - Medicine for the Elderly - IMMEDIATE DISCHARGE LETTER', F('sans-b', 22))
        d.rectangle([70, 145, 1170, 215], outline=(0, 0, 0), width=2)
        pg.text(85, 156, 'Patient: ⟦P|BRUCE, Agnes Helen⟧', sansb)
        pg.text(85, 184, 'CHI: ⟦N|1508439921⟧      DOB: ⟪15/08/1943⟫      Sex: ⟪F⟫', sans)
        pg.text(800, 184, 'Page ⟪%d of 2⟫' % pno, sans)
        if pno == 1:
            pg.qr(1030, 30, '1508439921', scale=4)
            y = 240
            pg.text(85, y, 'Address: ⟦A|23 Ancrum Road, Dundee⟧ ⟦PC|DD2 2HZ⟧', sans); y += 34
            pg.text(85, y, 'GP: Dr ⟦C|Fiona Matheson⟧, ⟦A|Hawkhill Medical Centre, Dundee⟧', sans); y += 34
            pg.text(85, y, 'Admitted: ⟪21/01/2025⟫   Discharged: ⟪04/02/2025⟫   Ward: ⟪Ward 12⟫   Consultant: ⟪Dr M. Sutherland⟫', sans); y += 50
            pg.text(85, y, 'Diagnoses', sansb); y += 34
            y = pg.para(85, y, '1. ⟪Hip fracture, left intracapsular (S72.0)⟫ after a fall at home - ⟪hemiarthroplasty⟫ 22/01/2025\n'
                        '2. ⟪Delirium, multifactorial (F05.1)⟫ - resolved (⟪4AT 0⟫ on 02/02)\n'
                        '3. ⟪Osteoporosis⟫ - ⟪FRAX⟫ high risk; ⟪zoledronic acid 5 mg IV⟫ given 03/02/2025\n'
                        '4. Background: hypertension, hypothyroidism, ⟪Clinical Frailty Scale 5⟫', sans, 1080, 32)
            y += 20
            pg.text(85, y, 'Summary', sansb); y += 34
            y = pg.para(85, y, 'Mrs ⟦P|Bruce⟧ lives alone and was found on the floor by her neighbour, Mr ⟦R|Colin Stott⟧, after about 10 hours. '
                        'CK 2,140 U/L, AKI stage 1 which resolved with fluids. Post-operative delirium was managed without '
                        'antipsychotics; her daughter ⟦R|Lorna Bruce⟧ (⟦T|0131 496 0741⟧) stayed with her in the evenings. '
                        'She mobilises with a zimmer frame and one carer. A comprehensive geriatric assessment and home visit '
                        'were completed; package of care four times daily from discharge.', sans, 1080, 32)
        else:
            y = 250
            pg.text(85, y, 'Medication on discharge', sansb); y += 36
            meds = [('⟪Levothyroxine⟫', '100 micrograms', 'once daily', 'unchanged'),
                    ('⟪Amlodipine⟫', '5 mg', 'once daily', 'reduced from 10 mg'),
                    ('⟪Paracetamol⟫', '1 g', 'four times daily', 'new - 2 weeks'),
                    ('⟪Adcal-D3⟫', '1 tablet', 'twice daily', 'new'),
                    ('⟪Enoxaparin⟫', '40 mg SC', 'once daily', 'until 19/02/2025'),
                    ('⟪Laxido⟫', '1 sachet', 'twice daily', 'new')]
            cols = [85, 420, 640, 880, 1160]
            d.rectangle([85, y, 1160, y + 36], fill=(225, 225, 225))
            for i, h in enumerate(['Drug', 'Dose', 'Frequency', 'Comment']):
                pg.text(cols[i] + 8, y + 6, h, sansb)
            y += 36
            for m in meds:
                for i, v in enumerate(m):
                    pg.text(cols[i] + 8, y + 6, v, sans)
                d.line([85, y + 36, 1160, y + 36], fill=(0, 0, 0))
                y += 36
            for x in cols:
                d.line([x, 286, x, y], fill=(0, 0, 0))
            y += 30
            pg.text(85, y, 'Follow-up', sansb); y += 34
            y = pg.para(85, y, 'Orthogeriatric clinic in 6 weeks (⟪Royal Victoria Hospital, Dundee⟫). Wound clips removed day 12 by district nurses. '
                        'Falls team referral made. Her son ⟦R|Graham⟧ has been given a copy of this letter with her consent.',
                        sans, 1080, 32)
            y += 40
            pg.text(85, y, 'Completed by: ⟪Dr Andrei Popescu⟫, Specialty Doctor, Medicine for the Elderly', sans); y += 34
            pg.text(85, y, 'Verified: ⟪Dr Morag Sutherland⟫, Consultant Geriatrician', sans)
        pages.append(pg)
    pages = scan_pages(pages, 570, angle=0.9, sigma=10)
    return save_images('h6-057', 'scanned_discharge_letter', GER, 'discharge-scan', 'pdf', pages, dpi=150)


# ============================================================================= h6-058 scanned child protection form
@builder
def h6_058():
    pg = ImgPage(1240, 1754)
    d = pg.d
    hand = F('dvs-i', 27)
    ink = (15, 25, 120)
    pg.text(70, 60, 'Southern Health and Social Care Trust', F('sans-b', 30))
    pg.text(70, 100, 'EMERGENCY DEPARTMENT - CHILD PROTECTION CONCERN NOTIFICATION', F('sans-b', 26))
    pg.text(70, 136, '⟪Craigavon Area Hospital⟫   (to Gateway Team within 24 hours)', F('sans', 22))
    d.rectangle([70, 175, 1170, 1640], outline=(0, 0, 0), width=2)
    rows = [('Child\'s name', '⟦P|Riley-Jo Magennis⟧'),
            ('Date of birth / age', '⟪09/06/2021⟫  (3 yrs)      Sex: ⟪F⟫'),
            ('H&C number', '⟦N|338 912 4470⟧'),
            ('ED attendance no.', '⟦H|CAH-ED-24-031876⟧'),
            ('Home address', '⟦A|41 Lisnisky Lane, Portadown⟧ ⟦PC|BT62 3ED⟧'),
            ('Parent / carer present', '⟦R|Shannon Magennis⟧ (mother) ⟦T|07700 900 526⟧'),
            ('Other adults in household', '⟦R|Aaron McVeigh⟧ (mother\'s partner)'),
            ('Nursery / school', '⟦A|Bright Beginnings Playgroup, Portadown⟧'),
            ('GP', 'Dr ⟦C|Siobhan Quinlivan⟧, ⟦A|Thomas Street Surgery⟧'),
            ('Health visitor', '⟦C|Gemma Cordner⟧')]
    y = 190
    for lab, val in rows:
        pg.text(85, y + 8, lab, F('sans', 22))
        d.line([420, y + 48, 1150, y + 48], fill=(80, 80, 80))
        pg.text(430, y + 8, val, hand, ink)
        y += 60
    d.line([70, y, 1170, y], fill=(0, 0, 0), width=2)
    pg.text(85, y + 10, 'Concern (tick all that apply)', F('sans-b', 22))
    y += 50
    opts = [('Injury inconsistent with history', 1), ('Delay in presentation', 1), ('Neglect', 0),
            ('Sexual abuse concern', 0), ('Domestic abuse disclosed', 1), ('Previous attendances', 1)]
    for i, (t, on) in enumerate(opts):
        x = 95 + (i % 2) * 540
        yy = y + (i // 2) * 46
        checkbox(pg, x, yy, 26, on, ink)
        pg.text(x + 40, yy - 2, t, F('sans', 22))
    y += 150
    pg.text(85, y, 'Details:', F('sans-b', 22))
    y = pg.para(200, y - 4, 'Scald to R foot and ankle, glove/sock distribution with clear tide-mark, ~3% TBSA (⟪Lund and Browder⟫). '
                'History: "stepped in the bath". Presented 19 h after the injury. 4th ED attendance in 5 months. '
                'Mother disclosed that her partner shouts at ⟦P|Riley-Jo⟧ and has hit her before.', hand, 950, 40, ink)
    y += 20
    pg.text(85, y, 'Actions: admitted to ⟪Ward 1A⟫; burns team (⟪RVH⟫) advice; PSNI informed - ref ⟦REF|CC2024091100233⟧.', F('sans', 22))
    y += 40
    pg.text(85, y, 'Gateway referral no.: ⟦REF|GW/SHSCT/24/0917⟧', F('sans', 22))
    y += 60
    pg.text(85, y, 'Completed by:', F('sans', 22))
    pg.text(260, y - 6, '⟪Dr M. Wiśniewska⟫', hand, ink)
    pg.text(640, y, 'Date: ⟪11/09/2024⟫  Time: 16:40', F('sans', 22))
    y += 50
    pg.text(85, y, 'Senior review:', F('sans', 22))
    pg.text(260, y - 6, '⟪Dr Ruairí Hegarty⟫, Consultant Paediatrician', hand, ink)
    pages = scan_pages([pg], 580, angle=-1.2, sigma=12)
    return save_images('h6-058', 'scanned_child_protection_form', PAED, 'cp-form-scan', 'pdf', pages, dpi=150)


# ============================================================================= h6-059 digital letter, 2 pages, header band, footer
@builder
def h6_059():
    fname = 'h6-059-colorectal-letter.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (595.28, 841.89))
    W, H = doc.W, doc.H
    navy = (0, 48, 87)
    body = ('Dear Dr ⟦C|Penhale⟧,\n'
            'Thank you for referring this 58-year-old man under the two-week-wait pathway with a change in bowel habit, '
            'iron-deficiency anaemia (⟪Hb 96 g/L⟫, ferritin 9 micrograms/L) and a ⟪FIT of 380 micrograms/g⟫. I saw him in clinic today '
            'with his wife, ⟦R|Ayşe⟧, who interpreted for part of the consultation at his request.\n'
            'Colonoscopy on 12/02/2025 showed an ulcerating tumour at 14 cm from the anal verge; biopsies confirmed '
            '⟪adenocarcinoma⟫. Staging CT and MRI pelvis: ⟪cT3b N1 M0⟫, circumferential resection margin clear (3 mm), no extramural '
            'venous invasion. CEA 6.4 micrograms/L.\n'
            'The case was discussed at the colorectal MDT on 18/02/2025. The recommendation is short-course radiotherapy '
            'followed by laparoscopic anterior resection with a defunctioning loop ileostomy; this was explained to '
            'Mr ⟦P|Yıldırım⟧ and his wife, together with the risks of anastomotic leak (about 1 in 10), ⟪low anterior resection '
            'syndrome⟫ and the possibility of a permanent stoma. He wishes to proceed.\n'
            'He is a current smoker (15 per day) and has been referred to the stop-smoking service; ⟪Prehab⟫ programme booked. '
            'His ⟪WHO performance status⟫ is 1 and his ⟪ASA grade⟫ 2. He takes ⟪metformin 1 g⟫ twice daily and ⟪ramipril 5 mg⟫.\n'
            'Our colorectal nurse specialist, ⟦C|Demelza Hocking⟧, will be his key worker and can be contacted on the number above. '
            'I will see him again after radiotherapy.')
    rest = ('Plan\n'
            '1. Short-course radiotherapy (25 Gy in 5 fractions) - oncology clinic, 03/03/2025.\n'
            '2. Laparoscopic anterior resection and loop ileostomy - provisional date 07/04/2025.\n'
            '3. ⟪Enhanced Recovery After Surgery⟫ programme and stoma siting.\n'
            '4. Please continue metformin; we will omit it on the day of surgery.\n'
            'Yours sincerely,')
    for pno in (1, 2):
        if pno == 2:
            doc.new_page()
        doc.rect(0, 0, W, 78, fill=navy)
        doc.text(36, 32, '⟪University Hospitals Plymouth NHS Trust⟫', 'sans-b', 16, (255, 255, 255))
        doc.text(36, 52, 'Colorectal Surgery - ⟪Derriford Hospital⟫', 'sans', 10.5, (255, 255, 255))
        doc.text(36, 67, 'Secretaries ⟦T|01632 960 384⟧  |  Colorectal nurses ⟦T|01632 960 385⟧', 'sans', 9, (255, 255, 255))
        if pno == 1:
            doc.rect(403, 8, 567, 70, fill=(255, 255, 255))
            doc.code128(415, 14, 'D1772094', 140, 34)
            doc.text(448, 62, 'MRN ⟦H|D1772094⟧', 'sans', 9, (0, 0, 0))
            y = 110
            doc.text(36, y, 'Clinic date: ⟪20/02/2025⟫    Dictated: 20/02/2025    Typed: 24/02/2025', 'sans', 9.5)
            y += 26
            for ln in ['Dr ⟦C|Loveday Penhale⟧', '⟦A|Mannamead Surgery, 22 Eggbuckland Road, Plymouth⟧ ⟦PC|PL3 5HE⟧']:
                doc.text(36, y, ln, 'sans', 10.5)
                y += 14
            y += 12
            doc.rect(36, y - 11, W - 36, y + 34, fill=(238, 242, 247))
            doc.text(42, y + 2, 'Re: ⟦P|Kenan Yıldırım⟧   DOB ⟪17/04/1966⟫   ⟪Male⟫', 'sans-b', 10.5)
            doc.text(42, y + 17, 'NHS ⟦N|519 207 3346⟧   MRN ⟦H|D1772094⟧   ⟦A|4 Lipson Vale, Plymouth⟧ ⟦PC|PL4 7HN⟧', 'sans', 10)
            y += 52
            doc.text(36, y, 'Diagnosis: ⟪rectal adenocarcinoma (C20)⟫, upper third', 'sans-b', 10.5)
            y += 20
            y = doc.para(36, y, body, W - 72, 'sans', 10.5, 14.5)
        else:
            y = 110
            y = doc.para(36, y, rest, W - 72, 'sans', 10.5, 14.5)
            y += 30
            doc.text(36, y, '⟪Mr Ricardo Sousa Ferreira⟫', 'sans-b', 10.5)
            doc.text(36, y + 14, 'Specialty Doctor, General and Colorectal Surgery', 'sans', 10)
            doc.text(36, y + 28, 'Verified: ⟪Mr Edward Pengelly⟫, Consultant Colorectal Surgeon', 'sans', 10)
            doc.text(36, y + 56, 'cc: patient; Dr ⟦C|Kerenza Rowe⟧, Consultant Clinical Oncologist', 'sans', 9.5)
        doc.line(36, H - 40, W - 36, H - 40, (150, 150, 150))
        doc.text(36, H - 27, 'Re: ⟦P|Kenan Yıldırım⟧  |  NHS ⟦N|519 207 3346⟧  |  CONFIDENTIAL', 'sans', 8.5, (80, 80, 80))
        doc.text_right(W - 36, H - 27, 'Page %d of 2' % pno, 'sans', 8.5, (80, 80, 80))
    return save_pdf('h6-059', 'digital_clinic_letter', SURG, doc, fname)


# ============================================================================= h6-060 digital two-column QI report
@builder
def h6_060():
    fname = 'h6-060-sdec-qi-report.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (595.28, 841.89))
    W, H = doc.W, doc.H
    teal = (0, 105, 110)
    colw = (W - 36 * 2 - 18) / 2
    x1, x2 = 36, 36 + colw + 18
    doc.rect(0, 0, W, 96, fill=teal)
    doc.text(36, 38, 'Quality Improvement Report', 'sans-b', 20, (255, 255, 255))
    doc.text(36, 60, 'Reducing time to first senior review in Same Day Emergency Care (SDEC)', 'sans', 11.5, (255, 255, 255))
    doc.text(36, 80, '⟪Southmead Hospital⟫, North Bristol NHS Trust  |  Project lead: ⟪Dr Hamza Qureshi⟫', 'sans', 9.5, (255, 255, 255))
    left = ('Background\n'
            'In 2023 the median time from arrival in SDEC to first senior decision was 3 h 40 min, and 1 in 5 patients '
            'left after more than 8 hours. Patients referred by GPs through the Acute GP Advice Line waited longest.\n'
            'Aim\n'
            'To reduce the median time to first senior review to under 2 hours by 31 March 2024 (SMART aim, ⟪IHI Model for Improvement⟫).\n'
            'Team\n'
            '⟪Dr Hamza Qureshi⟫ (lead), Dr ⟦C|Bethany Cheung⟧ (ST3), ⟦C|Lucy-Ann Fairclough⟧ (ACP), ⟦C|Tomasz Kowal⟧ (data analyst), '
            'SDEC nursing team. Sponsor: ⟪Dr Graham Ellery⟫.\n'
            'Change ideas (PDSA cycles)\n'
            '1. "Senior at the front door" 10:00-18:00 on weekdays.\n'
            '2. GP call triage script with a ⟪NEWS2⟫ field and pre-booked phlebotomy.\n'
            '3. Electronic whiteboard with a 60-minute breach alert.\n'
            '4. Direct booking of ambulatory CTPA slots (⟪Wells score⟫ pathway).')
    right = ('Case that prompted the project\n'
             'In October 2023 a 74-year-old woman (⟦P|J.W.⟧, ⟦H|T3390128⟧) referred by her GP with breathlessness waited 6 h 50 min '
             'before senior review and was then found to have a massive PE (⟪sPESI 2⟫). She recovered after thrombolysis with '
             '⟪alteplase 100 mg⟫. Her husband, Mr ⟦R|Derek Wheeler⟧, wrote to the Trust.\n'
             'Results\n'
             'Median time to senior review fell from 220 to 96 minutes over 24 weeks (run chart, 6 points below the median '
             'from week 9). Proportion staying over 8 hours: 21% to 7%. Balancing measure: re-attendance within 7 days '
             'unchanged (4.1% vs 4.3%).\n'
             'Sustainability\n'
             'Senior-at-front-door rota embedded in the consultant job plans from April 2024; whiteboard alert maintained by IT.\n'
             'Presented at: Trust QI Forum (June 2024); ⟪Society for Acute Medicine⟫ spring meeting 2025 (poster).')
    yl = doc.para(x1, 122, left, colw, 'serif', 10, 13.6)
    yr = doc.para(x2, 122, right, colw, 'serif', 10, 13.6)
    doc.line(x1 + colw + 9, 112, x1 + colw + 9, max(yl, yr), (180, 180, 180))
    y = max(yl, yr) + 12
    doc.text(36, y, 'Table 1. Examples of long waits reviewed at the first PDSA meeting (anonymised by initials)', 'sans-b', 9.5)
    y += 8
    rows = [['Patient', 'Hosp no.', 'Referred by', 'Arrival', 'Senior review', 'Wait'],
            ['⟦P|J.W.⟧', '⟦H|T3390128⟧', 'GP (Dr ⟦C|Okoro⟧)', '10:05', '16:55', '6 h 50'],
            ['⟦P|R.McG.⟧', '⟦H|T1184470⟧', 'ED', '12:40', '17:10', '4 h 30'],
            ['⟦P|S.A.⟧', '⟦H|T2096631⟧', 'GP (Dr ⟦C|Vaughan-Hale⟧)', '09:15', '14:45', '5 h 30'],
            ['Mrs ⟦P|Patel⟧', '⟦H|T0459817⟧', 'Ambulance', '11:20', '15:05', '3 h 45']]
    y = doc.table(36, y, [70, 80, 150, 60, 80, W - 72 - 440], rows, 'sans', 9)
    y += 16
    doc.para(36, y, 'Verified as my own work and accurately described: ⟪Dr Graham Ellery⟫, Consultant Acute Physician and clinical supervisor, 20/06/2024.',
             W - 72, 'sans-i', 9.5, 13)
    doc.line(36, H - 36, W - 36, H - 36, (150, 150, 150))
    doc.text(36, H - 24, '⟪Dr Hamza Qureshi⟫ - SDEC QI report - v2.0', 'sans', 8.5, (90, 90, 90))
    doc.text_right(W - 36, H - 24, 'Page 1 of 1', 'sans', 8.5, (90, 90, 90))
    return save_pdf('h6-060', 'digital_qi_report_two_column', AM, doc, fname)


# ============================================================================= h6-061 digital landscape handover table
@builder
def h6_061():
    fname = 'h6-061-cdu-handover.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (841.89, 595.28))
    W, H = doc.W, doc.H
    doc.text(30, 34, 'Clinical Decision Unit (CDU) - handover list', 'sans-b', 15)
    doc.text(30, 52, '⟪St James\'s University Hospital⟫ ED  |  ⟪Sunday 16/06/2024⟫ 08:00  |  Outgoing: ⟪Dr O. Adebayo-Williams⟫  |  Incoming: Dr ⟦C|Hamish Cruickshank⟧', 'sans', 9.5)
    rows = [['Bed', 'Patient', 'Unit no.', 'Age/Sex', 'Presenting problem', 'Plan / pending', 'Referred to'],
            ['CDU 1', '⟦P|AKINTOLA, Babatunde⟧', '⟦H|K7719204⟧', '46 M', 'Renal colic, 6 mm VUJ stone', 'Analgesia; repeat U&E 10:00; home if pain controlled', 'Urology (Mr ⟦C|Sandhu⟧)'],
            ['CDU 2', 'Mrs ⟦P|Florence Ogunleye-Baptiste⟧', '⟦H|K1036681⟧', '79 F', 'Fall, long lie 4 h, CK 3,900', 'IV fluids; CK 12:00; OT/PT; ⟪Clinical Frailty Scale 4⟫', 'Frailty team'],
            ['CDU 3', '⟦P|HOANG, Minh Tuan⟧', '⟦H|K5506127⟧', '33 M', 'Head injury (assault), ⟪GCS 15⟫', 'CT head NAD; 4 h neuro obs to 09:30; police aware', '-'],
            ['CDU 4', '⟦P|ÓG, Cathal⟧ (nickname "⟦P|Cal⟧")', '⟦H|K2290871⟧', '19 M', 'Paracetamol OD, 4-h level 142 mg/L', '⟪acetylcysteine⟫ SNAP bag 2; liaison psychiatry 10:00', 'Liaison psych'],
            ['CDU 5', '⟦P|Gwendolyn Price-Abara⟧', '⟦H|K0083452⟧', '58 F', 'Chest pain, ⟪HEART score 3⟫', '0/3 h ⟪hs-troponin T⟫ 6 -> 7 ng/L; home with RACPC', 'RACPC'],
            ['CDU 6', '⟦P|ROSS-ELLIOTT, Baby Noah⟧ (mum ⟦R|Kelsey⟧)', '⟦H|K8820113⟧', '7 wk M', 'Bronchiolitis, feeding 60%', 'Paeds ED review 08:30', 'Paediatrics'],
            ['CDU 7', '⟦P|Ifeoluwa Babatunde-Cole⟧', '⟦H|K6641209⟧', '27 F', 'Hyperemesis, ketones 3+', 'IV fluids, ⟪cyclizine 50 mg⟫; early pregnancy unit 09:00', 'EPU'],
            ['CDU 8', '⟦P|DUNCAN, Hamish⟧ (NFA)', '⟦H|K3377190⟧', '61 M', 'Alcohol withdrawal, CIWA 12', 'Chlordiazepoxide regime; ⟪Pabrinex⟫; housing officer', 'Alcohol liaison']]
    y = doc.table(30, 66, [44, 150, 66, 46, 150, 240, W - 60 - 696], rows, 'sans', 8.6, zebra=(246, 246, 246))
    y += 18
    doc.para(30, y, 'Notes: CDU 3 - Mr ⟦P|Hoang⟧ wants his sister ⟦R|Thu⟧ (⟦T|07700 900 942⟧) called before discharge. '
             'CDU 8 has no fixed abode; last known ⟦A|St Anne\'s Resource Centre⟧ hostel. '
             'Bed bureau: no outstanding. Sister ⟦C|Lorraine Wilde⟧ is nurse in charge (ext ⟦T|26715⟧).', W - 60, 'sans', 9.5, 13)
    doc.line(30, H - 30, W - 30, H - 30, (150, 150, 150))
    doc.text(30, H - 18, 'Printed from ⟪Symphony⟫ 16/06/2024 07:58 - CONFIDENTIAL - destroy after use', 'sans', 8, (90, 90, 90))
    doc.text_right(W - 30, H - 18, 'Page 1 of 1', 'sans', 8, (90, 90, 90))
    return save_pdf('h6-061', 'digital_handover_table_landscape', EM, doc, fname)



def save_docx(rid, kind, applicant, b, slug, codes=()):
    fname = '%s-%s.docx' % (rid, slug)
    b.save(os.path.join(OUT, fname))
    ids, keep = b.ids()
    rec = dict(id=rid, file='files/' + fname, format='docx', kind=kind, applicant=applicant,
               identifiers=ids, keep=keep, barcodes=[dict(format=f, value=v) for f, v in codes], photos=[])
    return rec, b.chunks


# ============================================================================= h6-062 DOCX referral letter (text box, QR image)
@builder
def h6_062():
    b = DocxBuilder('Arial', 10.5)
    b.header(['NHS Greater Glasgow and Clyde',
              '⟪Leverndale Hospital⟫ - Crisis Resolution and Home Treatment Team (South)',
              'Tel ⟦T|0141 496 0140⟧  |  Fax ⟦T|0141 496 0141⟧  |  ⟦E|crhtt.south@ggc.example.scot.nhs.uk⟧'], size=9, align='right')
    b.footer(['Our ref: ⟦REF|TAH/CRHTT/25/0331⟧  |  CONFIDENTIAL - contains patient-identifiable information'])
    b.textbox(['PATIENT', '⟦P|Ross Kerr-MacPhail⟧', 'CHI ⟦N|0811907734⟧   DOB ⟪08/11/1990⟫', '⟦A|Flat 1/2, 9 Kenmure Street, Glasgow⟧ ⟦PC|G41 2NU⟧'],
              width_pt=220, height_pt=78, left_pt=255, top_pt=0)
    b.p('⟪10 April 2025⟫')
    b.p('Dr ⟦C|Anjum Haq⟧')
    b.p('⟦A|Pollokshields Medical Practice, 110 Albert Drive, Glasgow⟧ ⟦PC|G41 2SU⟧', space_after=12)
    b.p('Dear Dr ⟦C|Haq⟧,')
    b.p([('Re: ', True), ('⟦P|Ross Kerr-MacPhail⟧ - discharge from home treatment', True)])
    b.p('Thank you for referring ⟦P|Ross⟧ on 24 March after he disclosed suicidal thoughts to the practice nurse, ⟦C|Morven⟧. '
        'He was assessed at home the same evening by ⟪Dr Tariq Al-Hashimi⟫ and CPN ⟦C|Grant Fairley⟧, and accepted for intensive home treatment.')
    b.table([['Item', 'Summary'],
             ['Diagnosis', '⟪Severe depressive episode without psychotic symptoms (F32.2)⟫; ⟪alcohol use disorder (F10.1)⟫'],
             ['Scores', '⟪PHQ-9 24⟫ -> 11; ⟪AUDIT 19⟫'],
             ['Medication', '⟪Sertraline 100 mg⟫ once daily (increased 27/03); ⟪mirtazapine⟫ stopped'],
             ['Risk', 'Moderate; protective factors: daughter (⟦R|Isla⟧, aged 7), employment; means restriction agreed with partner ⟦R|Jodie Strachan⟧'],
             ['Follow-up', 'South Glasgow CMHT duty worker; first appointment ⟪22/04/2025⟫']], widths=[1.3, 5.0])
    b.p('He was discharged from home treatment on 9 April. Please continue sertraline and review in four weeks. The QR code below '
        'links the practice system to his CHI record, as requested by your practice manager.')
    b.image(qr_image('0811907734', scale=8).convert('RGB'), 1.1)
    b.p('Yours sincerely,')
    b.p('⟪Dr Tariq Al-Hashimi⟫, Specialty Doctor, Crisis Resolution and Home Treatment')
    b.p('Verified: ⟪Dr Fiona Buchanan⟫, Consultant Psychiatrist, GMC ⟦G|4012776⟧', size=9)
    return save_docx('h6-062', 'docx_referral_letter', PSY, b, 'crhtt-letter', [('QRCode', '0811907734')])


# ============================================================================= h6-063 DOCX teaching attendance list
@builder
def h6_063():
    b = DocxBuilder('Calibri', 10.5)
    b.header(['Sheffield Teaching Hospitals - Critical Care Education', '⟪Northern General Hospital⟫'], size=9)
    b.footer(['Register kept by ⟦C|Bronwen Atkins⟧ (education administrator), ext ⟦T|14471⟧  |  Page 1'])
    b.p('Critical care teaching - attendance and feedback', size=14, bold=True)
    b.p('Session: "Airway emergencies on the ICU: the ⟪DAS⟫ ICU intubation guideline and front-of-neck access" - simulation')
    b.p('Faculty: ⟪Dr Nguyen Thi Lan⟫ (lead), Dr ⟦C|Tobias Ekwueme⟧ (ST6 anaesthesia)    Date: ⟪07/11/2024⟫, 14:00-16:00, Sim Suite 2')
    b.table([['Name', 'Role', 'E-mail', 'Signed'],
             ['⟦C|Eilidh Buchanan-Sharp⟧', 'ACCP trainee', '⟦E|eilidh.buchanan-sharp@nhs.net⟧', 'yes'],
             ['⟦C|Mohammed Al-Rawi⟧', 'FY2', '⟦E|m.alrawi@nhs.net⟧', 'yes'],
             ['⟦C|Patrycja Zawadzka⟧', 'Staff nurse, ICU', '⟦E|patrycja.zawadzka1@nhs.net⟧', 'yes'],
             ['⟦C|Jonah Whitely⟧', 'CT2 anaesthesia', '⟦E|jonah.whitely@nhs.net⟧', 'yes'],
             ['⟦C|Adaora Nnamdi⟧', 'ICM ST3', '⟦E|adaora.nnamdi@nhs.net⟧', 'yes'],
             ['⟦C|Rhys ap Gwilym⟧', 'ODP', '(not given)', 'yes'],
             ['⟦C|Sunita Raghunathan⟧', 'Clinical fellow', '⟦E|s.raghunathan@nhs.net⟧', 'late']], widths=[1.8, 1.4, 2.6, 0.6])
    b.p('Feedback (6 forms; 1-5)', bold=True)
    b.table([['Question', 'Mean'], ['Content relevant to my practice', '4.8'], ['Faculty explained clearly', '4.9'],
             ['Simulation was realistic', '4.5'], ['I feel more confident with ⟪eFONA⟫ (scalpel-bougie-tube)', '4.6']], widths=[4.6, 0.8])
    b.p('Comments: "Brilliant debrief from ⟪Lan⟫"; "more time on the ⟪Vortex approach⟫ please"; "⟦C|Tobias⟧ was very good on the manikin".')
    b.p('Verified: ⟪Dr Catherine Blackwood⟫, Consultant Intensivist and ICU education lead, GMC ⟦G|4830127⟧')
    return save_docx('h6-063', 'docx_teaching_attendance', ICU, b, 'teaching-register')


# ============================================================================= h6-064 DOCX incident report (Once for Wales)
@builder
def h6_064():
    b = DocxBuilder('Arial', 10)
    b.header(['Cardiff and Vale University Health Board', 'Once for Wales Concerns Management System - incident report (print view)'], size=9)
    b.footer(['OfW ref ⟦REF|OFW-CAV-2024-118730⟧  |  printed 02/12/2024 by ⟦O|CAV-U-55813⟧'])
    b.p('Incident report', size=14, bold=True)
    b.table([['Field', 'Entry'],
             ['Reference', '⟦REF|OFW-CAV-2024-118730⟧'],
             ['Date / time', '⟪28/11/2024 02:35⟫'],
             ['Location', '⟪University Hospital of Wales⟫, Labour Ward, room 9'],
             ['Type', 'Medication - omitted dose (time critical)'],
             ['Person affected', '⟦P|Tanisha Okonkwo-Reid⟧, DOB ⟪02/02/1998⟫, hosp no ⟦H|C1048273⟧'],
             ['Reported by', '⟦C|Megan Jeremiah⟧, Midwife (NMC PIN ⟦G|19H3382W⟧)'],
             ['Handler', '⟦C|Delyth Pugh-Evans⟧, Maternity Governance Lead'],
             ['Severity', 'No harm'],
             ['Staff involved', '⟪Dr Chiamaka Eze⟫ (obstetric registrar); Dr ⟦C|Ioan Bowen⟧ (SHO)']], widths=[1.6, 4.8])
    b.p('Description', bold=True)
    b.p('Woman with ⟪type 1 diabetes⟫ in established labour on a variable-rate intravenous insulin infusion '
        '(⟪VRIII⟫). The infusion was stopped at 01:20 when the giving set was changed and not restarted. At 02:35 '
        'capillary glucose was ⟪14.8 mmol/L⟫ with ketones ⟪1.9 mmol/L⟫. ⟪Dr Eze⟫ restarted the VRIII per the '
        '⟪JBDS⟫ intrapartum guideline; glucose 7.2 mmol/L by 04:00. Baby born 05:12, ⟪Apgar 9 and 10⟫, neonatal '
        'glucose monitoring normal. Ms ⟦P|Okonkwo-Reid⟧ and her partner ⟦R|Jerome Reid⟧ were informed (duty of candour).')
    b.p('Learning', bold=True)
    b.p('Insulin infusion added to the labour ward safety huddle; pump "paused" alarm enabled. Reviewed by ⟪Mr Dafydd Rowlands⟫, '
        'Consultant Obstetrician, who verified this copy on 05/12/2024.')
    return save_docx('h6-064', 'docx_incident_report', OBS, b, 'ofw-incident')


# ============================================================================= h6-065 DOCX complaint response (NI)
@builder
def h6_065():
    b = DocxBuilder('Arial', 11)
    b.header(['Belfast Health and Social Care Trust', 'Complaints Department'], size=10, align='right')
    b.footer(['Our ref: ⟦REF|BHSCT/COMP/24/3310⟧  |  Your ref: email 02/09/2024  |  Page 1'])
    b.p('⟪23 September 2024⟫', align='right')
    b.p('Mr and Mrs ⟦R|Ferguson⟧')
    b.p('⟦A|7 Ardmore Avenue, Finaghy, Belfast⟧')
    b.p('⟦PC|BT10 0JW⟧', space_after=14)
    b.p('Dear Mr and Mrs ⟦R|Ferguson⟧,')
    b.p([('Re: ', True), ('⟦P|Éabha Ferguson⟧ (DOB ⟪30/12/2019⟫) - Paediatric ED, ⟪Royal Belfast Hospital for Sick Children⟫, 28/08/2024', True)])
    b.p('Thank you for contacting us about the care your daughter received. Your concerns were that ⟦P|Éabha⟧ waited '
        'five hours to be seen with a high temperature, and that the first doctor, Dr ⟦C|Conor Breslin⟧, told you she had a '
        'viral illness without examining her ears.')
    b.p('The paediatric ED was at full capacity that evening. ⟦P|Éabha⟧ was triaged at 19:05 (⟪Manchester Triage⟫ category '
        'yellow) by staff nurse ⟦C|Ciara Donnelly⟧. ⟪Dr Wiśniewska⟫, the middle-grade doctor on duty, reviewed her at 23:50 '
        'after you raised concerns, found a left acute otitis media with a temperature of ⟪39.6°C⟫, and prescribed '
        '⟪amoxicillin 250 mg⟫ three times daily. Dr ⟦C|Breslin⟧ has reflected on his assessment with his supervisor.')
    b.p('If you remain unhappy you may contact the ⟪Northern Ireland Public Services Ombudsman⟫ '
        '(⟦U|https://www.nipso.org.uk⟧).')
    b.p('Yours sincerely,')
    b.p('⟦C|Deirdre Mallon⟧', bold=True)
    b.p('Complaints Manager, on behalf of the Chief Executive')
    return save_docx('h6-065', 'docx_complaint_response', PAED, b, 'complaint-response')


# ============================================================================= h6-076 DOCX O&G logbook
@builder
def h6_076():
    b = DocxBuilder('Calibri', 10)
    b.header(['Procedure logbook - ⟪Dr Chiamaka Eze⟫ (GMC ⟪7456021⟫) - Obstetrics and Gynaecology'], size=9)
    b.footer(['Validated by ⟪Mr Dafydd Rowlands⟫, Consultant Obstetrician (educational supervisor), 31/01/2025'])
    b.p('Section 3: Obstetric procedures, 01/08/2024 - 31/01/2025 (extract)', size=13, bold=True)
    rows = [['Date', 'Hosp no.', 'Procedure', 'Role', 'Supervision', 'Notes'],
            ['03/08/2024', '⟦H|C0918832⟧', 'Category 1 CS (fetal bradycardia)', 'Surgeon', 'Indirect', 'KSD 6 min; EBL 900 mL'],
            ['11/08/2024', '⟦H|C1200457⟧', 'Rotational ventouse (Kiwi), OP', 'Surgeon', 'Indirect', '⟪Apgar 8, 9⟫'],
            ['19/08/2024', '⟦H|C0337104⟧', 'Manual removal of placenta', 'Surgeon', 'Independent', 'spinal'],
            ['02/09/2024', '⟦H|C1457720⟧', 'Repair of 3B tear (⟪OASI⟫)', 'Surgeon', 'Direct', 'overlapping EAS repair; consultant Miss ⟦C|Eleri Vaughan⟧'],
            ['14/09/2024', '⟦H|c0882219⟧', 'Category 2 CS at full dilatation', 'Surgeon', 'Direct', 'fetal pillow used'],
            ['27/09/2024', '⟦H|C1390006⟧', 'Bakri balloon for PPH', 'Surgeon', 'Indirect', 'EBL 2,100 mL; ⟪carboprost⟫ x3'],
            ['08/10/2024', '⟦H|C0601448⟧', 'Forceps (Neville-Barnes), OA', 'Surgeon', 'Independent', '-'],
            ['21/10/2024', '⟦H|C1122893⟧', 'ERPC / SMM', 'Surgeon', 'Independent', 'pt Mrs ⟦P|J. Thomas-Oyelaran⟧ asked for copy of histology'],
            ['16/11/2024', '⟦H|C0774312⟧', 'Laparoscopy for ectopic (salpingectomy)', 'Surgeon', 'Direct', 'Hb 88; assistant Dr ⟦C|Huw Prosser-Jones⟧'],
            ['09/12/2024', '⟦H|C1533801⟧', 'Category 1 CS (cord prolapse)', 'Surgeon', 'Indirect', 'DDI 14 min']]
    b.table(rows, widths=[0.85, 0.85, 2.1, 0.6, 0.8, 1.9], size=8.5)
    b.p('Totals (whole period): caesarean sections 64; operative vaginal births 31; OASI repairs 9; perineal repairs 40; '
        'laparoscopies 12. Case mix by ⟪Robson group⟫ available on request.')
    return save_docx('h6-076', 'docx_logbook_table', OBS, b, 'og-logbook')



def sticker(pg, x, y, lines, code=None, w=520, h=210, font=None):
    pg.rect([x, y, x + w, y + h], fill=(255, 255, 255), outline=(90, 90, 90), width=2)
    f = font or F('sans', 22)
    yy = y + 10
    for i, ln in enumerate(lines):
        pg.text(x + 12, yy, ln, F('sans-b', 23) if i == 0 else f)
        yy += 30
    if code:
        pg.code128(x + w - 245, y + h - 78, code, module=2, height=62)


# ============================================================================= h6-066 TIFF scanned op note, 2 pages
@builder
def h6_066():
    pages = []
    hand = F('dvs-i', 27)
    ink = (10, 10, 60)
    for pno in (1, 2):
        pg = ImgPage(1654, 2339)        # A4 at 200 dpi
        d = pg.d
        pg.text(100, 90, '⟪University Hospitals Plymouth NHS Trust⟫', F('sans-b', 36))
        pg.text(100, 140, 'OPERATION RECORD' + (' (continued)' if pno == 2 else ''), F('sans-b', 32))
        lines = ['⟦P|CHENOWETH, Morwenna⟧', 'MRN ⟦H|D0961537⟧  NHS ⟦N|274 118 0639⟧', 'DOB ⟪22/10/1948⟫  ⟪F⟫',
                 '⟦A|Trevarrick, Tregony, Truro⟧ ⟦PC|TR2 5SE⟧']
        sticker(pg, 1040, 70, lines, code='D0961537' if pno == 1 else None, w=540, h=230 if pno == 1 else 150)
        d.line([100, 330, 1560, 330], fill=(0, 0, 0), width=3)
        if pno == 1:
            y = 360
            for lab, val in [('Date', '⟪05/12/2024⟫'), ('Theatre', '⟪Theatre 4⟫, ⟪Derriford Hospital⟫'),
                             ('Surgeon', '⟪Mr R. Sousa Ferreira⟫'), ('Assistant', 'Mr ⟦C|Yiannis Christodoulou⟧ (ST4)'),
                             ('Anaesthetist', 'Dr ⟦C|Bhavna Mistry⟧'), ('Operation', 'Emergency laparotomy, Hartmann\'s procedure'),
                             ('Indication', '⟪perforated sigmoid diverticulitis, Hinchey III⟫')]:
                pg.text(100, y + 6, lab, F('sans', 26))
                pg.text(420, y, val, hand, ink)
                d.line([410, y + 44, 1560, y + 44], fill=(120, 120, 120))
                y += 64
            y += 20
            pg.text(100, y, 'Findings / procedure:', F('sans-b', 26))
            y = pg.para(100, y + 50, 'Midline laparotomy. Purulent peritonitis, all four quadrants (1.5 L). Perforated sigmoid '
                        'diverticulum, no faecal contamination. Sigmoid colectomy; end colostomy LIF; rectal stump closed with '
                        'stapler (TA 60) and marked with prolene. Washout 6 L warm saline. Mass closure 1 loop PDS, skin clips. '
                        '⟪P-POSSUM⟫ predicted mortality 18%. ⟪NELA⟫ data entered.', hand, 1440, 46, ink)
            y += 30
            pg.text(100, y, 'Specimen: sigmoid colon to histology.   Blood loss: 350 mL.   Drains: nil.', F('sans', 26))
        else:
            y = 370
            pg.text(100, y, 'Post-operative instructions:', F('sans-b', 26))
            y = pg.para(100, y + 50, '1. HDU (⟪Level 2⟫). ⟪Meropenem 1 g IV TDS⟫ 5 days.\n'
                        '2. ⟪Enoxaparin 40 mg⟫ SC daily from 18:00 tomorrow; TEDS.\n'
                        '3. Stoma nurse review day 1.\n'
                        '4. Daughter, ⟦R|Tamsin Chenoweth⟧, updated by phone after surgery (⟦T|07700 900 302⟧).\n'
                        '5. Consider reversal in 6 months if fit.', hand, 1440, 50, ink)
            y += 60
            pg.text(100, y, 'Signature:', F('sans', 26))
            pg.text(260, y - 4, '⟪R. Sousa Ferreira⟫', hand, ink)
            pg.text(900, y, 'Time: 23:55', F('sans', 26))
            pg.text(100, y + 80, 'Verified copy: ⟪Mr Edward Pengelly⟫, Consultant Colorectal Surgeon', F('sans', 24))
        pages.append(pg)
    pages = scan_pages(pages, 660, angle=0.7, sigma=10)
    return save_images('h6-066', 'scanned_operation_note_multipage_tiff', SURG, 'op-note-scan', 'tiff', pages)


# ============================================================================= h6-067 spreadsheet screenshot
@builder
def h6_067():
    pg = ImgPage(1700, 860, (255, 255, 255))
    d = pg.d
    d.rectangle([0, 0, 1700, 70], fill=(33, 115, 70))
    pg.text(20, 18, 'Bed management - medical outliers - 14-01-2025.xlsx', F('sans-b', 26), (255, 255, 255))
    d.rectangle([0, 70, 1700, 112], fill=(243, 243, 243))
    pg.text(20, 80, 'File   Home   Insert   Data   Review   View', F('sans', 20), (60, 60, 60))
    cols = [0, 50, 230, 320, 640, 820, 980, 1190, 1330, 1700]
    heads = ['', 'Ward', 'Bed', 'Patient', 'NHS No', 'Hosp No', 'Consultant', 'EDD', 'Status / issue']
    y0 = 120
    rh = 42
    d.rectangle([0, y0, 1700, y0 + rh], fill=(230, 230, 230))
    for i, h in enumerate(heads):
        pg.text(cols[i] + 8, y0 + 10, h, F('sans-b', 20))
    data = [['⟪Ward 27a⟫', '4', '⟦P|OKAFOR, Chidinma⟧', '⟦N|483 771 2093⟧', '⟦H|T1928374⟧', 'Dr ⟦C|Pemberton⟧', '16/01', 'awaiting echo'],
            ['⟪Ward 27a⟫', '9', '⟦P|SIMMS, Raymond⟧', '⟦N|602 184 3357⟧', '⟦H|T0073615⟧', 'Dr ⟦C|Pemberton⟧', '15/01', 'MFFD - POC restart'],
            ['⟪Ward 8b⟫', '12', '⟦P|NGUYỄN, Thị Mai⟧', '⟦N|7735019264⟧', '⟦H|T2650987⟧', '⟪Dr Qureshi⟫', '?', 'interpreter daily'],
            ['⟪Ward 8b⟫', '14', '⟦P|Bano, Saira⟧', '⟦N|3109957742⟧', '⟦H|T1487702⟧', '⟪Dr Qureshi⟫', '17/01', 'IV abx, cellulitis'],
            ['⟪Ward 33b⟫', 'SR2', '⟦P|FOWLER, Gethin⟧', '⟦N|5302287169⟧', '⟦H|T0991253⟧', 'Dr ⟦C|Anand⟧', '?', 'NSTEMI - cardio review'],
            ['⟪Ward 33b⟫', '6', '⟦P|Dos Santos, Lucimar⟧', '⟦N|9981204466⟧', '⟦H|T2318840⟧', 'Dr ⟦C|Anand⟧', '15/01', 'home today'],
            ['⟪Gate 39⟫', '2', '⟦P|McLAUGHLIN, Ciarán⟧', '⟦N|1203398855⟧', '⟦H|T0310068⟧', 'Dr ⟦C|Pemberton⟧', '18/01', 'DVT, LMWH teaching'],
            ['⟪Gate 39⟫', '5', '⟦P|ADJEI, Kwesi⟧', '⟦N|4450982217⟧', '⟦H|T1771190⟧', '⟪Dr Qureshi⟫', '16/01', 'sickle - haem aware']]
    y = y0 + rh
    for ri, row in enumerate(data):
        if ri % 2:
            d.rectangle([50, y, 1700, y + rh], fill=(248, 250, 248))
        pg.text(cols[0] + 12, y + 10, str(ri + 2), F('sans', 18), (120, 120, 120))
        for i, v in enumerate(row):
            pg.text(cols[i + 1] + 8, y + 10, v, F('dv', 19))
        y += rh
    for x in cols:
        d.line([x, y0, x, y], fill=(200, 200, 200))
    for yy in range(y0, y + 1, rh):
        d.line([0, yy, 1700, yy], fill=(200, 200, 200))
    pg.text(20, y + 30, 'Updated by ⟦C|D. Asamoah-Grant⟧ (site manager) 06:30 - please do not forward outside NBT', F('sans-i', 20), (90, 90, 90))
    pg.text(20, y + 70, 'Sheet1   Outliers   ⟪Cossham⟫ beds   Discharges', F('sans', 18), (60, 60, 60))
    return save_images('h6-067', 'bed_management_spreadsheet_screenshot', AM, 'bed-sheet', 'png', [pg])


# ============================================================================= h6-068 medication chart front sheet with photo
@builder
def h6_068():
    pg = ImgPage(1240, 1754, (255, 253, 240))
    d = pg.d
    d.rectangle([0, 0, 1240, 120], fill=(0, 94, 184))
    pg.text(40, 24, 'NHS Greater Glasgow and Clyde - Inpatient Prescription and Administration Record', F('sans-b', 27), (255, 255, 255))
    pg.text(40, 70, 'Mental Health Services  |  ⟪Leverndale Hospital⟫  |  Chart 1 of 1', F('sans', 24), (255, 255, 255))
    ph = fake_portrait(300, 380, 680)
    pg.photo(60, 160, ph, 'patient photograph (identity check on drug chart)')
    d.rectangle([58, 158, 362, 542], outline=(0, 0, 0), width=2)
    pg.text(60, 550, 'Photo taken on admission', F('sans-i', 18), (90, 90, 90))
    x = 400
    rows = [('Name', '⟦P|Lachlan Iain Moffat⟧'), ('Known as', '"⟦P|Lachie⟧"'), ('CHI', '⟦N|2902854419⟧'),
            ('Date of birth', '⟪29/02/1985⟫'), ('Ward', '⟪Ward 4⟫ (⟪Leverndale⟫)'), ('RMO', '⟪Dr Tariq Al-Hashimi⟫'),
            ('Legal status', '⟪CTO (s64)⟫ - ⟪T3⟫ certificate in place'), ('Weight', '⟪82 kg⟫')]
    y = 170
    for lab, val in rows:
        pg.text(x, y, lab, F('sans-b', 24))
        pg.text(x + 200, y, val, F('sans', 24))
        d.line([x, y + 38, 1040, y + 38], fill=(190, 190, 190))
        y += 50
    pg.qr(1070, 170, '2902854419', scale=5)
    d.rectangle([40, 640, 1200, 760], fill=(255, 225, 225), outline=(200, 0, 0), width=3)
    pg.text(60, 655, 'ALLERGIES / ADVERSE REACTIONS', F('sans-b', 26), (180, 0, 0))
    pg.text(60, 700, '⟪Haloperidol⟫ - acute dystonia (2019)     ⟪Penicillin⟫ - rash', F('sans', 25))
    pg.text(40, 790, 'Regular medicines', F('sans-b', 28))
    meds = [('⟪Clozapine⟫', '⟪150 mg⟫ mane, ⟪300 mg⟫ nocte', 'level due 20/03'),
            ('⟪Hyoscine hydrobromide⟫', '⟪300 micrograms⟫ nocte', 'hypersalivation'),
            ('⟪Lactulose⟫', '⟪15 mL⟫ BD', 'clozapine constipation'),
            ('⟪Metformin⟫', '⟪500 mg⟫ BD', 'weight'),
            ('⟪Sodium valproate⟫', '⟪500 mg⟫ BD', '')]
    y = 840
    for m in meds:
        pg.text(60, y, m[0], F('sans', 24))
        pg.text(420, y, m[1], F('sans', 24))
        pg.text(860, y, m[2], F('sans-i', 22), (80, 80, 80))
        d.line([40, y + 40, 1200, y + 40], fill=(200, 200, 200))
        y += 54
    pg.text(40, y + 30, 'Pharmacist check: ⟦C|Ewan Dalziel⟧ 14/03/2025', F('sans', 22))
    pg.text(40, y + 70, 'Named nurse: ⟦C|Precious Mutasa⟧', F('sans', 22))
    bg = texture(1500, 2000, (120, 80, 60), 681, grain=8, streaks='wood', blur=1.5)
    q = rotated_quad(1240, 1754, 1500, 2000, -2.0, scale=1.1)
    s = warp(pg, bg, q, shadow=10)
    s.img = noisy(lighting(s.img, 682, 0.3), 683, sigma=5, blur=0.6)
    return save_images('h6-068', 'medication_chart_with_photo', PSY, 'drug-chart', 'jpeg', [s], quality=85)


# ============================================================================= h6-069 X-ray teaching image with burned-in overlay
@builder
def h6_069():
    W, H = 1400, 1600
    pg = ImgPage(W, H, (0, 0, 0))
    xr = fake_chest_xray(W, H, 690)
    pg.photo(0, 0, xr, 'chest radiograph with patient details burned into the image')
    white = (235, 235, 235)
    f = F('dvm', 26)
    pg.text(20, 18, '⟦P|HARGREAVES^DOROTHY^M⟧', f, white)
    pg.text(20, 52, 'ID: ⟦H|MRI3304419⟧', f, white)
    pg.text(20, 86, 'DOB: ⟪19420311⟫  ⟪F⟫', f, white)
    pg.text_right(W - 20, 18, '⟪Manchester Royal Infirmary⟫', f, white)
    pg.text_right(W - 20, 52, 'Acc: ⟦O|RMC2409113327⟧', f, white)
    pg.text_right(W - 20, 86, '⟪CHEST PA ERECT⟫', f, white)
    pg.text(20, H - 90, 'Study date: ⟪20240911⟫ 10:42', f, white)
    pg.text(20, H - 56, 'kVp 110  mAs 2.5', f, white)
    pg.text_right(W - 20, H - 56, 'L', F('dv-b', 44), white)
    # teaching annotation (yellow)
    y = (255, 220, 0)
    pg.d.line([880, 520, 1010, 610], fill=y, width=5)
    pg.text(700, 470, '⟪Luftsichel sign⟫', F('dv-b', 30), y)
    pg.text(20, H - 160, 'Teaching file: ⟪left upper lobe collapse⟫ - ⟪Dr M. C. Santos Dizon⟫', F('dv', 26), y)
    return save_images('h6-069', 'xray_teaching_image_burned_in', RAD, 'xray-teaching', 'png', [pg])


# ============================================================================= h6-070 ePortfolio export, 3 pages
@builder
def h6_070():
    fname = 'h6-070-eportfolio-export.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (595.28, 841.89))
    W, H = doc.W, doc.H
    forms = [
        ('Mini-CEX', '⟪12/09/2024⟫', '⟪Dr Morag Sutherland⟫', 'Consultant Geriatrician', '⟦G|4276031⟧',
         'Ward 12, ⟪Ninewells Hospital⟫',
         'Comprehensive geriatric assessment of an 89-year-old woman (Mrs ⟦P|E.S.⟧, CHI ⟦N|0611354470⟧) admitted after a fall. '
         'Clear history from patient and her son ⟦R|Alasdair⟧ by phone; ⟪Clinical Frailty Scale 6⟫; lying/standing BP done; '
         'medication review identified ⟪zopiclone⟫ and ⟪amitriptyline⟫ as contributors (⟪STOPP⟫ criteria).',
         'Excellent structured CGA; good use of collateral history. Next time include a brief ⟪4AT⟫ at the start.'),
        ('Case-based Discussion', '⟪30/10/2024⟫', '⟪Dr Kenneth Baird⟫', 'Consultant Physician, Clinical Director', '⟦G|3620985⟧',
         'Medicine for the Elderly, ⟪Royal Victoria Hospital, Dundee⟫',
         'Decision-making about PEG feeding for a man with advanced dementia (⟦P|H.D.⟧), including an ⟪Adults with Incapacity (Scotland) Act 2000⟫ '
         'section 47 certificate and a meeting with his daughter ⟦R|Lorraine⟧ and the speech and language therapist ⟦C|Kirsteen Bell⟧.',
         'Balanced, ethically sound reasoning consistent with ⟪GMC⟫ guidance on treatment towards the end of life.'),
        ('ACAT', '⟪14/01/2025⟫', '⟪Dr Morag Sutherland⟫', 'Consultant Geriatrician', '⟦G|4276031⟧',
         'Frailty assessment unit, ⟪Ninewells Hospital⟫',
         'Front-door frailty take, 11 patients: delirium (2), falls (4), ⟪Parkinson\'s disease⟫ with missed doses (1), '
         'heart failure (2), AKI (2). Discharged 5 the same day with the ⟪Hospital at Home⟫ team.',
         'Safe, efficient take; good delegation to Dr ⟦C|Callum Reekie⟧ (FY2) and the ANPs.')]
    for i, (typ, date, ass, role, gmc, setting, case, fb) in enumerate(forms, 1):
        if i > 1:
            doc.new_page()
        doc.rect(0, 0, W, 54, fill=(40, 40, 90))
        doc.text(30, 24, 'NHS ePortfolio (JRCPTB) - Geriatric Medicine', 'sans-b', 12, (255, 255, 255))
        doc.text(30, 42, 'Trainee: ⟪Dr Andrei Popescu⟫  |  GMC ⟪7297734⟫  |  Portfolio pathway evidence', 'sans', 9.5, (255, 255, 255))
        y = 90
        doc.text(30, y, typ, 'sans-b', 18, (40, 40, 90))
        y += 28
        rows = [['Field', 'Value'], ['Date of event', date], ['Assessor', ass], ['Assessor role', role],
                ['Assessor GMC number', gmc], ['Setting', setting]]
        y = doc.table(30, y, [150, W - 60 - 150], rows, 'sans', 9.5) + 20
        doc.text(30, y, 'Case summary', 'sans-b', 11)
        y = doc.para(30, y + 16, case, W - 60, 'sans', 10, 14) + 10
        doc.text(30, y, 'Assessor feedback', 'sans-b', 11)
        y = doc.para(30, y + 16, fb, W - 60, 'sans', 10, 14) + 10
        doc.text(30, y, 'Outcome: satisfactory, meets expectations for level of training.', 'sans', 10)
        doc.line(30, H - 42, W - 30, H - 42, (160, 160, 160))
        doc.text(30, H - 30, 'Printed from ⟦U|https://www.nhseportfolios.org/Anon/Event/Print/58%d1937⟧' % i, 'sans', 7.5, (90, 90, 90))
        doc.text_right(W - 30, H - 30, 'Page %d of 3' % i, 'sans', 8, (90, 90, 90))
    return save_pdf('h6-070', 'digital_eportfolio_export_multipage', GER, doc, fname)


# ============================================================================= h6-071 reference letter with letterhead
@builder
def h6_071():
    fname = 'h6-071-reference-letter.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (595.28, 841.89))
    W, H = doc.W, doc.H
    plum = (102, 0, 80)
    doc.rect(0, 0, W, 92, fill=plum)
    doc.text(40, 36, '⟪Birmingham Women\'s and Children\'s NHS Foundation Trust⟫', 'serif-b', 15, (255, 255, 255))
    doc.text(40, 56, 'Department of Obstetrics - ⟪Birmingham Women\'s Hospital⟫', 'serif', 11, (255, 255, 255))
    doc.text(40, 76, '⟪Dr Lucy Armitage⟫ MD FRCOG  |  ⟦E|lucy.armitage@bwc.example.nhs.uk⟧  |  ⟦T|0121 496 0357⟧', 'serif', 9.5, (255, 255, 255))
    y = 124
    doc.text(40, y, '⟪3 February 2025⟫', 'serif', 11)
    y += 30
    doc.text(40, y, 'Structured reference: ⟪Dr Chiamaka Eze⟫ (GMC ⟪7456021⟫)', 'serif-b', 12)
    y += 24
    text = ('I am a consultant obstetrician (GMC ⟦G|4520338⟧) and was ⟪Dr Eze⟫\'s clinical supervisor during her '
            'eighteen months as a senior clinical fellow at ⟪Birmingham Women\'s Hospital⟫ (February 2023 to July 2024).\n'
            'She worked on the middle-grade rota on a labour ward with about 7,500 births a year, and was regularly the most '
            'senior obstetrician resident overnight. I directly observed her managing a shoulder dystocia, two cord prolapses and '
            'a massive obstetric haemorrhage with calm, effective leadership. She performed about 180 caesarean sections in that '
            'period, including complex repeat and full-dilatation sections.\n'
            'She led the labour ward ⟪PROMPT⟫ programme with our lead midwife, ⟦C|Rebecca Amankwah⟧, and her audit of '
            'intrapartum ⟪sepsis six⟫ compliance changed our guideline. When a colleague, Dr ⟦C|Aurelio Mancini⟧, was subject '
            'to a local investigation in 2023, she supported the junior team professionally and without taking sides.\n'
            'Her communication with women and families is excellent; she speaks Igbo and Yoruba and often helped colleagues '
            'and families when no interpreter was available.\n'
            'I recommend her without reservation for entry to the Specialist Register in Obstetrics and Gynaecology.')
    y = doc.para(40, y, text, W - 80, 'serif', 11, 15.5)
    y += 26
    doc.text(40, y, 'Yours sincerely,', 'serif', 11)
    doc.text(40, y + 40, '⟪Lucy Armitage⟫', 'serif-i', 15)
    doc.text(40, y + 60, '⟪Dr Lucy Armitage⟫, Consultant Obstetrician', 'serif', 11)
    doc.line(40, H - 44, W - 40, H - 44, (160, 160, 160))
    doc.text(40, H - 30, 'Referee contact: ⟦E|lucy.armitage@bwc.example.nhs.uk⟧ - secretary ⟦T|0121 496 0358⟧', 'serif', 8.5, (90, 90, 90))
    return save_pdf('h6-071', 'digital_reference_letter', OBS, doc, fname)


# ============================================================================= h6-072 transfusion sample tube label
@builder
def h6_072():
    lab = ImgPage(900, 420, (255, 255, 255))
    hand = F('dvs-i', 34)
    ink = (20, 20, 20)
    lab.text(20, 12, 'TRANSFUSION SAMPLE - ⟪Group & Save⟫', F('sans-b', 28), (180, 0, 0))
    lab.text(20, 62, 'Surname: ', F('sans', 26))
    lab.text(150, 54, '⟦P|OYEDEPO⟧', hand, ink)
    lab.text(430, 62, 'Forename: ', F('sans', 26))
    lab.text(560, 54, '⟦P|Morenike⟧', hand, ink)
    lab.text(20, 118, 'DOB: ', F('sans', 26))
    lab.text(95, 110, '⟪21/07/1990⟫', hand, ink)
    lab.text(430, 118, 'Hosp no: ', F('sans', 26))
    lab.text(555, 110, '⟦H|C1276604⟧', hand, ink)
    lab.text(20, 174, 'Date/time: ', F('sans', 26))
    lab.text(165, 166, '⟪02/06/24 05:10⟫', hand, ink)
    lab.text(430, 174, 'Taken by: ', F('sans', 26))
    lab.text(560, 166, '⟦C|A.W.⟧', hand, ink)
    lab.code128(20, 232, '5820937741', module=3, height=110)
    lab.text(20, 350, 'NHS ⟦N|582 093 7741⟧', F('dvm', 26))
    bg = texture(1400, 1000, (70, 60, 110), 720, grain=8, blur=4)     # purple tray
    d = ImageDraw.Draw(bg)
    d.rounded_rectangle([150, 300, 1290, 700], radius=160, fill=(225, 228, 232))   # tube
    d.rectangle([1220, 290, 1340, 710], fill=(200, 40, 60))                      # cap
    q = [(260, 320), (1180, 300), (1185, 690), (255, 705)]
    s = warp(lab, bg, q, shadow=3)
    s.img = noisy(lighting(s.img, 721, 0.3), 722, sigma=5, blur=0.7)
    return save_images('h6-072', 'blood_sample_tube_label_photo', OBS, 'sample-tube', 'jpeg', [s], quality=88)


# ============================================================================= h6-073 ambulance ePCR thermal printout
@builder
def h6_073():
    pg = ImgPage(680, 1900, (250, 250, 246))
    f = F('dvm', 22)
    fb = F('dvm-b', 22)
    lines = [('⟪Welsh Ambulance Services University NHS Trust⟫', fb), ('ePCR HANDOVER SUMMARY', fb), ('', f),
             ('Incident: ⟦REF|WAS-250119-00458⟧', f), ('Date: ⟪19/01/2025⟫', f), ('Call 06:12 Scene 06:31', f),
             ('Dept 07:02 Hosp 07:24', f), ('Dest: ⟪Morriston ED⟫', f), ('', f),
             ('Crew:', fb), ('⟦C|Gethin Lloyd-Jones⟧ (Paramedic)', f), ('HCPC ⟦G|PA114872⟧', f), ('⟦C|Amira Haddad⟧ (ECA)', f), ('', f),
             ('PATIENT', fb), ('⟦P|THOMAS-DAVIES, Ieuan⟧', f), ('DOB ⟪08/03/1952⟫  Male', f), ('NHS ⟦N|4938271106⟧', f),
             ('⟦A|Maes yr Haf, 12 Heol Ddu⟧', f), ('⟦A|Gorseinon, Swansea⟧', f), ('⟦PC|SA4 4LR⟧', f),
             ('Tel ⟦T|01632 960 907⟧', f), ('', f),
             ('PC: SOB, productive cough', f), ('Obs 06:35: RR 32 SpO2 84% air', f), ('HR 118 BP 96/58 T 38.9', f),
             ('⟪NEWS2 11⟫  ⟪GCS 15⟫', f), ('Tx: O2 28% venturi (COPD)', f), ('⟪salbutamol 5 mg⟫ neb 06:40', f),
             ('⟪ipratropium 500 micrograms⟫', f), ('Wife ⟦R|Carys⟧ travelling by car', f), ('', f),
             ('Handed to: ⟪Dr P Venkataraman⟫', f), ('Signed: ⟦C|G. Lloyd-Jones⟧', f)]
    y = 20
    for t, font in lines:
        pg.text(20, y, t, font, (40, 40, 40))
        y += 34
    pg.code128(40, y + 10, 'WAS-250119-00458', module=2, height=90)
    y += 110
    pg.text(40, y + 10, '*** END OF RECORD ***', fb, (40, 40, 40))
    pg.img = pg.img.crop((0, 0, 680, y + 60))
    pg.d = ImageDraw.Draw(pg.img)
    bg = texture(900, y + 260, (60, 62, 70), 730, grain=6, blur=2)
    q = rotated_quad(680, y + 60, 900, y + 260, 0.8)
    s = warp(pg, bg, q, shadow=6)
    s.img = noisy(s.img, 731, sigma=6, blur=0.6)
    return save_images('h6-073', 'ambulance_epcr_thermal_printout', MED, 'epcr-printout', 'png', [s])


# ============================================================================= h6-074 scanned fax referral
@builder
def h6_074():
    pg = ImgPage(1240, 1754)
    f = F('mono', 24)
    pg.text(40, 30, 'FROM: ⟦A|Fishponds Family Practice⟧   FAX ⟦T|0117 496 0999⟧   14/01/2025 09:12   P.001/001', F('mono', 20))
    pg.d.line([40, 66, 1200, 66], fill=(0, 0, 0), width=2)
    pg.text(60, 100, '⟦A|Fishponds Family Practice⟧', F('serif-b', 34))
    pg.text(60, 146, '⟦A|210 Fishponds Road, Bristol⟧ ⟦PC|BS16 3AN⟧   Tel ⟦T|0117 496 0998⟧', F('serif', 24))
    pg.text(60, 220, 'URGENT - Acute GP Advice Line referral to SDEC, ⟪Southmead Hospital⟫', F('serif-b', 28))
    pg.text(60, 270, 'Accepted by: ⟪Dr H. Qureshi⟫ (acute medicine) by telephone at 08:58', F('serif', 26))
    y = 340
    for ln in ['Patient: Mrs ⟦P|Rukhsana Begum Chaudhry⟧', 'DOB: ⟪05/05/1957⟫     NHS: ⟦N|4467 3012 85⟧',
               'Address: ⟦A|33 Royate Hill, Bristol⟧ ⟦PC|BS5 6LP⟧', 'Mobile: ⟦T|07700 900 139⟧ (son ⟦R|Imran⟧ - speaks for her, Punjabi/Urdu)']:
        pg.text(60, y, ln, F('serif', 26))
        y += 42
    y += 20
    y = pg.para(60, y, 'Dear colleague,\n'
                'Thank you for accepting this 67-year-old woman with 3 days of left calf swelling and pleuritic chest pain. '
                'HR 104, SpO2 95% on air. ⟪Wells score⟫ 6 (PE likely). She had a left hip replacement 4 weeks ago at '
                '⟪Southmead⟫. Medications: ⟪amlodipine 5 mg⟫, ⟪metformin 500 mg BD⟫, ⟪alendronic acid 70 mg weekly⟫. '
                'I have not given anticoagulation as she has a history of GI bleeding (2019).\n'
                'Yours faithfully,', F('serif', 26), 1110, 38)
    pg.text(60, y + 50, 'Dr ⟦C|Hilary Vance⟧', F('serif-b', 26))
    pg.text(60, y + 88, 'GP partner (GMC ⟦G|4917203⟧)', F('serif', 24))
    pages = scan_pages([pg], 740, angle=0.5, sigma=14, binar=True)
    return save_images('h6-074', 'scanned_fax_gp_referral', AM, 'gp-fax-scan', 'pdf', pages, dpi=150)


# ============================================================================= h6-075 paediatric ED attendance card
@builder
def h6_075():
    pg = ImgPage(1500, 1000, (255, 255, 255))
    d = pg.d
    d.rectangle([0, 0, 1500, 110], fill=(0, 120, 140))
    pg.text(40, 22, '⟪Craigavon Area Hospital⟫ - Emergency Department', F('sans-b', 36), (255, 255, 255))
    pg.text(40, 68, 'Children\'s attendance record (under 16)', F('sans', 26), (255, 255, 255))
    y = 150
    for lab, val in [('Child', '⟦P|CAMPBELL, Tiernan Seán⟧'), ('DOB / age', '⟪14/02/2016⟫ (8 y)   ⟪M⟫'),
                     ('H&C No.', '⟦N|367 205 8841⟧'), ('Hospital No.', '⟦H|CAH1180562⟧'),
                     ('Attendance No.', '⟦H|ED-24-077315⟧'), ('Address', '⟦A|16 Bleary Road, Lurgan⟧ ⟦PC|BT66 7AA⟧'),
                     ('School', '⟦A|St Francis\' Primary School, Lurgan⟧'), ('Parent / carer', '⟦R|Niamh Campbell⟧ (mother) ⟦T|07700 900 418⟧'),
                     ('GP', 'Dr ⟦C|Declan Savage⟧')]:
        pg.text(40, y, lab, F('sans-b', 26), (0, 90, 105))
        pg.text(300, y, val, F('sans', 26))
        d.line([40, y + 40, 1100, y + 40], fill=(210, 210, 210))
        y += 54
    pg.qr(1190, 150, 'CAH1180562', scale=8)
    pg.text(1190, 410, 'scan to open record', F('sans', 20), (90, 90, 90))
    pg.text(40, y + 20, 'Triage: 21:14  ⟪Manchester Triage⟫ orange  |  ⟪PEWS 4⟫  |  Seen by: ⟪Dr M. Wiśniewska⟫ 21:40', F('sans', 24))
    pg.text(40, y + 60, 'Dx: ⟪asthma exacerbation, moderate⟫ - ⟪salbutamol⟫ burst x3, ⟪prednisolone 40 mg⟫', F('sans', 24))
    bg = texture(1700, 1200, (210, 195, 170), 750, grain=10, blur=2)
    q = rotated_quad(1500, 1000, 1700, 1200, 1.2, scale=1.05)
    s = warp(pg, bg, q, shadow=7)
    s.img = noisy(lighting(s.img, 751, 0.2), 752, sigma=4, blur=0.5)
    return save_images('h6-075', 'ed_attendance_card_photo', PAED, 'ed-card', 'png', [s])


# ============================================================================= h6-077 rota (landscape table)
@builder
def h6_077():
    fname = 'h6-077-ed-rota.pdf'
    doc = PdfDoc(os.path.join(OUT, fname), (841.89, 595.28))
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, 50, fill=(30, 30, 30))
    doc.text(30, 30, 'Emergency Department - middle-grade rota, 20-26 May 2024 (v3, after swaps)', 'sans-b', 14, (255, 255, 255))
    doc.text_right(W - 30, 30, '⟪Leeds Teaching Hospitals NHS Trust⟫', 'sans', 10, (255, 255, 255))
    days = ['Mon 20', 'Tue 21', 'Wed 22', 'Thu 23', 'Fri 24', 'Sat 25', 'Sun 26']
    rows = [['Doctor', 'Grade'] + days,
            ['⟪Adebayo-Williams, O.⟫', 'SD', 'N', 'N', '-', '-', 'OFF', 'OFF', 'LD'],
            ['⟦C|Nwankwo, O.⟧', 'ST4', '-', '-', 'N', 'N', 'OFF', 'LD', 'LD'],
            ['⟦C|Herrera Castaño, Lucía⟧', 'ST5', 'LD', '-', 'N', 'N', 'OFF', 'OFF', '-'],
            ['⟦C|O\'Rourke, Sarah-Jane⟧', 'SD', '-', 'N', 'LD', '-', 'LD', 'N', 'N'],
            ['⟦C|Mahmoud, Yasmin⟧', 'ST3', 'E', 'E', 'OFF', 'LD', 'N', 'N', 'N'],
            ['⟦C|Baptiste, Jean-Luc⟧', 'CF', 'LD', 'LD', 'E', 'OFF', 'N', '-', 'OFF'],
            ['⟦C|Ng, Wai Kit⟧', 'ST4', 'N', 'LD', 'LD', 'E', 'E', 'OFF', 'OFF'],
            ['⟦C|Petrauskas, Gintaras⟧', 'ENP', 'E', 'E', 'E', 'E', '-', 'OFF', 'OFF']]
    colw = [170, 50] + [(W - 60 - 220) / 7] * 7
    y = doc.table(30, 70, colw, rows, 'sans', 10, zebra=(245, 245, 245))
    y += 16
    doc.text(30, y, 'Key: E = early 08:00-16:30; LD = long day 08:00-21:00; N = night 21:00-08:30; OFF = zero day; - = not rostered', 'sans', 9)
    y += 16
    doc.text(30, y, 'Changes from v2: ⟦C|O.N.⟧ and ⟪O.A-W.⟫ swapped nights (approved by rota lead 07/05/2024); ⟦C|Y.M.⟧ extra night 24/05.', 'sans', 9)
    y += 26
    doc.text(30, y, 'Consultant on call: Mon-Wed Dr ⟦C|M. Fenwick⟧; Thu-Sun Dr ⟦C|J. Adeyemi⟧ (⟦T|07700 900 611⟧)', 'sans', 9.5)
    doc.line(30, H - 40, W - 30, H - 40, (150, 150, 150))
    doc.text(30, H - 26, 'Rota co-ordinator: ⟦C|Janice Pickersgill⟧  |  ⟦E|janice.pickersgill@nhs.net⟧  |  ⟦T|0113 496 0388⟧  |  published 08/05/2024', 'sans', 8.5, (90, 90, 90))
    doc.text(30, H - 14, 'Verified as the rota worked: ⟪Dr Rajesh Kulkarni⟫, Clinical Director', 'sans-i', 8.5, (90, 90, 90))
    return save_pdf('h6-077', 'digital_rota_table_landscape', EM, doc, fname)


# ============================================================================= h6-078 appointment letter on fabric with QR URL
@builder
def h6_078():
    pg = ImgPage(1240, 1754, (255, 255, 255))
    d = pg.d
    pg.text(70, 70, 'Belfast Health and Social Care Trust', F('sans-b', 36), (0, 84, 140))
    pg.text(70, 118, '⟪Royal Belfast Hospital for Sick Children⟫ - Outpatients', F('sans', 28), (0, 84, 140))
    pg.text(70, 158, 'Booking centre ⟦T|028 9649 6555⟧', F('sans', 24), (60, 60, 60))
    pg.text(70, 240, 'Parent/Guardian of', F('sans', 26))
    pg.text(70, 278, '⟦P|Cillian Mac Giolla Phádraig⟧', F('sans', 26))
    pg.text(70, 316, '⟦A|Teach na Coille, 4 Whiterock Road⟧', F('sans', 26))
    pg.text(70, 354, '⟦A|Belfast⟧', F('sans', 26))
    pg.text(70, 392, '⟦PC|BT12 7FW⟧', F('sans', 26))
    pg.text(760, 240, 'Date: ⟪02/10/2024⟫', F('sans', 24))
    pg.text(760, 276, 'H&C: ⟦N|355 019 2287⟧', F('sans', 24))
    pg.text(70, 480, 'Your child\'s appointment', F('sans-b', 34))
    y = pg.para(70, 540, 'An appointment has been made for ⟦P|Cillian⟧ to see ⟪Dr M. Wiśniewska⟫ (General Paediatrics) on '
                'Tuesday 22 October 2024 at 10:40 in Outpatients Clinic B, ⟪Royal Belfast Hospital for Sick Children⟫.\n'
                'Please bring his red book, a list of his medicines and a urine sample in the pot enclosed. '
                'To confirm, cancel or change this appointment, scan the code below or use the link.', F('sans', 26), 1090, 38)
    pg.qr(70, y + 40, 'https://myappointments.belfasttrust.example/a/7KX2QP9M', scale=7)
    pg.text(340, y + 90, '⟦U|myappointments.belfasttrust.example/a/7KX2QP9M⟧', F('sans', 24), (0, 84, 140))
    pg.text(340, y + 130, 'Reference: ⟦REF|OPD-RB-24-559031⟧', F('sans', 24))
    bg = texture(1800, 2300, (40, 140, 150), 780, grain=12, streaks='fabric', blur=1.2)
    q = [(300, 230), (1560, 280), (1520, 2110), (240, 2060)]
    s = warp(pg, bg, q, shadow=12)
    s.img = noisy(lighting(s.img, 781, 0.3), 782, sigma=5, blur=0.6)
    return save_images('h6-078', 'photographed_appointment_letter_qr', PAED, 'appointment-photo', 'jpeg', [s], quality=86)


# ============================================================================= h6-079 scanned MG11 statement
@builder
def h6_079():
    pg = ImgPage(1240, 1754)
    d = pg.d
    pg.text(70, 50, 'RESTRICTED (when complete)', F('sans', 20))
    pg.text_right(1170, 50, 'MG 11', F('sans-b', 26))
    pg.text(70, 90, 'WITNESS STATEMENT', F('sans-b', 34))
    pg.text(70, 134, 'Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s 9; Magistrates\' Courts Act 1980, s 5B', F('sans', 18))
    pg.text_right(1170, 90, 'URN: ⟦REF|13YY0447124⟧', F('sans', 24))
    d.rectangle([70, 175, 1170, 360], outline=(0, 0, 0), width=2)
    pg.text(85, 190, 'Statement of: ⟪Dr Oluwaseun Adebayo-Williams⟫', F('sans', 24))
    pg.text(85, 226, 'Age if under 18: over 18        Occupation: Specialty Doctor, Emergency Medicine', F('sans', 24))
    pg.text(85, 262, 'This statement (consisting of 1 page signed by me) is true to the best of my knowledge and belief.', F('sans', 20))
    pg.text(85, 300, 'Signature:', F('sans', 24))
    pg.text(230, 294, '⟪O. Adebayo-Williams⟫', F('dvs-i', 28), (10, 20, 100))
    pg.text(700, 300, 'Date: ⟪27/03/2024⟫', F('sans', 24))
    y = pg.para(70, 400, 'I am a Specialty Doctor in the Emergency Department at ⟪St James\'s University Hospital⟫, Leeds. '
                'At 01:52 on Saturday 23 March 2024 I was asked to see ⟦P|Kieran Slater⟧, a 24-year-old man, in the resuscitation '
                'room. He had been brought in by ambulance from ⟦A|Burley Road, Leeds⟧ with a wound to the left side of his chest.\n'
                'On examination he had a single 2 cm wound in the left 5th intercostal space, mid-axillary line, with reduced '
                'breath sounds on the left. His blood pressure was 92/60 and his heart rate 126. A chest drain was inserted and '
                'drained 900 mL of blood; he was transferred to the cardiothoracic team, Mr ⟦C|Oduya-Kamara⟧, at 02:40.\n'
                'Mr ⟦P|Slater⟧ told me that "a lad called ⟦R|Jonno⟧" had stabbed him outside a takeaway. A woman who came with '
                'him, who said she was his girlfriend ⟦R|Chantelle⟧, was distressed and left before police arrived.\n'
                'I handed his clothing to PC ⟦C|Imogen Walsh⟧ (collar number ⟦O|4471⟧) at 03:15 in sealed evidence bags.', F('serif', 26), 1100, 40)
    pg.text(70, y + 40, 'Statement taken by: DC ⟦C|Sanjay Bhogal⟧, West Yorkshire Police, ⟦T|0113 496 0052⟧', F('sans', 22))
    pages = scan_pages([pg], 790, angle=1.3, sigma=11)
    return save_images('h6-079', 'scanned_police_statement_mg11', EM, 'mg11-scan', 'pdf', pages, dpi=150)


# ============================================================================= h6-080 theatre list with barcodes
@builder
def h6_080():
    pg = ImgPage(1754, 1240, (255, 255, 255))
    d = pg.d
    pg.text(40, 30, 'Elective caesarean section list - Obstetric Theatre 2 - ⟪University Hospital of Wales⟫ - ⟪Thursday 07/11/2024⟫', F('sans-b', 30))
    pg.text(40, 80, 'Surgeon: ⟪Dr C. Eze⟫     Anaesthetist: Dr ⟦C|Ffion Rhys⟧     Scrub: ⟦C|Marged⟧     ODP: ⟦C|Owen Pritchard⟧', F('sans', 24))
    cols = [40, 110, 520, 760, 960, 1350, 1714]
    heads = ['#', 'Patient', 'Hosp no.', 'DOB', 'Indication / notes', 'Label']
    y = 140
    d.rectangle([40, y, 1714, y + 44], fill=(220, 228, 240))
    for i, h in enumerate(heads):
        pg.text(cols[i] + 10, y + 10, h, F('sans-b', 24))
    y += 44
    pts = [('1', '⟦P|EVANS-BOATENG, Serwaa⟧', 'C0473391', '⟪11/04/1989⟫', 'Breech, declined ECV; ⟪Rh D negative⟫'),
           ('2', '⟦P|LEWIS, Catrin Haf⟧', 'C1318702', '⟪28/09/1993⟫', 'Two previous CS; placenta posterior'),
           ('3', '⟦P|NAJAFI, Shirin⟧', 'C0862210', '⟪03/01/1986⟫', 'Maternal request; anxiety (perinatal MH aware)')]
    for k, (n, name, hn, dob, ind) in enumerate(pts):
        rh = 170
        pg.text(cols[0] + 10, y + 20, n, F('sans', 24))
        pg.text(cols[1] + 10, y + 20, name, F('sans', 24))
        pg.text(cols[2] + 10, y + 20, '⟦H|%s⟧' % hn, F('sans', 24))
        pg.text(cols[3] + 10, y + 20, dob, F('sans', 24))
        pg.para(cols[4] + 10, y + 20, ind, F('sans', 22), 370, 30)
        if k < 2:
            pg.code128(cols[5] + 20, y + 20, hn, module=3, height=100)
            pg.text(cols[5] + 80, y + 128, '⟦H|%s⟧' % hn, F('dvm', 22))
        else:
            pg.text(cols[5] + 20, y + 20, '(label to follow)', F('sans-i', 22), (120, 120, 120))
        d.line([40, y + rh, 1714, y + rh], fill=(150, 150, 150))
        y += rh
    for x in cols:
        d.line([x, 140, x, y], fill=(150, 150, 150))
    pg.text(40, y + 30, 'WHO checklist team brief 08:15. Blood: 2 units crossmatched for patient 2 (Mrs ⟦P|Lewis⟧). Paeds: not required.', F('sans', 22))
    return save_images('h6-080', 'theatre_list_with_barcodes', OBS, 'theatre-list', 'png', [pg])



def build(ids=None):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(DEBUG, exist_ok=True)
    os.makedirs(OVER, exist_ok=True)
    recs, dbg = {}, {}
    recpath = os.path.join(HERE, 'files.jsonl')
    if ids and os.path.exists(recpath):
        for l in open(recpath, encoding='utf-8'):
            r = json.loads(l)
            recs[r['id']] = r
        if os.path.exists(DEBUG + '/files_markup.json'):
            dbg = json.load(open(DEBUG + '/files_markup.json'))
    for fn in BUILDERS:
        rid = fn.__name__.replace('_', '-')
        if ids and rid not in ids:
            continue
        rec, chunks = fn()
        recs[rid] = rec
        dbg[rid] = chunks
        overlay(rec)
        print(rid, rec['file'], 'ids', len(rec['identifiers']), 'keep', len(rec['keep']),
              'codes', len(rec.get('barcodes', [])), 'photos', len(rec.get('photos', [])))
    with open(recpath, 'w', encoding='utf-8') as f:
        for rid in sorted(recs):
            f.write(json.dumps(recs[rid], ensure_ascii=False) + '\n')
    json.dump(dbg, open(DEBUG + '/files_markup.json', 'w'), ensure_ascii=False)


def overlay(rec):
    if rec['format'] == 'docx':
        return
    path = os.path.join(HERE, rec['file'])
    if rec['format'] == 'pdf':
        import pymupdf
        doc = pymupdf.open(path)
        imgs = []
        for p in doc:
            pix = p.get_pixmap(dpi=110)
            imgs.append(Image.frombytes('RGB', (pix.width, pix.height), pix.samples))
    else:
        im = Image.open(path)
        imgs = []
        for i in range(getattr(im, 'n_frames', 1)):
            im.seek(i)
            imgs.append(im.convert('RGB').copy())
    for pno, img in enumerate(imgs, 1):
        d = ImageDraw.Draw(img)
        W, H = img.size
        for key, col in (('identifiers', (255, 0, 0)), ('keep', (0, 170, 0)), ('barcodes', (0, 0, 255)),
                         ('photos', (200, 0, 200))):
            for it in rec.get(key, []):
                if it['page'] != pno:
                    continue
                b = it['box']
                d.rectangle([b[0] * W, b[1] * H, b[2] * W, b[3] * H], outline=col, width=2)
        img.save(os.path.join(OVER, '%s-p%d.png' % (rec['id'], pno)))


if __name__ == '__main__':
    build(sys.argv[1:] or None)
