"""The report's figures from real history files with known sessions: a full period, an empty
one, one with interrupted sessions, one spanning a load change, and the filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from statistics import fmean

import pytest

from report_histories import (
    DROPS,
    HSR,
    HSR_START,
    START,
    STEPS,
    History,
    at,
    full_twelve_weeks,
    heavy_slow_load_change,
    interrupted_fortnight,
    open_history,
    programmes,
    routine_of,
)
from supple.core.history.model import Outcome
from supple.core.history.records import RatingMoment
from supple.core.report.build import build_report
from supple.core.report.model import MCID_POINTS, PainChange, Query, Report

LAST = START + timedelta(days=83)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.db")
    yield opened
    opened.store.close()


def report(history: History, first: date = START, last: date = LAST,
           today: date | None = None, **kw: object) -> Report:
    query = Query(first, last, today or last + timedelta(days=7), **kw)  # type: ignore[arg-type]
    return build_report(history.store, programmes(), routine_of, query)


def expected_pain(day_index: int) -> list[int]:
    """The pain ratings full_twelve_weeks gives on a day: during and after each session, and
    the morning's."""
    pain = 6 - (5 * day_index) // 83
    sessions = 1 if (START + timedelta(days=day_index)).weekday() == 6 else 2
    return [pain, max(pain - 1, 1)] * sessions + [max(pain - 2, 0)]


def test_a_full_period(history: History) -> None:
    full_twelve_weeks(history)
    r = report(history)
    # Twice a day for 84 days; every Sunday evening (12 of them) skipped.
    assert r.adherence.planned == 168
    assert r.adherence.done == r.adherence.sessions == r.adherence.completed == 168 - 12
    assert [(w.planned, w.done, w.missed) for w in r.adherence.weeks][:11] == [(14, 13, 1)] * 11
    # The last Sunday evening is the period's last day; "today" is a week later, so it was
    # missed too.
    assert r.adherence.weeks[-1].missed == 1 and len(r.adherence.weeks) == 12
    assert r.adherence.active_days_30 == 30
    assert [(e.exercise, e.done, e.planned) for e in r.adherence.exercises] == [
        (STEPS[0], 156, 168), (STEPS[1], 156, 168)]
    assert not r.adherence.stopped and r.adherence.steps_skipped == 0
    # Ratings: one row per day, the change against the figures the history was made from.
    assert len(r.ratings.days) == 84
    first = [v for i in range(14) for v in expected_pain(i)]
    last = [v for i in range(70, 84) for v in expected_pain(i)]
    change = r.ratings.change
    assert change is not None
    assert change.first_mean == pytest.approx(fmean(first))
    assert change.last_mean == pytest.approx(fmean(last))
    assert (change.first_count, change.last_count) == (len(first), len(last))
    assert change.important and change.change < -MCID_POINTS
    assert "clinically important improvement" in r.ratings.change_note
    assert "Farrar" in r.ratings.change_note and "Salaffi" in r.ratings.change_note
    week_one = r.ratings.days[6]  # Sunday: one session, so fewer ratings
    assert week_one.average_7 == pytest.approx(fmean([v for i in range(7)
                                                      for v in expected_pain(i)]))
    assert (r.ratings.days[0].during, r.ratings.days[0].after,
            r.ratings.days[0].morning) == (6, 5, 4)
    # Runs every Saturday; every day has a session, so no rest day.
    assert len(r.activity.runs) == 12 and r.activity.rest_days == ()
    heel = r.calf_tests[0]
    assert heel.first_last("left") == (12, 20) and heel.first_last("right") == (25, 29)
    assert [c.side for c in r.complaints] == ["left"]
    assert r.runner == "Sam Runner"
    assert [p.routine_id for p in r.prescriptions] == [DROPS]
    [drops] = r.prescriptions
    assert drops.how_often.startswith("twice a day") and drops.weeks == "week 12 of 12"
    assert [e.dose for e in drops.exercises] == [
        "15 reps · 1 s up, 3 s down · each side · 3 sets"] * 2
    # The first ratings are above 5: ease; later within 5: go on; listed when it changed.
    assert [a.kind for a in r.advice][:2] == ["ease", "go on"]
    # Pain of 6 (above the 5 allowed) on days 0-16: ease on each of those 17 days.
    assert dict(r.advice_days)["ease"] == 17 and sum(n for _, n in r.advice_days) == 84
    assert r.statements == ()


