"""d4-047 .. d4-055: wristbands, addressograph sheet, specimen labels, ED card, anaesthetic chart, request form."""
import numpy as np
from PIL import Image, ImageDraw

from flib import I, K, Page, degrade, font


def _rounded_band(w, h, colour=(252, 252, 250, 255), radius=40):
    p = Page(w, h, bg=(0, 0, 0, 0), mode="RGBA")
    p.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=colour, outline=(200, 200, 200, 255), width=2)
    return p


def _photo_background(w, h, seed, base=(68, 104, 150), arm=True):
    rng = np.random.default_rng(seed)
    a = np.zeros((h, w, 3), np.float32)
    a[:] = base
    # blanket weave texture
    yy, xx = np.mgrid[0:h, 0:w]
    a += (np.sin(xx / 3.0) * np.sin(yy / 3.0) * 6)[..., None]
    a += rng.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if arm:
        d = ImageDraw.Draw(im)
        d.polygon([(0, int(h * 0.28)), (w, int(h * 0.22)), (w, int(h * 0.80)), (0, int(h * 0.86))],
                  fill=(196, 150, 118))
        d.polygon([(0, int(h * 0.28)), (w, int(h * 0.22)), (w, int(h * 0.30)), (0, int(h * 0.36))],
                  fill=(214, 170, 138))
    return im


def _finish(page_im, path, fmt, **kw):
    if fmt == "png":
        page_im.save(path, "PNG")
    elif fmt == "jpeg":
        page_im.convert("RGB").save(path, "JPEG", quality=kw.get("quality", 80))
    elif fmt == "tiff":
        page_im.save(path, "TIFF", compression="tiff_lzw", dpi=(kw.get("dpi", 200),) * 2)


def d047(ctx):
    """wristband photo, rotated 6 degrees, on a forearm"""
    band = _rounded_band(1500, 270)
    b = font("bold", 24)
    n = font("sans", 27)
    band.d.rectangle([0, 0, 40, 269], fill=(200, 30, 40, 255))  # red allergy band end
    band.text(70, 18, [K("KINGSMEAD UNIVERSITY HOSPITAL")], b, fill=(20, 20, 20, 255))
    band.text(70, 58, [I("BELL, Victor Arthur", "PN")], font("bold", 38), fill=(0, 0, 0, 255))
    band.text(70, 112, ["DOB: ", K("04/11/1939"), "   Sex: ", K("Male"), "   Ward: ", K("AMU A")], n, fill=(0, 0, 0, 255))
    band.text(70, 154, ["Hosp No: ", I("K2290417", "HN"), "   NHS: ", I("612 448 9035", "NHS")], n, fill=(0, 0, 0, 255))
    band.text(70, 200, ["ALLERGY: ", K("PENICILLIN")], font("bold", 27), fill=(190, 0, 0, 255))
    band.barcode("K2290417", "Code128", 1000, 40, scale=3, height=130)
    band.text(1100, 182, [I("K2290417", "HN")], font("mono", 26), fill=(0, 0, 0, 255))
    band.rotate(6, fill=(0, 0, 0, 0), expand=True)
    bg = _photo_background(1900, 900, seed=47)
    page = Page(1900, 900)
    page.im = bg
    page.d = ImageDraw.Draw(page.im)
    page.paste_layer(band, 180, 180, mask=band.im.split()[3])
    page.im = degrade(page.im, seed=47, noise=6, blur=0.8)
    path = ctx.path("d4-047-wristband.png")
    _finish(page.im, path, "png")
    return ctx.record("d4-047", "files/d4-047-wristband.png", "png", "wristband_photo", "Dr Wei Zhang", [page])


