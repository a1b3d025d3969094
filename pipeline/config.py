"""One configuration: every setting the tool takes from outside its arguments, resolved in one place.

Settings come, weakest first, from the defaults below, the user's ``cesr.toml`` (in the platform's user
config folder), the workspace's ``cesr.toml`` (beside its store), and the environment (``CESR_*``, and the
XDG base folders on any platform).  ``cesr``'s ``main`` resolves them once per command (:func:`load`) and
runs the command with them (:func:`using`); library code asks :func:`current`, which outside a command
resolves them from the environment, again whenever a variable it reads or the user's ``cesr.toml`` changes (so a
test or a script that changes the environment is heard).  This is the only module that reads the process
environment; :func:`set_environment` and
:func:`environment` are the only writers, for switches other libraries read (Hugging Face's offline mode,
one OpenMP thread for Tesseract in the processes that run it).

A ``cesr.toml``::

    applicant = "Dr Amara Okafor"     # kept in every document; the commands' --applicant wins
    quantize = true                   # int8 embedding model (false: float32)
    cache_dir = "/data/cesr-cache"    # indexes and caches
    curricula_path = ["/trust/curricula"]
    model_dir = "/opt/models/all-MiniLM-L6-v2"
    ner_model = ""                    # an installed spaCy pipeline package (opt-in)
    scheduler = "tcp://10.0.0.5:8786" # a Dask scheduler for the heavy stages

    [anonymise]
    detectors = ["emails", "nhs_numbers", "postcodes", "addresses", "names"]  # a subset, in this order
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Iterator, Mapping

__all__ = ["Settings", "AnonymiseSettings", "Secret", "ANONYMISE_DETECTORS", "ConfigError", "load", "current", "using", "set_environment", "environment", "child_environment", "env_value",
           "CONFIG_NAME"]

CONFIG_NAME = "cesr.toml"
APP_NAME = "cesr-mapper"


class ConfigError(ValueError):
    """A configuration file or variable that cannot be used (its name and what is wrong)."""


#: The anonymiser's detectors in the order they run by default (:data:`pipeline.anonymise.detectors.REGISTRY`
#: names each one).  Later ones read what earlier ones found: address blocks grow from the postcodes, a row's
#: number is a hospital number when the row names a patient, the tagger marks only what the rules left.
#: How the int8 embedding model can run (:class:`pipeline.embed.EmbeddingModel`): PyTorch, ONNX Runtime, or
#: ONNX Runtime when its export can be made and PyTorch otherwise.
EMBED_RUNTIMES = ("auto", "onnx", "torch")

ANONYMISE_DETECTORS = (
    "emails", "nhs_numbers", "hospital_numbers", "phones", "postcodes", "practices", "usernames", "places",
    "person_ids", "addresses", "life_places", "tables", "names", "row_numbers", "gmc_numbers", "shaped_numbers", "urls",
    "registrations", "references", "id_shapes", "handles", "initials", "names_before_numbers", "lowercase_names",
    "csv_names", "rota", "bracketed_initials", "capital_names", "split_names", "tagger", "given_names", "people_places",
    "other_scripts",
)


class Secret:
    """A value that must never be printed, logged or stored: a PDF's password.

    Its ``repr`` and ``str`` hide it (a settings object in a log line or a Dask worker's record of a failed task
    shows ``Secret(hidden)``); :meth:`reveal` gives it to the one call that needs it.  It pickles, so that the
    pool's workers receive it through their pipe with the command's settings, never through a child's
    arguments or environment.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret(hidden)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self):
        return (Secret, (self._value,))


@dataclass(frozen=True)
class AnonymiseSettings:
    """The ``[anonymise]`` table: which detectors run, in which order (names checked when an anonymiser is made)."""

    detectors: tuple[str, ...] = ANONYMISE_DETECTORS


