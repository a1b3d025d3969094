"""Detector: names and addresses written in another script (Arabic, Greek, Cyrillic, Urdu, Hindi, Malayalam...), as
the original of a record from abroad gives them beside its translation ("اسم المريض: محمود يوسف العبادي",
"Ονοματεπώνυμο: Γεώργιος Σταυρίδης", "Name (Malayalam): ആദിത്യൻ എസ്. മേനോൻ"). No name list holds them and no
capital letter marks them in most of these scripts, so what a name or address label introduces goes, whole."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from ...regexes import family
from ..lexicon import common_words, fold
from ..resolver import Span
from .base import Pass
from .patterns import TITLES

_RX = family("scripts")


def _other_script(value: str) -> bool:
    """Letters in ``value``, none of them Latin."""
    letters = [c for c in value if c.isalpha()]
    return bool(letters) and not any("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" for c in letters)


def other_scripts(p: Pass) -> None:
    """The value after a name or address label, when it is written in a script other than Latin (see module)."""
    for pattern, kind in ((_RX.name_label, "PATIENT"), (_RX.address_label, "ADDRESS")):
        for m in pattern.finditer(p.text):
            value = m.group("value")
            if _other_script(value):
                p.add(m.start("value"), m.end("value"), kind)
    # a relative after the word for them, a patient after a title, in the original's language
    for pattern, kind in ((_RX.relation_name, "RELATIVE"), (_RX.titled_name, "PATIENT")):
        for m in pattern.finditer(p.text):
            group = "arabic" if m.group("arabic") else "cased"
            value = m.group(group)
            after = p.text[m.start(group) + len(value):m.start(group) + len(value) + 1] if value else ""
            if after and unicodedata.category(after)[0] == "M":
                continue  # a word cut before its vowel sign ("पति का नाम": husband's name, "का" no name)
            if value and _other_script(value):
                p.add(m.start(group), m.start(group) + len(value.rstrip(". ")), kind)
    labelled_in_any_script(p)


@lru_cache(maxsize=1)
def _labels_abroad() -> dict[str, frozenset[str]]:
    """The words a form's label holds abroad (``pipeline/data/labels_abroad.toml``: the word for a name, an address,
    a relative, a phone, and what names no person), read once."""
    import tomllib

    from ...resources import data_file

    data = tomllib.loads(data_file("labels_abroad.toml").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items()}


@lru_cache(maxsize=1)
def _phone_word() -> re.Pattern:
    """The word for a telephone in any of :func:`_labels_abroad`'s languages, with the rest of its word and a dot."""
    words = sorted(_labels_abroad()["phone_words"], key=len, reverse=True)  # the longest first: a longer word wins
    return re.compile("|".join(map(re.escape, words)) + r"[^\W\d_]*\.?", re.IGNORECASE)


_DIGIT = r"\d\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u1040-\u1049"  # Latin, Arabic, Persian, Indic, Burmese
_PHONE_VALUE = re.compile(rf"[ \t]*[:：]?[ \t]*(\+?[{_DIGIT}][{_DIGIT} \t\-–()/.]{{5,22}}[{_DIGIT}])")
_RELATION_IN_BRACKETS = re.compile(r"\((\w+)[ \t]+([^\W\d_][^\W\d_\u0300-\u036f]*(?:[ \t][^\W\d_]+)?)\)")
_LABELLED = re.compile(r"(?m)(?:^|(?<=[ \t]{2})|(?<=\|))[ \t]*(?P<label>[^\n:：፡|]{1,40}?)[ \t]*[:：፡][ \t]*"
                       r"(?P<value>[^\s:：፡|][^\n:：፡|;]{0,80}?)[ \t]*(?=\n|$|[ \t]{2,}|\||[ \t][-–][ \t]|;)")


