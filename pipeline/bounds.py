"""Ranges of numeric settings, declared beside each field and checked in one place.

A settings dataclass declares a field's range where it declares the field::

    dpi: int = bounded(300, low=72, high=600)
    ocr_timeout: float = bounded(120.0, positive=True)

and calls :func:`check_bounds` from ``__post_init__``; rules that tie two fields
together (``min_ocr_dpi <= dpi``) stay in the dataclass.  Every refusal reads the
same way: ``dpi must be between 72 and 600, not 900``.
"""

from __future__ import annotations

from dataclasses import field, fields
from typing import Any

_KEY = "bounds"


def bounded(default: Any, *, low: float | None = None, high: float | None = None, positive: bool = False,
            note: str = "") -> Any:
    """A dataclass field whose value must be ``>= low`` and ``<= high`` (``> 0`` when ``positive``).

    ``None`` is always accepted (an optional setting left unset); ``note`` is added to the message
    (``"0 = one per core"``).
    """
    return field(default=default, metadata={_KEY: (low, high, positive, note)})


def _shown(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def describe(name: str, low: float | None, high: float | None, positive: bool, note: str = "") -> str:
    """The rule of a bounded field in words: ``"dpi must be between 72 and 600"``."""
    if low is not None and high is not None:
        rule = f"between {_shown(low)} and {_shown(high)}"
    elif positive:
        rule = "positive" if high is None else f"positive and <= {_shown(high)}"
    elif low is not None:
        rule = f">= {_shown(low)}"
    else:
        rule = f"<= {_shown(high)}"
    return f"{name} must be {rule}" + (f" ({note})" if note else "")


def check_bounds(settings: Any) -> None:
    """Raise ``ValueError`` naming the first field of ``settings`` outside its declared range."""
    for f in fields(settings):
        spec = f.metadata.get(_KEY)
        value = getattr(settings, f.name)
        if spec is None or value is None:
            continue
        low, high, positive, note = spec
        if (positive and value <= 0) or (low is not None and value < low) or (high is not None and value > high):
            raise ValueError(f"{describe(f.name, low, high, positive, note)}, not {value!r}")
