"""Patterns and word lists more than one detector reads (titles, roles, words, calendars...)."""

from __future__ import annotations

import re

from ...regex_start import compile_with_start
from ...regexes import Compiled
from ..lexicon import DAYS_AND_MONTHS, clinical_terms, first_names, fold

SP = r"[ \u00a0\t]"

# The patterns run over whole pages are compiled to be tried only where a match can start
# (:func:`pipeline.regex_start.compile_with_start`: the same matches as re.compile); POSTCODE and SIGNOFF_RE, which
# every page's search scans whole, also remember their scans of the last texts as a family's patterns do
# (:class:`pipeline.regexes.Compiled`: plan_document reads every page twice).

# Real UK postcode areas: "T2 4HR" (clinical shorthand) is not a postcode, "M1 1AE" is.
POSTCODE_AREAS = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN "
    "EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N "
    "NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN "
    "TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()

AREA = "|".join(sorted(POSTCODE_AREAS, key=len, reverse=True))

POSTCODE = Compiled(compile_with_start(
    rf"(?<![A-Za-z0-9/-])(?:GIR{SP}?0AA|(?:{AREA})[0-9][0-9A-Z]?{SP}{{0,2}}[0-9][ABD-HJLNP-UW-Z]{{2}})(?![A-Za-z0-9/-])",
    re.IGNORECASE,
))

LETTER = r"[^\W\d_]"

WORD = re.compile(rf"{LETTER}+(?:['’](?![sS]\b){LETTER}+|-{LETTER}+)*")

TITLES = ("mr", "mrs", "ms", "miss", "mx", "master", "dr", "prof", "professor", "sister", "sr", "nurse", "sn",
           "rn", "dc", "pc", "ds", "di", "sgt", "rev", "revd", "cllr", "lady", "lord", "dame", "sir", "fr")

TITLE_RE = compile_with_start(r"(?<![\w-])(Mr|Mrs|Ms|Miss|Mx|Master|Dr|DR|MR|MRS|MS|MISS|Prof|Professor|Sister|Sr|Nurse|SN|RN|"
                       r"DC|PC|DS|DI|Sgt|Rev|Revd|Cllr|Lady|Lord|Dame|Sir|Fr|LCpl|Cpl|Pte|Spr|Gnr|Tpr|Capt|Maj|Brig)\b\.?"
                       r"(?=[ \u00a0\t]+\S|[ \t]?\n[A-Z])")

PROFESSION = re.compile(r"(?i)(?:ologists?|iatrists?|iatricians?|icians?|ographers?|therapists?|acists?|surgeons?|"
                         r"ivists?|aesthetists?|ologies?|ology|iatry|ics)$")

SIGNOFF_RE = Compiled(compile_with_start(
    r"(?i)\b(?:yours\s+sincerely|yours\s+faithfully|yours\s+truly|kind(?:est)?\s+regards|best\s+regards|"
    r"warm\s+regards|many\s+thanks|with\s+thanks|thanks\s+again|best\s+wishes|regards|thanks|thank\s+you|cheers|"
    r"sincerely|best)[ \t]*[,.!]?[ \t]*(?:\n[ \t]*){0,2}"
))

EPONYM_HEAD = re.compile(
    r"(?i)^(?:['’]s?|s['’])?[ \t-]+(?:sign|signs|test|tests|principles?|competen(?:ce|cy|t)|guidelines|ruling|judg(?:e)?ment|score|scores|scale|criteria|criterion|rule|rules|"
    r"disease|syndrome|procedure|operation|manoeuvre|maneuver|fracture|contracture|palsy|paresis|anomaly|"
    r"encephalopathy|phenomenon|reflex|law|triad|classification|index|position|technique|balloon|tube|line|"
    r"forceps|repair|incision|node|nodes|ulcer|diverticulum|reversal|pouch|space|pathway|protocol|tool|"
    r"questionnaire|chart|grade|grading|stage|staging|type|classification|method|approach|block|catheter|"
    r"solution|lactate|cyst|cysts|oesophagus|esophagus|angina|freckle|breathing|respiration|sounds?|murmur|rods?|"
    r"tear|ring|attacks?|tetralogy|foot|arch|canal|duct|gland|glands|hernia|neuralgia|neuroma|sarcoma|lymphoma|"
    r"tumou?r|granuloma|fascia|ligament|tendon|triangle|zone|fistula|paralysis|dystrophy|ataxia|"
    r"chorea|dementia|psychosis|stitch|suture|knot|clamp|retractor|speculum|laryngoscope|blade|"
    r"mask|circuit|valve|shunt|fluid|sign|criteria|rules?|manoeuvres?|"
    r"projection|splinting|cast|spica|dressing|nail|plate|screw|wire|sling|bandage|pack|packing|drain|"
    r"device|pump|bag|scope|retractors?|graft|flap|stoma|anastomosis|bypass|shunt|catheters?|cannula|"
    r"lens|chamber|arrhythmia|block|waves?|complex|interval|segment|sclerosis|thyroiditis|ophthalmopathy|"
    r"lymphoma|leukaemia|carcinoma|polyps?|nodules?|bodies|enteritis|colitis|arthritis|"
    r"needle|splint|collar|frame|traction|bundle|formula|equation|ratio|number|cells?|bodies|body|lesion|"
    r"nodule|spots?|lines|tremor|gait|posture|hypothesis|effect|ankle|head|knee|c-spine|cervical|coma|clinical|"
    r"frailty|hip|fundoplication|pneumonia|sepsis|airway|hemiarthroplasty|arthroplasty|prosthesis|implant|"
    r"oesophagectomy|esophagectomy|gastrectomy|point|field|visual[ \t]+field|perimetry|"
    r"osteotomy|gastrectomy|resection|excision|nephrectomy|ligation|fixator|sheath|bougie|view|tilt|"
    r"haemorrhoidectomy|hemorrhoidectomy|shoulder|elbow|wrist|thumb|finger|toe)\b"
)

