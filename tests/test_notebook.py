"""notebooks/evaluation.ipynb runs top to bottom on a real kernel."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def test_evaluation_notebook_executes(monkeypatch):
    monkeypatch.setenv("CESR_NB_LABELS", str(ROOT / "corpora" / "labelled" / "dev.jsonl"))
    monkeypatch.setenv("CESR_NB_LIMIT", "24")
    nb = nbformat.read(ROOT / "notebooks" / "evaluation.ipynb", as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(str(o.get("data", {}).get("text/markdown", "")) + str(o.get("text", "")) for o in outputs)
    assert "24 labelled documents" in text and "| cesr-mapper |" in text and "Simulated review" in text
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert "Per curriculum" in text  # the top suggestion per curriculum
    assert "LOCO - in-curriculum ECE" in text and "| rcem-2021 |" in text
    assert len(images) >= 4  # reliability diagram, per-curriculum reliability, per-outcome chart, review curve
