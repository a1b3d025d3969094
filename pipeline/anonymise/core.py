"""Remove patient identifiers from text, as the GMC's portfolio rules require.

Removed: names of patients, relatives and colleagues; addresses and postcodes;
phone numbers; e-mail addresses; NHS numbers; hospital / unit / MRN numbers;
GMC numbers of other people.  Kept: dates of birth, gender, the applicant's
own name (and GMC number) and clinical vocabulary (eponymous scores, signs and
diseases, drug names).

Detection combines:

* patterns: NHS numbers (10 digits with the modulus-11 check digit, in any
  spacing), UK postcodes (real postcode areas), UK and international phone
  formats, e-mail addresses, hospital numbers after their labels (``Hosp No``,
  ``MRN``, ``RiO ID``...) and in the usual letters-and-digits formats, GMC
  numbers;
* context: titles (Mr, Mrs, Ms, Dr...), labels (``Re:``, ``Patient:``,
  ``Name:``, ``Next of kin:``, ``cc:``...), relations (``her daughter``,
  ``Mum (...)``), roles (``scrub nurse``, ``paramedic``), letter greetings and
  sign-offs, e-mail display names, table rows and numbered lists, address
  blocks above and beside postcodes;
* gazetteers of common first names and surnames (``pipeline/data/``);
* optionally, a spaCy statistical named-entity recogniser that the user names
  in ``$CESR_NER_MODEL`` (an installed spaCy pipeline package).  None is
  shipped: spaCy's official trained pipelines are not on PyPI, and re-uploads
  there cannot be traced to their origin, which matters for a tool that reads
  patient data.  The rules above are measured without one.

Every later mention of a detected name's words is removed too.  Replacements
are consistent per document: "Mr John Patel ... Mr Patel" reads
"Mr [PATIENT-1] ... Mr [PATIENT-1]".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import clinical_terms, common_words, english_frequency, first_names, fold, hard_stops, surnames, title_blocks
from .tagger import default_tagger, tagged_spans
from .shapes import (clinical_acronyms, default_allowlist, extension_spans, id_shaped, initials_spans, nhs_shaped_spans,
                     reference_spans, registration_spans, shape_spans, system_prefixes, url_spans)

__all__ = ["Anonymiser", "Span", "nhs_number_valid", "anonymise", "anonymise_file_name", "TAG_TYPES", "normal_type",
           "occurrences", "WORD_RE", "TITLE_RE", "replace_spans"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Span:
    """An identifier found in text: ``text[start:end]`` of a given type."""

    start: int
    end: int
    type: str
    text: str


#: Every span type the anonymiser produces.
TAG_TYPES = ("EMAIL", "URL", "NHS_NUMBER", "GMC_NUMBER", "REGISTRATION", "HOSPITAL_NUMBER", "REFERENCE", "ID_NUMBER",
             "PHONE", "POSTCODE", "ADDRESS", "PATIENT", "RELATIVE", "PERSON")

# ------------------------------------------------------------------ numbers


def nhs_number_valid(digits: str) -> bool:
    """Modulus-11 check of a 10-digit NHS number."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


_SP = r"[ \u00a0\t]"
_NHS = re.compile(rf"(?<![\w£$.,/-])(\d{{3}})(?:{_SP}|-|{_SP}-{_SP})?(\d{{3}})(?:{_SP}|-|{_SP}-{_SP})?(\d{{4}})(?![A-Za-z0-9/]|[.,]\d)")
# OCR may read 0 as O and 1 as l or I inside a labelled number.
_OCR_DIGIT = r"[\dOoIl|S]"  # OCR reads 0 as O, 1 as l/I/|, 5 as S
_NHS_LABEL = re.compile(
    rf"(?i)\bNHS{_SP}*(?:n[o0]\.?|num(?:ber)?\.?|#)?{_SP}*[:.]?{_SP}*(?:(?:is|was|=){_SP}*)?"
    rf"((?:{_OCR_DIGIT}(?:{_SP}|-|\.(?=\d))?){{9}}{_OCR_DIGIT})(?![\w])"  # "476.330 1928": OCR's full stop for a gap
)
_CHI_LABEL = re.compile(rf"(?i)\b(?:CHI|H&C|H\+C){_SP}*(?:no\.?|number)?{_SP}*[:.]?{_SP}*((?:\d{_SP}?){{9}}\d)\b")
# a dot in the domain, perhaps with an OCR'd space after it before a common domain part ("x@nhs. net")
_EMAIL_DOT = r"\.(?:[ ](?=(?:net|com|org|uk|nhs|gov|ac|co|scot|wales)\b))?"
_EMAIL = re.compile(rf"[A-Za-z0-9._%+'’-]+@[A-Za-z0-9-]+(?:{_EMAIL_DOT}[A-Za-z0-9-]+)*{_EMAIL_DOT}[A-Za-z]{{2,}}")

# Real UK postcode areas: "T2 4HR" (clinical shorthand) is not a postcode, "M1 1AE" is.
_POSTCODE_AREAS = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN "
    "EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N "
    "NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN "
    "TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_AREA = "|".join(sorted(_POSTCODE_AREAS, key=len, reverse=True))
# A postcode as OCR reads it: digits read as letters (O, l, I, S), at the end of a line or before a comma or a gap.
_POSTCODE_OCR = re.compile(
    rf"(?<![A-Za-z0-9/-])((?:{_AREA})[0-9OoIlS][0-9A-Za-z]?{_SP}{{1,2}}[0-9OoIlS][A-Za-z]{{2}})(?=[ \t]*(?:$|,|;|[ \t]{{2}}))",
    re.IGNORECASE | re.MULTILINE,
)
_POSTCODE = re.compile(
    rf"(?<![A-Za-z0-9/-])(?:GIR{_SP}?0AA|(?:{_AREA})[0-9][0-9A-Z]?{_SP}{{0,2}}[0-9][ABD-HJLNP-UW-Z]{{2}})(?![A-Za-z0-9/-])",
    re.IGNORECASE,
)

_PHONE = re.compile(
    # (a leading 0 that OCR read as a copyright or registered sign on a fax header: "©1632 960351")
    r"(?<![\w+/.:-])(?:\+[ \u00a0]?44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\+[ \u00a0]?\(?[1-9]\d{0,2}\)?[ \u00a0-]?|\(?[0O©®])"
    r"[\dOolIS](?:[\dOolIS]|[ \u00a0.\-](?=[\dOolIS])|\n(?=\d{3})|\)[ \u00a0]?(?=[\dOolIS])){7,15}"
    r"(?:[ \u00a0]*(?:ext\.?|extn\.?|extension|x)[ \u00a0]*\d{2,6})?(?![A-Za-z0-9/]|[.,:]\d)",
    re.IGNORECASE,
)

# Labels of hospital, unit and other patient numbers.
_HOSP_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"hosp(?:ital)?\.?\s*(?:n\s?[o0]|num(?:ber)?|id|ref(?:erence)?|#)\.?"
    r"|(?:hospital|unit|case|patient|pt|client|PAS|CRN|RXN|MRN|K|D|M|H|ED|A&E|AE|AED|ICU|ITU|RiO|RIS|CRIS|PACS|EPR|EMIS|"
    r"SystmOne|case[ \t]*notes?|casenotes?|notes|trust|hospital[ \t]+reg(?:istration)?|patient[ \t]+ref|specimen|"
    r"sample|request|emergency[ \t]+department|attendance|"
    r"lab|accession|episode|attendance|encounter|medical\s+record|health\s+record|record|casualty|X-?ray|radiology|"
    r"mother'?s\s+hosp(?:ital)?|baby'?s\s+hosp(?:ital)?|unit\s+record|UR|local|trust)\s*"
    r"(?:n\s?[o0]|num(?:ber)?|id|ref(?:erence)?|#)\.?"
    r"|M\.?R\.?N\.?|URN|UPI|PID|RiO|hosp#|hospital\s+number\s+is|MRN\s+is|unit\s+number\s+is|K\s+number"
    r"|CRN|PAS|RXN|(?:hosp(?:ital)?|unit|case[ \t]*notes?|patient)(?=[ \t]*[:#])"
    r"|(?-i:(?!(?:NHS|GMC|CHI|REF|INC|DOB|FOI|PALS|COMP|STEIS)\b)[A-Z]{2,4})[ \t]+(?:number|no\.?)"
    r")(?:\s*[:#.=]|\s)\s*(?-i:(?=[A-Z0-9]))",
)
_HOSP_VALUE_TOKEN = re.compile(r"[A-Z0-9lo]{1,14}(?:[-/][A-Z0-9lo]{1,14})*")
_HOSP_FORMAT = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z]{1,4}\d{6,10}|\d{2}[A-Z]\d{5,7}|[A-Z]{2,5}-[A-Z]{1,3}-\d{4,10})"
                          r"(?![A-Za-z0-9-])")
# Just before a reference number that is not a patient's ("Datix W214783", "Ref: IR-2291"): not a hospital number.
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:datix|incident|complaint|ref(?:erence)?|our|your|case\s+ref|IR|SI|STEIS|FOI|"
                               r"PO|invoice|booking|ticket|claim)\b[^\n]{0,12}$")
# "RWI 4471203", "RAD-7730412": letters, a space or hyphen, 6-9 digits (not NHS/GMC, not a year-numbered reference)
_HOSP_FORMAT_SPACED = re.compile(r"(?<![\w/-])(?!(?:NHS|GMC|CHI|TEL|FAX|MOB|EXT|DOB|REF|IR|INC|DATIX|COMP|PALS|FOI|SUI|SI)\b)"
                                 r"(?!(?:BP|HR|RR|SATS?|BM|GCS|NEWS|PEWS|SPO|TEMP|RESP|PULSE|PR|CRP|WCC|HB|PLT|INR|NA|UR|CR|"
                                 r"EGFR|ALT|ALP|ALB|BILI|HBA|LDL|PSA|TSH|PH|CO|PO|PC|FEV|FVC|PEF|BMI|AGE|WT|HT)\b)"
                                 r"([A-Z]{2,4})[ -](?!(?:19|20)\d\d\b)(\d{6,9}[A-Z]?|\d{3,4}[ ]\d{3,4})(?![\w/-])")
_GMC = re.compile(
    r"(?i)\bGMC(?:\s*(?:no\.?|number|num|ref(?:erence)?(?:\s*number)?|#|reg(?:istration)?(?:\s*(?:no\.?|number))?))?"
    r"\s*[:.]?\s*((?:[\dOolIS][ \t]?){6}[\dOolIS])(?![\w])"
)

# ------------------------------------------------------------------ names

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+(?:['’](?![sS]\b){_LETTER}+|-{_LETTER}+)*")
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "master", "dr", "prof", "professor", "sister", "sr", "nurse", "sn",
           "rn", "dc", "pc", "ds", "di", "sgt", "rev", "revd", "cllr", "lady", "lord", "dame", "sir", "fr")
_PERSON_TITLES = {"dr", "prof", "professor", "sister", "sr", "nurse", "sn", "rn", "dc", "pc", "ds", "di", "sgt",
                  "rev", "revd", "cllr", "fr"}
_TITLE_RE = re.compile(r"(?<![\w-])(Mr|Mrs|Ms|Miss|Mx|Master|Dr|DR|MR|MRS|MS|MISS|Prof|Professor|Sister|Sr|Nurse|SN|RN|"
                       r"DC|PC|DS|DI|Sgt|Rev|Revd|Cllr|Lady|Lord|Dame|Sir|Fr)\b\.?(?=[ \u00a0\t]+\S|[ \t]?\n[A-Z])")
# "Jaz Bhogal & " right before a name found: two or three capitalised words and a joining word.
_JOINED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*(?:&|\band\b|\+)[ \t]+")
# "van der Merwe", "de la Cruz", "dos Santos": lower-case particles and then the capitalised surname.
# A number in brackets right after a name: "(7709215)", "(ICU reg, 7709215)", "[7123456]".
_BRACKETED_NUMBER_AFTER = re.compile(r"[ \t]*[(\[](?:[^()\[\]\n]{0,40}?(?:,|GMC:?)[ \t]*)?(\d{7})[)\]]")
# A rota cell: a surname, perhaps with a particle, an initial or a title ("Patel R", "de Souza", "Dr O'Neill").
_ROTA_CELL = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?[ ])?(?:(?:de|da|van|von|le|la|di|du|dos|del|al|el|ap)[ ])?"
                        r"(?:Mc|Mac|O['’])?(?=[^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][A-Z]?[^\W\d_]+)*(?:[ ][A-Z]\.?)?")
_WEEKDAY = re.compile(r"(?i)(?<![a-z])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?(?![a-z])")
_ROTA_WORDS = {"locum", "off", "leave", "al", "sl", "bank", "vacant", "tbc", "tba", "study", "nights", "night", "day",
               "days", "on", "call", "zero", "rest", "sick", "course", "teaching", "admin", "spa", "cover", "gap",
               "agency", "none", "nil", "mg", "c1", "c2", "reg", "sho", "cons", "consultant", "registrar", "fy1", "fy2"}
_PATIENT_CAPS = re.compile(r"\b(?:[Pp]atient|[Pp]t|[Cc]lient|[Dd]eceased)[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,2})(?![\w'’-])")
_CAPS_SURNAME_ROW = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+|[-•*·][ \t]+|(?i:bed|bay)[ \t]*\d{1,3}[ \t]+)"
                               r"([A-Z][A-Z'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){1,3})(?=[ \t]+\d{1,3}[ ]?[MF]\b)")
