"""The runner's cadence (steps per minute), measuring it, and a metronome set relative to it.

Cadence retraining raises a runner's *own* step rate by a few per cent (Heiderscheit et al. 2011
tested +5 % and +10 %); a fixed beat of, say, 176 is a rise for one runner and a fall for
another. So a routine may write ``metronome: +5%``, and the beat is worked out from the cadence
the runner set in Settings, typed in or measured by tapping along. Until one is set, a default
is used and the app says so.

Pure and small (it is read with the settings, before the first window): the settings, the
routine format, the planner and the tap dialog all use it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import pairwise

from supple.core.wording import QT_TR_NOOP, tr

#: The cadences a setting may hold, in steps per minute (both feet counted). Wide enough for
#: a slow jog and a sprint; with offsets of at most ±30 % every beat stays within 84–299 bpm,
#: inside the format's 30–300.
MIN_CADENCE = 120
MAX_CADENCE = 230
#: The cadence a relative metronome is worked out from while none is set: a middle value for
#: recreational runners at an easy pace, not a target.
DEFAULT_CADENCE = 165
MAX_OFFSET = 30.0  # per cent either way
#: What the app tells a runner whose drill used :data:`DEFAULT_CADENCE`.
UNSET_NOTE_TEXT = QT_TR_NOOP("Set your cadence in Settings: until then the beat is worked out "
                             "from {default} steps a minute.")
UNSET_NOTE = UNSET_NOTE_TEXT.format(default=DEFAULT_CADENCE)

#: A change to the runner's cadence as written in a routine: a sign, a number, a per cent.
OFFSET_PATTERN = r"^\s*([+-]\s*\d{1,2}(\.\d{1,2})?|0(\.0{1,2})?)\s*%\s*$"
_OFFSET = re.compile(OFFSET_PATTERN)

#: Measuring by taps: at least this many steps tapped, and a tap closer to the one before than
#: this share of the usual interval is a double tap (a bounce of the finger), not a step.
MIN_TAPPED_STEPS = 8
_DOUBLE_TAP = 0.5


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def parse_offset(text: str) -> float:
    """The per cent in ``+5%``, ``-2.5 %`` or ``0%``; ValueError with a plain message."""
    match = _OFFSET.match(text)
    if match is None:
        if re.match(r"^\s*\d+(\.\d+)?\s*%\s*$", text):
            raise ValueError(tr("a change to your cadence needs a sign: write +{change} "
                                "for faster or -{change} for slower").format(change=text.strip()))
        raise ValueError(tr("must be beats per minute (a whole number such as 176) or a change "
                            "to your cadence such as +5% or -5%, not {given}").format(
            given=repr(text[:40])))
    percent = float(match.group(1).replace(" ", ""))
    if abs(percent) > MAX_OFFSET:
        raise ValueError(tr("a change to your cadence must be within ±{limit} %, "
                            "got {change} %").format(limit=f"{MAX_OFFSET:g}",
                                                      change=f"{percent:+g}"))
    return percent


def format_offset(percent: float) -> str:
    """``+5%``, ``-2.5%``, ``0%``: how an offset is kept and shown."""
    return "0%" if percent == 0 else f"{percent:+g}%"


def beat(metronome: int | str, cadence: int | None) -> int:
    """Beats per minute for ``metronome``: an absolute bpm as written, or an offset applied to
    ``cadence`` (:data:`DEFAULT_CADENCE` when None), rounded to a whole beat."""
    if isinstance(metronome, int):
        return metronome
    base = DEFAULT_CADENCE if cadence is None else cadence
    return round(base * (1 + parse_offset(metronome) / 100))


def highest_beat(metronome: int | str) -> int:
    """The fastest beat ``metronome`` can give for any allowed cadence (a bound for checks)."""
    return beat(metronome, MAX_CADENCE)


def check_cadence(value: object) -> int:
    """A cadence setting: a whole number of steps per minute in range; ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(tr("expected a whole number of steps per minute, got {value}").format(
            value=repr(value))[:120])
    if not MIN_CADENCE <= value <= MAX_CADENCE:
        raise ValueError(tr("must be between {low} and {high} steps per minute, "
                            "got {value}").format(low=MIN_CADENCE, high=MAX_CADENCE,
                                                  value=repr(value))[:120])
    return value


def cadence_from_taps(times: Sequence[float]) -> int | None:
    """Steps per minute from the monotonic times (seconds) of taps made on each step.

    Robust to the usual slips: a missed tap leaves a gap of about two steps, which is counted
    as two; a double tap (a second tap much sooner than the usual interval) is dropped. The
    usual interval is the median, which a few slips do not move. None when fewer than
    :data:`MIN_TAPPED_STEPS` steps were tapped or the times do not rise.
    """
    if len(times) < 2 or any(b <= a for a, b in pairwise(times)):
        return None
    usual = _median([b - a for a, b in pairwise(times)])
    kept = [times[0]]
    for t in times[1:]:
        if t - kept[-1] >= _DOUBLE_TAP * usual:
            kept.append(t)
    steps = sum(max(1, round((b - a) / usual)) for a, b in pairwise(kept))
    span = kept[-1] - kept[0]
    if steps < MIN_TAPPED_STEPS or not math.isfinite(span) or span <= 0:
        return None
    return round(60 * steps / span)
