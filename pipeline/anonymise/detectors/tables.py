"""Detectors: identifiers in tables (columns under a header, comma-separated rosters, rota grids)."""

from __future__ import annotations

import functools
import re

from ..lexicon import clinical_terms, common_words, english_frequency, first_names, fold, hard_stops, surnames
from ...regexes import family
from ..resolver import Span
from ..shapes import clinical_acronyms
from .base import Pass
from .patterns import CALENDAR, WORD

_RX = family("tables")


_ROTA_WORDS = {"locum", "off", "leave", "al", "sl", "bank", "vacant", "tbc", "tba", "study", "nights", "night", "day",
               "days", "on", "call", "zero", "rest", "sick", "course", "teaching", "admin", "spa", "cover", "gap",
               "agency", "none", "nil", "mg", "c1", "c2", "reg", "sho", "cons", "consultant", "registrar", "fy1", "fy2"}

# Places, shifts and leave written in a rota's cells as capitals: not a person's initials in a grid of initials.
_ROTA_CODES = {"ED", "AE", "AMU", "MAU", "SAU", "CDU", "ICU", "ITU", "HDU", "CCU", "OPD", "SDEC", "AAU", "EAU", "PAU",
               "AM", "PM", "LD", "OC", "NW", "WE", "OFF", "AL", "SL", "PL", "ML", "SPA", "TBC", "TBA", "TOIL", "CPD",
               "REG", "SHO", "FY", "CT", "ST", "GP", "NA", "NB", "X", "XX", "NIC", "ANP", "ACP", "PA"}


def _delimiter(line: str) -> str | None:
    """The cell separator of a table row: ``|``, a tab, or a comma or a semicolon (at least three)."""
    if "|" in line:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    if line.count(",") >= 3:
        return ","
    if line.count(";") >= 3:  # a European or an audit tool's CSV: "2;10415530H;4419275530;Greenhalgh;79;M"
        return ";"
    return None


def _split_cells(line: str, delim: str) -> list[tuple[int, str]]:
    """(offset, cell) for each cell of ``line``; in comma-separated rows a double-quoted cell may hold commas."""
    cells, start, quoted = [], 0, False
    for k, ch in enumerate(line):
        if ch == '"' and delim == ",":
            quoted = not quoted
        elif ch == delim and not quoted:
            cells.append((start, line[start:k]))
            start = k + 1
    cells.append((start, line[start:]))
    return cells


@functools.lru_cache(maxsize=4096)
def _column_kind(label: str) -> str | None:
    """The identifier type of a table column from its header (remembered: every line of a page is read as a
    possible header, and the same cells come back on every page and in both of ``plan_document``'s passes)."""
    label = " ".join(label.replace(".", " ").split()).strip(" :#").lower()
    if re.fullmatch(r"(?:patient(?:'?s)?\s+)?(?:name|full\s+name|surname|forenames?|patient|pt)|pt\s+name|"
                    r"(?:pt|patient|patient'?s)?\s*init(?:ial)?s?|child|client|service\s+user|resident|deceased|"
                    # the same headers in originals from abroad (Persian, Arabic, Urdu, Russian, Greek, Hindi)
                    r"نام\s+بیمار|نام|اسم\s+المريض|الاسم|المريض|مریض\s+کا\s+نام|фио|ф\s*и\s*о|пациент|больной|"
                    r"ονοματεπώνυμο|όνομα|ασθενής|नाम|रोगी", label):
        return "PATIENT"
    if re.fullmatch(r"nhs(?:\s*(?:no|number|num|#))?|chi(?:\s*(?:no|number))?", label):
        return "NHS_NUMBER"
    if re.fullmatch(r"(?:hosp(?:ital)?\s*(?:no|number|num|id|#)|mrn|m r n|unit\s*(?:no|number)|"
                    r"(?:patient|pt|pas|rio|ed|trust|local|case|emis|epr|k|crn)\s*(?:id|no|number|ref)|crn|k\s*(?:no|number)|"
                    r"id|ref|ref\s*no|reference|case\s*ref|attendance\s*(?:no|number)|episode)", label):
        return "HOSPITAL_NUMBER"
    if re.fullmatch(r"(?:cad|incident|datix|log|job)\s*(?:no|number|ref|id)?", label):
        return "REFERENCE"
    # a research log's participants: "Scr no", "Screening no", "Participant", "Subject ID", "Trial ID", "Rand no"
    if re.fullmatch(r"(?:scr|screening|participant|subject|study|trial|randomi[sz]ation|rand|enrolment|enrollment|"
                    r"recruitment)\s*(?:no|number|num|id|code)?", label):
        return "OTHER_ID"
    if re.fullmatch(r"(?:tel(?:ephone)?|phone|mobile|mob|contact\s*(?:no|number)|phone\s*(?:no|number)|bleep|"
                    r"bleep\s*(?:no|number)|ext(?:ension)?|pager|direct\s*line)", label):
        return "PHONE"
    if re.fullmatch(r"(?:home\s+)?address", label):
        return "ADDRESS"
    if re.fullmatch(r"post\s*code", label):
        return "POSTCODE"
    if re.fullmatch(r"gmc(?:\s*(?:no|number))?|nmc(?:\s*(?:pin|no))?", label):
        return "GMC_NUMBER"
    return None


