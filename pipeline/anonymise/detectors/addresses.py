"""Detectors: postcodes, practices, named places, streets and address blocks."""

from __future__ import annotations

import re

from ..lexicon import clinical_terms, common_words, english_frequency, fold, hard_stops
from .base import Pass
from .patterns import AREA, CALENDAR, OCR_TO_DIGIT, POSTCODE, POSTCODE_AREAS, SP

# A postcode as OCR reads it: digits read as letters (O, l, I, S), at the end of a line or before a comma or a gap.
_POSTCODE_OCR = re.compile(
    rf"(?<![A-Za-z0-9/-])((?:{AREA})[0-9OoIlS][0-9A-Za-z]?{SP}{{1,2}}[0-9OoIlS][A-Za-z]{{2}})(?=[ \t]*(?:$|,|;|[ \t]{{2}}))",
    re.IGNORECASE | re.MULTILINE,
)

# A child's school: "School   Ysgol Gynradd Bryn Teg (Year 1)", "attends Millfield Primary School".
_SCHOOL = re.compile(r"(?m)^[ \t]*(?i:school|nursery|school[ \t]+attended|school[ \t]*/[ \t]*nursery|nursery[ \t]*/[ \t]*school)[ \t]*(?::|[ \t]{3,})[ \t]*"
                     r"([A-Z][^\n(]{2,60}?)(?=[ \t]*(?:\(|$|[ \t]{3,}|,))"
                     r"|(?<![\w-])((?:Ysgol|Scoil|Gaelscoil|Gaelcholáiste|Bunscoil|Meánscoil)(?:[ \t]+(?:an|na|[A-Z][\w'’-]+)){1,4}"
                     r"|(?:(?!The\b|Medical\b|Business\b|Nursing\b|Dental\b|Law\b|Summer\b|Sunday\b|Special\b)[A-Z][\w'’.-]+[ \t]+){1,3}"
                     r"(?:(?:Primary|Infant|Infants|Junior|Juniors|Secondary|High|Grammar|Community|C[ \t]of[ \t]E|CE|RC|Catholic|"
                     r"Church|Free|Prep|Preparatory)[ \t]+)?(?:School|Academy|Nursery|Playgroup|Pre-?[Ss]chool)|(?:St\.?[ \t]+)?[A-Z][a-z]+['’]s[ \t]+(?:PS|NS))\b")

# Where a patient plays, works or drinks: "Steelstown GAC", "Loch Duich Haulage", "The Kingston Arms", and the home
# a patient lives in: "nursing home Larchfield House".
_VENUE = re.compile(r"(?<![\w'’-])((?:The[ \t]+)?(?:(?!The\b)[A-Z][\w'’.-]+[ \t]+){1,3}"
                    r"(?:GAC|GAA|FC|AFC|RFC|CC|Cricket[ \t]+Club|Rugby[ \t]+Club|Golf[ \t]+Club|Football[ \t]+Club|Boxing[ \t]+Club|"
                    r"Haulage|Logistics|Transport|Construction|Builders|Motors|Garage|Ltd|Limited|plc|Arms|Inn|Tavern|"
                    r"Law[ \t]+Centre|Solicitors))(?![\w'’-])")

# A block of flats, an estate or a retail park where something happened or someone lives: "flats at Fieldhead Court,
# Ravensthorpe", "car park on Avonmeads Retail Park" (not "at Preston Crown Court").
_BUILDING_AT = re.compile(r"(?:\b(?:at|in|on|of)[ \t]+(?:the[ \t]+)?)((?:(?!Crown\b|Magistrates['’]?\b|County\b|Coroner['’]?s\b|Family\b|High\b)"
                          r"[A-Z][\w'’-]+[ \t]+){1,2}(?:Court|Heights|Towers?|Mansions|Estate|Retail[ \t]+Park|Industrial[ \t]+Estate|"
                          r"Business[ \t]+Park|Shopping[ \t]+Centre)(?:,[ \t]+[A-Z][a-z'’-]+(?![ \t]+(?:Hospital|Infirmary|Road|Street)))?)(?![\w'’-])")

