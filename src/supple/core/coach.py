"""The runner's day: each active programme's schedule joined with what the history holds.

The programmes (the format, the schedule, adherence, the pain rules) never read the history,
and the history knows nothing of schedules: this module, above both, puts them together. It
reads an enrolment, the runs, the sessions and the ratings from a :class:`HistoryStore`,
expands the enrolment's programme into its schedule, and answers what the Today view,
``supple programme status``, ``supple run --due``, the reminders and the report ask: what is
due today (done, due, missed), which week and phase, the advice from the last ratings, the
next routine due, and how well the programme has been kept.

Everything here is a function of the store's records and a date or an instant handed in: no
clock is read, so every answer can be tested with hand-made histories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from supple.core.history.model import HistoryError, Outcome, SessionRecord
from supple.core.history.records import Enrolment, EnrolmentState, RatingEntry, RunRecord
from supple.core.history.store import HistoryStore
from supple.core.programmes.adherence import Adherence, DoneSession, Status, adherence, match
from supple.core.programmes.adherence import status_of as _status_of
from supple.core.programmes.loader import LoadedProgramme
from supple.core.programmes.pain_monitoring import Advice, Rating, When, advise
from supple.core.programmes.schedule import Enrolment as ScheduleEnrolment
from supple.core.programmes.schedule import Occurrence, Schedule

#: How far back the advice reads: the pain rules look at most three weeks back (a session of
#: the last 7 days, the morning up to a week before it, two weeks of mornings compared).
ADVICE_WINDOW_DAYS = 35

#: How far a session's local date as recorded can be from its date in the schedule's zone:
#: UTC offsets run from -12 to +14 hours, 26 hours apart, so two days at most.
ZONE_SLACK_DAYS = 2

#: Adherence counts the active days of the 30 up to the day asked about.
ACTIVE_DAYS = 30


@dataclass(frozen=True)
class Plan:
    """One enrolment made ready: its record, its programme and the schedule they make."""

    enrolment: Enrolment
    programme: LoadedProgramme
    schedule: Schedule

    @property
    def paused(self) -> bool:
        return self.enrolment.state is EnrolmentState.PAUSED


@dataclass(frozen=True)
class DueItem:
    occurrence: Occurrence
    status: Status


@dataclass(frozen=True)
class Day:
    """What one plan asks of one date."""

    plan: Plan
    day: date
    week: int | None  # None before the start, after the end, or on a paused day
    phase: str | None
    items: tuple[DueItem, ...]

    @property
    def next_due(self) -> DueItem | None:
        """The first of the day's routines still to do (due, or stopped early and not redone)."""
        return next((i for i in self.items if i.status in (Status.DUE, Status.STOPPED)), None)


def answers_for(enrolment: Enrolment, programme: LoadedProgramme) -> dict[str, str]:
    """The enrolment's answers to the programme's questions: where it hurts (mid-portion or
    insertion) answers the question that offers it; every other question keeps its default."""
    where = enrolment.location.value
    return {q.id: where for q in programme.programme.questions
            if any(a.id == where for a in q.answers)}


def schedule_for(enrolment: Enrolment, programme: LoadedProgramme, runs: Iterable[RunRecord],
                 today: date) -> Schedule:
    """The schedule of ``enrolment``. A pause still going on counts up to ``today``."""
    slots = {name: at for name, at in (("morning", enrolment.morning_slot),
                                        ("evening", enrolment.evening_slot)) if at is not None}
    paused = [(p.first_day, p.last_day if p.last_day is not None else max(today, p.first_day))
              for p in enrolment.pauses]
    return Schedule(ScheduleEnrolment(
        programme=programme.programme, start=enrolment.start_day, zone=enrolment.time_zone,
        slot_times=slots, answers=answers_for(enrolment, programme), paused=paused,
        run_dates={run.day for run in runs}))


def rule_ratings(entries: Iterable[RatingEntry]) -> list[Rating]:
    """The history's ratings as the pain rules read them."""
    return [Rating(e.day, When(e.moment.value), e.pain, e.tightness, e.sharp, e.mixed)
            for e in entries]