# Acronyms that are not a patient's initials, though they sit in a patient column (a blank marked "N/A").
_NOT_INITIALS_COLUMN = {"NA", "NK", "TBC", "TBA", "NIL", "NONE", "UNK", "X", "XX", "ANON"}


class TableCells:
    """Tables read as tables (a part of the anonymiser)."""

    def _table_columns(self, text: str) -> list[tuple[int, int, str]]:
        """Cells under a header naming an identifier: ``| Name | Hosp no | NHS no |`` then rows; the same for
        comma-separated (quoted cells allowed) and tab-separated rows."""
        out: list[tuple[int, int, str]] = []
        lines = list(re.finditer(r"(?m)^.*$", text))
        i = 0
        while i < len(lines):
            line = lines[i].group(0)
            delim = _delimiter(line)
            if delim is None:
                i += 1
                continue
            cells = _split_cells(line, delim)
            kinds = []
            for _, cell in cells:
                label = re.sub(r"^[^:]*:[ \t]*", "", cell.strip().strip('"')).strip().lower()
                kinds.append(_column_kind(label))
            if not any(kinds):
                i += 1
                continue
            j = i + 1
            while j < len(lines):
                row = lines[j]
                row_text = row.group(0)
                if not row_text.strip() or delim not in row_text:
                    break
                row_cells = _split_cells(row_text, delim)
                if len(row_cells) > len(cells) + 1:
                    break
                if len(row_cells) < len(cells) - 1:  # a row cut short ("3 | EMPTY", a bed with no patient)
                    j += 1
                    continue
                for k, (offset, cell) in enumerate(row_cells):
                    kind = kinds[k] if k < len(kinds) else None
                    value = cell.strip().strip('"').strip()
                    if kind and value:
                        a = row.start() + offset + cell.index(value)
                        b = a + len(value)
                        if kind in ("HOSPITAL_NUMBER", "NHS_NUMBER", "GMC_NUMBER", "PHONE", "REFERENCE"):
                            # a short code too ("SC01") when the table names its patients: the row's own number
                            short = kind == "HOSPITAL_NUMBER" and "PATIENT" in kinds \
                                and re.fullmatch(r"[A-Z]{1,4}-?\d{1,4}", value) is not None
                            if (short or sum(ch.isdigit() for ch in value) >= 3) \
                                    and re.fullmatch(r"[A-Za-z0-9 /+()\-.]+", value):
                                out.append((a, b, kind))
                        elif kind == "PATIENT":
                            got = self._patient_cell(value)
                            if got:
                                out.append((a + got[0], a + got[1], "PATIENT"))
                        elif kind in ("ADDRESS", "POSTCODE"):
                            out.append((a, b, kind))
                        elif kind == "OTHER_ID" and re.search(r"\d", value) \
                                and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/\-.]{1,19}", value) \
                                and not re.fullmatch(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?", value):
                            out.append((a, b, kind))  # "S-041", "LUM-017" (not a date)
                j += 1
            i = j
        return out

    def _patient_cell(self, value: str) -> tuple[int, int] | None:
        """The name or initials in a patient column's cell (``Marek W.``, ``D.McK.``, ``Wren (pref. name)``)."""
        value = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse|SN|RN)\.?[ ]+", lambda m: " " * len(m.group(0)), value)
        lead = len(value) - len(value.lstrip())
        value = value.strip()
        initials = re.match(r"(?:(?:Mc|Mac|O['’]|ap[ ])?[A-Z](?:-[A-Z])?\.?[ ]?){1,4}", value)
        name = re.match(r"[A-Z][\w'’\-]*(?:,?[ \t]+[A-Z][\w'’\-.]*){0,4}", value)
        best = None
        for m in (initials, name):
            if m and m.group(0).strip() and (best is None or m.end() > best.end()):
                best = m
        if best is None:
            if value and not re.search(r"[A-Za-z\d]", value) and re.search(r"[^\W\d_]", value) \
                    and len(value.split()) <= 5:
                return lead, lead + len(value)  # a name in another script ("نیما فرهادپور")
            return self._lower_case_patient_cell(value, lead)
        found = best.group(0).rstrip(" ,")
        words = WORD.findall(found)
        letters = re.sub(r"[^A-Za-z]", "", found)
        if not letters or letters.upper() in _NOT_INITIALS_COLUMN or (words and self.is_applicant(words)):
            return None
        if words and fold(words[0]) in hard_stops() and len(words[0]) > 3 and not re.match(r"[A-Z'’-]+,[ ]?[A-Z]", found):
            return None  # a heading word, but "GREEN, Faith" is a patient
        return lead, lead + len(found)

    def _lower_case_patient_cell(self, value: str, lead: int) -> tuple[int, int] | None:
        """A patient column's cell written in lower case, as ward and handover lists are typed ("w.j.",
        "k. aitken", "zoltan k", "mcgarvey d"): the whole cell, when it is nothing but names and initials, one to
        four of them, each word of three letters or more a known given name or surname or a rare word (not
        "empty", "gen", "side room")."""
        if not re.fullmatch(r"[a-z](?:[a-z'’\-]*\.?)(?:[ ]?[a-z](?:[a-z'’\-]*\.?)){0,3}", value):
            return None
        words = re.findall(r"[a-z][a-z'’\-]*", value)
        if self.is_applicant(words):  # it folds the words itself
            return None
        for w in words:
            f = fold(w)
            if f.upper() in _NOT_INITIALS_COLUMN:
                return None
            if len(f) > 2 and f not in first_names() and f not in surnames() \
                    and (f in common_words() or f in clinical_terms() or f in hard_stops() or english_frequency(f) >= 3.0):
                return None  # an ordinary word ("empty", "gen", "side room"), not a name
        return lead, lead + len(value)

    def _aligned_columns(self, text: str) -> list[tuple[int, int, str]]:
        """Tables laid out with spaces (exports, logbooks, rotas): a header line naming an identifier column
        (``Init``, ``Pt``, ``Local ID``, ``Bleep``, ``NHS no``...), then rows.  Cells are runs of words
        separated by two or more spaces; a row's cell belongs to a column by its order when the row has as
        many cells as the header, else by where it starts."""
        out: list[tuple[int, int, str]] = []
        lines = list(re.finditer(r"(?m)^.*$", text))
        cell_re = re.compile(r"\S+(?:[ ]\S+)*")
        i = 0
        while i < len(lines):
            line = lines[i].group(0)
            if "|" in line or line.count("\t") >= 2:
                i += 1
                continue
            head = [(m.start(), m.end(), m.group(0)) for m in cell_re.finditer(line)]
            if sum(bool(re.search(r"[^\W\d][ \t]*:(?:[ \t]|$)", label)) for _, _, label in head) >= 2:
                i += 1  # "Patient : NAME   DOB : ...   Hosp : ...": labels with their values, not a header
                continue
            kinds = [_column_kind(label) or ("STAFF" if _RX.staff_column.search(label) else None)
                     for _, _, label in head]
            if len(head) < 3 or not any(k and k != "STAFF" for k in kinds) and not (
                    sum(k == "STAFF" for k in kinds) >= 1 and self._staff_table(lines, i)):
                i += 1
                continue
            j = i + 1
            while j < len(lines) and lines[j].group(0).strip():
                row = lines[j].group(0)
                base = lines[j].start()
                cells = [(m.start(), m.end()) for m in cell_re.finditer(row)]
                for c, kind in enumerate(kinds):
                    if not kind:
                        continue
                    if len(cells) == len(head):
                        cell = cells[c]
                    else:
                        lo = head[c][0]
                        hi = head[c + 1][0] if c + 1 < len(head) else len(row) + 1
                        cell = next((x for x in cells if lo - 3 <= x[0] < hi - 1), None)
                    if cell is None:
                        continue
                    a, b = cell
                    value = row[a:b]
                    if kind == "STAFF":  # "Menon / Siddiqui", "Dr Wojcik": each part a colleague's name
                        for part in re.finditer(r"[^/,&+;]+", value):
                            got = self.parse_name(row, a + part.start())
                            if not got:
                                continue
                            s_, e_, toks = got
                            real = [t for t in toks if len(t) > 2 and not t.isupper()]
                            if real and not self.is_applicant(toks) and not any(
                                    fold(t) in hard_stops() or fold(t) in clinical_terms() for t in real):
                                out.append((base + s_, base + e_, "PERSON"))
                        continue
                    if kind == "PATIENT":
                        got = self._patient_cell(value)
                        if got:
                            role = "PERSON" if re.match(r"(?:Dr|Prof|Sister|Nurse|SN|RN)\b", value) else "PATIENT"
                            out.append((base + a + got[0], base + a + got[1], role))
                    elif sum(ch.isdigit() for ch in value) >= 3 and len(value) <= 30 \
                            and not re.search(r"[a-z]{3}|%", value):  # not a line of prose under the table
                        out.append((base + a, base + b, kind))
                j += 1
            i = j
        return out

    def _staff_table(self, lines, header: int) -> bool:
        """A rota: its rows name doctors ("Dr Adeleke") in at least two places."""
        rows = []
        for line in lines[header + 1:header + 12]:
            if not line.group(0).strip():
                break
            rows.append(line.group(0))
        return sum(len(re.findall(r"\b(?:Dr|Mr|Ms|Mrs|Miss|Prof|Sr|SN|RN)\.?[ ][A-Z]", r)) for r in rows) >= 2

    def _csv_name_cells(self, text: str) -> list[Span]:
        """A comma-separated rota or list whose cells are surnames: "02-Dec,Papadopoulos,Featherstone,Pillai".
        A cell of one capitalised word (or "Dr X") that is a known surname, or stands in two or more cells,
        and is not an ordinary, clinical or calendar word."""
        rows = [m for m in re.finditer(r"(?m)^[^\n]*$", text) if m.group(0).count(",") >= 3]
        cells: list[tuple[int, int, str]] = []
        for row in rows:
            pos = row.start()
            for cell in row.group(0).split(","):
                m = re.fullmatch(r"[ \t]*(?:[A-Z][A-Za-z ]{0,15}:[ \t]*)?(?:Dr\.?[ ]|Mr\.?[ ]|Mrs\.?[ ]|Ms\.?[ ])?"
                                 r"([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*", cell)
                if m:
                    cells.append((pos + m.start(1), pos + m.end(1), m.group(1)))
                pos += len(cell) + 1
        counts: dict[str, int] = {}
        for _, _, w in cells:
            counts[w] = counts.get(w, 0) + 1
        out = []
        for a, b, w in cells:
            f = fold(w)
            if f in common_words() and f not in surnames() or f in clinical_terms() or f in hard_stops() \
                    or f in CALENDAR or self.is_applicant([w]) or f in self.memory.verifier_words:
                continue
            if f in surnames() or counts[w] >= 2:
                out.append(Span(a, b, "PERSON", w))
        return out

    def _rota_grid(self, text: str) -> list[Span]:
        """A rota laid out in columns under a header of days or dates: every cell of a row that is shaped like a
        surname ("BAMIGBOYE", "O'NEILL", "Lloyd-Evans", "Patel R", "de Souza") is a person, the row's first cell
        (the shift) and words like LOCUM, OFF or Bank aside."""
        out: list[Span] = []
        if not _RX.weekday.search(text) and not re.search(r"\d{1,2}(?:/\d{1,2}|-[A-Z][a-z]{2})", text):
            return out
        in_grid = people_first = False
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip():
                in_grid = False
                continue
            days = len(_RX.weekday.findall(line))
            dates = len(re.findall(r"\b\d{1,2}(?:/\d{1,2}|-[A-Z][a-z]{2})\b", line))
            if days >= 3 or dates >= 3:
                in_grid = True
                # a grid whose first column names the people ("Doctor   Mon  Tue ...")
                people_first = re.match(r"[ \t]*(?:doctors?|names?|staff|clinicians?|trainees?|registrars?|consultants?|"
                                        r"grade[ /]+name)\b", line, re.I) is not None
                continue
            if not in_grid:
                continue
            cells = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s|]+(?:[ ][^\s|]+)*", line)]
            if len(cells) < 4:
                in_grid = False
                continue
            if people_first:  # "Roszkowska M     N    N ...", "(locum) Bhatt R  TW ..."
                lead = re.match(r"[ \t]*(?:\((?:locum|bank|agency)\)[ \t]*)?([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?(?:[ ][A-Z]\.?)?)"
                                r"(?=[ \t]{2,}|[ \t]*$)", line)
                if lead:
                    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", lead.group(1)) if len(w) > 1]
                    if words and not self.is_applicant(words) and not any(
                            fold(w) in _ROTA_WORDS or fold(w) in CALENDAR or fold(w) in clinical_terms()
                            or fold(w) in common_words() and fold(w) not in surnames() for w in words):
                        out.append(Span(start + lead.start(1), start + lead.end(1), "PERSON", lead.group(1)))
            # a grid of initials ("49 | JB | KW | TW | FN"): three or more cells of two or three capitals in a row
            short = [(at, cell) for at, cell in cells[1:] if re.fullmatch(r"[A-Z]{2,3}", cell)
                     and cell not in _ROTA_CODES and fold(cell) not in _ROTA_WORDS]
            # ... in a row led by its week or date, with no one-letter shift codes ("E", "N", "L") beside them
            initials_grid = len(short) >= 3 and re.search(r"\d", cells[0][1]) is not None \
                and not any(re.fullmatch(r"[A-Z]|-+", cell) for _, cell in cells[1:])
            mine = self.applicant_initials() if initials_grid else set()
            for at, cell in cells[1:]:
                if initials_grid and (at, cell) in short:
                    if cell not in mine:
                        out.append(Span(start + at, start + at + len(cell), "PERSON", cell))
                    continue
                if not _RX.rota_cell.fullmatch(cell):
                    continue
                words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", cell) if len(w) > 1]
                if not words or any(fold(w) in _ROTA_WORDS or fold(w) in CALENDAR or fold(w) in clinical_terms()
                                    or fold(w) in common_words() and fold(w) not in surnames() for w in words) \
                        or cell.isupper() and len(cell) <= 3 or self.is_applicant(words) \
                        or re.fullmatch(r"[A-Z]{1,4}-(?:D|N|E|L|LD|LN|AM|PM|OC|SD|TW)", cell) \
                        or any(p.upper() in clinical_acronyms() for w in words for p in re.split(r"[-'’]", w)):
                    continue  # "ICU-R", "CONS", "LV-D": a post, a place or a shift on the rota, not a person
                out.append(Span(start + at, start + at + len(cell), "PERSON", cell))
        return out