_HOME_NAMED = re.compile(r"(?i:\b(?:nursing|care|residential)[ \t]+home)[ \t]*[,:(-]?[ \t]*"
                         r"((?:[A-Z][\w'’-]+[ \t]+){0,2}(?:House|Lodge|Court|Manor|Hall|View|Grange|Gardens|Park|Mews))\b")

_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Place|Pl|Court|Ct|Gardens|Gdns|"
    "Terrace|Grove|Park|Hill|Square|Sq|Row|Walk|Mews|View|Rise|Green|Parade|Vale|Wharf|Yard|Gate|Broadway|"
    "Boulevard|Croft|Fold|Meadow|Meadows|Chase|Heights|Estate|Bank|Loan|Wynd|Brae|Hollow|Passage|Approach|"
    "Circus|Embankment|Esplanade|Promenade|Quay|Dene|Garth|Lea|Ley|Mead|Path|Ride|Side|End|Cottages|Villas|Buildings"
)

_SNAME = r"[A-Z][\w'’.-]*"

_STREET = re.compile(
    rf"(?<![\w/])(?:(?:Flat|Apartment|Apt|Unit|Room|Suite)[ \t]+\d+[A-Za-z]?,?[ \t]+|\d{{1,2}}/\d{{1,2}},?[ \t]+)?\d{{1,4}}[A-Za-z]?(?:[-–]\d{{1,4}})?,?[ \t]+"
    rf"(?:(?:{_SNAME}|of|the|y|yr|upon|on|le|de)[ \t]+){{0,3}}(?:{_STREET_WORDS})\b(?!(?<=[\d,][ \t]St)|(?<=\bSt)\.?[ \t]+[A-Z]\w*['’])\.?(?:[ \t]+(?:North|South|East|West|Upper|Lower))?"
    rf"|(?<![\w/])\d{{1,4}}[A-Za-z]?,?[ \t]+(?:Ffordd|Heol|Stryd|Lôn|Lon|Rue|Via|Calle|Avenida)(?:[ \t]+(?:{_SNAME}|y|yr|de|la|del)){{1,3}}"
)

_STREET_UNNUMBERED = re.compile(
    rf"(?<![\w-])(?:{_SNAME}[ \t]+){{1,2}}(?:Road|Street|Lane|Avenue|Ave|Rd|Close|Drive|Crescent|Terrace|Grove|Gardens|Mews|Parade|Square)\b(?![ \t]+(?:Clinic|Surgery|Hospital|Medical|Health|Practice|Centre|Center))"
)

_JUNCTION = re.compile(
    rf"(?i)\b(?:junction|corner|crossroads|roundabout)[ \t]+(?:of|at|by)[ \t]+(?:{_SNAME}[ \t]+){{1,2}}(?:Road|Street|Lane|Avenue|Way|Drive|Hill)"
    rf"(?:[ \t]+(?:and|&|with)[ \t]+(?:{_SNAME}[ \t]+){{1,2}}(?:Road|Street|Lane|Avenue|Way|Drive|Hill))?(?:,[ \t]*{_SNAME}(?:[ \t]+{_SNAME})?)?"
)

_HOUSE_NAME = re.compile(rf"(?<![\w-])(?:The[ \t]+)?(?:{_SNAME}[ \t]+){{1,3}}(?:Cottage|Farm|Farmhouse|Barn|Manor|Rectory|Vicarage|Bungalow|Flats|Mansions|Hostel)\b")

_ADDRESS_LABEL = re.compile(
    r"(?im)(?:\b(?:home|usual|current|postal|patient'?s?|parents'?|temporary|home\s+address|previous|correspondence)?[ \t]*"
    r"(?:address|addr\.?)(?:[ \t]+\(\w+\))?[ \t]*[:\-–][ \t]*|\b(?:lives|living|resides|residing|staying|we\s+live|she\s+lives|he\s+lives)[ \t]+at[ \t]*:?[ \t]+|"
    r"^[ \t]*(?:home|lives|residence|usual\s+residence|place\s+of\s+residence)[ \t]*:[ \t]*)"
)

_INSTITUTION_WORDS = re.compile(
    r"(?i)\b(?:hospital|hospitals|trust|infirmary|department|dept|university|college|foundation|NHS|board|directorate|"
    r"division|ward|unit|faculty|school\s+of|institute)\b"
)