INSTITUTION_AFTER = re.compile(
    # "Arran War Memorial Hospital", "Daisy Hill Hospital": up to two more capitalised words before the institution
    r"^(?:['’]s)?(?:[ \t]+[A-Z][a-z'’]+){1,2}[ \t]+(?:Hospital|Infirmary|Hospice|Surgery|Medical[ \t]+Centre|"
    r"Health[ \t]+Centre|Medical[ \t]+Practice)\b|"
    r"(?i:^(?:['’]s)?[ \t]+(?:General|University|Royal|Community|District|Memorial|Children'?s|Women'?s|Teaching|"
    r"Hospital|Hospitals|Infirmary|Surgery|Practice|Medical|Health|Centre|Center|Clinic|Wards?|Unit|Wing|House|Lodge|"
    r"Court|Hall|Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Place|Gardens|Terrace|Grove|Park|Square|Parade|"
    r"Trust|NHS|School|Academy|College|Primary|High|Nursery|Hospice|Home|Building|Suite|Theatre|Theatres|Team|"
    r"Service|Services|Department|Outpatients?|Pharmacy|Library|Church|Mosque|Temple|Station|Airport|Bridge|"
    r"Foundation|Partnership|Group|Campus|Site|Estate|Village|Town|City|Council|Borough|Prison|Police|Fire)\b)"
)

PLACE_BEFORE = compile_with_start(r"(?:\b(?:St|Saint|Queen|King|Prince|Princess|Duke|Duchess|Lady|Sir|Mount|Lake|Fort|Port|Glen|Ysbyty|Ysgol|Canolfan|Meddygfa)\.?|[A-Z]\w+(?<!ed)[ \t]+(?:upon|on|under|in|by)[ \t]*)[ \t]+$")

CALENDAR = set(DAYS_AND_MONTHS) | {"locum", "vacant", "off", "leave", "nights", "days", "bank", "agency", "xmas",
                                   "christmas", "boxing", "nye", "tbc", "tba", "none", "cover", "on", "call"}

MEDICAL_WORD = re.compile(r"(?:uria|itis|osis|aemia|emia|algia|oma|pathy|ectomy|otomy|plasty|scopy|rrhoea|rrhea|"
                           r"penia|cytosis|aemic|emic|uric|ology|score|sign|syndrome|disease)$")


def is_first(f: str) -> bool:
    """A known first name, hyphenated ones included ("Kerry-Anne", "Lily-Mae")."""
    names = first_names()
    return f in names or ("-" in f and all(p in names for p in f.split("-") if p))


# One word of what is scored between the eponym and its score: "Westley croup score 3", "Wells PE score".
EPONYM_QUALIFIED = re.compile(r"^[ \t]+(?:croup|PE|DVT|pain|bleeding|risk|frailty|coma|fracture|stroke|delirium|"
                              r"depression|anxiety|dementia|asthma|bronchiolitis|sepsis)[ \t]+(?:score|scores|scale|"
                              r"criteria|classification|rule|tool)\b", re.I)
GRADE_AFTER = re.compile(r"^[ \t]+(?:[IVX]{1,4}[a-c]?|[A-D]|\d{1,2}[a-c]?)(?![\w/.:-]|\.\d)")


def eponym_use(text: str, end: int) -> bool:
    """The word ending at ``end`` names a sign, score, disease... ("Wells score", "Parkinson's disease",
    "Garden IV", "Mallampati 2")."""
    if EPONYM_HEAD.match(text[end:end + 40]) or EPONYM_QUALIFIED.match(text[end:end + 40]):
        return True
    if GRADE_AFTER.match(text[end:end + 8]):
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'’"):
            start -= 1
        return fold(text[start:end]) in clinical_terms()
    return False


OCR_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})