_SPLIT_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,8})(?:[ ]|-\n)([a-z]{2,8})(?![\w'’-])")
_PARTICLE_RUN = r"(?:(?:de|da|del|della|der|di|dos|das|du|van|von|le|la|ten|ter|den|ap|ab|bin|binti|ibn|al|el)[ \t]+){1,3}[A-Z]"
_PARTICLES_BEFORE = re.compile(
    r"(?:(?:^|\n|\||\t|[ ]{2}|[(,])[ \t]*|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)"
    r"((?:(?:de|da|del|della|der|di|dos|das|du|van|von|le|la|ten|ter|den)[ \t]+){1,3})")
_PARTICLES = {"da", "de", "del", "della", "der", "di", "dos", "das", "du", "van", "von", "le", "la", "bin", "binti",
              "bint", "ibn", "al", "el", "ter", "ten", "ní", "ni", "nic", "mac", "ap", "y", "te", "st", "ó", "ua", "uí",
              "mhic", "ui"}
# Degrees and diplomas after a name ("Dr Priya Raman MBBS MRCEM"): the name ends before them.
_DEGREE = re.compile(r"(?:[MF]RC[A-Za-z]*|MBBS|MBChB|MBBCh|BMBS|BM|MB|BS|BCh|ChB|MD|PhD|DPhil|MSc|BSc|BA|MA|MPH|MMed|"
                     r"PGCert|PGDip|FHEA|DCH|DRCOG|DFSRH|DTM|FFICM|EDIC|MCEM|FCEM|FACEM|FCPS|FCARCSI|FANZCA|FCAI|"
                     r"MBA|LLM|RGN|RMN|RN|RM|NMP|MCSP|HCPC)")
_RELATION = (
    r"wife|husband|partner|ex-partner|ex-husband|ex-wife|son|daughter|step-?son|step-?daughter|mother|father|mum|mom|"
    r"mummy|dad|daddy|brother|sister|step-?father|step-?mother|step-?dad|step-?mum|grandmother|grandfather|gran|nan|"
    r"nanna|grandma|grandad|granddad|grandpa|grandson|granddaughter|grandchild|nephew|niece|uncle|aunt|auntie|cousin|"
    r"fianc[ée]e?|boyfriend|girlfriend|son-in-law|daughter-in-law|mother-in-law|father-in-law|sister-in-law|"
    r"brother-in-law|carer|friend|neighbour|parents?|guardian|sibling|twin|next\s+of\s+kin|NOK|spouse|"
    r"(?:baby|infant)\s+(?:girl|boy|son|daughter)\s+of|(?:girl|boy|child|son|daughter)\s+of|children|child|"
    r"perpetrator|alleged\s+perpetrator|victim|lodger|relative|family\s+member|foster\s+(?:carer|parent|mother|father)|"
    r"dtr|dau|gdtr|gdau|gson|sis|bro|hubby|mil|fil"
)
_RELATION_RE = re.compile(rf"(?i)(?<![\w-])(?:{_RELATION})s?(?![\w-])")
_ROLE = (
    r"nurse\s+in\s+charge|person\s+in\s+charge|site\s+manager|bed\s+manager|duty\s+manager|"
    r"nurse|midwife|paramedic|para|technician|health\s+adviser|adviser|EMT|ECA|AAP|ECSW|HART|ODP|CPN|RMN|RGN|AMHP|TDN|HCSW|CN|SN|RN|"
    r"pharmacist\s+technician|receptionist|porter|HCA|HCSW|registrar|reg|consultant|cons|surgeon|anaesthetist|coord|"
    r"physician|GP|FY1|FY2|F1|F2|SHO|CT[1-3]|ST[1-8]|SpR|StR|trainee|assessor|supervisor|colleague|co-?ordinator|"
    r"officer|lead|manager|matron|physio(?:therapist)?|pharmacist|interpreter|student|worker|visitor|chaplain|"
    r"radiographer|sonographer|therapist|dietitian|dietician|secretary|administrator|PA|ANP|ACP|ENP|fellow|locum|"
    r"doctor|DSL|IDVA|ISVA|PCSO|constable|sergeant|detective|inspector|advocate|practitioner|clinician|"
    r"collector|investigator|handler|teacher|headteacher|head\s+teacher|health\s+visitor|social\s+worker|"
    r"key\s+worker|care\s+co-?ordinator|student\s+nurse|staff\s+nurse|charge\s+nurse|scrub\s+nurse|crew|"
    r"paediatrician|obstetrician|psychiatrist|psychologist|neurologist|cardiologist|radiologist|intensivist|"
    r"orthogeriatrician|geriatrician|oncologist|haematologist|microbiologist|pathologist|neonatologist|"
    r"gastroenterologist|endocrinologist|nephrologist|urologist|dermatologist|rheumatologist|author|writer|"
    r"witness|complainant|caller|attendee|chair|minute-?taker|tutor|mentor|educator|director|deputy|NIC"
)
_ROLE_RE = re.compile(rf"(?i)(?<![\w-])(?:{_ROLE})s?(?![\w-])")
_PERSON_LABEL = (
    r"name|names|patient|patient'?s?\s+name|patient\s+label|pt|full\s+name|surname|forenames?|first\s+names?|"
    r"given\s+names?|family\s+name|client|service\s+user|resident|baby|child|infant|victim|re|regarding|"
    r"deceased|name\s+of\s+(?:the\s+)?deceased|the\s+deceased|adult|adult\s+at\s+risk|young\s+person|subject|"
    r"dear|cc|c\.c\.|bcc|copy|copy\s+to|copies\s+to|to|from|attn|attention|fao|f\.a\.o\.|signed|signature|sign|"
    r"witness|trainee|trainee\s+name|assessor|assessor\s+name|supervisor|clinical\s+supervisor|"
    r"educational\s+supervisor|lead|referrer|referred\s+by|reported\s+by|completed\s+by|seen\s+by|reviewed\s+by|"
    r"discussed\s+with|examined\s+by|assessed\s+by|prepared\s+by|written\s+by|dictated\s+by|doctor|clinician|"
    r"consultant|registrar|surgeon|anaesthetist|gp|registered\s+gp|usual\s+gp|gp\s+name|named\s+gp|nurse|"
    r"named\s+nurse|nurse\s+in\s+charge|nic|key\s+worker|care\s+co-?ordinator|social\s+worker|health\s+visitor|"
    r"interpreter|author|investigator|handler|contact|emergency\s+contact|main\s+carer|carer|parents?|mother|hv|"
    r"father|mum|dad|nok|next\s+of\s+kin|spouse|partner|husband|wife|son|daughter|guardian|children|"
    r"alleged\s+perpetrator|perpetrator|night\s+reg|day\s+reg|on-?call(?:\s+\w+)?|night\s+fy1|day\s+fy1|"
    r"reg|sho|fy1|fy2|team|attendees|present|apologies|chair|minutes|data\s+collector|collector|observer|"
    r"scribe|staff|member\s+of\s+staff|employee|colleague|complainant|caller|requested\s+by|requester|"
    r"requesting\s+clinician|checked\s+by|second\s+checker|verified\s+by|countersigned|known\s+as|aka|"
    r"preferred\s+name|odp|scrub(?:\s+(?:nurse|lead|practitioner))?|assistant|first\s+assistant|runner|"
    r"anaesthetic\s+assistant|operating\s+surgeon|surgeon\s+\d|midwife|named\s+midwife|coordinator|"
    r"co-ordinator|pharmacist|ward\s+clerk|officer|coroner'?s\s+officer|person\s+affected(?:\s+\d)?|affected\s+person|"
    r"person\s+involved|subject\s+of\s+concern|alleged\s+victim|victim|injured\s+party|deceased|solicitor|"
    r"mental\s+health\s+officer|mho|advocate|imca|imha|appropriate\s+adult|amhp|health\s+adviser|social\s+supervisor"
)
_LABEL_RE = re.compile(
    rf"(?im)(?:^|(?<=\|)|(?<=[ \t]{{2}})|(?<=\t)|(?<=;)|(?<=\.[ ]))[ \t]*(?:[A-Za-z'()&.-]+(?:[ \t]*/[ \t]*|[ \t]+)){{0,3}}?"
    rf"(?:{_PERSON_LABEL})(?:[ \t]*\([^)\n]{{0,30}}\))?(?:[ \t]*:|[ \t]+[\-–])[ \t]*"
)
_PROFESSION = re.compile(r"(?i)(?:ologists?|iatrists?|iatricians?|icians?|ographers?|therapists?|acists?|surgeons?|"
                         r"ivists?|aesthetists?|ologies?|ology|iatry|ics)$")
_ROLE_AFTER_RE = re.compile(
    rf"(?i)[ \t]*(?:\([ \t]*|,[ \t]+)(?:the[ \t]+|our[ \t]+|a[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+|patient'?s[ \t]+)?"
    rf"((?:[a-z-]+[ \t]+){{0,2}}(?:{_ROLE}|{_RELATION}))s?(?![\w-])"
)
_GRADE_PREFIX = re.compile(r"[ \t]*(?:FY[12]|F[12]|CT[1-3]|ST[1-8]|SHO|SpR|StR|HCA|SN|RN|Staff[ \t]+Nurse|Locum|Reg)[ \t]+(?=[A-Z])")
_GREETING_RE = re.compile(r"(?im)^[ \t]*(?:dear|hi|hello|morning|good\s+(?:morning|afternoon|evening))[ \t]+")
_SIGNOFF_RE = re.compile(
    r"(?i)\b(?:yours\s+sincerely|yours\s+faithfully|yours\s+truly|kind(?:est)?\s+regards|best\s+regards|"
    r"warm\s+regards|many\s+thanks|with\s+thanks|thanks\s+again|best\s+wishes|regards|thanks|thank\s+you|cheers|"
    r"sincerely|best)[ \t]*[,.!]?[ \t]*(?:\n[ \t]*){0,2}"
)
_LIST_ITEM_RE = re.compile(
    r"(?im)^[ \t]*(?:\d{1,3}[.)]|[A-Z]?\d{1,2}[ \t]*\||\|[ \t]*[A-Z]?\d{0,3}[ \t]*\||[-•*·][ \t]|"
    r"(?:bed|bay|case|cubicle|side\s*room|room|pt|patient)[ \t]*\d{1,3}[A-Za-z]?[ \t]*[–:\-.|)]?|[A-Z]\d{1,2}[ \t]*[–:\-.)])"
    r"[ \t]*"
)
# Labels of people who sign or verify evidence: their names stay (the GMC asks applicants not to redact them).
_VERIFIER_LABEL = re.compile(
    r"(?im)(?:^|(?<=\|)|(?<=\t)|(?<=[ \t]{2})|(?<=;)|(?<=\.[ ])|(?<=\)[ ])|(?<=\[)|(?<=\())[ \t]*(?:name[ \t]+of[ \t]+)?"
    r"(?:(?!comments|feedback|notes|remarks|concerns|social)[A-Za-z'’&()-]+(?:[ \t]*/[ \t]*|[ \t]+)){0,4}?"
    r"(?:(?:(?:clinical|educational|named|academic|trust)[ \t]+)?supervisor(?:'?s)?"
    r"(?:[ \t]+(?:name|signature|sign-?off(?:[ \t]+of[^:\n]{0,30})?|review|reviewing[^:\n]{0,30}|on[ \t]+(?:shift|call|duty)))?|"
    r"assessor(?:'?s)?(?:[ \t]+(?:name|signature|details))?|referee(?:'?s)?(?:[ \t]+name)?|appraiser|rater|observer|"
    r"responsible[ \t]+officer|sponsor|principal[ \t]+investigator|course[ \t]+director|(?:course[ \t]+)?facilitator|"
    r"second[ \t]+reader(?:[ \t]*\([^)\n]{0,40}\))?|translation[ \t]+checked[ \t]+by|"
    r"supervising[ \t]+(?:consultant|trainer(?:[ \t]+#?\d+)?)|verifier|testimonial[ \t]+(?:from|by|author)|reference[ \t]+from|"
    r"lead[ \t]+consultant[ \t]+verifying[^:\n]{0,20}|"
    r"signature[ \t]+of[ \t]+(?:assessor|supervisor|referee)|sign-?off|"
    r"(?:verified|approved|validated|counter-?signed|signed[ \t-]+off|released|review[ \t]+signed|debrief[ \t]+signed|"
    r"certified(?:[ \t]+(?:a[ \t]+)?true[ \t]+copy)?)"
    r"(?:[ \t]+as[ \t]+[^:\n]{0,50}?)?(?:[ \t]+(?:by|for)(?:(?![ \t]*\b(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t])[^:\n]){0,40}?)?|(?:assessed|observed)[ \t]+by|"
    r"(?:msf|360|multi-?source[ \t]+feedback)[ \t]+facilitator|raters?[ \t]+who[ \t]+agreed[ \t]+to[ \t]+be[ \t]+named)"
    r"(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*:[ \t]*(?:\n[ \t]*)?|[ \t]+[\-–][ \t]*|[ \t]*–[ \t]*|[ \t]{3,}|[ \t]*\.{3,}[ \t]*|[ \t]*\n[ \t]*(?=(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ ]))"
    r"(?:(?:FY[12]|CT[1-3]|ST[1-8]|SpR|Consultant|Prof(?:essor)?)[ \t]+)?"
    r"|(?i:\b(?:approved|verified|countersigned|signed[ \t-]+off|validated)(?:[ \t]+as[ \t]+(?:accurate|correct))?"
    r"(?:[ \t]+\(?for[ \t]+[^.\n:()]{0,30}?\)?)?[ \t]+by[ \t]+)"
    r"(?=(?:Dr|Prof|Mr|Mrs|Ms|Miss)\b)"
    r"|(?-i:\bsupervisor[ \t]+|\bVerified[ \t]+)(?=(?:Dr|Prof)\b)"
    r"|(?i:\bsup(?:ervision)?[ \t]+(?:mtg|meeting)[ \t]+(?:w/|with)[ \t]+|\bunder[ \t]+(?:the[ \t]+)?supervision[ \t]+of[ \t]+|\b(?:discussed|reviewed|debriefed)[ \t]+in[ \t]+"
    r"(?:clinical[ \t]+|educational[ \t]+)?supervision[ \t]+with[ \t]+)(?=(?:Dr|Prof|Mr|Mrs|Ms|Miss)\b)"
    r"|(?i:\bassessor(?:'?s)?[ \t]+(?:feedback|comments|signature)[ \t]*\()"
    r"|(?i:\b(?:my|our)[ \t]+(?:clinical[ \t]+|educational[ \t]+)?supervisor[ \t]*[:,][ \t]*)(?=(?:Dr|Prof|Mr|Mrs|Ms|Miss)\b)"
)
# Weaker words that name a verifier only when a senior post follows the name ("Checked: Dr X, Clinical Supervisor").
_WEAK_VERIFIER_LABEL = re.compile(
    r"(?im)(?:^|(?<=[ \t]{2})|(?<=;)|(?<=\.[ ])|(?<=\[)|(?<=\)[ ]))[ \t]*"
    r"(?:checked|confirmed(?:[ \t]+(?:as[ \t]+)?(?:accurate|correct))?|agreed(?:[ \t]+as[ \t]+(?:accurate|correct))?|"
    r"authori[sz]ed(?:[ \t]+by)?|seen[ \t]+and[ \t]+agreed(?:[ \t]+by)?|"
    r"summary[ \t]+agreed[^:\n]{0,40}?|reviewed[ \t]+by|confirmed[ \t]+as[ \t]+(?:an[ \t]+)?accurate[^:\n]{0,40}?)"
    r"(?:[ \t]*:[ \t]*(?:\n[ \t]*)?|[ \t]+[\-–][ \t]*)"
    r"|\b(?:debriefed|discussed|reviewed|agreed)[ \t]+with[ \t]+(?=(?-i:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t][^\n]{0,40}?\([ \t]*(?:my[ \t]+|consultant\b))"
)
# The post right after a verifier's name: "Dr X, Clinical Supervisor", "Dr X (educational supervisor)".
_POST_AFTER = re.compile(r"(?i)[ \t]*[,(–-][ \t]*(?:[A-Za-z&/]+[ \t]+){0,3}?(?:consultant|clinical[ \t]+director|medical[ \t]+director|"
                         r"clinical[ \t]+lead|head[ \t]+of|professor|(?:educational|clinical)[ \t]+supervisor|supervisor|"
                         r"college[ \t]+tutor|training[ \t]+programme[ \t]+director|appraiser|assessor|CD|TPD|ES|CS)\b")
# After a name: "Dr X, educational supervisor, who verified this page", "Dr X, consultant, verifying my role".
_VERIFIED_AFTER = re.compile(r"(?i)[^.\n;]{0,100}?(?:\bwho[ \t]+(?:has[ \t]+|have[ \t]+|kindly[ \t]+)?(?:verified|"
                             r"countersigned|signed[ \t-]+off|validated)|,[^.\n;]{0,80}?\bverifying)\b"
                             # "Dr X (my clinical supervisor)", "Dr X (appraiser)", "Dr X (Consultant EM, educational supervisor)"
                             r"|[ \t]*\((?:[^()\n]{0,40}?,[ \t]*)?(?:my[ \t]+)?(?:(?:educational|clinical)[ \t]+supervisor|"
                             r"appraiser|assessor|referee|verifier)[ \t]*[),]")
_TITLED_NAME = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?[ \t]+(?=[A-Z])")
# A testimonial or a letter confirming experience: its author signs it and stays.
_TESTIMONIAL = re.compile(r"(?i)\bto\s+whom\s+it\s+may\s+concern\b|\btestimonial\b|\bstructured\s+reference\b|"
                          r"\bi\s+(?:would\s+)?(?:strongly\s+|warmly\s+)?recommend\s+(?:her|him|them|dr)\b|"
                          r"\bi\s+(?:can\s+|am\s+able\s+to\s+)?confirm\s+that\s+dr\b|\bthis\s+is\s+to\s+confirm\b|"
                          r"\bno\s+concerns\s+(?:about|regarding)\s+(?:his|her|their)\b|\bletter\s+of\s+(?:support|reference|"
                          r"recommendation)\b|\bcharacter\s+reference\b|\breference\s+(?:for|in\s+support\s+of)\s+dr\b|"
                          r"\bi\s+am\s+(?:pleased|delighted|happy)\s+to\s+(?:confirm|support|recommend|provide)\b")
_SENIOR_AFTER = re.compile(r"(?is)[^\n]{0,40}\n?[^\n]{0,60}?\b(?:consultant|clinical\s+director|medical\s+director|"
                           r"clinical\s+lead|head\s+of|professor|(?:educational|clinical)\s+supervisor|college\s+tutor|"
                           r"training\s+programme\s+director|associate\s+specialist|specialty\s+lead|divisional|"
                           r"F\.?R\.?C|M\.?R\.?C|GMC)\b")
# A form's label and its value in columns: "Reported by   Chloe Ventham", "Crew   Tamsin Rowe".
_LABEL_GAP_RE = re.compile(rf"(?im)^[ \t]*(?:[A-Za-z'()&.-]+[ \t]){{0,3}}?(?:{_PERSON_LABEL}|crew|reported[ \t]+by|"
                           rf"raised[ \t]+by|handed[ \t]+over[ \t]+(?:by|to)|taken[ \t]+by|escort(?:ed[ \t]+by)?|staff[ \t]+involved|"
                           rf"person[ \t]+detained|detained[ \t]+person|person[ \t]+affected(?:[ \t]+\d)?|child|young[ \t]+person|"
                           rf"adult(?:[ \t]+at[ \t]+risk)?|service[ \t]+user|client|patient(?:[ \t]+name)?|name)[ \t]{{3,}}")
# A system user name after a print or audit label: "Printed by: doshea 30/10/2023", "User: jsmith2".
_USERNAME = re.compile(r"(?i)\b(?:printed(?:[ \t]+[\d/:.]+){0,2}|user(?:[ \t]*name|[ \t]*id)?|logged[ \t]+(?:in[ \t]+)?(?:by|as)|entered|created|"
                       r"modified|last[ \t]+(?:edited|modified|updated)|generated|exported|accessed|viewed)(?:[ \t]+by)?"
                       r"[ \t]*:?[ \t]+(?-i:([a-z][a-z0-9._-]{2,30}[0-9]*))(?![\w@.-])")
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
_EMAIL_DISPLAY_RE = re.compile(r"(?:^|(?<=[:;,]))[ \t]*\"?([^\n<>;:\"]{2,80}?)\"?[ \t]*<([^<>\s@]+)@[^<>\s]+>")
_AGE_SEX = re.compile(r"^[ \t]*(?:\(?[A-Z]{0,3}-?\d{5,10}\)?[ \t]*)?(?:\(|,|\||–|-)?[ \t]*(?:~?\d{1,3}[ \t]*(?:y|yo|yrs?|m|mo|w|wk|d)?[ \t]*[,/ ]?[ \t]*[MFmf]\b|[MF][ \t]*[,/][ \t]*\d{1,3}\b|aged[ \t]+\d|\d{1,3}[ \t]*(?:y|yo|years?)\b)")
_EPONYM_HEAD = re.compile(
    r"(?i)^(?:['’]s?|s['’])?[ \t-]+(?:sign|signs|test|tests|score|scores|scale|criteria|criterion|rule|rules|"
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
    r"osteotomy|gastrectomy|resection|excision|nephrectomy|ligation|fixator|sheath|bougie|view|tilt|"
    r"haemorrhoidectomy|hemorrhoidectomy|shoulder|elbow|wrist|thumb|finger|toe)\b"
)
_INSTITUTION_AFTER = re.compile(
    r"(?i)^(?:['’]s)?[ \t]+(?:General|University|Royal|Community|District|Memorial|Children'?s|Women'?s|Teaching|"
    r"Hospital|Hospitals|Infirmary|Surgery|Practice|Medical|Health|Centre|Center|Clinic|Ward|Unit|Wing|House|Lodge|"
    r"Court|Hall|Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Place|Gardens|Terrace|Grove|Park|Square|Parade|"
    r"Trust|NHS|School|Academy|College|Primary|High|Nursery|Hospice|Home|Building|Suite|Theatre|Theatres|Team|"
    r"Service|Services|Department|Outpatients?|Pharmacy|Library|Church|Mosque|Temple|Station|Airport|Bridge|"
    r"Foundation|Partnership|Group|Campus|Site|Estate|Village|Town|City|Council|Borough|Prison|Police|Fire)\b"
)
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Queen|King|Prince|Princess|Duke|Duchess|Lady|Sir|Mount|Fort|Port|Glen|Ysbyty|"
                           r"Ysgol|Canolfan|Meddygfa)\.?[ \t]+$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:St|Saint|Queen|King|Prince|Princess|Duke|Duchess|Lady|Sir|Mount|Lake|Fort|Port|Glen|Ysbyty|Ysgol|Canolfan|Meddygfa)\.?|[A-Z]\w+(?<!ed)[ \t]+(?:upon|on|under|in|by)[ \t]*)[ \t]+$")

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
# A patient label: "PRESTON, Florence May", "O'NEILL, Patrick" at the start of a line or a cell.
_SURNAME_FIRST = re.compile(r"(?m)(?:^|(?<=\|)|(?<=[ \t]{2})|(?<=,\")|(?<=\t)|(?<=[ ][-–][ ])|(?<=\d\d:\d\d[ ]))[ \t]*([A-Z][A-Z'’-]+(?:[ -][A-Z][A-Z'’-]+)?,[ ]?"
                            r"(?:[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ](?:(?:do|da|de|dos|das|del|van|von|bin|binti|bint|ibn|al|el)[ ])?[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){0,2}|(?<=[A-Z]{3},[ ])[a-z]{3,}(?=[ \t]|$)"
                            r"|(?<=[A-Z]{4},[ ])[A-Z](?=[ \t]|$)))")
_CELL_SURNAME_FIRST = re.compile(r"(?m)(?:^|(?<=[ ]{2})|(?<=\t)|(?<=\|))[ \t]*((?:(?:Dos|Da|De|Del|Della|Van|Von|Di|Du|Le|La|Al|El)[ ])?"
                                 r"(?:Mc|Mac|O['’])?[A-Z][a-zß-öø-ÿ\u0100-\u017fA-Z'’-]+(?:-[A-Z][a-zß-öø-ÿ\u0100-\u017fA-Z'’-]+)?,[ ]?[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)"
                                 r"(?=[ ]{2,}|\t|[ \t]*\||[ \t]*$)")
_LIST_SURNAME_FIRST = re.compile(r"(?m)^[ \t]*(?:[-•*·][ \t]+|\d{1,3}[.)][ \t]+)?([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ -][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?,[ ]?"
                                 r"[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)(?=[ \t]+\d{1,3}[ ]?[MFmf]?\b[ \t]*(?:[,|/-][ \t]*)?"
                                 r"\(?[A-Z]{0,4}-?\d{5,10}\b)")
# A label or wristband without the comma: "O'DONOVAN Bridget", "NGUYEN Thi Lan" at the start of a line or a cell.
_CAPS_SURNAME_GIVEN = re.compile(r"(?m)(?:^|(?<=\|)|(?<=[ \t]{2})|(?<=\t)|(?<=\bpt[ ])|(?<=\bPt[ ])|(?<=\bpatient[ ])|(?<=\bPatient[ ]))[ \t]*([A-Z](?:[A-Z'’]|-(?=[A-Z])){2,}(?:[ ][A-Z][A-Z'’-]{2,})?)"
                                 r"[ ]+([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){0,2})(?![\w'’-])")
# A first name with an age in brackets: "Zuzanna (8)", "(Dominik, 19)".
_NAME_AGE = re.compile(r"(?<![\w-])([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]{2,})(?:[ ]\((?:aged[ ])?\d{1,2}(?:[ ]?(?:y|yo|yrs?|years?))?\)|,[ ]?\d{1,2}\))")
# "her name was Grace", "surname thought to be Voss", "known as 'Auntie Pat'"
_NAME_IS = re.compile(r"(?i)\b(?:(?:his|her|their|the|whose)[ \t]+)?(?:name|surname|first[ \t]+name|forename|nickname)"
                      r"[ \t]+(?:was|is|being|thought[ \t]+to[ \t]+be|given[ \t]+as)[ \t]+"
                      r"|\b(?:(?:later|subsequently|then|formally)[ \t]+)?identified(?:[ \t]+(?:later|subsequently|formally))?"
                      r"[ \t]+as[ \t]+(?=[A-Z][a-z])|\bgave[ \t]+(?:his|her|their)[ \t]+name[ \t]+as[ \t]+")
_NICKNAME = re.compile(r"(?i)\b(?:known[ \t]+as|aka|a\.k\.a\.|nickname|preferred[ \t]+name|goes[ \t]+by|prefers(?:[ \t]+to[ \t]+be[ \t]+called)?|"
                       r"likes[ \t]+to[ \t]+be[ \t]+called|calls[ \t]+(?:him|her|them)sel(?:f|ves))[ \t]*:?[ \t]*"
                       r"(?:[\"“'‘]([^\"”'’\n]{1,40})[\"”'’]|(?<=:)[ \t]*(?-i:([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20}))(?![\w'’-]))"
                       # a name, then its short form in quotes: 'KOWALEWSKI, Stanisław ("Stan")', 'Reginald Crouch ("Reg")'
                       r"|(?<=[^\W\d_])[ \t]*\([ \t]*[\"“]([A-Z][^\W\d_'’-]{1,20})[\"”][ \t]*\)"
                       # a first name only: '"Lachie" - surname unknown'
                       r"|[\"“]([A-Z][^\W\d_'’-]{1,20})[\"”][ \t]*[-–(,]?[ \t]*(?:surname|last[ \t]+name|full[ \t]+name|"
                       r"family[ \t]+name)[ \t]+(?:unknown|not[ \t]+known|not[ \t]+given|unconfirmed)")
# A name followed by the person's contact details: "Keisha Burrell, tel 0121 ...", "Bev Aldous (bev.aldous@...)"
_NAME_CONTACT = re.compile(r"(?<![\w-])([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ \t]+[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){1,2})(?=[ \t]*[,(][ \t]*(?:tel|phone|mob|mobile|"
                           r"e-?mail|ext|bleep|direct\s+line)\b|[ \t]*[,(<][ \t]*[\w.'-]+@)")

# An initial and a surname: "F. Reid", "S. Pritchard-Owen" (not "E. coli", "St. Helens").
_INITIAL_SURNAME = re.compile(r"(?<![\w.'’/+-])(?!St\.)([A-Z]\.[ ]?)([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’-]|\.[A-Za-z])")
_NAME_LABEL_VALUE = re.compile(r"(?im)(?:^|(?<=[ ]{2})|(?<=\t))[ \t]*(?:(?:pat[ ]?ient|pt|child|client|resident|service[ ]user)(?:'?s)?[ \t]+)?"
                               r"(?:full[ \t]+)?(?:name|fore[ ]?names?(?:\(s\))?|sur[ ]?name|first[ \t]+names?|given[ \t]+names?)"
                               r"[ \t]*:[ \t]*((?:(?!DOB\b|D\.?O\.?B|Title\b|Sex\b|Gender\b|Age\b|NHS\b|Hosp|MRN\b|Unit\b)[^\n\t:]){2,50}?)"
                               r"(?=[ \t]{2,}|\t|[ \t]*$|[ \t]+(?:DOB|D\.?O\.?B|Title|Sex|Gender|Age|NHS|Hosp|MRN|Unit)\b)")
_FAMILY_NAME = re.compile(r"\b[Tt]he[ ]([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)[ ](?:family|boy|girl|lad|lass|twins|children|kids|baby)\b")
_NEE = re.compile(r"\(n[ée]e[ ]([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)\)")
_DICOM_NAME = re.compile(r"(?<![\w^*])([A-Z][A-Z'’-]+[\^*][A-Z][A-Z'’-]+(?:[\^*“\"][A-Z][A-Z'’-]*)*)")
_CAPS_BED = re.compile(r"(?<![\w'’-])([A-Z][A-Z'’-]{2,})[ ]\((?:bed|bay|side[ ]room|rm|room)[ ]?\d{1,3}[a-z]?\)")
_RELATION_COMMA_NAME = re.compile(r"\b(?:his|her|their|the patient's|pt's)[ ](?:mother|father|mum|dad|wife|husband|son|daughter|"
                                  r"sister|brother|partner|grandmother|grandfather|aunt|uncle|carer|friend|neighbour),[ ]"
                                  r"([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)(?=[ ]?[,.;)]|[ ]and\b)")
_GIVEN_IN_BRACKETS = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ ][A-Z][A-Za-z'’-]+[ ]\(([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]{2,})\)")
_QUOTED_NICKNAME = re.compile(r"[\"“]((?:[A-Z][a-z'’]+[ ]){0,2}[A-Z][a-z'’]+)[\"”]")
# A nickname in quotes inside a name ('Ciarán "Kiki" Mallon', '"Bunty" FORBES', '"BIG" JOHN WESTWOOD'), or after a
# word that introduces one ('ex-partner "Deano"', 'referred to by the team as "Majo"').
_NICKNAME_IN_NAME = re.compile(r"(?<![\w'’-])((?:[A-Z][^\W\d_]+[ ])?[\"“][A-Z][^\W\d_]{1,15}[\"”][ ](?:[A-Z][^\W\d_'’-]*(?:['’-][A-Z]?[^\W\d_]+)*)"
                               r"(?:[ ][A-Z][^\W\d_'’-]*(?:['’-][A-Z]?[^\W\d_]+)*)?)")
_NICKNAME_AFTER = re.compile(r"(?i:\b(?:known(?:[ \t]+to[ \t]+[^\"“\n]{1,25}?)?|referred[ \t]+to(?:[ \t]+by[ \t]+[^\"“\n]{1,25})?|called|nicknamed|aka|"
                             r"(?:ex-?)?partner|boyfriend|girlfriend|husband|wife|son|daughter|brother|sister)[ \t]+(?:as[ \t]+)?)"
                             r"[\"“]([A-Z][^\W\d_]{1,15})[\"”]")
# An initial without its full stop, then a known surname: "S Pillai", "B Keane" (not "B Cells", "T Wave").
_BARE_INITIAL_SURNAME = re.compile(r"(?<![\w.'’/+-])([A-Z])[ ]([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’-])")
# A baby named by an initial: "Baby R.", "baby K"
_BABY = re.compile(r"\b((?:Baby|baby|BABY)[ \t]+[A-Z]\.?)(?![\w])"
                   # "Baby Boy PHAM", "Baby Girl Osei": the family name after the baby's sex
                   r"|\b(?:Baby|BABY)[ \t]+(?:Boy|Girl|BOY|GIRL)[ \t]+(?:\d[ \t]+)?([A-Z][A-Za-z'’-]+)(?![\w'’-])")
# "Baby of Mhairi Dunbar", "BABY OF MHAIRI DUNBAR": the mother's name. Also "twin 2 of Pham Thi Thu".
_BABY_OF = re.compile(r"\b(?:Baby|baby|BABY|(?:twin|TWIN|Twin|triplet|Triplet)[ \t]+(?:\d|[A-C]|one|two|three)(?:[ \t]+of[ \t]+\d)?)[ \t]+(?:of|OF)[ \t]+((?:[A-Z][A-Za-z'’-]+)(?:[ ][A-Z][A-Za-z'’-]+){0,3})")
# A surname in capitals and a given name, in brackets after what they label: "CT AP RR24-0019938 (HAMID, Zainab)".
_BRACKETED_SURNAME_FIRST = re.compile(r"\(([A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]{2,})?,[ ]?[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+"
                                      r"(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+)?)\)")
# A name in quotes that a bracket then says is a person: '"Lalo" (regular partner)', "'TONI' (no surname given)",
# '"Big Davie" (David Lowther, ...)'.
_QUOTED_PERSON = re.compile(r"(?<![\w])[\"“'‘]([A-Z][^\W\d_'’-]{1,20}(?:[ ][A-Z][^\W\d_'’-]{1,20})?)[\"”'’][ \t]*\("
                            r"(?=[^)\n]{0,60}?(?i:\b(?:partner|boyfriend|girlfriend|husband|wife|friend|ex|contact|cousin|"
                            r"brother|sister|son|daughter|mother|father|mum|dad|uncle|aunt|neighbour|flatmate|carer|"
                            r"surname|first[ ]name|full[ ]name|real[ ]name|name)\b)"
                            r"|[A-Z][a-z'’-]+[ ][A-Z][a-z'’-]+)")
# "he's called ousmane", "a friend called Nasrin", "her boyfriend named Kyle": a name the sentence gives.
_CALLED = re.compile(r"(?i)\b(?:(?:he|she|they)(?:['’]s|[ ]is|[ ]was|[ ]are|[ ]were)|(?:man|woman|lady|guy|bloke|boy|girl|"
                     r"friend|partner|boyfriend|girlfriend|son|daughter|brother|sister|neighbour|carer|cousin|uncle|aunt|"
                     r"lodger|flatmate|baby|child|kid))[ \t]+(?:called|named)[ \t]+([^\W\d_][^\W\d_'’-]{1,20})(?![\w'’-])")
# A name with an age after it: "Pat Page, 79, C. difficile"; a list row "5    Will Mason           86   hyponatraemia";
# a name with its bed: "Hughie (Bed 12, Ward 2C)".
_NAME_COMMA_AGE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+[ ][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),[ ]?(\d{1,3})[ ]?(?:y|yo|yrs|[MF])?(?=[,;)]|[ ][MF]\b)")
_ROW_NAME_AGE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)]?|[A-Z]\d{0,2}|[Bb]ed[ ]?\d{1,3}[a-z]?)[ \t]+([A-Z][a-z'’-]+[ ][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                           r"[ \t]{2,}(\d{1,3})(?:[ ]?[MFmf])?(?=[ \t]{2,}|\t|[ \t]*\|)")
_NAME_BED = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?)[ ]\((?i:bed|bay|side[ ]room|rm|room|cubicle)[ ]?\d{1,3}[a-z]?\b")
# Where an incident happened: "Scene: layby on the A614 north of Blidworth Bottoms", "B4300 near Ferryside";
# who employs or teaches someone: "his employer (Greenford Depot)", "school (holy cross)"; "GP (Dr Pearce at Brig Royd)".
_SCENE = re.compile(r"(?im)^[ \t]*(?:scene|scene[ \t]+location|place[ \t]+of[ \t]+incident|found[ \t]+at)[ \t]*:[ \t]*"
                    r"([^,\n(]{3,80}?)(?=[ \t]*(?:,|\(|$))")
_ROAD_NEAR = re.compile(r"(?<![\w-])((?:[ABM]\d{1,4}(?:\([MT]\))?)[ \t]+(?:(?:north|south|east|west)[ \t]+of|near|nr|outside|by|at)[ \t]+"
                        r"[A-Z][a-zß-öø-ÿ'’-]+(?:[ \t]+[A-Z][a-zß-öø-ÿ'’-]+){0,2})")
_BRACKETED_PLACE = re.compile(r"(?i)\b(?:employer|employers|workplace|work|school|college|nursery|club|church|mosque|temple|"
                              r"gurdwara|synagogue|pub|gym)[ \t]*\((?!\d)([^()\n]{3,40})\)")
_GP_AT = re.compile(r"\bGP[ \t]*\((?:Dr\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+at[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})\)")
# Nicknames without a "known as" colon: 'known on the ward as "Prof"', "known as Tommy Mac on the estate",
# "knew him as Big Ron", 'Rhys is "Rhysie" at home', 'still "DJ" to the staff'.
_KNOWN_AS = re.compile(r"\b(?:known|knew[ \t]+(?:him|her|them))(?:[ \t]+(?:on|in|at|to|by|around)[ \t]+(?:the[ \t]+)?[a-z]+)?[ \t]+as[ \t]+"
                       r"(?:[\"“'‘]([^\"”'’\n]{1,30})[\"”'’]|([A-Z][\w'’-]{1,20}(?:[ \t]+[A-Z][\w'’-]{1,20})?))"
                       r"|(?:\b(?:is|was|as)[ \t]+(?:still[ \t]+)?)[\"“]([A-Z][^\W\d_'’-]{1,20})[\"”][ \t]+(?:at[ \t]+home|to[ \t]+(?:the[ \t]+)?"
                       r"(?:staff|family|everyone|friends|his|her|the))")
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
# A list row whose first cell is a patient: a bed, number or time, then a name, initials or "SURNAME I", then an
# age or a patient number: "A3 bev (Beverley Stanton) 59", "A4 Kowalski 44", "1. pat doyle 68", "2. kh 23f",
# "1. MM  RTG 711 4098", "09:10  BAXENDALE M    5601147", "3. Kowalczyk, P  RTG 630 0055".
_ROW_PATIENT = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)]|[A-Z]\d{1,2}|\d{1,2}[:.]\d{2}|(?i:bed|bay)[ ]?\d{1,3}[a-z]?)[ \t]+"
                          r"((?:[A-Z][a-z'’-]+|[A-Z]{2,}|[a-z][a-z'’-]+)(?:,?[ ](?:[A-Z][a-z'’-]+|[A-Z]{2,}|[a-z][a-z'’-]+|[A-Z]\.?|[a-z]))?)"
                          r"(?:[ ]\([^()\n]{1,40}\))?"
                          r"(?=[ \t]+(?:\d{1,3}[ ]?(?:[MFmf]|y|yo|yrs)?\b(?![./:-]?\d)"
                          r"(?![ \t]*(?:mg|mcg|micrograms?|g|ml|mL|units?|iu|IU|%|mmol|kg|x|hrs?|h|mins?|cm|mm|tablets?|caps?)\b)|[A-Z]{0,4}[ ]?\d{3}[ ]?\d{3,4}\b|\d{6,10}\b))")