_PRACTICE_WORDS = re.compile(r"(?i)\b(?:surgery|practice|medical\s+centre|health\s+centre|clinic|hostel|house|lodge|court|cottage)\b")

# The places a patient is registered or lives, named: "Millbrook Surgery", "Orchard Rise Care Home".
_PRACTICE = re.compile(
    r"(?<![\w-])((?:(?!Good\b|General\b|Clinical\b|Private\b|Dental\b|Our\b|Your\b|This\b|The\b)[A-Z][\w'’.-]*[ \t]+){1,4}"
    r"(?:Surgery|Medical[ \t]+(?:Centre|Center|Practice|Group)|Health[ \t]+(?:Centre|Center)|Group[ \t]+Practice|"
    # a fax header in capitals: "MOORSIDE SURGERY" (not "GENERAL SURGERY": specialties are skipped where this is used)
    r"(?<=[A-Z]{3}[ ])SURGERY|(?<=[A-Z]{3}[ ])MEDICAL[ ]CENTRE|(?<=[A-Z]{3}[ ])HEALTH[ ]CENTRE|"
    r"Family[ \t]+Practice|Practice|(?i:care[ \t]+home|nursing[ \t]+home|residential[ \t]+home|rest[ \t]+home|"
    r"care[ \t]+centre|retirement[ \t]+village|supported[ \t]+living)))\b"
    r"|(?<![\w-])((?:Meddygfa(?:['’]r)?|Canolfan[ ]Iechyd)[ ](?:[A-Z][\w'’-]*)(?:[ ][A-Z][\w'’-]*){0,2})"
    r"(?![ \t]+(?:Unit|Centre|Ward|Dept|Department|Theatres?|List|Suite|Waiting|Team|Service|Services))"
)

# A patient's surgery or pharmacy in short: "Stanley Rd MP", "bowthorpe hc", "Lloyds Pharmacy Shipley".
_PRACTICE_SHORT = re.compile(r"(?<![\w-])((?:[A-Z][a-z'’]+|[a-z]{4,})(?:[ ](?:[A-Z][a-z'’]+|Rd|St|Ave|[a-z]{4,})){0,2}[ ](?:MP|HC|hc|mp|"
                             r"Med(?:ical)?[ ]Ctr|H\.C\.))(?![\w.&])"
                             r"|(?<![\w-])((?:(?:Lloyds|Boots|Rowlands|Well|Day\s?Lewis|Superdrug|Asda|Tesco|Jhoots|Cohens)[ ])?"
                             r"(?:[A-Z][a-z'’]+[ ]){0,2}Pharmacy(?:,?[ ][A-Z][a-z'’]+)?)")

_SPECIALTY_WORD = re.compile(r"(?i)^(?:(?:\w+(?:ology|ological|ogical|ic|ical|ac|al|ary|ive|atric|aedic|edic))|vascular|"
                             r"breast|hand|spinal|neuro|day|minor|major|keyhole|robotic|gen|upper|lower|eye|uk|"
                             r"emergency|trauma|transplant|bariatric|plastic|oral|head|neck|foot|ankle|knee|hip|"
                             r"shoulder|adult|child|paediatric|older|private|nhs|independent|allied)$")

_GENERIC_PRACTICE_WORDS = {"Medical", "General", "Clinical", "Good", "Private", "Dental", "Health", "Family", "Group",
                           "Care", "Nursing", "NHS", "Primary", "Community", "Local", "Best", "Evidence-based", "Safe"}

# A postcode whose area the list of real areas does not have (a new area, an invented one in a test letter):
# two capital letters, a district and a well-formed inward code.
_POSTCODE_SHAPE = re.compile(r"(?<![A-Za-z0-9/-])([A-Z]{2}\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9/-])")

_FLAT = re.compile(r"(?<![\w-])(?:Flat|Apartment|Apt|Fl at)[ ]\d{1,4}[A-Za-z]?"
                   r"(?:,?[ ](?:[A-Z][\w'’-]+[ ]){0,3}(?!(?:Hospital|Infirmary|Unit|Ward|Centre)\b)[A-Z][\w'’-]+"
                   r"(?:,[ ](?:[A-Z][\w'’-]+[ ]){0,2}(?!(?:Hospital|Infirmary|Unit|Ward|Centre)\b)[A-Z][\w'’-]+){0,2})?")

