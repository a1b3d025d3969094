"""Fuzz the e-mail reader (:func:`pipeline.ingest.readers.read_email`), seeded with messages built from the
sample documents: plain, HTML alternative, attachments, an inline logo, a forwarded message, encoded headers.

Run by ``make fuzz``; see ``harness.py``. Allowed: ``ReadError``. The standard library's ``email`` package is
instrumented too, so mutations are guided through the MIME parser.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["pipeline.ingest", "email"]):
    import email.contentmanager  # noqa: F401 - the parser's modules, most imported lazily
    import email.feedparser  # noqa: F401
    import email.headerregistry  # noqa: F401
    import email.parser  # noqa: F401
    import email.policy
    from email.message import EmailMessage

    from pipeline.ingest.readers import ReadError, read_email
    from pipeline.ingest.settings import IngestSettings

import harness  # noqa: E402

SETTINGS = IngestSettings(**harness.FUZZ_SETTINGS)


def target(data: bytes, scratch: str) -> None:
    result = read_email(harness.write_input(data, scratch, ".eml"), SETTINGS)
    for attachment in result.attachments:  # what the batch does next with each attachment
        assert isinstance(attachment.name, str) and isinstance(attachment.data, bytes), attachment


def seeds():
    letter = harness.sample("02-*.txt")[0].read_text(encoding="utf-8")
    docx = harness.sample("10-*.docx")[0].read_bytes()
    png = harness.sample("14-*.png")[0].read_bytes()[:4000]

    plain = EmailMessage()
    plain["From"], plain["To"] = "Dr A Okafor <a.okafor@nhs.net>", "cesr@example.org"
    plain["Subject"], plain["Date"] = "Discharge summary", "Tue, 3 Jun 2025 09:12:00 +0100"
    plain.set_content(letter[:1500])
    yield "plain.eml", plain.as_bytes()

    rich = EmailMessage()
    rich["Subject"] = "=?utf-8?q?Feedback_=E2=80=94_teaching?="
    rich["Date"] = "3 Jun 2025 09:12"
    rich.set_content(letter[:400])
    rich.add_alternative(f"<html><head><style>p{{}}</style></head><body><p>{letter[:400]}</p><br></body></html>",
                         subtype="html")
    rich.add_attachment(docx, maintype="application",
                        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="mini-cex.docx")
    rich.add_attachment(png, maintype="image", subtype="png", filename="../../etc/logo?.png")
    yield "rich.eml", rich.as_bytes()

    inline = EmailMessage()
    inline["Subject"] = "Signature"
    inline.set_content("See below")
    inline.add_related(png[:300], maintype="image", subtype="png", cid="<logo@x>")
    yield "inline.eml", inline.as_bytes()

    outer = EmailMessage()
    outer["Subject"] = "Fwd: rota"
    outer.set_content("Forwarding the rota.")
    outer.add_attachment(plain)
    outer.add_attachment(letter[:300].encode("utf-8"), maintype="text", subtype="plain")
    yield "forwarded.eml", outer.as_bytes(policy=email.policy.default)


if __name__ == "__main__":
    harness.run("email", target, seeds(), (ReadError,))
