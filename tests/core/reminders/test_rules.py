"""The reminder rules with a fake clock: wall-clock times across daylight saving and travel, a
machine asleep, quiet hours, pauses, "Later", and no stacking of missed reminders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from supple.core.reminders.rules import (
    Kind,
    QuietHours,
    ReminderConfig,
    UserReminder,
    decide,
    user_candidates,
)
from supple.core.reminders.state import ReminderPause, ReminderState

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DAILY_0730 = (UserReminder("calf-care", (time(7, 30),)),)


class Walk:
    """Asks the rules as the desktop's timer does, carrying the state from check to check."""

    def __init__(self, config: ReminderConfig) -> None:
        self.config = config
        self.state = ReminderState()
        self.shown: list[tuple[datetime, str]] = []
        self.held = 0

    def check(self, now: datetime, *, not_now: bool = False) -> list[str]:
        decision = decide(now, user_candidates(self.config.reminders, now), self.state,
                          self.config, not_now=not_now)
        self.state = decision.state
        self.held += decision.held
        self.shown += [(now, c.key) for c in decision.show]
        return [c.key for c in decision.show]

    def walk(self, times: Iterator[datetime]) -> None:
        for now in times:
            self.check(now)


def minutes(first: datetime, last: datetime, zone: tzinfo, step: int = 1) -> Iterator[datetime]:
    """Real time passing, a minute at a time, as read on a clock in ``zone``."""
    now = first.astimezone(UTC)
    while now <= last.astimezone(UTC):
        yield now.astimezone(zone)
        now += timedelta(minutes=step)


def at(day: date, hour: int, minute: int = 0, zone: tzinfo = BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def test_spring_forward_keeps_0730_and_moves_a_skipped_time_on() -> None:
    spring = date(2026, 3, 29)  # Berlin: 02:00 becomes 03:00
    config = ReminderConfig(reminders=(*DAILY_0730, UserReminder("night", (time(2, 30),))),
                            quiet=None)
    walk = Walk(config)
    walk.walk(minutes(at(spring - timedelta(days=1), 6), at(spring + timedelta(days=1), 9),
                      BERLIN))
    morning = [now for now, key in walk.shown if key.startswith("own:calf-care:")]
    assert [(n.date(), n.hour, n.minute) for n in morning] == [
        (spring - timedelta(days=1), 7, 30), (spring, 7, 30),
        (spring + timedelta(days=1), 7, 30)]
    assert [n.utcoffset() for n in morning] == [timedelta(hours=1), timedelta(hours=2),
                                                timedelta(hours=2)]
    night = [now for now, key in walk.shown if key.startswith("own:night:")]
    # 02:30 does not exist on the day: it comes at 03:30, the same time after the change.
    assert [(n.date(), n.hour, n.minute) for n in night] == [
        (spring - timedelta(days=1), 6, 0),  # missed before the walk began: shown at once
        (spring, 3, 30), (spring + timedelta(days=1), 2, 30)]


def test_fall_back_keeps_0730_and_shows_a_repeated_time_once() -> None:
    autumn = date(2026, 10, 25)  # Berlin: 03:00 becomes 02:00 again
    config = ReminderConfig(reminders=(*DAILY_0730, UserReminder("night", (time(2, 30),))),
                            quiet=None)
    walk = Walk(config)
    walk.walk(minutes(at(autumn - timedelta(days=1), 6), at(autumn + timedelta(days=1), 9),
                      BERLIN))
    morning = [now for now, key in walk.shown if key.startswith("own:calf-care:")]
    assert [(n.date(), n.hour, n.minute, n.utcoffset()) for n in morning] == [
        (autumn - timedelta(days=1), 7, 30, timedelta(hours=2)),
        (autumn, 7, 30, timedelta(hours=1)),
        (autumn + timedelta(days=1), 7, 30, timedelta(hours=1))]
    night = [now for now, key in walk.shown
             if key.startswith("own:night:") and now.date() == autumn]
    assert [(n.hour, n.minute, n.fold) for n in night] == [(2, 30, 0)]  # the first 02:30 only


def test_travel_keeps_0730_where_the_runner_is() -> None:
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    day = date(2026, 12, 1)
    walk.walk(minutes(at(day, 6), at(day, 10), BERLIN))  # at home
    # Flies to New York, landing at 04:00 local time on the same date; the clock follows.
    walk.walk(minutes(at(day, 4, zone=NEW_YORK), at(day + timedelta(days=1), 9, zone=NEW_YORK),
                      NEW_YORK))
    assert [(n.tzinfo, n.date(), n.hour, n.minute) for n, _ in walk.shown] == [
        (BERLIN, day, 7, 30),  # the 07:30 of that date was had in Berlin: not again
        (NEW_YORK, day + timedelta(days=1), 7, 30)]


def test_a_machine_asleep_at_0730_shows_it_once_on_waking() -> None:
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    day = date(2026, 12, 1)
    assert walk.check(at(day, 7, 0)) == []
    # Asleep from 07:00 to 09:10: the timer's next wake-up is the machine's.
    assert walk.check(at(day, 9, 10)) == [f"own:calf-care:{day}:07:30"]
    assert walk.check(at(day, 9, 11)) == []
    assert walk.check(at(day, 18)) == []


def test_missed_reminders_are_not_stacked() -> None:
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30), time(8))),
                                       UserReminder("heel-drops", (time(9),))))
    walk = Walk(config)
    day = date(2026, 12, 1)
    shown = walk.check(at(day, 10))  # asleep through all three
    assert shown == [f"own:heel-drops:{day}:09:00"]  # the latest only
    assert walk.check(at(day, 10, 1)) == []