_PLACE_CUE = re.compile(r"(?:(?<![\w-])(?:nr|near|lives[ \t]+in|living[ \t]+in|resides[ \t]+in|moved[ \t]+to|"
                        # "lives with wife Morwenna in Mousehole", "lives alone in Tain"
                        r"(?:lives|living|resides)[ \t]+(?:alone|with[ \t]+[^.\n;,()]{1,40}?)[ \t]+in|"
                        r"(?:lady|man|woman|gentleman|boy|girl|family|chap|fella|couple)[ \t]+from)[ \t]+|(?<=[a-z]['’]s)[ \t]+in[ \t]+)([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ \t]+[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)|(?<![\w-])([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ \t]+[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)[ \t]+(?:area\b|home[ \t]+visit\b|"
                        r"(?:primary|secondary|high|junior|infant|nursery)[ \t]+school\b)")

# Where an incident happened: "Scene: layby on the A614 north of Blidworth Bottoms", "B4300 near Ferryside";
# who employs or teaches someone: "his employer (Greenford Depot)", "school (holy cross)"; "GP (Dr Pearce at Brig Royd)".
_SCENE = re.compile(r"(?im)^[ \t]*(?:scene|scene[ \t]+location|place[ \t]+of[ \t]+incident|found[ \t]+at)[ \t]*:[ \t]*"
                    r"([^,\n(]{3,80}?)(?=[ \t]*(?:,|\(|$))")

_ROAD_NEAR = re.compile(r"(?<![\w-])((?:[ABM]\d{1,4}(?:\([MT]\))?)[ \t]+(?:(?:north|south|east|west)[ \t]+of|near|nr|outside|by|at)[ \t]+"
                        r"[A-Z][a-zß-öø-ÿ'’-]+(?:[ \t]+[A-Z][a-zß-öø-ÿ'’-]+){0,2})")

_BRACKETED_PLACE = re.compile(r"(?i)\b(?:employer|employers|workplace|work|school|college|nursery|club|church|mosque|temple|"
                              r"gurdwara|synagogue|pub|gym)[ \t]*\((?!\d)([^()\n]{3,40})\)")

_GP_AT = re.compile(r"\bGP[ \t]*\((?:Dr\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+at[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})\)")

# Where someone works, studies or plays: "a teacher at Wellsbury High", "mum works nights at the Tesco on Duke Street",
# "his manager at Halfords", "bus driver for Translink", "playing for Brixham United", "swimming with the Sherborne
# Dolphins", "the school nurse at Sherborne Prep", "school bag says Durham Johnston".
_WORKS_AT = re.compile(r"(?i:\b(?:teacher|teaches|teaching|manager|boss|works|working|worked|employed|employee|job|shifts?|"
                       r"driver|cleaner|student|studies|studying|pupil|plays?|playing|played|swims?|swimming|trains?|"
                       r"training|volunteers?|volunteering|member|nurse|bag[ \t]+says|uniform[ \t]+says)"
                       r"(?:[ \t]+(?:nights|days|part[ \t-]*time|full[ \t-]*time|weekends|shifts|there|now|currently))?"
                       r"[ \t]+(?:(?:at|for)[ \t]+(?:the[ \t]+)?|with[ \t]+the[ \t]+))"
                       r"((?:[A-Z][\w'’&-]*|\d+[a-z]{0,2})(?:[ \t]+(?:[A-Z][\w'’&-]*|of|C[ \t]of[ \t]E|on|upon|"
                       r"le|de|la|y|&|the))*(?<![ \t]))")

# A lower-case street in quick notes: "6 orchard rise", "14 mill lane".
_STREET_LOWER = re.compile(r"(?<![\w/.])\d{1,4}[a-z]?[ ]+(?:[a-z][a-z'’-]+[ ]){1,3}(?:rise|road|rd|street|close|way|lane|avenue|ave|"
                           r"drive|crescent|court|gardens|gdns|place|terrace|grove|view|walk|row|mews|square|parade|"
                           r"green|hill|park|lea|croft|fold|chase|vale|wynd|brae)\b")

