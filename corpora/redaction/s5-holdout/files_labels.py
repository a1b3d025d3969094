"""Photos/images of wristbands, labels and forms with Code 128 / QR codes (h5-053 .. h5-063)."""
from render_lib import ImgPage, font, texture_bg, compose, add_caption

BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


S = "DejaVuSans"
SB = "DejaVuSans-Bold"
SC = "DejaVuSansCondensed"
SCB = "DejaVuSansCondensed-Bold"
MONO = "DejaVuSansMono"
HAND = "DejaVuSans-Oblique"


def band(w, h, strap=(170, 200, 235), label_bg="white"):
    """A wristband: coloured strap with a white printed label area. Returns (page, label box)."""
    p = ImgPage(w, h, bg=(0, 0, 0))
    p.d.rectangle([0, 0, w, h], fill=strap)
    # holes of the strap
    for x in range(20, 120, 34):
        p.d.ellipse([x, h / 2 - 9, x + 18, h / 2 + 9], fill=(120, 140, 170))
    p.d.rounded_rectangle([140, 14, w - 30, h - 14], radius=16, fill=label_bg)
    return p, [140, 14, w - 30, h - 14]


# ------------------------------------------------------------------ h5-053 adult wristband, Code128
@builder
def wristband_adult(M):
    p, lb = band(1320, 330)
    x = lb[0] + 26
    p.write(x, 32, "{{OKONJO-HALL, Simone|PN}}", font(SB, 36))
    p.write(x, 86, "DOB: {{14/02/1987|K}}   {{Female|K}}   MRN: {{LGI5508312|HN}}", font(S, 27))
    p.write(x, 130, "NHS: {{622 410 8873|NHS}}   {{Ward 12|K}}", font(S, 27))
    p.write(x, 174, "{{Leeds Teaching Hospitals|K}}   Adm {{03/03/2024|K}}", font(S, 25))
    p.barcode("LGI5508312", "Code128", 900, 214, scale=3, height=80)
    allergy = ImgPage(760, 120, bg=(205, 30, 40))
    allergy.write(30, 38, "ALLERGY: {{PENICILLIN|K}}", font(SB, 38), fill="white")
    bg = texture_bg(1700, 1000, (95, 125, 180), seed=3, kind="fabric")
    pg = compose(bg, [(p, 120, 170, 5.0), (allergy, 520, 640, -3.0)])
    pg = add_caption(pg, "Photo 4 of 12 - positive patient identification audit, {{Elderly Care Unit|K}}. Taken "
                         "{{05/03/2024|K}} by {{Dr C. Okonkwo|K}}; wristband checked against {{PAS|K}} record.",
                     font(S, 26))
    M.add_raster("wristband_photo", "Dr Chidinma Okonkwo", [pg], "wristband", "png")


# ------------------------------------------------------------------ h5-054 neonatal band, QR
@builder
def wristband_neonate(M):
    p, lb = band(1180, 330, strap=(240, 190, 210))
    x = lb[0] + 24
    p.write(x, 30, "BABY OF {{MHAIRI DUNBAR|RN}}", font(SB, 33))
    p.write(x, 80, "DOB {{02/01/2024|K}}  {{07:42|K}}  {{Male|K}}", font(S, 27))
    p.write(x, 124, "CHI {{0201249875|NHS}}", font(S, 27))
    p.write(x, 168, "Mother's unit no {{FV3301947|HN}}", font(S, 25))
    p.write(x, 214, "{{Forth Valley Royal Hospital|K}} NNU", font(S, 24))
    p.barcode("CHI:0201249875;MUN:FV3301947;BABY DUNBAR", "QRCode", 890, 38, scale=6)
    bg = texture_bg(1600, 1000, (236, 222, 160), seed=5, kind="fabric")
    pg = compose(bg, [(p, 160, 260, -7.0)])
    pg = add_caption(pg, "{{Neonatal Unit|K}} ID band with QR code, used on my {{NLS|K}} teaching slide "
                         "(birth weight {{3.1 kg|K}}). {{Dr Mariam Yusuf|K}}, {{Jan 2024|K}}.", font(S, 26))
    M.add_raster("wristband_photo", "Dr Mariam Yusuf", [pg], "baby-band", "jpeg")


