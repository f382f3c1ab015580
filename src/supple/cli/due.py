"""``supple run --due``: the routine the programmes ask for now, as this week prescribes it.

"Due" is today's: the first of today's routines not yet done in any programme followed
(:meth:`supple.core.coach.Coach.next_due`). When today's are all done, or nothing is planned,
nothing is started: the command says what comes next and ends with exit 1, so a script or a
reminder can tell "started" from "nothing to do". The routine is handed to the player with
the week's changes laid over it (sets, reps, hold, tempo), and keeps its id, so the session
counts for the programme.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from supple.cli.faults import EXIT_INVALID, Fault
from supple.cli.history_access import open_history
from supple.cli.terminal import clock_text, shown
from supple.core.library.catalog import Catalog, load_card
from supple.core.paths import AppPaths
from supple.core.wording import WEEKDAY_DAY_MONTH, date_text, tr

if TYPE_CHECKING:
    from supple.core.routines.loader import LoadedRoutine
    from supple.qt.platform.single_instance import WeekRef


def _when(day: datetime) -> str:
    return tr("{day} at {time}").format(day=date_text(day, WEEKDAY_DAY_MONTH),
                                        time=clock_text(day))


def resolve_due(paths: AppPaths, catalog: Catalog, out: TextIO, now: datetime | None = None
                ) -> tuple[LoadedRoutine, WeekRef] | Fault:
    """The routine due now with the week's changes, and where they come from (for an open
    window, which reads both afresh); or what to say instead."""
    from supple.cli.programme import all_programmes
    from supple.core.coach import Coach
    from supple.core.programmes.weeks import WeekChangeError, apply_week
    from supple.core.routines.loader import LoadedRoutine
    from supple.qt.platform.single_instance import WeekRef

    moment = now if now is not None else datetime.now().astimezone()
    opened = open_history(paths)
    if isinstance(opened, Fault):
        return opened
    try:
        coach = Coach(opened, all_programmes(paths, {c.id for c in catalog.cards}))
        found = coach.next_due(moment)
        followed = bool(coach.plans(moment.date()))
    finally:
        opened.close()
    if found is None:
        if not followed:
            return Fault(EXIT_INVALID, tr("supple: nothing is due: you are not following a "
                         "programme (start one with `supple programme start PROGRAMME`)"))
        return Fault(EXIT_INVALID, tr("supple: nothing is due: the programmes you follow have "
                     "nothing more planned (see `supple programme status`)"))
    plan, occurrence = found
    if occurrence.day > moment.astimezone(plan.schedule.zone).date():
        return Fault(EXIT_INVALID, tr(
            "supple: nothing is due today: today's routines are done or none was planned. "
            "Next: {routine}, {when}. To do it now anyway: supple run {routine}").format(
                routine=occurrence.routine_id, when=_when(occurrence.at)))
    card = catalog.by_id(occurrence.routine_id)
    if card is None:
        return Fault(EXIT_INVALID, tr(
            "supple: {programme} asks for the routine {routine}, which is not installed")
            .format(programme=plan.programme.programme.name,
                    routine=repr(occurrence.routine_id)))
    loaded, problems = load_card(card)
    if loaded is None:
        return Fault(EXIT_INVALID, "\n".join(str(p) for p in problems))
    try:
        routine = apply_week(loaded.routine, occurrence.change)
    except WeekChangeError as exc:
        return Fault(EXIT_INVALID, tr(
            "supple: week {week} of {programme} does not fit {routine}: {why}").format(
                week=occurrence.week, programme=plan.programme.programme.name,
                routine=loaded.routine.name, why=exc))
    out.write(shown(tr("Due now: {routine} ({programme}, week {week}, {slot} at {time}).")
                    .format(routine=loaded.routine.name,
                            programme=plan.programme.programme.name, week=occurrence.week,
                            slot=occurrence.slot, time=clock_text(occurrence.at))) + "\n")
    out.flush()
    week = WeekRef(plan.programme.path.absolute(), occurrence.entry, occurrence.week)
    return (LoadedRoutine(loaded.id, loaded.path, routine, loaded.builtin, loaded.fingerprint),
            week)