@dataclass(frozen=True)
class Settings:
    """The resolved settings (frozen; :func:`dataclasses.replace` makes a changed copy)."""

    applicant: str | None = None
    quantize: bool = True
    # how the int8 embedding model runs: auto (ONNX Runtime, else PyTorch with a warning), onnx or torch
    embed_runtime: str = "auto"
    # passages' vectors kept in memory by their text's hash, so that a passage seen again (a template's paragraph)
    # is not embedded again in this process (0: none kept)
    embed_memo: int = 20_000
    cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/cesr-mapper or the platform's cache folder
    data_home: Path | None = None  # $XDG_DATA_HOME: the base of the user's data folder
    cache_home: Path | None = None  # $XDG_CACHE_HOME
    curricula_path: tuple[Path, ...] = ()
    model_dir: Path | None = None
    ner_model: str = ""
    scheduler: str | None = None
    anonymise: AnonymiseSettings = AnonymiseSettings()
    sources: tuple[str, ...] = ("defaults",)  # where the settings came from, weakest first
    # the password of encrypted PDFs, from the command's --password or --password-file only: never read from a
    # file or the environment, never written anywhere (Secret hides it from repr)
    pdf_password: Secret | None = None


# environment variable -> setting
_ENV = {
    "CESR_APPLICANT": "applicant",
    "CESR_QUANTIZE": "quantize",
    "CESR_EMBED_RUNTIME": "embed_runtime",
    "CESR_EMBED_MEMO": "embed_memo",
    "CESR_CACHE_DIR": "cache_dir",
    "CESR_CURRICULA_PATH": "curricula_path",
    "CESR_MODEL_DIR": "model_dir",
    "CESR_NER_MODEL": "ner_model",
    "CESR_SCHEDULER": "scheduler",
    "XDG_DATA_HOME": "data_home",
    "XDG_CACHE_HOME": "cache_home",
}
_FILE_KEYS = {"applicant", "quantize", "embed_runtime", "embed_memo", "cache_dir", "curricula_path", "model_dir", "ner_model", "scheduler", "anonymise"}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _coerce(name: str, value: Any, where: str) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = kinds[name]
    if name == "quantize":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ConfigError(f"{where}: {name} must be true or false, not {value!r}")
    if name == "embed_runtime":
        text = str(value).strip().lower()
        if text not in EMBED_RUNTIMES:
            raise ConfigError(f"{where}: {name} must be one of {', '.join(EMBED_RUNTIMES)}, not {value!r}")
        return text
    if name == "embed_memo":
        try:
            number = int(str(value).strip()) if not isinstance(value, bool) else None
        except ValueError:
            number = None
        if number is None or number < 0:
            raise ConfigError(f"{where}: {name} must be a whole number of passages, 0 or more, not {value!r}")
        return number
    if name == "anonymise":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: [anonymise] must be a table")
        unknown = sorted(set(value) - {"detectors"})
        if unknown:
            raise ConfigError(f"{where}: unknown setting(s) anonymise.{', anonymise.'.join(unknown)} (known: anonymise.detectors)")
        detectors = value.get("detectors", list(ANONYMISE_DETECTORS))
        if not isinstance(detectors, list) or not all(isinstance(d, str) for d in detectors):
            raise ConfigError(f"{where}: anonymise.detectors must be a list of detector names")
        if not detectors:
            raise ConfigError(f"{where}: anonymise.detectors is empty: nothing would be removed")
        unknown = [d for d in detectors if d not in ANONYMISE_DETECTORS]
        if unknown:
            raise ConfigError(f"{where}: unknown anonymisation detector(s) {', '.join(unknown)} "
                              f"(known: {', '.join(ANONYMISE_DETECTORS)})")
        return AnonymiseSettings(detectors=tuple(detectors))
    if name == "curricula_path":
        if isinstance(value, str):
            parts = [p for p in value.split(os.pathsep) if p]
        elif isinstance(value, list) and all(isinstance(p, str) for p in value):
            parts = value
        else:
            raise ConfigError(f"{where}: {name} must be a list of folders")
        return tuple(Path(p).expanduser() for p in parts)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {name} must be text, not {type(value).__name__}")
    value = value.strip()
    if "Path" in str(kind):
        return Path(value).expanduser() if value else None
    if name in ("applicant", "scheduler"):
        return value or None
    return value


