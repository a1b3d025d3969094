"""Detectors: postcodes, practices, named places, streets and address blocks."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, english_frequency, fold, hard_stops, surnames
from ..resolver import Span
from ...regexes import family
from .base import Pass
from .patterns import (AREA, CALENDAR, INSTITUTION_AFTER, OCR_TO_DIGIT, POSTCODE, POSTCODE_AREAS, SP, TITLES, eponym_use,
                       is_first)

_RX = family("addresses", area=AREA, sp=SP)


_GENERIC_PRACTICE_WORDS = {"Medical", "General", "Clinical", "Good", "Private", "Dental", "Health", "Family", "Group",
                           "Care", "Nursing", "NHS", "Primary", "Community", "Local", "Best", "Evidence-based", "Safe"}


_OCR_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})
# A postcode's shape with OCR's confusions of letters and digits in it ("KQl 4NB", "0F3 5NB").
_OCR_POSTCODE = re.compile(r"(?<![A-Za-z0-9/-])([A-Z0][A-Z0][\dlIO][A-Z\dlIO]?[ ][\dlIO][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9/-])")


# Capitalised words after a place's cue that name no place one could find a person by.
_NOT_A_PLACE = {"hospital", "ward", "unit", "theatre", "theatres", "resus", "majors", "minors", "clinic", "surgery",
                "practice", "trust", "university", "infirmary", "school", "work", "church", "england", "wales",
                "scotland", "ireland", "britain", "uk", "us", "him", "her", "them", "i", "we", "dr", "mr", "mrs", "ms",
                "miss", "prof", "sister", "nurse", "god", "christmas", "easter"}


def organisations(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an NHS organisation or a hospital in full (kept: the GMC's rules keep institutions)."""
    return [m.span() for pattern in (_RX.organisation, _RX.organisation_abroad) for m in pattern.finditer(text)]


def _postcode_plausible(candidate: str) -> bool:
    letters = [c for c in candidate if c.isalpha()]
    # "Ab1 2cd" mixes cases only by accident; all-lower ("ne1 4nx") and all-upper are fine
    if letters and not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return False
    return True


def _extend_towns(text: str, end: int) -> int:
    """After a street: ", Town" parts (capitalised, up to three)."""
    for _ in range(3):
        m = re.compile(rf"[ \t]*,[ \t]*((?:{_RX.sname})(?:[ \t]+(?:{_RX.sname}|upon|on|le|in|by|y)){{0,3}})(?=[ \t]*(?:,|\n|$|[ \t]+[A-Za-z]{{1,2}}\d|\.|\)|;|\|)|[ \t]{{2,}}|[ ](?:with|and|on|in|at|for|to|who|where|after|before|from|was|is|had|you|he|she|they|we|it|but|so|then|when|because|last|next|this|that)\b)").match(text, end)
        if not m:
            break
        part = m.group(1)
        if _RX.institution_words.search(part) or any(fold(w) in hard_stops() and fold(w) not in ("north", "south", "east", "west", "upper", "lower", "great", "little", "new", "old", "low", "high", "nether", "far") for w in part.split()[:1]):
            break
        end = m.end()
    return end


# A street named after an institution ("Infirmary Road", "40 lnfirmary Lane", "Hospital Street"): a street.
_INSTITUTION_STREET = re.compile(rf"(?i)^(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:hospital|[il]nfirmary|college|university)"
                                 rf"[ \t]+(?:{_RX.street_words})$")


def _address_part_ok(part: str) -> bool:
    part = part.strip().rstrip(",.")
    if not part or len(part) > 60:
        return False
    if _RX.institution_words.search(part) and not _RX.practice_words.search(part) \
            and not re.match(r"(?i)^(?:flat|unit|room|suite|block)[ \t]+\w{1,4}$", part) \
            and not _INSTITUTION_STREET.search(part):
        return False
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|@|\b(?:DOB|d\.o\.b|NHS|MRN|Tel|tel|Phone|phone)\b", part):
        return False
    if re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]", part):
        return False
    if _RX.address_part.match(part):
        return True
    # "by Fort Morvern" (a place near a town), "Sea view Court" (a lower-case word in a street's name)
    near = re.match(r"(?:by|nr\.?|near)[ \t]+(?=[A-Z])", part)
    if near:
        return bool(_RX.address_part.match(part[near.end():]))
    words = part.split()
    if 2 <= len(words) <= 5 and re.search(rf"\b(?:{_RX.street_words})$", part) and words[0][:1].isupper():
        lowered = [w for w in words[1:-1] if w[:1].islower()]
        if len(lowered) == 1 and lowered[0].isalpha() and len(lowered[0]) <= 8:
            return bool(_RX.address_part.match(" ".join(w[:1].upper() + w[1:] for w in words)))
    return False


