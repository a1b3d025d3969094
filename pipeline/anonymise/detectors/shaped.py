"""Detectors: numbers by their shape (:mod:`pipeline.anonymise.shapes`): NHS-number shapes, extensions, URLs,
vehicle registrations, references, identifier-shaped codes."""

from __future__ import annotations

import re

from ..shapes import (collar_numbers, exhibit_marks, extension_spans, grouped_ids, nhs_shaped_spans, reference_spans,
                      registration_spans, shape_spans, system_prefixes, translator_numbers, url_spans)
from .base import Pass


def shaped_numbers(p: Pass) -> None:
    """NHS-number shapes whatever their check digit says, and phone extensions (:mod:`pipeline.anonymise.shapes`)."""
    for a, b in nhs_shaped_spans(p.text):
        p.add(a, b, "NHS_NUMBER")
    for a, b in extension_spans(p.text):
        p.add(a, b, "PHONE")


def urls(p: Pass) -> None:
    """Web addresses."""
    for a, b in url_spans(p.text):
        p.add(a, b, "URL")


def registrations(p: Pass) -> None:
    """Vehicle registrations."""
    for a, b in registration_spans(p.text):
        p.add(a, b, "REGISTRATION")


def references(p: Pass) -> None:
    """Case, incident and letter references after their cue, and system prefixes before them; not the applicant's
    own registration number, nor a number the allow-list keeps."""
    text = p.text
    refs = [(a, b) for a, b in reference_spans(text, p.doc.allow) if re.sub(r"\D", "", text[a:b]) not in p.own_digits]
    for a, b in refs + system_prefixes(text, refs):
        p.add(a, b, "REFERENCE")
    for a, b in translator_numbers(text):
        if re.sub(r"\D", "", text[a:b]) not in p.own_digits:
            p.add(a, b, "REFERENCE")
    for a, b in exhibit_marks(text):
        p.add(a, b, "REFERENCE")
    for a, b in collar_numbers(text):
        p.add(a, b, "REFERENCE")


def id_shapes(p: Pass) -> None:
    """Numbers and codes shaped like identifiers, less the allow-list and the applicant's own numbers."""
    text = p.text
    for a, b in shape_spans(text, p.doc.allow):
        if re.sub(r"\D", "", text[a:b]) not in p.own_digits:
            p.add(a, b, "ID_NUMBER")
    for a, b in grouped_ids(text):  # "Aadhaar (father): 4417 9023 6618"
        if re.sub(r"\D", "", text[a:b]) not in p.own_digits:
            p.add(a, b, "ID_NUMBER")
    for m in _SCRIPT_CODE.finditer(text):  # "ش/ق/2018/4417", "2017/إ/33821": a file number abroad
        p.add(m.start(), m.end(), "HOSPITAL_NUMBER")


# A file or record number written with the letters of another script between its slashes: "ش/ق/2018/4417",
# "2017/إ/33821", "МК/2231/19".
_LETTERS_ABROAD = r"[^\s\d/:,;()|\[\]<>.\-–a-zA-Z]{1,12}"  # a script's letters with their vowel signs
_SCRIPT_CODE = re.compile(rf"(?<![\w/])(?:(?:{_LETTERS_ABROAD}/)+\d{{2,6}}(?:/\d{{1,6}})*|\d{{2,6}}(?:/{_LETTERS_ABROAD})+/\d{{2,6}}"
                          rf"|(?:{_LETTERS_ABROAD}/)+\d{{2,6}}(?:/{_LETTERS_ABROAD})*)(?![\w/])")