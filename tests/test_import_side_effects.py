"""Importing ``pipeline`` and every module in it changes nothing in the process that imports it.

A library that sets an environment variable, a logger's level or a third-party global at import
changes the behaviour of everything else in the process (PIL's ``MAX_IMAGE_PIXELS = None`` would switch
off the decompression-bomb check for every image opened anywhere; ``OMP_THREAD_LIMIT=1`` would slow
every OpenMP library).  Settings belong where they are used: the CLI's ``main``, a worker's initialiser.

Each check runs in a fresh interpreter: first to learn which modules (third-party and standard library)
importing the package pulls in, then with those imported beforehand, so that what changes is what
``pipeline``'s own modules did.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter.  argv[1]: "discover" or "check"; argv[2] (check): JSON list of the modules
# to import before the first snapshot.
PROBE = r'''
import importlib, json, pkgutil, sys

def pipeline_modules():
    import pipeline
    names = ["pipeline"]
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        names.append(info.name)
    return names

def import_all():
    import pipeline
    for name in pipeline_modules():
        importlib.import_module(name)

if sys.argv[1] == "discover":
    before = set(sys.modules)
    import_all()
    # in the order they were imported: what the package pulls in, standard library included
    # (multiprocessing.util registers an exit handler when it is first imported, for example)
    pulled = [n for n in sys.modules if n not in before and n.split(".")[0] != "pipeline"]
    print(json.dumps({"dependencies": pulled, "modules": pipeline_modules()}))
    raise SystemExit(0)

for name in json.loads(sys.argv[2]):
    try:
        importlib.import_module(name)
    except Exception:
        pass
import atexit, csv, faulthandler, locale, logging, multiprocessing, os, random, signal, socket, threading, warnings
import PIL.Image, PIL.ImageFile

def snapshot():
    def logger_state(logger):
        return [logger.level, logger.disabled, logger.propagate, [repr(h) for h in logger.handlers],
                [repr(f) for f in logger.filters]]
    loggers = {"": logger_state(logging.getLogger())}
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            loggers[name] = logger_state(logger)
    state = {
        "environ": dict(os.environ),
        "loggers": loggers,
        "logging.disable": logging.root.manager.disable,
        "warnings.filters": [repr(f) for f in warnings.filters],
        "PIL.Image.MAX_IMAGE_PIXELS": PIL.Image.MAX_IMAGE_PIXELS,
        "PIL.ImageFile.LOAD_TRUNCATED_IMAGES": PIL.ImageFile.LOAD_TRUNCATED_IMAGES,
        "PIL.Image.OPEN": sorted(PIL.Image.OPEN),
        "sys.path": list(sys.path),
        "sys.recursionlimit": sys.getrecursionlimit(),
        "sys.excepthook": repr(sys.excepthook),
        "threading.excepthook": repr(threading.excepthook),
        "signals": {int(s): repr(signal.getsignal(s)) for s in signal.valid_signals()
                    if s not in (signal.SIGKILL, signal.SIGSTOP)},
        "socket.defaulttimeout": socket.getdefaulttimeout(),
        "csv.field_size_limit": csv.field_size_limit(),
        "locale": locale.setlocale(locale.LC_ALL, None),
        "faulthandler": faulthandler.is_enabled(),
        "multiprocessing.start_method": multiprocessing.get_start_method(allow_none=True),
        "atexit.callbacks": atexit._ncallbacks(),
        "random.state": hash(random.getstate()),
        "cwd": os.getcwd(),
    }
    if "numpy" in sys.modules:
        import numpy
        state["numpy.err"] = numpy.geterr()
        state["numpy.printoptions"] = repr(numpy.get_printoptions())
        state["numpy.random"] = repr(numpy.random.get_state()[1][:4])
    if "torch" in sys.modules:
        import torch
        state["torch.threads"] = [torch.get_num_threads(), torch.get_num_interop_threads()]
    if "matplotlib" in sys.modules:
        import matplotlib
        state["matplotlib.rcParams"] = repr(sorted(dict.items(matplotlib.rcParams)))
    return state

before = snapshot()
import_all()
after = snapshot()
changed = {}
for key, value in after.items():
    old = before[key]
    if key == "loggers":  # a logger created at import must be a plain one
        plain = [logging.NOTSET, False, True, [], []]
        diff = {n: [old.get(n, plain), s] for n, s in value.items() if s != old.get(n, plain)}
        if diff:
            changed[key] = diff
    elif key == "environ":
        diff = {k: [old.get(k), value.get(k)] for k in set(old) | set(value) if old.get(k) != value.get(k)}
        if diff:
            changed[key] = diff
    elif value != old:
        changed[key] = [old, value]
print(json.dumps(changed, default=repr))
'''


def _probe(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def test_importing_pipeline_changes_no_environment_variable_and_no_library_global():
    found = json.loads(_probe("discover"))
    modules = found["modules"]
    # every module was imported, the new ones too (a module that fails to import fails the probe)
    assert {"pipeline", "pipeline.cli", "pipeline.resources", "pipeline.anonymise", "pipeline.ingest.readers",
            "pipeline.review.server"} <= set(modules)
    changed = json.loads(_probe("check", json.dumps(found["dependencies"])))
    assert changed == {}, f"importing pipeline changed: {json.dumps(changed, indent=1)[:3000]}"


def test_importing_pipeline_loads_a_stage_only_when_it_is_used():
    """``import pipeline`` is cheap (a worker that reads files never loads the anonymiser or the embedding code),
    and its public names and stages are still there when used."""
    code = ("import json, sys, pipeline\n"
            "before = sorted(m for m in ('pipeline.anonymise', 'pipeline.suggest', 'pipeline.embed') if m in sys.modules)\n"
            "found = pipeline.ingest.discover, pipeline.Document, pipeline.anonymise.anonymise\n"
            "print(json.dumps([before, found[1].__module__, 'pipeline.anonymise' in sys.modules]))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [[], "pipeline.model", True]
