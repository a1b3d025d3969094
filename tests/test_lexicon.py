"""The anonymiser's word lists: the world's given names read once and kept in the cache folder, checked when read."""

from __future__ import annotations

from pipeline import resources
from pipeline.anonymise import lexicon


def _fresh() -> frozenset[str]:
    lexicon.world_first_names.cache_clear()
    return lexicon.world_first_names()


def test_the_worlds_given_names_are_kept_in_the_cache_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("CESR_CACHE_DIR", str(tmp_path / "cache"))
    try:
        first = _fresh()  # read from gender-guesser's dictionary, and kept
        kept = list((tmp_path / "cache" / "lexicon").glob("world-first-names-*.txt"))
        assert len(kept) == 1 and resources.cache_dir() == tmp_path / "cache"
        assert {"zuzanna", "siobhan", "giuseppe"} <= first and not {"may", "ward", "major"} & first
        stamp = kept[0].stat().st_mtime_ns
        assert _fresh() == first and kept[0].stat().st_mtime_ns == stamp  # read back, not rewritten
        assert not [p for p in kept[0].parent.iterdir() if p.name.endswith(".part")]
        # a file changed by hand (or half-written by another program) is not believed: read again, rewritten
        kept[0].write_text(kept[0].read_text(encoding="utf-8") + "\nnotaname", encoding="utf-8")
        assert _fresh() == first and "notaname" not in first
        assert "notaname" not in kept[0].read_text(encoding="utf-8")
        # a cache folder that cannot be made (a file is in the way): the names all the same, nothing kept
        (tmp_path / "blocked").write_text("a file, not a folder")
        monkeypatch.setenv("CESR_CACHE_DIR", str(tmp_path / "blocked" / "cache"))
        assert _fresh() == first
    finally:
        lexicon.world_first_names.cache_clear()
