"""A step at a glance, for the rows of the form editor's step list.

``30 s · each side · 2 sets``, ``12 reps · 1 s up, 2 s down · 3 sets``, ``2 rounds of 3
steps``: what the step asks of the runner, in the words the library uses for its exercise lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from supple.core.routines.durations import format_duration
from supple.core.routines.model import Block, Exercise, RestStep
from supple.core.routines.phases import phase_label
from supple.core.wording import tr


@dataclass(frozen=True)
class StepRow:
    """One row of the step list: where the step is, and what the row shows."""

    path: tuple[int, ...]  # as the document's operations take it
    kind: Literal["exercise", "rest", "block"]
    title: str
    summary: str
    image: str | None

    @property
    def depth(self) -> int:
        return len(self.path) - 1


def step_rows(steps: Sequence[Exercise | RestStep | Block],
              parent: tuple[int, ...] = ()) -> list[StepRow]:
    """Every step, blocks before their own steps, in the order the file writes them."""
    rows = []
    for i, step in enumerate(steps):
        path = (*parent, i)
        kind: Literal["exercise", "rest", "block"] = (
            "block" if isinstance(step, Block) else
            "rest" if isinstance(step, RestStep) else "exercise")
        image = None if isinstance(step, Block) else step.image
        rows.append(StepRow(path, kind, step_title(step), step_summary(step), image))
        if isinstance(step, Block):
            rows += step_rows(step.steps, path)
    return rows


def seconds_text(seconds: float) -> str:
    """``30 s``, ``1.5 s`` under a minute (a tempo phase keeps its tenth); ``1:30`` above."""
    if seconds < 60:
        return f"{round(seconds, 1):g} s"
    return format_duration(seconds)


def step_title(step: Exercise | RestStep | Block) -> str:
    """The row's name: the step's own, or what it is when it has none."""
    if isinstance(step, Block):
        return step.name or tr("Block")
    return step.name


def step_summary(step: Exercise | RestStep | Block) -> str:
    if isinstance(step, Block):
        text = tr("%n round(s) of {steps}", None, step.rounds).format(
            steps=tr("%n step(s)", None, len(step.steps)))
        if step.rest is not None and step.rounds > 1:
            text += " · " + tr("{duration} rest between").format(duration=seconds_text(step.rest))
        return text
    if isinstance(step, RestStep):
        return tr("{duration} rest").format(duration=seconds_text(step.rest))
    parts = []
    if step.reps is not None:
        parts.append(tr("%n rep(s)", None, step.reps))
        if isinstance(step.tempo, dict):
            parts.append(", ".join(
                tr("{duration} {phase}", "a tempo phase's time").format(
                    duration=seconds_text(t), phase=phase_label(phase))
                for phase, t in step.tempo.items()))
        elif step.tempo is not None:
            parts.append(tr("{duration} a rep").format(duration=seconds_text(step.tempo)))
    elif step.hold is not None:
        parts.append(seconds_text(step.hold))
    if isinstance(step.metronome, str):
        parts.append(tr("{offset} of your cadence").format(offset=step.metronome))
    elif step.metronome is not None:
        parts.append(tr("{beats} bpm").format(beats=step.metronome))
    if step.sides:
        parts.append(tr("each side") if len(step.sides) == 2
                     else tr("%n side(s)", None, len(step.sides)))
    if step.sets > 1:
        parts.append(tr("%n set(s)", None, step.sets))
    return " · ".join(parts)
