"""An enrolment expanded into dated occurrences: what is due when, in the runner's wall-clock.

The desktop reminders and the Today view read this module, so it answers their questions
directly: what is due on a date (:meth:`Schedule.on`), the next occurrence after an instant
(:meth:`Schedule.next_after`), the occurrences in a range (:meth:`Schedule.between`). It reads
no clock: the caller says what day it is.

Rules (docs/programme-format.md says the same for runners):

- **Wall-clock time.** A slot is a time of day where the runner lives (``Europe/Berlin``), so
  a 07:30 slot is at 07:30 local on both sides of a daylight-saving change; each occurrence
  also has the aware instant (:attr:`Occurrence.at`), whose UTC offset changes with the clocks.
  A slot time that does not exist on a day (the hour skipped in spring) is the same time
  after the change, 02:30 becoming 03:30; a time that happens twice (the hour repeated in
  autumn) is the first of the two.
- **Weeks** are counted from the start date in programme days: week 1 is the first seven
  days, and so on, for the programme's ``weeks``.
- **A pause shifts the programme.** Paused days are not programme days: nothing is due on
  them, the week count stands still, and the programme ends later by as many days. A runner
  who stops for a sore week picks up where they left off instead of skipping ahead to loads
  they never built up to. (A pause of part of a week splits that week around it.)
- **Weekdays** follow the calendar: ``[mon, wed, fri]`` is due on those days of every
  programme week, whatever day the programme started; the runner may choose other days
  (:attr:`Enrolment.weekdays`).
- **Run days** follow the run dates given: ``run days`` is due on each date with a run,
  ``day after a run`` on each date after one (once, even after two runs), both only within the
  programme's days and not on paused days.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from supple.core.programmes.model import WEEKDAYS, Entry, Programme, WeekChange, swaps_for
from supple.core.wording import tr


@dataclass(frozen=True)
class Enrolment:
    """What the runner chose: the programme, from when, where they live and when they train.

    ``slot_times`` override the programme's times (``{"morning": time(6, 45)}``); ``paused``
    are inclusive date ranges; ``answers`` answer the programme's questions by id;
    ``weekdays`` are the runner's own days for a routine the programme puts on weekdays, by
    the programme's routine id (``{"heavy-slow-calf-raises-seated": ["tue", "thu", "sat"]}``).
    """

    programme: Programme
    start: date
    zone: str
    slot_times: Mapping[str, time] = field(default_factory=dict)
    answers: Mapping[str, str] = field(default_factory=dict)
    paused: Sequence[tuple[date, date]] = ()
    run_dates: Collection[date] = ()
    weekdays: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One routine due in one slot of one day."""

    day: date
    slot: str
    routine_id: str
    week: int
    change: WeekChange | None = field(compare=False, hash=False)  # follows from the week
    at: datetime  # aware, in the runner's zone
    entry: int  # the index of its entry in the programme's routines

    @property
    def wall_time(self) -> time:
        return self.at.timetz().replace(tzinfo=None)


