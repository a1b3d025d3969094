"""d4-056 .. d4-062: scanned letters and forms (image-only PDF, PNG, JPEG, TIFF) at 200 dpi."""
from PIL import Image, ImageDraw
import numpy as np

from flib import I, K, Page, degrade, font, wrap_segs

A4 = (1654, 2339)   # 200 dpi


def para(page, x, y, segs, fnt, maxw=1420, lead=42, fill=(0, 0, 0), gap=16):
    for ln in wrap_segs(segs, maxw, lambda s: page.width(s, fnt)):
        page.text(x, y, ln, fnt, fill=fill)
        y += lead
    return y + gap


def scribble(page, x, y, w=260, colour=(20, 20, 110), seed=0):
    rng = np.random.default_rng(seed)
    pts = [(x + i * w / 12, y + rng.integers(-18, 18)) for i in range(13)]
    page.d.line(pts, fill=colour, width=3)


def save_pdf(images, path):
    ims = [im.convert("RGB") for im in images]
    ims[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=ims[1:])


def d056(ctx):
    """scanned CMHT clinic letter, image-only PDF, rotated 0.8 degrees"""
    p = Page(*A4)
    fb, f, fs = font("serifb", 34), font("serif", 27), font("serif", 24)
    p.text(140, 110, [K("Castlegate Mental Health Unit")], fb)
    p.text(140, 160, ["North Locality Community Mental Health Team"], f)
    p.text(140, 200, [I("Castlegate House, 2 Mercer Row", "AD"), ", ", I("Brackley Cross", "AD"), " ", I("KM5 1AZ", "PC"),
                      "   Tel ", I("01632 960700", "PH")], fs)
    p.d.line([(140, 245), (1520, 245)], fill=(0, 0, 0), width=2)
    p.text(140, 280, ["Our ref: ", I("SNB/CMHT/1004567", "REF")], f)
    p.text(1050, 280, ["Date: ", K("18 June 2024")], f)
    y = 360
    for seg in (["Dr ", I("Richard Amis", "CN")], [I("Hillcrest Medical Centre", "AD")], [I("45 Brackley Road", "AD")],
                [I("Brackley Cross", "AD"), " ", I("KM5 2RW", "PC")]):
        p.text(140, y, seg, f)
        y += 40
    y += 40
    p.text(140, y, ["Dear Dr ", I("Amis", "CN")], f)
    y += 70
    y = para(p, 140, y, ["Re: Mr ", I("Declan McKenna", "PN"), ", DOB ", K("11/09/1989"), ", RiO ", I("1004567", "HN"),
                         ", NHS ", I("903 118 6624", "NHS")], font("serifb", 27), lead=40, gap=4)
    y = para(p, 140, y, ["      ", I("21 Tanner Street", "AD"), ", ", I("Brackley Cross", "AD"), " ", I("KM5 4DA", "PC")], f, gap=30)
    y = para(p, 140, y, ["Diagnosis: ", K("Paranoid schizophrenia (F20.0)"), ". Treatment-resistant; on a Community Treatment Order (",
                         K("s17A Mental Health Act 1983"), ")."], f)
    y = para(p, 140, y, ["Medication: ", K("clozapine 450 mg"), " nocte; ", K("hyoscine hydrobromide 300 micrograms"),
                         " nocte for hypersalivation; ", K("Laxido 1 sachet"), " BD."], f)
    y = para(p, 140, y, ["I reviewed Mr ", I("McKenna", "PN"), " in clinic today with his care co-ordinator, ", I("Bev Aldous", "CN"),
                         ", and his sister ", I("Niamh", "RN"), ". He has been well: no positive psychotic symptoms for over a year, "
                         "attending the allotment project three days a week and sleeping well. His clozapine level on 11/06 was ",
                         K("0.42 mg/L"), " (norclozapine 0.21) and ANC ", K("3.1 x 10^9/L"), " (green). Weight 104 kg, ",
                         K("BMI 33.5"), ", BP 128/82. He is constipated at times - please continue the laxative and do not stop it."], f)
    y = para(p, 140, y, ["The CTO is due for renewal in August. I think the criteria are still met given two previous relapses within "
                         "weeks of stopping clozapine (2019 and 2021), and I will see him with the AMHP before then."], f)
    y = para(p, 140, y, ["I should be grateful if you could arrange an annual physical health check (lipids, ", K("HbA1c"),
                         ", ECG) in the practice; our physical health clinic can do this if easier."], f)
    y += 20
    p.text(140, y, ["Yours sincerely"], f)
    scribble(p, 150, y + 90, seed=56)
    y += 150
    p.text(140, y, [K("Dr Siobhán Ní Bhriain")], font("serifb", 27))
    p.text(140, y + 40, ["Consultant Psychiatrist   GMC ", K("7153309")], f)
    p.text(140, y + 100, ["cc: ", I("Bev Aldous", "CN"), " (care co-ordinator);  Mr ", I("McKenna", "PN"), " (patient)"], fs)
    p.text(700, 2240, [K("Page 1 of 1")], fs)
    p.rotate(0.8, fill=(255, 255, 255))
    p.im = degrade(p.im, seed=56, noise=9, blur=0.7, jpeg_q=60, gray=True, speckle=0.0006)
    save_pdf([p.im], ctx.path("d4-056-cmht-letter-scan.pdf"))
    return ctx.record("d4-056", "files/d4-056-cmht-letter-scan.pdf", "pdf", "scanned_clinic_letter",
                      "Dr Siobhán Ní Bhriain", [p])


