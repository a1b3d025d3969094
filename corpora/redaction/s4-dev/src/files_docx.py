"""d4-068 .. d4-071: Word documents (python-docx) with tables, headers and footers.
Identifier and keep entries carry text and type only (no page, no box), as FORMAT.md asks for DOCX."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from flib import TYPES


class Doc:
    def __init__(self):
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10.5)
        self.ids, self.keeps = [], []

    def _collect(self, segs):
        out = []
        for s in segs:
            if isinstance(s, tuple) and s[0] == "I":
                t = TYPES.get(s[2], s[2])
                if not any(e["text"] == s[1] for e in self.ids):
                    self.ids.append({"text": s[1], "type": t})
                out.append((s[1], False))
            elif isinstance(s, tuple) and s[0] == "K":
                if not any(e["text"] == s[1] for e in self.keeps):
                    self.keeps.append({"text": s[1]})
                out.append((s[1], False))
            else:
                out.append((s, False))
        return out

    def fill(self, paragraph, segs, bold=False, size=None):
        from flib import _log_line
        _log_line(self, [(s if not isinstance(s, tuple) else ((s[0], s[1], TYPES.get(s[2], s[2])) if s[0] == "I" else s))
                         for s in (segs if isinstance(segs, list) else [segs])])
        for s, _ in self._collect(segs if isinstance(segs, list) else [segs]):
            r = paragraph.add_run(s)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return paragraph

    def p(self, segs, bold=False, size=None, style=None, align=None):
        para = self.d.add_paragraph(style=style)
        if align:
            para.alignment = align
        return self.fill(para, segs, bold, size)

    def table(self, rows, widths=None, header=True, container=None):
        container = container or self.d
        t = container.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                self.fill(c.paragraphs[0], cell if isinstance(cell, list) else [cell], bold=(header and i == 0), size=9)
        return t

    def header(self, lines, section=0):
        h = self.d.sections[section].header
        h.is_linked_to_previous = False
        first = True
        for segs in lines:
            para = h.paragraphs[0] if first else h.add_paragraph()
            first = False
            self.fill(para, segs, size=8.5)

    def footer(self, segs, page_field=True, section=0):
        f = self.d.sections[section].footer
        f.is_linked_to_previous = False
        para = f.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.fill(para, segs, size=8)
        if page_field:
            para.add_run(" - page ").font.size = Pt(8)
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            para._p.append(fld)

    def save(self, path):
        self.d.core_properties.author = "s4-dev synthetic"
        self.d.core_properties.title = ""
        self.d.save(path)


def I(s, t):
    return ("I", s, t)


def K(s):
    return ("K", s)


def _rec(id_, file, kind, applicant, doc):
    return {"id": id_, "file": file, "format": "docx", "kind": kind, "applicant": applicant, "pages": None,
            "identifiers": doc.ids, "keep": doc.keeps, "barcodes": [], "photos": [], "_lines": doc.lines}


def d068(ctx):
    """ambulance handover delay QIP: table with a patient-reference column and a CAD column"""
    app = "Dr Rashid Bin Hamdan"
    doc = Doc()
    doc.header([[K("Riverside Kingsway Hospital"), " NHS Trust - Emergency Department"],
                ["Our ref: ", I("RKH/ED/QIP/25-07", "REF"), "   Quality improvement project - internal"]])
    doc.footer([K(app), " - ambulance handover QIP - ", K("June 2025")])
    doc.p(["Reducing ambulance handover delays over ", K("45 minutes"), ": QIP cycle 1 (PDSA 1-3)"], bold=True, size=14)
    doc.p(["Project lead: ", K(app), ", Specialty Doctor, GMC ", K("7631275"), ".  Supervisor: ", K("Dr Imran Qadir"),
           " (Consultant, ED governance lead)."])
    doc.p(["Background: the ", K("NHS England"), " standard is handover within ", K("15 minutes"), " and no handover over ",
           K("60 minutes"), ". In May 2025 our median handover time was ", K("59 min"), " and 212 handovers exceeded 60 minutes. "
           "Delays hold ", K("Cat 2"), " ambulances in the community."])
    doc.p(["Sample of the longest delays, week 1 (9-15 June 2025), from the ambulance service handover app and Symphony:"])
    rows = [["Patient ref", "CAD no.", "Arrival", "Handover", "Delay (min)", "Reason (ED side)"],
            [[I("RKW25-010233", "HN")], [I("250609-0834", "REF")], "08:51", "10:58", "127", "no majors cubicle"],
            [[I("RKW25-010412", "HN")], [I("CAD-E-250609-1147", "REF")], "11:20", "14:02", "162", "no majors cubicle"],
            [[I("RKW25-010588", "HN")], [I("250610-0212", "REF")], "02:30", "06:42", [K("252")], "corridor full; 12 h breaches x4"],
            [[I("RKW25-010901", "HN")], [I("250611-1530", "REF")], "15:48", "17:10", "82", "awaiting triage nurse"],
            [[I("RKW25-011276", "HN")], [I("CAD-E-250612-0919", "REF")], "09:40", "11:05", "85", "resus full"],
            [[I("RKW25-011630", "HN")], [I("250613-2204", "REF")], "22:20", "23:41", "81", "mental health pt, no safe room"],
            [[I("RKW25-011958", "HN")], [I("250614-1702", "REF")], "17:15", "18:29", "74", "no majors cubicle"],
            [[I("RKW25-012204", "HN")], [I("250615-0345", "REF")], "03:58", "05:01", "63", "staffing (sickness)"]]
    doc.table(rows)
    doc.p([""])
    doc.p(["Case study (with reflection): the longest delay (", K("4 h 12 min"), ") was Mr ", I("Reginald Oyebanji-Price", "PN"),
           ", 87, frail, on a trolley in the corridor with the crew (Paramedic ", I("Sophie Dunmore", "CN"), ", HCPC ",
           I("PA61773", "GMC"), "). He developed a ", K("grade 2 pressure ulcer"), " (Datix ", I("231144", "REF"),
           "). His wife ", I("Edna", "RN"), " complained to the ambulance service (their ref ", I("EMAS-CX-25-3312", "REF"), ")."])
    doc.p(["Changes tested: PDSA 1 - ", K("rapid assessment and treatment (RAT)"), " nurse + doctor at the ambulance door 10:00-22:00; "
           "PDSA 2 - ", K("'release to respond'"), " on request for Cat 1 calls; PDSA 3 - ", K("fit to sit"), " area (6 chairs)."])
    doc.p(["Result: median handover fell from ", K("59 min"), " to ", K("31 min"), " (run chart, 6 weeks); handovers > 60 min fell by ",
           K("64%"), ". Ambulance service liaison: ", I("Dale Kirkwood", "CN"), " (HALO)."])
    doc.p(["Verified: ", K("Dr Imran Qadir"), ", Consultant in Emergency Medicine, ", K("30/07/2025")])
    doc.save(ctx.path("d4-068-handover-qip.docx"))
    return _rec("d4-068", "files/d4-068-handover-qip.docx", "qip_report", app, doc)


def d069(ctx):
    """complaint response letter (Word) with letterhead header and a reference in the footer"""
    app = "Dr Priyanka Raghunathan"
    doc = Doc()
    doc.header([[K("Severnside General Hospital"), " NHS Foundation Trust - Acute Medicine"],
                [I("Lower Quay Road", "AD"), ", ", I("Wexbridge", "AD"), " ", I("SV1 9ZZ", "PC"), "   Tel ", I("01632 960100", "PH")]])
    doc.footer(["Our ref: ", I("COMP/24/0902/PR", "REF"), "  -  Private and confidential"])
    doc.p(["Our ref: ", I("COMP/24/0902/PR", "REF")])
    doc.p(["Your ref: ", I("PALS/2024/3318", "REF")])
    doc.p([K("1 July 2024")], align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.p(["Mrs ", I("Lindsey Okafor", "RN")])
    doc.p([I("14 Hazel Grove", "AD")])
    doc.p([I("Wexcombe", "AD")])
    doc.p([I("WX12 4RB", "PC")])
    doc.p(["Dear Mrs ", I("Okafor", "PN")])
    doc.p(["Re: your father, Mr ", I("Augustine Okafor", "PN"), " (hospital number ", I("S0877124", "HN"), ")"], bold=True)
    doc.p(["Thank you for your letter of 3 June. I was your father's consultant on the ", K("Acute Medical Unit"), " and on ",
           K("Ward 9"), ". I have read his notes, the observation and glucose charts, and spoken to the staff you mention. "
           "I am sorry for the distress this caused you and your family."])
    doc.p(["1. Blood glucose monitoring. ", "Your father's capillary glucose was not checked between 21:00 and 06:00 on 18 May. "
           "When checked it was ", K("CBG 2.1 mmol/L"), ". Staff Nurse ", I("Grace Ampofo", "CN"), " has confirmed that she asked the "
           "night doctor to review his insulin; the request was not completed. He was on ", K("NovoRapid"), " and ",
           K("Lantus 18 units"), "; his Lantus dose has since been reduced. This was reported on Datix (", I("220417", "REF"),
           ") and discussed at our governance meeting."])
    doc.p(["2. The resuscitation decision. ", "Dr ", I("Eleri Hughes", "CN"), " (specialty registrar) completed a ", K("DNACPR"),
           " form and a ", K("ReSPECT"), " plan on the Sunday without speaking to you, although you hold a ",
           K("lasting power of attorney"), " for health and welfare. The note by Dr ", I("Tom Ashdown", "CN"),
           " (foundation doctor) that the family were \"in agreement\" was wrong. Under the ", K("Mental Capacity Act 2005"),
           " you should have been consulted. I cancelled the form on 20 May after we spoke. Dr ", I("Hughes", "CN"), " and Dr ",
           I("Ashdown", "CN"), " have both reflected on this with their supervisors."])
    doc.p(["3. Hearing aids. ", "These were lost between the AMU and ", K("Ward 9"), ". The Trust will reimburse the cost; please "
           "contact the complaints team on ", I("01632 960187", "PH"), "."])
    doc.table([["Action", "Owner", "By"],
               ["CBG checks added to the insulin safety huddle", ["Ward manager ", I("Kay Sanderson", "CN")], "Aug 2024"],
               ["Teaching on ReSPECT, LPA and best interests for resident doctors", [K(app)], "Sep 2024"],
               ["Audit of ReSPECT discussions with LPAs", [K(app)], "Dec 2024"]])
    doc.p([""])
    doc.p(["I hope this answers your concerns. If not, you may contact the Parliamentary and Health Service Ombudsman."])
    doc.p(["Yours sincerely"])
    doc.p([K(app)], bold=True)
    doc.p(["Consultant Acute Physician"])
    doc.save(ctx.path("d4-069-complaint-response.docx"))
    return _rec("d4-069", "files/d4-069-complaint-response.docx", "complaint_response", app, doc)


def d070(ctx):
    """Responsible Clinician's report to the Mental Health Tribunal; patient name and RiO number in every page header"""
    app = "Dr Agnieszka Nowak-Lewandowska"
    doc = Doc()
    doc.header([["CONFIDENTIAL - Responsible Clinician's report - Patient: ", I("Daniel Sterling", "PN"), "  RiO: ",
                 I("1061190", "HN"), "  Tribunal ref: ", I("MP/2025/20417", "REF")]])
    doc.footer([K("Dr A. Nowak-Lewandowska"), ", Responsible Clinician - prepared ", K("12/05/2025")])
    doc.p(["First-tier Tribunal (Mental Health) - Responsible Clinician's report"], bold=True, size=14)
    doc.p(["Prepared under ", K("rule 32"), " of the Tribunal Procedure Rules 2008 and the ", K("Practice Direction"),
           " (Statements and Reports in Mental Health Cases)."])
    doc.table([["Item", "Details"],
               ["Patient's name", [I("Daniel James Sterling", "PN")]],
               ["Date of birth", [K("03/02/1996")]],
               ["NHS number", [I("772 019 4438", "NHS")]],
               ["Address before admission", [I("Flat 4, 17 Prospect Place", "AD"), ", ", I("Gateshead", "AD"), " ", I("NE8 4RU", "PC")]],
               ["Nearest relative", ["Mrs ", I("Karen Sterling", "RN"), " (mother)"]],
               ["Care coordinator", [I("Nadia Rahman", "CN"), " (CMHT)"]],
               ["Detention", [K("section 3"), " ", K("Mental Health Act 1983"), " from 02/02/2025; ", K("Ward 21"), ", ",
                              K("Tyneside & Wear MH Trust")]],
               ["Responsible clinician", [K(app), ", GMC ", K("7390628")]]])
    doc.p([""])
    doc.p(["1. Mental disorder"], bold=True)
    doc.p(["Mr ", I("Sterling", "PN"), " has ", K("paranoid schizophrenia (F20.0)"), ", first episode 2016, with four admissions. "
           "Relapses follow stopping medication and cannabis use. On admission he believed his neighbours were "
           "poisoning his water and had barricaded his flat; police attended (ref ", I("NP-24-0918827", "REF"), ")."])
    doc.p(["2. Treatment and progress"], bold=True)
    doc.p(["He is on ", K("aripiprazole depot 400 mg monthly"), " (since 20/02/2025). ", K("PANSS"), " total fell from 96 to 71; ",
           K("HoNOS 18"), " on admission, 11 now. He has had escorted then unescorted ", K("section 17 leave"),
           " without incident. ", I("Daniel", "PN"), " says he \"doesn't need an injection\" and would stop it on discharge."])
    doc.p(["3. Risk"], bold=True)
    doc.p(["Risk to others is linked to persecutory beliefs (2021 assault on a neighbour). His sister ", I("Leanne", "RN"),
           " reports threats made to her partner in January. Risk to self: low."])
    doc.p(["4. Recommendation"], bold=True)
    doc.p(["In my opinion the criteria for detention under ", K("section 3"), " continue to be met. I recommend that the "
           "Tribunal does not discharge; a ", K("Community Treatment Order"), " is being considered for June."])
    doc.p(["Signed: ", K(app), "  Consultant Psychiatrist  ", K("12/05/2025")])
    doc.save(ctx.path("d4-070-tribunal-report.docx"))
    return _rec("d4-070", "files/d4-070-tribunal-report.docx", "tribunal_report", app, doc)