def _address_blocks(text: str, postcodes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines and comma parts of an address just before (and on the line of) a postcode."""
    out = []
    for pc_start, _pc_end in postcodes:
        line_start = text.rfind("\n", 0, pc_start) + 1
        prefix = text[line_start:pc_start]
        # a postcode label just before the postcode is not part of the address
        prefix = re.sub(r"(?i)(?:p/?code|post[ \t]?code|pc)[ \t]*[:.]?[ \t]*$", "", prefix)
        prefix = re.sub(r"(?<=[a-z])[ \t]+[-–][ \t]*$", "", prefix)  # "College Road, Chennai - 600 006"
        cut = prefix
        label = None
        # (an address in brackets starts at the bracket: "her father (Tigh na Mara, Uig, IV51 9XX)")
        for lm in re.finditer(r"(?i)\b(?:addres\s?s|home|lives at|live at|resides at|at)\b[ \t]*:?[ \t]+|:[ \t]*|\([ \t]*", prefix):
            label = lm
        if label is not None:
            cut = prefix[label.end():]
        base = line_start + (len(prefix) - len(cut))
        parts = [p for p in re.split(r"(,|[ \t]{2,}|\t|;|\|)", cut)]  # a tab parts cells, as two blanks do
        # walk back over comma parts
        pos_end = base + len(cut)
        consumed_all = True
        acc_start = None
        offset = base + len(cut)
        for part in reversed(parts):
            offset -= len(part)
            if part in (",", ";", "|") or (part.strip() == "" and part != ""):
                if part in (";", "|"):
                    consumed_all = False
                    break
                if re.fullmatch(r"[ \t]{2,}|\t", part) and acc_start is not None:
                    consumed_all = False
                    break
                continue
            if not part:
                continue
            if _address_part_ok(part):
                lead = len(part) - len(part.lstrip())
                acc_start = offset + lead
            else:
                # "... Eastbrook ne1 4nx": a town after other words on the line
                tail = re.search(rf"((?:{_RX.sname}[ \t]?){{1,3}})[ \t]*$", part)
                if tail and _address_part_ok(tail.group(1)) and not _RX.institution_words.search(tail.group(1)):
                    if fold(tail.group(1).split()[0]) not in hard_stops():
                        acc_start = offset + tail.start(1)
                consumed_all = False
                break
        if acc_start is not None:
            out.append((acc_start, pos_end))
        if label is not None or not consumed_all:
            continue
        # lines above
        cursor = line_start - 1
        blank_skipped = False
        for _ in range(6):
            if cursor <= 0:
                break
            prev_start = text.rfind("\n", 0, cursor) + 1
            line = text[prev_start:cursor]
            stripped = line.strip()
            if not stripped:
                if blank_skipped or prev_start == 0:
                    break
                blank_skipped = True  # OCR puts blank lines inside an address block
                cursor = prev_start - 1
                continue
            lab = re.match(r"(?i)^(?:[\w' ]{0,25}addres\s?s|home)[ \t]*:[ \t]*", stripped)
            body = stripped[lab.end():] if lab else stripped
            if not body or not all(_address_part_ok(p) for p in body.split(",") if p.strip()):
                break
            lead = len(line) - len(line.lstrip()) + (lab.end() if lab else 0)
            out.append((prev_start + lead, prev_start + len(line.rstrip())))
            if lab:
                break
            cursor = prev_start - 1
    return out


def _labelled_addresses(text: str) -> list[tuple[int, int]]:
    """"Address: ...", "lives at ...": the rest of the line, up to a postcode or a new field."""
    out = []
    for m in _RX.address_label.finditer(text):
        start = m.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        value = text[start:line_end]
        quoted_house = value[:1] in "\"“"  # '"Sirisewana", Udawela, ...': a house's name in quotes
        for stop in re.finditer(r"[ \t]{3,}|\||(?<![A-Z])\.(?:[ \t]|$)|\b(?:Tel|Phone|Mob|DOB|NHS|GP|CNIC|NIC)\b|[\"“”]|"
                                r"[ \t]*\((?![A-Za-z]{1,6}\))|\)", value):
            if quoted_house and value[stop.start()] in "\"“”":
                continue
            # a full stop after a short word is an abbreviation of an address ("ul. Jakubowskiego 2", "Str. Baba
            # Novac nr. 21", "H/No. AK-447", "Brgy. Bagong Silangan", "Mah. 83. Sokak"), not the end of a sentence,
            # unless a sentence's word follows ("12 Hill St. She was seen ...")
            if value[stop.start()] == "." and re.search(r"(?:^|[\s/,(])[^\W_]{1,4}$", value[:stop.start()]):
                following = re.match(r"[ \t]*([^\W\d_]+)\b", value[stop.end():])
                word = fold(following.group(1)) if following else ""
                if not (word and (word in common_words() or english_frequency(word) >= 4.5) and not is_first(word)):
                    continue
            value = value[:stop.start()]
            break
        pc = POSTCODE.search(value)
        if pc:
            value = value[:pc.start()]
        value = value.rstrip(" ,;")
        if not value or len(value) > 100:
            continue
        # a number, a street word, or a list of places ('"Sirisewana", Udawela, Galagedara, Kandy District')
        # a strong label ("Address:", "Residence:", "Adres:") with two places after it will do ("Shubra El-Kheima,
        # Qalyubia"); after "lives at" or "Vill:" more is asked
        strong = re.search(r"(?i)addr|resid|domicil|adres|adresa|anschrift|indirizzo|direcci|endere", m.group(0))
        places = re.findall(r"[A-ZÀ-ÖØ-Þ][\w'’-]+", value)
        if not (re.search(r"\d", value) or re.search(rf"\b(?:{_RX.street_words})\b", value) or value.count(",") >= 2
                or strong and value.count(",") == 1 and len(places) >= 2):
            continue
        if _RX.institution_words.search(value) and not re.search(r"\d", value):
            continue
        if re.search(r"(?i)\b\d+(?:\.\d+)?[ \t]*(?:mg|mcg|micrograms?|ml|mmol|units?|iu)\b", value):
            continue  # "Add: 5 mg amlodipine, ...": a prescription's line
        out.append((start, start + len(value)))
    return out


def _street_plausible(text: str, m: re.Match) -> bool:
    first = m.group(0).split()[0]
    return fold(first) not in hard_stops() or first in ("Church", "Station", "High", "Mill", "Park", "Lower", "Upper",
                                                       "North", "South", "East", "West", "Old", "New", "Great",
                                                       "Little", "Castle", "Market", "Bridge")


def postcodes(p: Pass) -> None:
    """UK postcodes of real postcode areas, as printed or with OCR letters for digits ("CA11 8PL", "CA1l 8PL");
    where they stand is remembered for the address blocks around them (:func:`addresses`)."""
    text, add, postcodes = p.text, p.add, p.postcodes
    for m in POSTCODE.finditer(text):
        if _postcode_plausible(m.group(0)):
            add(m.start(), m.end(), "POSTCODE")
            postcodes.append((m.start(), m.end()))
    for m in _RX.postcode_ocr.finditer(text):
        cand = m.group(1)
        out_code, in_code = cand.split()
        k = 2 if out_code[:2].upper() in POSTCODE_AREAS and not out_code[1].isdigit() else 1
        if k >= len(out_code):  # a two-letter area with no district ("WC 1AA" is no postcode)
            continue
        fixed = (out_code[:k] + out_code[k].translate(OCR_TO_DIGIT) + out_code[k + 1:] + " "
                 + in_code[0].translate(OCR_TO_DIGIT) + in_code[1:])
        if any(c.isdigit() for c in cand) and POSTCODE.fullmatch(fixed) and _postcode_plausible(fixed) \
                and not any(a <= m.start(1) < b for a, b in postcodes):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))
    for m in _RX.postcode_ocr_area.finditer(text):  # "Y031 8HE": the area's O read as a zero
        cand = m.group(1)
        fixed = cand[0] + cand[1].translate(_OCR_TO_LETTER) + cand[2:]
        if fixed[:2] in POSTCODE_AREAS and POSTCODE.fullmatch(fixed) and not any(a <= m.start(1) < b for a, b in postcodes):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))
    for m in (*_RX.eircode.finditer(text), *_RX.pin_code.finditer(text)):
        if not any(a <= m.start(1) < b for a, b in postcodes):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))
    for m in _RX.postcode_shape.finditer(text):
        if not any(a <= m.start(1) < b for a, b in postcodes):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))
    # a postcode of any area as OCR printed it ("KQl 4NB", "0F3 5NB") at the end of an address's line
    for m in _OCR_POSTCODE.finditer(text):
        cand = m.group(1)
        out_code, in_code = cand.split()
        fixed = (out_code[:2].translate(_OCR_TO_LETTER) + out_code[2:].translate(OCR_TO_DIGIT) + " "
                 + in_code[0].translate(OCR_TO_DIGIT) + in_code[1:])
        if fixed == cand or not _RX.postcode_shape.fullmatch(fixed) or any(a <= m.start(1) < b for a, b in postcodes):
            continue
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        before = text[line_start:m.start(1)].rstrip(" \t,")
        last = before.rsplit(",", 1)[-1] if "," in before else ""
        if last and _address_part_ok(last):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))


_TITLE_IN_GAP = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b")


def _applicants_own(p: Pass, start: int, end: int) -> bool:
    """A surgery or practice (not a care home) named right after the applicant's name on its line (not only their
    initials, and nobody else named between): their signature ("Dr Farhan Siddiqui, Shirelands Medical Practice")
    or their own log's heading ("Dr F Siddiqui (FS) - Shirelands Medical Practice", "Alston Moor Surgery, Cumbria -
    Dr H Ogunleye")."""
    text = p.text
    if not re.search(r"(?i)\b(?:surgery|practice|medical[ \t]+centre|health[ \t]+centre)\b", text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for a, b in p.applicant_mentions:
        if not line_start <= a <= b <= line_end:
            continue
        if b <= start and len(re.findall(r"[^\W\d_]{2,}", text[a:b])) >= 2 and len(text[b:start]) <= 50 \
                and not _TITLE_IN_GAP.search(text[b:start]):
            return True  # "Dr Helen Ogunleye, GP, Alston Moor Surgery"
        if a >= end and re.fullmatch(r"[ \t]*(?:,[ \t]*[A-Z][\w'’ -]{0,30}?)?[ \t]*[-–|:][ \t]*(?:Dr|Mr|Mrs|Ms|Miss)?\.?[ \t]*",
                                     text[end:a]):
            return True  # a heading: "Consultation - Alston Moor Surgery, Cumbria - Dr H Ogunleye - 26/01/2026"
    return False


def practices(p: Pass) -> None:
    """GP surgeries, practices, pharmacies and flats by name ("Walton Surgery, Felixstowe", "Flat 3"), not a
    specialty ("Vascular Surgery", "UPPER GI SURGERY")."""
    text, add = p.text, p.add
    for m in _RX.practice.finditer(text):
        if m.group(2):  # "Meddygfa'r Cwm, Clydach": a Welsh surgery, with its town
            add(m.start(2), _extend_towns(text, m.end(2)), "ADDRESS")
            continue
        caps = m.group(1).isupper()  # a fax header: "MOORSIDE SURGERY" (not "UPPER GI SURGERY")
        named = [w for w in m.group(1).split() if w.rstrip(".") not in _GENERIC_PRACTICE_WORDS
                 and w.rstrip(".").title() not in _GENERIC_PRACTICE_WORDS]
        if caps and any(w not in ("SURGERY", "MEDICAL", "HEALTH", "CENTRE", "PRACTICE", "GROUP")
                        and (len(w) <= 3 or fold(w) in common_words() or fold(w) in hard_stops()
                             or english_frequency(fold(w)) >= 3.5 or _RX.specialty_word.search(w))
                        for w in m.group(1).split()):
            continue  # "GENERAL SURGERY", "UPPER GI SURGERY", "DAY SURGERY": not a practice's name
        if any((_RX.specialty_word.search(w) and not (i and w == "Central"))  # "Strood Central Surgery"
               or fold(w) in clinical_terms() or (w.isupper() and not caps) for i, w in enumerate(named)):
            continue  # "Vascular Surgery", "Upper GI Surgery", "Rheumatology Practice": specialties
        if named and _applicants_own(p, m.start(), m.end()):
            continue  # "Dr Farhan Siddiqui, Shirelands Medical Practice": the applicant's workplace, as a hospital is
        if named and not re.search(r"(?i)\bgood[ \t]+$", text[max(0, m.start() - 6):m.start()]):
            start = m.start(1) - 4 if text[max(0, m.start(1) - 4):m.start(1)] == "The " else m.start(1)
            add(start, _extend_towns(text, m.end()), "ADDRESS")  # "Walton Surgery, Felixstowe", "The Fellgate Practice"
    for m in _RX.flat.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    for m in _RX.gp_place.finditer(text):  # "GP: Dr Whitmarsh, Tisbury."
        if not _RX.institution_words.search(m.group(1)) and not _applicants_own(p, m.start(), m.end()) \
                and not any(s.start < m.end(1) and m.start(1) < s.end for s in p.spans):
            add(m.start(1), m.end(1), "ADDRESS")
    for m in _RX.practice_short.finditer(text):
        g = 1 if m.group(1) else 2
        words = re.findall(r"[A-Za-z'’]+", m.group(g))
        if g == 2 and len(words) == 1:
            continue  # "Pharmacy" alone
        if g == 1 and any(fold(w) in common_words() and not w[0].isupper() for w in words[:-1]):
            continue
        if any(_RX.specialty_word.search(w) for w in words[:1]) or words[0] in (
                "The", "Hospital", "Community", "Ward", "Our", "Outpatient", "Outpatients", "Inpatient", "Dispensary",
                "Clinical", "Aseptic", "Main", "Central", "Discharge", "Emergency", "Trust", "Homecare", "Online"):
            continue
        add(m.start(g), m.end(g), "ADDRESS")
    # a community team named after the place it covers, in brackets after who is in it: "District nurses (Batley
    # East team)", "HV Roisin (Ballynahinch team)"
    for m in _RX.community_team.finditer(text):
        add(m.start(1), m.end(1), "ADDRESS")


def places(p: Pass) -> None:
    """Named places a person can be found by: a school or nursery, a venue, a care home, a prison."""
    text, add = p.text, p.add
    for m in _RX.school.finditer(text):
        g = 1 if m.group(1) else 2
        if not re.fullmatch(r"(?i)(?:n/?a|none|not[ \t]+known|unknown|home[ \t]*-?[ \t]*educated|not[ \t]+applicable)", m.group(g).strip()):
            if re.fullmatch(r"(?i)(?:year|yr|reception|nursery)[ \t]*\d{0,2}", m.group(g).strip()):
                continue  # "School: Year 8, Dorothy Stringer School": the year, then the school
            add(m.start(g), m.end(g), "ADDRESS")
    for pattern in (_RX.venue, _RX.home_named, _RX.home_before, _RX.building_at):
        for m in pattern.finditer(text):
            words = re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"\bHealth(?=[ \t]+Foods?\b)", "", m.group(1)))  # a shop
            club = m.group(1).endswith("Club")  # a club is named after its town ("Nelson and Colne Bowling Club")
            if pattern is _RX.venue and re.search(r"(?i)\b(?:venue|held[ \t]+(?:at|in)|delivered[ \t]+(?:at|in)|hosted[ \t]+(?:at|by))"
                                                  r"\b[^\n]{0,12}$", text[max(0, m.start(1) - 40):m.start(1)]):
                continue  # where the applicant's teaching or event took place: "Venue: Al-Noor Community Centre"
            if not any(fold(w) in ("nhs", "trust", "hospital", "health", "medical", "university", "royal")
                       or (fold(w) in clinical_terms() and not club) for w in words):  # not "Medtronic Ltd"
                add(m.start(1), m.end(1), "ADDRESS")
    for m in _RX.prison.finditer(text):
        add(m.start(), m.end(), "ADDRESS")


