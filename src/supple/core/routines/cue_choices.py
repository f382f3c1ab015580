"""Which cues play: every choice made (the app's settings, then a routine's and a step's own).

Kept apart from the routine model so that the settings, read before the first window is
painted, do not pull in the model's validation library.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ResolvedCues:
    """Cue settings with every choice made."""

    start: bool = True
    countdown: bool = True
    halfway: bool = True
    switch: bool = True
    rest: bool = True
    tempo: bool = True
    metronome: bool = True
    finish: bool = True
    voice: bool = True
    say_reps: bool = False


CUE_CHOICES = tuple(f.name for f in fields(ResolvedCues))