def d048(ctx):
    """addressograph label sheet, 2 x 6 labels, each with a Code128 of the MRN (150 dpi A4)"""
    page = Page(1240, 1754)
    page.text(60, 40, [K("Pennine Moor Hospital"), " - patient identification labels (addressograph)"], font("bold", 24))
    page.text(60, 78, ["Printed 25/02/2025 13:12 by AMU ward clerk - 12 labels"], font("sans", 21))
    lw, lh = 560, 255
    f1, f2 = font("bold", 23), font("sans", 22)
    for r in range(6):
        for c in range(2):
            x = 50 + c * (lw + 30)
            y = 130 + r * (lh + 12)
            page.d.rounded_rectangle([x, y, x + lw, y + lh], radius=14, outline=(170, 170, 170), width=2)
            tx, ty = x + 16, y + 12
            page.text(tx, ty, [I("PRESTON, Florence May", "PN")], f1)
            page.text(tx, ty + 36, ["DOB: ", K("23/07/1948"), " ", K("Female")], f2)
            page.text(tx, ty + 70, ["MRN: ", I("2243318", "HN")], f2)
            page.text(tx, ty + 104, ["NHS: ", I("450 221 7764", "NHS")], f2)
            page.text(tx, ty + 138, [I("12 Sandpiper Way", "AD"), ","], f2)
            page.text(tx, ty + 172, [I("Hebden Moor", "AD"), " ", I("HX7 4QP", "PC")], f2)
            page.text(tx, ty + 206, ["Cons: ", K("Dr M-L Chan"), "  ", K("AMU B")], f2)
            page.barcode("2243318", "Code128", x + 335, y + 60, scale=2, height=110)
    page.im = degrade(page.im, seed=48, noise=3, blur=0.3)
    path = ctx.path("d4-048-addressograph.png")
    _finish(page.im, path, "png")
    return ctx.record("d4-048", "files/d4-048-addressograph.png", "png", "addressograph_sheet", "Dr Mei-Ling Chan", [page])


def d049(ctx):
    """specimen tube label photo (JPEG), rotated 3 degrees, noisy"""
    lab = Page(980, 430, bg=(255, 255, 255, 255), mode="RGBA")
    blk = (0, 0, 0, 255)
    lab.text(24, 14, [K("Dudley Road Hospital"), " - Blood Sciences"], font("bold", 24), fill=blk)
    lab.text(24, 54, [I("OWUSU, Patience Mercy", "PN")], font("bold", 32), fill=blk)
    lab.text(24, 100, ["DOB ", K("02/12/1944"), "  ", K("Female")], font("sans", 27), fill=blk)
    lab.text(24, 140, ["MRN ", I("DRH0418826", "HN")], font("sans", 27), fill=blk)
    lab.text(24, 180, ["Lab no ", I("25.0509.H0417", "OID")], font("sans", 27), fill=blk)
    lab.text(24, 220, ["Coll ", K("09/05/25 11:02"), "  ", K("ED Majors")], font("sans", 25), fill=blk)
    lab.text(24, 258, ["Tests: ", K("FBC"), " ", K("U&E"), " ", K("CRP"), " ", K("CK")], font("sans", 25), fill=blk)
    lab.barcode("DRH0418826", "Code128", 560, 100, scale=2, height=150)
    lab.text(600, 262, [I("DRH0418826", "HN")], font("mono", 24), fill=blk)
    lab.text(24, 330, ["Requested by: ", K("Dr O. Adebayo-Coker")], font("sans", 24), fill=blk)
    lab.text(24, 372, ["EDTA 4 ml  -  handle as high risk: NO"], font("sans", 22), fill=blk)
    lab.rotate(3, fill=(0, 0, 0, 0), expand=True)
    W, H = 1500, 850
    bg = Image.new("RGB", (W, H), (58, 62, 66))
    d = ImageDraw.Draw(bg)
    d.rounded_rectangle([120, 170, 1420, 690], radius=120, fill=(228, 230, 232))   # tube body
    d.rounded_rectangle([40, 150, 260, 710], radius=40, fill=(120, 40, 150))        # purple cap
    page = Page(W, H)
    page.im = bg
    page.d = ImageDraw.Draw(page.im)
    page.paste_layer(lab, 330, 190, mask=lab.im.split()[3])
    page.im = degrade(page.im, seed=49, noise=7, blur=1.0, jpeg_q=72)
    path = ctx.path("d4-049-specimen-label.jpg")
    _finish(page.im, path, "jpeg", quality=78)
    return ctx.record("d4-049", "files/d4-049-specimen-label.jpg", "jpeg", "specimen_label_photo",
                      "Dr Oluwaseun Adebayo-Coker", [page])