# Lower-case nouns that end a place's name ("Wembley Park station", "the Trinity centre").
_PLACE_HEADS = {"station", "depot", "warehouse", "centre", "center", "store", "stores", "shop", "factory", "site",
                "market", "park", "estate", "branch", "office", "offices", "pub", "club", "bar", "gym", "campus",
                "college", "yard", "mill", "farm", "garage", "hotel", "restaurant", "café", "cafe", "takeaway",
                "supermarket", "plant", "leisure", "arena", "stadium", "ground", "church", "mosque", "temple",
                "library", "salon", "barbers", "hostel", "halls", "flats", "plaza", "precinct", "retail", "cottages",
                "residence", "harbour", "nursery", "inn", "chapel", "gurdwara", "campsite", "surgery", "practice",
                "abattoir", "village", "hamlet", "bakery", "quarry", "laundry", "dairy", "docks", "dock", "workshop", "showroom", "salon",
                "garden", "kitchen", "dealership", "distribution", "haulage", "cannery", "brewery", "distillery"}
# Days and months (not "Bank": "the Co-op Bank in Balloon Street").
_CALENDAR_WORDS = CALENDAR - {"bank", "on", "call", "off", "leave", "cover", "none", "agency", "locum", "vacant"}
_DATE = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# Place nouns that a hospital has inside it too ("the Estates office", "the Education Centre library"): not enough
# after a bare preposition.
_INDOOR_HEADS = {"office", "offices", "library", "site", "branch", "campus", "plant", "ground", "surgery", "practice",
                 "shop", "store", "stores", "garage", "yard", "halls", "leisure", "retail"}