def _ds_header(p, page_no, first):
    fb, f = font("bold", 30), font("sans", 25)
    p.text(120, 90, [K("Pennine Moor Hospital"), "  -  Acute Medical Unit  -  DISCHARGE SUMMARY"], fb)
    p.d.line([(110, 140), (1540, 140)], fill=(0, 0, 0), width=2)
    if first:
        p.text(120, 160, ["Patient: ", I("HARRIS, Joy", "PN"), "     MRN: ", I("2236650", "HN"), "     NHS: ", I("473 882 9163", "NHS")], f)
        p.text(120, 202, ["DOB: ", K("12/12/1950"), "   Sex: ", K("Female"), "   Address: ", I("7 Quarry Bank", "AD"), ", ",
                          I("Hebden Moor", "AD"), " ", I("HX7 2LT", "PC")], f)
        p.text(120, 244, ["GP: Dr ", I("Owen Sutcliffe", "CN"), ", ", I("Calder Valley Practice", "AD")], f)
        p.text(120, 286, ["Admitted: ", K("25/02/2025"), "   Discharged: ", K("04/03/2025"), "   Ward: ", K("AMU B, bed 12"),
                          "   Consultant: ", K("Dr Mei-Ling Chan")], f)
    else:
        p.text(120, 160, [I("HARRIS, Joy", "PN"), "   MRN ", I("2236650", "HN"), "   (continued)   ", K("page 2 of 2")], f)
    p.text(120, 2250, ["Printed 04/03/2025 16:20 - ", K("page %d of 2" % page_no)], font("sans", 22))


