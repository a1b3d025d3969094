"""Patient identifiers out of evidence text (see :mod:`pipeline.anonymise.core`).

Importing this package also keeps third-party libraries from logging document
content: pdfminer's debug log dumps the text of the PDFs it parses and
pytesseract's logs the file names it OCRs, so with ``cesr -v`` they would put
patient identifiers in the log.  They log warnings and errors only.
"""

import logging as _logging

from .core import Anonymiser, Span, anonymise, anonymise_file_name, nhs_number_valid

__all__ = ["Anonymiser", "Span", "anonymise", "anonymise_file_name", "nhs_number_valid"]

for _name in ("pdfminer", "pdfplumber", "pytesseract", "PIL", "docx", "pypdfium2"):
    _logging.getLogger(_name).setLevel(_logging.WARNING)