def wall_clock(day: date, at: time, zone: ZoneInfo) -> datetime:
    """``at`` on ``day`` in ``zone``, as an aware datetime; a time skipped by the clocks moves
    on by the gap (02:30 → 03:30), a repeated one is the first."""
    naive = datetime.combine(day, at)
    local = naive.replace(tzinfo=zone, fold=0)
    round_trip = local.astimezone(UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:  # in a gap: no such local time
        return round_trip
    return local


class Schedule:
    """Every occurrence of an enrolment, in time order, and the questions asked of them."""

    def __init__(self, enrolment: Enrolment) -> None:
        self.enrolment = enrolment
        self.zone = ZoneInfo(enrolment.zone)
        programme = enrolment.programme
        self.days = programme_days(enrolment.start, programme.weeks, enrolment.paused)
        self.end = self.days[-1]
        self._week_of = {d: i // 7 + 1 for i, d in enumerate(self.days)}
        self.occurrences = tuple(sorted(_expand(enrolment, self.days, self.zone),
                                        key=lambda o: (o.at, o.entry)))
        self._instants = [o.at for o in self.occurrences]
        self._days = [o.day for o in self.occurrences]

    def week_of(self, day: date) -> int | None:
        """The programme week ``day`` is in, or None (before, after, or paused)."""
        return self._week_of.get(day)

    def on(self, day: date) -> list[Occurrence]:
        """What is due on ``day`` (local date), in time order."""
        lo = bisect.bisect_left(self._days, day)
        hi = bisect.bisect_right(self._days, day)
        return list(self.occurrences[lo:hi])

    def between(self, first: date, last: date) -> list[Occurrence]:
        """What is due from ``first`` to ``last``, both included."""
        lo = bisect.bisect_left(self._days, first)
        hi = bisect.bisect_right(self._days, last)
        return list(self.occurrences[lo:hi])

    def next_after(self, instant: datetime) -> Occurrence | None:
        """The first occurrence strictly after ``instant`` (aware, any zone), or None."""
        if instant.tzinfo is None:
            # untranslated: a caller's mistake (a naive datetime), never the runner's
            raise ValueError("next_after needs an aware datetime (with its time zone)")
        i = bisect.bisect_right(self._instants, instant)
        return self.occurrences[i] if i < len(self.occurrences) else None


def programme_days(start: date, weeks: int, paused: Sequence[tuple[date, date]]) -> list[date]:
    """The dates that count as programme days, from ``start``, skipping paused ones."""
    for first, last in paused:
        if last < first:
            raise ValueError(tr("a pause cannot end ({last}) before it starts ({first})").format(
                last=last, first=first))
    days: list[date] = []
    day = start
    limit = weeks * 7
    while len(days) < limit:
        if not any(first <= day <= last for first, last in paused):
            days.append(day)
        day += timedelta(days=1)
        if (day - start).days > limit + 3660:  # paused for ten years: a mistake, not a plan
            raise ValueError(tr("the pauses cover more than ten years"))
    return days


def _expand(enrolment: Enrolment, days: list[date], zone: ZoneInfo) -> Iterator[Occurrence]:
    programme = enrolment.programme
    swaps = swaps_for(programme, dict(enrolment.answers))
    week_of = {d: i // 7 + 1 for i, d in enumerate(days)}
    runs = set(enrolment.run_dates)
    after_runs = {d + timedelta(days=1) for d in runs}
    times: dict[str, time] = {}
    chosen_days = _chosen_weekdays(programme, enrolment.weekdays)
    for index, entry in enumerate(programme.routines):
        routine_id = swaps.get(entry.routine, entry.routine)
        active = entry.active_weeks
        for slot in entry.slot_names:
            if slot not in times:
                chosen = enrolment.slot_times.get(slot) or programme.slot_time(slot)
                if chosen is None:  # pragma: no cover - the loader refuses such a file
                    raise ValueError(tr("slot {slot} has no time").format(slot=repr(slot)))
                times[slot] = chosen
        for day in _due_days(entry, days, runs, after_runs, chosen_days.get(entry.routine)):
            week = week_of[day]
            if active is not None and not active[0] <= week <= active[1]:
                continue
            change = entry.change_for(week)
            for slot in entry.slot_names:
                yield Occurrence(day, slot, routine_id, week, change,
                                 wall_clock(day, times[slot], zone), index)


def _chosen_weekdays(programme: Programme, chosen: Mapping[str, Sequence[str]]
                     ) -> dict[str, set[int]]:
    """The runner's weekdays by routine id, as day numbers; ValueError for days that are not
    weekdays, or a routine the programme does not put on weekdays."""
    on_weekdays = {e.routine for e in programme.routines if isinstance(e.when, list)}
    found: dict[str, set[int]] = {}
    for routine_id, days in chosen.items():
        if routine_id not in on_weekdays:
            raise ValueError(tr("{routine} is not on chosen weekdays in this programme (those "
                                "that are: {routines})").format(
                routine=repr(routine_id), routines=", ".join(sorted(on_weekdays)) or tr("none")))
        wrong = [d for d in days if d not in WEEKDAYS]
        if wrong or not days:
            raise ValueError(tr("weekdays are {weekdays}; got {days}").format(
                weekdays=", ".join(WEEKDAYS), days=repr(list(days)))[:200])
        found[routine_id] = {WEEKDAYS.index(d) for d in days}
    return found


def _due_days(entry: Entry, days: list[date], runs: set[date], after_runs: set[date],
              chosen: set[int] | None) -> Iterator[date]:
    when = entry.when
    if when in ("every day", "twice a day"):  # untranslated: the file's words
        yield from days
    elif when == "run days":  # untranslated: the file's words
        yield from (d for d in days if d in runs)
    elif when == "day after a run":  # untranslated: the file's words
        yield from (d for d in days if d in after_runs)
    else:
        wanted = chosen if chosen is not None else {WEEKDAYS.index(w) for w in when}
        yield from (d for d in days if d.weekday() in wanted)