def d057(ctx):
    """2-page scanned discharge summary (image-only PDF); page 2 rotated -1.2 degrees"""
    f, fb = font("sans", 26), font("bold", 27)
    p1 = Page(*A4)
    _ds_header(p1, 1, True)
    y = 360
    p1.text(120, y, ["Diagnoses"], fb)
    y += 48
    for seg in ([K("Hypoglycaemia"), " due to insulin dosing error (", K("E16.0"), ") - see Datix ", I("218734", "REF")],
                [K("Cellulitis left lower leg"), " (", K("L03.1"), ")"],
                ["Background: ", K("type 2 diabetes"), " on insulin, ", K("CKD stage 3a"), ", AF on ", K("apixaban 5 mg BD")]):
        y = para(p1, 140, y, ["- "] + seg, f, maxw=1380, gap=6)
    y += 20
    p1.text(120, y, ["Clinical summary"], fb)
    y += 48
    y = para(p1, 120, y, ["Mrs ", I("Harris", "PN"), " was admitted with cellulitis of the left leg (", K("NEWS2 3"),
                          ") and treated with ", K("flucloxacillin 1 g QDS"), " IV, switched to oral on day 3. On 27/02 she "
                          "received 120 units of insulin glargine instead of 12 units because of a transcription error during "
                          "the electronic prescribing downtime. She became drowsy (", K("GCS 12/15"), ", CBG 1.8) and was treated "
                          "with ", K("glucose 20% 100 ml"), " then a 10% infusion with hourly monitoring for 36 hours. She made a "
                          "full recovery. I apologised to her and to her daughter ", I("Maxine", "RN"), " in person on 27/02 and in "
                          "writing (", K("Duty of Candour"), ")."], f)
    y = para(p1, 120, y, ["Renal function stable (creatinine 118, ", K("eGFR 41"), "). HbA1c ", K("HbA1c 62 mmol/mol"),
                          ". Leg much improved, marked area receded; no collection on ultrasound."], f)
    p1.rotate(0.5, fill=(255, 255, 255))
    p1.im = degrade(p1.im, seed=571, noise=8, blur=0.6, jpeg_q=65, gray=True)

    p2 = Page(*A4)
    _ds_header(p2, 2, False)
    y = 240
    p2.text(120, y, ["Medication on discharge"], fb)
    y += 50
    cols = [120, 620, 900, 1160, 1540]
    rows = [["Drug", "Dose", "Frequency", "Status"],
            [K("insulin glargine (Lantus)"), K("12 units"), "08:00", "unchanged"],
            [K("flucloxacillin"), K("1 g"), "QDS (5 more days)", "new"],
            [K("apixaban"), K("5 mg"), "BD", "unchanged"],
            [K("metformin"), K("500 mg"), "BD", "unchanged"],
            [K("paracetamol"), K("1 g"), "QDS PRN", "new"]]
    for i, row in enumerate(rows):
        top = y + i * 52
        p2.d.rectangle([cols[0], top, cols[-1], top + 52], outline=(0, 0, 0), width=2)
        for c in range(1, 4):
            p2.d.line([(cols[c], top), (cols[c], top + 52)], fill=(0, 0, 0), width=2)
        for c, cell in enumerate(row):
            p2.text(cols[c] + 10, top + 12, [cell], fb if i == 0 else f)
    y += len(rows) * 52 + 50
    p2.text(120, y, ["Follow-up"], fb)
    y += 48
    y = para(p2, 120, y, ["District nurse for leg review 06/03. Diabetes specialist nurse ", I("Fiona Leckie", "CN"),
                          " will telephone on ", I("01632 960520", "PH"), " within 1 week. GP: please check U&E in 1 week. "
                          "Mrs ", I("Harris", "PN"), " and ", I("Maxine", "RN"), " have the hypo leaflet and a glucagon kit."], f)
    y += 40
    p2.text(120, y, ["Completed by: Dr ", I("Samuel Hartigan", "CN"), " (FY1)   bleep ", I("6112", "PH")], f)
    scribble(p2, 160, y + 100, seed=57)
    p2.text(120, y + 150, ["Approved: ", K("Dr Mei-Ling Chan"), ", Consultant Acute Physician, GMC ", K("7567013")], f)
    p2.rotate(-1.2, fill=(255, 255, 255))
    p2.im = degrade(p2.im, seed=572, noise=8, blur=0.7, jpeg_q=60, gray=True, speckle=0.0005)
    save_pdf([p1.im, p2.im], ctx.path("d4-057-discharge-summary-scan.pdf"))
    return ctx.record("d4-057", "files/d4-057-discharge-summary-scan.pdf", "pdf", "scanned_discharge_summary",
                      "Dr Mei-Ling Chan", [p1, p2])