# A place's last word that makes it a place even capitalised and after a bare "at", "from" or "to" ("from the
# Arbourthorne Hotel", "went to the Royal Castle Hotel").
_STRONG_HEADS = {"junction", "roundabout", "viaduct", "underpass", "village", "hamlet",
                 "hotel", "pub", "bar", "inn", "estate", "flats", "hostel", "cottages", "restaurant", "residence", "church",
                 "harbour", "nursery", "club", "chapel", "mosque", "gurdwara", "temple", "campsite", "caravan"}
# Capitalised words that make a phrase something other than a place of a patient's life.
_NOT_LIFE = {"act", "guidance", "guideline", "guidelines", "protocol", "policy", "framework", "scale", "score",
             "criteria", "code", "hours", "bay", "bed", "side", "room", "theatre", "theatres", "resus", "majors",
             "minors", "cubicle", "level", "floor", "pod", "zone", "outpatients", "outpatient", "entrance", "reception",
             "pharmacy", "x-ray", "radiology", "imaging", "endoscopy", "maternity", "antenatal", "medicine",
             "obstetrics", "gynaecology", "paediatrics", "psychiatry", "anaesthesia", "anaesthetics", "cardiology",
             "oncology", "geriatrics", "dermatology", "neurology", "urology", "orthopaedics", "haematology",
             "gastroenterology", "nephrology", "rheumatology", "respiratory", "emergency", "acute", "intensive",
             "critical", "palliative", "meeting", "congress", "conference", "symposium", "summit", "course",
             "workshop", "webinar", "study", "annual", "society", "association", "journal", "year", "week", "term", "semester", "deanery",
             "council", "college", "faculty", "medical", "health", "nhs", "trust", "hospital", "hospitals",
             "infirmary", "ward", "unit", "clinic", "practice", "surgery", "department", "dept", "board", "icu",
             "itu", "hdu", "ed", "a&e", "uk", "england", "wales", "scotland", "ireland", "britain", "europe", "me", "him", "her", "us",
             "them", "you"}
_NP_TOKEN = re.compile(r"([ \t]*)(,[ \t]*)?([^\W_](?:[\w'’&-]|\.(?=\w))*|&)")
_SPEAKER_BEFORE = re.compile(r"(?i)\b(?:I|I['’]d|I['’]ve|I['’]m|we|we['’]d|we['’]ve)\b[^.\n!?;]{0,80}$")
_NAMED_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
                           r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:[a-z]+[ \t]+){0,2}$")


def _life_phrase(text: str, pos: int, weak: bool = False) -> tuple[int, int] | None:
    """The noun phrase of a place at ``pos``: an article, up to three lower-case words before an "in"/"at"/"on"
    ("the carpet warehouse in Pudsey", "a five-a-side match at Goals Pudsey"), capitalised words joined by "of",
    "and", "in", "on", "at" ("the JD Sports in the Trinity centre"), a lower-case place noun after them ("Wembley Park
    station") and a town after a comma ("Tesco Extra, Silverburn").  None when nothing in it is capitalised; with
    ``weak`` (after a bare "at", "from", "to"), also None unless the phrase says what the place is (a place noun)."""
    toks = []
    i = pos
    while len(toks) < 12:
        m = _NP_TOKEN.match(text, i)
        if not m or (i > pos and not m.group(1) and not m.group(2)):
            break
        toks.append((m.start(3), m.end(3), m.group(3), bool(m.group(2))))
        i = m.end()
    k = 0
    start = toks[0][0] if toks else pos
    if toks and toks[0][2].lower() in ("the", "a", "an") and not toks[0][3]:
        k = 1
    lower = 0
    strong_lower = False  # "from the flats on Tanyard Lane": the place noun comes before the name
    while k < len(toks) and toks[k][2][:1].islower() and toks[k][2] not in ("in", "at", "on", "of") and lower < 3 \
            and not toks[k][3]:
        strong_lower = strong_lower or toks[k][2] in _STRONG_HEADS
        k += 1
        lower += 1
    if lower and not (k + 1 < len(toks) and toks[k][2] in ("in", "at", "on", "of") and not toks[k][3]):
        return None  # "works at the hospital", "nights at the weekend"
    if lower:
        k += 1
        if k < len(toks) and toks[k][2] in ("the", "The") and not toks[k][3]:
            k += 1  # "the car park of the Arbourthorne Hotel"
    end = None
    named: list[str] = []
    head = 0
    last = ""
    headed = False
    while k < len(toks):
        a, b, w, comma = toks[k]
        if comma:
            # a town after a comma, then a stop: "Tesco Extra, Silverburn."
            head = len(named)
            two = k + 1 < len(toks) and not toks[k + 1][3] and toks[k + 1][2][:1].isupper()
            if end is None or not w[:1].isupper() or fold(w) in hard_stops() and not two \
                    or w.rstrip(".") in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof"):
                break
            after = text[b:b + 2]
            if not re.match(r"[ \t]*(?:[.;:)\n]|$)", after) and not two \
                    and not (k + 1 < len(toks) and toks[k + 1][2][:1].islower()):
                break
            named.append(w)
            end = b
            if k + 1 < len(toks) and not toks[k + 1][3] and toks[k + 1][2][:1].isupper() \
                    and re.match(r"[ \t]*(?:[.;:)\n]|$)", text[toks[k + 1][1]:toks[k + 1][1] + 2]):
                named.append(toks[k + 1][2])  # "Harbour Fish & Chips, West Bay."
                end = toks[k + 1][1]
            break
        if w[:1].isupper() or w[:1].isdigit():
            if fold(w.rstrip(".")) in TITLES:
                return None  # "works for Dr Patel": a person
            named.append(w.rstrip("."))
            end = b
            last = w
            headed = headed or fold(w.rstrip(".")) in _STRONG_HEADS
            k += 1
            continue
        if end is not None and w in _PLACE_HEADS:
            end = b
            last = w
            headed = True
            k += 1
            continue
        if end is not None and k + 1 < len(toks) and not toks[k + 1][3] and toks[k + 1][2] in _PLACE_HEADS \
                and w[:1].islower() and w not in ("of", "and", "in", "on", "at", "upon", "the"):
            end = toks[k + 1][1]  # "Govan Cross shopping centre", "Cheltenham Racecourse staff cottages"
            last = toks[k + 1][2]
            headed = True
            k += 2
            continue
        if w in ("of", "and", "&", "upon", "in", "on", "at", "by") and k + 1 < len(toks) and not toks[k + 1][3]:
            nxt = k + 1
            if toks[nxt][2] in ("the", "The") and nxt + 1 < len(toks):
                nxt += 1
            if toks[nxt][2][:1].isupper():
                k = nxt
                continue
        break
    if end is None:
        return None
    real = [w for w in named[:head or len(named)] if fold(w) not in ("the",)]  # the name, not the town after it
    if not real or fold(real[0]) in hard_stops() and not re.match(r"[ \t]+[a-z]", text[end:end + 2]) and len(real) == 1:
        return None
    if weak and not (headed and fold(last) not in _INDOOR_HEADS or fold(last) in _STRONG_HEADS or strong_lower):
        return None  # after a bare "at", "from", "to": only a place that says what it is ("the Ridge estate")
    if any(fold(w) in _NOT_LIFE or fold(w) in _NOT_A_PLACE - {"university", "school", "church"}
           or fold(w) in _CALENDAR_WORDS and (i == 0 or _DATE.search(text, start, end))
           or fold(w) in clinical_terms() and len(real) == 1 for i, w in enumerate(real)) \
            or all(w.isupper() for w in real if not w[:1].isdigit()):
        return None
    if eponym_use(text, end):
        return None
    return start, end