def labelled_in_any_script(p: Pass) -> None:
    """A value in another script after any label that holds the word for a name, an address, a relative or a phone
    in that language (``pipeline/data/labels_abroad.toml``), not a hospital's, a doctor's or a drug's: the label's
    other words (whose name: the patient's, the father's, the husband's) need not be known."""
    text = p.text
    if not _FOREIGN.search(text):
        return
    # a phone number after the word for one ("ဖုန်း: ၀၉-၄၅၀ ၅၅၅ ၁၂၈", "मोबाइल: 98100 55731"), in any script's digits
    words_for = _labels_abroad()
    for w in _phone_word().finditer(text):
        v = _PHONE_VALUE.match(text, w.end())
        if v and sum(c.isdigit() for c in v.group(1)) >= 7:
            p.add(v.start(1), v.end(1), "PHONE")
    # a relative in brackets after the word for them ("(дружина Олена)": (wife Olena))
    for m in _RELATION_IN_BRACKETS.finditer(text):
        if m.group(1).lower() in words_for["relation_words"] and _other_script(m.group(2)):
            p.add(m.start(2), m.end(2), "RELATIVE")
    for m in _LABELLED.finditer(text):
        label, value = m.group("label"), m.group("value")
        if not _other_script(value) or not _other_script(label) \
                or any(x.start <= m.start("value") and m.end("value") <= x.end for x in p.spans):
            continue  # (a label the patterns above know has been read already)
        words = {w.lower() for w in re.findall(r"[^\W\d_][^\s:：,.()/]*", label)}
        if any(x in label.lower() for x in words_for["not_a_person"]):
            continue
        if words & words_for["address_words"] or any(x in label for x in words_for["address_inside"]):
            p.add(m.start("value"), m.end("value"), "ADDRESS")
            continue
        if words & words_for["relation_words"] and len(words) <= 3:
            kind = "RELATIVE"
        elif words & words_for["name_words"] or any(x in label for x in words_for["name_inside"]):
            kind = "PATIENT"
        else:
            continue
        cut = next((i for i, c in enumerate(value) if c in ",،("), len(value))  # a name ends at a comma or a bracket
        p.add(m.start("value"), m.start("value") + cut, kind)


def names_beside(text: str, spans: list[Span]) -> list[Span]:
    """The same name in the original's script after a slash, beside a name found in Latin letters
    ("Gul Zaman / گل زمان"): a span of the same kind."""
    out = []
    for s in spans:
        if s.type not in ("PATIENT", "RELATIVE", "PERSON"):
            continue
        m = _RX.after_slash.match(text, s.end)
        if m and _other_script(m.group("value")):
            out.append(Span(m.start("value"), m.end("value"), s.type, m.group("value")))
    return out


# -- the same names again in the original's script ----------------------------------------------------------------

_JOINERS = "\u200c\u200d'’"  # zero-width (non-)joiners inside Persian, Urdu and Indic words; apostrophes
# Sounds spelled differently from one alphabet's Latin letters to another's (a translator's "Gholizadeh" is
# anyascii's "qlyzdh"; "Honcharenko" is "Goncharenko"; "Tiwari" is "tivari"): folded to one letter each.
_DIGRAPHS = (("ph", "f"), ("ck", "k"), ("kh", "k"), ("gh", "k"), ("sh", "s"), ("ch", "k"), ("zh", "z"),
             ("dh", "z"), ("th", "t"))
_LETTERS = str.maketrans({"q": "k", "g": "k", "c": "k", "x": "k", "j": "z", "v": "f", "p": "b"})
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")


def _skeleton_of(latin: str, digraphs: bool = True) -> str:
    """The consonants of a word in Latin letters, folded by :data:`_DIGRAPHS` and :data:`_LETTERS`: what a name
    keeps from one alphabet to another once its vowels (which abjads do not write) are gone."""
    t = re.sub(r"[^a-z]", "", latin.lower())
    if digraphs:
        for a, b in _DIGRAPHS:
            t = t.replace(a, b)
    t = _VOWELS.sub("", t.translate(_LETTERS))
    return _DOUBLED.sub(r"\1", t)


