"""Build mapping: the wheel carries the repository's data folders inside the package.

``curricula/``, ``models/`` and ``schemas/`` stay at the top of the repository, where they are edited and
reviewed; the build copies each into the wheel as ``pipeline/data/<folder>/``, where
:mod:`pipeline.resources` reads it with ``importlib.resources``.  An editable install copies nothing:
``pipeline.resources`` then reads the top-level folders.  Everything else about the build (name, version,
dependencies, the ``cesr`` command) is in ``pyproject.toml``.
"""

from setuptools import find_namespace_packages, setup

# folder -> files the tool reads (curricula/README.md documents the format for people who import their own)
SHIPPED = {
    "curricula": ["*.yaml", "schema.json", "README.md"],
    "models": ["calibrator.json", "none_of_these.json", "background.jsonl", "anonymise-tagger.crfsuite",
               "anonymise-tagger.json", "passage_adapter.npy", "passage_adapter.json"],
    "schemas": ["*.schema.json"],
}

setup(
    packages=find_namespace_packages(include=["pipeline", "pipeline.*"], exclude=["*.__pycache__"])
    + [f"pipeline.data.{name}" for name in SHIPPED],
    package_dir={f"pipeline.data.{name}": name for name in SHIPPED},
    package_data={
        "pipeline.data": ["*.txt", "*.toml"],
        "pipeline.data.patterns": ["*.toml"],
        "pipeline.review.static": ["*"],
        **{f"pipeline.data.{name}": patterns for name, patterns in SHIPPED.items()},
    },
)