# Where care is given, not where someone lives: a relative "in Resus", a patient who "died in Theatre".
_CARE_WORDS = frozenset("resus resuscitation theatre theatres ward wards clinic majors minors icu itu hdu ccu recovery "
                        "cubicle bay bed room ed a&e casualty outpatients hospice triage".split())


def life_places(p: Pass) -> None:
    """The places of a patient's life by what is said around them: where they work or study ("works weekends at the
    JD Sports in the Trinity centre", "a degree at Leeds Arts University"), where they were on the way from, what
    they were outside or near; and, on a patient list's line (an age and sex), where the patient is from or lives,
    typed in any case ("84m - lives alone in heywood", "72, S1018873, from Braunstone").  What the writer says of
    themself ("I work at"), of a titled person ("Dr Okafor works in") and of a hospital, a trust or a ward stays."""
    text, add = p.text, p.add
    found: set[str] = set()
    triggers = [(m, False) for m in _RX.life_trigger.finditer(text)]
    triggers += [(m, True) for m in _RX.life_weak_trigger.finditer(text)]
    for m, weak in triggers:
        sentence = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        before = text[sentence:m.start()]
        named = _NAMED_BEFORE.search(before)
        if _RX.first_person_before.search(before) or _SPEAKER_BEFORE.search(before) \
                or named and not m.group(0).startswith("(") \
                and not re.match(r"(?:Mrs|Ms|Miss)\b" if weak else r"(?:Mr|Mrs|Ms|Miss)\b", named.group(0)):
            continue  # the writer's own life, or a doctor's ("Dr Okafor works in"); not a patient's ("Mr Iliescu drives")
        got = _life_phrase(text, m.end(), weak)
        if got:
            add(got[0], got[1], "ADDRESS")
            found.add(re.sub(r"^(?:the|a|an)[ \t]+", "", text[got[0]:got[1]], flags=re.I))
    for line in re.finditer(r"[^\n]+", text):  # a patient list's lines, capitalised or not
        if not _RX.list_patient_line.search(line.group(0)):
            continue
        for m in _RX.list_home.finditer(line.group(0)):
            value = m.group(1)
            words = re.findall(r"[^\W\d_][\w'’-]*", value)
            if not words or all(fold(w) in common_words() or fold(w) in clinical_terms() or fold(w) in CALENDAR
                                for w in words) or any(fold(w) in hard_stops() or fold(w) in _NOT_A_PLACE
                                                       for w in words) or _RX.institution_words.search(value):
                continue  # "from home", "from resus", "from theatre", "transferred from the Royal Infirmary"
            if re.search(r"(?i)\b(?:transferr?\w*|referr?\w*|repatriat\w*|retriev\w*|stepped[ \t]+down|fall|fell|"
                         r"fallen|removed|returned|sent|back|bleeding|pain|bacteraemia|sepsis)[ \t]+$",
                         line.group(0)[:m.start()]):
                continue  # "transferred from Newham" (a hospital), "fall from ladder", "bacteraemia from injecting"
            if value == value.lower() and any(english_frequency(w) >= 3.5 or w.endswith(("ing", "ed")) for w in words):
                continue  # typed in lower case, a place is a rare word ("wigston", "dungiven"); "ladder" is not
            start = line.start() + m.start(1)
            add(start, start + len(value), "ADDRESS")
            found.add(value)
    for value in found:  # the same place named again: "will write to the disability service at Leeds Arts University"
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(value)}(?![\w'’-])", text):
            add(m.start(), m.end(), "ADDRESS")


def addresses(p: Pass) -> None:
    """Streets, junctions, house names, where someone lives or was found, and the address blocks above and beside
    the postcodes found (:func:`postcodes`) or after an address label."""
    text, add = p.text, p.add
    for m in _RX.street_lower.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    prehospital = _RX.prehospital.search(text) is not None
    for pattern in (_RX.scene, _RX.prehospital_location, _RX.road_near, _RX.bracketed_place, _RX.gp_at, _RX.works_at,
                    _RX.accommodation, _RX.lives_described):
        if pattern is _RX.prehospital_location and not prehospital:
            continue
        for m in pattern.finditer(text):
            if pattern is _RX.lives_described and _RX.first_person_before.search(text, max(0, m.start() - 40), m.start()):
                continue  # "I live in a flat near Leeds": the applicant's own
            value = m.group(1).strip()
            words = re.findall(r"[^\W\d_][\w'’-]*", value)
            if pattern is _RX.works_at and (re.search(r"\b(?:NHS|Trust|Hospital|Infirmary|Health[ \t]+Board|Ward|Unit|"
                                                   r"Department|Clinic|Practice|Surgery|Medical|ED|A&E|ICU|GP)\b", value)
                                         or all(fold(w) in common_words() or fold(w) in clinical_terms()
                                                or fold(w) in CALENDAR for w in words)):
                continue  # the staff's own workplace, or words ("works at Christmas", "plays with Lego")
            if pattern is _RX.works_at and re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z][^\n,.;]{0,50}?\b(?:Hospital|Infirmary|"
                                                 r"Trust|NHS|University)\b", text[m.end(1):]):
                continue  # "employed at the Norfolk and Norwich University Hospital"
            site = re.sub(r"(?i)\bunit[ \t]*\d+\w*", "", value)  # "Unit 3, Westwood Ind. Est": a works, not a ward
            if pattern in (_RX.scene, _RX.prehospital_location) and (_RX.institution_words.search(site) or re.search(
                    r"(?i)\b(?:ward|theatre|department|resus|bay|room|unit|clinic|hospital|ED|A&E)\b", site)):
                continue  # a place in the hospital, not where someone lives or was found
            if not words or pattern is _RX.bracketed_place and (
                    re.fullmatch(r"(?i)(?:n/?a|none|unknown|not[ \t]+known|yes|no|home[ \t-]*educated|off[ \t]+sick|"
                                 r"full[ \t-]*time|part[ \t-]*time|retired|unemployed)", value)
                    or all(fold(w) in common_words() or fold(w) in clinical_terms() for w in words)
                    or re.search(r"\b(?:NHS|Trust|Hospital|Health[ \t]+Board|Council|Army|Navy|RAF)\b", value)):
                continue
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            add(start, start + len(value), "ADDRESS")
    for m in _RX.place_cue.finditer(text):
        g = 1 if m.group(1) else 2
        words = m.group(g).split()
        if not any(fold(w) in hard_stops() or fold(w) in clinical_terms() for w in words):
            add(m.start(g), m.end(g), "ADDRESS")
    life = [m for m in _RX.place_life.finditer(text) if not _RX.first_person_before.search(text, 0, m.start())]
    for m in [*_RX.place_prose.finditer(text), *life]:
        value = m.group(1)
        words = re.findall(r"[^\W\d_][\w'’-]*", value)
        named = [w for w in words if w[:1].isupper() and fold(w) not in ("the", "room")]
        if not named or fold(named[0]) in hard_stops() or any(
                fold(w) in clinical_terms() or fold(w) in CALENDAR or fold(w) in _NOT_A_PLACE for w in named) \
                or all(w.isupper() for w in named) or _RX.institution_words.search(value):
            continue  # "went to Theatre", "came to ED", "found in June", "transferred from Queen's Medical Centre"
        add(m.start(1), m.end(1), "ADDRESS")
    for m in _RX.kin_place.finditer(text):  # "Brother Marek in Bradford", "her mother died in Bulawayo"
        g = 1 if m.group(1) else 2
        value = m.group(g)
        words = value.replace("-", " ").split()
        if _RX.first_person_before.search(text, max(0, m.start() - 40), m.start()) \
                or any(fold(w) in _CARE_WORDS or fold(w) in clinical_terms() or fold(w) in CALENDAR
                       or fold(w) in _NOT_A_PLACE or fold(w) in common_words() for w in words) \
                or _RX.institution_words.search(value) \
                or re.match(r"[ \t]+(?:Hospital|Infirmary|General|Royal|University|NHS|Trust|Hospice|Clinic)\b",
                            text[m.end(g):m.end(g) + 20]):
            continue  # "I was born in Leeds", "died in Theatre", "died in Resus", "died in Leeds General Infirmary"
        add(m.start(g), m.end(g), "ADDRESS")
    for pattern in (_RX.street, _RX.street_abroad, _RX.street_unnumbered, _RX.junction, _RX.house_name):
        for m in pattern.finditer(text):
            if pattern is _RX.street_unnumbered and not _street_plausible(text, m):
                continue
            s, e = m.start(), m.end()
            e = _extend_towns(text, e)
            add(s, e, "ADDRESS")
    for s, e in _address_blocks(text, p.postcodes):
        add(s, e, "ADDRESS")
    for s, e in _labelled_addresses(text):
        add(s, e, "ADDRESS")
    for s, e in letterhead_addresses(text):
        add(s, e, "ADDRESS")
    for m in _RX.of_places.finditer(text):  # "23 years, farmer from Al-Haj Yousif, Khartoum North"
        value = m.group(1)
        if _RX.institution_words.search(value) or _DATE.search(value) or any(
                fold(w) in CALENDAR or fold(w) in clinical_terms() for w in re.findall(r"[^\W\d_]+", value)):
            continue
        add(m.start(1), m.end(1), "ADDRESS")
    for m in _RX.of_address.finditer(text):  # "... of 22 Adeniyi Jones Avenue, Ikeja, Lagos State"
        value = m.group(1)
        if _RX.institution_words.search(value) or _DATE.search(value) or _COUNTED.search(value):
            continue
        add(m.start(1), m.end(1), "ADDRESS")


# What a number after "of" counts when it is no house number: "a total of 12 patients", "one of 3 Consultants".
_COUNTED = re.compile(r"(?i)\b(?:mg|mcg|ml|units?|mmol|years?|weeks?|days?|hours?|patients?|cases?|doctors?|beds?|"
                      r"consultants?|registrars?|nurses?|trainees?|members?|sessions?|times?)\b")


# After a person's name (and their age): where they are from. "Mrs Elowen Hosking, 81, from St Just", "a Mrs Veronica
# Toal of Lisburn", "Ryan from Lurgan".
_FROM_AFTER_NAME = re.compile(r"[\"”’']?(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*,[ \t]*\d{1,3}[ \t]*(?:[MF]|y|yo)?[ \t]*,)?[ \t]*"
                              r"(?:from|of)[ \t]+((?:St\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)(?![\w'’-])")


# A place in brackets after a patient's name, or after a comma at the end of their words (a card's signature):
# "Mrs E. Sinclair (Mill of Dalreoch)", "- Mrs Peggy Laird, Corriebeg\"".
_PLACE_AFTER_NAME = re.compile(r"[ \t]*\(((?:[A-Z][a-z'’-]+[ \t]+(?:(?:of|on|upon|na|an|y|yr|le|by)[ \t]+)?)"
                               r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)\)"
                               r"|,[ \t]*([A-Z][a-z'’-]{2,}(?:[ \t]+[A-Z][a-z'’-]+)?)(?=[ \t]*[\"”]?[ \t]*$)", re.M)