def test_quiet_hours_hold_a_reminder_until_they_end_and_let_it_lapse_at_midnight() -> None:
    config = ReminderConfig(reminders=(UserReminder("early", (time(6, 30),)),
                                       UserReminder("late", (time(23),))),
                            quiet=QuietHours(time(22), time(7)))
    walk = Walk(config)
    day = date(2026, 12, 1)
    walk.walk(minutes(at(day, 0), at(day + timedelta(days=1), 0), BERLIN))
    assert [(n.hour, n.minute, key.split(":")[1]) for n, key in walk.shown] == [
        (7, 0, "early")]  # held from 06:30 to the end of quiet hours; 23:00 lapsed in them
    assert walk.held > 0


def test_quiet_hours_within_a_day() -> None:
    quiet = QuietHours(time(12), time(14))
    assert quiet.cover(time(12)) and quiet.cover(time(13, 59))
    assert not quiet.cover(time(14)) and not quiet.cover(time(11, 59))
    assert not QuietHours(time(9), time(9)).cover(time(9))


def test_pause_for_today_holds_every_reminder_until_midnight() -> None:
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30), time(18))),))
    walk = Walk(config)
    day = date(2026, 12, 1)
    pause = ReminderPause()
    pause.pause_for_today(at(day, 7))
    walk.state = ReminderState(paused_until=pause.until)
    walk.walk(minutes(at(day, 7), at(day + timedelta(days=1), 8), BERLIN, step=5))
    assert [(n.date(), n.hour, n.minute) for n, _ in walk.shown] == [
        (day + timedelta(days=1), 7, 30)]
    assert walk.state.paused_until is None  # a pause that ended is dropped from the file


def test_pause_for_today_ends_at_the_local_midnight_across_a_clock_change() -> None:
    pause = ReminderPause()
    pause.pause_for_today(at(date(2026, 10, 24), 20))
    assert pause.until == datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN)
    assert pause.paused(datetime(2026, 10, 24, 23, 59, tzinfo=BERLIN))
    assert not pause.paused(datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN))


def test_pause_for_an_hour_shows_the_held_reminder_once_after() -> None:
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    day = date(2026, 12, 1)
    heard: list[datetime | None] = []
    pause = ReminderPause(on_change=heard.append)
    pause.pause_for(at(day, 7))
    assert heard == [at(day, 8)]
    walk.state = ReminderState(paused_until=pause.until)
    walk.walk(minutes(at(day, 7), at(day, 9), BERLIN))
    assert [(n.hour, n.minute) for n, _ in walk.shown] == [(8, 0)]
    pause.resume()
    assert heard == [at(day, 8), None] and not pause.paused(at(day, 7, 30))


def test_full_screen_or_a_locked_screen_holds_the_reminder() -> None:
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    day = date(2026, 12, 1)
    for minute in range(30, 50):
        assert walk.check(at(day, 7, minute), not_now=True) == []
    asked: list[bool] = []

    def full_screen() -> bool:
        asked.append(True)
        return True

    assert decide(at(day, 7, 0), user_candidates(DAILY_0730, at(day, 7, 0)), walk.state,
                  walk.config, not_now=full_screen).show == ()
    assert asked == []  # nothing due: the window manager is not asked
    assert decide(at(day, 7, 49), user_candidates(DAILY_0730, at(day, 7, 49)), walk.state,
                  walk.config, not_now=full_screen).show == ()
    assert asked == [True]
    assert walk.check(at(day, 7, 50)) == [f"own:calf-care:{day}:07:30"]
    assert walk.check(at(day, 7, 51)) == []


def test_later_shows_it_once_more_half_an_hour_on() -> None:
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    day = date(2026, 12, 1)
    [key] = walk.check(at(day, 7, 30))
    walk.state = walk.state.put_off(key, at(day, 8))
    walk.walk(minutes(at(day, 7, 31), at(day, 12), BERLIN))
    assert [(n.hour, n.minute) for n, _ in walk.shown] == [(7, 30), (8, 0)]


def test_weekdays_and_off_and_late() -> None:
    mondays = (UserReminder("calf-care", (time(7, 30),), frozenset({0})),)
    monday, tuesday = date(2026, 11, 30), date(2026, 12, 1)
    assert user_candidates(mondays, at(tuesday, 8)) == []
    [candidate] = user_candidates(mondays, at(monday, 8), {"calf-care": "Calf care"})
    assert (candidate.kind, candidate.label, candidate.routine_id) == (
        Kind.ROUTINE, "Calf care", "calf-care")
    assert candidate.late(at(monday, 8)) and not candidate.late(at(monday, 7, 33))
    walk = Walk(ReminderConfig(enabled=False, reminders=mondays))
    assert walk.check(at(monday, 8)) == [] and walk.held == 1


def test_a_fixed_offset_clock_works_and_a_naive_one_is_refused() -> None:
    plus_one = timezone(timedelta(hours=1))
    walk = Walk(ReminderConfig(reminders=DAILY_0730))
    assert walk.check(datetime(2026, 12, 1, 7, 31, tzinfo=plus_one)) != []
    with pytest.raises(ValueError, match="aware"):
        walk.check(datetime(2026, 12, 1, 7, 31))
