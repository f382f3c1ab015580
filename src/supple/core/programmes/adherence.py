"""How well a schedule was kept: done against planned, per week and per routine.

Sessions come in as plain records (:class:`DoneSession`), so this module needs nothing from the
history store: whoever reads the history hands over routine id, start and whether it was
completed.

Matching a session to an occurrence (docs/programme-format.md says the same):

- A session counts for an occurrence of the **same routine** on the **same local date**
  (the date in the runner's zone where it started). A session after midnight counts for the
  new day, not for the evening before.
- Of that day's occurrences of the routine not yet done, it takes the one whose slot time is
  **nearest** to when it started (the earlier on a tie): the morning slot done at 13:00 with
  slots at 07:30 and 19:00 is the morning one; a second session that day then takes the
  evening. Sessions are matched in the order they started.
- A **completed** session makes an occurrence done. One **stopped early** marks it
  attempted (``STOPPED``); a completed session nearest to it later that day (a retry) still
  makes it done.
- An occurrence is **missed** once its day is over (before ``today``) without a completed
  session; today's are ``DUE`` until done, later ones ``UPCOMING``.
- Sessions that match no occurrence (another routine, a paused day, a third session on a
  twice-a-day routine) are not counted against anything; they still make a day active.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from functools import partial

from supple.core.programmes.schedule import Occurrence, Schedule


class Status(Enum):
    DONE = "done"
    STOPPED = "stopped"  # started, stopped early, not done later that day
    MISSED = "missed"
    DUE = "due"  # today, not done yet
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class DoneSession:
    """A session as the history knows it. ``started`` is local wall-clock time (naive), or
    aware (it is then read in the schedule's zone)."""

    routine_id: str
    started: datetime
    completed: bool


@dataclass(frozen=True, slots=True)
class Tally:
    planned: int
    done: int
    stopped: int
    missed: int

    @property
    def share(self) -> float | None:
        """Done of planned, 0–1; None when nothing was planned."""
        return self.done / self.planned if self.planned else None


@dataclass(frozen=True)
class Adherence:
    statuses: tuple[tuple[Occurrence, Status], ...]
    by_week: dict[int, Tally]
    by_routine: dict[str, Tally]
    missed: tuple[Occurrence, ...]
    active_days_30: int  # days with a completed session in the 30 days up to today
    overall: Tally


def _local(session: DoneSession, schedule: Schedule) -> datetime:
    if session.started.tzinfo is None:
        return session.started
    return session.started.astimezone(schedule.zone).replace(tzinfo=None)


def match(schedule: Schedule, sessions: Iterable[DoneSession]
          ) -> dict[Occurrence, DoneSession]:
    """Each occurrence a session counts for, with the session (see the module's rules)."""
    found: dict[Occurrence, DoneSession] = {}
    by_day: dict[date, list[Occurrence]] = {}
    for occurrence in schedule.occurrences:
        by_day.setdefault(occurrence.day, []).append(occurrence)
    ordered = sorted(sessions, key=lambda s: _local(s, schedule))
    for session in ordered:
        started = _local(session, schedule)
        open_ = [o for o in by_day.get(started.date(), ())
                 if o.routine_id == session.routine_id
                 and (o not in found or not found[o].completed)]
        if not open_:
            continue
        minute = started.hour * 60 + started.minute + started.second / 60
        best = min(open_, key=partial(_distance, minute=minute))
        if session.completed or best not in found:  # a stopped one never undoes an attempt
            found[best] = session
    return found


def _distance(occurrence: Occurrence, minute: float) -> tuple[float, int]:
    """How far the slot is from a start ``minute`` of the day; the earlier slot on a tie."""
    slot = occurrence.wall_time.hour * 60 + occurrence.wall_time.minute
    return abs(slot - minute), slot


def status_of(occurrence: Occurrence, session: DoneSession | None, today: date) -> Status:
    if session is not None and session.completed:
        return Status.DONE
    if occurrence.day < today:
        return Status.MISSED
    if session is not None:
        return Status.STOPPED
    return Status.DUE if occurrence.day == today else Status.UPCOMING


def _tally(statuses: Sequence[Status]) -> Tally:
    return Tally(len(statuses), statuses.count(Status.DONE), statuses.count(Status.STOPPED),
                 statuses.count(Status.MISSED))


def adherence(schedule: Schedule, sessions: Iterable[DoneSession], today: date) -> Adherence:
    """Planned against done up to ``today`` (the runner's local date).

    ``planned`` in a tally counts every occurrence of the week or routine, those still to come
    included; ``done``, ``stopped`` and ``missed`` count what has happened."""
    sessions = list(sessions)
    matched = match(schedule, sessions)
    statuses = tuple((o, status_of(o, matched.get(o), today)) for o in schedule.occurrences)
    weeks: dict[int, list[Status]] = {}
    routines: dict[str, list[Status]] = {}
    for occurrence, status in statuses:
        weeks.setdefault(occurrence.week, []).append(status)
        routines.setdefault(occurrence.routine_id, []).append(status)
    window = today - timedelta(days=29)
    active = {_local(s, schedule).date() for s in sessions if s.completed}
    return Adherence(
        statuses=statuses,
        by_week={w: _tally(s) for w, s in sorted(weeks.items())},
        by_routine={r: _tally(s) for r, s in routines.items()},
        missed=tuple(o for o, s in statuses if s is Status.MISSED),
        active_days_30=sum(1 for d in active if window <= d <= today),
        overall=_tally([s for _, s in statuses]),
    )