# A place of care in a name: "from St Thomas' Hospital", "(Hillcrest Team)": not where a person lives.
_CARE_PLACE = re.compile(r"\b(?:Hospital|Infirmary|Hospice|Surgery|Practice|Centre|Clinic|Ward|Unit|Team|Service)\b")

# A service named after its place: "Lisa from Hillcrest outreach".
_SERVICE_AFTER = re.compile(r"[ \t]+(?:outreach|team|service|services|project|hub|unit|clinic|ward|practice|surgery|crew|"
                            r"office|station|branch)\b")


def people_places(p: Pass) -> None:
    """The town a person named is from, right after their name ("Mrs Elowen Hosking, 81, from St Just", "Ryan from
    Lurgan"), not a hospital, a department, a team or a month ("Dr Rees from Cardiology", "Mr Li of the Royal")."""
    text = p.text
    for s in list(p.spans):
        if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
            continue
        m = _FROM_AFTER_NAME.match(text, s.end)
        if not m:
            if s.type != "PERSON":
                _place_after_patient(p, s)
            continue
        saint = m.group(1).startswith("St")  # "St Just", "St Ives": a town whatever its word
        words = [w for w in m.group(1).replace(".", " ").split() if w != "St"]
        if not saint and any(fold(w) in hard_stops() or fold(w) in clinical_terms() or fold(w) in common_words()
                             or fold(w) in CALENDAR or fold(w) in _NOT_LIFE for w in words) \
                or INSTITUTION_AFTER.match(text[m.end(1):m.end(1) + 40]) or _SERVICE_AFTER.match(text, m.end(1)) \
                or re.search(r"['’]", m.group(1)) or _CARE_PLACE.search(m.group(1)):
            continue  # "from St Thomas' Hospital": a possessive names a hospital, a church, a school
        p.add(m.start(1), m.end(1), "ADDRESS")


