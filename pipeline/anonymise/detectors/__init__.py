"""The anonymiser's detectors, registered by name in the order they run (as spaCy's pipeline components are).

Each detector is a function ``detector(p)`` that adds what it finds to ``p`` (a :class:`~.base.Pass`: the text,
the spans found so far, and the document's anonymiser with its memory).  The order matters: later detectors read
what earlier ones found (address blocks grow from the postcodes found, a row's number is a hospital number when
the row names a patient, the context tagger marks only where the rules found nothing).  The configuration names
the detectors to run and their order (``[anonymise] detectors = [...]`` in ``cesr.toml``; default: all of
:data:`DETECTORS`); :func:`pipeline_of` turns the names into the functions, and an unknown name is an error that
lists the known ones.
"""

from __future__ import annotations

from typing import Callable

from ...config import ANONYMISE_DETECTORS, ConfigError
from .addresses import addresses, life_places, people_places, places, postcodes, practices
from .base import Pass
from .context_tagger import tagger
from .emails import emails
from .gmc_numbers import gmc_numbers
from .handles import handles, person_ids, usernames
from .hospital_numbers import hospital_numbers, row_numbers
from .initials import bracketed_initials, initials
from .name_variants import capital_names, given_names, lowercase_names, names_before_numbers, split_names
from .names import names
from .nhs_numbers import nhs_numbers
from .phones import phones
from .scripts import other_scripts
from .shaped import id_shapes, references, registrations, shaped_numbers, urls
from .tables import csv_names, rota, tables

__all__ = ["REGISTRY", "DETECTORS", "Detector", "UnknownDetector", "Pass", "pipeline_of"]

Detector = Callable[[Pass], None]

#: Every detector by name (the default order is the configuration's: :data:`DETECTORS`).
REGISTRY: dict[str, Detector] = {
    "emails": emails,
    "nhs_numbers": nhs_numbers,
    "hospital_numbers": hospital_numbers,
    "phones": phones,
    "postcodes": postcodes,
    "practices": practices,
    "usernames": usernames,
    "places": places,
    "person_ids": person_ids,
    "addresses": addresses,
    "life_places": life_places,
    "tables": tables,
    "names": names,
    "row_numbers": row_numbers,
    "gmc_numbers": gmc_numbers,
    "shaped_numbers": shaped_numbers,
    "urls": urls,
    "registrations": registrations,
    "references": references,
    "id_shapes": id_shapes,
    "handles": handles,
    "initials": initials,
    "names_before_numbers": names_before_numbers,
    "lowercase_names": lowercase_names,
    "csv_names": csv_names,
    "rota": rota,
    "bracketed_initials": bracketed_initials,
    "capital_names": capital_names,
    "split_names": split_names,
    "given_names": given_names,
    "people_places": people_places,
    "other_scripts": other_scripts,
    "tagger": tagger,
}

#: The default order: the ``anonymise.detectors`` setting's default (:data:`pipeline.config.ANONYMISE_DETECTORS`).
DETECTORS: tuple[str, ...] = ANONYMISE_DETECTORS


class UnknownDetector(ConfigError):
    """A detector name the registry does not know (the message lists the known ones)."""


def pipeline_of(names) -> list[Detector]:
    """The detector functions for ``names``, in that order.

    Raises:
        UnknownDetector: a name not in :data:`REGISTRY`.
    """
    if isinstance(names, str):
        raise UnknownDetector(f"anonymise.detectors must be a list of detector names, not the text {names!r}")
    out = []
    for name in names:
        if name not in REGISTRY:
            raise UnknownDetector(f"unknown anonymisation detector {name!r} in anonymise.detectors "
                                  f"(known: {', '.join(REGISTRY)})")
        out.append(REGISTRY[name])
    return out
