"""The application pack: what the doctor uploads to the GMC, built from the reviewed workspace.

``build.py`` chooses the documents, groups, numbers and lays them out and writes the pack with its index and
manifest; ``render.py`` draws the PDFs (reportlab); ``describe.py`` suggests and keeps each document's title
and description.
"""

from .build import (MANIFEST_SCHEMA_ID, MANIFEST_SCHEMA_PATH, PackError, PackResult, PackSettings, build_pack,
                    validate_manifest)
from .describe import DescriptionStore, credited, primary_first, suggest_description, suggest_for, suggest_title

__all__ = ["PackSettings", "PackResult", "PackError", "build_pack", "validate_manifest", "MANIFEST_SCHEMA_ID",
           "MANIFEST_SCHEMA_PATH", "DescriptionStore", "suggest_title", "suggest_description",
           "suggest_for", "credited", "primary_first"]