def d058(ctx):
    """scanned paper Mini-CEX form (PNG, grayscale), rotated -1.0 degree"""
    p = Page(*A4)
    fb, f, fo = font("bold", 30), font("sans", 26), font("oblique", 28)
    p.text(120, 90, ["MINI-CEX  (Mini Clinical Evaluation Exercise)  -  paper form"], fb)
    p.text(120, 136, ["Royal College of Emergency Medicine - to be uploaded to Kaizen by the doctor"], font("sans", 23))
    p.d.rectangle([110, 190, 1540, 560], outline=(0, 0, 0), width=2)
    p.text(130, 210, ["Doctor's name: "], f)
    p.text(400, 206, [K("Dr Hannah Fairweather")], fo, fill=(10, 10, 90))
    p.text(1000, 210, ["GMC no: "], f)
    p.text(1130, 206, [K("7209963")], fo, fill=(10, 10, 90))
    p.text(130, 270, ["Assessor's name: "], f)
    p.text(400, 266, [K("Dr Nathaniel Obi-Whitfield")], fo, fill=(10, 10, 90))
    p.text(1000, 270, ["GMC no: "], f)
    p.text(1130, 266, [I("4822913", "GMC")], fo, fill=(10, 10, 90))
    p.text(130, 330, ["Position: Consultant EM    Date: "], f)
    p.text(620, 326, [K("03/06/2024")], fo, fill=(10, 10, 90))
    p.text(130, 390, ["Patient (initials / hosp no): "], f)
    p.text(530, 386, [I("G.T.", "PN"), "  /  ", I("BRI-ED-24-041377", "HN")], fo, fill=(10, 10, 90))
    p.text(1100, 390, ["Age/sex: "], f)
    p.text(1240, 386, [K("34F")], fo, fill=(10, 10, 90))
    p.text(130, 450, ["Clinical problem: "], f)
    p.text(400, 446, [K("Anaphylaxis"), " (", K("adrenaline 0.5 mg IM"), " x2)"], fo, fill=(10, 10, 90))
    p.text(130, 505, ["Setting: ED Resus   Complexity: [ ] low  [x] moderate  [ ] high"], f)
    domains = ["History taking", "Physical examination", "Communication skills", "Clinical judgement",
               "Professionalism", "Organisation / efficiency", "Overall clinical care"]
    y = 610
    p.text(130, y, ["Domain"], fb)
    for k in range(6):
        p.text(900 + k * 100, y, [str(k + 1)], fb)
    y += 50
    marks = [5, 4, 6, 5, 6, 4, 5]
    for dname, m in zip(domains, marks):
        p.d.rectangle([120, y - 6, 1540, y + 44], outline=(0, 0, 0), width=1)
        p.text(130, y, [dname], f)
        for k in range(6):
            p.d.rectangle([895 + k * 100, y + 2, 925 + k * 100, y + 32], outline=(0, 0, 0), width=2)
        x = 895 + (m - 1) * 100
        p.d.line([(x + 2, y + 4), (x + 28, y + 30)], fill=(10, 10, 90), width=4)
        p.d.line([(x + 28, y + 4), (x + 2, y + 30)], fill=(10, 10, 90), width=4)
        y += 50
    y += 40
    p.text(130, y, ["Strengths:"], fb)
    y += 46
    y = para(p, 150, y, ["Rapid recognition of anaphylaxis after ", K("co-amoxiclav"), " in a woman with no known allergy. IM adrenaline "
                         "given within 3 minutes of arrival, repeated at 5 min. Clear closed-loop communication with nurse ",
                         I("Kirsty Vowles", "CN"), ". Explained mast cell tryptase timing and ", K("Resuscitation Council UK 2021"),
                         " guidance. Spoke kindly to her husband ", I("Devendra", "RN"), "."], fo, maxw=1360, fill=(10, 10, 90))
    p.text(130, y, ["Suggestions for development:"], fb)
    y += 46
    y = para(p, 150, y, ["Prescribe the adrenaline auto-injector (", K("EpiPen 300 micrograms"),
                         " x2) before discharge and refer to allergy clinic - referral to Dr ", I("Sunil Rao", "CN"),
                         " was done the next day."], fo, maxw=1360, fill=(10, 10, 90))
    p.text(130, y + 20, ["Assessor's signature:"], f)
    scribble(p, 460, y + 40, seed=58)
    p.text(130, y + 90, ["Time taken for observation: 20 min   feedback: 10 min"], f)
    p.rotate(-1.0, fill=(255, 255, 255))
    p.im = degrade(p.im, seed=58, noise=10, blur=0.8, gray=True, speckle=0.0008)
    p.im.save(ctx.path("d4-058-mini-cex-scan.png"), "PNG")
    return ctx.record("d4-058", "files/d4-058-mini-cex-scan.png", "png", "scanned_wba_form", "Dr Hannah Fairweather", [p])