_ACCOMMODATION = re.compile(r"(?im)^[ \t]*(?:accommodation|staying(?:[ \t]+at)?|temporary[ \t]+accommodation|placement[ \t]+address|"
                            r"hostel|lodging)[ \t]*:[ \t]*([^\n(]{3,80}?)(?=[ \t]*(?:\(|$))")

# A prison: "HMP Gartree", "HMP/YOI Doncaster", "HMYOI Polmont".
_PRISON = re.compile(r"\b(?:HMP(?:[ /]?YOI)?|HMYOI|HM[ \t]+Prison(?:[ \t]+and[ \t]+YOI)?)[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)")


def _postcode_plausible(candidate: str) -> bool:
    letters = [c for c in candidate if c.isalpha()]
    # "Ab1 2cd" mixes cases only by accident; all-lower ("ne1 4nx") and all-upper are fine
    if letters and not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return False
    return True


def _extend_towns(text: str, end: int) -> int:
    """After a street: ", Town" parts (capitalised, up to three)."""
    for _ in range(3):
        m = re.compile(rf"[ \t]*,[ \t]*((?:{_SNAME})(?:[ \t]+(?:{_SNAME}|upon|on|le|in|by|y)){{0,3}})(?=[ \t]*(?:,|\n|$|[ \t]+[A-Za-z]{{1,2}}\d|\.|\)|;|\|)|[ \t]{{2,}}|[ ](?:with|and|on|in|at|for|to|who|where|after|before|from|was|is|had)\b)").match(text, end)
        if not m:
            break
        part = m.group(1)
        if _INSTITUTION_WORDS.search(part) or any(fold(w) in hard_stops() and fold(w) not in ("north", "south", "east", "west", "upper", "lower", "great", "little", "new", "old") for w in part.split()[:1]):
            break
        end = m.end()
    return end


_ADDRESS_PART = re.compile(
    rf"^(?:(?:Flat|Apartment|Apt|Unit|Room|Suite|Floor|Block)[ \t]+\w{{1,4}}|\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?[ \t]+{_SNAME}.*|"
    rf"(?:The[ \t]+)?{_SNAME}(?:[ \t]+(?:{_SNAME}|of|the|upon|on|le|in|by|y|yr|under|next|the|&|"
    # Gaelic, Welsh, Cornish and French joining words: "Taigh na Mara", "Bryn yr Eos", "Pen an Dre", "Clos du Parc"
    rf"na|nan|nam|an|a['’]|ar|dan|du|de|la|sur|\d{{1,4}}))*[ \t]*\d{{0,4}})$"
)


def _address_part_ok(part: str) -> bool:
    part = part.strip().rstrip(",.")
    if not part or len(part) > 60:
        return False
    if _INSTITUTION_WORDS.search(part) and not _PRACTICE_WORDS.search(part) and not re.match(r"(?i)^(?:flat|unit|room|suite|block)[ \t]+\w{1,4}$", part):
        return False
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|@|\b(?:DOB|d\.o\.b|NHS|MRN|Tel|tel|Phone|phone)\b", part):
        return False
    if re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]", part):
        return False
    return bool(_ADDRESS_PART.match(part))