def test_an_empty_period_says_so(history: History) -> None:
    full_twelve_weeks(history)
    r = report(history, date(2025, 1, 1), date(2025, 3, 31))
    assert r.empty
    assert r.statements[0].startswith("Nothing was recorded in this period")
    assert r.adherence.sessions == 0 and r.adherence.planned is None
    assert r.ratings.change is None and "No pain was rated" in r.ratings.change_note
    assert r.prescriptions == () and r.complaints == ()
    assert len(r.activity.rest_days) == 90  # every day: nothing done


def test_no_history_at_all(history: History) -> None:
    r = report(history, START, START + timedelta(days=6))
    assert r.empty and "shorter than four weeks" in r.ratings.change_note
    assert any("No programme was followed" in s for s in r.statements)


def test_interrupted_sessions_and_skipped_steps(history: History) -> None:
    interrupted_fortnight(history)
    last = START + timedelta(days=13)
    r = report(history, START, last)
    kept = r.adherence
    assert kept.sessions == 28 and kept.completed == 24
    assert [(s.day, s.outcome) for s in kept.stopped] == [
        (START + timedelta(days=2), "stopped early"), (START + timedelta(days=5), "stopped early"),
        (START + timedelta(days=9), "stopped early"), (START + timedelta(days=11), "interrupted")]
    assert all(s.steps_done == 1 and s.steps_total == 2 for s in kept.stopped)
    assert kept.steps_skipped == 1
    # Planned 28; the four evenings not completed were not redone that day: missed.
    assert (kept.planned, kept.done) == (28, 24)
    assert sum(w.missed or 0 for w in kept.weeks) == 4
    bent = next(e for e in kept.exercises if e.exercise == STEPS[1])
    straight = next(e for e in kept.exercises if e.exercise == STEPS[0])
    # The bent-knee drops: done in the 24 completed sessions but the one that skipped them.
    assert (bent.done, bent.skipped) == (23, 1)
    assert (straight.done, straight.skipped) == (28, 0)
    assert [n.text for n in kept.notes] == ["=calf too sore, stopped", "Bent knee hurt"]
    assert "No calf ratings in this period." in r.statements


def test_a_stopped_session_still_to_redo_today_is_not_missed(history: History) -> None:
    interrupted_fortnight(history)
    day = START + timedelta(days=2)
    r = report(history, START, day, today=day)
    assert r.adherence.weeks[0].stopped == 1 and r.adherence.weeks[0].missed == 0


def test_a_period_spanning_a_load_change(history: History) -> None:
    heavy_slow_load_change(history)
    r = report(history, HSR_START, HSR_START + timedelta(days=20))
    changes = [(c.day, c.routine, c.week, c.direction) for c in r.load_changes]
    week_two = HSR_START + timedelta(days=7)
    assert changes == [(week_two, "Heavy slow calf raises, seated", 2, "up"),
                       (week_two, "Heavy slow calf raises, standing", 2, "up")]
    assert r.load_changes[0].before == "3 × 15 reps, 15RM"
    assert r.load_changes[0].after == "3 × 12 reps, 12RM"
    seated = next(p for p in r.prescriptions if p.routine_id == HSR)
    assert seated.weeks == "week 3 of 12" and seated.how_often.startswith("mon, wed, fri")
    assert seated.exercises[0].dose.startswith("12 reps") and seated.exercises[0].load == (
        "12RM: a load you can lift only 12 times with good form")
    assert (r.adherence.planned, r.adherence.done) == (18, 18)
    # Pain-free sessions settled by the morning after: the rules said the load may go up.
    assert "progress" in [a.kind for a in r.advice]


def test_a_load_change_before_the_period_is_not_listed(history: History) -> None:
    heavy_slow_load_change(history)
    first = HSR_START + timedelta(days=8)
    assert report(history, first, first + timedelta(days=10)).load_changes == ()


def test_the_routine_and_programme_filters(history: History) -> None:
    heavy_slow_load_change(history)
    history.session("post-run-stretch", at(HSR_START, 20), steps=("Calf stretch",),
                    name="Post-run stretch")
    last = HSR_START + timedelta(days=20)
    everything = report(history, HSR_START, last)
    assert everything.adherence.sessions == 19
    assert "post-run-stretch" in [p.routine_id for p in everything.prescriptions]
    one = report(history, HSR_START, last, routines=(HSR,))
    assert one.adherence.sessions == 9 and one.adherence.planned == 9
    assert [p.routine_id for p in one.prescriptions] == [HSR]
    programme = report(history, HSR_START, last, programme="heavy-slow-resistance")
    assert programme.adherence.sessions == 18
    assert "post-run-stretch" not in [p.routine_id for p in programme.prescriptions]
    other = report(history, HSR_START, last, programme="alfredson")
    assert other.adherence.sessions == 0 and other.complaints == ()