def d071(ctx):
    """obstetric anaesthesia logbook extract + teaching feedback (Word), unlabelled hospital numbers in a table"""
    app = "Dr Aoife Brennan"
    doc = Doc()
    doc.header([[K("Lagan Valley & Wexcombe University Hospitals"), " - Obstetric anaesthesia logbook extract (Q3 2025)"]])
    doc.footer([K(app), " - GMC ", K("7269134"), " - verified by ", K("Dr Niamh Gallagher")])
    doc.p(["Obstetric anaesthesia - logbook extract and teaching"], bold=True, size=14)
    doc.p(["Consultant: ", K(app), ".  Labour Ward sessions: 2 per week.  Period: July-September 2025."])
    rows = [["Date", "No.", "Init.", "Age", "ASA", "Procedure", "Technique", "Notes"],
            ["02/07/25", [I("K1033820", "HN")], [I("MO'N", "PN")], "31", [K("ASA 2")], [K("Cat 1 LSCS")], "GA RSI", "failed top-up"],
            ["09/07/25", [I("K1034477", "HN")], [I("AK", "PN")], "27", "1", "labour epidural", [K("25G Whitacre")], "CSE"],
            ["16/07/25", [I("K1029015", "HN")], [I("SR-D", "PN")], "38", "3", "Cat 2 LSCS", "epidural top-up",
             [K("20 ml 0.5% levobupivacaine")]],
            ["30/07/25", [I("K1035562", "HN")], [I("BT", "PN")], "24", "2", "MROP", "spinal", "PPH 1.8 L"],
            ["13/08/25", [I("K1036108", "HN")], [I("RK-W", "PN")], "35", "2", "labour analgesia", [K("remifentanil PCA")],
             "epidural declined"],
            ["27/08/25", [I("K1036890", "HN")], [I("LN", "PN")], "41", "3", "blood patch", "epidural", [K("PDPH")]],
            ["10/09/25", [I("K1037244", "HN")], [I("FC", "PN")], "29", "2", "Cat 3 LSCS", "spinal", [K("Apgar 9")]]]
    doc.table(rows)
    doc.p([""])
    doc.p(["Case note (13/08/25): Mrs ", I("Roisin Kearney-Walsh", "PN"), " declined an epidural after a previous accidental dural "
           "puncture; her husband ", I("Padraig", "RN"), " raised concerns about remifentanil. I explained the ", K("OAA"),
           " information (", K("1 in 100"), " risk of dural puncture) and we agreed a PCA with 1:1 midwife (", I("Orla Fitzsimons", "CN"),
           "). Good outcome."])
    doc.p(["Teaching: PDPH and blood patch, 18/09/2025, for CT1-2 trainees (Dr ", I("Ewan Tait", "CN"), ", Dr ",
           I("Chiamaka Obi", "CN"), ", Dr ", I("Marek Dvořák", "CN"), "). Feedback (n=7): mean ", K("4.7/5"), "; "
           "\"the best practical session of the year\"."])
    doc.p(["Verified: ", K("Dr Niamh Gallagher"), ", Clinical Director, Anaesthesia, ", K("06/10/2025")])
    doc.save(ctx.path("d4-071-obstetric-logbook.docx"))
    return _rec("d4-071", "files/d4-071-obstetric-logbook.docx", "logbook_extract", app, doc)


ALL = [d068, d069, d070, d071]