@lru_cache(maxsize=65536)
def _script_skeletons(word: str) -> tuple[str, ...]:
    """The skeleton of a word in another script, letter by letter through anyascii (so that two letters are not
    read as one digraph: "زاده" is z-d-h, not "dh"), with and without the Arabic article ("الطيب": "Tayeb" and
    "Al-Tayeb")."""
    from anyascii import anyascii

    letters = []
    for c in word:
        out = anyascii(c).lower()
        for a, b in _DIGRAPHS:
            out = out.replace(a, b)
        letters.append(re.sub(r"[^a-z]", "", out))
    skeleton = _skeleton_of("".join(letters), digraphs=False)
    if word.startswith("ال") and skeleton.startswith("l"):
        return (skeleton, skeleton[1:])
    return (skeleton,)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, "h" and "k" one sound (the Cyrillic г and Arabic ق that translators spell either
    way); 9 when the lengths differ by more than two."""
    if abs(len(a) - len(b)) > 2:
        return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            same = ca == cb or {ca, cb} == {"h", "k"}
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (not same)))
        prev = cur
    return prev[-1]


def _alike(ours: tuple[str, ...], theirs: str, sure: bool) -> bool:
    """Two skeletons of one name: a sure match is three consonants or more, the same (one letter off from five);
    a weaker one, for a second word beside a sure one, two the same or one letter off from four."""
    for s in ours:
        n = min(len(s), len(theirs))
        if sure and n >= 3 and _distance(s, theirs) <= (0 if n < 5 else 1):
            return True
        if not sure and n >= 2 and _distance(s, theirs) <= (0 if n < 4 else 1):
            return True
    return False


# A letter of a script other than Latin (Greek and Cyrillic to Ethiopic and the Indic scripts, then East Asian):
# most pages have none, and are not read letter by letter.
_FOREIGN = re.compile(r"[\u0370-\u1fff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefc]")


def _script_tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` written in a script other than Latin: letters with their marks (Devanagari's and
    Bengali's vowel signs are marks, not letters) and zero-width joiners."""
    if not _FOREIGN.search(text):
        return []
    out, start = [], None
    for i, c in enumerate(text + " "):
        inside = unicodedata.category(c)[0] in "LM" or (start is not None and c in _JOINERS)
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            word = text[start:i].rstrip(_JOINERS)
            if _other_script(word):
                out.append((start, start + len(word), word))
            start = None
    return out