# A rota's staff by their initials: "NO'K", "DMoo", "AMcE", "LC-B", "RMcA", "FKh" (two capitals at least).
_ROTA_INITIALS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z](?:Mc|Mac|O['’]|[A-Z]|[a-z]){1,4}(?:-[A-Z]{1,2})?")
# A rota's day rows: "Mon 04    NO'K           DMoo", "Tue 05/03   AMcE   TF".
_ROTA_DAY_ROW = re.compile(r"(?m)^[ \t]*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?[ \t]+\d{1,2}(?:/\d{1,2})?"
                           r"(?:/\d{2,4})?(?=[ \t]{2,}|\t)([^\n]*)")
# Shift and leave codes a grid of initials holds beside its people, besides the rota codes above.
_SHIFT_CODES = _ROTA_CODES | {"LN", "ON", "NC", "ZD", "CL", "NWD", "SD", "LDN", "BH", "PH", "WR", "OP", "ENT"}


def rota_initials(p: Pass) -> list[tuple[int, int]]:
    """The staff of a rota by their initials: the cells of its day rows ("Mon 04    NO'K    DMoo", two rows or
    more), and the first cell of each row of a grid under a header of weekdays whose other cells are shift codes
    ("LC    N    N    N    -    LD"); never the applicant's initials or those in brackets after a name the
    document keeps ("Dr S. Gallagher (SG)")."""
    text = p.text
    mine = p.doc.applicant_initials()
    kept = set()
    for _a, b in (*p.applicant_mentions, *p.verifiers):
        m = re.match(r"[ \t]*\(([A-Z][A-Za-z'’-]{1,5})\)", text[b:b + 12])
        if m:
            kept.add(m.group(1))

    def staff(token: str) -> bool:
        letters = re.sub(r"[^A-Z]", "", token)
        return (_ROTA_INITIALS.fullmatch(token) is not None and token not in kept and letters not in mine
                and token not in _SHIFT_CODES and token not in clinical_acronyms() and fold(token) not in common_words())

    out: list[tuple[int, int]] = []
    rows = list(_ROTA_DAY_ROW.finditer(text))
    if len(rows) >= 2:
        for row in rows:
            for cell in re.finditer(r"(?:(?<=[ \t]{2})|(?<=\t))([^ \t\n]+)(?=[ \t]{2,}|\t|[ \t]*$)", row.group(1)):
                if staff(cell.group(1)):
                    out.append((row.start(1) + cell.start(1), row.start(1) + cell.end(1)))
    pos, grid = 0, False
    for line in text.split("\n"):
        if len(_RX.weekday.findall(line)) >= 3 and not _ROTA_DAY_ROW.match(line):
            grid = True
        elif not line.strip():
            grid = False
        elif grid:
            cells = re.split(r"[ \t]+", line.strip())
            first = re.match(r"[ \t]*", line).end()
            if len(cells) >= 4 and all(re.fullmatch(r"[A-Z]{1,3}\d?|-|off|OFF", c) for c in cells[1:]) and staff(cells[0]):
                out.append((pos + first, pos + first + len(cells[0])))
        pos += len(line) + 1
    return out


def tables(p: Pass) -> None:
    """Cells under a header naming an identifier (``| Name | Hosp no |``, CSV, tab- and space-aligned columns);
    a name found in a table is remembered as a name everywhere in the document."""
    text, add = p.text, p.add
    doc = p.doc
    for s, e, kind in doc._table_columns(text) + doc._aligned_columns(text):
        add(s, e, kind)
        if kind in ("PATIENT", "PERSON"):  # a name in a table is a name everywhere in the document
            for w in WORD.findall(text[s:e]):
                if len(w) > 2 and fold(w) not in hard_stops() and fold(w) not in doc.memory.applicant_words:
                    doc.memory.names.setdefault(fold(w), kind)


def csv_names(p: Pass) -> None:
    """Surnames in the cells of a comma-separated rota or list ("02-Dec,Papadopoulos,Featherstone,Pillai")."""
    p.spans.extend(p.doc._csv_name_cells(p.text))


def rota(p: Pass) -> None:
    """People in a rota laid out in columns under a header of days or dates (the shift and LOCUM, OFF aside), and
    its staff by their initials (:func:`rota_initials`), with the same initials wherever else they stand alone
    ("Swaps agreed: RMcA <-> LC")."""
    text = p.text
    p.spans.extend(p.doc._rota_grid(text))
    found = rota_initials(p)
    for a, b in found:
        p.add(a, b, "PERSON")
    for token in {text[a:b] for a, b in found}:
        for m in re.finditer(rf"(?<![\w.&/'’-]){re.escape(token)}(?![\w&/'’-]|\.[A-Za-z])", text):
            if not any(s.start <= m.start() < s.end for s in p.spans):
                p.add(m.start(), m.end(), "PERSON")
