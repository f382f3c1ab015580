"""Durations typed into a form field, checked as they are typed.

:func:`supple.core.routines.durations.parse_duration` already reads ``30``, ``30s``, ``1m30s``,
``90 s`` and ``2 min``. A form field also meets the clock form people type from a watch,
``1:30`` (and ``1:02:03``); in a file YAML 1.1 happens to read an unquoted ``1:30`` as 90, but
the JSON Schema marks it as an error, so a typed clock is written as ``1m30s``. Everything else
is written as typed: the runner's own words stay in the file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from supple.core.routines.durations import DurationError, parse_duration
from supple.core.wording import tr

_CLOCK = re.compile(r"\s*(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?\s*")
_WHOLE = re.compile(r"\s*\d{1,9}\s*")
_DECIMAL = re.compile(r"\s*\d{1,9}\.\d{1,6}\s*")


@dataclass(frozen=True)
class TypedDuration:
    seconds: float
    #: What goes into the file: the typed text, a bare number, or ``1m30s`` for a clock.
    value: str | int | float


def _clock(match: re.Match[str], typed: str) -> float:
    first, second, third = match.groups()
    if third is None:
        minutes, seconds, hours = int(first), int(second), 0
    else:
        hours, minutes, seconds = int(first), int(second), int(third)
        if minutes >= 60:
            raise DurationError(tr("{typed}: minutes after the first ':' must be "
                                   "under 60 (e.g. 1:05:00)").format(typed=repr(typed.strip())))
    if seconds >= 60 or len(second if third is None else third) != 2:
        raise DurationError(tr("{typed}: write the seconds after ':' as two digits "
                               "under 60, e.g. 1:30 or 0:45").format(typed=repr(typed.strip())))
    return float(hours * 3600 + minutes * 60 + seconds)


def read_typed_duration(typed: str, *, zero_ok: bool = True) -> TypedDuration:
    """The duration ``typed`` means, and how to write it; DurationError with a message for the
    field otherwise (``zero_ok`` False for holds, tempo phases and a rest step's rest)."""
    if not typed.strip():
        raise DurationError(tr("type a duration, e.g. 30s, 1m30s, 1:30 or 90"))
    clock = _CLOCK.fullmatch(typed)
    value: str | int | float
    if clock:
        seconds = parse_duration(_clock(clock, typed))
        value = duration_text(seconds)
    else:
        seconds = parse_duration(typed)
        if _WHOLE.fullmatch(typed):
            value = int(typed)
        elif _DECIMAL.fullmatch(typed):
            value = float(typed)
        else:
            value = " ".join(typed.split())
    if seconds == 0 and not zero_ok:
        raise DurationError(tr("must be longer than zero"))
    return TypedDuration(seconds, value)


def check_typed_duration(typed: str, *, zero_ok: bool = True) -> str | None:
    """None when ``typed`` is a good duration, else what is wrong, for the field's tooltip."""
    try:
        read_typed_duration(typed, zero_ok=zero_ok)
    except DurationError as exc:
        return str(exc)
    return None


def duration_text(seconds: float) -> str:
    """Seconds as a file says them: ``30s``, ``1m30s``, ``2m``, ``1h5m``, ``1.5s``, ``0``."""
    if seconds == 0:
        return "0"
    if not math.isfinite(seconds) or seconds < 0:
        raise DurationError(tr("expected a finite duration"))
    tenths = round(seconds * 10)
    whole, part = divmod(tenths, 10)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    out = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "")
    if secs or part:
        out += f"{secs}.{part}s" if part else f"{secs}s"
    return out or "0"