def test_mixed_ratings_are_never_pain(history: History) -> None:
    history.clock.now = at(START, 8)
    for i in range(30):
        uuid = history.session(DROPS, at(START + timedelta(days=i), 8))
        history.store.rate_session(uuid, pain_before=6, pain_after=4)
    r = report(history, START, START + timedelta(days=29))
    assert r.ratings.mixed_ratings == 60 and r.ratings.pain_ratings == 0
    assert all(d.mixed == 5 and d.average_7 is None and d.after is None
               for d in r.ratings.days)
    assert r.ratings.change is None
    assert any("only ratings from before pain and tightness" in s for s in r.statements)


def test_the_change_is_within_the_mcid(history: History) -> None:
    for i in range(28):
        uuid = history.session(DROPS, at(START + timedelta(days=i), 8))
        history.store.rate_split(uuid, pain=4 if i < 14 else 3, moment=RatingMoment.AFTER)
    change = report(history, START, START + timedelta(days=27)).ratings.change
    assert change == PainChange(4.0, 14, 3.0, 14)
    assert not change.important
    assert change.verdict().startswith("down 1.0 points: less than the 2-point")


def test_no_change_in_pain_reads_as_unchanged() -> None:
    from supple.core.report.model import PainChange

    assert PainChange(3.0, 5, 3.0, 5).verdict() == (
        "unchanged: less than the 2-point minimal clinically important difference")
    assert PainChange(3.0, 5, 4.0, 5).verdict().startswith("up 1.0 points: less than")


def test_a_routine_whose_file_is_gone(history: History) -> None:
    history.session("my-own-routine", at(START, 9), outcome=Outcome.COMPLETED,
                    name="My own stretches")
    r = report(history, START, START + timedelta(days=6))
    [item] = r.prescriptions
    assert item.missing and item.routine == "My own stretches" and item.exercises == ()


def test_a_period_that_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends"):
        Query(START, START - timedelta(days=1), START)


def test_the_advice_is_the_pain_rules_own_day_by_day() -> None:
    """The report gives the rules only the weeks they look back over: on histories with gaps,
    mixed ratings and stale stretches, that is the advice every rating would give."""
    import random

    from supple.core.coach import rule_ratings
    from supple.core.history.records import RatingEntry
    from supple.core.programmes.pain_monitoring import advise
    from supple.core.report.build import _advice

    for seed in range(12):
        rng = random.Random(seed)
        entries = []
        for i in range(120):
            day = START + timedelta(days=i)
            if rng.random() < 0.25 or 40 <= i - 15 * (seed % 3) < 65:
                continue  # a missed day, or a stale stretch of weeks
            if rng.random() < 0.2:
                entries.append(RatingEntry(day, RatingMoment.AFTER, mixed=rng.randint(0, 9)))
                continue
            entries.append(RatingEntry(day, RatingMoment.MORNING, pain=rng.randint(0, 6),
                                       tightness=rng.randint(0, 6)))
            entries.append(RatingEntry(day, RatingMoment.AFTER, pain=rng.randint(0, 8),
                                       sharp=rng.random() < 0.03))
        query = Query(START + timedelta(days=30), START + timedelta(days=119),
                      START + timedelta(days=125))
        lines, counts = _advice(entries, query, query.last)
        every = rule_ratings(entries)
        days = sorted({e.day for e in entries if query.first <= e.day <= query.last})
        full = [advise([r for r in every if r.day <= day], day) for day in days]
        changed = [(day, a.text) for n, (day, a) in enumerate(zip(days, full, strict=True))
                   if n == 0 or a.kind != full[n - 1].kind]
        assert [(line.day, line.text) for line in lines] == changed, seed
        assert sum(n for _, n in counts) == len(days)
        assert len({a.reason for a in full}) >= 3, seed  # the histories exercise the rules


def test_a_programme_followed_twice_is_prescribed_once(history: History) -> None:
    """Enrolled again when the 12 weeks ended: one prescription, the later one's week; an
    enrolment over before the period is left out of it."""
    store = history.store
    store.enrol("alfredson", START - timedelta(days=200), time_zone="Europe/Berlin")
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    again = START + timedelta(days=84)
    store.enrol("alfredson", again, time_zone="Europe/Berlin")
    history.session(DROPS, at(again + timedelta(days=22), 8))
    r = report(history, START + timedelta(days=70), again + timedelta(days=27))
    assert [c.start for c in r.complaints] == [START, again]
    [drops] = r.prescriptions
    assert drops.weeks == "week 4 of 12"
    # Both enrolments plan the days they cover: 14 days of the first, 28 of the second.
    assert r.adherence.planned == 2 * (14 + 28) and r.adherence.done == 1
