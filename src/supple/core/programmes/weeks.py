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
from supple.core.wording import QT_TR_NOOP, tr

Step = Exercise | RestStep | Block
_TIMED = ("hold", "metronome")
_COUNTED = ("reps", "tempo")


#: The tip that carries a week's load (the report reads the load back out of it).
LOAD_TIP = QT_TR_NOOP("This week: {changes}.")


class WeekChangeError(ValueError):
    """A week's changes do not fit the routine; the message says which value and why."""


def rm_text(rm: int) -> str:
    return tr("{rm}RM: a load you can lift only %n time(s) with good form", None, rm).format(
        rm=rm)


def change_parts(change: StepChange, *, rm_in_full: bool = True) -> list[str]:
    """A week's changes to its exercises, a few words each (``3 × 15 reps``, ``hold 45 s``,
    ``tempo 3 s up, 3 s down``, ``12RM: …``, ``+5 kg in a backpack``): the one wording the
    Today view, ``supple programme show`` and the progress report use. ``rm_in_full=False``
    gives ``12RM`` alone. A step's own changes (``WeekChange.steps``) are the caller's."""
    parts = []
    if change.reps is not None:
        parts.append(tr("%n rep(s)", None, change.reps) if change.sets is None else tr(
            "{sets} × %n rep(s)", None, change.reps).format(sets=change.sets))
    elif change.sets is not None:
        parts.append(tr("%n set(s)", None, change.sets))
    if change.hold is not None:
        parts.append(tr("hold {duration}").format(duration=seconds_text(change.hold)))
    if change.tempo is not None:
        tempo = change.tempo
        if isinstance(tempo, dict):
            # The phases are the file's own words (up, down), as the routine's summary shows.
            phases = tr(", ").join(tr("{duration} {phase}").format(
                duration=seconds_text(v), phase=k) for k, v in tempo.items())
            parts.append(tr("tempo {phases}").format(phases=phases))
        else:
            parts.append(tr("tempo {duration} a rep").format(duration=seconds_text(tempo)))
    if change.rest is not None:
        parts.append(tr("rest {duration}").format(duration=seconds_text(change.rest)))
    if isinstance(change.metronome, str):
        parts.append(tr("metronome {share} of your cadence").format(share=change.metronome))
    elif change.metronome is not None:
        parts.append(tr("metronome {bpm} bpm").format(bpm=change.metronome))
    if change.rm is not None:
        parts.append(rm_text(change.rm) if rm_in_full else tr("{rm}RM").format(rm=change.rm))
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
    return tr(LOAD_TIP).format(changes=tr("; ").join(parts)) if parts else None


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
            problems.append(tr("the routine {routine} has no exercise called {name} (it has: "
                               "{names})").format(routine=repr(routine.name), name=repr(name),
                                                  names=tr(", ").join(sorted(names))))
    for key in change.changes():
        if not any(_fits(ex, key) for ex in exercises):
            template = tr("{field} applies to exercises counted in reps, and {routine} has "
                          "none") if key in _COUNTED else tr(
                "{field} applies to exercises with a metronome, and {routine} has none"
            ) if key == "metronome" else tr(
                "{field} applies to exercises timed (hold), and {routine} has none")
            problems.append(template.format(field=key, routine=repr(routine.name)))
    for name, own in change.steps.items():
        matching = [ex for ex in exercises if ex.name == name]
        for key in own.changes():
            if matching and not any(_fits(ex, key) for ex in matching):
                problems.append(tr("{field} does not apply to {name}").format(
                    field=key, name=repr(name)))
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
        raise WeekChangeError(tr("the week's changes make {routine} invalid: {field}: "
                                 "{problem}").format(routine=repr(routine.name), field=where,
                                                     problem=first["msg"])) from None


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