# ------------------------------------------------------------------ h5-055 two specimen tube labels
@builder
def specimen_labels(M):
    def tube_label(name, dob, nhs, mrn, lab, tests, coll):
        p = ImgPage(820, 330, bg=(252, 252, 248))
        p.write(20, 14, name, font(SB, 30))
        p.write(20, 58, dob, font(S, 25))
        p.write(20, 96, nhs, font(S, 25))
        p.write(20, 134, mrn, font(S, 25))
        p.write(20, 172, tests, font(S, 25))
        p.write(20, 210, coll, font(S, 22))
        p.barcode(lab, "Code128", 450, 52, scale=2, height=90)
        p.write(480, 160, "Lab no {{%s|OID}}" % lab, font(MONO, 24))
        p.rect([2, 2, 817, 327], outline=(160, 160, 160), width=2)
        return p
    a = tube_label("{{WRÓBEL, Tadeusz|PN}}", "DOB {{03/10/1951|K}}  M", "NHS {{7214498302|NHS}}",
                   "{{APH/771203|HN}}", "24H0317845", "{{HbA1c|K}}  {{U&E|K}}",
                   "Coll {{22/08/2023|K}} 06:20 by {{bk|CN}}")
    b = tube_label("{{MAHMOUD, Yasmin|PN}}", "DOB {{29/06/1990|K}}  F", "NHS {{9434765870|NHS}}",
                   "{{APH/902218|HN}}", "24H0317851", "{{FBC|K}}  CRP  LFT",
                   "Coll 22/08/2023 07:05 by {{SMc|CN}}")
    bg = texture_bg(1800, 1150, (150, 155, 160), seed=8, kind="plain")
    pg = compose(bg, [(a, 90, 120, 3.0), (b, 840, 560, -2.0)])
    pg = add_caption(pg, "Sample labelling audit, {{Ward 35|K}}: 2 of 40 samples photographed before dispatch; both "
                         "correctly labelled. {{A. L. Ferreira|K}}", font(S, 26))
    M.add_raster("specimen_label_photo", "Dr Ana Lúcia Ferreira", [pg], "specimen-labels", "png")


