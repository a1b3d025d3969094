"""Regular expressions kept as data: read by name from data files, compiled once, when first used.

Each family (an anonymiser detector, the passage splitter) keeps its patterns in
``pipeline/data/patterns/<family>.toml``: one table a pattern, named as the code uses it, under the comment that says
what it matches::

    # A first name with an age in brackets: "Zuzanna (8)", "(Dominik, 19)".
    [name_age]
    regex = '''(?<![\\w-])([A-Z][a-z...]{2,})(?:[ ]\\((?:aged[ ])?\\d{1,2}...)'''
    flags = ["IGNORECASE"]          # optional: re flag names

A ``regex`` may have a ``cue``: a small regex that finds something every match of the pattern needs (a
character the pattern cannot match without: ``cue = '[@]'`` for an e-mail display name, ``cue = '\\d'`` for a
pattern that needs a digit).  The pattern is then run only on a text where the cue is found, anywhere: a text
without the cue is answered "no match" after one quick scan.  A cue saves time and never changes a result, so it
must be exact: when in doubt, no cue.

``regex`` is compiled; ``fragment`` is a piece of pattern that others compose and is given to the code as a
string.  Either is one string or a list of strings joined without separators (TOML literal strings
``'''...'''`` keep backslashes as they are).  ``{name}`` (a lowercase identifier in braces; a regex
quantifier has digits there) stands for the pattern or fragment ``name`` of the same file, or for a string
the code passes in (``family("addresses", sp=SP)``): the composition stays visible in the file.

Every ``regex`` is compiled by :func:`pipeline.regex_start.compile_with_start`: ``re``'s own compilation, told the
characters a match can start with, so that a search tries the pattern only there (the same answers, found sooner).

Nothing is read at import: :func:`family` returns an object that reads and compiles its file the first time
one of its patterns is asked for.
"""

from __future__ import annotations

import re
import threading
import tomllib
import weakref
from typing import Any

from .regex_start import compile_with_start
from .resources import data_file

__all__ = ["Compiled", "Family", "families", "family", "patterns_file"]

_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL, "VERBOSE": re.VERBOSE,
          "ASCII": re.ASCII}
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def patterns_file(name: str):
    """The data file of one family's patterns."""
    return data_file(f"patterns/{name}.toml")