def d059(ctx):
    """scanned complaint response letter (JPEG, colour tint, JPEG artefacts), rotated 1.2 degrees"""
    p = Page(*A4)
    fb, f, fs = font("serifb", 32), font("serif", 27), font("serif", 23)
    p.text(140, 100, [K("Lagan Valley & Wexcombe University Hospitals")], fb)
    p.text(140, 148, ["Department of Anaesthesia, ", I("Wexcombe Road", "AD"), ", ", I("Lisnagarvey", "AD"), " ",
                      I("BT28 9ZZ", "PC"), "   Tel ", I("028 9649 6123", "PH")], fs)
    p.d.line([(140, 190), (1520, 190)], fill=(0, 90, 160), width=3)
    p.text(140, 230, ["Our ref: ", I("LVW/COMP/25/0219", "REF")], f)
    p.text(140, 272, ["Your ref: ", I("DB/ANAES/0425", "REF")], f)
    p.text(1050, 230, ["Date: ", K("22 May 2025")], f)
    y = 350
    for seg in (["Mrs ", I("Dawn Brook", "PN")], [I("16 Willowfield Park", "AD")], [I("Lisnagarvey", "AD")], [I("BT28 3QE", "PC")]):
        p.text(140, y, seg, f)
        y += 40
    y += 40
    p.text(140, y, ["Dear Mrs ", I("Brook", "PN")], f)
    y += 60
    y = para(p, 140, y, ["Re: your care on ", K("Ward 4N"), " and in theatre on ", K("2 April 2025"), " (hospital number ",
                         I("K1027734", "HN"), ")"], font("serifb", 27))
    y = para(p, 140, y, ["Thank you for your letter. I am the consultant anaesthetist who looked after you for your knee replacement, "
                         "and I am sorry that your recovery was made so much harder by the severe headache you developed."], f)
    y = para(p, 140, y, ["You had a ", K("spinal anaesthetic"), ", given by my registrar, Dr ", I("Conor Maguire", "CN"),
                         ", under my direct supervision, using a ", K("25G pencil-point needle"), ". The headache you describe "
                         "- worse on sitting up and eased by lying flat - is a ", K("post-dural puncture headache"),
                         ". The risk with this needle is about ", K("1 in 200"), " and I accept that this was not recorded on your "
                         "consent form, although Dr ", I("Maguire", "CN"), " recalls mentioning it."], f)
    y = para(p, 140, y, ["I also accept that when you reported the headache on day 2, the acute pain nurse (", I("Sinead Quinn", "CN"),
                         ") was on leave and the message did not reach the anaesthetic team until day 4. An ",
                         K("epidural blood patch"), " on day 5 relieved it. Your surgeon, Mr ", I("Robert Kyle", "CN"),
                         ", has been made aware."], f)
    y = para(p, 140, y, ["As a result we now record the headache risk on every spinal consent, and the pain team has a cover "
                         "rota. I have shared your experience (without your name) at our departmental meeting."], f)
    p.text(140, y + 10, ["Yours sincerely"], f)
    scribble(p, 150, y + 100, colour=(10, 30, 120), seed=59)
    p.text(140, y + 160, [K("Dr Aoife Brennan")], font("serifb", 27))
    p.text(140, y + 200, ["Consultant Anaesthetist"], f)
    p.text(140, y + 260, ["cc: ", I("Fionnuala Hegarty", "CN"), ", Complaints Manager"], fs)
    p.rotate(1.2, fill=(250, 248, 240))
    p.im = degrade(p.im, seed=59, noise=7, blur=0.8, tint=(1.0, 0.98, 0.92))
    p.im.convert("RGB").save(ctx.path("d4-059-complaint-response-scan.jpg"), "JPEG", quality=55)
    return ctx.record("d4-059", "files/d4-059-complaint-response-scan.jpg", "jpeg", "scanned_complaint_response",
                      "Dr Aoife Brennan", [p])