def _address_blocks(text: str, postcodes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines and comma parts of an address just before (and on the line of) a postcode."""
    out = []
    for pc_start, _pc_end in postcodes:
        line_start = text.rfind("\n", 0, pc_start) + 1
        prefix = text[line_start:pc_start]
        # a postcode label just before the postcode is not part of the address
        prefix = re.sub(r"(?i)(?:p/?code|post[ \t]?code|pc)[ \t]*[:.]?[ \t]*$", "", prefix)
        cut = prefix
        label = None
        # (an address in brackets starts at the bracket: "her father (Tigh na Mara, Uig, IV51 9XX)")
        for lm in re.finditer(r"(?i)\b(?:addres\s?s|home|lives at|live at|resides at|at)\b[ \t]*:?[ \t]+|:[ \t]*|\([ \t]*", prefix):
            label = lm
        if label is not None:
            cut = prefix[label.end():]
        base = line_start + (len(prefix) - len(cut))
        parts = [p for p in re.split(r"(,|[ \t]{2,}|;|\|)", cut)]
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
                if re.fullmatch(r"[ \t]{2,}", part) and acc_start is not None:
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
                tail = re.search(rf"((?:{_SNAME}[ \t]?){{1,3}})[ \t]*$", part)
                if tail and _address_part_ok(tail.group(1)) and not _INSTITUTION_WORDS.search(tail.group(1)):
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
    for m in _ADDRESS_LABEL.finditer(text):
        start = m.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        value = text[start:line_end]
        stop = re.search(r"[ \t]{3,}|\||(?<![A-Z])\.(?:[ \t]|$)|\b(?:Tel|Phone|Mob|DOB|NHS|GP)\b|[\"“”]", value)
        if stop:
            value = value[:stop.start()]
        pc = POSTCODE.search(value)
        if pc:
            value = value[:pc.start()]
        value = value.rstrip(" ,;")
        if not value or len(value) > 100:
            continue
        if not (re.search(r"\d", value) or re.search(rf"\b(?:{_STREET_WORDS})\b", value)):
            continue
        if _INSTITUTION_WORDS.search(value) and not re.search(r"\d", value):
            continue
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
    for m in _POSTCODE_OCR.finditer(text):
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
    for m in _POSTCODE_SHAPE.finditer(text):
        if not any(a <= m.start(1) < b for a, b in postcodes):
            add(m.start(1), m.end(1), "POSTCODE")
            postcodes.append((m.start(1), m.end(1)))


def practices(p: Pass) -> None:
    """GP surgeries, practices, pharmacies and flats by name ("Walton Surgery, Felixstowe", "Flat 3"), not a
    specialty ("Vascular Surgery", "UPPER GI SURGERY")."""
    text, add = p.text, p.add
    for m in _PRACTICE.finditer(text):
        if m.group(2):  # "Meddygfa'r Cwm, Clydach": a Welsh surgery, with its town
            add(m.start(2), _extend_towns(text, m.end(2)), "ADDRESS")
            continue
        caps = m.group(1).isupper()  # a fax header: "MOORSIDE SURGERY" (not "UPPER GI SURGERY")
        named = [w for w in m.group(1).split() if w.rstrip(".") not in _GENERIC_PRACTICE_WORDS
                 and w.rstrip(".").title() not in _GENERIC_PRACTICE_WORDS]
        if caps and any(w not in ("SURGERY", "MEDICAL", "HEALTH", "CENTRE", "PRACTICE", "GROUP")
                        and (len(w) <= 3 or fold(w) in common_words() or fold(w) in hard_stops()
                             or english_frequency(fold(w)) >= 3.5 or _SPECIALTY_WORD.search(w))
                        for w in m.group(1).split()):
            continue  # "GENERAL SURGERY", "UPPER GI SURGERY", "DAY SURGERY": not a practice's name
        if any(_SPECIALTY_WORD.search(w) or fold(w) in clinical_terms() or (w.isupper() and not caps) for w in named):
            continue  # "Vascular Surgery", "Upper GI Surgery", "Rheumatology Practice": specialties
        if named and not re.search(r"(?i)\bgood[ \t]+$", text[max(0, m.start() - 6):m.start()]):
            add(m.start(1), _extend_towns(text, m.end()), "ADDRESS")  # "Walton Surgery, Felixstowe"
    for m in _FLAT.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    for m in _PRACTICE_SHORT.finditer(text):
        g = 1 if m.group(1) else 2
        words = re.findall(r"[A-Za-z'’]+", m.group(g))
        if g == 2 and len(words) == 1:
            continue  # "Pharmacy" alone
        if g == 1 and any(fold(w) in common_words() and not w[0].isupper() for w in words[:-1]):
            continue
        if any(_SPECIALTY_WORD.search(w) for w in words[:1]) or words[0] in (
                "The", "Hospital", "Community", "Ward", "Our", "Outpatient", "Outpatients", "Inpatient", "Dispensary",
                "Clinical", "Aseptic", "Main", "Central", "Discharge", "Emergency", "Trust", "Homecare", "Online"):
            continue
        add(m.start(g), m.end(g), "ADDRESS")


def places(p: Pass) -> None:
    """Named places a person can be found by: a school or nursery, a venue, a care home, a prison."""
    text, add = p.text, p.add
    for m in _SCHOOL.finditer(text):
        g = 1 if m.group(1) else 2
        if not re.fullmatch(r"(?i)(?:n/?a|none|not[ \t]+known|unknown|home[ \t]*-?[ \t]*educated|not[ \t]+applicable)", m.group(g).strip()):
            add(m.start(g), m.end(g), "ADDRESS")
    for pattern in (_VENUE, _HOME_NAMED, _BUILDING_AT):
        for m in pattern.finditer(text):
            words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
            if not any(fold(w) in ("nhs", "trust", "hospital", "health", "medical", "university", "royal")
                       or fold(w) in clinical_terms() for w in words):  # not "Medtronic Ltd"
                add(m.start(1), m.end(1), "ADDRESS")
    for m in _PRISON.finditer(text):
        add(m.start(), m.end(), "ADDRESS")


def addresses(p: Pass) -> None:
    """Streets, junctions, house names, where someone lives or was found, and the address blocks above and beside
    the postcodes found (:func:`postcodes`) or after an address label."""
    text, add = p.text, p.add
    for m in _STREET_LOWER.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    for pattern in (_SCENE, _ROAD_NEAR, _BRACKETED_PLACE, _GP_AT, _WORKS_AT, _ACCOMMODATION):
        for m in pattern.finditer(text):
            value = m.group(1).strip()
            words = re.findall(r"[^\W\d_][\w'’-]*", value)
            if pattern is _WORKS_AT and (re.search(r"\b(?:NHS|Trust|Hospital|Infirmary|Health[ \t]+Board|Ward|Unit|"
                                                   r"Department|Clinic|Practice|Surgery|Medical|ED|A&E|ICU|GP)\b", value)
                                         or all(fold(w) in common_words() or fold(w) in clinical_terms()
                                                or fold(w) in CALENDAR for w in words)):
                continue  # the staff's own workplace, or words ("works at Christmas", "plays with Lego")
            if pattern is _WORKS_AT and re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z][^\n,.;]{0,50}?\b(?:Hospital|Infirmary|"
                                                 r"Trust|NHS|University)\b", text[m.end(1):]):
                continue  # "employed at the Norfolk and Norwich University Hospital"
            if pattern is _SCENE and (_INSTITUTION_WORDS.search(value) or re.search(
                    r"(?i)\b(?:ward|theatre|department|resus|bay|room|unit|clinic|hospital|ED|A&E)\b", value)):
                continue  # a place in the hospital, not where someone lives or was found
            if not words or pattern is _BRACKETED_PLACE and (
                    re.fullmatch(r"(?i)(?:n/?a|none|unknown|not[ \t]+known|yes|no|home[ \t-]*educated|off[ \t]+sick|"
                                 r"full[ \t-]*time|part[ \t-]*time|retired|unemployed)", value)
                    or all(fold(w) in common_words() or fold(w) in clinical_terms() for w in words)
                    or re.search(r"\b(?:NHS|Trust|Hospital|Health[ \t]+Board|Council|Army|Navy|RAF)\b", value)):
                continue
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            add(start, start + len(value), "ADDRESS")
    for m in _PLACE_CUE.finditer(text):
        g = 1 if m.group(1) else 2
        words = m.group(g).split()
        if not any(fold(w) in hard_stops() or fold(w) in clinical_terms() for w in words):
            add(m.start(g), m.end(g), "ADDRESS")
    for pattern in (_STREET, _STREET_UNNUMBERED, _JUNCTION, _HOUSE_NAME):
        for m in pattern.finditer(text):
            if pattern is _STREET_UNNUMBERED and not _street_plausible(text, m):
                continue
            s, e = m.start(), m.end()
            e = _extend_towns(text, e)
            add(s, e, "ADDRESS")
    for s, e in _address_blocks(text, p.postcodes):
        add(s, e, "ADDRESS")
    for s, e in _labelled_addresses(text):
        add(s, e, "ADDRESS")
