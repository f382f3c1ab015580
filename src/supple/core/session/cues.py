"""The vocabulary of audio cues, shared by the planner, the engine and every cue player.

A cue is something a person should *hear*; each kind has exactly one sound file in
``assets/sounds/<value>.wav`` and a visual twin in the player.
"""

from __future__ import annotations

from enum import Enum


class CueKind(Enum):
    LEAD_IN = "lead_in"  # "get ready" before a step
    START = "start"  # work begins
    COUNTDOWN = "countdown"  # 3-2-1 before a change
    HALFWAY = "halfway"
    SWITCH = "switch"  # switch sides
    REST = "rest"
    REP_UP = "rep_up"  # concentric / first phase of a rep
    REP_DOWN = "rep_down"  # eccentric / lowering phase
    REP_HOLD = "rep_hold"  # an isometric pause inside a rep
    TICK = "tick"  # metronome beat
    FINISHED = "finished"  # the whole routine is done

    @property
    def sound_file(self) -> str:
        return f"{self.value}.wav"