def _read_file(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(_FILE_KEYS))})")
    return {k: _coerce(k, v, str(path)) for k, v in data.items()}


def user_config_file(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/cesr-mapper/cesr.toml`` when set, else the platform's user config folder's."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME")
    if base:
        return Path(base) / APP_NAME / CONFIG_NAME
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / CONFIG_NAME


def load(workspace: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve the settings: defaults, the user's ``cesr.toml``, the workspace's ``cesr.toml``, the environment.

    Raises:
        ConfigError: a file or variable that cannot be used.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    sources = ["defaults"]
    files = [user_config_file(environ)]
    if workspace is not None:
        files.append(Path(workspace) / CONFIG_NAME)
    for path in files:
        if path.is_file():
            values.update(_read_file(path))
            sources.append(str(path))
    from_env = {name: _coerce(name, environ[var], f"${var}") for var, name in _ENV.items()
                if environ.get(var, "").strip()}
    if from_env:
        values.update(from_env)
        sources.append("environment")
    return replace(Settings(), **values, sources=tuple(sources))


_ACTIVE: list[Settings] = []
_LOCK = threading.Lock()


def current() -> Settings:
    """The settings of the command running (:func:`using`), else resolved from the environment: resolved again
    only when what :func:`load` reads has changed (a variable it reads, or the user's ``cesr.toml`` appearing,
    going or being written), so that library code may ask on every page."""
    global _RESOLVED
    with _LOCK:
        active = _ACTIVE[-1] if _ACTIVE else None
        resolved = _RESOLVED
    if active is not None:
        return active
    key = _outside_key()
    if resolved is not None and resolved[0] == key:
        return resolved[1]
    settings = load()
    with _LOCK:
        _RESOLVED = (key, settings)
    return settings


# What :func:`load` read the last time :func:`current` resolved the settings outside a command, and what it made.
_RESOLVED: tuple[tuple, Settings] | None = None
# The environment variables that decide where the user's cesr.toml is (``platformdirs`` reads these on each platform).
_CONFIG_PLACE = ("XDG_CONFIG_HOME", "HOME", "APPDATA", "LOCALAPPDATA", "USERPROFILE")
_PLACES: dict[tuple, Path] = {}
_WATCHED = (*_ENV, *_CONFIG_PLACE)


def _outside_key() -> tuple:
    """Everything :func:`load` (no workspace) depends on: the variables it reads, and the user's ``cesr.toml``
    (its path, and its identity, size and times, or None when there is none)."""
    environ = os.environ
    env = tuple(map(environ.get, _WATCHED))
    path = _PLACES.get(env)
    if path is None:
        if len(_PLACES) > 64:
            _PLACES.clear()
        path = _PLACES[env] = user_config_file(environ)
    try:
        st = os.stat(path)
    except OSError:
        return env, None
    return env, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@contextmanager
def using(settings: Settings) -> Iterator[Settings]:
    """Run a command with ``settings`` (seen by every thread of this process while it runs)."""
    with _LOCK:
        _ACTIVE.append(settings)
    try:
        yield settings
    finally:
        with _LOCK:
            _ACTIVE.remove(settings)


def adopt(settings: Settings) -> None:
    """Make ``settings`` this process's own for good: a worker process takes its parent command's settings
    (the workspace's ``cesr.toml`` included), which it could not resolve itself."""
    with _LOCK:
        _ACTIVE.insert(0, settings)


def env_value(name: str) -> str | None:
    """One variable of the process environment (for switches that are not settings)."""
    return os.environ.get(name)


def child_environment(**values: str) -> dict[str, str]:
    """The process environment with ``values`` set, for one child process (this process's own is left as it is:
    ``OMP_THREAD_LIMIT=1`` for a Tesseract child must not reach faiss's threads here)."""
    return {**os.environ, **values}


def set_environment(values: Mapping[str, str]) -> None:
    """Set switches other libraries read from the environment, in this process and those it starts."""
    for key, value in values.items():
        os.environ[key] = value


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set variables for the duration of a block, then put back what was there."""
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in before.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old
