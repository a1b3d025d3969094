"""Who the document keeps and how a name is read: the applicant's and the verifiers' mentions, and the name
parser the name detectors share (:class:`People`, a part of the anonymiser)."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, first_names, fold, hard_stops, surnames, title_blocks
from ...regexes import family
from ..shapes import clinical_acronyms
from .patterns import (CALENDAR, INSTITUTION_AFTER, LETTER, PLACE_BEFORE, PROFESSION, SIGNOFF_RE, TITLES, WORD,
                       eponym_use, is_first)

_RX = family("people")

_PARTICLE_RUN = r"(?:(?:de|da|del|della|der|di|dos|das|du|van|von|le|la|ten|ter|den|ap|ab|bin|binti|ibn|al|el)[ \t]+){1,3}[A-Z]"

_PARTICLES = {"da", "de", "del", "della", "der", "di", "dos", "das", "du", "van", "von", "le", "la", "bin", "binti",
              "bint", "ibn", "al", "el", "ter", "ten", "ní", "ni", "nic", "mac", "ap", "y", "te", "st", "ó", "ua", "uí",
              "mhic", "ui"}

# a word of applicant_mentions (letters, inner apostrophes and hyphens, a full stop)
_MENTION_TOKEN = re.compile(rf"{LETTER}+(?:['’\-]{LETTER}+)*\.?")
# parse_name's small patterns, compiled once (the same sources it compiled at each call)
_LEAD = re.compile(r"[ \t\u00a0]*")
_LEAD_AFTER_TITLE = re.compile(r"[ \t\u00a0]*(?:\n(?=[A-Z][a-z]))?")
_OCR_L_NAME = re.compile(r"l[a-z]{2,}(?=[ \t]+[A-Z][a-z])")
# one title or two ("Prof. Dr Levent Karaağaçlı", as Turkish, German and South Asian records write a professor)
_TITLE_AHEAD = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|SN|Sr|Sister|Nurse|DC|PC)\.?[ \t]+){1,2}(?=[A-Z]|"
                          + _PARTICLE_RUN + ")")
_INITIAL = re.compile(r"([^\W\d_])(?:\.(?=[^\W\d_]\.)|\.?(?![\w'’]))")
_SPACE_BEFORE_CAPITAL = re.compile(r"[ \t](?=[A-Z])")
_AFTER_PARTICLE = re.compile(r"[ \t]+([A-Z]|[tnh](?=[A-Z])|(?:de|da|der|den|la|le|los|las)(?=[ \t]))")
_SPACES_CAPITAL = re.compile(r"[ \t]+([A-Z])")
_BRACKETED_SHORT_NAME = re.compile(r"[ ]\([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+\)(?=[ ][A-Z])")
_NAME_SEPARATOR = re.compile(r"[ \t\u00a0](?=[A-Za-z\u00c0-\u024f])|[ \t]?,[ \t]?(?=[A-Z])")


# A table column of those who supervised or assessed what each row records: a logbook's "Supervisor", a list of
# assessments' "Assessor".
_VERIFIER_HEADER = re.compile(r"(?i)^[ \t]*(?:(?:clinical|educational)[ \t]+)?(?:supervisor|supervising[ \t]+(?:consultant|trainer)|"
                              r"trainer|assessor|assessed[ \t]+by|supervised[ \t]+by|verified[ \t]+by|signed[ \t]+off[ \t]+by)"
                              r"(?:['’]?s)?(?:[ \t]+name)?[ \t]*$")


_JUNIOR_IN_CELL = re.compile(r"(?i)\bby[ \t]+me\b|\((?:[^)\n]*?\b)?(?:FY?[12]|CT[1-3]|ST[1-8]|student|trainee|junior)\b")


def _verifier_column(text: str) -> list[int]:
    """Where the cells of a supervisor's or an assessor's column start, in tables whose cells are set off by bars
    ("Date | Patient ID | Procedure | Role | Supervisor" and the rows under it, as many cells each)."""
    out: list[int] = []
    lines = text.split("\n")
    pos = 0
    column = width = None
    for line in lines:
        cells = line.split("|")
        if len(cells) >= 2:
            found = [i for i, c in enumerate(cells) if _VERIFIER_HEADER.match(c)]
            if found:
                column, width = found[0], len(cells)
            elif column is not None and len(cells) == width:
                at = pos + sum(len(c) + 1 for c in cells[:column])
                cell = cells[column]
                if not _JUNIOR_IN_CELL.search(cell):  # "Dr X (ST3, trained by me)": a trainee the applicant taught
                    out.append(at + len(cell) - len(cell.lstrip()))
            else:
                column = None
        else:
            column = None
        pos += len(line) + 1
    return out


class People:
    """The anonymiser's knowledge of people: who is the applicant, who verifies the evidence, what reads as
    a name."""

    def applicant_mentions(self, text: str) -> list[tuple[int, int]]:
        """Runs of words that are all the applicant's names or their initials ("Dr P. Raman", "Tan, Mei Ling")."""
        if not self.memory.applicant_words:
            return []
        initials = {w[0] for w in self.memory.applicant_words}
        hyphen = self.hyphen_initials()
        out = []
        tokens = list(_MENTION_TOKEN.finditer(text))
        i = 0
        while i < len(tokens):
            j = i
            real = 0
            while j < len(tokens):
                tok = tokens[j].group(0).rstrip(".")
                f = fold(tok)
                if f in self.memory.applicant_words:
                    real += 1
                elif (len(tok) == 1 and tok.isupper() and f in initials) or f in hyphen:
                    pass
                elif (real and tok[:1].isupper() and j + 1 < len(tokens)
                      and fold(tokens[j + 1].group(0).rstrip(".")) in self.memory.applicant_words
                      and re.fullmatch(r"[ \t]", text[tokens[j].end():tokens[j + 1].start()] or "x")):
                    pass  # a middle name or initial: "Dr Priya S. Raman"
                else:
                    break
                if j + 1 < len(tokens):
                    gap = text[tokens[j].end():tokens[j + 1].start()]
                    if not re.fullmatch(r"[ \t]*,?[ \t]*", gap) or len(gap) > 3:
                        j += 1
                        break
                j += 1
            if real:
                start = tokens[i].start()
                end = tokens[j - 1].end()
                # take a title in front too
                before = text[max(0, start - 6):start]
                tm = re.search(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+$", before)
                if tm:
                    start -= len(tm.group(0))
                out.append((start, end))
                i = j
            else:
                i += 1
        return out

    def applicant_initials(self) -> set[str]:
        """The applicant's initials as written in lists ("AO", "OA" for Amara Okafor; middle names too)."""
        if not self.applicant:
            return set()
        words = [w for w in WORD.findall(self.applicant) if fold(w) not in TITLES and len(w) > 1]
        if not words:
            return set()
        first = "".join(w[0].upper() for w in words)
        out = {first, first[-1] + first[:-1], words[0][0].upper() + words[-1][0].upper()}
        # each part of a hyphenated name ("RAK", "RA-K" for Rami Al-Khatib), a particle in small letters ("PvR" for
        # Pieter van Rensburg) and a Mc or Mac before a capital ("DMcE" for Declan McEvoy), as rotas print them
        parts = ["".join(_initial(q) for q in w.split("-")) for w in words]
        out |= {"".join(parts), "".join(w[0].upper() for w in words[:-1]) + "-".join(_initial(q) for q in
                                                                              words[-1].split("-"))}
        small = "".join(w[0].lower() if fold(w) in _PARTICLES and i else _initial(w) for i, w in enumerate(words))
        out.add(small)
        return {i for i in out if len(i) > 1}

    def verifier_mentions(self, text: str) -> list[tuple[int, int]]:
        """Names of people who sign or verify the evidence (assessors, supervisors, referees, a testimonial's
        author): the GMC asks applicants to leave them.  Their words are remembered for the whole document."""
        out = []
        # (not "Signed:" on a consent form's line: the patient or a relative signs there)
        starts = [(m.end(), "label") for m in _RX.verifier_label.finditer(text)
                  if not _RX.consent_line.search(text, text.rfind("\n", 0, m.start()) + 1, m.end())]
        starts += [(m.end(), "weak") for m in _RX.weak_verifier_label.finditer(text)]
        # "Authorised: Dr X, Consultant Microbiologist": a laboratory's own sign-off, not the evidence's verifier
        release = {pos for pos, _ in starts if _RX.lab_release_label.search(text, max(0, pos - 40), pos)
                   and not re.search(r"(?i)\bverified\b", text[max(0, pos - 40):pos])}
        starts += [(m.start(), "after") for m in _RX.titled_name.finditer(text)]
        if not _RX.dispute.search(text):
            starts += [(m.end(), "label") for m in _RX.chair_label.finditer(text)]
            starts += [(m.end(), "label") for m in _RX.consultant_label.finditer(text)]
        starts += [(pos, "label") for pos in _verifier_column(text)]
        disputed = bool(_RX.dispute.search(text))
        for m in _RX.review_label.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if disputed and _RX.review_in_story.search(text, line_start, m.start()):
                continue  # "The first X-ray, reviewed by Dr X, ...": in a complaint's story, not its record
            starts.append((m.end(), "review"))
        if _RX.testimonial.search(text):
            starts += [(m.end(), "signoff") for m in SIGNOFF_RE.finditer(text)]
            # the author's block at the foot: "Dr Claire Openshaw MBChB FRCEM\nConsultant in Emergency Medicine"
            starts += [(m.start(1), "signoff") for m in re.finditer(r"(?m)^[ \t]*((?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z])", text)]
        seen: set[int] = set()
        while starts:
            pos, how = starts.pop(0)
            got = self.parse_name(text, pos)
            if not got or got[0] in seen:
                continue
            s, e, words = got
            if how == "signoff" and not _RX.senior_after.match(text[e:e + 120]):
                continue  # a testimonial's author signs with a post ("Consultant", "Clinical Director")
            if how == "weak" and not _RX.post_after.match(text, e):
                continue  # "Checked: Dr X, Clinical Supervisor" (not the nurse who checked a drug)
            if pos in release and how in ("label", "weak") and _RX.lab_post_after.match(text, e):
                continue
            if how == "after" and not _RX.verified_after.match(text, e):
                continue
            if how == "review" and _RX.junior_after.match(text, e):
                continue  # "02:40 reviewed by Dr X (F1)": a junior doctor in the record, not its reviewer
            seen.add(s)
            if how in ("label", "listed"):  # "Raters who agreed to be named: Dr A (consultant), Ms B (ward manager)"
                more = re.compile(r"(?:[ \t]*\([^)\n]{0,40}\))?(?:,[ \t]*|[ \t]+and[ \t]+)(?=(?:Dr|Prof(?:essor)?|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z])")
                nxt = more.match(text, e)
                if nxt:
                    starts.append((nxt.end(), "listed"))
            real = [fold(w) for w in words if len(w) > 1]
            if not real or any(f in hard_stops() for f in real[:1]):
                continue
            title = re.search(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?[ \t]+$", text[max(0, s - 12):s])
            out.append((s - (len(title.group(0)) if title else 0), e))
            self.memory.verifier_words.update(real)
        return out

    def is_verifier(self, span_text: str, whole: bool = False) -> bool:
        """All the words of a name are a verifier's (with ``whole``: at least two of them, so that a patient
        who shares a supervisor's surname is still removed)."""
        words = [fold(w) for w in WORD.findall(span_text) if len(w) > 1]
        return len(words) >= (2 if whole else 1) and all(w in self.memory.verifier_words for w in words)

    def is_initialled_verifier(self, text: str, start: int, end: int) -> bool:
        """A doctor written by initial and surname after "Dr" or "Prof" ("Dr G. Quinn") whose surname and initial
        are a verifier's ("Verified ...: Dr Gráinne Quinn"): the same person, kept.  A "Mr" or "Mrs" with only the
        surname is not enough (a patient may share a verifier's surname)."""
        if not re.search(r"\b(?:Dr|Prof|Professor)\.?[ \t]+$", text[max(0, start - 12):start]):
            return False
        words = WORD.findall(text[start:end])
        real = [fold(w) for w in words if len(w) > 1]
        initials = [fold(w) for w in words if len(w) == 1]
        known = self.memory.verifier_words
        return len(real) == 1 and bool(initials) and real[0] in known \
            and all(any(k.startswith(i) for k in known if k != real[0]) for i in initials)

    def hyphen_initials(self) -> set[str]:
        """"m-l" for an applicant called Mei-Ling: the initials of a hyphenated given name, as printed."""
        return {"-".join(p[0] for p in w.split("-") if p) for w in self.memory.applicant_words if "-" in w}

    def is_applicant(self, words: list[str]) -> bool:
        if not self.memory.applicant_words:
            return False
        initials = {w[0] for w in self.memory.applicant_words}
        hyphen = self.hyphen_initials()
        words = [w for w in words if fold(w.rstrip(".")) not in hyphen]
        real = [fold(w) for w in words if len(w.rstrip(".")) > 1]
        inits = [fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) == 1]
        return bool(real) and all(w in self.memory.applicant_words for w in real) and all(i in initials for i in inits)

    def parse_name(self, text: str, pos: int, after_title: bool = False) -> tuple[int, int, list[str]] | None:
        """A person's name starting at ``pos`` (after any title): start, end, words."""
        n = len(text)
        # skip spaces and a title (after a title, the name may begin the next line: "Letter to GP Dr\nAmal Haddad")
        m = (_LEAD_AFTER_TITLE if after_title else _LEAD).match(text, pos)
        pos = m.end()
        if after_title:  # OCR reads a capital I as l: "Dr lolo Bowen", "PC leuan Davies"
            ocr = _OCR_L_NAME.match(text, pos)
            if ocr and fold(ocr.group(0)) not in hard_stops() and fold(ocr.group(0)) not in clinical_terms():
                words_l = [ocr.group(0)]
                nxt = WORD.match(text, ocr.end() + 1)
                if nxt:
                    return pos, nxt.end(), words_l + [nxt.group(0)]
        tm = _TITLE_AHEAD.match(text, pos)
        if tm:
            pos = tm.end()
            after_title = True
        start = pos
        words: list[str] = []
        end = pos
        inverted = False
        while pos < n and len(words) < 6:
            wm = WORD.match(text, pos)
            im = _INITIAL.match(text, pos)
            if im and not im.group(1).isupper():
                im = None
            if wm and len(wm.group(0)) > 1:
                w = wm.group(0)
                f = fold(w)
                if text[wm.end():wm.end() + 1].isdigit():  # "FY1", "NE6": codes, not names
                    break
                if words and _RX.degree.fullmatch(w):
                    break
                if not w[0].isupper() and words and w[0] == "l" and len(w) > 2 and is_first(fold("i" + w[1:])):
                    words.append(w)  # OCR's l for a capital I: "Lachlan lain Moffat"
                    pos = end = wm.end()
                    sep = _SPACE_BEFORE_CAPITAL.match(text, pos)
                    if not sep:
                        break
                    pos = sep.end()
                    continue
                if not w[0].isupper() and words and re.fullmatch(r"[tnh][A-Z][a-z'’]+", w):
                    words.append(w)  # Gaelic lenition after "Mac an": "tSaoir", "nGael"
                    pos = end = wm.end()
                    continue
                if not w[0].isupper():
                    if f in _PARTICLES and words or (f in _PARTICLES and re.match(r"[ \t]+[A-Z]", text[wm.end():wm.end() + 2])) \
                            or f in _PARTICLES and re.match(_PARTICLE_RUN, text[wm.start():wm.start() + 40]) \
                            or f == "an" and words and fold(words[-1]) in ("mac", "nic", "mhic"):
                        nxt = _AFTER_PARTICLE.match(text, wm.end())
                        if not nxt:
                            break
                        words.append(w)
                        pos = wm.end()
                        end = pos
                        pos = nxt.start(1)
                        continue
                    break
                if w in ("St", "Ste") and words and re.match(r"[ \t]+[A-Z][a-z]+(?![\w'’-])(?![ \t]+(?:Hospital|Wing|Ward|"
                                                               r"Unit|Centre|Center|Church|School|Road|Street|Lane))", text[wm.end():]):
                    nxt = _SPACES_CAPITAL.match(text, wm.end())
                    words.append(w)  # "Jerome St Clair", "Odette St John": a surname with Saint in it
                    pos = nxt.start(1)
                    end = wm.end()
                    continue
                block = title_blocks() if (after_title and not words) else hard_stops()
                caps_surname = after_title and words and w.isupper() and len(w) >= 3 and words[-1].istitle() \
                    and w not in clinical_acronyms() and not re.match(r"[ \t]*\d", text[wm.end():wm.end() + 3])
                # "Desmond Patrick WARD": a surname in capitals after given names, no title needed (not "WARD 7")
                caps_surname = caps_surname or bool(
                    words and w.isupper() and len(w) >= 3 and all(x.istitle() for x in words) and is_first(fold(words[0]))
                    and f in surnames() and w not in clinical_acronyms()
                    and not re.match(r"[ \t]*(?:\d|[A-Z]\b)", text[wm.end():wm.end() + 3]))
                # "Mr Reginald GREEN": the surname in capitals (not "WARD 7")
                # "Dr Sunday Eze", "Mrs May Holt": after a title, a day or month with a surname after it is a first name
                calendar_first = after_title and not words and f in CALENDAR and w.istitle() and len(w) > 3 \
                    and re.match(r"[ \t]+[A-Z][a-z'’-]+(?![\w'’-])", text[wm.end():wm.end() + 30]) is not None \
                    and fold(re.match(r"[ \t]+([A-Z][a-z'’-]+)", text[wm.end():]).group(1)) not in hard_stops()
                if f in block and not caps_surname and not calendar_first \
                        and not (words and is_first(f) and is_first(fold(words[-1])) and w.istitle()) \
                        and not (after_title and words and f in surnames() and w.istitle()):
                    break
                if PROFESSION.search(w):
                    break
                if words and w.isupper() and not words[-1].isupper() and w in clinical_acronyms():
                    break  # "K. Whitmore DKA", "J. Ostrowski NSTEMI DNACPR": a board's findings after the name
                if words and INSTITUTION_AFTER.match(" " + w) and f not in first_names() | surnames():
                    break
                words.append(w)
                end = wm.end()
                pos = end
            elif im and (words or re.match(r"[ \t]*[^\W\d_][\w'’.-]", text[im.end():im.end() + 3])):
                words.append(im.group(1))
                end = im.end()
                pos = end
                if re.match(r"[^\W\d_]\.", text[pos:pos + 2]):  # "A.B. Smith": the next initial follows at once
                    continue
            else:
                break
            # a short name in brackets inside the name: "Chukwuemeka (Emeka) NWOSU"
            bracket = _BRACKETED_SHORT_NAME.match(text, pos) if words else None
            if bracket:
                pos = bracket.end()
                end = pos
            # separator: one space/tab, or ", " for "SURNAME, First"
            sep = _NAME_SEPARATOR.match(text, pos)
            if not sep:
                break
            if "," in sep.group(0):
                if inverted or not self.inversion_ok(words, text, sep.end()):
                    break
                inverted = True
            pos = sep.end()
        # drop trailing initials that are really a following word ("A" in "... A&E")
        while words and len(words[-1]) == 1 and len(words) > 1 and not text[end - 1] == ".":
            # keep "Henderson K" (an initial after a surname) only if the line goes on with a separator
            if re.match(r"[ \t]*(?:[,|(\n]|[ \t]{2}|$)", text[end:end + 3]):
                break
            words.pop()
            end = text.rfind(words[-1], start, end) + len(words[-1]) if words else start
        while words and fold(words[-1]) in _PARTICLES:
            words.pop()
            end = text.rfind(words[-1], start, end) + len(words[-1]) if words else start
        if not words or all(len(w) == 1 for w in words):
            return None
        return start, end, words

    def inversion_ok(self, words: list[str], text: str, pos: int) -> bool:
        """"NGUYEN, Thi Lan", "Henderson, Kyle": a surname, a comma, given names."""
        if not words or len(words) > 2:
            return False
        nxt = WORD.match(text, pos)
        if not nxt:
            return False
        first = nxt.group(0)
        if fold(first) in hard_stops() or not first[0].isupper():
            return False
        surname_caps = all(w.isupper() or re.match(r"^(?:Mc|Mac|O['’])[A-Z]+", w) for w in words)
        if surname_caps and not first.isupper():
            return True
        return fold(first) in first_names()

    def plausible(self, text: str, s: int, e: int, words: list[str]) -> bool:
        """Without a title or label: a known first name or surname, or an unknown capitalised pair."""
        folded = [fold(w) for w in words if len(w) > 1]
        if not folded:
            return False
        if any(f in hard_stops() for f in folded[:1]):
            return False
        if len(words) == 1 and words[0] in self.applicant_initials():
            return False  # the applicant's initials in a rota's or a list's cell ("| RAK |")
        before = text[max(0, s - 30):s]
        if PLACE_BEFORE.search(before) or INSTITUTION_AFTER.match(text[e:e + 40]):
            return False
        known_first = any(is_first(f) for f in folded)
        known_sur = any(f in surnames() for f in folded)
        if all(w.isupper() and len(w) <= 4 for w in words) and not (known_first or known_sur):
            return False  # "CT KUB", "ECG AF": acronyms
        clinical = sum(f in clinical_terms() for f in folded)
        common = sum(w.lower() in self.memory.lower_words or fold(w) in common_words() for w in words if len(w) > 1)
        if known_first and (len(folded) > 1 or words[0].istitle() or words[0][0].isupper()):
            return not (len(folded) == 1 and (clinical or common)) and not eponym_use(text, e)
        initials = len(words) - len(folded)
        if (len(folded) >= 2 or initials) and known_sur and clinical < len(folded) and not common:
            return True
        if len(folded) >= 2 and not common and not clinical and all(w[0].isupper() for w in words):
            return True
        return False

    def cue_plausible(self, text: str, s: int, e: int, words: list[str]) -> bool:
        """Right after a relation or role word ("nurse Jones", "son Graham"): any capitalised
        word that is not a common word, a clinical term or a place."""
        real = [w for w in words if len(w) > 1]
        if not real or len(real) > 4:
            return False
        folded = [fold(w) for w in real]
        if all(w.isupper() and len(w) <= 3 and f not in surnames() for w, f in zip(real, folded)):
            return False  # "Specialty Doctor EM", "nurse RGN": acronyms
        if folded[0] in hard_stops() or any(
                f in clinical_terms() and f not in surnames() and not is_first(f) for f in folded):
            return False
        if any(w.lower() in self.memory.lower_words or fold(w) in common_words() and not is_first(fold(w))
               for w in real) or eponym_use(text, e):
            return False
        if PLACE_BEFORE.search(text[max(0, s - 30):s]) or INSTITUTION_AFTER.match(text[e:e + 40]):
            return False
        return all(w[0].isupper() for w in real)


# Particles of a surname that rotas and lists print in small letters among initials ("PvR", "JdS").
_PARTICLES = frozenset({"van", "von", "de", "da", "der", "den", "di", "du", "le", "la", "al", "el", "ap", "bin",
                        "bint", "ibn", "dos", "das", "del", "della"})


def _initial(word: str) -> str:
    """A word's initial as lists print it: its capital, or "Mc"/"Mac" with the capital after it ("McEvoy": "McE")."""
    m = re.match(r"(Ma?c)([A-Z])", word)
    return m.group(1) + m.group(2) if m else word[:1].upper()
