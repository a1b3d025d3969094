"""Where the tool's files are: the data shipped inside the package, and the user's own folders.

Shipped, read-only, found with :mod:`importlib.resources` relative to the ``pipeline`` package:

- the curricula (``curricula/*.yaml`` and their ``schema.json``), the calibrator and the background
  passages (``models/``) and the JSON schemas of exports and pack manifests (``schemas/``).  The repository
  keeps them in its top-level folders, where they are edited and reviewed; the build (``setup.py``) copies
  each into the wheel as ``pipeline/data/<folder>/``.  An installed package reads them there; a source
  checkout or an editable install, which has no such copy, reads the top-level folders themselves;
- the anonymiser's word lists and allow-list (``pipeline/data/*.txt``) and the review app's static files
  (``pipeline/review/static/``), which live inside the package in both cases.

The user's, writable: imported taxonomies in the user data folder and caches (the capability indexes, the
background vectors) in the user cache folder, both where the platform keeps them (``platformdirs``:
``~/.local/share/cesr-mapper`` and ``~/.cache/cesr-mapper`` on Linux, ``~/Library/...`` on macOS,
``%LOCALAPPDATA%`` on Windows).  ``$CESR_CACHE_DIR`` names the cache folder itself; ``$XDG_DATA_HOME`` and
``$XDG_CACHE_HOME`` move the data and cache folders on every platform; ``$CESR_CURRICULA_PATH``
(``os.pathsep``-separated) adds folders searched for curricula before the shipped ones.

Nothing here is computed at import: each function reads the environment when called.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .config import current

__all__ = [
    "APP_NAME",
    "SHIPPED_FOLDERS",
    "background_file",
    "cache_dir",
    "calibrator_file",
    "curricula_dir",
    "curricula_search_path",
    "curriculum_schema_file",
    "data_file",
    "none_model_file",
    "package_dir",
    "schema_file",
    "tagger_file",
    "shipped_dir",
    "static_dir",
    "user_curricula_dir",
    "user_data_dir",
]

APP_NAME = "cesr-mapper"
# Top-level folders of the repository that the build copies into the package as pipeline/data/<name>/.
SHIPPED_FOLDERS = ("curricula", "models", "schemas")


def package_dir() -> Path:
    """The installed ``pipeline`` package's folder.

    Raises:
        RuntimeError: The package is not installed as plain files (a zipped install), so its data
            files have no path; pip and pipx always install files.
    """
    root = files("pipeline")
    if not isinstance(root, Path):  # pragma: no cover - zip imports only
        raise RuntimeError(f"cesr-mapper must be installed as files, not zipped (found {root!r})")
    return root


def shipped_dir(name: str) -> Path:
    """One of :data:`SHIPPED_FOLDERS`: inside the package when installed, else the checkout's own folder."""
    if name not in SHIPPED_FOLDERS:
        raise ValueError(f"{name!r} is not a shipped folder (one of {', '.join(SHIPPED_FOLDERS)})")
    package = package_dir()
    bundled = package / "data" / name
    if bundled.is_dir():
        return bundled
    return package.parent / name


def curricula_dir() -> Path:
    """The shipped curricula."""
    return shipped_dir("curricula")


def curriculum_schema_file() -> Path:
    """The JSON schema of a curriculum file."""
    return curricula_dir() / "schema.json"


def calibrator_file() -> Path:
    """The shipped calibrator (``cesr calibrate`` refits it)."""
    return shipped_dir("models") / "calibrator.json"


def none_model_file() -> Path:
    """The shipped "none of these" model (``cesr calibrate-none`` refits it)."""
    return shipped_dir("models") / "none_of_these.json"


def background_file() -> Path:
    """The background passages the hubness correction compares against."""
    return shipped_dir("models") / "background.jsonl"


def tagger_file() -> Path:
    """The anonymiser's context tagger (``cesr train-tagger`` refits it; its note is the ``.json`` beside it)."""
    return shipped_dir("models") / "anonymise-tagger.crfsuite"


def schema_file(name: str) -> Path:
    """A JSON schema of an output, e.g. ``mappings.schema.json``."""
    return shipped_dir("schemas") / name


def data_file(name: str) -> Path:
    """A word list, the allow-list or the picker's clinical synonyms in ``pipeline/data/``."""
    return package_dir() / "data" / name


def static_dir() -> Path:
    """The review app's static files."""
    return package_dir() / "review" / "static"


def user_data_dir() -> Path:
    """The user's data folder: ``$XDG_DATA_HOME/cesr-mapper`` when set, else the platform's."""
    base = current().data_home
    if base:
        return base / APP_NAME
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_curricula_dir() -> Path:
    """Where ``cesr curricula import`` writes the user's taxonomies."""
    return user_data_dir() / "curricula"


def cache_dir() -> Path:
    """``$CESR_CACHE_DIR``, else ``$XDG_CACHE_HOME/cesr-mapper`` when set, else the platform's cache folder."""
    settings = current()
    if settings.cache_dir:
        return settings.cache_dir
    if settings.cache_home:
        return settings.cache_home / APP_NAME
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def curricula_search_path() -> list[Path]:
    """Folders searched for curriculum files, in order (the first file per id wins).

    ``$CESR_CURRICULA_PATH`` (``os.pathsep``-separated), the shipped curricula, then the user's imported ones.
    """
    dirs = list(current().curricula_path)
    dirs.append(curricula_dir())
    dirs.append(user_curricula_dir())
    return dirs
