"""The prescription as done: each routine's exercises with the week's changes laid over them,
how often the programme asks for it, and the weeks in which its load changed.

The exercises are the routine as the programme's last week in the period makes it
(:func:`supple.core.programmes.weeks.apply_week`), so a physiotherapist reads the dose the
runner is at now, not the one they started with; the load changes say how they got there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from supple.core.programmes.model import Entry, Programme, StepChange, WeekChange
from supple.core.programmes.schedule import Schedule
from supple.core.programmes.weeks import LOAD_TIP, WeekChangeError, apply_week, change_parts
from supple.core.report.model import ExerciseLine, LoadChange, Prescribed
from supple.core.routines.model import Block, Exercise, RestStep, Routine
from supple.core.routines.step_summary import step_summary
from supple.core.wording import CLOCK, QT_TR_NOOP, date_text, tr

RoutineOf = Callable[[str], Routine | None]
#: How often, as the programme file says it (``when:``), for lupdate; shown through ``tr``.
_WHEN_WORDS = (QT_TR_NOOP("every day"), QT_TR_NOOP("twice a day"), QT_TR_NOOP("run days"),
               QT_TR_NOOP("day after a run"))


def _load_of(tip: str) -> str | None:
    """The load in a week's load tip (``LOAD_TIP``, in the language it was made in), or None
    if ``tip`` is another tip."""
    before, _, after = tr(LOAD_TIP).partition("{changes}")
    if tip.startswith(before) and tip.endswith(after) and len(tip) >= len(before) + len(after):
        return tip[len(before):len(tip) - len(after)]
    return None


def exercises_of(routine: Routine) -> tuple[ExerciseLine, ...]:
    found: list[ExerciseLine] = []

    def walk(steps: list[Exercise | RestStep | Block], rounds: int) -> None:
        for step in steps:
            if isinstance(step, Block):
                walk(step.steps, rounds * step.rounds)
            elif isinstance(step, Exercise):
                dose = step_summary(step)
                if rounds > 1:
                    dose += " · " + tr("%n round(s)", None, rounds)
                load = next((x for x in map(_load_of, step.tips) if x is not None), None)
                found.append(ExerciseLine(step.name, dose, load))

    walk(routine.steps, 1)
    return tuple(found)


def how_often(programme: Programme, entry: Entry) -> str:
    """``twice a day (morning 07:30, evening 19:00)``; weekdays and slot names as the file
    writes them."""
    if isinstance(entry.when, list):
        when = tr("{weekdays} ({count} a week)").format(weekdays=", ".join(entry.when),
                                                        count=len(entry.when))
    else:
        when = tr(entry.when)
    slots = ", ".join(tr("{slot} {time}").format(slot=s, time=date_text(t, CLOCK))
                      for s in entry.slot_names if (t := programme.slot_time(s)) is not None)
    return tr("{when} ({slots})").format(when=when, slots=slots) if slots else when


def prescribed(routine_id: str, routine: Routine | None, programme: Programme | None,
               entry: Entry | None, week: int | None) -> Prescribed:
    """``routine`` as ``week`` of the ``entry`` makes it (as written without a programme)."""
    change = entry.change_for(week) if entry is not None and week is not None else None
    exercises: tuple[ExerciseLine, ...] = ()
    if routine is not None:
        try:
            exercises = exercises_of(apply_week(routine, change))
        except WeekChangeError:  # the runner's copy no longer fits: show it as written
            exercises = exercises_of(routine)
    weeks = None
    if programme is not None and week is not None:
        weeks = tr("week {week} of {weeks}").format(week=week, weeks=programme.weeks)
    return Prescribed(
        routine_id=routine_id,
        routine=routine.name if routine is not None else routine_id,
        programme=programme.name if programme is not None else None,
        how_often=(how_often(programme, entry) if programme is not None and entry is not None
                   else tr("on the runner's own, not planned by a programme")),
        weeks=weeks, exercises=exercises, missing=routine is None)


def describe(change: StepChange | None) -> str:
    """A week's changes in a few words: ``3 × 12 reps, 12RM``; "as written" for none."""
    if change is None:
        return tr("as the routine is written")
    parts = change_parts(change, rm_in_full=False)
    if isinstance(change, WeekChange):
        parts += [tr("{step}: {changes}").format(step=name, changes=describe(own))
                  for name, own in change.steps.items()]
    return ", ".join(parts) or tr("as the routine is written")


def _direction(before: WeekChange | None, after: WeekChange | None) -> str:
    """Up when the load is heavier (a lower repetition maximum) or the volume larger."""
    if before is not None and after is not None and before.rm and after.rm \
            and before.rm != after.rm:
        return "up" if after.rm < before.rm else "down"

    def volume(change: WeekChange | None) -> int | None:
        if change is None or change.reps is None:
            return None
        return (change.sets or 1) * change.reps

    old, new = volume(before), volume(after)
    if old is not None and new is not None and old != new:
        return "up" if new > old else "down"
    return "changed"


def load_changes(schedule: Schedule, entry_index: int, routine: str, first: date,
                 last: date) -> list[LoadChange]:
    """The programme weeks starting in ``first`` .. ``last`` whose changes differ from the
    week before's, for one entry of the programme."""
    entry = schedule.enrolment.programme.routines[entry_index]
    found = []
    starts: dict[int, date] = {}
    for occurrence in schedule.occurrences:
        if occurrence.entry == entry_index:
            starts.setdefault(occurrence.week, occurrence.day)
    for week, day in sorted(starts.items()):
        if week == 1 or not first <= day <= last:
            continue
        before, after = entry.change_for(week - 1), entry.change_for(week)
        if before is after:
            continue
        old, new = describe(before), describe(after)
        if old == new and after is not None and after.note:  # the same dose, a new note
            new = f"{new}; {' '.join(after.note.split())}"
        found.append(LoadChange(day, routine, week, old, new, _direction(before, after)))
    return found