def _place_after_patient(p: Pass, s: Span) -> None:
    """A patient's or a relative's place right after their name: "Mrs E. Sinclair (Mill of Dalreoch)", "Mrs Peggy
    Laird, Corriebeg" closing a card's words; not a second name, a relation, a role or a hospital."""
    text = p.text
    m = _PLACE_AFTER_NAME.match(text, s.end)
    if not m:
        return
    g = 1 if m.group(1) else 2
    words = [w for w in m.group(g).split() if w[0].isupper()]
    folded = [fold(w) for w in words]
    if any(f in hard_stops() or f in clinical_terms() or f in CALENDAR or f in _NOT_LIFE for f in folded) \
            or is_first(folded[0]) or folded[-1] in surnames() and len(words) > 1 \
            or fold(words[-1]) in common_words() and len(words) == 1 \
            or _CARE_PLACE.search(m.group(g)):
        return
    p.add(m.start(g), m.end(g), "ADDRESS")


# Between two parts of one address found on the same line: house and flat numbers, short abbreviations ("ul.", "m.",
# "nr.", "bl.", "ap.", "No."), a foreign postal code ("33-100"), commas and dots. Nothing else.
_ADDRESS_GAP = re.compile(r"[ \t,.;/-]*(?:(?:\d{1,6}[A-Za-z]?|\d{2}-\d{3}|[A-Z]{1,2}\d{1,3}|[A-Za-z]{1,3}\.|"
                          r"No\.?|flat|apt)[ \t,.;/-]*){0,4}")
# A house number before a street or a place found ("6 The Paddocks", "7-A Canal Bank Road"), not a bed, ward, age.
_HOUSE_BEFORE = re.compile(r"(?<![\w/.:,-])(\d{1,4}(?:-?[A-Za-z])?)[ \t]+$")
_NOT_HOUSE_BEFORE = re.compile(r"(?i)\b(?:bed|bay|ward|room|cubicle|theatre|aged?|day|days|week|weeks|month|months|"
                               r"year|years|no\.?|number|page|level|floor|gate|platform|table|step|stage|grade|"
                               r"x|and|or)[ \t]*$")
# A foreign postal code after a town ("Lahore 54000", "Cebu City 6000", "Bengaluru - 560011"), not a year.
_POSTAL_AFTER = re.compile(r"[ \t]*(?:[-–][ \t]*)?(\d{4,6})(?![\w/.:-]|[.,]\d)")
# The inward half of a UK postcode carried to the next line ("Penmorrow PM1\n3QQ").
_OUTWARD_END = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?$")
_INWARD_NEXT = re.compile(r"\n[ \t]*(\d[A-Z]{2})(?![\w-])")


# Lower-case words between two parts of a place found: "the garden" centre "at Pontprennau", "Overgate Centre" car park.
_PLACE_GAP = re.compile(r"[ \t]+(?:(?:centre|center|ward|park|car|site|estate|campus|station|depot|yard|market|shop|"
                        r"store|hall|halls|flats|block|tower|court|house|farm|camp|hostel)[ \t]+)+(?:(?:at|in|on|of|near)[ \t]+)?")
# What a place is, just before its name: "the leisure centre in ", "the cardiac ward at ", "a garden centre near ".
_PLACE_KIND_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an)[ \t]+(?:[a-z][a-z'’-]+[ \t]+){0,2}(?:centre|center|ward|park|"
                                r"estate|campus|station|depot|yard|market|shop|store|hall|halls|flats|block|club|pub|"
                                r"school|college|factory|warehouse|site|allotments?)[ \t]+(?:in|at|near|on)[ \t]+$")
_PLOT_AFTER = re.compile(r"(?i)[ \t]+(?:plot|pitch|berth|stall|unit)[ \t]*\d{1,4}[A-Za-z]?(?![\w/-])|[ \t]*\([AM]\d{1,4}\)")
_AGE_SEX = re.compile(r"(?i)\b\d{1,3}[ \t]?(?:m|f|y|yo|yrs?|years?)\b")
# A flat's number after the address ("22 Mill Street flat 3"), or after "flat" found as part of it
_FLAT_AFTER = re.compile(r"(?i)[ \t,]*(?:flat|apt\.?|apartment)[ \t]*\d{1,4}[A-Za-z]?(?![\w/-])")
_FLAT_NUMBER = re.compile(r"[ \t]*\d{1,4}[A-Za-z]?(?![\w/-])")


def join_addresses(text: str, spans: list[Span]) -> list[Span]:
    """One address found in pieces (parts of it read as places, its numbers and abbreviations left between them)
    becomes one span, with its house number before it and a flat number or a foreign postal code after it; the
    inward half of a postcode broken over a line goes too. Postcodes stay spans of their own."""
    places = sorted((s for s in spans if s.type in ("ADDRESS", "POSTCODE")), key=lambda s: s.start)
    if not any(s.type == "ADDRESS" for s in places):
        return spans
    others = [(s.start, s.end) for s in spans if s.type not in ("ADDRESS", "POSTCODE")]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in others)

    groups: list[list[Span]] = [[places[0]]]
    for left, right in zip(places, places[1:]):
        gap = text[left.end:right.start]
        if right.start <= left.end or (len(gap) <= 24 and "\n" not in gap
                                        and (_ADDRESS_GAP.fullmatch(gap) or _PLACE_GAP.fullmatch(gap))
                                        and not re.search(r"[ \t]{3,}|\t", gap)
                                        and not _AGE_SEX.search(gap) and free(left.end, right.start)):
            groups[-1].append(right)
        else:
            groups.append([right])
    out = [s for s in spans if s.type != "ADDRESS"]
    for group in groups:
        if not any(s.type == "ADDRESS" for s in group):
            continue
        start, end = group[0].start, max(s.end for s in group)
        first = group[0]
        whole = text[start:end]
        # an address, not a lone word read as a place: parts, a comma, a street word, "The ..."
        address_like = len(group) > 1 or "," in whole or whole.startswith("The ") or bool(
            re.search(rf"\b(?:{_RX.street_words})\b", whole))
        if first.type == "ADDRESS" and first.text[:1].isupper() and address_like:
            line_start = text.rfind("\n", 0, start) + 1
            before = text[line_start:start]
            m = _HOUSE_BEFORE.search(before)
            if m and not _NOT_HOUSE_BEFORE.search(before[:m.start()]) and free(line_start + m.start(1), start):
                start = line_start + m.start(1)
        # what the place is, before it: "the leisure centre in Bangor", "the cardiac ward at Llandough"
        if first.type == "ADDRESS" and first.text[:1].isupper():
            m = _PLACE_KIND_BEFORE.search(text, max(0, start - 50), start)
            if m and free(m.start(), start):
                start = m.start()
        # a plot's or a pitch's number, a motorway's number in brackets: "allotments plot 14", "Viaduct (M6)"
        if group[-1].type == "ADDRESS":
            m = _PLOT_AFTER.match(text, end)
            if m and free(end, m.end()):
                end = m.end()
        if group[-1].type == "ADDRESS" and address_like:
            m = _FLAT_AFTER.match(text, end) or _POSTAL_AFTER.match(text, end) or (
                re.search(r"(?i)\b(?:flat|apt|apartment|plot|pitch)$", text[start:end]) and _FLAT_NUMBER.match(text, end))
            if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(m.lastindex or 0)) and free(end, m.end()):
                end = m.end()
        if len(group) == 1 and (start, end) == (first.start, first.end):
            out.append(first)
        else:
            out.append(Span(start, end, "ADDRESS", text[start:end]))
        last = max(group, key=lambda s: s.end)
        if _OUTWARD_END.search(text[last.start:end]):
            m = _INWARD_NEXT.match(text, end)
            if m and free(m.start(1), m.end(1)):
                out.append(Span(m.start(1), m.end(1), "POSTCODE", m.group(1)))
    return out


