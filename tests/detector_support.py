"""Run one anonymisation detector alone on a text (shared by the tests/test_detector_*.py modules)."""

from __future__ import annotations

from pipeline.anonymise import Anonymiser
from pipeline.anonymise.detectors import REGISTRY
from pipeline.anonymise.detectors.base import Pass


def alone(name: str, text: str, applicant: str | None = "Dr Amara Okafor", before: tuple[str, ...] = ()) -> list:
    """What detector ``name`` adds to a search of ``text`` (after the detectors ``before``, whose finds it may
    read), as ``(text, type)`` pairs in the order found."""
    p = Pass(text, Anonymiser(applicant=applicant, tagger=False, detectors=()))
    for earlier in before:
        REGISTRY[earlier](p)
    n = len(p.spans)
    REGISTRY[name](p)
    return [(s.text, s.type) for s in p.spans[n:]]


def found(name: str, text: str, applicant: str | None = "Dr Amara Okafor") -> set[str]:
    """The texts of what the anonymiser, running only detector ``name``, finds in ``text`` (the applicant's and the
    verifiers' names kept, overlaps resolved)."""
    return {s.text for s in Anonymiser(applicant=applicant, tagger=False, detectors=(name,)).find(text)}