def _source(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    raise ValueError(f"{where}: a pattern is a string or a list of strings, not {value!r}")


class Compiled:
    """A compiled pattern of a family, answering as its ``re.Pattern`` (``regex``) does, with two savings that
    change no answer:

    - a ``cue`` (see the module's note): the pattern runs only on a text where the cue is found;
    - ``finditer(text)`` over a whole text remembers its matches for the last :data:`SCANS_KEPT` texts: the
      anonymiser reads every page twice (once for names, once to replace), and a scan of the same text finds
      the same matches (a match is immutable; the memory holds only texts already in hand).
    """

    def __init__(self, regex: re.Pattern[str], cue: re.Pattern[str] | None = None) -> None:
        self.regex = regex
        self.cue = cue
        self._scans: dict[str, tuple[re.Match[str], ...]] = {}
        if cue is None:  # the pattern's own methods, no call in between
            self.search = regex.search
            self.match = regex.match
            self.fullmatch = regex.fullmatch
            self.findall = regex.findall
            self.sub = regex.sub

    def search(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.search(string, *args, **kwargs) if self.cue.search(string) else None

    def match(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.match(string, *args, **kwargs) if self.cue.search(string) else None

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.fullmatch(string, *args, **kwargs) if self.cue.search(string) else None

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list:
        return self.regex.findall(string, *args, **kwargs) if self.cue.search(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.regex.sub(repl, string, count) if self.cue.search(string) else string

    def finditer(self, string: str, *args: Any, **kwargs: Any):
        if args or kwargs:
            if self.cue is not None and not self.cue.search(string):
                return iter(())
            return self.regex.finditer(string, *args, **kwargs)
        scans = self._scans
        with _SCANS_LOCK:  # the review server plans pages on more than one thread
            found = scans.get(string)
        if found is None:
            found = () if self.cue is not None and not self.cue.search(string) else tuple(self.regex.finditer(string))
            with _SCANS_LOCK:
                if len(scans) >= SCANS_KEPT:
                    scans.pop(next(iter(scans), None), None)
                scans[string] = found
        return iter(found)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return getattr(self.regex, key)

    def __repr__(self) -> str:
        return f"Compiled({self.regex!r}" + (f", cue={self.cue.pattern!r})" if self.cue is not None else ")")


# How many texts each pattern remembers its scan of (a letter's pages; the oldest is forgotten first).
SCANS_KEPT = 64
# Guards the remembered scans: a dict changed by one thread while another picks the oldest to forget raises.
_SCANS_LOCK = threading.Lock()


def _load(name: str, given: dict[str, str]) -> dict[str, Compiled | str]:
    path = patterns_file(name)
    with open(path, "rb") as fh:
        tables = tomllib.load(fh)
    raw: dict[str, tuple[str, str, int]] = {}
    cues: dict[str, re.Pattern[str]] = {}
    for key, table in tables.items():
        where = f"{path.name} [{key}]"
        if not isinstance(table, dict) or len({"regex", "fragment"} & table.keys()) != 1:
            raise ValueError(f"{where}: needs exactly one of 'regex' or 'fragment'")
        unknown = table.keys() - {"regex", "fragment", "flags", "cue"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        kind = "regex" if "regex" in table else "fragment"
        flags = 0
        for flag in table.get("flags", []):
            if flag not in _FLAGS:
                raise ValueError(f"{where}: unknown flag {flag!r} (one of {', '.join(_FLAGS)})")
            flags |= _FLAGS[flag]
        raw[key] = (kind, _source(table[kind], where), flags)
        if "cue" in table:
            if kind != "regex":
                raise ValueError(f"{where}: only a regex has a cue")
            cues[key] = re.compile(_source(table["cue"], where))
    clash = raw.keys() & given.keys()
    if clash:
        raise ValueError(f"{path.name}: {sorted(clash)} both in the file and given by the code")

    expanded: dict[str, str] = {}

    def expand(key: str, stack: tuple[str, ...]) -> str:
        if key in given:
            return given[key]
        if key not in raw:
            raise ValueError(f"{path.name}: {{{key}}} names no pattern of the file and nothing given "
                             f"(in [{stack[-1]}])" if stack else f"{path.name}: no pattern {key!r}")
        if key in stack:
            raise ValueError(f"{path.name}: patterns compose each other in a circle: {' -> '.join(stack + (key,))}")
        if key not in expanded:
            expanded[key] = _PLACEHOLDER.sub(lambda m: expand(m.group(1), stack + (key,)), raw[key][1])
        return expanded[key]

    out: dict[str, Compiled | str] = {}
    for key, (kind, _, flags) in raw.items():
        source = expand(key, ())
        out[key] = Compiled(compile_with_start(source, flags), cues.get(key)) if kind == "regex" else source
    return out


class Family:
    """One family's patterns by name (``family.quoted_nickname``), read and compiled on first use."""

    def __init__(self, name: str, given: dict[str, str]) -> None:
        self._name = name
        self._given = dict(given)
        self._patterns: dict[str, Compiled | str] | None = None

    def _all(self) -> dict[str, Compiled | str]:
        if self._patterns is None:
            self._patterns = _load(self._name, self._given)
            # later look-ups of a pattern find it on the instance, without a call of __getattr__ (a detector asks
            # for its patterns by name on every page); a name the class itself has keeps its meaning
            self.__dict__.update((k, v) for k, v in self._patterns.items()
                                 if not k.startswith("_") and not hasattr(type(self), k))
        return self._patterns

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._all()[key]
        except KeyError:
            raise AttributeError(f"{self._name}.toml has no pattern {key!r}") from None

    @property
    def name(self) -> str:
        """The family's file name, without ``.toml``."""
        return self._name

    def names(self) -> list[str]:
        """The names of the family's patterns and fragments, in file order."""
        return list(self._all())

    def __repr__(self) -> str:
        return f"Family({self._name!r})"


_MADE: "weakref.WeakSet[Family]" = weakref.WeakSet()


def family(name: str, **given: str) -> Family:
    """The patterns of ``pipeline/data/patterns/<name>.toml``; ``given`` fills ``{placeholders}`` the file does
    not define (strings the code builds, such as the postcode areas)."""
    made = Family(name, given)
    _MADE.add(made)
    return made


def families() -> list[Family]:
    """Every family made so far by :func:`family` (the modules that use one make it when imported)."""
    return list(_MADE)