# Numbers of people labelled as such: "Callsign NE-412", "Language Line ID LL 48817", "Service no. DFRS 10772",
# "IRAS: 299104", "Staff no 44120", "collar number 4471".
_PERSON_ID_LABEL = re.compile(r"(?i:\b(?:call[ \t-]?sign|language[ \t]+line(?:[ \t]+id)?|interpreter[ \t]+id|service[ \t]+(?:no|number)|"
                              r"staff[ \t]+(?:no|number|id)|employee[ \t]+(?:no|number|id)|payroll[ \t]+(?:no|number)|"
                              r"badge[ \t]+(?:no|number)|collar[ \t]+(?:no|number)|warrant[ \t]+(?:no|number)|iras(?:[ \t]+(?:id|no|number))?|"
                              r"rec[ \t]+ref))\.?[ \t]*[:#]?[ \t]*"
                              r"((?:[A-Z]{1,5}[ -]?)?\d[\dA-Z-]{2,14})(?![\w])")
# "Mum of Oliver B", "Dad of Baby K": a contact saved under the child's name.
_PARENT_OF = re.compile(r"\b(?:Mum|Mom|Mam|Dad|Mother|Father|Nan|Gran|Grandma|Grandad|Carer)[ \t]+of[ \t]+"
                        r"([A-Z][a-z'’-]+(?:[ \t]+[A-Z](?:[a-z'’-]+|\.)?)?)")
_ACCOMMODATION = re.compile(r"(?im)^[ \t]*(?:accommodation|staying(?:[ \t]+at)?|temporary[ \t]+accommodation|placement[ \t]+address|"
                            r"hostel|lodging)[ \t]*:[ \t]*([^\n(]{3,80}?)(?=[ \t]*(?:\(|$))")
# A prison: "HMP Gartree", "HMP/YOI Doncaster", "HMYOI Polmont".
_PRISON = re.compile(r"\b(?:HMP(?:[ /]?YOI)?|HMYOI|HM[ \t]+Prison(?:[ \t]+and[ \t]+YOI)?)[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)")
# Someone named in brackets after who they are to the patient: "a teammate (Marcus)", "her friend (Jade)".
_WHO_BRACKET_NAME = re.compile(r"(?i:\b(?:team-?mates?|friends?|neighbou?rs?|flat-?mates?|house-?mates?|room-?mates?|"
                               r"boyfriend|girlfriend|partner|lodger|landlord|landlady|employer|manager|boss|colleague|"
                               r"carer|key[ \t]?worker|social[ \t]+worker|cousin|step-?(?:mum|dad|son|daughter)))"
                               r"[ \t]*\(([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)\)")
_CALENDAR = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
             "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
             "september", "october", "november", "december", "locum", "vacant", "off", "leave", "nights", "days",
             "bank", "agency", "xmas", "christmas", "boxing", "nye", "tbc", "tba", "none", "cover", "on", "call"}
_CAPS_TITLED = re.compile(r"(?<![\w-])(?:MR|MRS|MS|MISS|MX|DR|SR|SISTER|NURSE|PROF)\.?[ ]+"
                          r"((?:[A-Z]\.[ ]?)*[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){0,3})(?![\w'’-])")
_CAPS_SURNAME_LINE = re.compile(r"(?m)^[ \t|]*((?:Mc|Mac|O['’])?[A-Z]{2,}[A-Z'’-]*)(?:[ ]([A-Z]))?(?=[ \t|]*$)")
_CAPS_NAME_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){1,3})[ \t]*$")
_TITLE_INITIAL = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS)\.?[ ]([A-Z]\.?)(?=[ ]*(?:[-–,;:)]|$)|[ ]+[a-z])", re.M)
# Quick notes typed in lower case: a title, a relation or a name label before a name; a bed row with an age.
_LOWER_TITLE = re.compile(r"(?<![\w-])(?:mr|mrs|ms|miss|dr)\.?[ ]+(?=[a-z])")
_LOWER_RELATION = re.compile(r"(?<![\w-])(son|daughter|mum|mother|dad|father|wife|husband|partner|sister|brother|"
                             r"neighbour|friend|carer|nok|aunt|uncle|grandson|granddaughter|gran|grandma|grandad|"
                             r"niece|nephew|triage[ ]nurse|nurse|gp)[ \t]*:?[ \t]+(?=[a-z])")
_LOWER_NAME_LABEL = re.compile(r"(?m)(?:^|(?<=[ ]{2})|(?<=\t))[ \t]*(?:name|pt|patient|pt[ ]name)[ \t]*:[ \t]*"
                               r"([a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ](?:[\"“][a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+[\"”]|[a-z][a-zß-öø-ÿ\u0100-\u017f'’.-]+)){1,3})(?=[ \t]{2,}|[ \t]*$|[ \t]*,)")
_LOWER_BED_ROW = re.compile(r"(?m)^[ \t]*(?:bed|bay|side[ ]?(?:room|rm)|rm|room|cubicle|cub|resus|maj(?:ors)?|min(?:ors)?|chair|trolley|"
                            r"ward[ ]\d{1,3}(?:[ ]bed)?)[ \t]*\d{0,3}[a-z]?[ \t:-]+"
                            r"(?:[\"“]?([a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+)[\"”]?[ \t]*(?=\())?\(?([a-z][a-zß-öø-ÿ\u0100-\u017f'’.-]*(?:[ ][a-z][a-zß-öø-ÿ\u0100-\u017f'’.-]+){0,3})\)?"
                            r"[ \t]+(?:\d{1,3}[ ]?(?:[mf]|y|yo|yrs|/52|/12|/7|d|w|wk|m(?=[ ,]))\b|baby\b)")