def d050(ctx):
    """Welsh bilingual wristband with QR (NHS number) and Code128 (hospital number), rotated -5 degrees"""
    band = _rounded_band(1560, 300)
    blk = (0, 0, 0, 255)
    band.text(60, 16, [K("Ysbyty Cwm Tawel"), "  -  GIG Cymru / NHS Wales"], font("bold", 24), fill=blk)
    band.text(60, 56, ["Enw/Name: ", I("GRIFFITHS, Emlyn", "PN")], font("bold", 32), fill=blk)
    band.text(60, 106, ["Dyddiad geni/DOB: ", K("01/03/1937"), "  ", K("Gwryw/Male")], font("sans", 26), fill=blk)
    band.text(60, 148, ["Rhif ysbyty/Hosp no: ", I("W110082", "HN")], font("sans", 26), fill=blk)
    band.text(60, 190, ["Rhif GIG/NHS no: ", I("719 460 2810", "NHS")], font("sans", 26), fill=blk)
    band.text(60, 236, ["Ward 11  ", K("Clinical Frailty Scale 7")], font("sans", 24), fill=blk)
    band.barcode("W110082", "Code128", 860, 60, scale=3, height=120)
    band.text(920, 196, [I("W110082", "HN")], font("mono", 26), fill=blk)
    band.barcode("7194602810", "QRCode", 1290, 40, scale=7)
    band.rotate(-5, fill=(0, 0, 0, 0), expand=True)
    bg = _photo_background(1900, 950, seed=50, base=(225, 228, 222))
    page = Page(1900, 950)
    page.im = bg
    page.d = ImageDraw.Draw(page.im)
    page.paste_layer(band, 150, 220, mask=band.im.split()[3])
    page.im = degrade(page.im, seed=50, noise=6, blur=0.7, jpeg_q=80)
    path = ctx.path("d4-050-wristband-welsh.jpg")
    _finish(page.im, path, "jpeg", quality=82)
    return ctx.record("d4-050", "files/d4-050-wristband-welsh.jpg", "jpeg", "wristband_photo", "Dr Rhodri ap Gwilym", [page])


def d051(ctx):
    """blood transfusion sample label (PNG), Code128 + QR"""
    page = Page(1100, 620)
    page.d.rectangle([8, 8, 1092, 612], outline=(0, 0, 0), width=3)
    page.d.rectangle([8, 8, 1092, 70], fill=(200, 0, 0))
    page.text(24, 22, [K("Kingsmead University Hospital"), " - BLOOD TRANSFUSION"], font("bold", 26), fill=(255, 255, 255))
    f = font("sans", 26)
    fb = font("bold", 28)
    page.text(24, 90, ["Surname: ", I("ADEYEMI", "PN")], fb)
    page.text(24, 134, ["Forename: ", I("Blessing", "PN")], fb)
    page.text(24, 180, ["DOB: ", K("17/10/1988"), "   Sex: ", K("Female")], f)
    page.text(24, 222, ["Hosp no: ", I("K2271098", "HN")], f)
    page.text(24, 264, ["NHS no: ", I("402 115 7736", "NHS")], f)
    page.text(24, 306, ["Ward: ", K("Labour Ward Rm 2"), "   Sample: ", K("G&S + XM 2 units")], f)
    page.text(24, 348, ["Date/time taken: ", K("06/06/24 19:58")], f)
    page.text(24, 392, ["Sampled by (print): ", K("C. Okafor-Bright")], f)
    page.text(24, 436, ["Signature: "], f)
    page.d.line([(170, 470), (230, 446), (260, 468), (300, 440), (350, 466), (420, 452)], fill=(20, 20, 120), width=3)
    page.text(24, 490, ["Patient ID confirmed verbally + wristband  [x]"], font("sans", 23))
    page.text(24, 530, ["Lab use: ", I("BT24-060611", "OID"), "  Grp O RhD pos, antibody screen neg"], font("sans", 23))
    page.barcode("K2271098", "Code128", 660, 90, scale=3, height=120)
    page.text(720, 222, [I("K2271098", "HN")], font("mono", 26))
    page.barcode("4021157736", "QRCode", 800, 300, scale=7)
    page.im = degrade(page.im, seed=51, noise=4, blur=0.4)
    path = ctx.path("d4-051-transfusion-label.png")
    _finish(page.im, path, "png")
    return ctx.record("d4-051", "files/d4-051-transfusion-label.png", "png", "specimen_label",
                      "Dr Chidinma Okafor-Bright", [page])