# A letterhead's address line: where an institution's name stands at the head of a letter or a form, the line of
# its street, quarter and town ("P.M.B. 12003, Idi-Araba, Lagos.", "Abbassia, Cairo, Egypt | Tel. ...",
# "ul. Lwowska 178a, 33-100 Tarnów"). The GMC asks for every address to go; the institution's name stays.
_SEGMENT_STOP = re.compile(r"[ \t]{2,}|[ \t]*[|•·][ \t]*|[ \t]*\b(?:Tel|Tel\.|Ph|Phone|Fax|Trunk|E-?mail|Email|Web|www)\b.*$",
                           re.I)
_HEAD_PART = re.compile(r"(?:[A-ZÀ-ÖØ-Þ0-9ȘȚŞŢŁŻŹĆŃŚ]|(?:ul|al|str|șos|sos|bd|no|p\.m\.b)\.)[^,]{0,40}", re.I)
_ORG_OR_ROLE = re.compile(r"(?i)\b(?:consultant|registrar|physician|surgeon|professor|lecturer|doctor|nurse|director|"
                          r"manager|secretary|head|chair|lead|mbbs|md|frcp|frcs|mrcp|fcps|phd|msc|bsc|dr|mr|mrs|ms|"
                          r"prof|ltd|limited|plc|inc|pvt|society|association|council|ministry|centre|center|clinic|"
                          r"practice|surgery|service|services|team|office|programme|project|scheme)\b")


_ADDRESS_VOCABULARY = {"city", "sector", "block", "cross", "district", "distt", "town", "village", "state", "province",
                       "no", "north", "south", "east", "west", "new", "old", "upper", "lower", "main", "bazar", "bazaar",
                       "colony", "nagar", "market", "phase", "layout", "extension", "governorate", "region", "county"}


def _address_line(segment: str) -> bool:
    parts = [x.strip() for x in segment.split(",")]
    if len(parts) < 2 or len(parts) > 7 or not all(parts) or re.search(r"[:()\[\]=+%/]", segment.replace("P.M.B", "")):
        return False
    if _RX.institution_words.search(segment) or _ORG_OR_ROLE.search(segment) or _DATE.search(segment) \
            or re.search(r"\b(?:19|20)\d\d\b", segment):
        return False
    streets = re.compile(rf"(?i)(?:{_RX.street_words})\.?")
    for part in parts:
        if len(part.split()) > 5 or not _HEAD_PART.match(part):
            return False
        for w in part.split():
            w = w.strip(".-")
            if not w or re.fullmatch(r"\d+(?:[a-z]{1,2})?(?:-\d+)?|[A-Z](?:\.[A-Z])+\.?|\d{2}-\d{3}", w):
                continue  # a number ("178a", "4th", "33-100"), "P.M.B"
            if any(c.isdigit() for c in w):
                return False  # a code or a score ("CURB-65", "FiO2")
            f = fold(w)
            if f in ("ul", "al", "str", "sos", "șos", "de", "la", "el", "del", "di", "nr", "bl", "ap", "sc", "m", "of",
                     "and", "al-", "bd", "blvd") or f in _ADDRESS_VOCABULARY or streets.fullmatch(w):
                continue
            if w[:1].islower() or f in clinical_terms() or f in CALENDAR or f in common_words():
                return False  # words of a sentence, a list of findings or of places in a hospital
    named = [w for w in re.findall(r"[^\W\d_][\w'’-]*", segment) if len(w) >= 3 and fold(w) not in _ADDRESS_VOCABULARY]
    if not named:
        return False  # "M, 34": a sex and an age
    # a street's number, a postal code, or three or more places ("Abbassia, Cairo, Egypt")
    return bool(re.search(r"\d", segment)) or len(parts) >= 3


def letterhead_addresses(text: str) -> list[tuple[int, int]]:
    """The address line right under an institution's name (a hospital's, a department's), or beside it on the same
    line: a letterhead's street and town."""
    out = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text)]
    lines = [(a, ln) for a, ln in lines if ln.strip()]
    for i, (start, line) in enumerate(lines):
        institution_above = i > 0 and _RX.institution_words.search(lines[i - 1][1])
        pos = 0
        institution_before = False
        for stop in [*_SEGMENT_STOP.finditer(line), None]:
            end = stop.start() if stop else len(line)
            segment = line[pos:end]
            stripped = segment.strip().rstrip(".")
            if stripped and (institution_above or institution_before) and _address_line(stripped):
                a = start + pos + (len(segment) - len(segment.lstrip()))
                out.append((a, a + len(stripped)))
            institution_before = institution_before or bool(_RX.institution_words.search(segment)
                                                            or re.search(r"(?i)\b(?:clinic|sec[țt]ia|oddzia[łl])\b", segment))
            if stop is None:
                break
            pos = stop.end()
    return out