def _injury_photo(w, h, seed):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    a = np.zeros((h, w, 3), np.float32)
    a[:] = (206, 164, 136)
    a += (np.sin(yy / 40.0) * 8)[..., None]
    cx, cy = w * 0.55, h * 0.5
    r2 = ((xx - cx) / (w * 0.16)) ** 2 + ((yy - cy) / (h * 0.22)) ** 2
    bruise = np.exp(-r2 * 1.5)[..., None]
    a = a * (1 - 0.55 * bruise) + np.array([90, 60, 120]) * 0.55 * bruise
    a += rng.normal(0, 6, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def d060(ctx):
    """scanned child safeguarding referral form with table and an injury photograph (TIFF), rotated -0.6 degrees"""
    p = Page(*A4)
    fb, f = font("bold", 28), font("sans", 25)
    p.text(110, 90, [K("Kingsmead University Hospital"), " - Emergency Department"], fb)
    p.text(110, 136, ["CHILD SAFEGUARDING REFERRAL TO MASH (Children Act 1989 s.47 / s.17)"], fb)
    rows = [
        ("MASH ref", ["", I("MASH-KM-25-04418", "REF")]),
        ("Child's name", [I("Kacper Nowicki", "PN")]),
        ("DOB / age", [K("19/04/2010"), " (15 y)"]),
        ("Gender", [K("Male")]),
        ("Address", [I("44 Gladstone Street", "AD"), ", ", I("Upper Brackley", "AD"), " ", I("KM3 9BN", "PC")]),
        ("NHS number", [I("5501349928", "NHS")]),
        ("ED number", [I("ED25-140652", "HN")]),
        ("Parent / carer", [I("Ewelina Nowicka", "RN"), " (mother), tel ", I("07700 900447", "PH")]),
        ("School", ["Year 10 - school nurse informed by MASH"]),
        ("Presentation", [K("acute alcohol intoxication"), ", ", K("GCS 11/15"), " on arrival 23:50"]),
        ("", ["found in park by police; 3rd ED attendance in 6 months"]),
        ("Police ref", [I("KMP-250830-0288", "REF")]),
        ("Referrer", [K("Dr Wei Zhang"), ", ED, ", K("30/08/2025"), " 01:40"]),
        ("Discussed with", ["Paed reg Dr ", I("Yasmin Farah", "CN"), "; SG nurse ", I("Lorna McBride", "CN")]),
    ]
    y = 200
    for label, val in rows:
        p.d.rectangle([100, y, 470, y + 56], outline=(0, 0, 0), width=2)
        p.d.rectangle([470, y, 1560, y + 56], outline=(0, 0, 0), width=2)
        p.text(115, y + 14, [label], font("bold", 24))
        p.text(485, y + 14, val, f)
        y += 56
    y += 40
    p.text(110, y, ["Body map / photograph (taken with consent, ED clinical photography SOP):"], font("bold", 24))
    y += 50
    ph = _injury_photo(700, 460, seed=60)
    p.im.paste(ph, (120, y))
    p.photo([120, y, 820, y + 460], "photograph of injury (bruise, left upper arm) with patient initials")
    p.d.rectangle([118, y - 2, 822, y + 462], outline=(0, 0, 0), width=2)
    p.d.rectangle([140, y + 390, 520, y + 445], fill=(255, 255, 255))
    p.text(150, y + 400, [I("K.N.", "PN"), "  ", K("30/08/25"), " L arm"], font("bold", 26))
    p.text(880, y + 20, ["Bruise L upper arm 6 x 4 cm,"], f)
    p.text(880, y + 60, ["yellow-green edges - older than"], f)
    p.text(880, y + 100, ["24-48 h; fingertip pattern."], f)
    p.text(880, y + 160, ["Child says 'from football'."], f)
    y += 520
    y = para(p, 110, y, ["Concerns: repeated intoxication, possible exploitation (older males, vapes, cash). Mother says he stays at "
                         "'a friend's' (", I("Dominik", "RN"), ", 19) most weekends. Sibling ", I("Zuzanna", "RN"),
                         " (8) at home."], f, maxw=1440)
    y = para(p, 110, y, ["Outcome: admitted to paediatrics (", K("Ward 7"), ") overnight; strategy discussion requested."], f, maxw=1440)
    p.rotate(-0.6, fill=(255, 255, 255))
    p.im = degrade(p.im, seed=60, noise=9, blur=0.6, gray=True, speckle=0.0005)
    p.im.save(ctx.path("d4-060-safeguarding-form-scan.tiff"), "TIFF", compression="tiff_lzw", dpi=(200, 200))
    return ctx.record("d4-060", "files/d4-060-safeguarding-form-scan.tiff", "tiff", "scanned_safeguarding_referral",
                      "Dr Wei Zhang", [p])


def d061(ctx):
    """scanned coroner's letter (image-only PDF), rotated -0.9 degrees"""
    p = Page(*A4)
    fb, f, fs = font("serifb", 32), font("serif", 27), font("serif", 23)
    p.text(140, 100, ["HM CORONER FOR RIVERSIDE AND EASTBRIDGE"], fb)
    p.text(140, 150, [I("The Coroner's Court, 1 Guildhall Yard", "AD"), ", ", I("Eastbridge", "AD"), " ", I("EB1 4GH", "PC")], fs)
    p.text(140, 186, ["Tel ", I("020 7946 0733", "PH"), "   Email ", I("coroner.riverside@eastbridge.gov.example", "EM")], fs)
    p.d.line([(140, 228), (1520, 228)], fill=(0, 0, 0), width=2)
    p.text(140, 260, ["Our ref: ", I("RK/0211/2025/TM", "REF")], f)
    p.text(140, 302, ["Police ref: ", I("RKP-25-0203-114", "REF")], f)
    p.text(1050, 260, ["Date: ", K("18 February 2025")], f)
    y = 380
    for seg in ([K("Dr Rashid Bin Hamdan")], ["Emergency Department"], [K("Riverside Kingsway Hospital")]):
        p.text(140, y, seg, f)
        y += 40
    y += 40
    p.text(140, y, ["Dear ", K("Dr Bin Hamdan")], f)
    y += 60
    y = para(p, 140, y, ["Re: ", I("Stanley Edward Carlisle", "PN"), " (deceased), date of birth ", K("14/06/1945")],
             font("serifb", 27))
    y = para(p, 140, y, ["HM Area Coroner, Mr ", I("Jonathan Pryor", "CN"), ", has opened an inquest into the death of Mr ",
                         I("Carlisle", "PN"), ", who died at Riverside Kingsway Hospital on 5 February 2025. The provisional "
                         "medical cause of death is 1a ", K("mesenteric ischaemia"), ", 1b ", K("superior mesenteric artery occlusion"),
                         ", 1c ", K("atrial fibrillation"), "."], f)
    y = para(p, 140, y, ["The Coroner requests a statement from you under ", K("Schedule 5"), " of the ",
                         K("Coroners and Justice Act 2009"), " covering your review of Mr ", I("Carlisle", "PN"),
                         " on the night of 2-3 February, the earlier assessment by Dr ", I("Liam Costello", "CN"),
                         ", your discussions with the surgical team (Mr ", I("Adrian Kowalczyk", "CN"),
                         ") and with his daughter, Mrs ", I("Lorraine Carlisle-Bates", "RN"), "."], f)
    y = para(p, 140, y, ["Please also state whether the venous blood gas result (lactate ", K("4.2 mmol/L"),
                         ") was available to clinicians before 23:15. Statements should be typed, signed, and include "
                         "the declaration of truth (", K("Coroners (Inquests) Rules 2013"), ", ", K("rule 23"), ")."], f)
    y = para(p, 140, y, ["Please return your statement by ", K("21 March 2025"), " to the Coroner's Officer, ",
                         I("Tessa Mulgrew", "CN"), ", quoting our reference."], f)
    p.text(140, y + 10, ["Yours sincerely"], f)
    scribble(p, 150, y + 100, seed=61)
    p.text(140, y + 160, [I("Tessa Mulgrew", "CN")], font("serifb", 27))
    p.text(140, y + 200, ["Coroner's Officer, on behalf of HM Area Coroner"], f)
    p.rotate(-0.9, fill=(255, 255, 255))
    p.im = degrade(p.im, seed=61, noise=8, blur=0.7, jpeg_q=55, gray=True, speckle=0.0004)
    save_pdf([p.im], ctx.path("d4-061-coroner-letter-scan.pdf"))
    return ctx.record("d4-061", "files/d4-061-coroner-letter-scan.pdf", "pdf", "scanned_inquest_correspondence",
                      "Dr Rashid Bin Hamdan", [p])


def d062(ctx):
    """scanned CEPOD / emergency theatre handover sheet (PNG) with unlabelled hospital numbers and handwritten notes"""
    p = Page(*A4)
    fb, f, fo = font("bold", 28), font("sans", 24), font("oblique", 27)
    p.text(100, 90, [K("Kingsmead University Hospital"), " - Emergency theatre (CEPOD) handover"], fb)
    p.text(100, 136, ["Date ", K("14/12/2024"), "   Day > night   Anaesthetist in charge: ", K("Dr L. Al-Hashimi")], f)
    cols = [90, 330, 470, 900, 1110, 1570]
    head = ["Number", "Age/Sex", "Procedure", "NCEPOD", "Notes"]
    rows = [
        [I("K2299301", "HN"), K("71F"), "lap + washout (perf DU)", K("NCEPOD 2A"), K("NELA 12.4%")],
        [I("K2301187", "HN"), "34M", "I&D perianal abscess", "3", "fasted 06:00"],
        [I("K2287765", "HN"), K("88M"), "DHS #NOF", "3", K("INR 2.8"), ],
        [I("K2300492", "HN"), "26F", "ERPC", "3", K("Hb 92 g/L")],
        [I("K2302011", "HN"), "59M", "ex-lap, SBO", K("NCEPOD 2B"), K("ASA 4E")],
        [I("K2297658", "HN"), "7M", "scrotal exploration", K("NCEPOD 1"), "paeds - Theatre 1"],
    ]
    y = 200
    for i, row in enumerate([head] + rows):
        p.d.rectangle([cols[0], y, cols[-1], y + 58], outline=(0, 0, 0), width=2)
        for c in range(1, 5):
            p.d.line([(cols[c], y), (cols[c], y + 58)], fill=(0, 0, 0), width=2)
        for c, cell in enumerate(row):
            p.text(cols[c] + 10, y + 15, [cell], fb if i == 0 else f)
        y += 58
    y += 40
    notes = [
        ["Row 3 (", I("Mr Yates", "PN"), "?) - warfarin for AF, ", K("vitamin K 10 mg"), " IV 14:00, ",
         K("Beriplex"), " if INR still > 1.5 at 20:00. Daughter ", I("Jackie", "RN"), " will ring ward."],
        ["Row 1: ", K("P-POSSUM"), " 18% - consultant surgeon Mr ", I("Hamza Qureshi", "CN"), " to attend. ",
         "HDU bed confirmed (Bed 4)."],
        ["Row 6 - 7 yr old, mum ", I("Sadia", "RN"), " with him. Paeds anaesthetist Dr ", I("Ellen Marsh", "CN"), " aware."],
        ["Night team: Dr ", I("Bartosz Lewicki", "CN"), " (ST5) + Dr ", I("Kemi Adeoye", "CN"), " (CT2); ODP ",
         I("Gary Pope", "CN"), ". Emergency bleep ", I("2201", "PH"), "."],
    ]
    for n in notes:
        y = para(p, 110, y, n, fo, maxw=1420, lead=44, fill=(15, 15, 100), gap=12)
    y += 30
    p.text(110, y, ["Handed over 20:05 - ", K("L. Al-Hashimi"), " (cons)"], fo, fill=(15, 15, 100))
    p.rotate(1.0, fill=(255, 255, 255))
    p.im = degrade(p.im, seed=62, noise=9, blur=0.7, gray=True, speckle=0.0006)
    p.im.save(ctx.path("d4-062-cepod-handover-scan.png"), "PNG")
    return ctx.record("d4-062", "files/d4-062-cepod-handover-scan.png", "png", "scanned_handover_sheet",
                      "Dr Layla Al-Hashimi", [p])


ALL = [d056, d057, d058, d059, d060, d061, d062]
