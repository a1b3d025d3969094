"""Compile a regular expression so that a search skips, in C, the places where no match can start.

Python's ``re`` searches a text by trying the pattern at every position, unless the compiled pattern opens with a
literal prefix or a set of first characters (``re`` finds one only when the pattern's very first item is a literal,
a character class or an alternation of single literals, and only when case does not matter to it).  The
anonymiser's patterns mostly open with a look-behind (``(?<![\\w-])``), an optional item or an alternation of words
written without regard to case, so ``re`` tries each of them at every character of every page: about three
quarters of the rules' time on a letter.

:func:`compile_with_start` works out the characters a match of the pattern can start with (what the first item
that consumes a character can match, through look-arounds, optional items, alternations and groups) and puts
that set where ``re`` would have put its own: in the compiled pattern's opening information block.  A search then
runs the pattern only at those characters.  It finds what ``re.compile(source, flags)`` finds, to the position
and group, because a match starts with one of those characters by construction; the set is a superset where that
is simpler (every character outside ASCII is in it; a negated class or ``.`` opening the pattern means no set at
all), and a pattern that can match the empty string, or for which ``re`` found a prefix itself, is compiled as
``re`` compiles it.  ``match``, ``fullmatch`` and look-behinds are unaffected (``re`` uses the set only to search).

This reads ``re``'s own parser and compiler (``re._parser``, ``re._compiler``, CPython 3.11 and later): when they
are not as expected, the pattern is compiled by ``re.compile`` unchanged, which costs only time.
"""

from __future__ import annotations

import functools
import re

__all__ = ["compile_with_start", "start_chars"]

try:  # CPython's own regular expression compiler (stable in 3.11-3.13)
    import _sre
    from re import _compiler, _constants as _c, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = None

_ANY = None  # no useful set: a match may start with any character


@functools.lru_cache(maxsize=4096)
def _ascii_matched(op, av, flags: int) -> frozenset[int]:
    """The ASCII characters one consuming item (a literal, a class, ``.``) matches under ``flags``, found by asking
    ``re`` itself: the item compiled alone and tried on each of the 128 characters."""
    state = _parser.State()
    state.flags = flags
    code = _compiler._code(_parser.SubPattern(state, [(op, _thaw(av))]), flags)
    one = _sre.compile(None, flags, code, 0, {}, ())
    return frozenset(c for c in range(128) if one.fullmatch(chr(c)))


def _freeze(x):
    return tuple(_freeze(i) for i in x) if isinstance(x, (list, tuple)) else x


def _thaw(av):
    # the parser's class items are a list of (op, value) pairs; the compiler reads any sequence
    return list(av) if isinstance(av, tuple) and av and isinstance(av[0], tuple) else av


def _first(items, flags: int):
    """``(characters, nullable)``: the ASCII characters a match of the sequence ``items`` can start with (or
    :data:`_ANY`), and whether it can match without consuming one."""
    out: set[int] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # consume nothing
            continue
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            if op in (_c.NOT_LITERAL, _c.ANY) or (op is _c.IN and any(o is _c.NEGATE for o, _ in av)):
                return _ANY, False
            out |= _ascii_matched(op, _freeze(av), flags)
            return out, False
        if op is _c.BRANCH:
            parts = [_first(alt, flags) for alt in av[1]]
        elif op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            parts = [_first(sub, (flags | add) & ~delete)]
        elif op is _c.ATOMIC_GROUP:
            parts = [_first(av, flags)]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == 0:
                continue
            chars, nullable = _first(sub, flags)
            parts = [(chars, nullable or low == 0)]
        else:  # a back-reference, a conditional group: anything
            return _ANY, False
        nullable = False
        for chars, n in parts:
            if chars is _ANY:
                return _ANY, False
            out |= chars
            nullable |= n
        if not nullable:
            return out, False
    return out, True


def start_chars(source: str, flags: int = 0) -> frozenset[int] | None:
    """The ASCII code points a match of ``source`` can start with (any character outside ASCII may start one
    too), or None when the pattern gets no set (it can match the empty string, or starts with any character)."""
    if _sre is None:
        return None
    parsed = _parser.parse(source, flags)
    flags = parsed.state.flags | flags
    if flags & re.LOCALE or parsed.getwidth()[0] == 0:
        return None
    chars, nullable = _first(parsed.data, flags)
    return None if chars is _ANY or nullable else frozenset(chars)


def compile_with_start(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, searching only where a match can start (see the module's note)."""
    try:
        return _compile(source, flags)
    except Exception:  # noqa: BLE001 - an unexpected compiler: compile as re does (a bad pattern raises there)
        return re.compile(source, flags)


def _compile(source: str, flags: int) -> re.Pattern[str]:
    if _sre is None or not isinstance(source, str):
        return re.compile(source, flags)
    parsed = _parser.parse(source, flags)
    all_flags = parsed.state.flags | flags
    code = _compiler._code(parsed, flags)
    if code[0] != _c.INFO or code[2] != 0 or code[3] == 0 or all_flags & re.LOCALE:
        return re.compile(source, flags)  # re found a prefix or a set itself, or the pattern may match ""
    chars, nullable = _first(parsed.data, all_flags)
    if chars is _ANY or nullable:
        return re.compile(source, flags)
    bits = bytearray(256)
    for c in chars:
        bits[c] = 1
    bits[128:] = b"\x01" * 128  # every character outside ASCII may start a match
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset([(_c.CHARSET, _compiler._mk_bitmap(bytes(bits))), (_c.RANGE, (256, 0x10FFFF))],
                               all_flags, info)
    info[1] = len(info) - 1
    code = info + code[1 + code[1]:]
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(source, all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
