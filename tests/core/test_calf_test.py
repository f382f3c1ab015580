"""The calf test's pacing and count on a fake clock, its values, its side order and when it
is due; no Qt, no store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from supple.core.calf_test import (
    KNEE_WALL_MAX_CM,
    MAX_RAISES,
    Beat,
    CalfTestDue,
    Countdown,
    DueReason,
    HeelRaisePacer,
    Phase,
    Raised,
    Stopped,
    StopReason,
    calf_test_due,
    check_knee_wall,
    check_raises,
    first_side,
    side_order,
)
from supple.core.history.records import (
    CalfTest,
    CalfTestKind,
    Enrolment,
    EnrolmentState,
    Location,
    Side,
)


class Clock:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


def started(clock: Clock, **kwargs: float) -> HeelRaisePacer:
    pacer = HeelRaisePacer(clock, **kwargs)  # type: ignore[arg-type]
    said = pacer.start()
    assert said == [] if pacer.lead_in_s >= 4 else said  # 5 s to go: nothing said yet
    return pacer


def test_the_lead_in_counts_down_three_two_one_then_the_first_beat_is_up(clock: Clock) -> None:
    pacer = started(clock)
    assert pacer.phase is Phase.LEAD_IN
    assert pacer.next_deadline() == 502.0  # 3 s before the first beat
    said = []
    for _ in range(4):
        deadline = pacer.next_deadline()
        assert deadline is not None
        clock.t = deadline
        said += pacer.tick()
    assert said == [Countdown(3), Countdown(2), Countdown(1), Beat(1, up=True)]
    assert pacer.phase is Phase.PACING
    assert pacer.counted == 0


def test_thirty_raises_a_minute_counted_on_the_down_beat(clock: Clock) -> None:
    pacer = started(clock)
    events = []
    while clock.t < 505.0 + 60.0:  # a minute of beats, woken at each deadline
        deadline = pacer.next_deadline()
        assert deadline is not None
        clock.t = deadline
        events += pacer.tick()
    beats = [e for e in events if isinstance(e, Beat)]
    raises = [e for e in events if isinstance(e, Raised)]
    assert len(beats) == 61  # 0 s .. 60 s, one a second
    assert [b.up for b in beats[:4]] == [True, False, True, False]
    assert raises[-1] == Raised(30)
    assert pacer.counted == 30


def test_a_late_wake_up_loses_no_beat_and_does_not_drift(clock: Clock) -> None:
    pacer = started(clock)
    clock.t = 505.0 + 9.4  # woken 14 s late, in the middle of the 10th beat
    events = pacer.tick()
    assert [e.number for e in events if isinstance(e, Beat)] == list(range(1, 11))
    assert pacer.counted == 5
    assert pacer.next_deadline() == 505.0 + 10.0  # the 11th beat, on the grid
    assert pacer.beat_time(10) == 505.0 + 9.0


def test_stopping_half_way_through_a_raise_leaves_it_out(clock: Clock) -> None:
    pacer = started(clock)
    clock.t = 505.0 + 20.5  # the 21st beat (up) has come, its down has not
    events = pacer.stop()
    assert events[-1] == Stopped(10, StopReason.RUNNER)
    assert pacer.count == 10
    assert pacer.phase is Phase.STOPPED
    assert pacer.next_deadline() is None
    clock.t += 30
    assert pacer.tick() == [] and pacer.stop() == []  # nothing after the stop
    assert pacer.count == 10


def test_stopping_during_the_lead_in_counts_nothing(clock: Clock) -> None:
    pacer = started(clock)
    clock.t += 2.5
    assert pacer.stop() == [Countdown(3), Stopped(0, StopReason.RUNNER)]


def test_the_time_limit_stops_a_test_left_running(clock: Clock) -> None:
    pacer = started(clock, time_limit_s=60.0)
    clock.t = 505.0 + 3600  # an hour later
    events = pacer.tick()
    assert events[-1] == Stopped(30, StopReason.TIME_LIMIT)
    assert pacer.reason is StopReason.TIME_LIMIT
    assert pacer.stop() == []
    late = started(clock, time_limit_s=60.0)
    clock.t += 3600  # Stop pressed long after the limit, no wake-up between: the limit's
    assert late.stop()[-1] == Stopped(30, StopReason.TIME_LIMIT)


def test_the_runner_corrects_the_count(clock: Clock) -> None:
    pacer = started(clock)
    clock.t = 505.0 + 44.0
    pacer.stop()
    assert pacer.counted == 22
    pacer.correct(21)
    assert (pacer.count, pacer.counted, pacer.corrected) == (21, 22, True)
    pacer.correct(22)
    assert not pacer.corrected


@pytest.mark.parametrize("bad", [-1, MAX_RAISES + 1, 2.5, True, "12", None])
def test_a_bad_correction_is_refused_and_the_count_kept(clock: Clock, bad: object) -> None:
    pacer = started(clock)
    clock.t = 505.0 + 10.0
    pacer.stop()
    with pytest.raises(ValueError, match="whole count"):
        pacer.correct(bad)  # type: ignore[arg-type]
    assert pacer.count == 5


def test_commands_out_of_order_are_bugs(clock: Clock) -> None:
    pacer = HeelRaisePacer(clock)
    with pytest.raises(RuntimeError):
        pacer.stop()
    with pytest.raises(RuntimeError):
        pacer.correct(3)
    pacer.start()
    with pytest.raises(RuntimeError):
        pacer.start()
    with pytest.raises(RuntimeError):
        pacer.correct(3)  # still running


@pytest.mark.parametrize("kwargs", [{"per_minute": 0}, {"per_minute": 30.0},
                                    {"lead_in_s": -1.0}, {"time_limit_s": float("nan")}])
def test_bad_settings_are_refused(clock: Clock, kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        HeelRaisePacer(clock, **kwargs)  # type: ignore[arg-type]


def test_another_pace_sets_the_beat(clock: Clock) -> None:
    pacer = started(clock, per_minute=60, lead_in_s=0.0)
    assert pacer.beat_s == 0.5
    clock.t += 10.0
    pacer.tick()
    assert pacer.counted == 10


def test_knee_to_wall_is_kept_to_the_half_centimetre() -> None:
    assert check_knee_wall(11.3) == 11.5
    assert check_knee_wall(0) == 0.0
    assert check_knee_wall(KNEE_WALL_MAX_CM) == KNEE_WALL_MAX_CM
    for bad in (-0.5, KNEE_WALL_MAX_CM + 0.5, float("inf"), False, "9"):
        with pytest.raises(ValueError, match="knee to wall"):
            check_knee_wall(bad)
    assert check_raises(0) == 0


# ----- the order of the legs, and when the test is due --------------------------------------

NOW = datetime(2026, 12, 2, 9, tzinfo=UTC)


def enrolment(start: date, side: Side | None = None,
              state: EnrolmentState = EnrolmentState.ACTIVE) -> Enrolment:
    return Enrolment("e-1", "alfredson", start, None, side, Location.NONE, state, None, None,
                     None, "UTC", (), NOW, NOW)


def record(day: date, side: Side = Side.LEFT) -> CalfTest:
    return CalfTest(f"t-{day}-{side.value}", day, side, CalfTestKind.HEEL_RAISES, 20.0, NOW)


def test_the_enrolled_side_goes_first_else_left_then_right() -> None:
    today = date(2026, 12, 2)
    assert side_order(None) == (Side.LEFT, Side.RIGHT)
    assert side_order(Side.BOTH) == (Side.LEFT, Side.RIGHT)
    assert side_order(Side.RIGHT) == (Side.RIGHT, Side.LEFT)
    assert first_side([enrolment(today, Side.RIGHT)]) is Side.RIGHT
    assert first_side([enrolment(today, Side.RIGHT, EnrolmentState.FINISHED)]) is None
    assert first_side([enrolment(today, Side.BOTH)]) is None


def test_due_with_none_yet_then_every_fourteen_days() -> None:
    today = date(2026, 12, 2)
    due = calf_test_due([], [], today)
    assert due == CalfTestDue(DueReason.NEVER, None)
    assert due.text(today).startswith("Calf test due: about 5 minutes")
    assert calf_test_due([record(today - timedelta(days=13))], [], today) is None
    due = calf_test_due([record(today - timedelta(days=14))], [], today)
    assert due is not None and due.reason is DueReason.INTERVAL
    assert "your last was 14 days ago" in due.text(today)
    # A test dated in the future (a typo on the command line) does not hide the due one.
    assert calf_test_due([record(today + timedelta(days=3))], [], today) == due.__class__(
        DueReason.NEVER, None)


def test_due_in_week_one_of_a_programme_until_one_is_done_after_its_start() -> None:
    start = date(2026, 11, 30)
    tested_before = [record(start - timedelta(days=3))]  # 6 days ago: not due by the interval
    for today, expected in ((start, DueReason.PROGRAMME_START),
                            (start + timedelta(days=6), DueReason.PROGRAMME_START),
                            (start + timedelta(days=7), None)):
        due = calf_test_due(tested_before, [enrolment(start)], today, {"alfredson": "Alfredson"})
        assert (due.reason if due else None) is expected, today
    due = calf_test_due(tested_before, [enrolment(start)], start)
    assert due is not None and "week 1 of alfredson" in due.text(start)
    assert calf_test_due([*tested_before, record(start)], [enrolment(start)], start) is None
    paused = enrolment(start, state=EnrolmentState.PAUSED)
    assert calf_test_due(tested_before, [paused], start) is None


def test_the_evidence_page_states_the_figures_the_test_uses() -> None:
    from pathlib import Path

    from supple.core import calf_test

    page = (Path(__file__).resolve().parents[2] / "docs" / "evidence.md").read_text("utf-8")
    section = page.split("## The calf test (`src/supple/core/calf_test.py`)", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip()
            for line in section.splitlines() if line.startswith("| ") and "---" not in line}
    assert rows["Pace"].startswith(f"{calf_test.RAISES_PER_MINUTE} raises a minute")
    assert rows["Lead-in"] == f"{calf_test.LEAD_IN_S:g} s, counted down aloud from " \
                              f"{calf_test.COUNTDOWN_FROM}"
    assert rows["Time limit"].startswith(f"{calf_test.TIME_LIMIT_S:g} s")
    assert rows["Knee to wall"].endswith(f"0 to {calf_test.KNEE_WALL_MAX_CM:g}, in "
                                         f"{calf_test.KNEE_WALL_STEP_CM:g} cm steps")
    assert rows["How often"].startswith(f"every {calf_test.DUE_EVERY_DAYS} days")
    assert rows["How long"] == f"about {calf_test.ABOUT_MINUTES} minutes"
