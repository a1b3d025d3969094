"""The review screen's settings of a workspace and "ignore the rest" of the suggestions shown (no browser)."""

from __future__ import annotations

import pytest

from pipeline.review.bulk import BulkActions
from pipeline.review.decisions import REVIEW_SETTINGS, ReviewError
from pipeline.workspace import Workspace

from review_support import review_db, synthetic_workspace


def test_the_threshold_is_kept_in_the_workspace(tmp_path):
    from pipeline.review.server import ReviewApp

    root = synthetic_workspace(tmp_path / "ws", 2)
    with Workspace.open(root) as ws:
        app = ReviewApp(ws)
        assert app.settings() == REVIEW_SETTINGS == {"min_confidence": 0.10}
        assert app.set_settings({"min_confidence": 0.35}) == (200, {"min_confidence": 0.35})
        for bad in (1.5, -0.1, "0.3", True, float("nan")):
            status, answer = app.set_settings({"min_confidence": bad})
            assert status == 400 and "min_confidence" in answer["error"], bad
    with Workspace.open(root) as ws:  # another session of the same workspace
        from pipeline.review.server import ReviewApp

        assert ReviewApp(ws).settings() == {"min_confidence": 0.35}
    with review_db(root) as db:
        with pytest.raises(ReviewError):
            db.set_setting("no_such_setting", 1)


def test_ignore_the_rest_rejects_only_the_suggestions_at_or_above_the_threshold(tmp_path):
    root = synthetic_workspace(tmp_path / "ws", 2)
    sha = f"{2:064x}"  # document 1: no decision yet
    with review_db(root) as db:
        suggestions = db.suggestions(sha)
        confidences = sorted(s["confidence"] for s in suggestions)
        threshold = (confidences[1] + confidences[2]) / 2  # two below it, three at or above
        with pytest.raises(ReviewError):
            BulkActions(db).ignore_rest(sha, db.version(sha), min_confidence=1.5)
        result = BulkActions(db).ignore_rest(sha, db.version(sha), min_confidence=threshold)
        assert result.decisions == 3
        verdicts = {d["node"]: d["verdict"] for d in db.current_decisions(sha)}
        assert verdicts == {s["node"]: "rejected" for s in suggestions if s["confidence"] >= threshold}
        params = db.db.execute("SELECT params FROM review_batches WHERE batch = ?", (result.batch,)).fetchone()[0]
        assert '"min_confidence"' in params
        # without a threshold (cesr accept --ignore-rest): every undecided one, as before
        assert BulkActions(db).ignore_rest(sha, db.version(sha)).decisions == 2
