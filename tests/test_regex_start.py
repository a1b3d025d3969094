"""A pattern compiled to search only where a match can start (pipeline/regex_start.py) finds what re finds."""

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

from pipeline import regexes
from pipeline.regex_start import compile_with_start, start_chars

ROOT = Path(__file__).resolve().parent.parent

# Used only with match() at one place (detectors/people.py); a search over a whole text backtracks for seconds.
_MATCHED_ONLY = {("people", "senior_after"), ("people", "verified_after")}


def _found(rx, text, *args):
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text, *args)]


def _same(source, flags, texts):
    plain, started = re.compile(source, flags), compile_with_start(source, flags)
    assert (started.pattern, started.flags, started.groups, started.groupindex) == \
           (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in texts:
        assert _found(started, text) == _found(plain, text), (source, text)
        assert started.findall(text) == plain.findall(text)
        assert started.sub("#", text) == plain.sub("#", text)
        for pos in (1, 5):
            assert _found(started, text, pos) == _found(plain, text, pos)
            s, p = started.search(text, pos, len(text) - 1), plain.search(text, pos, len(text) - 1)
            assert (s and s.span()) == (p and p.span())
            assert bool(started.match(text, pos)) == bool(plain.match(text, pos))


_SPACES = {chr(c) for c in range(128) if chr(c).isspace()}  # \s in a str pattern: \x1c-\x1f too
TRICKY = ["Kelvin \u212a and long \u017f, \u0130stanbul \u0131rmak; KIRK kirk", "STREET Street street ſtreet",
          "(Dr Ann O'Neil) | tab\there  two  spaces; [x] 12 High St.", "", "a", "über Ünal Æthel øre ẞ",
          "line one\nline two\n\nNHS 943 476 5919 – ref AB/12/3456 — e-mail ann@example.org"]


@pytest.mark.parametrize("source,flags,chars", [
    (r"(?<![\w-])(?:nurse|GP|reg)\b", re.IGNORECASE, set("nNgGrR")),  # look-behind first; case ignored
    (r"(?:Mr|Mrs)?\s*[A-Z][a-z]+", 0, _SPACES | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),  # optional items, then more
    (r"\bk\w+", re.IGNORECASE, set("kK")),  # the Kelvin sign matches too (outside ASCII: always tried)
    (r"(?i:s)treet", 0, set("sS")),  # a local flag
    (r"(?:^|(?<=\t))[ \t]*name", re.MULTILINE, set(" \tn")),
    (r"\d{3}[ ]?\d{3}", 0, set("0123456789")),
    (r"(?P<who>[A-Z])\.|(?P<num>\d+)", 0, set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
    (r"(?x) [ab] # a comment\n c", 0, set("ab")),
])
def test_start_set_and_answers(source, flags, chars):
    assert start_chars(source, flags) == frozenset(map(ord, chars))
    _same(source, flags, TRICKY)


@pytest.mark.parametrize("source,flags", [
    (r"x*", 0),  # may match the empty string: compiled as re does
    (r"[^\n]+:", 0),  # a negated class opens it: no set
    (r".foo", re.DOTALL),
    (r"(a)?\1b", 0),  # a back-reference
    (r"Hospital No", 0),  # re has a literal prefix itself
])
def test_no_set_where_none_helps(source, flags):
    if source != "Hospital No":
        assert start_chars(source, flags) is None
    _same(source, flags, TRICKY)


def test_a_bad_pattern_raises_as_re_does():
    with pytest.raises(re.error):
        compile_with_start(r"(unclosed", 0)


def test_shipped_patterns_find_what_re_finds():
    """Every pattern of every family the anonymiser loads, on labelled redaction texts: the same matches, groups
    and positions as the pattern compiled by re."""
    detectors = importlib.import_module("pipeline.anonymise.detectors")
    importlib.import_module("pipeline.anonymise.shapes")
    importlib.import_module("pipeline.anonymise.leaks")
    for info in pkgutil.iter_modules(detectors.__path__):
        importlib.import_module(f"{detectors.__name__}.{info.name}")
    families = regexes.families()
    texts = [json.loads(line)["text"] for line in
             (ROOT / "corpora/redaction/redaction.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts[::4] + TRICKY
    checked = with_set = 0
    for fam in families:
        for name in fam.names():
            rx = getattr(fam, name)
            if not isinstance(rx, regexes.Compiled):
                continue
            source, flags = rx.regex.pattern, rx.regex.flags
            with_set += start_chars(source, flags) is not None
            checked += 1
            if (fam.name, name) in _MATCHED_ONLY:
                plain = re.compile(source, flags)
                assert all(bool(rx.regex.match(t, k)) == bool(plain.match(t, k)) for t in texts for k in (0, 3))
                continue
            plain = re.compile(source, flags)
            for text in texts:
                assert _found(rx.regex, text) == _found(plain, text), (fam, name)
    assert checked > 100 and with_set > checked / 2, (checked, with_set)


def test_shared_page_patterns_find_what_re_finds():
    """The detectors' shared patterns run over whole pages (postcodes, titles, sign-offs, places)."""
    patterns = importlib.import_module("pipeline.anonymise.detectors.patterns")
    texts = [json.loads(line)["text"] for line in
             (ROOT / "corpora/redaction/redaction.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("POSTCODE", "TITLE_RE", "SIGNOFF_RE", "PLACE_BEFORE"):
        rx = getattr(patterns, name)
        assert start_chars(rx.pattern, rx.flags) is not None, name
        plain = re.compile(rx.pattern, rx.flags)
        for text in texts + TRICKY:
            assert _found(rx, text) == _found(plain, text), name
            s, p = rx.search(text[-30:]), plain.search(text[-30:])  # as the name detectors look back
            assert (s and s.span()) == (p and p.span()), name
