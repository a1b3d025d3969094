"""DOCX helper (python-docx) that keeps track of the marked-up strings written."""
import io
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from s6markup import parse

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


class DocxBuilder:
    def __init__(self, font='Calibri', size=10.5):
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = font
        st.font.size = Pt(size)
        self.spans = []
        self.chunks = []
        self._tb = 0
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Inches(0.9)
        sec.top_margin = Inches(0.8)

    def _plain(self, s):
        plain, spans = parse(s)
        self.spans += spans
        self.chunks.append({'plain': plain, 'spans': [list(x) for x in spans]})
        return plain

    def runs(self, par, parts, size=None, color=None):
        """parts: list of (markup, bold) or a single markup string"""
        if isinstance(parts, str):
            parts = [(parts, False)]
        for s, bold in parts:
            r = par.add_run(self._plain(s))
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
        return par

    def p(self, parts, size=None, align=None, bold=False, space_after=4, color=None, container=None):
        par = (container or self.doc).add_paragraph()
        if isinstance(parts, str):
            parts = [(parts, bold)]
        self.runs(par, parts, size, color)
        if align == 'center':
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        par.paragraph_format.space_after = Pt(space_after)
        return par

    def header(self, lines, size=9, align=None, first_bold=True):
        h = self.doc.sections[0].header
        first = True
        for ln in lines:
            par = h.paragraphs[0] if first and not h.paragraphs[0].text else h.add_paragraph()
            self.runs(par, [(ln, first and first_bold)], size)
            if align == 'right':
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif align == 'center':
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first = False

    def footer(self, lines, size=8, align='center'):
        f = self.doc.sections[0].footer
        first = True
        for ln in lines:
            par = f.paragraphs[0] if first and not f.paragraphs[0].text else f.add_paragraph()
            self.runs(par, [(ln, False)], size)
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'center' else WD_ALIGN_PARAGRAPH.LEFT
            first = False

    def table(self, rows, widths=None, size=9, header=True, style='Table Grid'):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for ri, row in enumerate(rows):
            for ci, s in enumerate(row):
                cell = t.cell(ri, ci)
                par = cell.paragraphs[0]
                self.runs(par, [(s, header and ri == 0)], size)
                if widths:
                    cell.width = Inches(widths[ci])
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def textbox(self, lines, width_pt=230, height_pt=90, left_pt=260, top_pt=0, size=9):
        """A floating VML text box anchored to a new paragraph; lines are markup strings."""
        self._tb += 1
        paras = ''
        for i, ln in enumerate(lines):
            plain = self._plain(ln)
            b = '<w:b/>' if i == 0 else ''
            paras += ('<w:p><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                      % (b, int(size * 2), escape(plain)))
        xml = ('<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
               '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
               'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:%d;'
               'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
               'fillcolor="#F2F2F2" strokecolor="#404040" strokeweight="1pt">'
               '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
               % (W_NS, self._tb, self._tb, left_pt, top_pt, width_pt, height_pt, self._tb, paras))
        par = self.doc.add_paragraph()
        par._p.append(parse_xml(xml))
        return par

    def image(self, pil, width_in, container=None):
        buf = io.BytesIO()
        pil.save(buf, format='PNG')
        buf.seek(0)
        if container is None:
            self.doc.add_picture(buf, width=Inches(width_in))
        else:
            container.add_run().add_picture(buf, width=Inches(width_in))

    def save(self, path):
        self.doc.save(path)

    def ids(self):
        return distinct_ids_keep(self.spans)


def distinct_ids_keep(spans):
    ids, keep, seen_i, seen_k = [], [], set(), set()
    for a, b, t, txt in spans:
        if t == 'KEEP':
            if txt not in seen_k:
                seen_k.add(txt)
                keep.append({'text': txt})
        elif (txt, t) not in seen_i:
            seen_i.add((txt, t))
            ids.append({'text': txt, 'type': t})
    return ids, keep