class Coach:
    """The active programmes of one history, asked about one date or instant at a time.

    ``programmes`` are the loaded programme files (built-in and the user's); an enrolment whose
    programme is not among them (a file since removed) is left out of :meth:`plans` and named
    by :meth:`missing`. Each question reads the history once: the enrolments and runs for the
    plans, the sessions for what was done: only those of each plan's days (and the 30 days
    before the date asked about), through the history's start-time index, so the answers take
    as long after ten years of history as after ten weeks."""

    def __init__(self, store: HistoryStore, programmes: Sequence[LoadedProgramme]) -> None:
        self._store = store
        self._programmes = {p.id: p for p in programmes}

    def _open_enrolments(self) -> list[Enrolment]:
        return [e for e in self._store.enrolments() if e.state is not EnrolmentState.FINISHED]

    def plans(self, today: date) -> list[Plan]:
        """The enrolments not finished (active and paused) whose programme is known, oldest
        first."""
        known = [e for e in self._open_enrolments() if e.programme_id in self._programmes]
        if not known:
            return []
        # A schedule asks of runs on its days and on the day before each ("day after a run").
        runs = self._store.runs(since=min(e.start_day for e in known) - timedelta(days=1))
        return [Plan(e, self._programmes[e.programme_id],
                     schedule_for(e, self._programmes[e.programme_id], runs, today))
                for e in known]

    def missing(self) -> list[Enrolment]:
        """The enrolments not finished whose programme file is gone."""
        return [e for e in self._open_enrolments() if e.programme_id not in self._programmes]

    def _records(self, plan: Plan, day: date) -> list[SessionRecord]:
        """Every session that can count for ``plan`` asked about ``day``, newest first:
        those started (local date as recorded, as :func:`_done_in` reads it) from the plan's
        start to its end, and in the 30 days up to ``day`` (its active days), each span
        widened by the zone slack. Any other session matches no occurrence and is not one of
        the 30 days: an enrolment left running years past its end reads its weeks and the
        last month, not the years between."""
        slack = timedelta(days=ZONE_SLACK_DAYS)
        start = plan.enrolment.start_day
        recent = max(start, day - timedelta(days=ACTIVE_DAYS - 1) - slack)
        return self._store.sessions_within([(start, plan.schedule.end + slack),
                                            (recent, day + slack)])

    def sessions(self, plan: Plan, today: date) -> list[DoneSession]:
        """The sessions of the plan's routines since its start that can count up to
        ``today``, as adherence reads them."""
        return _done_in(plan, self._records(plan, today))

    def day(self, plan: Plan, day: date) -> Day:
        return _day(plan, day, self._records(plan, day))

    def today(self, day: date) -> list[Day]:
        """What every active (not paused) plan asks of ``day``."""
        return [self.day(plan, day) for plan in self.plans(day) if not plan.paused]

    def next_due(self, now: datetime) -> tuple[Plan, Occurrence] | None:
        """The routine to start now: the earliest of today's not yet done in any active plan,
        else the first of a later day (never one of today's, done already, whose slot is
        still to come). ``now`` is aware."""
        active = [plan for plan in self.plans(now.date()) if not plan.paused]
        best: tuple[datetime, Plan, Occurrence] | None = None
        for plan in active:
            day = self.day(plan, now.astimezone(plan.schedule.zone).date())
            open_item = day.next_due
            # Nothing left today: the first of a later day (today's later slots are done).
            occurrence = open_item.occurrence if open_item is not None else \
                next(iter(plan.schedule.between(day.day + timedelta(days=1),
                                                plan.schedule.end)), None)
            if occurrence is not None and (best is None or occurrence.at < best[0]):
                best = (occurrence.at, plan, occurrence)
        return None if best is None else (best[1], best[2])

    def adherence(self, plan: Plan, today: date) -> Adherence:
        return adherence(plan.schedule, self.sessions(plan, today), today)

    def advice(self, today: date) -> Advice | None:
        """The pain rules' advice from the ratings of the last weeks; None when the history
        cannot be read. Only the last ``ADVICE_WINDOW_DAYS`` are read, unless none of them is
        a separated rating (the rules then say how old the last one is, or that all are
        mixed): the same advice as from every rating, without reading years of them."""
        try:
            entries = self._store.rating_entries(
                since=today - timedelta(days=ADVICE_WINDOW_DAYS), until=today)
            if not any(_apart(e) for e in entries):
                entries = self._store.rating_entries()
        except HistoryError:
            return None
        return advise(rule_ratings(entries), today)


def _apart(entry: RatingEntry) -> bool:
    return not entry.is_mixed and (entry.pain is not None or entry.tightness is not None
                                   or entry.sharp)


def _done_in(plan: Plan, records: Iterable[SessionRecord]) -> list[DoneSession]:
    routines = set(plan.programme.programme.routine_ids(
        answers_for(plan.enrolment, plan.programme)))
    start = plan.enrolment.start_day
    return [DoneSession(s.routine_id, s.started_at, s.outcome is Outcome.COMPLETED)
            for s in records if s.routine_id in routines and s.started_at.date() >= start]


def _day(plan: Plan, day: date, records: Iterable[SessionRecord]) -> Day:
    occurrences = plan.schedule.on(day)
    matched = match(plan.schedule, _done_in(plan, records)) if occurrences else {}
    items = tuple(DueItem(o, _status_of(o, matched.get(o), day)) for o in occurrences)
    week = plan.schedule.week_of(day)
    phase = plan.programme.programme.phase(week) if week is not None else None
    return Day(plan, day, week, phase, items)