def d052(ctx):
    """continuation sheet with an addressograph sticker (scanned TIFF, 200 dpi)"""
    from flib import wrap_segs
    page = Page(1654, 2339)
    # sticker
    st = Page(820, 330, bg=(255, 255, 255, 255), mode="RGBA")
    st.d.rounded_rectangle([0, 0, 819, 329], radius=16, outline=(120, 120, 120, 255), width=2)
    blk = (0, 0, 0, 255)
    st.text(18, 12, [I("WOOD, Chelsea Louise", "PN")], font("bold", 30), fill=blk)
    st.text(18, 56, ["DOB ", K("14/08/2000"), "  F"], font("sans", 26), fill=blk)
    st.text(18, 94, ["ED No: ", I("ED25-118834", "HN")], font("sans", 26), fill=blk)
    st.text(18, 132, ["RiO: ", I("1052207", "HN"), "  NHS: ", I("726 519 0043", "NHS")], font("sans", 26), fill=blk)
    st.text(18, 170, [I("Flat 3, 88 Mill Road", "AD"), ", ", I("Upper Brackley", "AD"), " ", I("KM3 6DD", "PC")], font("sans", 24), fill=blk)
    st.barcode("ED25-118834", "Code128", 30, 212, scale=2, height=95)
    st.rotate(1.5, fill=(0, 0, 0, 0), expand=True)
    page.paste_layer(st, 790, 90, mask=st.im.split()[3])
    page.text(110, 110, [K("Kingsmead University Hospital")], font("bold", 30))
    page.text(110, 156, ["Liaison Psychiatry"], font("sans", 28))
    page.text(110, 200, ["CONTINUATION SHEET"], font("bold", 28))
    page.d.line([(100, 470), (1560, 470)], fill=(0, 0, 0), width=3)
    fo = font("oblique", 29)
    y = 500
    paras = [
        [K("22/06/2025"), " 11:50  Liaison psychiatry assessment - ", I("Graham Petty", "CN"),
         " (liaison nurse), discussed with ", K("Dr I. Popescu"), " (consultant)."],
        ["Seen in ED ", K("cubicle 9"), ". Pt consented to mother ", I("Tracey", "RN"), " being present for part of interview."],
        ["Hx: ", K("24F"), ", intentional OD ~40 x ", K("sertraline 50 mg"), " + ~1 L vodka on 21/06 approx 17:00 after argument with partner. "
         "Called ambulance herself. ", I("Chelsea", "PN"), " says she 'wanted to sleep, not die'. No previous OD. No note."],
        ["MSE: kempt, good rapport, mood 'low' 4/10, reactive affect. No psychotic features. Denies current SI, future-orientated (work on Monday). ",
         "Insight good. ", K("PHQ-9 14"), ". AUDIT-C 7."],
        ["Risk: low-moderate (impulsive OD, alcohol, relationship stress; protective - mum, job, help-seeking)."],
        ["Plan: discharge with safety plan. CRHTT follow-up within ", K("72 h"), " (referred 12:40). Letter to GP Dr ",
         I("Amal Haddad", "CN"), ", ", I("Brook Street Surgery", "AD"), ". Ms ", I("Wood", "PN"),
         " has crisis line number. Mother to stay with her tonight at ", I("19 Orchard Close", "AD"), "."],
        ["Signed: ", I("G. Petty", "CN"), " RMN  /  reviewed ", K("Dr Ioana Popescu"), ", Consultant Liaison Psychiatrist, GMC ", K("7703391")],
    ]
    for para in paras:
        lines = wrap_segs(para, 1420, lambda s: page.width(s, fo))
        for ln in lines:
            page.text(110, y, ln, fo, fill=(10, 10, 60))
            y += 46
        y += 22
    page.rotate(0.7, fill=(255, 255, 255))
    page.im = degrade(page.im, seed=52, noise=9, blur=0.7, gray=True, speckle=0.0008)
    path = ctx.path("d4-052-continuation-sheet.tiff")
    _finish(page.im, path, "tiff", dpi=200)
    return ctx.record("d4-052", "files/d4-052-continuation-sheet.tiff", "tiff", "scanned_continuation_sheet",
                      "Dr Ioana Popescu", [page])