_NAME_TYPES = ("PATIENT", "RELATIVE", "PERSON")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def names_transliterated(text: str, spans: list[Span], kept: frozenset[str], learnt: Mapping[str, str]) -> list[Span]:
    """The names of people found in Latin letters where the original in another script gives them again (a
    record from abroad beside its certified translation: "Шевчук Галина Петрівна" beside "Shevchuk Halyna
    Petrivna", "نیما فرهادپور" beside "Nima Farhadpour").  Each word of the other script is read into Latin letters
    (anyascii) and its consonants compared with those of each person's words: a word that matches one of them
    surely, beside (within two words, on its line) another that matches another word of the same person, is that
    person; a person known by one word of four consonants or more needs only that match.  Whoever the document keeps (the applicant, the
    verifiers) is kept in the original too, and so is a word beside one of theirs.  ``learnt`` holds the names the
    anonymiser learnt on the document's other pages (word -> kind), each kind one pool of words."""
    tokens = _script_tokens(text)
    if not tokens:
        return []
    people: list[tuple[str, list[str]]] = []
    for s in spans:
        if s.type in _NAME_TYPES + ("ADDRESS",):
            words = [w for w in _LATIN_WORD.findall(s.text) if len(w) > 1 and not _other_script(w)
                     and fold(w) not in TITLES and fold(w) not in common_words()]
            if words:
                people.append((s.type, [_skeleton_of(fold(w)) for w in words]))
    pools: dict[str, list[str]] = {}
    for word, kind in learnt.items():
        if kind in _NAME_TYPES and len(word) > 2 and word not in common_words():
            pools.setdefault(kind, []).append(_skeleton_of(word))
    people.extend(pools.items())
    if not people:
        return []
    keep = [_skeleton_of(w) for w in kept if len(w) > 2]
    skeletons = [_script_skeletons(w) for _, _, w in tokens]
    ours = [any(_alike(sk, k, True) for k in keep) for sk in skeletons]
    found: dict[int, str] = {}
    for i, sk in enumerate(skeletons):
        if ours[i] or i in found:
            continue
        near = [k for k in range(max(0, i - 2), min(len(tokens), i + 3))
                if k != i and "\n" not in text[min(tokens[k][1], tokens[i][1]):max(tokens[k][0], tokens[i][0])]]
        if any(ours[k] for k in near):
            continue
        for kind, words in people:
            sure = {j for j, w in enumerate(words) if _alike(sk, w, True)}
            if not sure:
                continue
            if len(words) == 1:
                if len(words[0]) >= 4 and kind != "ADDRESS":  # a town alone may be a hospital's  # "Slavko"; not "Akram", whose three consonants are a word's ("gram")
                    found[i] = kind
                    break
                continue
            beside = [k for k in near if not ours[k] and any(
                _alike(skeletons[k], w, False) for j, w in enumerate(words) if j not in sure or len(sure) > 1)]
            if beside:
                for k in [i] + beside:
                    found.setdefault(k, kind)
                break
    out: list[Span] = []
    for i, kind in sorted(found.items()):
        a, b, word = tokens[i]
        if kind == "ADDRESS":
            out.append(_address_around(text, a, b))
            continue
        if out and out[-1].type == kind and i - 1 in found and text[out[-1].end:a].strip(" \u200c") == "":
            out[-1] = Span(out[-1].start, b, kind, text[out[-1].start:b])  # the next word of the same name
        else:
            out.append(Span(a, b, kind, word))
        # in a script with capitals, the rest of the name beside it ("Савчук" before "Ирина Олеговна")
        for k in (i - 1, i + 1):
            if 0 <= k < len(tokens) and k not in found and not ours[k]:
                x, y, other = tokens[k]
                gap = text[min(y, b):max(x, a)]
                if other[:1].isupper() and word[:1].isupper() and gap == " ":
                    out.append(Span(x, y, kind, other))
    return out


# Where an address in the original stops: a label's colon, a column's gap, a semicolon, a bar, a bracket, a dash
# between parts of a form's line ("Адреса: м. Бровари, вул. Героїв, 12, кв. 45; тел. ...").
_ADDRESS_STOP = re.compile(r"[:;|()\[\]\n]|[ \t]{2,}|[ \t][-–—][ \t]")


def _address_around(text: str, a: int, b: int) -> Span:
    """The whole of an address in the original around one of its words that the translation's address gives:
    from the label (or the line's start) to where the address stops (``_ADDRESS_STOP``), 40 characters at most
    each way."""
    before = text[max(0, a - 40):a]
    stops = list(_ADDRESS_STOP.finditer(before))
    start = a - len(before) + stops[-1].end() if stops else a - len(before)
    after = text[b:b + 40]
    stop = _ADDRESS_STOP.search(after)
    end = b + (stop.start() if stop else len(after))
    while start < a and not text[start].isalnum():
        start += 1
    while end > b and not text[end - 1].isalnum():
        end -= 1
    return Span(start, end, "ADDRESS", text[start:end])

def kept_in_original(text: str, spans: list[Span], kept: frozenset[str]) -> list[Span]:
    """``spans`` less the names written in another script that are someone the document keeps (the applicant,
    a verifier) as the translation spells them, every word of three consonants or more: "Коваленко О. В." is the
    applicant Olena Kovalenko, whatever label stands before it in the original."""
    keep = [_skeleton_of(w) for w in kept if len(w) > 2]
    if not keep:
        return spans
    out = []
    for s in spans:
        if s.type in _NAME_TYPES + ("ADDRESS",) and _other_script(s.text):  # a name a rule took for a place too
            words = [sk for _, _, w in _script_tokens(s.text) if len((sk := _script_skeletons(w))[0]) >= 3]
            if words and all(any(_alike(sk, k, True) for k in keep) for sk in words):
                continue  # every word of it theirs: one they share with a patient ("Muhammad") is not enough
        out.append(s)
    return out
