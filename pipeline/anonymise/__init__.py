"""Patient identifiers out of evidence text (see :mod:`pipeline.anonymise.core`).

Third-party libraries can log document content (pdfminer's debug log dumps the text of the PDFs it
parses, pytesseract's logs the file names it OCRs): the ``cesr`` command keeps their loggers at
warnings (:data:`pipeline.cli.CONTENT_LOGGERS`); importing this package changes no logger.
"""

from .core import Anonymiser, Span, anonymise, anonymise_file_name, nhs_number_valid

__all__ = ["Anonymiser", "Span", "anonymise", "anonymise_file_name", "nhs_number_valid"]