def d053(ctx):
    """ED attendance card (printed, 200 dpi), Code128 of attendance number + QR of NHS number"""
    page = Page(1654, 1170)
    fb, f = font("bold", 30), font("sans", 26)
    page.text(60, 40, [K("Ysbyty Glan Tawe"), " - Emergency Department - Attendance Record"], fb)
    page.d.line([(50, 90), (1600, 90)], fill=(0, 0, 0), width=3)
    page.text(60, 110, ["Attendance no: ", I("GT24-071188", "HN")], fb)
    page.barcode("GT24-071188", "Code128", 1010, 100, scale=3, height=100)
    page.text(60, 160, ["Arrived: ", K("27/07/2024 02:41"), "   Mode: self (taxi)"], f)
    page.text(60, 210, ["Name: ", I("PROBERT, Kerry-Ann", "PN"), "    DOB: ", K("13/01/1995"), " (29y)   Sex: ", K("Female")], f)
    page.text(60, 258, ["Address: ", I("8 Brynhyfryd Terrace", "AD"), ", ", I("Pontardawe", "AD"), " ", I("SA8 4LL", "PC")], f)
    page.text(60, 306, ["Tel: ", I("07700 900583", "PH"), "    NHS no: ", I("654 321 7809", "NHS")], f)
    page.barcode("6543217809", "QRCode", 1380, 230, scale=6)
    page.text(60, 354, ["GP: Dr ", I("Iolo Bowen", "CN"), ", ", I("Pontardawe Health Centre", "AD")], f)
    page.text(60, 402, ["NOK: ", I("Glenys Probert", "RN"), " (mother)  ", I("07700 900772", "PH")], f)
    page.d.line([(50, 460), (1600, 460)], fill=(120, 120, 120), width=2)
    page.text(60, 480, ["Triage: ", K("Manchester Triage: ORANGE"), " at 02:49 by ", I("Siân Harries", "CN"), " RN"], f)
    page.text(60, 528, ["Presenting complaint: ", K("Assault - facial injury, ?strangulation")], f)
    page.text(60, 576, ["Obs: ", K("HR 104"), "  ", K("BP 138/86"), "  ", K("SpO2 98%"), "  ", K("GCS 15/15"), "  ", K("Pain 8/10")], f)
    page.text(60, 624, ["Seen by: ", K("Dr G. Pryce-Jones"), " 03:02 (consultant)"], f)
    page.text(60, 672, ["Safeguarding: DASH ", K("17/24"), " - MARAC referral; MASH ref ", I("MASH-CTN-24-09931", "REF")], f)
    page.text(60, 720, ["Police: South Wales Police ref ", I("SWP-2407270041", "REF"), " (PC ", I("Ieuan Davies", "CN"), ")"], f)
    page.text(60, 768, ["Imaging: ", K("XR facial bones"), " - #nasal bones; ", K("CT angiogram neck"), " - no vascular injury"], f)
    page.text(60, 816, ["Disposal: discharged 07:35 to mother's address with IDVA contact"], f)
    page.text(60, 1090, ["Printed from WPAS 27/07/2024 07:40  |  page 1 of 1"], font("sans", 22))
    page.im = degrade(page.im, seed=53, noise=4, blur=0.4)
    path = ctx.path("d4-053-ed-card.png")
    _finish(page.im, path, "png")
    return ctx.record("d4-053", "files/d4-053-ed-card.png", "png", "ed_attendance_card", "Dr Gareth Pryce-Jones", [page])