# ------------------------------------------------------------------ h5-056 addressograph sheet (4 labels)
@builder
def addressograph_sheet(M):
    W, H = 1654, 1300
    p = ImgPage(W, H, bg=(255, 253, 240))
    p.write(70, 50, "Operative logbook - {{p. 37|K}} - {{Laparoscopic cholecystectomy|K}} - {{18/01/2024|K}}",
            font(SB, 28))
    p.write(70, 96, "Surgeon {{Mr R. K. Venkataraman|K}}   Code {{OPCS J18.3|K}}", font(S, 26))
    for i in range(4):
        x = 70 + (i % 2) * 780
        y = 190 + (i // 2) * 520
        p.rect([x, y, x + 740, y + 470], outline=(190, 190, 190), width=2)
        p.write(x + 24, y + 22, "{{ADESANYA-REID, Olufunke|PN}}", font(SB, 29))
        p.write(x + 24, y + 68, "DOB {{09/09/1976|K}}   {{Female|K}}", font(S, 25))
        p.write(x + 24, y + 106, "MRN {{RSH3372118|HN}}", font(S, 25))
        p.write(x + 24, y + 144, "NHS {{432 119 6604|NHS}}", font(S, 25))
        p.write(x + 24, y + 182, "{{7 Copthorne Drive|AD}}, {{Bayston Hill|AD}}", font(S, 25))
        p.write(x + 24, y + 220, "{{SY3 8LS|PC}}   GP: Dr {{Bose|CN}}", font(S, 25))
        p.write(x + 24, y + 258, "{{Royal Shrewsbury Hospital|K}}", font(S, 23))
        p.barcode("RSH3372118", "Code128", x + 40, y + 310, scale=3, height=110)
    p.scan(seed=11, noise=4, blur=0.4, angle=0.0, gray=False, speckle=0.0)
    M.add_raster("addressograph_sheet", "Mr Rajesh Kumar Venkataraman", [p], "addressograph", "png", dpi=200)


# ------------------------------------------------------------------ h5-057 drug chart photographed in perspective
@builder
def drug_chart_photo(M):
    W, H = 1240, 1240
    p = ImgPage(W, H, bg=(255, 252, 236))
    p.write(40, 30, "{{Riverside University Hospitals NHS Trust|K}}", font(SB, 28))
    p.write(40, 72, "INPATIENT PRESCRIPTION AND ADMINISTRATION RECORD   Chart 1 of 1", font(S, 23))
    p.rect([40, 120, 760, 420], outline="black", width=3)
    p.write(60, 138, "{{ASHWORTH-PRYCE, William|PN}}", font(SB, 30))
    p.write(60, 186, "DOB {{21/07/1939|K}}   Male", font(S, 26))
    p.write(60, 228, "MRN {{RUH0048812|HN}}", font(S, 26))
    p.write(60, 270, "NHS {{401 023 2137|NHS}}", font(S, 26))
    p.write(60, 312, "{{The Old Forge, Lower Millbrook Lane|AD}}", font(S, 24))
    p.write(60, 352, "{{Kelsby|AD}} {{KE12 6RD|PC}}", font(S, 24))
    p.barcode("RUH0048812|4010232137|ASHWORTH-PRYCE W", "QRCode", 800, 124, scale=5)
    p.rect([40, 440, 1200, 540], outline=(200, 0, 0), width=4)
    p.write(60, 466, "ALLERGIES: {{NKDA|K}}     {{Weight 68 kg|K}}     {{Ward 22|K}}", font(SB, 28), fill=(180, 0, 0))
    y = 570
    p.write(40, y, "REGULAR MEDICINES", font(SB, 26))
    rows = ["{{Madopar 125 mg|K}} oral QDS  06 10 14 18",
            "{{co-amoxiclav 1.2 g IV TDS|K}}  06 14 22",
            "{{clarithromycin 500 mg BD|K}} oral  08 20",
            "atorvastatin 20 mg ON  22"]
    for r in rows:
        y += 62
        p.line([(40, y - 8), (1200, y - 8)], fill=(120, 120, 120), width=1)
        p.write(50, y + 6, r, font(HAND, 28), fill=(20, 40, 140))
    y += 90
    p.write(40, y, "Prescriber: {{T. Chaudhry|K}}  bleep {{2214|PH}}   Pharmacist check: {{KO|CN}} 04/02/24",
            font(HAND, 27), fill=(20, 40, 140))
    bg = texture_bg(1600, 1400, (120, 80, 50), seed=13, kind="wood")
    p.perspective([(160, 110), (1430, 160), (1390, 1300), (190, 1250)], (1600, 1400), bg_img=bg)
    M.add_raster("drug_chart_photo", "Dr Tariq Mahmood Chaudhry", [p], "drug-chart", "jpeg")


# ------------------------------------------------------------------ h5-058 transfusion compatibility label
@builder
def transfusion_label(M):
    p = ImgPage(1180, 700, bg=(255, 255, 255))
    p.rect([4, 4, 1176, 696], outline=(0, 0, 0), width=3)
    p.write(24, 20, "BLOOD COMPONENT COMPATIBILITY LABEL", font(SB, 30))
    p.write(24, 64, "{{Kingsgate Women's Unit|K}} Blood Bank", font(S, 24))
    p.write(24, 112, "Patient: {{KHUMALO, Nomvula|PN}}", font(SB, 28))
    p.write(24, 156, "DOB {{11/09/1992|K}}   Hosp no {{KWU-902117|HN}}", font(S, 26))
    p.write(24, 198, "NHS {{519 840 2263|NHS}}", font(S, 26))
    p.barcode("KWU-902117", "Code128", 720, 110, scale=3, height=80)
    p.line([(20, 250), (1160, 250)], width=2)
    p.write(24, 270, "Component: {{Red cells|K}}   Group {{O RhD positive|K}}", font(S, 26))
    p.write(24, 314, "Unit no: {{G1234 24 567890|OID}}", font(S, 26))
    p.barcode("G123424567890", "Code128", 24, 360, scale=3, height=90)
    p.write(24, 480, "Crossmatched by {{S. Patel|CN}} (BMS)  {{14/04/2024|K}} 23:50", font(S, 25))
    p.write(24, 522, "Expiry {{17/04/2024|K}}   Transfuse within {{4 hours|K}} of removal", font(S, 25))
    p.write(24, 600, "Checked at bedside by: {{L. Mokoena|CN}} / {{K. Asante-Boateng|CN}}", font(HAND, 26),
            fill=(20, 40, 140))
    bg = texture_bg(1500, 1050, (230, 190, 195), seed=17, kind="plain")
    pg = compose(bg, [(p, 150, 140, -3.0)])
    pg = add_caption(pg, "Major obstetric haemorrhage case (M&M): compatibility label of the second unit. "
                         "Photographed by {{Dr Nadia Haddad|K}}.", font(S, 26))
    M.add_raster("transfusion_label_photo", "Dr Nadia Haddad", [pg], "transfusion-label", "png")


# ------------------------------------------------------------------ h5-059 pharmacy dispensing label, QR with URL
@builder
def pharmacy_label(M):
    p = ImgPage(1240, 520, bg=(255, 255, 255))
    p.write(24, 20, "{{Apixaban 5 mg tablets|K}}   {{56|K}}", font(SB, 32))
    p.write(24, 70, "Take {{ONE tablet TWICE a day|K}}", font(S, 29))
    p.write(24, 114, "{{Warning|K}}: read the leaflet. Do not stop taking unless told to.", font(S, 23))
    p.write(24, 160, "{{Mr Ebenezer Quaye|PN}}        {{02/09/2024|K}}", font(SB, 27))
    p.write(24, 210, "{{Keep out of the reach and sight of children|K}}", font(S, 23))
    p.line([(20, 252), (1220, 252)], width=2)
    p.write(24, 266, "{{Hillside Pharmacy|AD}}, {{14 Market Street, Bingley|AD}} {{BD16 2HP|PC}}", font(S, 23))
    p.write(24, 304, "Tel {{01274 960884|PH}}", font(S, 23))
    p.write(24, 350, "Scan for your medicine information:", font(S, 22))
    p.write(24, 388, "{{medsinfo.hillsidepharmacy.co.uk/r/7KX2Q9PL|URL}}", font(MONO, 22))
    p.barcode("https://medsinfo.hillsidepharmacy.co.uk/r/7KX2Q9PL", "QRCode", 960, 250, scale=5)
    bg = texture_bg(1650, 1000, (170, 120, 70), seed=19, kind="wood")
    pg = compose(bg, [(p, 170, 210, 4.0)])
    pg = add_caption(pg, "Medicines reconciliation case ({{AMU|K}}): the dispensing label showed the dose the patient was "
                         "actually taking. {{Dr G. Mwangi|K}}", font(S, 26))
    M.add_raster("pharmacy_label_photo", "Dr Grace Mwangi", [pg], "pharmacy-label", "jpeg")


# ------------------------------------------------------------------ h5-060 ED attendance card header
@builder
def ed_card(M):
    p = ImgPage(1300, 720, bg=(255, 255, 255))
    p.d.rectangle([0, 0, 1300, 70], fill=(0, 94, 184))
    p.write(24, 16, "NNUH EMERGENCY DEPARTMENT - ATTENDANCE", font(SB, 30), fill="white")
    p.write(24, 90, "{{Norfolk and Norwich University Hospital|K}}", font(S, 25))
    p.write(24, 134, "Attendance: {{ED/23/0884127|HN}}", font(SB, 28))
    p.barcode("ED/23/0884127", "Code128", 760, 92, scale=3, height=90)
    p.write(24, 184, "Arrived {{21:47|K}}  {{27/10/2023|K}}   Triage {{Cat 2|K}}", font(S, 26))
    p.write(24, 232, "Name: {{LEWANDOWSKI, Wojciech|PN}}", font(SB, 28))
    p.write(24, 278, "DOB {{26/06/1988|K}}   M", font(S, 26))
    p.write(24, 322, "Address: {{43a Unthank Road, Norwich|AD}} {{NR2 2PE|PC}}", font(S, 26))
    p.write(24, 366, "GP: Dr {{H. Aldous|CN}}", font(S, 26))
    p.write(24, 410, "NOK: {{Marta Lewandowska|RN}} (wife)  {{07700 900777|PH}}", font(S, 26))
    p.line([(20, 460), (1280, 460)], width=2)
    p.write(24, 478, "PC: {{?stroke|K}} - R arm weakness, slurred speech", font(HAND, 28), fill=(20, 20, 120))
    p.write(24, 526, "{{NIHSS 7|K}}  ROSIER +4  CT/CTA 22:05", font(HAND, 28), fill=(20, 20, 120))
    p.write(24, 580, "Seen by {{Dr L. W. Zhang|K}} 21:55", font(HAND, 28), fill=(20, 20, 120))
    p.photo([1090, 470, 1270, 690], "patient photograph (EPR identity photo)", kind="face", seed=5)
    bg = texture_bg(1600, 1000, (70, 85, 105), seed=23, kind="plain")
    pg = compose(bg, [(p, 140, 120, 2.0)])
    M.add_raster("ed_card_photo", "Dr Li Wei Zhang", [pg], "ed-card", "png")


# ------------------------------------------------------------------ h5-061 radiology request form (TIFF) with QR
@builder
def xray_request(M):
    W, H = 1240, 1754
    p = ImgPage(W, H)
    p.write(80, 70, "{{Southmead Hospital|K}} - Imaging Department", font(SB, 32))
    p.write(80, 120, "RADIOLOGY REQUEST (ICE order)", font(S, 28))
    p.barcode("ORD-RAD-2502-448193", "QRCode", 960, 50, scale=5)
    p.write(80, 176, "Order: {{ORD-RAD-2502-448193|REF}}", font(MONO, 25))
    p.rect([80, 230, 1160, 560], outline="black", width=2)
    p.write(100, 250, "Patient: {{FAIRWEATHER, Rose Margaret|PN}}", font(SB, 28))
    p.write(100, 300, "DOB: {{03/05/1933|K}}   Sex: {{Female|K}}", font(S, 26))
    p.write(100, 346, "MRN: {{NBT4408291|HN}}   NHS: {{5032187746|NHS}}", font(S, 26))
    p.write(100, 392, "Location: Ward {{Gate 33b|K}}", font(S, 26))
    p.write(100, 438, "Address: {{Flat 4, Cotham Lodge, Redland|AD}}, {{Bristol|AD}} {{BS6 6JQ|PC}}", font(S, 25))
    p.write(100, 484, "Contact: daughter {{Heather Fairweather|RN}} {{0117 496 0381|PH}}", font(S, 25))
    p.write(80, 600, "Examination: {{XR Pelvis AP + R hip lateral|K}}", font(SB, 27))
    p.para(80, 650, 1080, "Clinical details: fall at home, shortened and externally rotated R leg, {{?#NOF|K}}. "
                          "On apixaban. Mobile with frame.", font(S, 26))
    p.write(80, 760, "Pregnancy status: not applicable", font(S, 26))
    p.write(80, 810, "Requester: {{Ms I. Popescu|K}} (T&O)  bleep {{6621|PH}}", font(S, 26))
    p.write(80, 860, "Justified under {{IR(ME)R 2017|K}} by: {{J. Okafor|CN}} (radiographer)", font(S, 26))
    p.write(80, 1600, "Page 1 of 1", font(S, 22))
    p.scan(seed=29, noise=7, blur=0.5, angle=0.6)
    M.add_raster("xray_request_scan", "Ms Ioana Popescu", [p], "xray-request", "tiff")


# ------------------------------------------------------------------ h5-062 histology pot label, 8 degrees
@builder
def histology_label(M):
    p = ImgPage(980, 420, bg=(255, 255, 255))
    p.write(20, 16, "{{Royal Shrewsbury Hospital|K}} Cellular Pathology", font(S, 24))
    p.write(20, 56, "{{SEKERCI, Mehmet Ali|PN}}", font(SB, 30))
    p.write(20, 102, "DOB {{19/10/1972|K}}   {{RSH7730914|HN}}", font(S, 26))
    p.write(20, 146, "Specimen: {{Right hemicolectomy|K}}", font(S, 26))
    p.write(20, 190, "Fixative: {{10% formalin|K}}   Date {{29/02/2024|K}}", font(S, 24))
    p.write(20, 232, "Sender: {{Mr R. Venkataraman|K}}", font(S, 24))
    p.write(20, 370, "Lab no {{H24-11873|OID}}", font(MONO, 26))
    p.barcode("H24-11873", "Code128", 470, 270, scale=3, height=80)
    bg = texture_bg(1500, 1000, (230, 200, 60), seed=31, kind="plain")
    pg = compose(bg, [(p, 180, 150, 8.0)])
    pg = add_caption(pg, "Specimen pot label for the case discussed at the colorectal {{MDT|K}} "
                         "(histology {{pT2 N0|K}}).", font(S, 26))
    M.add_raster("histology_label_photo", "Mr Rajesh Kumar Venkataraman", [pg], "histology-label", "png")


# ------------------------------------------------------------------ h5-063 ward whiteboard photo (no barcode)
@builder
def whiteboard(M):
    W, H = 1500, 1000
    p = ImgPage(W, H, bg=(246, 248, 250))
    p.rect([0, 0, W - 1, H - 1], outline=(150, 150, 160), width=10)
    pen = font(HAND, 34)
    p.write(40, 30, "{{AMU|K}} - BAY A & B       Date: {{14/10/2024|K}}", font(SB, 34), fill=(30, 30, 30))
    p.write(40, 80, "NIC: {{Precious|CN}}    Dr: {{Dr O. Adebayo-Martins|K}}    Cons: {{Dr Abigail Stanhope|K}}",
            font(S, 28), fill=(30, 30, 30))
    rows = [("A1", "{{Doreen|PN}} {{Pickles|PN}}", "{{EDD 16/10|K}}  OT assess", (20, 60, 170)),
            ("A2", "Mr {{Hussain|PN}}", "{{NBM|K}} - OGD am", (190, 30, 30)),
            ("A3", "{{Bill T.|PN}}", "{{falls risk|K}}  bed rails", (20, 60, 170)),
            ("A4", "{{Gwen PRICE|PN}}", "CTPA 14:00  {{Wells 6|K}}", (20, 120, 60)),
            ("B1", "{{Tariq A-K|PN}}", "DKA - {{FRIII|K}}", (190, 30, 30)),
            ("B2", "{{Lilian|PN}} (\"{{Nan|PN}}\")", "dtr {{Stacey|RN}} to ring", (20, 60, 170)),
            ("B3", "empty - clean", "", (60, 60, 60)),
            ("B4", "Mr {{Whelan|PN}}", "{{CURB-65 3|K}} - O2 2L", (20, 120, 60))]
    y = 150
    for bed, name, note, col in rows:
        p.line([(30, y - 8), (W - 30, y - 8)], fill=(200, 200, 210), width=2)
        p.write(50, y, bed, font(SB, 32), fill=(40, 40, 40))
        p.write(170, y, name, pen, fill=col)
        p.write(720, y, note, pen, fill=col)
        y += 92
    bg = texture_bg(1700, 1200, (200, 196, 186), seed=37, kind="plain")
    p.perspective([(110, 90), (1560, 140), (1590, 1110), (80, 1060)], (1700, 1200), bg_img=bg)
    pg = add_caption(p, "Board-round teaching on {{AMU|K}}: photograph of the bay board (to show the flow format). "
                        "Verified by {{Dr Abigail Stanhope|K}}.", font(S, 28))
    M.add_raster("whiteboard_photo", "Dr Oluwaseun Adebayo-Martins", [pg], "whiteboard", "jpeg")
