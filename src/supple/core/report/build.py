"""A history and the programmes made into a :class:`Report` for one period.

What is in scope: the routines asked for (``--routine``), else those of the programme asked
for (``--programme``), else every routine done in the period or planned by an enrolment that
overlaps it. Rest days and runs are the runner's whole history (a rest day is one without any
session and without a run), whatever the routines asked for.

Reads, once each: the sessions, the enrolments and runs, the ratings of the period (and the
three weeks before, which the pain rules look back over), the calf tests, and the steps of
each session in scope (for the exercises done and skipped).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from supple.core.coach import rule_ratings, schedule_for
from supple.core.history.model import Outcome, SessionRecord, StepStatus
from supple.core.history.records import CalfTestKind, Enrolment, RatingEntry
from supple.core.history.store import HistoryStore
from supple.core.programmes.adherence import DoneSession, Status, adherence
from supple.core.programmes.loader import LoadedProgramme
from supple.core.programmes.pain_monitoring import AdviceKind, Rating, advise
from supple.core.programmes.schedule import Schedule
from supple.core.report import prescription as rx
from supple.core.report.model import (
    Activity,
    Adherence,
    AdviceLine,
    CalfTestRow,
    CalfTests,
    Complaint,
    ExerciseKept,
    LoadChange,
    Note,
    Prescribed,
    Query,
    Report,
    RunLine,
    SessionLine,
    WeekKept,
)
from supple.core.report.ratings import ratings_of
from supple.core.wording import QT_TR_NOOP, tr

# The report's words for an outcome, an advice and a calf test are kept in English in the
# model: the CSV writes them as they are (identifiers a spreadsheet filters on), and whoever
# shows them to a person passes them through tr (they are marked for lupdate here).
_OUTCOME = {Outcome.STOPPED: QT_TR_NOOP("stopped early"),
            Outcome.INTERRUPTED: QT_TR_NOOP("interrupted"),
            Outcome.IN_PROGRESS: QT_TR_NOOP("in progress")}
_ADVICE = {AdviceKind.GO_ON: QT_TR_NOOP("go on"), AdviceKind.EASE: QT_TR_NOOP("ease"),
           AdviceKind.PROGRESS: QT_TR_NOOP("progress"),
           AdviceKind.SEE_PROFESSIONAL: QT_TR_NOOP("see a professional")}
_LOOK_BACK = timedelta(days=21)  # the pain rules read a fortnight of mornings and a week more


@dataclass(frozen=True)
class _Plan:
    enrolment: Enrolment
    programme: LoadedProgramme
    schedule: Schedule
    routines: tuple[str, ...]  # the programme's routine ids, variants swapped in


def _overlaps(enrolment: Enrolment, query: Query) -> bool:
    ended = enrolment.finished_day
    return enrolment.start_day <= query.last and (ended is None or ended >= query.first)


def _plans(store: HistoryStore, programmes: Sequence[LoadedProgramme], query: Query
           ) -> list[_Plan]:
    known = {p.id: p for p in programmes}
    runs = store.runs()
    plans = []
    for enrolment in store.enrolments():
        programme = known.get(enrolment.programme_id)
        if programme is None or not _overlaps(enrolment, query):
            continue
        if query.programme is not None and enrolment.programme_id != query.programme:
            continue
        schedule = schedule_for(enrolment, programme, runs, min(query.last, query.today))
        routines = tuple(dict.fromkeys(schedule.enrolment.programme.routine_ids(
            dict(schedule.enrolment.answers))))
        if not schedule.between(query.first, query.last):
            continue  # over before the period, or not begun: nothing of it is in the report
        plans.append(_Plan(enrolment, programme, schedule, routines))
    return plans


def build_report(store: HistoryStore, programmes: Sequence[LoadedProgramme],
                 routine_of: rx.RoutineOf, query: Query) -> Report:
    """The report of ``query`` over ``store``; ``routine_of`` finds a routine by id in the
    library (None when its file is gone). Raises what the store raises (``HistoryError``)."""
    plans = _plans(store, programmes, query)
    every = store.sessions_between(query.first, query.last)
    if query.routines:
        scope = set(query.routines)
    elif query.programme is not None:
        scope = {r for plan in plans for r in plan.routines}
    else:
        scope = {s.routine_id for s in every} | {r for plan in plans for r in plan.routines}
    sessions = sorted((s for s in every if s.routine_id in scope), key=lambda s: s.started_at)
    until = min(query.last, query.today)
    entries = store.rating_entries(query.first - _LOOK_BACK, query.last)
    prescriptions, load_changes = _prescriptions(plans, sessions, scope, routine_of, query)
    kept = _adherence(store, plans, sessions, scope, query, until)
    ratings = ratings_of(entries, query)
    activity = _activity(store, every, query)
    tests = _calf_tests(store, query)
    advice, advice_days = _advice(entries, query, until)
    runner = next((p.enrolment.name for p in plans if p.enrolment.name), None)
    complaints = tuple(Complaint(p.programme.programme.name, p.enrolment.start_day,
                                 p.enrolment.side.value if p.enrolment.side else None,
                                 None if p.enrolment.location.value == "none"
                                 else p.enrolment.location.value, p.enrolment.state.value)
                       for p in plans)
    report = Report(query, runner, complaints, prescriptions, kept, ratings, activity, advice,
                    tuple(load_changes), tests, advice_days)
    return _with_statements(report)


def _prescriptions(plans: list[_Plan], sessions: list[SessionRecord], scope: set[str],
                   routine_of: rx.RoutineOf, query: Query
                   ) -> tuple[tuple[Prescribed, ...], list[LoadChange]]:
    found: list[Prescribed] = []
    changes: list[LoadChange] = []
    planned: set[str] = set()
    for plan in plans:
        programme = plan.programme.programme
        swaps = dict(zip((e.routine for e in programme.routines),
                         programme.routine_ids(dict(plan.schedule.enrolment.answers)),
                         strict=True))
        for index, entry in enumerate(programme.routines):
            routine_id = swaps[entry.routine]
            if routine_id not in scope:
                continue
            planned.add(routine_id)
            routine = routine_of(routine_id)
            week = _last_week(plan.schedule, index, query)
            found.append(rx.prescribed(routine_id, routine, programme, entry, week))
            name = routine.name if routine is not None else routine_id
            changes += rx.load_changes(plan.schedule, index, name, query.first, query.last)
    # A programme followed twice in the period (enrolled again when it ended) prescribes each
    # routine once: as the later enrolment has it.
    latest = {item.routine_id: i for i, item in enumerate(found)}
    found = [item for i, item in enumerate(found) if latest[item.routine_id] == i]
    for routine_id in dict.fromkeys(s.routine_id for s in sessions):
        if routine_id not in planned:
            routine = routine_of(routine_id)
            item = rx.prescribed(routine_id, routine, None, None, None)
            if routine is None:  # named as the runner last saw it
                name = next(s.routine_name for s in reversed(sessions)
                            if s.routine_id == routine_id)
                item = Prescribed(routine_id, name, None, item.how_often, None, (), True)
            found.append(item)
    return tuple(found), sorted(changes, key=lambda c: (c.day, c.routine))


def _last_week(schedule: Schedule, entry: int, query: Query) -> int | None:
    """The last programme week of the entry that falls in the period (up to today), or the
    first one after the period starts."""
    until = min(query.last, query.today)
    weeks = [o.week for o in schedule.occurrences
             if o.entry == entry and query.first <= o.day <= until]
    if weeks:
        return weeks[-1]
    later = [o.week for o in schedule.occurrences if o.entry == entry and o.day >= query.first]
    return later[0] if later else None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _adherence(store: HistoryStore, plans: list[_Plan], sessions: list[SessionRecord],
               scope: set[str], query: Query, until: date) -> Adherence:
    planned_by_week: dict[date, list[Status]] = defaultdict(list)
    week_number: dict[date, int] = {}
    planned_by_routine: dict[str, int] = defaultdict(int)
    done_sessions = [DoneSession(s.routine_id, s.started_at, s.outcome is Outcome.COMPLETED)
                     for s in sessions]
    for plan in plans:
        kept = adherence(plan.schedule, [d for d in done_sessions
                                         if d.routine_id in plan.routines], query.today)
        for occurrence, status in kept.statuses:
            if occurrence.routine_id not in scope or \
                    not query.first <= occurrence.day <= until:
                continue
            monday = _monday(occurrence.day)
            planned_by_week[monday].append(status)
            week_number.setdefault(monday, occurrence.week)
            planned_by_routine[occurrence.routine_id] += 1
    sessions_by_week: dict[date, list[SessionRecord]] = defaultdict(list)
    for s in sessions:
        sessions_by_week[_monday(s.day)].append(s)
    weeks = []
    monday = _monday(query.first)
    while monday <= query.last:
        statuses = planned_by_week.get(monday)
        done_here = sessions_by_week.get(monday, [])
        weeks.append(WeekKept(
            monday=monday, programme_week=week_number.get(monday),
            planned=len(statuses) if statuses else None,
            done=statuses.count(Status.DONE) if statuses else 0,
            stopped=statuses.count(Status.STOPPED) if statuses else 0,
            missed=statuses.count(Status.MISSED) if statuses else None,
            sessions=len(done_here),
            completed=sum(s.outcome is Outcome.COMPLETED for s in done_here)))
        monday += timedelta(days=7)
    window = (query.last - timedelta(days=29), query.last)
    active = {s.day for s in sessions if s.outcome is Outcome.COMPLETED
              and window[0] <= s.day <= window[1]}
    planned_total = sum(planned_by_routine.values()) if planned_by_routine else None
    return Adherence(
        weeks=tuple(weeks),
        exercises=_exercises(store, sessions, planned_by_routine),
        planned=planned_total,
        done=sum(w.done for w in weeks),
        sessions=len(sessions),
        completed=sum(s.outcome is Outcome.COMPLETED for s in sessions),
        active_days_30=len(active), active_window=window,
        stopped=tuple(SessionLine(s.day, s.routine_name, _OUTCOME[s.outcome], s.steps_done,
                                  s.steps_total, s.steps_skipped)
                      for s in sessions if s.outcome is not Outcome.COMPLETED),
        steps_skipped=sum(s.steps_skipped for s in sessions),
        notes=tuple(Note(s.day, s.routine_name, s.note.strip()) for s in sessions
                    if s.note.strip()))


def _exercises(store: HistoryStore, sessions: list[SessionRecord],
               planned: dict[str, int]) -> tuple[ExerciseKept, ...]:
    """Per routine and exercise (in the order the routine does them): the sessions in which
    any of its sets was done, and those in which any was skipped."""
    done: dict[tuple[str, str], int] = defaultdict(int)
    skipped: dict[tuple[str, str], int] = defaultdict(int)
    order: dict[tuple[str, str], tuple[int, int]] = {}
    names: dict[str, str] = {}
    routine_order: dict[str, int] = {}
    for s in sessions:
        names[s.routine_id] = s.routine_name
        routine_order.setdefault(s.routine_id, len(routine_order))
        statuses: dict[str, set[StepStatus]] = defaultdict(set)
        for step in store.steps(s.uuid):
            key = (s.routine_id, step.name)
            order.setdefault(key, (routine_order[s.routine_id], step.position))
            statuses[step.name].add(step.status)
        for name, seen in statuses.items():
            done[s.routine_id, name] += StepStatus.DONE in seen
            skipped[s.routine_id, name] += StepStatus.SKIPPED in seen
    return tuple(ExerciseKept(names[r], name, planned.get(r), done[r, name], skipped[r, name])
                 for r, name in sorted(order, key=order.__getitem__))


def _activity(store: HistoryStore, every: list[SessionRecord], query: Query) -> Activity:
    runs = store.runs(query.first, query.last)
    trained = {s.day for s in every}
    ran = {r.day for r in runs}
    return Activity(
        runs=tuple(RunLine(r.day, r.minutes, r.distance_km, r.calf_feel) for r in runs),
        rest_days=tuple(d for d in query.each_day() if d not in trained and d not in ran
                        and d <= query.today),
        session_days=tuple(sorted(trained)))


def _advice(entries: list[RatingEntry], query: Query, until: date
            ) -> tuple[tuple[AdviceLine, ...], tuple[tuple[str, int], ...]]:
    """The advice of each rated day in the period, listed when it changed; and on how many
    days each was given."""
    ratings = sorted(rule_ratings(entries), key=lambda r: r.day)
    starts = [r.day for r in ratings]
    apart_before: list[Rating | None] = []  # the latest rating apart before each index
    latest: Rating | None = None
    for r in ratings:
        apart_before.append(latest)
        if r.mixed is None and (r.pain is not None or r.tightness is not None or r.sharp):
            latest = r
    days = sorted({e.day for e in entries if query.first <= e.day <= until})
    found: list[AdviceLine] = []
    counts: dict[str, int] = defaultdict(int)
    for day in days:
        # The rules look back at most a fortnight of mornings and a week before that; an
        # older rating only says how long ago the last one was, so the latest older one is
        # kept too. The same advice as from every rating, in time linear in the period.
        lo = bisect.bisect_left(starts, day - _LOOK_BACK)
        hi = bisect.bisect_right(starts, day)
        before = apart_before[lo] if lo < len(ratings) else latest
        advice = advise(([before] if before is not None else []) + ratings[lo:hi], day)
        counts[_ADVICE[advice.kind]] += 1
        if found and found[-1].kind == _ADVICE[advice.kind]:
            continue
        found.append(AdviceLine(day, _ADVICE[advice.kind], advice.text))
    return tuple(found), tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


_TEST_KINDS = ((CalfTestKind.HEEL_RAISES, QT_TR_NOOP("Single-leg heel raises to fatigue"),
                QT_TR_NOOP("raises")),
               (CalfTestKind.KNEE_TO_WALL, QT_TR_NOOP("Knee to wall"), QT_TR_NOOP("cm")))


def _calf_tests(store: HistoryStore, query: Query) -> tuple[CalfTests, ...]:
    tests = [t for t in store.calf_tests() if query.first <= t.day <= query.last]
    found = []
    for kind, label, unit in _TEST_KINDS:
        by_day: dict[date, dict[str, float]] = defaultdict(dict)
        for t in tests:
            if t.kind is kind:
                by_day[t.day][t.side.value] = t.value  # the last of a day counts
        found.append(CalfTests(label, unit, tuple(
            CalfTestRow(d, v.get("left"), v.get("right")) for d, v in sorted(by_day.items()))))
    return tuple(found)


def _with_statements(report: Report) -> Report:
    said = []
    kept = report.adherence
    if report.empty:
        said.append(tr("Nothing was recorded in this period: no sessions, ratings, runs or "
                       "calf tests."))
    else:
        if not kept.sessions:
            said.append(tr("No sessions in this period."))
        if not report.ratings.days:
            said.append(tr("No calf ratings in this period."))
        elif not report.ratings.pain_ratings:
            said.append(tr("No pain ratings in this period: only ratings from before pain "
                           "and tightness were rated apart (one \"tightness or pain\" number, "
                           "shown as a mixed rating)."))
        if not any(t.rows for t in report.calf_tests):
            said.append(tr("No calf tests in this period."))
    if not report.complaints:
        said.append(tr("No programme was followed in this period, so nothing was planned: "
                       "the sessions are those the runner chose."))
    return replace(report, statements=tuple(said))