_LOWER_ROLE_AFTER = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]{2,})[ ]\((?:f[12]|fy[12]|ct[1-3]|st[1-8]|reg|registrar|sho|cons|consultant|"
                               r"nurse(?:[ ]in[ ]charge)?|nic|sister|charge[ ]nurse|hca|rn|sn|cn|physio|ot|pharmacist|ward[ ]clerk|"
                               r"coord|coordinator|cnm|anp|acp|pa|midwife|mw)\)", re.I)
_MEDICAL_WORD = re.compile(r"(?:uria|itis|osis|aemia|emia|algia|oma|pathy|ectomy|otomy|plasty|scopy|rrhoea|rrhea|"
                           r"penia|cytosis|aemic|emic|uric|ology|score|sign|syndrome|disease)$")
# Lower-case words that follow a title or relation without being a name ("mum is", "son and").
_LOWER_STOP = {"is", "was", "and", "or", "to", "at", "in", "on", "of", "the", "a", "an", "has", "had", "will", "can",
               "not", "also", "aware", "present", "here", "there", "says", "said", "rang", "called", "visiting"}
# A token of initials: "AJ", "K.L.", "PMcG", "DW-T", "JO'N".
_INITIALS_TOKEN = re.compile(r"(?:[A-Z]\.?[ ]?){1,3}[A-Z]\.?|[A-Z](?:Mc|Mac)[A-Z]|[A-Z]{1,2}(?:-[A-Z]{1,2}|['’][A-Z]{1,2})")
# Capitalised words that initials would collide with in ordinary writing.
_NOT_INITIALS_WORDS = {"AM", "PM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO",
                       "OF", "OH", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE", "UK", "EU", "THE", "AND", "FOR",
                       "NOT", "BUT", "ALL", "ANY", "ARE", "CAN", "DID", "HAS", "HAD", "HER", "HIM", "HIS", "ITS",
                       "MRS", "MR", "DR", "MS", "NHS", "SHE", "WAS", "YES", "YOU", "OUR", "OUT", "NEW", "NOW", "ONE",
                       "TWO", "SIX", "TEN", "DAY", "AGE", "DOB", "REF", "TEL", "FAX", "FW", "FWD", "RE", "CC", "BCC",
                       "NB", "PS", "ATTN"}


def _initials_place(text: str, start: int, end: int) -> bool:
    """Where initials, not an acronym, are written: alone in a table cell, at a list item's head ("- RS:"), or closing
    a line after a sentence (a sign-off: "... monitoring. RS")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    cell_before = not before.strip() or re.search(r"(?:[ ]{2}|\t|\|)[ \t]*$", before) is not None
    cell_after = not after.strip() or re.match(r"(?:[ ]{2}|\t|[ \t]*\||-[a-z])", after) is not None
    if re.search(r"(?i)(?:^|\||[ ]{2}|\t)[ \t]*(?:DOB|Sex|Age|Patient|Name|Hosp(?:ital)?[ \t]+No|MRN|Initials|Date)[ \t]*(?:\||[ ]{2}|\t|$)",
                 text[line_start:line_end]):
        return False  # a table's header row ("| Procedure | ASA |")
    if cell_before and cell_after:
        # a code repeated along a row is a rota's or a chart's ("AL   AL   AL": annual leave), not a person
        return len(re.findall(rf"(?<![\w'’-]){re.escape(text[start:end])}(?![\w'’-])", text[line_start:line_end])) < 3
    if re.fullmatch(r"[ \t]*(?:[-•*·][ \t]+|\d{1,3}[.)][ \t]+)?", before) and re.match(r"[ \t]*[:\-–]", after):
        return True
    if re.match(r"[ \t]*=[ \t]*(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse)?\.?[ \t]*[A-Z][a-z]", after):
        return True  # a key: "RS = Dr Rhys Sutcliffe"
    return re.search(r"[.!?][ \t]+$", before) is not None and not after.strip()


_NOT_PROPAGATE = {"st", "mc", "mac", "von", "van", "de", "da", "al", "el", "le", "la", "bin", "ibn"}


def _ner_model():
    """The spaCy NER pipeline named by the ``ner_model`` setting (``$CESR_NER_MODEL``; opt-in, none shipped);
    else None."""
    from ..config import current

    return _ner_model_named(current().ner_model)


@lru_cache(maxsize=4)
def _ner_model_named(name: str):
    if not name:
        return None
    try:
        import spacy  # noqa: F401
    except Exception:  # pragma: no cover - spaCy is a dependency
        return None
    keep = {"tok2vec", "ner"}
    for name in (name,):
        try:
            module = __import__(name)
        except ImportError:
            continue
        try:
            nlp = module.load()
            for pipe in list(nlp.pipe_names):
                if pipe not in keep:
                    nlp.remove_pipe(pipe)
            return nlp
        except Exception as exc:  # pragma: no cover - broken model install
            log.warning("named-entity model %s could not be loaded: %s", name, type(exc).__name__)
    log.warning("named-entity model %s is not installed: names are found by rules and gazetteers only", name)
    return None


def ner_available() -> bool:
    """Whether the statistical name recogniser is installed and switched on."""
    return _ner_model() is not None


@dataclass
class _Cand:
    start: int
    end: int
    role: str
    strong: bool  # found by a title or label: no gazetteer check needed


@dataclass
class Anonymiser:
    """Find and replace identifiers in text.

    Args:
        applicant: The applicant's name; it, its parts and initials are kept
            (so is the GMC number next to it).

    One instance per document: names found on one page are removed from the
    next (``anonymise`` called page by page) and tags keep their numbers.
        keep: Extra strings never to redact (e.g. a colleague's name the
            applicant has consent to show, a ward name).
        add: Extra strings to redact wherever they occur, as ``(text, type)``
            pairs (a reviewer's additions).
        undo: Strings a reviewer has decided are not identifiers: detected
            spans with this exact text are left in place.
        ner: Use the statistical recogniser when installed (default: yes).
        tagger: Add what the context tagger marks (:mod:`pipeline.anonymise.tagger`): True for the shipped model
            (used when python-crfsuite and the model are there), False for the rules alone, or a
            :class:`~pipeline.anonymise.tagger.ContextTagger` (another fit, e.g. one that left a set out).
        allow: Numbers and codes to keep although they look like identifiers (default: the shipped
            allow-list, ``pipeline/data/allowlist.txt``; see :mod:`pipeline.anonymise.shapes`).

    Example:
        >>> Anonymiser(applicant="Amara Okafor").anonymise("Re: Mr John Patel, NHS 943 476 5919")[0]
        'Re: Mr [PATIENT-1], NHS [NHS-NUMBER]'
    """

    applicant: str | None = None
    keep: tuple[str, ...] = ()
    add: tuple[tuple[str, str], ...] = ()
    undo: tuple[str, ...] = ()
    ner: bool = True
    tagger: object = True
    allow: object = None
    _applicant_words: set[str] = field(default_factory=set, init=False, repr=False)
    # What earlier calls found: one Anonymiser per document keeps pages consistent.
    _memory: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _upper_memory: set[str] = field(default_factory=set, init=False, repr=False)
    _counters: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _people: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _verifier_words: set[str] = field(default_factory=set, init=False, repr=False)
    _own_numbers: set[str] = field(default_factory=set, init=False, repr=False)
    _seen_lower: set[str] = field(default_factory=set, init=False, repr=False)
    _initials_memory: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        words: set[str] = set()
        if self.applicant:
            words.update(fold(w) for w in _WORD.findall(self.applicant) if len(w) > 1)
        words -= set(_TITLES)
        given = [fold(w) for w in _WORD.findall(self.applicant or "") if len(w) > 1 and fold(w) not in _TITLES][:1]
        for name in given:  # the short form the applicant signs with: "Sam" for Samuel, "Chris" for Christopher
            words.update(name[:n] for n in range(3, len(name)) if name[:n] in first_names())
            words.update(name[-n:] for n in range(4, len(name) - 2) if name[-n:] in first_names())  # "Seun" for Oluwaseun
        self._applicant_words = words
        self.keep = tuple(self.keep)
        self.add = tuple((t, k) for t, k in self.add)
        self.undo = tuple(self.undo)
        if self.allow is None:
            self.allow = default_allowlist()

    @property
    def applicant_words(self) -> frozenset[str]:
        """The folded words of the applicant's name (kept wherever they appear)."""
        return frozenset(self._applicant_words)

    @property
    def kept_words(self) -> frozenset[str]:
        """Folded words of the names the document keeps on purpose: the applicant's, and those of the
        assessors, supervisors and referees who sign or verify it."""
        return frozenset(self._applicant_words | self._verifier_words)

    @property
    def common_words(self) -> frozenset[str]:
        """Lower-case words of the texts searched so far (what the document itself uses as ordinary words)."""
        return frozenset(self._seen_lower)

    @property
    def own_numbers(self) -> frozenset[str]:
        """The applicant's own registration numbers as written in the document (kept)."""
        return frozenset(self._own_numbers)

    @property
    def learnt_names(self) -> frozenset[str]:
        """Folded words this anonymiser has learnt as people's names in the document so far."""
        return frozenset(self._memory)

    # -------------------------------------------------------------- detection

    def find(self, text: str) -> list[Span]:
        """All identifier spans in ``text``, non-overlapping, sorted.  A badly scanned page whose letters OCR read
        as digits ("Dear Dr 0gundipe", "C1inic", "D0B") is read with those letters put back (the same length, so
        every span stands where it is in ``text``)."""
        shadow = ocr_letters(text)
        if shadow is text:
            return self._find(text)
        spans = [Span(s.start, s.end, s.type, text[s.start:s.end]) for s in self._find(shadow)]
        return _resolve(self._find(text) + spans)  # numbers and postcodes are read as printed ("CA11 8PL")

    def _find(self, text: str) -> list[Span]:
        spans: list[Span] = []

        def add(start: int, end: int, kind: str) -> None:
            while end > start and text[end - 1] in " \t\n,.;:":
                end -= 1
            while start < end and text[start] in " \t\n,;:":
                start += 1
            if end > start:
                spans.append(Span(start, end, kind, text[start:end]))

        for m in _EMAIL.finditer(text):
            start = m.start()
            broken = re.search(r"[A-Za-z0-9._%+-]+\.[ ]$", text[max(0, start - 40):start])  # "coroner. riverside@..."
            if broken:
                start -= len(broken.group(0))
            add(start, m.end(), "EMAIL")
        for m in _NHS_LABEL.finditer(text):
            add(m.start(1), m.end(1), "NHS_NUMBER")
        for m in _CHI_LABEL.finditer(text):
            add(m.start(1), m.end(1), "NHS_NUMBER")
        for m in _NHS.finditer(text):
            if nhs_number_valid(m.group(0)):
                add(m.start(), m.end(), "NHS_NUMBER")
        for start, end in self._hospital_numbers(text):
            add(start, end, "HOSPITAL_NUMBER")
        for m in _PHONE.finditer(text):
            if _phone_plausible(m.group(0)):
                add(m.start(), m.end(), "PHONE")
        postcodes = []
        for m in _POSTCODE.finditer(text):
            if _postcode_plausible(m.group(0)):
                add(m.start(), m.end(), "POSTCODE")
                postcodes.append((m.start(), m.end()))
        for m in _POSTCODE_OCR.finditer(text):
            cand = m.group(1)
            out_code, in_code = cand.split()
            k = 2 if out_code[:2].upper() in _POSTCODE_AREAS and not out_code[1].isdigit() else 1
            if k >= len(out_code):  # a two-letter area with no district ("WC 1AA" is no postcode)
                continue
            fixed = (out_code[:k] + out_code[k].translate(_OCR_TO_DIGIT) + out_code[k + 1:] + " "
                     + in_code[0].translate(_OCR_TO_DIGIT) + in_code[1:])
            if any(c.isdigit() for c in cand) and _POSTCODE.fullmatch(fixed) and _postcode_plausible(fixed) \
                    and not any(a <= m.start(1) < b for a, b in postcodes):
                add(m.start(1), m.end(1), "POSTCODE")
                postcodes.append((m.start(1), m.end(1)))
        for m in _POSTCODE_SHAPE.finditer(text):
            if not any(a <= m.start(1) < b for a, b in postcodes):
                add(m.start(1), m.end(1), "POSTCODE")
                postcodes.append((m.start(1), m.end(1)))
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
        for m in _USERNAME.finditer(text):
            if any(len(w) >= 4 and w in fold(m.group(1)) for w in self._applicant_words):
                continue  # the applicant's own log-in ("praghunathan")
            if fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms() \
                    and not re.fullmatch(r"(?:on|at|the|by|for|via|from|system|admin|auto|[a-z]+day)", m.group(1)):
                add(m.start(1), m.end(1), "PERSON")
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
        for m in _PERSON_ID_LABEL.finditer(text):
            add(m.start(1), m.end(1), "ID_NUMBER")
        for m in _STREET_LOWER.finditer(text):
            add(m.start(), m.end(), "ADDRESS")
        for pattern in (_SCENE, _ROAD_NEAR, _BRACKETED_PLACE, _GP_AT, _WORKS_AT, _ACCOMMODATION):
            for m in pattern.finditer(text):
                value = m.group(1).strip()
                words = re.findall(r"[^\W\d_][\w'’-]*", value)
                if pattern is _WORKS_AT and (re.search(r"\b(?:NHS|Trust|Hospital|Infirmary|Health[ \t]+Board|Ward|Unit|"
                                                       r"Department|Clinic|Practice|Surgery|Medical|ED|A&E|ICU|GP)\b", value)
                                             or all(fold(w) in common_words() or fold(w) in clinical_terms()
                                                    or fold(w) in _CALENDAR for w in words)):
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
                if pattern is _STREET_UNNUMBERED and not self._street_plausible(text, m):
                    continue
                s, e = m.start(), m.end()
                e = _extend_towns(text, e)
                add(s, e, "ADDRESS")
        for s, e in _address_blocks(text, postcodes):
            add(s, e, "ADDRESS")
        for s, e in _labelled_addresses(text):
            add(s, e, "ADDRESS")

        for s, e, kind in self._table_columns(text) + self._aligned_columns(text):
            add(s, e, kind)
            if kind in ("PATIENT", "PERSON"):  # a name in a table is a name everywhere in the document
                for w in _WORD.findall(text[s:e]):
                    if len(w) > 2 and fold(w) not in hard_stops() and fold(w) not in self._applicant_words:
                        self._memory.setdefault(fold(w), kind)
        names = self._names(text)
        spans.extend(names)
        for start, end in _row_numbers(text, names, spans):
            add(start, end, "HOSPITAL_NUMBER")
        applicant_mentions = self._applicant_mentions(text)
        own_numbers: list[tuple[int, int]] = []  # the applicant's own GMC number stays, wherever it is written
        for m in _GMC.finditer(text):
            if m.group(1) in self.keep or sum(c.isdigit() for c in m.group(1)) < 4:
                continue
            if not self._gmc_is_applicants(text, m.start(), names, applicant_mentions):
                add(m.start(1), m.end(1), "GMC_NUMBER")
            else:
                own_numbers.append((m.start(1), m.end(1)))
        for a, b in applicant_mentions:  # "Dr Wei-Ling Chen (ICU reg, 7709215)": a bare GMC number after the name
            m = _BRACKETED_NUMBER_AFTER.match(text, b)
            if m and m.group(1) not in self.keep:
                own_numbers.append((m.start(1), m.end(1)))
        own_digits = {re.sub(r"\D", "", text[a:b]) for a, b in own_numbers}
        self._own_numbers.update(text[a:b] for a, b in own_numbers)
        for a, b in nhs_shaped_spans(text):
            add(a, b, "NHS_NUMBER")
        for a, b in extension_spans(text):
            add(a, b, "PHONE")

        for a, b in url_spans(text):
            add(a, b, "URL")
        for a, b in registration_spans(text):
            add(a, b, "REGISTRATION")
        refs = [(a, b) for a, b in reference_spans(text, self.allow) if re.sub(r"\D", "", text[a:b]) not in own_digits]
        for a, b in refs + system_prefixes(text, refs):
            add(a, b, "REFERENCE")
        for a, b in shape_spans(text, self.allow):
            if re.sub(r"\D", "", text[a:b]) not in own_digits:
                add(a, b, "ID_NUMBER")
        for m in _HANDLE_OR_CODE.finditer(text):  # "app handle @lalo_bcn88", "Key safe code 4419"
            g = 1 if m.group(1) else 2
            add(m.start(g), m.end(g), "OTHER_ID")
        mine = self._applicant_initials()
        alone: dict[str, str] = {}  # initials found in a sure place -> their role wherever else they stand alone
        for m in _TYPIST.finditer(text):  # "Dictated by: SMcA   Typed: AB": the secretary's initials
            g = 1 if m.group(1) else 2
            letters = "".join(c for c in m.group(g) if c.isupper()) or m.group(g).upper()
            if letters not in mine and letters[:2] not in mine and letters[:1] + letters[-1:] not in mine \
                    and fold(m.group(g)) not in common_words() and letters not in clinical_acronyms() \
                    and letters not in ("NHS", "GMC", "ED", "GP", "PA", "AM", "PM"):
                add(m.start(g), m.end(g), "PERSON")
                if m.group(g).isupper() and len(m.group(g)) >= 2:
                    alone[m.group(g)] = "PERSON"
        for a, b in initials_spans(text):
            if re.sub(r"[^A-Z]", "", text[a:b]) not in mine:
                add(a, b, "PATIENT")
                if re.fullmatch(r"[A-Z]{2,3}|[A-Z]?(?:Mc|Mac)[A-Z]{1,2}", text[a:b]):
                    alone.setdefault(text[a:b], "PATIENT")
        # "Delayed discharges: 3 (JMcK, RD)", "daily phone contact by KL"
        for m in re.finditer(r"(?<![\w.&/'’-])([A-Z][A-Za-z]{1,4})(?![\w&/'’-]|\.[A-Za-z])", text):
            role = alone.get(m.group(1))
            if role and not any(s.start <= m.start() < s.end for s in spans):
                add(m.start(), m.end(), role)
        spans.extend(self._names_before_numbers(text, spans))
        spans.extend(self._lowercase_names(text))
        spans.extend(self._csv_name_cells(text))
        spans.extend(self._rota_grid(text))
        spans.extend(_bracketed_initials(text, spans))
        spans.extend(self._capital_names(text))
        spans.extend(self._split_names(text, spans))
        verifiers = self._verifier_mentions(text)
        spans.extend(self._tagged(text, spans, verifiers, applicant_mentions))
        spans = [s for s in spans if not _inside_any(s, applicant_mentions) or s.type not in ("PATIENT", "RELATIVE", "PERSON")]
        # a name detection that runs on past the applicant's name ("DR WEI CHEN SAW") loses the applicant's part
        full = [(a, b) for a, b in applicant_mentions if len([w for w in _WORD.findall(text[a:b]) if len(w) > 2]) >= 2]
        spans = [piece for s in spans for piece in (
            _cut(s, full, text) if s.type in ("PATIENT", "RELATIVE", "PERSON")
            and any(s.start < b and a < s.end for a, b in full) else [s])
            if not (piece is not s and len(piece.text) < 3)]
        if own_digits:
            spans = [s for s in spans if s.type in ("PATIENT", "RELATIVE", "PERSON", "ADDRESS")
                     or re.sub(r"\D", "", s.text) not in own_digits]
        spans = [s for s in spans if s.type not in ("PATIENT", "RELATIVE", "PERSON")
                 or not (_inside_any(s, verifiers) or self._is_verifier(s.text, whole=s.type != "PERSON"))]
        spans.extend(self._initials_elsewhere(text, spans))
        spans = [_whole_token(text, s) for s in spans]
        if self.keep:
            kept = [r for k in self.keep for r in _occurrences(text, k)]
            spans = [s for s in spans if not any(s.start < b and a < s.end for a, b in kept)]
        if self.undo:
            # a reviewer's "not an identifier": the exact detection goes, and wherever the text occurs it is
            # cut out of any span that covers it (a word put back from a longer detection)
            undone = {fold(u).strip() for u in self.undo}
            ranges = [r for u in self.undo for r in _occurrences(text, u)]
            spans = [s for s in spans if fold(s.text).strip() not in undone]
            spans = [piece for s in spans for piece in _cut(s, ranges, text)]
        # the doctor's own additions come last: no rule (the applicant's name, an assessor's) overrides them
        for string, kind in self.add:
            for a, b in _occurrences(text, string):
                add(a, b, _normal_type(kind))
        return _resolve(spans)

    # -------------------------------------------------------------- numbers

    def _tagged(self, text: str, found: list[Span], verifiers: list[tuple[int, int]],
                mentions: list[tuple[int, int]]) -> list[Span]:
        """What the context tagger marks where the rules found nothing, less the names the document keeps (the
        applicant's, the verifiers')."""
        tagger = default_tagger() if self.tagger is True else (self.tagger or None)
        if tagger is None:
            return []
        marks = [m for m in tagger.marks(text) if not any(s.start < m[1] and m[0] < s.end for s in found)]
        if not marks:
            return []
        kept = set(self.kept_words) | {fold(w) for a, b in verifiers for w in _WORD.findall(text[a:b])}
        return [Span(a, b, kind, text[a:b]) for a, b, kind in tagged_spans(text, marks, kept, verifiers + mentions)
                if not self._is_verifier(text[a:b], whole=True)]

    def _hospital_numbers(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _HOSP_LABEL.finditer(text):
            label = m.group(0)
            if re.match(r"(?i)\s*(?:NHS|GMC)", label):
                continue
            pos = m.end()
            end = pos
            digits = 0
            tokens = 0
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            while pos < line_end and tokens < 12:
                t = _HOSP_VALUE_TOKEN.match(text, pos)
                if not t:
                    break
                word = t.group(0)
                if tokens and (word in ("NHS", "DOB", "MRN", "GMC") or (word.isalpha() and len(word) > 4)):
                    break
                # letters only after the number has started: a new field
                if tokens and digits >= 4 and word.isalpha():
                    break
                digits += sum(c.isdigit() for c in word)
                tokens += 1
                end = t.end()
                nxt = text[end:end + 2]
                if nxt[:1] == " " and nxt[1:2] not in ("", " ", "\t", "\n") and (digits < 6 or len(word) <= 3):
                    pos = end + 1
                    continue
                break
            if digits >= 4:
                out.append((m.end(), end))
        for m in _HOSP_FORMAT.finditer(text):
            word = m.group(0)
            if _POSTCODE.fullmatch(word) or _REFERENCE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
                continue
            out.append((m.start(), m.end()))
        for m in _HOSP_FORMAT_SPACED.finditer(text):
            if _REFERENCE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if self.allow.allows(m.group(2), text[max(line_start, m.start() - 60):m.start(2)]):
                continue  # "SNOMED CT 22298006", "PMID 31234567"
            out.append((m.start(), m.end()))
        return out

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
                if abs(len(row_cells) - len(cells)) > 1:
                    break
                for k, (offset, cell) in enumerate(row_cells):
                    kind = kinds[k] if k < len(kinds) else None
                    value = cell.strip().strip('"').strip()
                    if kind and value:
                        a = row.start() + offset + cell.index(value)
                        b = a + len(value)
                        if kind in ("HOSPITAL_NUMBER", "NHS_NUMBER", "GMC_NUMBER", "PHONE", "REFERENCE"):
                            if sum(ch.isdigit() for ch in value) >= 3 and re.fullmatch(r"[A-Za-z0-9 /+()\-.]+", value):
                                out.append((a, b, kind))
                        elif kind == "PATIENT":
                            got = self._patient_cell(value)
                            if got:
                                out.append((a + got[0], a + got[1], "PATIENT"))
                        elif kind in ("ADDRESS", "POSTCODE"):
                            out.append((a, b, kind))
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
            return None
        found = best.group(0).rstrip(" ,")
        words = _WORD.findall(found)
        letters = re.sub(r"[^A-Za-z]", "", found)
        if not letters or letters.upper() in _NOT_INITIALS_COLUMN or (words and self._is_applicant(words)):
            return None
        if words and fold(words[0]) in hard_stops() and len(words[0]) > 3 and not re.match(r"[A-Z'’-]+,[ ]?[A-Z]", found):
            return None  # a heading word, but "GREEN, Faith" is a patient
        return lead, lead + len(found)

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
            kinds = [_column_kind(label) or ("STAFF" if _STAFF_COLUMN.search(label) else None)
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
                            got = self._parse_name(row, a + part.start())
                            if not got:
                                continue
                            s_, e_, toks = got
                            real = [t for t in toks if len(t) > 2 and not t.isupper()]
                            if real and not self._is_applicant(toks) and not any(
                                    fold(t) in hard_stops() or fold(t) in clinical_terms() for t in real):
                                out.append((base + s_, base + e_, "PERSON"))
                        continue
                    if kind == "PATIENT":
                        got = self._patient_cell(value)
                        if got:
                            role = "PERSON" if re.match(r"(?:Dr|Prof|Sister|Nurse|SN|RN)\b", value) else "PATIENT"
                            out.append((base + a + got[0], base + a + got[1], role))
                    elif sum(ch.isdigit() for ch in value) >= 3 and len(value) <= 30:
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

    def _gmc_is_applicants(self, text: str, pos: int, names: list[Span], mentions: list[tuple[int, int]]) -> bool:
        """The applicant's own GMC number stays: the nearest person named before it is the applicant."""
        if not mentions:
            return False
        window_start = max(0, pos - 300)
        line_start = pos
        for _ in range(3):  # this line and the two before ("STATEMENT OF DR X / Occupation: ... / GMC number:")
            line_start = text.rfind("\n", 0, max(0, line_start - 1))
        window_start = max(window_start, line_start)
        best_app = max((b for a, b in mentions if window_start <= a and b <= pos), default=-1)
        best_other = max((s.end for s in names if window_start <= s.start and s.end <= pos
                          and not (s.text.isupper() and len(s.text) <= 6)), default=-1)
        return best_app >= 0 and best_app >= best_other

    # -------------------------------------------------------------- applicant

    def _applicant_mentions(self, text: str) -> list[tuple[int, int]]:
        """Runs of words that are all the applicant's names or their initials ("Dr P. Raman", "Tan, Mei Ling")."""
        if not self._applicant_words:
            return []
        initials = {w[0] for w in self._applicant_words}
        out = []
        tokens = list(re.finditer(rf"{_LETTER}+(?:['’\-]{_LETTER}+)*\.?", text))
        i = 0
        while i < len(tokens):
            j = i
            real = 0
            while j < len(tokens):
                tok = tokens[j].group(0).rstrip(".")
                f = fold(tok)
                if f in self._applicant_words:
                    real += 1
                elif (len(tok) == 1 and tok.isupper() and f in initials) or f in self._hyphen_initials():
                    pass
                elif (real and tok[:1].isupper() and j + 1 < len(tokens)
                      and fold(tokens[j + 1].group(0).rstrip(".")) in self._applicant_words
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
                    or f in _CALENDAR or self._is_applicant([w]) or f in self._verifier_words:
                continue
            if f in surnames() or counts[w] >= 2:
                out.append(Span(a, b, "PERSON", w))
        return out

    def _rota_grid(self, text: str) -> list[Span]:
        """A rota laid out in columns under a header of days or dates: every cell of a row that is shaped like a
        surname ("BAMIGBOYE", "O'NEILL", "Lloyd-Evans", "Patel R", "de Souza") is a person, the row's first cell
        (the shift) and words like LOCUM, OFF or Bank aside."""
        out: list[Span] = []
        if not _WEEKDAY.search(text) and not re.search(r"\d{1,2}(?:/\d{1,2}|-[A-Z][a-z]{2})", text):
            return out
        in_grid = False
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip():
                in_grid = False
                continue
            days = len(_WEEKDAY.findall(line))
            dates = len(re.findall(r"\b\d{1,2}(?:/\d{1,2}|-[A-Z][a-z]{2})\b", line))
            if days >= 3 or dates >= 3:
                in_grid = True
                continue
            if not in_grid:
                continue
            cells = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s|]+(?:[ ][^\s|]+)*", line)]
            if len(cells) < 4:
                in_grid = False
                continue
            for at, cell in cells[1:]:
                if not _ROTA_CELL.fullmatch(cell):
                    continue
                words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", cell) if len(w) > 1]
                if not words or any(fold(w) in _ROTA_WORDS or fold(w) in _CALENDAR or fold(w) in clinical_terms()
                                    or fold(w) in common_words() and fold(w) not in surnames() for w in words) \
                        or cell.isupper() and len(cell) <= 3 or self._is_applicant(words) \
                        or any(p.upper() in clinical_acronyms() for w in words for p in re.split(r"[-'’]", w)):
                    continue  # "ICU-R", "CONS": a post or a place on the rota, not a person
                out.append(Span(start + at, start + at + len(cell), "PERSON", cell))
        return out

    def _capital_names(self, text: str) -> list[Span]:
        """Names in capitals: after a title ("MR DARREN PICKERSGILL", "MRS T. OBI", "SR. D. FLYNN"), or a line that
        is nothing but a name led by a known first name ("MAUREEN PATRICIA DOYLE-FITZGERALD"); a title and one
        initial ("Mrs H.")."""
        out = []
        def name_word(w: str) -> bool:
            f = fold(w)
            known = _is_first(f) or f in surnames()
            return not (w in clinical_acronyms() or (f in hard_stops() or f in common_words() or f in clinical_terms()
                                                      or _MEDICAL_WORD.search(f)) and not known)

        for m in _CAPS_TITLED.finditer(text):
            end = m.start(1)
            for wm in re.finditer(r"(?:[A-Z]\.[ ]?)+|[A-Z][A-Z'’-]+", m.group(1)):
                if wm.group(0).endswith(".") or wm.group(0).endswith(". "):
                    end = m.start(1) + wm.end()
                    continue
                if not name_word(wm.group(0)):
                    break
                end = m.start(1) + wm.end()
            value = text[m.start(1):end].strip()
            words = re.findall(r"[A-Z][A-Z'’-]+", value)
            if words and not self._is_applicant(words) and not all(fold(w) in self._verifier_words for w in words):
                out.append(Span(m.start(1), m.start(1) + len(value), "PATIENT", value))
        for m in _CAPS_SURNAME_LINE.finditer(text):  # a whiteboard or list: "McKENZIE J", "DALGLEISH R", "MacDONALD"
            word, initial = m.group(1), m.group(2)
            f = fold(word)
            if word in clinical_acronyms() or f in common_words() and f not in surnames() or f in clinical_terms() \
                    or f in hard_stops() and f not in surnames() or self._is_applicant([word]) or f in self._verifier_words:
                continue
            if initial or f in surnames() or re.match(r"(?:Mc|Mac|O['’])", word):
                out.append(Span(m.start(1), m.end(), "PATIENT", text[m.start(1):m.end()]))
        for m in _CAPS_NAME_LINE.finditer(text):
            words = m.group(1).split()
            if _is_first(fold(words[0])) and not self._is_applicant(words) and not any(
                    w in clinical_acronyms() or fold(w) in clinical_terms() and not (_is_first(fold(w)) or fold(w) in surnames())
                    for w in words) and not all(fold(w) in self._verifier_words for w in words):
                out.append(Span(m.start(1), m.end(1), "PATIENT", m.group(1)))
        for m in _TITLE_INITIAL.finditer(text):
            out.append(Span(m.start(1), m.end(1), "PATIENT", m.group(1)))
        return out

    def _split_names(self, text: str, spans: list[Span]) -> list[Span]:
        """Names OCR broke in two ("Siob han", "Jona than", "Mar-\ngaret"): a capitalised piece and a lower-case one
        that together make a known given name or surname, unless both pieces are words of their own."""
        out = []
        for m in _SPLIT_NAME.finditer(text):
            joined = fold(m.group(1) + m.group(2))
            if len(joined) < 5 or not (_is_first(joined) or joined in surnames()):
                continue
            first, second = fold(m.group(1)), fold(m.group(2))
            if first in common_words() and (second in common_words() or second in self._lower_words) \
                    or second in clinical_terms() or first in hard_stops() and "\n" not in m.group(0) \
                    or self._is_applicant([m.group(1) + m.group(2)]):
                continue
            if any(sp.start <= m.start() and m.end() <= sp.end for sp in spans):
                continue
            end = m.end()
            after = re.compile(r"[ \t]+([A-Z][\w'’-]+)").match(text, end)  # the surname after the given name
            if after and not (fold(after.group(1)) in common_words() or fold(after.group(1)) in clinical_terms()
                              or fold(after.group(1)) in hard_stops() or after.group(1).isupper()):
                end = after.end()
            out.append(Span(m.start(), end, "PERSON", text[m.start():end]))
        return out

    def _lowercase_names(self, text: str) -> list[Span]:
        """Names typed in lower case in quick notes ("bed 3 frank delaney 81m", "son declan on way in",
        "rv mrs okoro", "nok: marta (wife)", "name: wojciech lewandowski"): after a title, a relation or a
        name label, or between a bed and an age; then every other place the same word stands."""
        found: list[tuple[int, int, str]] = []

        def ordinary(word: str) -> bool:
            f = fold(word)
            return (f in common_words() or f in clinical_terms() or f in hard_stops() or len(f) < 2
                    or f in _LOWER_STOP or f in self._applicant_words)

        def run(pos: int, limit: int = 3, need_known: bool = False, titled: bool = False) -> tuple[int, int] | None:
            words = list(re.compile(r"[a-z]\.|[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+\.?").finditer(text, pos))
            start = end = None
            count = 0
            at = pos
            for wm in words:
                if wm.start() != at or count >= limit:
                    break
                word = wm.group(0).rstrip(".")
                f = fold(word)
                eponym_name = count == 0 and f in clinical_terms() and (titled or need_known and _is_first(f)) \
                    and f not in common_words() and f not in hard_stops() and f not in _LOWER_STOP
                if len(word) > 1 and ordinary(word) and not eponym_name:
                    break  # after a title an eponym is a surname ("mrs pugh", "dr bowen"); after "wife", a name ("marie")
                if need_known and count == 0 and len(word) > 1 and not (_is_first(fold(word)) or fold(word) in surnames()):
                    return None
                if need_known and count == 1 and fold(word) not in surnames():
                    break  # "neighbour hettie brings": a second word only when it is a surname
                start = wm.start() if start is None else start
                end = wm.start() + len(word) + (1 if len(word) == 1 and wm.group(0).endswith(".") else 0)
                count += 1
                gap = re.compile(r"[ ]").match(text, wm.end())
                if not gap:
                    break
                at = gap.end()
            if start is None or not any(len(w) > 2 for w in re.findall(r"[a-zß-öø-ÿ\u0100-\u017f'’-]+", text[start:end])):
                return None
            return start, end

        for m in _LOWER_TITLE.finditer(text):
            got = run(m.end(), 3, titled=True)
            if got:
                found.append((*got, "PATIENT" if m.group(0)[:2] != "dr" else "PERSON"))
        for m in _LOWER_RELATION.finditer(text):
            got = run(m.end(), 2, need_known=True)
            if got:
                found.append((*got, "RELATIVE" if m.group(1) not in ("nurse", "gp", "triage nurse") else "PERSON"))
        for m in _LOWER_NAME_LABEL.finditer(text):
            value = m.group(1)
            if not any(ordinary(w) for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+", value)):
                found.append((m.start(1), m.end(1), "PATIENT"))
        for m in _LOWER_ROLE_AFTER.finditer(text):  # "ciara (F2)", "sinead (nurse in charge)"
            if not ordinary(m.group(1)):
                found.append((m.start(1), m.end(1), "PERSON"))
        for m in _LOWER_BED_ROW.finditer(text):  # the row's shape is the cue: any words but clinical ones
            for g in (1, 2):
                if m.group(g) and not any(fold(w) in clinical_terms() and not (_is_first(fold(w)) or fold(w) in surnames())
                                          or w in _LOWER_STOP or _MEDICAL_WORD.search(w)
                                          for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+", m.group(g))):
                    found.append((m.start(g), m.end(g), "PATIENT"))
        if found:  # notes that write names in lower case: a known given name or surname that is a rare English word
            taken = [(a, b) for a, b, _ in found]
            for m in re.finditer(r"(?<![\w'’-])([a-zß-öø-ÿ\u0100-\u017f]{4,})(?=['’]s\b|(?![\w'’-]))", text):
                w = m.group(1)
                if (_is_first(fold(w)) or fold(w) in surnames()) and not ordinary(w) and not _MEDICAL_WORD.search(w) \
                        and english_frequency(w) < 3.5 and not any(a <= m.start() < b for a, b in taken):
                    found.append((m.start(1), m.end(1), "PERSON"))
        out = [Span(a, b, kind, text[a:b]) for a, b, kind in found]
        kinds = {w: kind for a, b, kind in found for w in re.findall(r"[a-z][a-zß-öø-ÿ\u0100-\u017f'’-]{2,}", text[a:b])}
        for w, kind in kinds.items():
            if ordinary(w) and not _is_first(fold(w)) and fold(w) not in surnames():
                continue
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text, re.I):
                nxt = re.match(r"[ \t]+([a-z][a-zß-öø-ÿ\u0100-\u017f'’-]+)", text[m.end():m.end() + 30])
                if m.group(0).islower() and nxt and len(nxt.group(1)) >= 4 and (
                        fold(nxt.group(1)) in clinical_terms() or _MEDICAL_WORD.search(nxt.group(1))):
                    continue  # "frank haematuria", "grace score": the word, not the person
                out.append(Span(m.start(), m.end(), kind, m.group(0)))
        return out

    def _names_before_numbers(self, text: str, spans: list[Span]) -> list[Span]:
        """A name just before a patient's number: "OWUSU NPH24-0119043", "Joy Church (2215509), 72F".  Capitals
        that are not an acronym, or a capitalised pair led by a known first name."""
        out = []
        for sp in spans:
            if sp.type not in ("HOSPITAL_NUMBER", "ID_NUMBER", "NHS_NUMBER"):
                continue
            line_start = text.rfind("\n", 0, sp.start) + 1
            before = text[line_start:sp.start]
            m = re.search(r"(?<![\w'’-])([A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]{2,})?|[A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+(?:[ ][A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+){1,2})"
                          r"[ \t]*(?:,[ \t]*)?\(?[ \t]*(?:(?:hosp(?:ital)?|unit|MRN|RiO|PAS|EPR)[ \t]*(?:no\.?)?[ \t]*:?[ \t]*)?$",
                          before)
            if not m:
                continue
            words = m.group(1).split()
            folded = [fold(w) for w in words]
            if any(f in hard_stops() and not (_is_first(f) or f in surnames()) or f in clinical_terms() and f not in surnames()
                   for f in folded) or self._is_applicant(words):
                continue
            if m.group(1).isupper() or all(w.isupper() for w in words):
                if any(w in clinical_acronyms() or fold(w) in common_words() and fold(w) not in surnames() for w in words):
                    continue
                if not any(len(w) >= 5 or fold(w) in surnames() for w in words):
                    continue  # "RVH", "CHI", "ZTAS": a system's or hospital's letters before its number
            elif not _is_first(folded[0]):
                continue
            out.append(Span(line_start + m.start(1), line_start + m.end(1), "PATIENT", m.group(1)))
        return out

    def _initials_elsewhere(self, text: str, spans: list[Span]) -> list[Span]:
        """Initials of someone the document names, wherever they stand alone: a patient's initials from a table row
        in the notes under it ("- AJ: lives with sister"), a colleague's in a column or a sign-off ("Ravinder Sohal"
        ... "RS").  An initials token that is also a clinical acronym ("RS", "GP") is taken only where initials are
        written: a table cell, a list item's head, the end of a line."""
        own = self._applicant_initials()
        tokens: dict[str, str] = {}
        for s in spans:
            if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
                continue
            value = s.text.strip()
            if _INITIALS_TOKEN.fullmatch(value):
                tokens.setdefault(value, s.type)
                continue
            words = [w for w in _WORD.findall(value) if w[0].isupper() and fold(w) not in _TITLES]
            if len(words) < 2 or all(w.isupper() for w in words):
                continue
            parts = [p for w in words for p in w.split("-") if p]
            variants = {"".join(p[0] for p in parts), words[0][0] + words[-1][0],
                        words[0][0] + "".join(p[0] for p in words[-1].split("-") if p)}
            if len(words) == 2:  # written surname first ("Sohal Ravinder" in a mail header)
                variants.add(words[1][0] + words[0][0])
            for ini in variants:
                tokens.setdefault(ini.upper(), s.type)
        out: list[Span] = []
        for token, kind in tokens.items():
            letters = re.sub(r"[^A-Z]", "", token)
            if len(letters) < 2 or letters in own or token in _NOT_INITIALS_WORDS:
                continue
            # two capitals collide with abbreviations ("LA" for local authority): only where initials are written
            acronym = token in clinical_acronyms() or len(letters) == 2
            for m in re.finditer(rf"(?<![\w'’.-]){re.escape(token)}(?![\w'’]|-[A-Z]|\.[A-Z])", text):
                if acronym and not _initials_place(text, m.start(), m.end()):
                    continue
                out.append(Span(m.start(), m.end(), kind, token))
        return out

    def _applicant_initials(self) -> set[str]:
        """The applicant's initials as written in lists ("AO", "OA" for Amara Okafor; middle names too)."""
        if not self.applicant:
            return set()
        words = [w for w in _WORD.findall(self.applicant) if fold(w) not in _TITLES and len(w) > 1]
        if not words:
            return set()
        first = "".join(w[0].upper() for w in words)
        return {first, first[-1] + first[:-1], words[0][0].upper() + words[-1][0].upper()}

    def _verifier_mentions(self, text: str) -> list[tuple[int, int]]:
        """Names of people who sign or verify the evidence (assessors, supervisors, referees, a testimonial's
        author): the GMC asks applicants to leave them.  Their words are remembered for the whole document."""
        out = []
        starts = [(m.end(), "label") for m in _VERIFIER_LABEL.finditer(text)]
        starts += [(m.end(), "weak") for m in _WEAK_VERIFIER_LABEL.finditer(text)]
        starts += [(m.start(), "after") for m in _TITLED_NAME.finditer(text)]
        if _TESTIMONIAL.search(text):
            starts += [(m.end(), "signoff") for m in _SIGNOFF_RE.finditer(text)]
            # the author's block at the foot: "Dr Claire Openshaw MBChB FRCEM\nConsultant in Emergency Medicine"
            starts += [(m.start(1), "signoff") for m in re.finditer(r"(?m)^[ \t]*((?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z])", text)]
        seen: set[int] = set()
        while starts:
            pos, how = starts.pop(0)
            got = self._parse_name(text, pos)
            if not got or got[0] in seen:
                continue
            s, e, words = got
            if how == "signoff" and not _SENIOR_AFTER.match(text[e:e + 120]):
                continue  # a testimonial's author signs with a post ("Consultant", "Clinical Director")
            if how == "weak" and not _POST_AFTER.match(text, e):
                continue  # "Checked: Dr X, Clinical Supervisor" (not the nurse who checked a drug)
            if how == "after" and not _VERIFIED_AFTER.match(text, e):
                continue
            seen.add(s)
            if how in ("label", "listed"):  # "Raters who agreed to be named: Dr A (consultant), Ms B (ward manager)"
                more = re.compile(r"(?:[ \t]*\([^)\n]{0,40}\))?(?:,[ \t]*|[ \t]+and[ \t]+)(?=(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z])")
                nxt = more.match(text, e)
                if nxt:
                    starts.append((nxt.end(), "listed"))
            real = [fold(w) for w in words if len(w) > 1]
            if not real or any(f in hard_stops() for f in real[:1]):
                continue
            title = re.search(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?[ \t]+$", text[max(0, s - 12):s])
            out.append((s - (len(title.group(0)) if title else 0), e))
            self._verifier_words.update(real)
        return out

    def _is_verifier(self, span_text: str, whole: bool = False) -> bool:
        """All the words of a name are a verifier's (with ``whole``: at least two of them, so that a patient
        who shares a supervisor's surname is still removed)."""
        words = [fold(w) for w in _WORD.findall(span_text) if len(w) > 1]
        return len(words) >= (2 if whole else 1) and all(w in self._verifier_words for w in words)

    def _hyphen_initials(self) -> set[str]:
        """"m-l" for an applicant called Mei-Ling: the initials of a hyphenated given name, as printed."""
        return {"-".join(p[0] for p in w.split("-") if p) for w in self._applicant_words if "-" in w}

    def _is_applicant(self, words: list[str]) -> bool:
        if not self._applicant_words:
            return False
        initials = {w[0] for w in self._applicant_words}
        words = [w for w in words if fold(w.rstrip(".")) not in self._hyphen_initials()]
        real = [fold(w) for w in words if len(w.rstrip(".")) > 1]
        inits = [fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) == 1]
        return bool(real) and all(w in self._applicant_words for w in real) and all(i in initials for i in inits)

    # -------------------------------------------------------------- addresses

    @staticmethod
    def _street_plausible(text: str, m: re.Match) -> bool:
        first = m.group(0).split()[0]
        return fold(first) not in hard_stops() or first in ("Church", "Station", "High", "Mill", "Park", "Lower", "Upper",
                                                           "North", "South", "East", "West", "Old", "New", "Great",
                                                           "Little", "Castle", "Market", "Bridge")

    # -------------------------------------------------------------- names

    def _names(self, text: str) -> list[Span]:
        cands: list[_Cand] = []
        # lowercase words that show a capitalised word is a common word; e-mail addresses and web
        # addresses are left out ("adaora.bamford@..." does not make "Adaora" a common word)
        plain = re.sub(r"\S+@\S+|(?:https?://|www\.)\S+", " ", text)
        lower_words = {m.group(0) for m in re.finditer(r"\b[a-z][a-z'-]+\b", plain)}
        self._lower_words = lower_words
        self._seen_lower.update(lower_words)

        def take(pos: int, role: str, strong: bool, after_title: bool = False, lists: bool = False,
                 cue: bool = False) -> None:
            got = self._parse_name(text, pos, after_title=after_title)
            if not got:
                return
            s, e, toks = got
            if not strong and not self._plausible(text, s, e, toks) and not (cue and self._cue_plausible(text, s, e, toks)):
                return
            if not after_title and len(toks) == 1 and re.match(r"[ \t]+[A-Z][a-z]+", text[e:e + 30]) \
                    and _PROFESSION.search(re.match(r"[ \t]+([A-Z][a-z]+)", text[e:e + 30]).group(1)) \
                    and english_frequency(fold(toks[0])) >= 3.5:
                return  # "Consultant Chemical Pathologist": a word of the post, not a name
            cands.append(_Cand(s, e, role, strong))
            if lists:
                self._continue_list(text, e, role, cands)

        for m in _TITLE_RE.finditer(text):
            title = m.group(1).lower()
            role = "PERSON" if title in _PERSON_TITLES else "PATIENT"
            if title in ("sister",) and re.search(r"(?i)\b(?:his|her|their|my|your|patient'?s)[ \t]+$", text[max(0, m.start() - 12):m.start()]):
                role = "RELATIVE"
            take(m.end(), role, True, after_title=True, lists=True)
        for m in _RELATION_RE.finditer(text):
            pos = self._skip_cue_punct(text, m.end())
            if pos is not None:
                before = len(cands)
                take(pos, "RELATIVE", False, lists=True, cue=True)
                if len(cands) == before:
                    # "his wife June": a first name that is also a month or a common word
                    wm = _WORD.match(text, pos)
                    if wm and wm.group(0).istitle() and _is_first(fold(wm.group(0))) and not _eponym_use(text, wm.end()) \
                            and not re.match(r"[ \t]+[A-Z]", text[wm.end():wm.end() + 2]):
                        cands.append(_Cand(wm.start(), wm.end(), "RELATIVE", False))
                self._title_or_name(text, pos, "RELATIVE", cands)
        for m in _ROLE_RE.finditer(text):
            pos = self._skip_cue_punct(text, m.end())
            if pos is not None:
                take(pos, "PERSON", False, lists=True, cue=True)
        for m in _LABEL_RE.finditer(text):
            label = fold(m.group(0))
            role = "PERSON"
            if re.search(r"\b(?:patient|pt|name|surname|forename|baby|child|infant|victim|re|regarding|client|resident|"
                         r"service user|deceased|adult|young person|subject)\b", label):
                role = "PATIENT"
            elif re.search(r"\b(?:mother|father|mum|dad|parents?|nok|next of kin|spouse|partner|husband|wife|son|daughter|guardian|children|carer|perpetrator|contact)\b", label):
                role = "RELATIVE"
            strong = not re.search(r"\b(?:to|from|copy|team|contact|lead|staff|minutes|present|attendees|apologies|chair)\b", label)
            grade = _GRADE_PREFIX.match(text, m.end())
            take(grade.end() if grade else m.end(), role, strong, lists=True)
        for m in _LABEL_GAP_RE.finditer(text):
            take(m.end(), "PERSON", False, lists=True, cue=True)
        for m in _GREETING_RE.finditer(text):
            take(m.end(), "PERSON", False)
            self._title_or_name(text, m.end(), "PERSON", cands, strong=True)
        for m in _SIGNOFF_RE.finditer(text):
            # "Thanks, Ade": whoever signs off is named, known name or not
            take(m.end(), "PERSON", False, cue=bool(re.match(r"[A-Z][\w'’-]+[ \t]*(?:$|\n|[\"”)])", text[m.end():m.end() + 40])))
        for m in _LIST_ITEM_RE.finditer(text):
            got = self._parse_name(text, m.end())
            if got:
                s, e, toks = got
                if self._plausible(text, s, e, toks) or _AGE_SEX.match(text[e:e + 40]):
                    cands.append(_Cand(s, e, "PATIENT", False))
        for m in _ROLE_AFTER_RE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start:m.start()]
            bm = re.search(r"((?:[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]*$", before)
            if not bm:
                continue
            pos = line_start + bm.start(1)
            got = self._parse_name(text, pos)
            if not got:
                continue
            s, e, toks = got
            if e < line_start + bm.end(1):
                # the parse stopped early: start from the last name-like run instead
                continue
            if self._plausible(text, s, e, toks) or self._cue_plausible(text, s, e, toks):
                role = "RELATIVE" if _RELATION_RE.match(m.group(1)) else "PERSON"
                cands.append(_Cand(s, e, role, False))
        for m in _EMAIL_DISPLAY_RE.finditer(text):
            self._email_display_name(text, m, cands)
        for m in _NAME_IS.finditer(text):
            take(m.end(), "PERSON", False, cue=True)
        for m in _SURNAME_FIRST.finditer(text):
            surname, _, given = m.group(1).partition(",")
            words = given.split()
            caps = surname.strip().replace("-", "").replace("'", "").replace("’", "").replace(" ", "").isupper()
            if words and words[0].islower() and not _is_first(fold(words[0])):
                continue  # OCR's lower-case given name only when it is one ("OKONJO-HALL, simone"), not "RSI, art"
            if surname.strip() in clinical_acronyms() and not (words and all(_is_first(fold(w)) for w in words)) \
                    or any(fold(w) in clinical_terms() and not _is_first(fold(w))
                                                             for w in words) \
                    or words and fold(words[0].strip("-'’")) in _CALENDAR and not _is_first(fold(words[0].strip("-'’"))):
                continue  # "UGIB, Rockall pre-endo": findings, not a patient label
            if words and (fold(words[0]) not in hard_stops() or _is_first(fold(words[0]))) \
                    and not self._is_applicant(surname.split() + words) \
                    and (_is_first(fold(words[0])) and fold(surname.strip()) not in hard_stops()
                         or caps and len(surname.strip()) >= 2 and surname.strip() not in _NOT_INITIAL_PAIRS):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _CELL_SURNAME_FIRST.finditer(text):  # a table cell "Bano, Saira", "Dos Santos, Lucimar"
            words = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
            if not any(fold(w) in common_words() and not (_is_first(fold(w)) or fold(w) in surnames())
                       or fold(w) in clinical_terms() and not (_is_first(fold(w)) or fold(w) in surnames())
                       or w in clinical_acronyms() or fold(w) in _CALENDAR for w in words) \
                    and not _SIGNOFF_RE.match(m.group(1)) and not self._is_applicant(words) and not all(fold(w) in self._verifier_words for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _PATIENT_CAPS.finditer(text):  # "Patient DARIUSZ NOWAK (ED no ...)"
            words = m.group(1).split()
            if any(_is_first(fold(w)) or fold(w) in surnames() for w in words) \
                    and not any(w in clinical_acronyms() or fold(w) in clinical_terms() for w in words) \
                    and not self._is_applicant(words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _CAPS_SURNAME_ROW.finditer(text):  # "3) DO Thanh Tam 60F epistaxis": surname in capitals first
            words = m.group(1).split()
            if not any(fold(w) in clinical_terms() or w in clinical_acronyms() and w != words[0]
                       or fold(w) in common_words() and not (_is_first(fold(w)) or fold(w) in surnames()) for w in words[1:]) \
                    and not self._is_applicant(words) \
                    and (words[0] not in clinical_acronyms() or all(_is_first(fold(w)) for w in words[1:])):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _LIST_SURNAME_FIRST.finditer(text):  # "Osei, Kwadwo 91 KRI3029518 - HF": a list row
            if not any(fold(w) in clinical_terms() and not _is_first(fold(w)) and fold(w) not in surnames()
                       or fold(w) in common_words() and not _is_first(fold(w)) and fold(w) not in surnames()
                       for w in re.findall(r"[A-Za-z'’-]+", m.group(1))) and not self._is_applicant(m.group(1).replace(",", " ").split()):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _CAPS_SURNAME_GIVEN.finditer(text):
            surname, given = m.group(1), m.group(2).split()
            if _is_first(fold(given[0])) and not self._is_applicant([surname] + given) \
                    and not any(p in clinical_acronyms() or fold(p) in hard_stops() or fold(p) in clinical_terms()
                                or fold(p) in common_words() and fold(p) not in surnames() for p in re.split(r"[ -]", surname)):
                cands.append(_Cand(m.start(1), m.end(2), "PATIENT", True))
        for m in _NAME_AGE.finditer(text):
            f = fold(m.group(1))
            if f not in hard_stops() and f not in clinical_terms() and m.group(1).lower() not in self._lower_words:
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", False))
        for m in _NICKNAME.finditer(text):
            g = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
            if g != 1 and (fold(m.group(g)) in clinical_terms() or m.group(g) in clinical_acronyms()):
                continue
            cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
        for m in _INITIAL_SURNAME.finditer(text):
            surname = m.group(2)
            f = fold(surname)
            if self._is_applicant([surname]) or f in clinical_terms() and f not in surnames() or f in hard_stops() \
                    or f in common_words() and f not in surnames() or _PLACE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue
            cands.append(_Cand(m.start(1), m.end(2), "PERSON", False))
        for m in _NAME_LABEL_VALUE.finditer(text):
            # "Forename(s): Jo seph Patr ick", "Pat ient name :  rnargaret o'ha lloran": a form's name field,
            # whatever OCR did to it, up to the next field
            value = m.group(1).strip()
            words = re.findall(r"[A-Za-z'’-]+", value)
            if not words or self._is_applicant(words) or any(fold(w) in self._verifier_words for w in words) \
                    or any(p in clinical_acronyms() for w in words for p in w.upper().split("-")):
                continue
            if sum(fold(w) in common_words() and not (_is_first(fold(w)) or fold(w) in surnames()) for w in words) > len(words) / 2:
                continue
            cands.append(_Cand(m.start(1), m.start(1) + len(m.group(1).rstrip()), "PATIENT", True))
        for m in _FAMILY_NAME.finditer(text):  # "the Galbraith family", "Mr Galbraith's family" not needed
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() and not self._is_applicant([m.group(1)]):
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _NEE.finditer(text):
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _DICOM_NAME.finditer(text):
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _CAPS_BED.finditer(text):
            if m.group(1) not in clinical_acronyms() and fold(m.group(1)) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _RELATION_COMMA_NAME.finditer(text):  # "with her mother, Comfort, in the clinic"
            if not self._is_applicant([m.group(1)]) and fold(m.group(1)) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _GIVEN_IN_BRACKETS.finditer(text):  # "Mrs Patel (Hansaben)": her given name
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and m.group(1) not in clinical_acronyms():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _NICKNAME_IN_NAME.finditer(text):
            words = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
            rest = [w for w in words[-2:] if not m.group(1).endswith('"' + w) and fold(w) not in hard_stops()]
            if rest and not any(fold(w) in clinical_terms() or fold(w) in common_words() and fold(w) not in surnames()
                                for w in rest) and not self._is_applicant(rest):
                cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _NICKNAME_AFTER.finditer(text):
            if fold(m.group(1)) not in common_words() and fold(m.group(1)) not in clinical_terms():
                cands.append(_Cand(m.start(1), m.end(1), "PERSON", True))
        for m in _QUOTED_NICKNAME.finditer(text):  # '"Big Mick"', '"Wee Tam"': a nickname with a given name in it
            words = m.group(1).split()
            if _is_first(fold(words[-1])) and not self._is_applicant(words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _BARE_INITIAL_SURNAME.finditer(text):
            f = fold(m.group(2))
            cell_end = re.match(r"[ \t]*(?:$|\n|[ ]{2}|\t|\||,)", text[m.end():m.end() + 3]) is not None
            if (f in surnames() or cell_end and f not in self._lower_words) and f not in common_words() \
                    and f not in clinical_terms() and f not in hard_stops() and not _MEDICAL_WORD.search(f) \
                    and m.group(1) not in ("A", "I") and not self._is_applicant([m.group(2)]):
                cands.append(_Cand(m.start(1), m.end(2), "PERSON", False))
        for m in _BABY_OF.finditer(text):
            words = m.group(1).split()
            keep_to = len(words)
            for i, w in enumerate(words):
                if i and (fold(w) in common_words() or fold(w) in clinical_terms() or fold(w) in hard_stops()) \
                        and not (_is_first(fold(w)) or fold(w) in surnames()):
                    keep_to = i
                    break
            value = " ".join(words[:keep_to])
            cands.append(_Cand(m.start(1), m.start(1) + len(value), "RELATIVE", True))
        for pattern in (_NAME_COMMA_AGE, _ROW_NAME_AGE, _NAME_BED):
            for m in pattern.finditer(text):
                words = m.group(1).split()
                folded = [fold(w) for w in words]
                if pattern is not _NAME_BED and int(m.group(2)) > 110:
                    continue
                named = _is_first(folded[0]) or folded[-1] in surnames() \
                    or all(f not in common_words() and english_frequency(f) < 3.5 for f in folded)
                given = _is_first(folded[0])  # "Will Mason": a given name, then a surname that is also a word
                if not named or self._is_applicant(words) or any(
                        f in hard_stops() and not (_is_first(f) or f in surnames())
                        or f in clinical_terms() and not (i and given and f in surnames())
                        or w in clinical_acronyms() or f in _CALENDAR for i, (f, w) in enumerate(zip(folded, words))):
                    continue
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _KNOWN_AS.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            words = m.group(g).split()
            if self._is_applicant(words) or all(fold(w) in common_words() or fold(w) in hard_stops() for w in words) \
                    and not any(_is_first(fold(w)) for w in words) and g == 2:
                continue
            if any(fold(w) in clinical_terms() or w in clinical_acronyms() for w in words):
                continue
            cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
        for m in _WHO_BRACKET_NAME.finditer(text):
            words = m.group(1).split()
            if not self._is_applicant(words) and not any(fold(w) in hard_stops() or fold(w) in clinical_terms()
                                                         and not _is_first(fold(w)) for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _PARENT_OF.finditer(text):
            if not self._is_applicant(m.group(1).split()) and fold(m.group(1).split()[0]) not in hard_stops():
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _ROW_PATIENT.finditer(text):
            words = [w.strip(",.") for w in m.group(1).split()]
            folded = [fold(w) for w in words]
            if self._is_applicant(words) or any(w in clinical_acronyms() or f in clinical_terms() and not (
                    _is_first(f) or f in surnames()) for w, f in zip(words, folded)):
                continue
            if any(f in _CALENDAR or f in hard_stops() and not (_is_first(f) or f in surnames()) for f in folded):
                continue
            if len(words) > 1 and any(len(f) > 1 and f in common_words() and not (_is_first(f) or f in surnames())
                                      for f in folded):
                continue  # "Ward round", "New admission"
            head = words[0]
            initials = len(head) in (2, 3) and head.isupper() and len(words) == 1
            lower = head.islower()
            if lower and len(head) > 3 and not (_is_first(folded[0]) or folded[0] in surnames()) \
                    and (folded[0] in common_words() or english_frequency(folded[0]) >= 3.5):
                continue
            if not (initials or lower and len(head) <= 3) and not lower and folded[0] in common_words() \
                    and not (_is_first(folded[0]) or folded[0] in surnames()):
                continue
            cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _BRACKETED_SURNAME_FIRST.finditer(text):
            surname = m.group(1).split(",")[0]
            if surname not in clinical_acronyms() and english_frequency(surname.lower()) < 3.5 \
                    and not self._is_applicant(m.group(1).replace(",", " ").split()):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _QUOTED_PERSON.finditer(text):
            words = m.group(1).split()
            if not self._is_applicant(words) and not any(fold(w) in clinical_terms() or w in clinical_acronyms() for w in words):
                cands.append(_Cand(m.start(1), m.end(1), "PATIENT", True))
        for m in _CALLED.finditer(text):
            f = fold(m.group(1))
            if f not in common_words() and f not in clinical_terms() and f not in hard_stops() \
                    and not self._is_applicant([m.group(1)]) and english_frequency(f) < 4.0:
                cands.append(_Cand(m.start(1), m.end(1), "RELATIVE", True))
        for m in _BABY.finditer(text):
            g = 1 if m.group(1) is not None else 2
            if g == 2 and (m.group(2) in clinical_acronyms() or fold(m.group(2)) in hard_stops()):
                continue
            cands.append(_Cand(m.start(g), m.end(g), "PATIENT", True))
        for m in _NAME_CONTACT.finditer(text):
            got = self._parse_name(text, m.start(1))
            if got and self._cue_plausible(text, *got):
                cands.append(_Cand(got[0], got[1], "PERSON", False))
        self._table_cells(text, cands)
        self._gazetteer_names(text, cands)
        if self.ner:
            self._ner_names(text, cands)
        self._preceding_list(text, cands)

        # clean candidates: trim, drop the applicant, clinical words, institutions
        spans: list[Span] = []
        for c in cands:
            s, e = c.start, c.end
            words = _WORD.findall(text[s:e])
            if not words:
                continue
            if self._is_applicant(words):
                continue
            if _JOB_AFTER.match(text[e:e + 30]) and not re.search(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse|SN|RN)\.?[ \t]+$",
                                                                   text[max(0, s - 12):s]):
                continue  # "Cc: Difficult Airway Lead": a post, not a person
            if all(w.isupper() and len(w) <= 8 and fold(w) not in surnames() and not _is_first(fold(w))
                   and (not c.strong or w in _NOT_INITIAL_PAIRS) for w in words):
                continue  # "EMRTS", "CAMHS", "SDEC": services, not people; "Assistant: ODP": a role
            if not c.strong and all(fold(w) in clinical_terms() and not (_is_first(fold(w)) or fold(w) in surnames())
                                    for w in words if len(w) > 1):
                continue
            if len(words) == 1 and _eponym_use(text, e):
                f = fold(words[0])
                if f in clinical_terms() or not (c.strong or _is_first(f) or f in surnames()):
                    continue
            spans.append(Span(s, e, c.role, text[s:e]))

        # every later mention of a detected name's words
        tokens: dict[str, str] = dict(self._memory)
        upper_tokens: set[str] = set(self._upper_memory)
        for sp in spans:
            for w in _WORD.findall(sp.text):
                f = fold(w)
                if w.isupper():
                    upper_tokens.add(f)
                if len(w) < 2 or f in _NOT_PROPAGATE or f in self._applicant_words:
                    continue
                if f in hard_stops() and not (w[0].isupper() and f in (first_names() | surnames())):
                    continue
                if w.isupper() and len(w) <= 2 and f not in surnames():
                    continue
                tokens.setdefault(f, sp.type)
                for part in w.replace("’", "'").split("-"):
                    fp = fold(part)
                    if len(part) > 2 and fp not in hard_stops() and fp not in self._applicant_words and fp not in clinical_terms():
                        tokens.setdefault(fp, sp.type)
        self._memory.update(tokens)
        self._upper_memory.update(upper_tokens)
        # the initials of a full name found here ("Harvey Bellingham" -> "HB" in a subject line or a sign-off)
        mine = self._applicant_initials()
        for sp in spans:
            words = [w for w in _WORD.findall(sp.text) if len(w) > 1 and w[0].isupper()]
            if 2 <= len(words) <= 3 and not any(fold(w) in hard_stops() for w in words):
                initials = "".join(w[0] for w in words)
                if initials not in _NOT_INITIAL_PAIRS and initials not in mine:
                    self._initials_memory.setdefault(initials, sp.type)
        for m in re.finditer(r"(?<![\w.&/-])([A-Z]{2,3})(?![\w&/-]|\.[A-Za-z])", text):
            role = self._initials_memory.get(m.group(1))
            if role and _INITIALS_CONTEXT.search(text[max(0, m.start() - 3):m.start()] + "|" + text[m.end():m.end() + 3]):
                spans.append(Span(m.start(1), m.end(1), role, m.group(1)))
        if tokens:
            for m in _WORD.finditer(text):
                w = m.group(0)
                if not w[0].isupper():
                    continue
                f = fold(w)
                role = tokens.get(f)
                if role is None:
                    continue
                if w.isupper() and len(w) <= 8 and f not in upper_tokens:  # "NG" tube is not Ms Ng
                    continue
                if _INSTITUTION_AFTER.match(text[m.end():m.end() + 40]) or _SAINT_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                    continue  # "Queen Mary's Hospital": a place named after someone
                if _eponym_use(text, m.end()) and fold(w) in clinical_terms():
                    continue
                if f in clinical_terms() and _eponym_use(text, m.end()):
                    continue
                spans.append(Span(m.start(), m.end(), role, w))
        return [self._with_particles(text, sp) for sp in spans]

    @staticmethod
    def _with_particles(text: str, span: Span) -> Span:
        """"de la Cruz" for a name found as "Cruz": the lower-case particles before it, after a title, a line's or
        a cell's start, a bracket or a comma."""
        m = _PARTICLES_BEFORE.search(text, max(0, span.start - 30), span.start)
        if not m or m.end() != span.start:
            return span
        return Span(m.start(1), span.end, span.type, text[m.start(1):span.end])

    def _skip_cue_punct(self, text: str, pos: int) -> int | None:
        """After a cue word: spaces, one of ``, : ( – -`` and words like "is"; None at a line end."""
        m = re.compile(r"[ \t]{0,2}(?:[,:(–-][ \t]{0,2})?(?:(?:is|was|called|named|who\s+is|—)[ \t]+)?").match(text, pos)
        end = m.end() if m else pos
        if end >= len(text) or text[end] == "\n":
            return None
        return end

    def _title_or_name(self, text: str, pos: int, role: str, cands: list[_Cand], strong: bool = False) -> None:
        """A title right after a cue is handled by the title rule; here a bare strong name."""
        if strong:
            got = self._parse_name(text, pos)
            if got:
                s, e, toks = got
                if not all(fold(t) in title_blocks() for t in toks):
                    cands.append(_Cand(s, e, role, True))

    def _continue_list(self, text: str, end: int, role: str, cands: list[_Cand]) -> None:
        """"Julie Carmichael and Karen Blackburn", "SN A + SN B", "X (mother) and Y (father)"."""
        pos = end
        for _ in range(6):
            m = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:,|;|and|&|\+|/)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|SN|Prof|Nurse)\.?[ \t]+)?").match(text, pos)
            if not m or m.end() == pos:
                return
            got = self._parse_name(text, m.end())
            if not got:
                return
            s, e, toks = got
            joined = re.search(r"(?:and|&|;)[ \t]+$", m.group(0))  # "Kai (6) and Lacey (4)", "X (Paramedic); Y (EMT)"
            if not self._plausible(text, s, e, toks) and not re.search(r"(?:Mr|Mrs|Ms|Miss|Dr|SN|Prof|Nurse)\.?[ \t]+$", m.group(0)) \
                    and not (joined and self._cue_plausible(text, s, e, toks)):
                return
            cands.append(_Cand(s, e, role, False))
            pos = e

    def _preceding_list(self, text: str, cands: list[_Cand]) -> None:
        """"Jaz Bhogal & Tony Marsh": a capitalised pair with a known given name or surname in it, joined to a name
        found after it, is a name too ("Greater Manchester & Tony Marsh" is not)."""
        have = {(c.start, c.end) for c in cands}
        for c in list(cands):
            m = _JOINED_BEFORE.search(text, max(0, c.start - 60), c.start)
            if not m or m.end() != c.start:
                continue
            got = self._parse_name(text, m.start(1))
            if not got or got[1] != m.end(1) or (got[0], got[1]) in have:
                continue
            known = any(_is_first(fold(w)) or fold(w) in surnames() for w in got[2] if len(w) > 1)
            if known and self._plausible(text, *got) and not self._is_applicant(got[2]):
                cands.append(_Cand(got[0], got[1], c.role, False))

    def _parse_name(self, text: str, pos: int, after_title: bool = False) -> tuple[int, int, list[str]] | None:
        """A person's name starting at ``pos`` (after any title): start, end, words."""
        n = len(text)
        # skip spaces and a title (after a title, the name may begin the next line: "Letter to GP Dr\nAmal Haddad")
        m = re.compile(r"[ \t\u00a0]*(?:\n(?=[A-Z][a-z]))?" if after_title else r"[ \t\u00a0]*").match(text, pos)
        pos = m.end()
        if after_title:  # OCR reads a capital I as l: "Dr lolo Bowen", "PC leuan Davies"
            ocr = re.compile(r"l[a-z]{2,}(?=[ \t]+[A-Z][a-z])").match(text, pos)
            if ocr and fold(ocr.group(0)) not in hard_stops() and fold(ocr.group(0)) not in clinical_terms():
                words_l = [ocr.group(0)]
                nxt = _WORD.match(text, ocr.end() + 1)
                if nxt:
                    return pos, nxt.end(), words_l + [nxt.group(0)]
        tm = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|SN|Sr|Sister|Nurse|DC|PC)\.?[ \t]+(?=[A-Z]|" + _PARTICLE_RUN + ")").match(text, pos)
        if tm:
            pos = tm.end()
            after_title = True
        start = pos
        words: list[str] = []
        end = pos
        inverted = False
        while pos < n and len(words) < 6:
            wm = _WORD.match(text, pos)
            im = re.compile(r"([^\W\d_])(?:\.(?=[^\W\d_]\.)|\.?(?![\w'’]))").match(text, pos)
            if im and not im.group(1).isupper():
                im = None
            if wm and len(wm.group(0)) > 1:
                w = wm.group(0)
                f = fold(w)
                if text[wm.end():wm.end() + 1].isdigit():  # "FY1", "NE6": codes, not names
                    break
                if words and _DEGREE.fullmatch(w):
                    break
                if not w[0].isupper() and words and w[0] == "l" and len(w) > 2 and _is_first(fold("i" + w[1:])):
                    words.append(w)  # OCR's l for a capital I: "Lachlan lain Moffat"
                    pos = end = wm.end()
                    sep = re.compile(r"[ \t](?=[A-Z])").match(text, pos)
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
                        nxt = re.compile(r"[ \t]+([A-Z]|[tnh](?=[A-Z])|(?:de|da|der|den|la|le|los|las)(?=[ \t]))").match(text, wm.end())
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
                    nxt = re.compile(r"[ \t]+([A-Z])").match(text, wm.end())
                    words.append(w)  # "Jerome St Clair", "Odette St John": a surname with Saint in it
                    pos = nxt.start(1)
                    end = wm.end()
                    continue
                block = title_blocks() if (after_title and not words) else hard_stops()
                caps_surname = after_title and words and w.isupper() and len(w) >= 3 and words[-1].istitle() \
                    and w not in clinical_acronyms() and not re.match(r"[ \t]*\d", text[wm.end():wm.end() + 3])
                # "Mr Reginald GREEN": the surname in capitals (not "WARD 7")
                # "Dr Sunday Eze", "Mrs May Holt": after a title, a day or month with a surname after it is a first name
                calendar_first = after_title and not words and f in _CALENDAR and w.istitle() and len(w) > 3 \
                    and re.match(r"[ \t]+[A-Z][a-z'’-]+(?![\w'’-])", text[wm.end():wm.end() + 30]) is not None \
                    and fold(re.match(r"[ \t]+([A-Z][a-z'’-]+)", text[wm.end():]).group(1)) not in hard_stops()
                if f in block and not caps_surname and not calendar_first \
                        and not (words and _is_first(f) and _is_first(fold(words[-1])) and w.istitle()) \
                        and not (after_title and words and f in surnames() and w.istitle()):
                    break
                if _PROFESSION.search(w):
                    break
                if words and _INSTITUTION_AFTER.match(" " + w) and f not in first_names() | surnames():
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
            bracket = re.compile(r"[ ]\([A-Z][a-zß-öø-ÿ\u0100-\u017f'’-]+\)(?=[ ][A-Z])").match(text, pos) if words else None
            if bracket:
                pos = bracket.end()
                end = pos
            # separator: one space/tab, or ", " for "SURNAME, First"
            sep = re.compile(r"[ \t\u00a0](?=[A-Za-z\u00c0-\u024f])|[ \t]?,[ \t]?(?=[A-Z])").match(text, pos)
            if not sep:
                break
            if "," in sep.group(0):
                if inverted or not self._inversion_ok(words, text, sep.end()):
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

    def _inversion_ok(self, words: list[str], text: str, pos: int) -> bool:
        """"NGUYEN, Thi Lan", "Henderson, Kyle": a surname, a comma, given names."""
        if not words or len(words) > 2:
            return False
        nxt = _WORD.match(text, pos)
        if not nxt:
            return False
        first = nxt.group(0)
        if fold(first) in hard_stops() or not first[0].isupper():
            return False
        surname_caps = all(w.isupper() or re.match(r"^(?:Mc|Mac|O['’])[A-Z]+", w) for w in words)
        if surname_caps and not first.isupper():
            return True
        return fold(first) in first_names()

    def _plausible(self, text: str, s: int, e: int, words: list[str]) -> bool:
        """Without a title or label: a known first name or surname, or an unknown capitalised pair."""
        folded = [fold(w) for w in words if len(w) > 1]
        if not folded:
            return False
        if any(f in hard_stops() for f in folded[:1]):
            return False
        before = text[max(0, s - 30):s]
        if _PLACE_BEFORE.search(before) or _INSTITUTION_AFTER.match(text[e:e + 40]):
            return False
        known_first = any(_is_first(f) for f in folded)
        known_sur = any(f in surnames() for f in folded)
        if all(w.isupper() and len(w) <= 4 for w in words) and not (known_first or known_sur):
            return False  # "CT KUB", "ECG AF": acronyms
        clinical = sum(f in clinical_terms() for f in folded)
        common = sum(w.lower() in self._lower_words or fold(w) in common_words() for w in words if len(w) > 1)
        if known_first and (len(folded) > 1 or words[0].istitle() or words[0][0].isupper()):
            return not (len(folded) == 1 and (clinical or common)) and not _eponym_use(text, e)
        initials = len(words) - len(folded)
        if (len(folded) >= 2 or initials) and known_sur and clinical < len(folded) and not common:
            return True
        if len(folded) >= 2 and not common and not clinical and all(w[0].isupper() for w in words):
            return True
        return False

    def _cue_plausible(self, text: str, s: int, e: int, words: list[str]) -> bool:
        """Right after a relation or role word ("nurse Jones", "son Graham"): any capitalised
        word that is not a common word, a clinical term or a place."""
        real = [w for w in words if len(w) > 1]
        if not real or len(real) > 4:
            return False
        folded = [fold(w) for w in real]
        if all(w.isupper() and len(w) <= 3 and f not in surnames() for w, f in zip(real, folded)):
            return False  # "Specialty Doctor EM", "nurse RGN": acronyms
        if folded[0] in hard_stops() or any(
                f in clinical_terms() and f not in surnames() and not _is_first(f) for f in folded):
            return False
        if any(w.lower() in self._lower_words or fold(w) in common_words() and not _is_first(fold(w))
               for w in real) or _eponym_use(text, e):
            return False
        if _PLACE_BEFORE.search(text[max(0, s - 30):s]) or _INSTITUTION_AFTER.match(text[e:e + 40]):
            return False
        return all(w[0].isupper() for w in real)

    def _email_display_name(self, text: str, m: re.Match, cands: list[_Cand]) -> None:
        display = m.group(1)
        local = fold(m.group(2))
        local_parts = set(re.split(r"[._\-+0-9]+", local))
        offset = m.start(1)
        # drop "(DEPARTMENT)" and quotes
        cleaned = re.sub(r"\([^)]*\)", lambda x: " " * len(x.group(0)), display)
        for part in re.finditer(rf"{_LETTER}[^,;]*?(?=$|,(?![ \t]*{_LETTER}+[ \t]*$))|{_LETTER}[^;]*", cleaned):
            got = self._parse_name(text, offset + part.start())
            if not got:
                continue
            s, e, toks = got
            if e > offset + len(display):
                e = offset + len(display.rstrip())
            folded = [fold(t) for t in toks if len(t) > 1]
            in_local = sum(1 for f in folded if f in local_parts or f.replace("-", "") in local.replace(".", "").replace("-", ""))
            if (len(folded) >= 2 and in_local >= 2) or self._plausible(text, s, e, toks):
                cands.append(_Cand(s, e, "PERSON", False))
            break

    def _table_cells(self, text: str, cands: list[_Cand]) -> None:
        """A table cell holding nothing but a plausible name: ``| Sheila Dawes |``."""
        for line_m in re.finditer(r"(?m)^.*\|.*$", text):
            line = line_m.group(0)
            base = line_m.start()
            pos = 0
            for cell in line.split("|"):
                cell_start = base + pos
                pos += len(cell) + 1
                stripped = cell.strip()
                if not stripped or len(stripped) > 60:
                    continue
                lead = len(cell) - len(cell.lstrip())
                got = self._parse_name(text, cell_start + lead)
                if not got:
                    continue
                s, e, toks = got
                rest = text[e:cell_start + len(cell)]
                if (rest.strip() == "" or _AGE_SEX.match(rest)) and self._plausible(text, s, e, toks):
                    cands.append(_Cand(s, e, "PATIENT", False))

    def _gazetteer_names(self, text: str, cands: list[_Cand]) -> None:
        """A known first name, with the capitalised words after it."""
        for m in _WORD.finditer(text):
            w = m.group(0)
            if not (w[0].isupper() and (w[1:].islower() or "-" in w)) or len(w) < 3:
                continue
            f = fold(w)
            if not _is_first(f) or f in hard_stops():
                continue
            got = self._parse_name(text, m.start())
            if not got:
                continue
            s, e, toks = got
            if self._plausible(text, s, e, toks):
                cands.append(_Cand(s, e, "PERSON", False))

    def _ner_names(self, text: str, cands: list[_Cand]) -> None:
        nlp = _ner_model()
        if nlp is None or not text.strip():
            return
        try:
            doc = nlp(text[:200_000])
        except Exception:  # pragma: no cover - never fail anonymisation for the model
            return
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start_char, ent.end_char
            line_end = text.find("\n", s)
            if 0 <= line_end < e:
                e = line_end
            got = self._parse_name(text, s)
            if not got:
                continue
            s2, e2, toks = got
            if e2 > e + 1:
                e2 = e
                toks = _WORD.findall(text[s2:e2])
            folded = [fold(t) for t in toks if len(t) > 1 and not (t.isupper() and len(t) <= 3)]
            if not folded or any(f in hard_stops() for f in folded):
                continue
            if all(f in clinical_terms() for f in folded) or _eponym_use(text, e2):
                continue
            if _PLACE_BEFORE.search(text[max(0, s2 - 30):s2]) or _INSTITUTION_AFTER.match(text[e2:e2 + 40]):
                continue
            common = any(t.lower() in self._lower_words for t in toks if len(t) > 1)
            known = any(f in first_names() or f in surnames() for f in folded)
            if len(folded) == 1 and not known:
                continue
            if common and not known:
                continue
            cands.append(_Cand(s2, e2, "PERSON", False))

    # -------------------------------------------------------------- replacement

    def anonymise(self, text: str) -> tuple[str, list[Span]]:
        """Return the text with identifiers replaced, and the spans replaced."""
        spans = self.find(text)
        return replace_spans(text, spans, self._counters, self._people), spans


# A number on the same line as a patient's name, in a list or table row ("1. 00601127 – Ms Vaughan", "| A1234567 |
# Abena Owusu |"): 6-10 digits, or 1-4 letters and 5-10 digits, standing alone. Not a date, time, phone or code
# already found.
_ROW_NUMBER = re.compile(r"(?<![\w/.:+£$-])(?:\d{6,10}|[A-Za-z]{1,4}\d{5,10}[A-Za-z]?|\d{6,9}[A-Za-z])(?![\w/:%-]|[.,]\d)")


_TOKEN_HEAD = re.compile(r"(?:^|(?<=[\s(\[:,]))([A-Za-z0-9]+(?:[&-][A-Za-z0-9]+)*[&-])$")


def _whole_token(text: str, span: Span) -> Span:
    """A number found inside a token joined by '&' or '-' takes the whole token: "A&E-25-118430", not "E-25-118430"."""
    if span.type not in ("HOSPITAL_NUMBER", "ID_NUMBER", "REFERENCE", "OTHER_ID") or span.start < 2:
        return span
    m = _TOKEN_HEAD.search(text, max(0, span.start - 20), span.start)
    if not m:
        return span
    return Span(m.start(1), span.end, span.type, text[m.start(1):span.end])


_TYPIST = re.compile(r"(?i:\b(?:typed|dictated|transcribed|secretary|sec|allocated(?:[ \t]+to)?|care[ \t]+co-?ordinator)\b(?:[ \t]+by)?)"
                     r"(?:[ \t]*[:/][ \t]*((?:Mc|Mac)?[A-Z](?:Ma?c)?[A-Z]{0,3}|[a-z]{2,3})|[ \t]+((?:Mc|Mac)?[A-Z](?:Ma?c)?[A-Z]{0,3}))"
                     r"(?![\w'’-]|\.[A-Za-z])")
# A social-media or app handle, and the codes that open a patient's door.
_HANDLE_OR_CODE = re.compile(r"(?<![\w.@])(@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])"
                             r"|(?i:\b(?:key[ \t]*safe|keysafe|door|gate|access|alarm)(?:[ \t]+(?:code|number|no\.?|pin))?[ \t]*(?:is|:|-)?[ \t]*)"
                             r"(\d{3,8})\b")
# Initials in brackets right after a name ("pt carys (cw)", "nia mair (nm)"), not a role ("ravi (reg)").
_BRACKET_INITIALS = re.compile(r"[ \t]*\(([A-Za-z]{2,3})\)")
_BRACKET_ROLES = {"reg", "sho", "nic", "hca", "rn", "sn", "cn", "ot", "pa", "mw", "anp", "acp", "gp", "nok", "mum", "dad",
                  "son", "cns", "cnm", "pt", "pts", "ed", "icu", "amu", "sdec", "hdu", "ward", "fy", "fy1", "fy2", "st",
                  "ct", "cons", "snr", "jnr", "sr", "dr", "mr", "mrs", "ms", "rip", "dnr"}


def _bracketed_initials(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for sp in spans:
        if sp.type not in ("PATIENT", "PERSON", "RELATIVE") or not sp.text.strip():
            continue
        m = _BRACKET_INITIALS.match(text, sp.end)
        if m and m.group(1)[0].lower() == sp.text.strip()[0].lower() and m.group(1).lower() not in _BRACKET_ROLES \
                and fold(m.group(1)) not in common_words():
            out.append(Span(m.start(1), m.end(1), sp.type, m.group(1)))
    return out


def _row_numbers(text: str, names: list[Span], spans: list[Span]) -> list[tuple[int, int]]:
    def line_of(span: Span) -> tuple[int, int]:
        end = text.find("\n", span.end)
        return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end

    lines = sorted({line_of(n) for n in names if n.type == "PATIENT"})
    out = []
    for a, b in lines:
        for m in _ROW_NUMBER.finditer(text, a, b):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            if _REFERENCE_BEFORE.search(text[max(a, m.start() - 25):m.start()]):
                continue
            word = m.group(0)
            if word.isdigit() and re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", word):
                continue  # 20230914: a date
            if _POSTCODE.fullmatch(word):
                continue
            out.append((m.start(), m.end()))
    return out


def _delimiter(line: str) -> str | None:
    """The cell separator of a table row: ``|``, a tab, or a comma (at least three)."""
    if "|" in line:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    if line.count(",") >= 3:
        return ","
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


def anonymise_file_name(name: str, anonymiser: "Anonymiser") -> str:
    """``name`` with the identifiers in it replaced: ``Smith J clinic 01-02.pdf`` -> ``[NAME] J clinic 01-02.pdf``.

    A word of the name goes when the anonymiser learnt it as a person's name in the document (in any case:
    file names are often lower case) and it is not a common word of a description ("letter", "end", "care"),
    when the anonymiser finds an identifier in the name as written, or when it is shaped like an identifier
    (six or more digits, a hospital-number shape).  A plain description ("07-letter-end-of-life-care.pdf")
    stays as it is.  Separators and the extension stay.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not 1 <= len(ext) <= 5:
        stem, dot, ext = name, "", ""
    parts = re.split(r"([-_\s.,()]+)", stem)
    words = parts[::2]
    spaced = " ".join(words)
    ordinary = anonymiser.common_words  # before the name itself is searched
    found = anonymiser.find(spaced)
    covered: set[int] = set()
    pos = 0
    for k, w in enumerate(words):
        start, end = pos, pos + len(w)
        if any(s.start < end and start < s.end and (s.type not in ("PATIENT", "RELATIVE", "PERSON") or w[:1].isupper())
               for s in found):
            covered.add(k)
        pos = end + 1
    common = hard_stops() | clinical_terms()
    out = []
    for k, part in enumerate(parts):
        if k % 2:
            out.append(part)
            continue
        w = part
        f = fold(w)
        learnt = f in anonymiser.learnt_names and f not in common and (
            w[:1].isupper() or f in first_names() or f in surnames() or f not in ordinary)
        if w and (k // 2 in covered or learnt or id_shaped(w)):
            out.append("[NUMBER]" if any(c.isdigit() for c in w) else "[NAME]")
        else:
            out.append(w)
    return "".join(out) + dot + ext


def replace_spans(text: str, spans: list[Span], counters: dict[str, int] | None = None,
                  people: dict[str, str] | None = None) -> str:
    """Replace ``spans`` (sorted, non-overlapping) with consistent tags.

    ``counters`` and ``people`` carry the numbering from one page to the next.
    """
    counters = {} if counters is None else counters
    people = {} if people is None else people
    out: list[str] = []
    last = 0
    for span in spans:
        out.append(text[last:span.start])
        out.append(_tag(span, counters, people))
        last = span.end
    out.append(text[last:])
    return "".join(out)


def _tag(span: Span, counters: dict[str, int], people: dict[str, str]) -> str:
    if span.type in ("PATIENT", "RELATIVE", "PERSON"):
        words = [fold(w) for w in _WORD.findall(span.text) if len(w) > 1] or [fold(span.text)]
        person = people.get(words[-1])
        if person is None:
            for word in words:
                person = people.get(word)
                if person:
                    break
        if person is None:
            counters[span.type] = counters.get(span.type, 0) + 1
            person = f"{span.type}-{counters[span.type]}"
        for word in words:
            people.setdefault(word, person)
        return f"[{person}]"
    return "[" + span.type.replace("_", "-") + "]"


# ------------------------------------------------------------------ helpers


_OCR_TOKEN = re.compile(r"(?<![\w'’])[A-Za-z0-9'’]*[015][A-Za-z0-9'’]*(?![\w'’])")
_DIGIT_AS_LETTER = {"0": "O", "1": "l", "5": "S"}


def ocr_letters(text: str, least: int = 3) -> str:
    """``text`` with the digits OCR read for letters put back inside words that are mostly lower-case letters
    ("C1inic" -> "Clinic", "0gundipe" -> "Ogundipe", "0'Hare" -> "O'Hare"), when at least ``least`` words show
    it; else ``text`` itself.  Numbers and codes ("4O1", "KWU-11O347", "T2DM") are left alone."""
    changes: list[tuple[int, str]] = []
    for m in _OCR_TOKEN.finditer(text):
        token = m.group(0)
        letters = sum(c.isalpha() for c in token)
        digits = sum(c.isdigit() for c in token)
        if letters < 2 or digits > 2 or letters <= digits or not any(c.islower() for c in token) \
                or any(c.isdigit() and c not in _DIGIT_AS_LETTER for c in token):
            continue
        fixed = "".join(_DIGIT_AS_LETTER.get(c, c) for c in token)
        if fixed[0] == "O" and len(fixed) > 1 and fixed[1].islower() and token[0] == "0" and m.start() > 0 \
                and text[m.start() - 1] not in " \t\n(\"'’":
            continue
        changes.append((m.start(), fixed))
    if len(changes) < least:
        return text
    out = list(text)
    for start, fixed in changes:
        out[start:start + len(fixed)] = fixed
    return "".join(out)


def _cut(span: Span, ranges: list[tuple[int, int]], text: str) -> list[Span]:
    """``span`` without the parts inside ``ranges``."""
    pieces = [(span.start, span.end)]
    for a, b in ranges:
        nxt = []
        for x, y in pieces:
            if b <= x or a >= y:
                nxt.append((x, y))
                continue
            if x < a:
                nxt.append((x, a))
            if b < y:
                nxt.append((b, y))
        pieces = nxt
    out = []
    for x, y in pieces:
        while x < y and not text[x].isalnum():
            x += 1
        while y > x and not text[y - 1].isalnum():
            y -= 1
        if y > x:
            out.append(Span(x, y, span.type, text[x:y]))
    return out


def normal_type(kind: str) -> str:
    """A span type from what a doctor or a label set calls it (``"PATIENT_NAME"`` -> ``"PATIENT"``)."""
    return _normal_type(kind)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` that is not inside a longer word or number."""
    return _occurrences(text, needle)


#: A word as the anonymiser sees it (letters, inner apostrophes and hyphens); titles before a name.
WORD_RE = _WORD
TITLE_RE = _TITLE_RE


def _normal_type(kind: str) -> str:
    k = kind.strip().upper().replace("-", "_").replace(" ", "_")
    aliases = {"PATIENT_NAME": "PATIENT", "RELATIVE_NAME": "RELATIVE", "COLLEAGUE_NAME": "PERSON", "NAME": "PERSON",
               "COLLEAGUE": "PERSON", "NHS": "NHS_NUMBER", "MRN": "HOSPITAL_NUMBER", "GMC": "GMC_NUMBER",
               "TELEPHONE": "PHONE", "E_MAIL": "EMAIL", "HOSPITAL": "HOSPITAL_NUMBER"}
    k = aliases.get(k, k)
    return k if k in TAG_TYPES else "PERSON"


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out = []
    if not needle:
        return out
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        if (i == 0 or not (text[i - 1].isalnum() and needle[0].isalnum())) and (
                j == len(text) or not (text[j].isalnum() and needle[-1].isalnum())):
            out.append((i, j))
        start = i + 1


def _column_kind(label: str) -> str | None:
    """The identifier type of a table column from its header."""
    label = " ".join(label.replace(".", " ").split()).strip(" :#").lower()
    if re.fullmatch(r"(?:patient(?:'?s)?\s+)?(?:name|full\s+name|surname|forenames?|patient|pt)|pt\s+name|"
                    r"(?:pt|patient|patient'?s)?\s*init(?:ial)?s?|child|client|service\s+user|resident|deceased", label):
        return "PATIENT"
    if re.fullmatch(r"nhs(?:\s*(?:no|number|num|#))?|chi(?:\s*(?:no|number))?", label):
        return "NHS_NUMBER"
    if re.fullmatch(r"(?:hosp(?:ital)?\s*(?:no|number|num|id|#)|mrn|m r n|unit\s*(?:no|number)|"
                    r"(?:patient|pt|pas|rio|ed|trust|local|case|emis|epr|k|crn)\s*(?:id|no|number|ref)|crn|k\s*(?:no|number)|"
                    r"id|ref|ref\s*no|reference|case\s*ref|attendance\s*(?:no|number)|episode)", label):
        return "HOSPITAL_NUMBER"
    if re.fullmatch(r"(?:cad|incident|datix|log|job)\s*(?:no|number|ref|id)?", label):
        return "REFERENCE"
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


def _is_first(f: str) -> bool:
    """A known first name, hyphenated ones included ("Kerry-Anne", "Lily-Mae")."""
    names = first_names()
    return f in names or ("-" in f and all(p in names for p in f.split("-") if p))


def _inside_any(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in ranges)


# Where a person's initials stand alone: on a line of their own, in brackets or quotes, between dashes, after
# "sec:" ("Typed: ... (sec: GL)"); the text around the initials as "before|after".
_INITIALS_CONTEXT = re.compile(r"(?:(?:^|\n)[ \t]*|[(\"“'‘][ \t]*|[ ]-[ ]|[ ]–[ ]|sec:[ ]?)\|"
                               r"|\|(?:[ \t]*(?:\n|$)|[ \t]*[)\"”'’]|[ ]-[ ]|[ ]–[ ])")

_JOB_AFTER = re.compile(r"[ ](?:Lead|Leads|Team|Teams|Secretary|Secretaries|Office|Service|Services|Department|Manager|"
                        r"Coordinator|Co-ordinator|Nurses|Clinic|Unit|Committee|Group|Panel|Board|Directorate|Network)\b")

# Two- and three-letter acronyms of clinical and administrative writing: never taken as someone's initials.
_NOT_INITIAL_PAIRS = {"ED", "GP", "CT", "MRI", "ICU", "ITU", "HDU", "AMU", "ENT", "SHO", "ACP", "ANP", "IV", "IM", "PO",
                      "SC", "OD", "BD", "PR", "PV", "AM", "PM", "NB", "UK", "MI", "PE", "AF", "BP", "HR", "RR", "GCS",
                      "ECG", "CXR", "AKI", "UTI", "CKD", "TIA", "CVA", "DVT", "NHS", "DOB", "MRN", "NOK", "OT", "PT",
                      "SN", "RN", "HCA", "MDT", "CDU", "CCU", "OPD", "FY", "ST", "CD", "MD", "NG", "GA", "LA",
                      "RSI", "ALS", "BLS", "CPR", "DNR", "TTO", "ABG", "VBG", "FBC", "CRP", "LFT", "UE", "GI", "GU",
                      "CNS", "CVS", "RS", "OE", "SH", "FH", "DH", "PMH", "HPC", "PC", "DS", "DC", "DI", "QI", "SI",
                      "IR", "CAD", "ROS", "CAP", "HAP", "COPD", "MS", "MG", "MND", "PD", "RA", "SLE", "TB", "HIV",
                      "OK", "NA", "NK", "TBC", "AND", "THE", "FOR", "NOT", "ALL", "ANY", "PER", "VIA", "TO", "OF", "IN",
                      "NE", "NW", "SE", "SW", "EU", "HF", "ODP", "EUS", "EIP", "MLC", "CCF", "LVF", "ACS", "UGI", "LGI",
                      "OGD", "PCI", "CABG", "AAA", "SAH", "ICH", "GTN", "LMA", "ETT", "NIV", "CPAP", "HFNO", "RRT",
                      "CRT", "SVC", "IVC", "CVC", "PEG", "NGT", "IDC", "TPN", "PPI", "LMWH", "DOAC", "VTE", "MSU"}

# A rota's column of people: "Reg nights", "Post-take AM", "SHO", "On call".
_STAFF_COLUMN = re.compile(r"(?i)\b(?:reg|registrars?|sho|fy[12]|f[12]|ct[1-3]|st[1-8]|consultants?|cons|doctors?|nurses?|"
                           r"nights?|days?|on[- ]?call|cover|staff|post-?take|ambulatory|twilight|long[ ]day|"
                           r"resident|first|second)\b")

# Acronyms that are not a patient's initials, though they sit in a patient column (a blank marked "N/A").
_NOT_INITIALS_COLUMN = {"NA", "NK", "TBC", "TBA", "NIL", "NONE", "UNK", "X", "XX", "ANON"}

_GRADE_AFTER = re.compile(r"^[ \t]+(?:[IVX]{1,4}[a-c]?|[A-D]|\d{1,2}[a-c]?)(?![\w/.:-]|\.\d)")


def _eponym_use(text: str, end: int) -> bool:
    """The word ending at ``end`` names a sign, score, disease... ("Wells score", "Parkinson's disease",
    "Garden IV", "Mallampati 2")."""
    if _EPONYM_HEAD.match(text[end:end + 40]):
        return True
    if _GRADE_AFTER.match(text[end:end + 8]):
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'’"):
            start -= 1
        return fold(text[start:end]) in clinical_terms()
    return False


_OCR_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})


def _phone_plausible(candidate: str) -> bool:
    raw = candidate
    candidate = re.split(r"(?i)[ \u00a0]*(?:ext|extn|extension|x)\.?[ \u00a0]*\d", candidate)[0]
    candidate = re.sub(r"^([ \u00a0(]*)[©®]", r"\g<1>0", candidate)  # OCR's © or ® for a leading 0
    letters = sum(c in "OolIS" for c in candidate)
    digits = re.sub(r"\D", "", candidate.replace("(0)", "").translate(_OCR_TO_DIGIT))
    if letters > 7 or (letters and len(digits) - letters < 4):
        return False
    if raw.lstrip().startswith("+"):
        if digits.startswith("44"):
            digits = "0" + digits[2:]
            return 10 <= len(digits) <= 11
        return 8 <= len(digits) <= 15
    if not digits.startswith("0"):
        return False
    if not 10 <= len(digits) <= 11:
        return False
    groups = re.findall(r"[\dOolIS]+", candidate)
    return len(groups) <= 5


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
        pc = _POSTCODE.search(value)
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


_PRIORITY = {"EMAIL": 0, "NHS_NUMBER": 1, "GMC_NUMBER": 2, "HOSPITAL_NUMBER": 3, "PHONE": 4, "POSTCODE": 5,
             "ADDRESS": 6, "RELATIVE": 7, "PATIENT": 8, "PERSON": 9}


def _resolve(spans: list[Span]) -> list[Span]:
    """Make spans disjoint: numbers first, then longer spans; a span that overlaps
    one already taken keeps only its parts outside it (nothing is un-redacted)."""
    def key(s: Span):
        numeric = _PRIORITY.get(s.type, 99) <= 5
        return (0 if numeric else 1, -(s.end - s.start), _PRIORITY.get(s.type, 99), s.start)

    taken: list[Span] = []
    for span in sorted(spans, key=key):
        pieces = [(span.start, span.end)]
        for t in taken:
            nxt = []
            for a, b in pieces:
                if b <= t.start or a >= t.end:
                    nxt.append((a, b))
                    continue
                if a < t.start:
                    nxt.append((a, t.start))
                if b > t.end:
                    nxt.append((t.end, b))
            pieces = nxt
        for a, b in pieces:
            piece = span.text[a - span.start:b - span.start]
            lead = len(piece) - len(piece.lstrip(" \t\n,;:.-–("))
            trail = len(piece) - len(piece.rstrip(" \t\n,;:.-–)"))
            a2, b2 = a + lead, b - trail
            if b2 > a2 and any(c.isalnum() for c in span.text[a2 - span.start:b2 - span.start]):
                taken.append(Span(a2, b2, span.type, span.text[a2 - span.start:b2 - span.start]))
    return sorted(taken, key=lambda s: s.start)


def anonymise(text: str, applicant: str | None = None) -> str:
    """Convenience: the anonymised text only."""
    return Anonymiser(applicant=applicant).anonymise(text)[0]
