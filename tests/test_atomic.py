"""Files written whole or not at all."""

from __future__ import annotations

import pytest

from pipeline.atomic import replacing, write_text


def test_write_text_replaces_whole(tmp_path):
    target = tmp_path / "sub" / "a.json"
    write_text(target, "one")
    write_text(target, "two")
    assert target.read_text() == "two" and sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk gone")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_writer_with_its_own_extension(tmp_path):
    import numpy as np

    target = tmp_path / "v.npy"
    with replacing(target, suffix=".part.npy") as tmp:
        np.save(tmp, np.arange(3))
    assert np.load(target).tolist() == [0, 1, 2] and [p.name for p in tmp_path.iterdir()] == ["v.npy"]