def d054(ctx):
    """anaesthetic record front sheet with patient sticker, photographed at 5 degrees (JPEG)"""
    sheet = Page(1500, 1050, bg=(255, 255, 255, 255), mode="RGBA")
    blk = (0, 0, 0, 255)
    fb, f = font("bold", 28), font("sans", 25)
    sheet.text(40, 30, [K("Kingsmead University Hospital"), " - ANAESTHETIC RECORD"], fb, fill=blk)
    # sticker
    sheet.d.rounded_rectangle([880, 90, 1470, 420], radius=12, outline=(100, 100, 100, 255), width=2, fill=(250, 250, 240, 255))
    sheet.text(900, 104, [I("STREET, Warren", "PN")], font("bold", 30), fill=blk)
    sheet.text(900, 146, ["DOB ", K("30/09/1962"), "  M"], f, fill=blk)
    sheet.text(900, 182, ["Hosp: ", I("K2302276", "HN")], f, fill=blk)
    sheet.text(900, 218, ["NHS: ", I("515 208 6634", "NHS")], f, fill=blk)
    sheet.barcode("K2302276", "Code128", 900, 262, scale=2, height=120)
    sheet.barcode("5152086634", "QRCode", 1268, 230, scale=5)
    y = 100
    rows = [
        ["Date: ", K("19/02/2025"), "   ", K("Theatre 3")],
        ["Procedure: ", K("Laparoscopic cholecystectomy")],
        ["Anaesthetist: ", K("Dr L. Al-Hashimi")],
        ["ODP: ", I("Kieran Lowe", "CN"), "   Surgeon: Mr ", I("Adebola Oshin", "CN")],
        [K("ASA 2"), "   ", K("Mallampati 1"), "   Wt 96 kg"],
        ["Airway: ", K("ETT 7.5 cuffed"), ", ", K("Cormack-Lehane 1")],
        ["Induction: ", K("propofol 200 mg"), ", ", K("fentanyl 100 mcg")],
        ["NMB: ", K("rocuronium 50 mg"), "; reversal ", K("sugammadex 200 mg")],
        ["PONV: ", K("dexamethasone 6.6 mg"), " + ", K("ondansetron 4 mg")],
        ["Allergies: NKDA   WHO sign-in 08:52"],
    ]
    for r in rows:
        sheet.text(40, y, r, f, fill=blk)
        y += 44
    # observation grid
    gx0, gy0, gx1, gy1 = 40, 560, 1460, 1010
    for i in range(0, 15):
        x = gx0 + i * (gx1 - gx0) / 14
        sheet.d.line([(x, gy0), (x, gy1)], fill=(160, 160, 200, 255), width=1)
    for j in range(0, 10):
        yv = gy0 + j * (gy1 - gy0) / 9
        sheet.d.line([(gx0, yv), (gx1, yv)], fill=(160, 160, 200, 255), width=1)
    pts = [(gx0 + 20 + k * 95, 700 + (k % 3) * 12) for k in range(14)]
    sheet.d.line(pts, fill=(200, 0, 0, 255), width=3)
    sheet.text(50, 570, ["HR / BP (mmHg) - 5 min"], font("sans", 22), fill=blk)
    sheet.rotate(5, fill=(0, 0, 0, 0), expand=True)
    W, H = 1900, 1400
    bg = Image.new("RGB", (W, H), (92, 84, 76))
    page = Page(W, H)
    page.im = bg
    page.d = ImageDraw.Draw(page.im)
    page.paste_layer(sheet, 130, 130, mask=sheet.im.split()[3])
    page.im = degrade(page.im, seed=54, noise=7, blur=0.9, jpeg_q=70, tint=(1.0, 0.97, 0.9))
    path = ctx.path("d4-054-anaesthetic-chart.jpg")
    _finish(page.im, path, "jpeg", quality=80)
    return ctx.record("d4-054", "files/d4-054-anaesthetic-chart.jpg", "jpeg", "anaesthetic_chart_photo",
                      "Dr Layla Al-Hashimi", [page])


