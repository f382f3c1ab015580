"""A week's changes laid over a routine: the routine as the runner does it that week.

The result is an ordinary :class:`Routine`, validated again from scratch, so the session engine
plans it like any other and every limit of the routine format (500 reps, 8 hours in all) still
holds. Which exercises a value applies to:

- ``sets`` and ``rest`` (between sets): every exercise;
- ``reps`` and ``tempo``: every exercise counted in reps;
- ``hold`` and ``metronome``: every timed exercise (a metronome only where there is one);
- a step named under ``steps`` takes its own values over the week's.

A value that no exercise can take, or a step name the routine does not have, is an error
(:class:`WeekChangeError`): a programme written for one routine must not silently do nothing
to a runner's edited copy of it. ``rm`` and ``load`` change no timing: they become the first
tip of each exercise they apply to, and a ``note`` goes at the head of the description, so
the player and the library show them.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from supple.core.programmes.model import StepChange, WeekChange
from supple.core.routines.model import Block, Exercise, RestStep, Routine
from supple.core.routines.step_summary import seconds_text
from supple.core.wording import counted

Step = Exercise | RestStep | Block
_TIMED = ("hold", "metronome")
_COUNTED = ("reps", "tempo")


class WeekChangeError(ValueError):
    """A week's changes do not fit the routine; the message says which value and why."""


def rm_text(rm: int) -> str:
    return f"{rm}RM: a load you can lift only {rm} times with good form"


def change_parts(change: StepChange, *, rm_in_full: bool = True) -> list[str]:
    """A week's changes to its exercises, a few words each (``3 × 15 reps``, ``hold 45 s``,
    ``tempo 3 s up, 3 s down``, ``12RM: …``, ``+5 kg in a backpack``): the one wording the
    Today view, ``supple programme show`` and the progress report use. ``rm_in_full=False``
    gives ``12RM`` alone. A step's own changes (``WeekChange.steps``) are the caller's."""
    parts = []
    if change.sets is not None or change.reps is not None:
        sets = f"{change.sets} × " if change.sets is not None else ""
        parts.append(f"{sets}{change.reps} reps" if change.reps is not None
                     else counted(change.sets or 0, "set"))
    if change.hold is not None:
        parts.append(f"hold {seconds_text(change.hold)}")
    if change.tempo is not None:
        tempo = change.tempo
        parts.append("tempo " + (", ".join(f"{seconds_text(v)} {k}" for k, v in tempo.items())
                                 if isinstance(tempo, dict) else f"{seconds_text(tempo)} a rep"))
    if change.rest is not None:
        parts.append(f"rest {seconds_text(change.rest)}")
    if change.metronome is not None:
        parts.append(f"metronome {change.metronome}"
                     + (" of your cadence" if isinstance(change.metronome, str) else " bpm"))
    if change.rm is not None:
        parts.append(rm_text(change.rm) if rm_in_full else f"{change.rm}RM")
    if change.load is not None:
        parts.append(change.load)
    return parts


def load_tip(change: StepChange) -> str | None:
    """What the week asks of the load, as one line, or None."""
    parts = []
    if change.rm is not None:
        parts.append(rm_text(change.rm))
    if change.load is not None:
        parts.append(change.load)
    return "This week: " + "; ".join(parts) + "." if parts else None


def _merged(week: StepChange, own: StepChange | None) -> StepChange:
    if own is None:
        return week
    given = {k: v for k, v in own.model_dump(exclude_none=True).items()}
    base = {k: v for k, v in week.model_dump(exclude_none=True).items()
            if k in StepChange.model_fields}
    return StepChange.model_validate({**base, **given})


def _exercises(steps: list[Step]) -> list[Exercise]:
    found: list[Exercise] = []
    for step in steps:
        if isinstance(step, Block):
            found += _exercises(step.steps)
        elif isinstance(step, Exercise):
            found.append(step)
    return found


def _fits(ex: Exercise, key: str) -> bool:
    if key in _COUNTED:
        return ex.reps is not None
    if key == "hold":
        return ex.hold is not None
    if key == "metronome":
        return ex.metronome is not None
    return True


def check(routine: Routine, change: WeekChange) -> list[str]:
    """Why ``change`` does not fit ``routine``, one line each; [] when it does."""
    problems = []
    exercises = _exercises(routine.steps)
    names = {ex.name for ex in exercises}
    for name in change.steps:
        if name not in names:
            problems.append(f"the routine {routine.name!r} has no exercise called {name!r} "
                            f"(it has: {', '.join(sorted(names))})")
    for key in change.changes():
        if not any(_fits(ex, key) for ex in exercises):
            kind = "counted in reps" if key in _COUNTED else (
                "with a metronome" if key == "metronome" else "timed (hold)")
            problems.append(f"{key} applies to exercises {kind}, and {routine.name!r} has none")
    for name, own in change.steps.items():
        matching = [ex for ex in exercises if ex.name == name]
        for key in own.changes():
            if matching and not any(_fits(ex, key) for ex in matching):
                problems.append(f"{key} does not apply to {name!r}")
    return problems


def apply_week(routine: Routine, change: WeekChange | None) -> Routine:
    """``routine`` as ``change`` makes it; the routine itself when there is no change."""
    if change is None:
        return routine
    problems = check(routine, change)
    if problems:
        raise WeekChangeError("; ".join(problems))
    data = routine.model_dump()
    data["steps"] = [_step(step, dumped, change)
                     for step, dumped in zip(routine.steps, data["steps"], strict=True)]
    if change.note is not None:
        data["description"] = (change.note + ("\n\n" + routine.description
                                              if routine.description else ""))[:2000]
    try:
        return Routine.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise WeekChangeError(f"the week's changes make {routine.name!r} invalid: {where}: "
                              f"{first['msg']}") from None


def _step(step: Step, dumped: dict[str, Any], change: WeekChange) -> dict[str, Any]:
    if isinstance(step, Block):
        dumped["steps"] = [_step(s, d, change) for s, d in
                           zip(step.steps, dumped["steps"], strict=True)]
        return dumped
    if isinstance(step, RestStep):
        return dumped
    own = _merged(change, change.steps.get(step.name))
    for key, value in own.changes().items():
        if _fits(step, key):
            dumped[key] = value
    tip = load_tip(own)
    if tip is not None:
        dumped["tips"] = [tip, *dumped["tips"]][:20]
    return dumped
