"""What the detectors share during one search of one text: :class:`Pass`."""

from __future__ import annotations

from ..resolver import Span


class Pass:
    """One search of one text by one document's anonymiser (``doc``): the spans found so far, in the order found,
    and what detectors tell later ones (postcodes for the address blocks around them, the names for the numbers
    on their rows, the applicant's own numbers, initials seen in a sure place)."""

    def __init__(self, text: str, doc) -> None:
        self.text = text
        self.doc = doc
        self.spans: list[Span] = []
        self.postcodes: list[tuple[int, int]] = []
        self.names: list[Span] = []
        self.own_digits: set[str] = set()
        self.alone: dict[str, str] = {}
        self._mentions: list[tuple[int, int]] | None = None
        self._verifiers: list[tuple[int, int]] | None = None

    def add(self, start: int, end: int, kind: str) -> None:
        """Add ``text[start:end]`` as a span of ``kind``, less spaces and punctuation at its ends."""
        text = self.text
        while end > start and text[end - 1] in " \t\n,.;:":
            end -= 1
        while start < end and text[start] in " \t\n,;:":
            start += 1
        if end > start:
            self.spans.append(Span(start, end, kind, text[start:end]))

    @property
    def applicant_mentions(self) -> list[tuple[int, int]]:
        """Where the applicant is named in the text (found once a search)."""
        if self._mentions is None:
            self._mentions = self.doc.applicant_mentions(self.text)
        return self._mentions

    @property
    def verifiers(self) -> list[tuple[int, int]]:
        """Where those who sign or verify the evidence are named (found once a search; their words are remembered
        for the document from then on)."""
        if self._verifiers is None:
            self._verifiers = self.doc.verifier_mentions(self.text)
        return self._verifiers
