"""Build the "none of these" sets: ``none-dev.jsonl`` and ``none-test.jsonl`` in ``corpora/labelled/``.

Two kinds of document that evidence nothing in the curriculum they are scored against, each row in the
labelled-set format with ``"labels": []``, ``"acceptable": []`` and ``"none"`` saying which kind:

- ``non_evidence``: administrative documents a doctor's folder holds (other departments' rotas, invoices,
  receipts, generic letters, notices, IT e-mails, leave requests, blank forms, an empty scan), and
  ``off_specialty`` documents of specialties no bundled curriculum covers (ophthalmology, dermatology,
  dentistry, histopathology...), all written for this set in ``labelled/src-none/written.jsonl``.
- ``off_specialty`` documents of the labelled set scored against another curriculum they clearly do not
  evidence.  The pairs are chosen with care, because the curricula overlap:

  * never ``gmc-gpc-2017``, as source or target: its domains are generic and cover almost any professional
    document;
  * never between ``rcem-2021``, ``jrcptb-im-2019`` and ``rcoa-2021`` (acute care, resuscitation, airway,
    sedation and critical care are shared), and never a psychiatry document into emergency or internal
    medicine (both credit acute mental-health presentations);
  * a source document only when every outcome it is labelled with is a clinical outcome of its own
    specialty (``CLINICAL`` below): a teaching record, QI project, reflection on professionalism, complaint
    or management paper can evidence the generic outcomes of any curriculum;
  * a document into ``rcpsych-gen-2022`` (or a psychiatry document into ``rcoa-2021``) only when its text
    names nothing psychiatry or anaesthesia share (``SHARED`` below: capacity, delirium, self-harm,
    sedation of the agitated patient, ECT...).

  So: anaesthetic clinical documents -> psychiatry; psychiatric clinical documents -> anaesthetics;
  emergency-medicine and internal-medicine clinical documents -> psychiatry.

The split follows the labelled set's: a derived row is in the split of its source document; a written row
is split by the same hash as ``split_labelled.py`` (30% test).  Run from the repository's top:

    .venv/bin/python corpora/split_none.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "labelled"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_labelled import is_test  # noqa: E402

CLINICAL = {
    "rcoa-2021": {f"D{n}" for n in range(8, 15)},
    "rcpsych-gen-2022": {"HLO2", "HLO3"},
    "rcem-2021": {f"SLO{n}" for n in range(1, 7)},
    "jrcptb-im-2019": {f"C{n}" for n in range(1, 9)} - {"C6"},  # C6: leading a multidisciplinary team
}
PAIRS = {  # source curriculum -> target curriculum it clearly does not evidence
    "rcoa-2021": "rcpsych-gen-2022",
    "rcpsych-gen-2022": "rcoa-2021",
    "rcem-2021": "rcpsych-gen-2022",
    "jrcptb-im-2019": "rcpsych-gen-2022",
}
SHARED = {  # target curriculum -> what its specialty shares with the others' clinical work
    "rcpsych-gen-2022": re.compile(
        r"psychiat|mental|self[- ]harm|overdose|suicid|capacity|delirium|dementia|cognitive|confus|alcohol|"
        r"withdrawal|anxi|depress|agitat|behaviour|section \d|mental health act|\bMHA\b|\bECT\b|electroconvulsive|"
        r"sedat|rapid tranquil|lorazepam|haloperidol|substance|opioid|drug misuse|eating disorder|psychosis|"
        r"sleep|distress|wellbeing|safeguard|social care|\bMASH\b|child protection|non-accidental|\bNAI\b|"
        r"domestic|social worker", re.I),
    "rcoa-2021": re.compile(
        r"\bECT\b|electroconvulsive|anaesth|sedat|rapid tranquil|intramuscular|lorazepam|haloperidol|delirium|"
        r"overdose|intensive care|\bICU\b|\bITU\b|opioid|pain|capacity|surgery|surgical|theatre|resus|"
        r"airway|intubat", re.I),
}
#: Kinds never used as off-specialty documents: a course certificate (ALS, safeguarding...) can count as
#: development in any specialty.
NOT_SOURCES = {"cpd_certificate", "cpd_record"}


def outcome_code(label: str) -> str:
    code = label.split(":", 1)[1]
    if code[:1].isdigit():  # rcpsych sub-outcome "2.1" -> HLO2
        return "HLO" + code.split(".")[0]
    return code.split(".")[0]


def derived(rows: list[dict]) -> list[dict]:
    out = []
    for row in rows:
        target = PAIRS.get(row["curriculum"])
        if target is None:
            continue
        outcomes = {outcome_code(x) for x in row["labels"] + row.get("acceptable", [])}
        if (not outcomes <= CLINICAL[row["curriculum"]] or SHARED[target].search(row["text"])
                or row.get("kind") in NOT_SOURCES):
            continue
        out.append({"id": f"{row['id']}@{target}", "curriculum": target, "kind": row.get("kind"),
                    "none": "off_specialty", "source": row["id"], "source_curriculum": row["curriculum"],
                    "text": row["text"], "labels": [], "acceptable": []})
    return out


def main() -> None:
    written = [json.loads(x) for x in (HERE / "src-none" / "written.jsonl").read_text(encoding="utf-8").splitlines()
               if x.strip()]
    for split in ("dev", "test"):
        rows = [json.loads(x) for x in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
        mine = [r for r in written if is_test(r["id"]) == (split == "test")] + derived(rows)
        (HERE / f"none-{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mine))
        kinds = {k: sum(r["none"] == k for r in mine) for k in ("non_evidence", "off_specialty")}
        print(f"none-{split}: {len(mine)} documents {kinds}")


if __name__ == "__main__":
    main()