def d055(ctx):
    """radiology request form (PNG, 200 dpi, half A4) with Code128 + QR"""
    page = Page(1654, 1500)
    fb, f = font("bold", 30), font("sans", 26)
    page.text(60, 40, [K("Severnside General Hospital"), " - RADIOLOGY REQUEST"], fb)
    page.d.rectangle([50, 100, 1600, 470], outline=(0, 0, 0), width=2)
    page.text(70, 118, ["PATIENT (addressograph)"], font("bold", 22))
    page.text(70, 158, [I("KOWALCZYK, Jan", "PN")], font("bold", 32))
    page.text(70, 206, ["DOB ", K("02/02/1961"), "   ", K("Male"), "   Hosp no ", I("S0944120", "HN")], f)
    page.text(70, 250, ["NHS ", I("498 331 2075", "NHS")], f)
    page.text(70, 294, [I("Flat 9, 40 Dock Street", "AD"), ", ", I("Wexbridge", "AD"), " ", I("SV2 1LN", "PC")], f)
    page.text(70, 338, ["Tel ", I("07700 900268", "PH"), "    Interpreter: Polish"], f)
    page.barcode("S0944120", "Code128", 980, 130, scale=3, height=110)
    page.barcode("4983312075", "QRCode", 1340, 280, scale=5)
    y = 500
    rows = [
        ["Examination requested: ", K("CT pulmonary angiogram")],
        ["Clinical details: ", K("Wells score 6.5"), ", pleuritic chest pain, HR 112, ", K("SpO2 93%"), " on air."],
        ["High pre-test probability - D-dimer not sent. Recent long-haul coach travel."],
        ["Renal function: ", K("eGFR 68"), " (", K("creatinine 104 µmol/L"), ")   Contrast allergy: none"],
        ["Pregnancy: N/A    Mobility: walks    Infection risk: none"],
        ["Requesting doctor: ", K("Dr M. I. Chaudhry"), "   Bleep ", I("3391", "PH")],
        ["Consultant: ", K("Dr Chaudhry"), "   Location: ", K("Ward 15, Bed 8")],
        ["Date/time: ", K("11/03/2024 10:15"), "    Signature: ______"],
    ]
    for r in rows:
        page.text(70, y, r, f)
        y += 52
    page.d.rectangle([50, y + 10, 1600, y + 170], outline=(0, 0, 0), width=2)
    page.text(70, y + 24, ["RADIOLOGY USE ONLY"], font("bold", 22))
    page.text(70, y + 64, ["Accession ", I("RAD24-0311-0892", "OID"), "   Protocolled: CTPA (", K("60 ml Omnipaque 350"), ")"], f)
    page.text(70, y + 108, ["Vetted by Dr ", I("Helen Marchbank", "CN"), " 10:32  - slot 11:40 CT2"], f)
    page.im = degrade(page.im, seed=55, noise=4, blur=0.4)
    path = ctx.path("d4-055-request-form.png")
    _finish(page.im, path, "png")
    return ctx.record("d4-055", "files/d4-055-request-form.png", "png", "radiology_request_form",
                      "Dr Mohammed Iqbal Chaudhry", [page])


ALL = [d047, d048, d049, d050, d051, d052, d053, d054, d055]
