"""The day's reminders from a real history file and the built-in programmes: a programme's
slots, what was done answering them, the morning calf rating once, and a restart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supple.core.coach import Coach
from supple.core.history.model import HistoryError, Outcome
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import LoadedProgramme, load_folders
from supple.core.reminders.desk import ReminderDesk
from supple.core.reminders.rules import Kind, ReminderConfig, UserReminder
from supple.core.resources import builtin_programmes_dir

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
START = date(2026, 11, 30)
NAMES = {"alfredson-heel-drops": "Heel drops", "calf-care": "Calf care"}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 6, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def programmes() -> list[LoadedProgramme]:
    loaded, problems = load_folders(builtin_programmes_dir())
    assert not problems
    return loaded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.db", clock=clock) as opened:
        yield opened


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)


def done(store: HistoryStore, clock: Clock, routine_id: str, when: datetime) -> None:
    clock.now = when
    record = store.begin_session(routine_id, routine_id, "strength", "fp", 2)
    clock.now = when + timedelta(minutes=10)
    store.finish_session(record.uuid, Outcome.COMPLETED, 600.0)
    assert store.flush()


def desk_for(tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme],
             config: ReminderConfig | None = None) -> ReminderDesk:
    desk = ReminderDesk(config or ReminderConfig(morning_rating=None),
                        tmp_path / "reminders-shown.json", lambda rid: NAMES.get(rid, rid))
    desk.attach(store, Coach(store, programmes))
    return desk


def shown(desk: ReminderDesk, now: datetime, not_now: bool = False) -> list[tuple[str, str]]:
    return [(c.label, str(c.routine_id)) for c in desk.check(now, not_now=not_now).show]


def test_a_programmes_slots_are_reminded_until_done(
        tmp_path: Path, store: HistoryStore, clock: Clock,
        programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    desk = desk_for(tmp_path, store, programmes)
    assert shown(desk, at(1, 7, 29)) == []
    assert shown(desk, at(1, 7, 30)) == [("Heel drops, morning (week 1)",
                                          "alfredson-heel-drops")]
    assert shown(desk, at(1, 7, 31)) == []
    done(store, clock, "alfredson-heel-drops", at(1, 8))
    done(store, clock, "alfredson-heel-drops", at(1, 18, 40))  # the evening's, done early
    assert shown(desk, at(1, 19, 5)) == []
    assert shown(desk, at(2, 7, 35)) == [("Heel drops, morning (week 1)",
                                          "alfredson-heel-drops")]


def test_the_programmes_0730_is_0730_where_the_runner_travelled(
        tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    desk = desk_for(tmp_path, store, programmes)
    [candidate, _] = desk.candidates(datetime(2026, 12, 3, 5, tzinfo=NEW_YORK))
    assert candidate.at == datetime(2026, 12, 3, 7, 30, tzinfo=NEW_YORK)
    assert shown(desk, datetime(2026, 12, 3, 7, 0, tzinfo=NEW_YORK)) == []  # 13:00 in Berlin


def test_what_was_shown_and_a_pause_survive_a_restart(
        tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    first = desk_for(tmp_path, store, programmes)
    assert len(shown(first, at(1, 7, 30))) == 1
    first.pause.pause_for_today(at(1, 9))
    again = desk_for(tmp_path, store, programmes)  # the app started again
    assert again.problems == []
    assert again.pause.paused(at(1, 19, 30)) and shown(again, at(1, 19, 30)) == []
    assert shown(again, at(2, 7, 30)) != []
    again.pause.resume()
    assert not desk_for(tmp_path, store, programmes).pause.paused(at(2, 8))


def test_later_brings_a_programme_reminder_back_once(
        tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    desk = desk_for(tmp_path, store, programmes)
    [reminder] = desk.check(at(1, 7, 30)).show
    desk.later(reminder.key, at(1, 7, 31))
    assert shown(desk, at(1, 7, 50)) == []
    assert shown(desk, at(1, 8, 1)) == [("Heel drops, morning (week 1)",
                                         "alfredson-heel-drops")]
    assert shown(desk, at(1, 8, 40)) == []


def test_own_reminders_without_a_history_and_skipped_when_just_done(
        tmp_path: Path, store: HistoryStore, clock: Clock,
        programmes: list[LoadedProgramme]) -> None:
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30), time(18))),),
                            morning_rating=None)
    alone = ReminderDesk(config, tmp_path / "alone.json")
    assert [c.routine_id for c in alone.check(at(1, 7, 30)).show] == ["calf-care"]
    desk = desk_for(tmp_path, store, programmes, config)
    assert shown(desk, at(1, 7, 30)) == [("Calf care", "calf-care")]
    done(store, clock, "calf-care", at(1, 16, 30))  # within two hours of 18:00
    assert shown(desk, at(1, 18)) == []


def test_the_morning_rating_is_asked_once_in_the_morning_after_a_session(
        tmp_path: Path, store: HistoryStore, clock: Clock,
        programmes: list[LoadedProgramme]) -> None:
    desk = desk_for(tmp_path, store, programmes, ReminderConfig())
    assert desk.check(at(1, 8, 30)).show == ()  # nothing done yesterday, no programme
    done(store, clock, "calf-care", at(1, 18))
    assert [c.kind for c in desk.check(at(2, 7, 59)).show] == []
    [asked] = desk.check(at(2, 8, 0)).show
    assert (asked.kind, asked.routine_id) == (Kind.MORNING_RATING, None)
    assert desk.check(at(2, 9)).show == ()
    # The next day: rated before the reminder came, so not asked; a day later, too late.
    done(store, clock, "calf-care", at(2, 18))
    store.rate_morning(date(2026, 12, 3), pain=1)
    assert store.flush()
    assert desk.check(at(3, 8, 30)).show == ()
    done(store, clock, "calf-care", at(3, 18))
    assert desk.check(at(4, 12, 0)).show == ()  # asleep all morning: not asked at noon


def test_the_morning_rating_comes_every_morning_of_a_programme(
        tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    desk = desk_for(tmp_path, store, programmes, ReminderConfig())
    kinds = sorted(c.kind.value for c in desk.check(at(1, 8, 0)).show)
    assert kinds == ["morning rating", "routine"]  # one of each, not stacked


def test_own_reminders_alone_do_not_ask_the_morning_rating(
        tmp_path: Path, store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30),)),))
    desk = desk_for(tmp_path, store, programmes, config)
    assert [c.kind for c in desk.check(at(1, 8, 30)).show] == [Kind.ROUTINE]


class BrokenHistory:
    """A history whose every read fails, as a damaged or locked file does."""

    def __getattr__(self, name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            raise HistoryError(f"{name}: the history cannot be read")
        return fail


def test_a_history_that_cannot_be_read_leaves_the_own_reminders(tmp_path: Path) -> None:
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30),)),))
    desk = ReminderDesk(config, tmp_path / "shown.json")
    broken = BrokenHistory()
    desk.attach(broken, broken)  # type: ignore[arg-type]
    assert desk.today(at(1, 8)) == []
    assert [c.routine_id for c in desk.check(at(1, 8)).show] == ["calf-care"]


def test_a_state_that_cannot_be_saved_is_said_once(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    config = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30), time(8))),))
    heard: list[list[str]] = []
    desk = ReminderDesk.from_files(tmp_path / "reminders.json", tmp_path / "file" / "shown.json",
                                   on_problems=heard.append)
    desk.config = config
    desk.check(at(1, 7, 30))
    desk.check(at(1, 8))
    assert heard == [["What the reminders showed could not be saved: File exists"]]
    read, saved = desk.problems  # each said once, though two checks could not save
    assert read == "What the reminders had shown could not be read (Not a directory); " \
        "they start afresh."
    assert saved == "What the reminders showed could not be saved: File exists"
    assert desk.check(at(1, 8, 1)).show == ()  # remembered in memory all the same


def test_the_reminders_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    import json

    path = tmp_path / "reminders.json"
    path.write_text(json.dumps({"reminders": [{"routine": "calf-care", "at": "07:30"}]}))
    heard: list[list[str]] = []
    desk = ReminderDesk.from_files(path, tmp_path / "shown.json", on_problems=heard.append)
    assert desk.problems == [] and [r.routine_id for r in desk.config.reminders] == ["calf-care"]
    path.write_text(json.dumps({"reminders": [{"routine": "heel-drops", "at": "07:45"},
                                              {"routine": "bad", "at": "7"}]}))
    assert desk.check(at(1, 7, 40)).show == ()
    assert [c.routine_id for c in desk.check(at(1, 7, 50)).show] == ["heel-drops"]
    assert heard == [[f"{path}: reminders[1].at[0]: expected a time of day such as "
                      "\"07:30\", got '7'"]]
    path.unlink()  # gone: the defaults, and nothing said
    assert desk.check(at(1, 7, 51)).show == () and desk.config == ReminderConfig()
    assert len(heard) == 1
    path.write_text("{")
    broken = ReminderDesk.from_files(path, tmp_path / "other.json")
    assert len(broken.problems) == 1 and "could not be read" in broken.problems[0]


def test_a_reminder_added_for_a_time_already_past_starts_tomorrow(tmp_path: Path) -> None:
    import json

    path = tmp_path / "reminders.json"
    path.write_text(json.dumps({"reminders": [{"routine": "calf-care", "at": "07:30"}]}))
    desk = ReminderDesk.from_files(path, tmp_path / "shown.json")
    assert desk.check(at(1, 7, 0)).show == ()
    # At 09:00 the runner adds 08:00 heel drops and moves calf care first in the list.
    path.write_text(json.dumps({"reminders": [{"routine": "heel-drops", "at": "08:00"},
                                              {"routine": "calf-care", "at": "07:30"}]}))
    assert [c.routine_id for c in desk.check(at(1, 9)).show] == ["calf-care"]  # missed, once
    assert desk.check(at(1, 9, 1)).show == ()  # the new 08:00 waits for tomorrow
    assert [c.key for c in desk.check(at(2, 8)).show] == ["own:heel-drops:2026-12-02:08:00"]
