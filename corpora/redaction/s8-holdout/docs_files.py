# File documents for make_files.py. All people and numbers invented.
import random

def build(g):
    Page, transform, save_raster, PdfDoc = g["Page"], g["transform"], g["save_raster"], g["PdfDoc"]
    qr_img, c128_img, docx_record, plain, Image, ImageDraw = g["qr_img"], g["c128_img"], g["docx_record"], g["plain"], g["Image"], g["ImageDraw"]
    import docx
    from docx.shared import Pt
    OUT = g["OUT"]

    # 56 wristband photo (PNG): Code128 of hospital number
    p = Page(1200, 420, bg=(226, 222, 214))
    p.d.rounded_rectangle([40, 90, 1160, 330], radius=40, fill=(250, 250, 247), outline=(180, 180, 180), width=3)
    p.text(80, 112, "[[OKONKWO-BALOGUN, Chiamaka|P]]", "sansb", 30)
    p.text(80, 158, "DOB: {{14/08/1987}}   F   Hosp No: [[RXH2291046|H]]", "sans", 22)
    p.text(80, 192, "NHS: [[612 883 4410|N]]   {{Royal Sussex County Hospital}}", "sans", 22)
    p.text(80, 226, "ALLERGY: {{PENICILLIN}}   Ward {{Level 8A}} / Bed {{17}}", "sansb", 20, fill=(170, 10, 10))
    p.code128(760, 250, "RXH2291046", h=64)
    p.text(80, 290, "{{Dr E. Fairweather}} (portfolio copy)", "obl", 16, fill=(60, 60, 60))
    transform(p, angle=2.0, noise=6, blur=0.6)
    save_raster("h8-056", "h8-056-wristband.png", "png", "wristband_photo", "Dr Emily Fairweather", [p])

    # 57 addressograph label sheet (PNG) 3 labels, Code128 + QR
    p = Page(1240, 900)
    p.text(40, 20, "Addressograph labels - spare sheet filed in notes (applicant {{Dr Hamza Al-Rawi}})", "sans", 18)
    pts = [("[[TREGENZA, Morwenna Jane|P]]", "[[RBH770315|H]]", "RBH770315", "[[450 112 9983|N]]", "{{03/03/1931}}", "[[Flat 2, 9 Poole Road|A]]", "[[BH4 9DN|PC]]"),
           ("[[MWANGI, Joseph Kamau|P]]", "[[RBH771840|H]]", "RBH771840", "[[450 118 2207|N]]", "{{21/12/1944}}", "[[66 Christchurch Road|A]]", "[[BH1 3PD|PC]]"),
           ("[[PEREIRA DOS SANTOS, Ines|P]]", "[[RBH772006|H]]", "RBH772006", "[[450 119 7461|N]]", "{{09/07/1938}}", "[[Rosa Mystica, Wick Lane|A]]", "[[BH6 4JX|PC]]")]
    y = 70
    for i, (nm, hn, hv, nhs, dob, a1, pc) in enumerate(pts):
        p.rect([30, y, 1210, y + 260], outline=(120, 120, 120), width=2)
        p.text(50, y + 16, nm, "sansb", 26)
        p.text(50, y + 58, "Hosp: " + hn + "   NHS: " + nhs, "mono", 22)
        p.text(50, y + 94, "DOB " + dob + "   " + ("F" if i != 1 else "M") + "   {{Ward 4 (Orthogeriatrics)}}", "sans", 20)
        p.text(50, y + 128, a1 + ", [[Bournemouth|A]] " + pc, "sans", 20)
        p.code128(50, y + 170, hv, h=70)
        if i == 1:
            p.qr(1040, y + 40, "PAS:" + hv + "|NHS:4501182207", box_size=5)
        y += 280
    transform(p, noise=4)
    save_raster("h8-057", "h8-057-addressograph.png", "png", "addressograph_labels", "Dr Hamza Al-Rawi", [p])

    # 58 specimen label (PNG) Code128 accession + QR
    p = Page(900, 420)
    p.rect([10, 10, 890, 410], outline=(0, 0, 0), width=2)
    p.text(30, 26, "HAEMATOLOGY   {{EDTA}}   {{FBC}} {{HbA1c}}", "sansb", 24)
    p.text(30, 70, "[[NG, Siu Wah|P]]   [[L0103377|H]]", "mono", 26)
    p.text(30, 110, "DOB {{11/02/1973}}  F   NHS [[703 558 2014|N]]", "mono", 22)
    p.text(30, 146, "Lab no [[23.0419.H08812|O]]   Coll {{19/04/2023 08:40}}  by [[JR|C]]", "mono", 20)
    p.code128(30, 190, "23.0419.H08812", h=90, module=3)
    p.qr(700, 180, "L0103377", box_size=6)
    p.text(30, 330, "Req: {{Dr Kofi Boateng}} / {{Leicester Royal Infirmary}} {{Ward 27}}", "sans", 18)
    transform(p, angle=-1.2, noise=5)
    save_raster("h8-058", "h8-058-specimen-label.png", "png", "specimen_label", "Dr Kofi Boateng", [p])

    # 59 scanned clinic letter (image-only PDF, rotated, grey, noisy)
    p = Page(1240, 1754)
    p.text(700, 80, "{{Queen Elizabeth University Hospital}}", "libb", 26)
    p.text(700, 116, "Department of Respiratory Medicine", "lib", 22)
    p.lines(100, 230, ["Our ref: [[RESP/PL/77123|REF]]", "Date dictated: {{02/03/2022}}", "",
                       "Dr [[Eilidh Macpherson|C]]", "[[Govan Health Centre|A]]", "[[5 Drumoyne Road|A]]", "[[Glasgow|A]] [[G51 4BJ|PC]]", "",
                       "Dear Dr [[Macpherson|C]]", "",
                       "Re: [[Przemysław Lewandowski|P]]  DOB {{27/10/1979}}  CHI [[2710794418|N]]",
                       "[[Flat 0/1, 120 Paisley Road West|A]], [[G51 1LF|PC]]", "",
                       "Diagnosis: {{severe asthma}}, {{eosinophils 0.62}}, {{FeNO 68 ppb}}, {{ACQ-6 3.2}}",
                       "I saw Mr [[Lewandowski|P]] with his partner [[Agata|R]] today. He works nights at a",
                       "distribution warehouse. Despite {{Fostair 200/6}} two puffs bd and {{montelukast 10 mg}}",
                       "he has needed 3 courses of {{prednisolone 40 mg}} this year. I have referred him for",
                       "{{benralizumab 30 mg}} (biologic MDT, ref [[BIO-22-0341|REF]]).", "",
                       "Yours sincerely", "", "{{Dr Pooja Lakshmanan}}", "Specialty Doctor, Respiratory Medicine (GMC {{7455021}})"],
            "libserif", 26, lh=40)
    p.text(100, 1650, "Page {{1 of 1}}", "libserif", 20)
    transform(p, angle=1.3, noise=14, blur=0.7, grey=(0.82, 18))
    save_raster("h8-059", "h8-059-scanned-letter.pdf", "pdf", "scanned_clinic_letter", "Dr Pooja Lakshmanan", [p])

    # 60 scanned discharge summary, 2 pages image-only PDF
    p1 = Page(1240, 1754); p2 = Page(1240, 1754)
    p1.text(80, 70, "DISCHARGE LETTER - {{Ninewells Hospital}} - Surgical Admissions", "sansb", 26)
    p1.lines(80, 150, ["Patient: [[MacKINNON, Ealasaid|P]]   DOB {{30/06/1956}}   F",
                       "CHI: [[3006565123|N]]     Unit no: [[NW0081123|H]]",
                       "Address: [[2 Baxter Park Terrace|A]], [[Dundee|A]] [[DD4 6NL|PC]]",
                       "GP: Dr [[Callander|C]], [[Lochee Health Centre|A]]",
                       "Admitted {{11/11/2022}}   Discharged {{16/11/2022}}   Ward {{Ward 7}}",
                       "", "Diagnosis: {{acute gallstone pancreatitis}} ({{Glasgow-Imrie 2}})",
                       "Procedure: {{ERCP}} + {{sphincterotomy}} {{13/11/2022}} (Dr [[Fyfe|C]])",
                       "", "Medications on discharge:", "  {{paracetamol 1 g}} qds prn", "  {{omeprazole 20 mg}} od",
                       "", "Follow up: interval {{laparoscopic cholecystectomy}} within 2 weeks",
                       "Next of kin: [[Ruaridh MacKinnon|R]] (son) [[07700 900 378|T]]"], "sans", 24, lh=44)
    p1.text(80, 1660, "{{Dr Tadhg Ó Conchúir}}   page {{1/2}}", "sans", 20)
    p2.lines(80, 100, ["[[MacKINNON, Ealasaid|P]]  [[NW0081123|H]]  (continued)", "",
                       "Bloods on discharge: {{amylase 88}}, {{CRP 41}}, {{bilirubin 19}}, {{ALT 64}}",
                       "Antibiotics: none (no cholangitis).", "",
                       "Discussed with her daughter [[Peigi|R]] by phone.",
                       "Letter copied to: Mr [[Gilchrist|C]], Consultant HPB Surgeon", "",
                       "Completed by: {{Dr Tadhg Ó Conchúir}}, Surgical Specialty Doctor, GMC {{7290134}}",
                       "Verified: {{Mr Alasdair Robertson}}"], "sans", 24, lh=44)
    p2.text(80, 1660, "{{Dr Tadhg Ó Conchúir}}   page {{2/2}}", "sans", 20)
    transform(p1, angle=-0.8, noise=12, blur=0.5, grey=(0.85, 15))
    transform(p2, angle=0.9, noise=12, blur=0.5, grey=(0.85, 15))
    save_raster("h8-060", "h8-060-scanned-discharge.pdf", "pdf", "scanned_discharge_summary", "Dr Tadhg Ó Conchúir", [p1, p2])

    # 61 digital PDF, 3 pages: ENT logbook / clinic summary with header on each page
    d = PdfDoc(OUT + "/h8-061-logbook-export.pdf")
    rows = [("{{03/01/2023}}", "[[NUTH-449120|H]]", "{{34F}}", "{{FESS}} + {{septoplasty}}", "P", "Mr [[Abernethy|C]] (asst)"),
            ("{{10/01/2023}}", "[[NUTH-449833|H]]", "{{7M}}", "{{adenotonsillectomy}}", "P", "-"),
            ("{{17/01/2023}}", "[[NUTH-450012|H]]", "{{62M}}", "{{microlaryngoscopy + biopsy}}", "S-TS", "-"),
            ("{{24/01/2023}}", "[[NUTH-450551|H]]", "{{45F}}", "{{thyroid lobectomy}}", "S-TU", "Dr [[Oyinkansola|C]] (FY2)"),
            ("{{31/01/2023}}", "[[NUTH-451104|H]]", "{{29M}}", "{{drainage of quinsy}}", "P", "-"),
            ("{{07/02/2023}}", "[[NUTH-451270|H]]", "{{3F}}", "{{grommet insertion}} bilat", "P", "mum [[Stacey|R]] consented"),
            ("{{14/02/2023}}", "[[NUTH-451988|H]]", "{{71M}}", "{{panendoscopy}}", "A", "-"),
            ("{{21/02/2023}}", "[[NUTH-452300|H]]", "{{52F}}", "{{parotidectomy}} (superficial)", "S-TS", "-")]
    for pg in range(3):
        if pg: d.newpage()
        d.text(40, 30, "eLogbook export - {{Dr Eleni Papadopoulou}} (GMC {{7551208}}) - ENT - {{Freeman Hospital}}", "sansb", 10)
        d.line(40, 48, 555, 48)
        y = 64
        if pg == 0:
            d.text(40, y, "Code: P = performed, S-TS = supervised trainer scrubbed, S-TU = unscrubbed, A = assisted", "sans", 8); y += 20
        for r in rows[pg * 3:(pg + 1) * 3] if pg < 2 else rows[6:]:
            d.text(40, y, r[0], "sans", 9); d.text(110, y, r[1], "mono", 9); d.text(200, y, r[2], "sans", 9)
            d.text(240, y, r[3], "sans", 9); d.text(420, y, r[4], "sans", 9); d.text(455, y, r[5], "sans", 8); y += 22
        if pg == 1:
            y += 10
            d.lines(40, y, ["Note: case [[NUTH-450551|H]] complicated by {{recurrent laryngeal nerve}} palsy (temporary).",
                            "Patient (Mrs [[Halvorsen|P]]) reviewed in clinic with {{flexible nasendoscopy}} at 6 weeks."], "sans", 9)
        if pg == 2:
            d.lines(40, y + 20, ["Totals: 412 procedures; index procedures per {{ISCP}} ENT curriculum.",
                                 "Verified by: {{Mr Gareth Hollis}}, Consultant ENT Surgeon"], "sans", 9)
        d.text(40, 800, "Page {{%d of 3}}" % (pg + 1), "sans", 8)
    d.save("h8-061", "h8-061-logbook-export.pdf", "logbook_export_pdf", "Dr Eleni Papadopoulou")

    # 62 digital PDF: complaint response (single page)
    d = PdfDoc(OUT + "/h8-062-complaint-response.pdf")
    d.text(330, 40, "{{Belfast Health and Social Care Trust}}", "sansb", 11)
    d.text(330, 56, "Complaints Department, {{Royal Victoria Hospital}}", "sans", 9)
    d.lines(50, 100, ["Our Ref: [[BHSCT/CMP/23/00812|REF]]      Your Ref: [[NIPSO-202300441|REF]]", "{{14 September 2023}}", "",
                      "Mrs [[Róisín Ní Dhónaill-Quinn|R]]", "[[45 Glen Road|A]]", "[[Andersonstown|A]]", "[[BT11 8BU|PC]]", "",
                      "Dear Mrs [[Ní Dhónaill-Quinn|R]]", "",
                      "Re: [[Eoghan Quinn|P]], H&C number [[328 774 1029|N]], date of birth {{05/02/2009}}", "",
                      "Thank you for raising your concerns about your son's care in the Children's Emergency",
                      "Department on {{02 July 2023}}. As the paediatric registrar on duty I have reviewed the",
                      "records. [[Eoghan|P]] was triaged at 21:12 ({{Manchester Triage}} category 3) with",
                      "{{right iliac fossa pain}}; his {{Paediatric Appendicitis Score}} was {{6}}.",
                      "The surgical team (Mr [[Okeke-Daniels|C]]) reviewed him at 02:30 and he had a",
                      "{{laparoscopic appendicectomy}} the next morning. I accept the wait was too long and that",
                      "Dr [[Paddy McGuigan|C]] should have escalated sooner. Your sister [[Orla|R]] was told",
                      "incorrectly that he would go home. I am sorry.", "",
                      "Yours sincerely", "", "{{Dr Ciarán Ó Dochartaigh}}",
                      "Paediatric Registrar (GMC {{7480512}})",
                      "cc {{Dr Alison McCrea}}, Clinical Lead (verifier)"], "serif", 10, lh=15)
    d.text(50, 800, "{{Dr Ciarán Ó Dochartaigh}} - portfolio evidence - page {{1}}", "sans", 7)
    d.save("h8-062", "h8-062-complaint-response.pdf", "complaint_response_pdf", "Dr Ciarán Ó Dochartaigh")

    # 63 digital PDF: ePortfolio DOPS print with QR link
    d = PdfDoc(OUT + "/h8-063-eportfolio-dops.pdf")
    d.text(40, 30, "Kaizen ePortfolio - {{DOPS}} - printed {{12/06/2024}}", "sansb", 12)
    d.lines(40, 60, ["Trainee: {{Dr Aroha Ngata-Whitfield}}   GMC {{7712004}}   Specialty: Dermatology",
                     "Assessor: {{Dr Penelope Ashdown}} (Consultant Dermatologist)",
                     "Procedure: {{punch biopsy 4 mm}}, {{incisional biopsy}} left shin",
                     "Patient: [[Mrs Lolita Dimaculangan|P]] ([[L.D.|P]]), {{67F}}, hosp no [[SGH-00918822|H]]",
                     "Indication: ?{{pyoderma gangrenosum}} vs {{vasculitis}}; {{lidocaine 1% with adrenaline}} 2 ml",
                     "Outcome: competent - no prompting required.",
                     "Comments: consent well taken; the patient's granddaughter [[Kristine|R]] helped with Tagalog.",
                     "Record link: [[https://kaizen.example-nhs.uk/r/7d1e-44aa-91f2|U]]"], "sans", 10, lh=16)
    q = qr_img("https://kaizen.example-nhs.uk/r/7d1e-44aa-91f2", box=6)
    d.image(q, 420, 220, 120, 120, ent=("https://kaizen.example-nhs.uk/r/7d1e-44aa-91f2", "QRCode"))
    d.text(40, 360, "Signed off: {{Dr Penelope Ashdown}} {{13/06/2024}}   page {{1/1}}", "sans", 9)
    d.save("h8-063", "h8-063-eportfolio-dops.pdf", "eportfolio_print_pdf", "Dr Aroha Ngata-Whitfield")

    # 64 DOCX: audit data with tables
    lines = ["Re-audit of {{VTE risk assessment}} within {{14 hours}} of admission - {{Princess Royal Hospital, Telford}}",
             "Auditor: {{Dr Xu Yiming}} (GMC {{7630087}}), supervisor {{Dr Gillian Matheson}}",
             "Standard: {{NICE NG89}}; target {{95%}}. Result {{88%}} (44/50)."]
    table = [["No", "Unit no", "Initials", "Age", "Ward", "RA done (h)", "Clerked by"],
             ["1", "[[PRH-3320187|H]]", "[[K.W.|P]]", "{{81y}}", "{{Ward 10}}", "{{6 h}}", "Dr [[Abiodun Fashola|C]]"],
             ["2", "[[PRH-3320911|H]]", "[[S-A.M.|P]]", "{{35y}}", "{{Ward 24}}", "none", "Dr [[Vikram Nair|C]]"],
             ["3", "[[PRH-3321448|H]]", "[[D.Mc.|P]]", "{{77y}}", "{{AMU}}", "{{19 h}}", "locum (agency ID [[AG-77812|O]])"],
             ["4", "[[PRH-3321502|H]]", "[[Ivy Blessing|P]]", "{{58y}}", "{{Ward 10}}", "{{3 h}}", "{{Dr Xu Yiming}}"]]
    tail = ["Case 2 had a PE on day 9 (Datix [[SATH-DX-66120|REF]]); discussed at M&M. Family ([[Mr Mbatha|R]]) informed.",
            "Actions: e-prompt on {{Sunrise}} EPR; teaching at FY induction."]
    tail[0] = tail[0].replace("[[Mr Mbatha|R]]", "Mr [[Mbatha|R]]")
    doc = docx.Document(); doc.add_heading(plain(lines[0]), level=1)
    for l in lines[1:]: doc.add_paragraph(plain(l))
    t = doc.add_table(rows=len(table), cols=len(table[0])); t.style = "Table Grid"
    for i, row in enumerate(table):
        for j, cell in enumerate(row): t.cell(i, j).text = plain(cell)
    for l in tail: doc.add_paragraph(plain(l))
    doc.sections[0].header.paragraphs[0].text = "Dr Xu Yiming - audit evidence"
    doc.save(OUT + "/h8-064-vte-audit.docx")
    docx_record("h8-064", "h8-064-vte-audit.docx", "audit_docx", "Dr Xu Yiming", lines + [c for r in table for c in r] + tail)

    # 65 DOCX: rota with swaps
    lines = ["Paediatrics middle-grade rota - {{Evelina London Children's Hospital}} - {{December 2023}}",
             "Rota co-ordinator: [[Sade Ogunbiyi|C]] ([[sade.ogunbiyi@gstt.nhs.uk|E]], ext 020 7946 0[[|C]]"]
    lines[1] = "Rota co-ordinator: [[Sade Ogunbiyi|C]] ([[sade.ogunbiyi@gstt.nhs.uk|E]], [[020 7946 0552|T]])"
    table = [["Date", "Day", "Long day", "Night", "Swap / note"],
             ["{{01/12/2023}}", "Fri", "{{Dr Kemi Adeyinka-Lowe}}", "Dr [[Jamal Haddad|C]]", ""],
             ["{{02/12/2023}}", "Sat", "Dr [[Bui Thi Ngoc|C]]", "{{Dr Kemi Adeyinka-Lowe}}", "swap w/ [[Ngoc|C]] agreed"],
             ["{{03/12/2023}}", "Sun", "Dr [[Haddad|C]]", "Dr [[Ciara Mulvihill|C]]", "LTFT 60%"],
             ["{{04/12/2023}}", "Mon", "Dr [[Mulvihill|C]]", "{{Dr K. Adeyinka-Lowe}}", "exception report [[ER-GSTT-9912|REF]]"]]
    tail = ["Approved: {{Dr Marcus Fairclough}}, Rota Lead Consultant. Prepared for {{Dr Kemi Adeyinka-Lowe}}'s portfolio ({{KAL}})."]
    doc = docx.Document(); doc.add_paragraph(plain(lines[0])).runs[0].bold = True; doc.add_paragraph(plain(lines[1]))
    t = doc.add_table(rows=len(table), cols=5); t.style = "Table Grid"
    for i, row in enumerate(table):
        for j, cell in enumerate(row): t.cell(i, j).text = plain(cell)
    doc.add_paragraph(plain(tail[0]))
    doc.save(OUT + "/h8-065-rota.docx")
    docx_record("h8-065", "h8-065-rota.docx", "rota_docx", "Dr Kemi Adeyinka-Lowe", lines + [c for r in table for c in r] + tail)

    # 66 DOCX: adult safeguarding referral form (table layout)
    table = [["Adult at risk", "[[Gheorghe Moldovan|P]] (known as '[[Gică|P]]')"],
             ["Date of birth / gender", "{{12/03/1950}} / male"],
             ["Address", "[[Room 4, Birchwood House, 19 Victoria Avenue|A]], [[Rushden|A]] [[NN10 0AS|PC]]"],
             ["NHS number", "[[733 019 8842|N]]"],
             ["Alleged person causing harm", "nephew [[Florin Moldovan|R]], mobile [[07700 900 117|T]]"],
             ["Category", "{{financial abuse}}; {{self-neglect}}"],
             ["Capacity", "Has capacity for this decision (assessed {{21/08/2023}}, {{Mental Capacity Act 2005}})"],
             ["Referrer", "{{Dr Oana Ciobanu}}, Specialty Doctor Older People's Medicine, {{Kettering General Hospital}}, GMC {{7540190}}"],
             ["Local authority ref", "[[NNC-ASC-23-118802|REF]]"],
             ["Others informed", "GP Dr [[Wheatcroft|C]]; ward sister [[Mandy Pell|C]]"]]
    doc = docx.Document(); doc.add_heading("Adult Safeguarding Concern Form (Care Act 2014, s.42)", level=2)
    t = doc.add_table(rows=len(table), cols=2); t.style = "Table Grid"
    for i, row in enumerate(table):
        for j, cell in enumerate(row): t.cell(i, j).text = plain(cell)
    doc.add_paragraph("Summary: Mr Moldovan reports his pension card is held by a relative; {{weight loss 6 kg}}; {{MUST 2}}.".replace("Mr Moldovan", "Mr [[Moldovan|P]]") and plain("Summary: Mr [[Moldovan|P]] reports his pension card is held by a relative; {{weight loss 6 kg}}; {{MUST 2}}."))
    doc.save(OUT + "/h8-066-safeguarding.docx")
    docx_record("h8-066", "h8-066-safeguarding.docx", "safeguarding_docx", "Dr Oana Ciobanu",
                [c for r in table for c in r] + ["Summary: Mr [[Moldovan|P]] reports his pension card is held by a relative; {{weight loss 6 kg}}; {{MUST 2}}."])

    # 67 JPEG whiteboard photo (ward board)
    p = Page(1600, 1000, bg=(236, 238, 234))
    p.d.rectangle([60, 50, 1540, 950], fill=(246, 247, 244), outline=(140, 140, 140), width=6)
    p.text(100, 80, "{{WARD 23 - ACUTE STROKE UNIT}}   nurse in charge: [[Jaspreet|C]]", "sansb", 34, fill=(10, 40, 150))
    rows = ["{{B1}}  [[Mr Adeyemi-Cole|P]]   {{TIA}} clinic f/u, for home", "{{B2}}  [[LIDIA|P]]  {{thrombolysed}} 09:15 {{NIHSS 8}}->{{3}}",
            "{{B3}}  [[Wong Ka Yan|P]]  {{NG fed}}, {{SALT}} Tues", "{{B4}}  [[Pat Costigan|P]]  {{PEG}} ? - family mtg w/ [[Noreen|R]] 2pm",
            "{{B5}}  [[Iolo|P]]  {{AF}} - {{apixaban}} d14", "{{B6}}  empty (clean)",
            "{{SR1}}  [[Mrs Okafor-Ruiz|P]]  {{C.diff}} - side room", "Doc: {{Dr Anwen Rees-Bakare}} (Reg)  /  bleep [[2235|T]]"]
    rows[0] = rows[0].replace("[[Mr Adeyemi-Cole|P]]", "Mr [[Adeyemi-Cole|P]]"); rows[6] = rows[6].replace("[[Mrs Okafor-Ruiz|P]]", "Mrs [[Okafor-Ruiz|P]]")
    y = 170
    for i, r in enumerate(rows):
        col = (10, 40, 150) if i % 3 else (20, 20, 20)
        if i == 3: col = (150, 15, 15)
        p.text(110 + random.randint(-6, 6), y, r, "obl", 38, fill=col); y += 92
    transform(p, angle=-2.5, noise=9, blur=1.0, bg_tint=(250, 244, 232))
    save_raster("h8-067", "h8-067-whiteboard.jpg", "jpeg", "whiteboard_photo", "Dr Anwen Rees-Bakare", [p], quality=78)

    # 68 JPEG handwritten-style list on lined paper
    p = Page(1100, 1400, bg=(250, 248, 236))
    for yy in range(140, 1380, 56): p.d.line([(40, yy), (1060, yy)], fill=(170, 200, 230), width=2)
    p.d.line([(110, 0), (110, 1400)], fill=(230, 150, 150), width=2)
    lines = ["jobs - sat on call paeds ({{DM}})", "- [[baby nwosu|P]] - rpt {{SBR}} 6pm ({{TSB 290}}), phototherapy",
             "- [[kieran|P]] ({{bed 4}}) {{bronchiolitis}} O2 off?", "- ring SW re [[tyler-jay|P]] - mum [[chelsea|R]]",
             "   SW is [[Ms Bukola Fashanu|C]] {{07700 900 349}}", "- [[amelia w|P]] {{DKA}} pH {{7.21}} - {{fluids 10 ml/kg}}",
             "- ask [[sr okeke|C]] re {{gent}} levels", "- [[hosp no 0339182|H]] needs TTO", "{{Dr Nguyen Duc Minh}} - {{NDM}}"]
    lines[1] = lines[1].replace("[[baby nwosu|P]]", "baby [[nwosu|P]]")
    lines[4] = "   SW is Ms [[Bukola Fashanu|C]] [[07700 900 349|T]]"
    lines[6] = lines[6].replace("[[sr okeke|C]]", "sr [[okeke|C]]")
    lines[7] = "- hosp no [[0339182|H]] needs TTO"
    y = 100
    for l in lines:
        p.text(140 + random.randint(-8, 10), y + random.randint(-4, 4), l, "serifi", 34, fill=(25, 35, 110)); y += 112 if l.startswith("   ") is False else 112
    transform(p, angle=1.8, noise=8, blur=0.9)
    save_raster("h8-068", "h8-068-handwritten-jobs.jpg", "jpeg", "handwritten_list_photo", "Dr Nguyen Duc Minh", [p], quality=80)

    # 69 PNG EPR screenshot with patient banner and photo
    p = Page(1440, 900, bg=(240, 242, 245))
    p.d.rectangle([0, 0, 1440, 40], fill=(30, 60, 110)); p.text(14, 8, "Cerner Millennium - PowerChart   user: {{DARKO, YAW (Dr)}}", "sans", 18, fill=(255, 255, 255))
    p.d.rectangle([0, 40, 1440, 170], fill=(210, 226, 245))
    p.photo([16, 50, 126, 162], "patient photograph in EPR banner")
    p.text(140, 52, "[[SILVA-MENDES, Joao Paulo|P]]", "sansb", 26)
    p.text(140, 92, "DOB: {{04/04/1969}} (55y)   Sex: Male   MRN: [[QEUH-5530018|H]]   CHI: [[0404694471|N]]", "sans", 18)
    p.text(140, 124, "Loc: {{ICU}} {{Bed 2}}   Attending: {{Dr Fiona McTavish}}   Allergies: {{NKDA}}", "sans", 18)
    p.text(140, 148, "Address: [[18 Langside Avenue|A]], [[G41 2QR|PC]]   NOK: [[Beatriz Silva|R]] [[07700 900 520|T]]", "sans", 16)
    p.text(30, 200, "Clinical Notes > ICU Daily Review  {{09/02/2024}} 09:14", "sansb", 20)
    p.lines(30, 240, ["{{Septic shock}} secondary to {{necrotising fasciitis}} R thigh, post {{debridement}} x2 (plastics: Mr [[Anand|C]])",
                      "{{meropenem 1 g}} tds, {{clindamycin 1.2 g}} qds, {{IVIG 2 g/kg}}; {{noradrenaline 0.08 mcg/kg/min}}",
                      "Lactate {{2.4}} -> {{1.6}}. {{LRINEC}} score was {{9}}. {{SOFA 8}}.",
                      "Plan: back to theatre tomorrow; update wife (interpreter - Portuguese).",
                      "Author: {{Darko, Yaw}} (ICM ST6)   Co-signed: {{McTavish, Fiona}}"], "sans", 18, lh=34)
    save_raster("h8-069", "h8-069-epr-screenshot.png", "png", "epr_screenshot", "Dr Yaw Darko", [p])

    # 70 PNG ePortfolio screenshot with URL bar
    p = Page(1366, 800, bg=(255, 255, 255))
    p.d.rectangle([0, 0, 1366, 46], fill=(225, 225, 228))
    p.text(120, 12, "[[https://www.nhseportfolios.org/Anon/Assessment/Form.aspx?id=8834210|U]]", "sans", 16)
    p.d.rectangle([0, 46, 1366, 100], fill=(0, 94, 184)); p.text(24, 60, "NHS ePortfolios - {{Acute Care Assessment Tool (ACAT)}}", "sansb", 22, fill=(255, 255, 255))
    p.lines(40, 130, ["Trainee: {{Babatunde Olatunji-Hart}}  (GMC {{7590014}})      Assessor: {{Dr Ruth Kingsley-Amoah}}",
                      "Date of take: {{17/11/2023}}   Number of patients: {{14}}   Setting: {{AMU}}, {{Whiston Hospital}}",
                      "Cases: {{NSTEMI}} x2, {{COPD exacerbation}}, {{hyperkalaemia}} (K {{7.1}}), {{upper GI bleed}} ({{Glasgow-Blatchford 12}})",
                      "Comments: Good prioritisation. Handover of Mr [[Radu Enache|P]] (bed {{C14}}, [[WH-2231188|H]]) could",
                      "have mentioned his {{Rockall}} score. Worked well with the FY1 Dr [[Tamsin Orrell|C]] and ANP [[Gideon Mensah-Boateng|C]].",
                      "Overall: {{Meets expectations}}.", "Signed by assessor {{20/11/2023}}"], "sans", 17, lh=36)
    save_raster("h8-070", "h8-070-eportfolio-screenshot.png", "png", "eportfolio_screenshot", "Dr Babatunde Olatunji-Hart", [p])

    # 71 TIFF fax (1-bit)
    p = Page(1700, 1100)
    p.text(20, 10, "FROM: [[01632 960 771|T]]   {{12/05/2021 16:42}}   P.{{001/001}}   FAX", "mono", 22)
    p.lines(80, 90, ["URGENT FAX - TWO WEEK WAIT - SKIN CANCER", "To: Dermatology, {{Salford Royal}}   Fax [[01632 960 900|T]]",
                     "From: [[Swinton Group Practice|A]], [[Chorley Road|A]], [[M27 4AE|PC]]",
                     "Patient: [[HEALY, Bridget Mary|P]]   DOB {{18/01/1948}}   NHS [[401 227 6654|N]]",
                     "Tel: [[07700 900 164|T]]   (daughter [[Siobhan|R]] arranges transport)",
                     "Lesion: {{8 mm}} pigmented lesion L calf, {{7-point checklist}} score {{5}}, changed colour.",
                     "Seen urgently by {{Dr Maria Clara dela Cruz}} - excision biopsy {{18/05/2021}}.",
                     "Ref no [[2WW-SK-21-3377|REF]]   Referring GP Dr [[Kenneth Ebuka|C]]"], "mono", 26, lh=52)
    transform(p, angle=0.6, noise=20, blur=0.4)
    p.img = p.img.resize((1700, 550)).resize((1700, 1100))
    save_raster("h8-071", "h8-071-fax.tiff", "tiff", "fax_referral", "Dr Maria Clara dela Cruz", [p])

    # 72 PNG endoscopy list screenshot
    p = Page(1400, 640, bg=(250, 250, 250))
    p.d.rectangle([0, 0, 1400, 50], fill=(60, 60, 70)); p.text(16, 12, "Endoscopy Unit - Unisoft list - {{Room 2}} - {{Tue 14/02/2023}} PM - Endoscopist: {{O CONNOR T}}", "sansb", 20, fill=(255, 255, 255))
    hdr = "Time   Patient                       Hosp no      Age  Procedure          Indication"
    p.text(20, 70, hdr, "monob", 18)
    rows = ["13:30  [[DE LA CRUZ ESPINOSA, Rafael|P]]  [[R7801123|H]]  {{59}}   {{Colonoscopy}}        {{FIT 312}}",
            "14:00  [[MAGUIRE, Tadhg Óg|P]]            [[R7802290|H]]  {{41}}   {{OGD}}                {{Barrett's}} surveillance ({{Prague C3M5}})",
            "14:30  [[FOFANA, Aminata|P]]              [[R7803014|H]]  {{33}}   {{Flexi sig}}          {{ulcerative colitis}} {{Mayo 2}}",
            "15:00  [[LI, Xiaoming|P]]                 [[R7803366|H]]  {{72}}   {{Colonoscopy}}        {{BCSP}} ({{Bowel Cancer Screening}})",
            "15:30  [[WOJCIK, Halina|P]]               [[R7804481|H]]  {{80}}   {{PEG}}                {{MND}}, carer [[Marek|R]] to attend"]
    p.lines(20, 110, rows, "mono", 18, lh=40)
    p.text(20, 330, "Nurse: [[Bernadette Ugwu|C]]   List verified: {{Dr Aoife Kearney}}", "sans", 18)
    save_raster("h8-072", "h8-072-endoscopy-list.png", "png", "endoscopy_list_screenshot", "Dr Tadhg Ó Conchúir", [p])

    # 73 JPEG wristband with QR (neonatal)
    p = Page(1000, 360, bg=(200, 210, 220))
    p.d.rounded_rectangle([30, 70, 970, 290], radius=30, fill=(255, 240, 246), outline=(160, 120, 140), width=3)
    p.text(60, 90, "BABY GIRL of [[KAUR-SANDHU, Harpreet|R]]", "sansb", 24)
    p.text(60, 130, "DOB {{29/09/2022 06:12}}  F  {{2.86 kg}}", "sans", 20)
    p.text(60, 164, "MRN [[HW-N220918|H]]  NHS [[715 903 2284|N]]", "sans", 20)
    p.text(60, 198, "{{Heartlands Hospital}} {{NNU}} cot {{11}}", "sans", 20)
    p.text(60, 236, "ST: {{Dr Rajeshwari Subramanian}}", "obl", 16, fill=(70, 70, 70))
    p.qr(780, 92, "HW-N220918", box_size=6)
    transform(p, angle=-3.0, noise=7, blur=0.8)
    save_raster("h8-073", "h8-073-neonatal-band.jpg", "jpeg", "wristband_photo", "Dr Rajeshwari Subramanian", [p], quality=85)

    # 74 PNG drug chart page with addressograph sticker (Code128)
    p = Page(1240, 900)
    p.rect([20, 20, 1220, 880], width=2)
    p.text(40, 36, "INPATIENT PRESCRIPTION CHART - {{Addenbrooke's Hospital}} - {{Ward D8}}", "sansb", 24)
    p.rect([700, 80, 1200, 300], outline=(90, 90, 90), fill=(252, 252, 238), width=2)
    p.text(716, 92, "[[AL-SAYED, Fatima Zahra|P]]", "sansb", 22)
    p.text(716, 126, "[[CUH 8824015|H]]  DOB {{17/05/1962}} F", "mono", 18)
    p.text(716, 156, "NHS [[562 770 1834|N]]", "mono", 18)
    p.code128(716, 196, "CUH8824015", h=80)
    p.lines(40, 100, ["Weight {{72 kg}}   Allergies: {{co-trimoxazole}} (rash)", "VTE: {{dalteparin 5000 units}} sc od", ""], "sans", 20, lh=34)
    p.lines(40, 330, ["REGULAR", "{{Tacrolimus 3 mg}} bd (level {{7.9}})   prescr {{HA-R}}",
                      "{{Mycophenolate mofetil 500 mg}} bd            prescr {{HA-R}}",
                      "{{Prednisolone 5 mg}} od                        prescr Dr [[Vasquez|C]]",
                      "{{Co-trimoxazole}} - CROSSED OUT (allergy) - pharm [[Eleanor Tse|C]]",
                      "PRN: {{oxycodone 2.5-5 mg}} 4-hourly max {{20 mg}}/24 h", "",
                      "Prescriber: {{Dr Hamza Al-Rawi}} ({{HA-R}}) GMC {{7501134}}"], "sans", 20, lh=40)
    transform(p, noise=5)
    save_raster("h8-074", "h8-074-drug-chart.png", "png", "prescription_chart", "Dr Hamza Al-Rawi", [p])

    # 75 scanned coroner's statement (image-only PDF), grey, rotated
    p = Page(1240, 1754)
    p.text(300, 70, "STATEMENT FOR HM SENIOR CORONER - AVON", "libb", 30)
    p.lines(90, 160, ["Coroner's reference: [[AV-2023-01187|REF]]      Police ref: [[ASP-230614-0892|REF]]",
                      "Deceased: [[Kwabena Osei-Tutu|P]]   Date of birth: {{01/07/1997}}   Died: {{14/06/2023}}",
                      "Address: [[Flat 9, Barton House, Ashley Road|A]], [[St Pauls|A]], [[BS2 9BU|PC]]", "",
                      "I am {{Dr Ama Owusu-Ansah}}, ST5 in Emergency Medicine at the {{Bristol Royal Infirmary}},",
                      "GMC number {{7512209}}. I was the resuscitation team leader on {{14/06/2023}}.",
                      "Mr [[Osei-Tutu|P]] arrived at 03:12 (ambulance incident [[SWAST-230614-0311|REF]]) in",
                      "{{cardiac arrest}} after a suspected {{MDMA}} ingestion; temperature {{41.8 °C}}.",
                      "We followed {{ALS}} guidance, gave {{adrenaline 1 mg}} x6 and {{dantrolene}} was considered.",
                      "{{ROSC}} was not achieved and life was pronounced extinct at 04:02 by myself.",
                      "His friend [[Kojo Asamoah|R]] and cousin [[Efua|R]] were present in the relatives' room.",
                      "The ED nurse was [[Hollie Brake|C]]; the anaesthetist was Dr [[Szymon Kaczmarek|C]].", "",
                      "I believe the facts in this statement are true.", "",
                      "Signed: {{A. Owusu-Ansah}}        Date: {{30/06/2023}}"], "libserif", 26, lh=46)
    transform(p, angle=-1.6, noise=16, blur=0.8, grey=(0.78, 25))
    save_raster("h8-075", "h8-075-scanned-coroner.pdf", "pdf", "scanned_coroner_statement", "Dr Ama Owusu-Ansah", [p])

    # 76 TIFF fax: 2-page CAMHS referral
    p1 = Page(1700, 1100); p2 = Page(1700, 1100)
    p1.text(20, 10, "[[020 7946 0441|T]]  {{03/03/2022 09:05}}  PAGE {{01/02}}   [[Peckham Rye Medical|A]]", "mono", 22)
    p1.lines(80, 90, ["REFERRAL TO CAMHS (URGENT)", "Young person: [[Tobiloba 'Tobi' Adeleke-Price|P]]   DOB {{11/10/2007}}   M",
                      "NHS [[489 002 6617|N]]   School: [[Harris Academy Peckham|A]]",
                      "Home: [[Flat 31, Rye Lane|A]], [[SE15 4ST|PC]]   Mum [[Folake|R]] [[07700 900 288|T]]",
                      "Concern: {{self-harm}} (cutting), {{PHQ-A}} {{21}}, {{suicidal ideation}} with plan.",
                      "Safety plan done. Seen by {{Dr Saoirse Kavanagh}} at 09:30 same day."], "mono", 26, lh=54)
    p2.text(20, 10, "[[020 7946 0441|T]]  {{03/03/2022 09:06}}  PAGE {{02/02}}", "mono", 22)
    p2.lines(80, 90, ["Previous: seen by [[Dr Olamide Jegede|C]] (GP trainee) 02/2022.", "CAMHS ref [[SLAM-CAMHS-22-00317|REF]]",
                      "Sibling [[Tolu|R]] ({{14}}) also known to school nurse."], "mono", 26, lh=54)
    for pp in (p1, p2):
        transform(pp, angle=-0.5, noise=18)
        pp.img = pp.img.resize((1700, 550)).resize((1700, 1100))
    save_raster("h8-076", "h8-076-fax-camhs.tiff", "tiff", "fax_referral", "Dr Saoirse Kavanagh", [p1, p2])

    # 77 PNG chat screenshot (messaging app)
    p = Page(720, 1280, bg=(229, 221, 213))
    p.d.rectangle([0, 0, 720, 110], fill=(7, 94, 84)); p.text(30, 40, "O&G Regs BWH", "sansb", 30, fill=(255, 255, 255))
    msgs = [(False, "[[Lorna McCaffrey|C]]", "Rm {{9}} lady ([[Mrs Abimbola|P]]) {{PPH 1.8 L}}, in theatre now"),
            (True, "", "coming. {{carboprost 250 mcg}} given?"),
            (False, "[[Lorna McCaffrey|C]]", "yes x2. Hb {{68}}. Husband [[Kunle|R]] in corridor"),
            (False, "[[Dr Sunday Eze|C]]", "hosp no [[BWH 4510377|H]] for the blood bank"),
            (True, "", "thanks - {{MOH}} protocol activated, {{TXA 1 g}}"),
            (False, "{{Miss Harriet Bellamy}}", "well done {{Funmi}}, debrief at 8")]
    msgs[0] = (False, "[[Lorna McCaffrey|C]]", "Rm {{9}} lady (Mrs [[Abimbola|P]]) {{PPH 1.8 L}}, in theatre now")
    msgs[3] = (False, "Dr [[Sunday Eze|C]]", "hosp no [[BWH 4510377|H]] for the blood bank")
    y = 140
    for mine, who, txt in msgs:
        x0 = 200 if mine else 24
        p.d.rounded_rectangle([x0, y, x0 + 496, y + (110 if who else 80)], radius=14, fill=(220, 248, 198) if mine else (255, 255, 255))
        yy = y + 12
        if who: p.text(x0 + 16, yy, who, "sansb", 20, fill=(30, 120, 60)); yy += 32
        p.text(x0 + 16, yy, txt, "sans", 19); y += (130 if who else 100)
    p.text(250, 1230, "{{Funmilayo Adeyemi}} - screenshot {{13/08/2022}}", "sans", 16, fill=(60, 60, 60))
    save_raster("h8-077", "h8-077-chat-screenshot.png", "png", "chat_screenshot", "Dr Funmilayo Adeyemi", [p])

    # 78 DOCX clinic letter (psychiatry, header table)
    hdr = [["Our ref", "[[PSY/OP/4412/KA|REF]]"], ["NHS no", "[[417 332 8809|N]]"], ["RiO", "[[RIO2209184|H]]"], ["Clinic", "{{Fieldhead Hospital}}, {{26/04/2023}}"]]
    body = ["Dr [[Nasreen Akhtar|C]]", "[[Dewsbury Health Centre|A]], [[Wakefield Road|A]], [[WF12 8AT|PC]]", "",
            "Dear Dr [[Akhtar|C]]", "Re: [[Nicolás Aguirre Bustamante|P]] (DOB {{30/05/1990}}), [[4 Thornhill Street|A]], [[WF12 9PX|PC]]",
            "Diagnosis: {{EUPD}} ({{F60.3}}), {{PTSD}} ({{F43.1}}). {{PCL-5}} {{58}}.",
            "[[Nico|P]] attended with his partner [[Dylan Brennan|R]]. He has started {{DBT}} with our psychologist [[Dr Ilse Vermeulen|C]].",
            "Medication: {{sertraline 150 mg}}, {{prazosin 1 mg}} nocte for nightmares. No {{benzodiazepines}}.",
            "Risk: 2 ED attendances in March (overdose of {{paracetamol 16 g}}, {{Rumack-Matthew}} below line).",
            "Yours sincerely", "{{Dr Babajide Ogundipe}}, Consultant Psychiatrist, GMC {{7254830}}"]
    body[6] = body[6].replace("[[Dr Ilse Vermeulen|C]]", "Dr [[Ilse Vermeulen|C]]")
    doc = docx.Document()
    doc.add_paragraph("South West Yorkshire Partnership NHS Foundation Trust")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, r in enumerate(hdr):
        for j, c in enumerate(r): t.cell(i, j).text = plain(c)
    for l in body: doc.add_paragraph(plain(l))
    doc.save(OUT + "/h8-078-psych-letter.docx")
    docx_record("h8-078", "h8-078-psych-letter.docx", "clinic_letter_docx", "Dr Babajide Ogundipe", [c for r in hdr for c in r] + body)

    # 79 digital PDF: surgical handover table with text layer
    d = PdfDoc(OUT + "/h8-079-surgical-handover.pdf")
    d.text(40, 30, "EVENING HANDOVER - General Surgery - {{Royal Oldham Hospital}} - {{19/03/2023}}", "sansb", 11)
    d.text(40, 48, "Prepared by {{Dr T. Wiśniewski}} (GMC {{7433109}})", "sans", 9)
    rows = [("{{SAU 3}}", "[[ADEBAYO, Kehinde|P]]", "[[ROH1187720|H]]", "{{24F}}", "{{appendicitis}} ({{Alvarado 8}}) - CEPOD list"),
            ("{{SAU 5}}", "[[PATEL, Hasmukh|P]]", "[[ROH1187804|H]]", "{{70M}}", "{{SBO}}, NGT, {{gastrografin}} challenge"),
            ("{{W9 B2}}", "[[Ní Mhurchú, Aisling|P]]", "[[ROH1188011|H]]", "{{52F}}", "post {{lap chole}}, {{bile leak}}? - MRCP"),
            ("{{W9 B7}}", "[['Big Mick' Doherty|P]]", "[[ROH1188203|H]]", "{{66M}}", "{{perianal abscess}}, EUA tomorrow"),
            ("{{W9 B8}}", "[[HOANG, Van Duc|P]]", "[[ROH1188490|H]]", "{{45M}}", "{{pancreatitis}} ({{Glasgow 3}}), HDU if worse")]
    rows[3] = ("{{W9 B7}}", "'[[Big Mick|P]]' [[Doherty|P]]", "[[ROH1188203|H]]", "{{66M}}", "{{perianal abscess}}, EUA tomorrow")
    y = 74
    d.text(40, y, "Loc        Patient                     Hosp no          Age   Issues", "sansb", 9); y += 18
    for r in rows:
        d.text(40, y, r[0], "sans", 9); d.text(100, y, r[1], "sans", 9); d.text(250, y, r[2], "mono", 9); d.text(335, y, r[3], "sans", 9); d.text(370, y, r[4], "sans", 8); y += 20
    d.lines(40, y + 10, ["Reg on call: Mr [[Sithole|C]] bleep [[3391|T]]. Consultant: {{Mr Edward Harrington}}.",
                         "Relatives: Mr [[Patel|P]]'s son [[Nilesh|R]] wants a call after 19:00."], "sans", 9)
    d.save("h8-079", "h8-079-surgical-handover.pdf", "handover_pdf", "Dr Tomasz Wiśniewski")

    # 80 JPEG specimen bag photo with QR + Code128
    p = Page(1000, 1100, bg=(205, 215, 225))
    p.d.rectangle([120, 80, 880, 1020], fill=(238, 240, 244), outline=(170, 180, 190), width=4)
    p.d.rectangle([170, 150, 830, 620], fill=(255, 255, 255))
    p.text(190, 166, "HISTOPATHOLOGY - {{Royal Marsden Hospital}}", "sansb", 22)
    p.text(190, 206, "[[FERREIRA, Joana Catarina|P]]", "sansb", 26)
    p.text(190, 246, "DOB {{02/12/1964}}  F   RM no [[RM-0771293|H]]", "mono", 20)
    p.text(190, 280, "Spec: {{WLE L breast}} + {{SLNB}}  {{formalin}}", "sans", 20)
    p.text(190, 314, "Lab: [[H23-40881|O]]   Surgeon: {{Mr Joaquim Ferreira da Silva}}", "sans", 18)
    p.code128(190, 360, "H23-40881", h=90, module=3)
    p.qr(640, 470, "RM-0771293", box_size=5)
    p.text(190, 480, "Request form in pocket", "sans", 18)
    transform(p, angle=2.2, noise=8, blur=0.7)
    save_raster("h8-080", "h8-080-specimen-bag.jpg", "jpeg", "specimen_bag_photo", "Mr Joaquim Ferreira da Silva", [p], quality=84)
