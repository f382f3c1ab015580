"""The reminders' state file (what was shown survives a restart) and ``reminders.json``
(every problem named, the good entries kept), and the machine's zone."""

from __future__ import annotations

import json
import os
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from supple.core.reminders.config import (
    config_from_json,
    config_to_json,
    load_config,
    save_config,
)
from supple.core.reminders.rules import QuietHours, ReminderConfig, UserReminder
from supple.core.reminders.state import ReminderState, load_state, save_state
from supple.core.reminders.zone import local_now, local_zone

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 1, 7, 30, tzinfo=BERLIN)


def test_state_round_trips_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "reminders-shown.json"
    state = ReminderState({"a": NOW}, {"b": NOW + timedelta(minutes=30)},
                          NOW + timedelta(hours=1))
    assert save_state(path, state) is None
    loaded, problem = load_state(path)
    assert problem is None and loaded == state
    assert not loaded.pending("a", NOW) and not loaded.pending("b", NOW)
    assert loaded.pending("b", NOW + timedelta(minutes=30)) and loaded.pending("c", NOW)


def test_old_keys_and_an_ended_pause_are_pruned() -> None:
    state = ReminderState({"old": NOW - timedelta(days=4), "new": NOW}, {},
                          NOW - timedelta(minutes=1))
    assert state.pruned(NOW) == ReminderState({"new": NOW}, {}, None)
    fresh = ReminderState({"new": NOW})
    assert fresh.pruned(NOW) is fresh


def test_a_broken_state_file_is_set_aside_and_loses_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "reminders-shown.json"
    for text in ("{not json", json.dumps({"supple-reminders": 1, "shown": {"a": "07:30"}}),
                 json.dumps({"supple-reminders": 1, "shown": {"a": "2026-12-01T07:30"}}),
                 json.dumps({"supple-reminders": 1, "later": []}), json.dumps([1])):
        path.write_text(text)
        state, problem = load_state(path)
        assert state == ReminderState()
        assert problem is not None and "start afresh" in problem, text
        assert (tmp_path / "reminders-shown.json.bad").read_text() == text
        assert not path.exists()
    assert load_state(tmp_path / "missing.json") == (ReminderState(), None)


def test_a_state_that_cannot_be_saved_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    problem = save_state(tmp_path / "file" / "state.json", ReminderState())
    assert problem is not None and "could not be saved" in problem


def test_config_reads_every_field() -> None:
    config, problems = config_from_json({
        "enabled": True,
        "reminders": [{"routine": "calf-care", "at": ["18:00", "07:30"], "days": ["mon", "thu"]},
                      {"routine": "heel-drops", "at": "06:45"}],
        "quiet_hours": {"from": "23:00", "to": "06:00"},
        "morning_rating": "08:15"})
    assert problems == []
    assert config == ReminderConfig(
        True, (UserReminder("calf-care", (time(7, 30), time(18)), frozenset({0, 3})),
               UserReminder("heel-drops", (time(6, 45),))),
        QuietHours(time(23), time(6)), time(8, 15))
    assert config_from_json(config_to_json(config)) == (config, [])
    off, problems = config_from_json({"quiet_hours": None, "morning_rating": None})
    assert (off.quiet, off.morning_rating, problems) == (None, None, [])


def test_config_names_each_problem_and_keeps_the_good_entries() -> None:
    config, problems = config_from_json({
        "enabled": "yes",
        "reminders": [{"routine": "calf-care", "at": "7:30"},
                      {"routine": "", "at": ["07:30"], "days": ["monday"]},
                      {"routine": "ok", "at": ["25:00", "08:00"]},
                      {"routine": "good", "at": "09:00", "days": ["sat"]}, "text"],
        "quiet_hours": {"from": "22:00"},
        "morning_rating": 8})
    assert config.reminders == (UserReminder("good", (time(9),), frozenset({5})),)
    assert config.enabled and config.quiet == ReminderConfig().quiet
    assert config.morning_rating == ReminderConfig().morning_rating
    assert problems == [
        "enabled: expected true or false, got 'yes'",
        "reminders[0].at[0]: expected a time of day such as \"07:30\", got '7:30'",
        "reminders[1].routine: expected a routine id, got ''",
        "reminders[1].days: expected a list of mon, tue, wed, thu, fri, sat, sun, "
        "got ['monday']",
        "reminders[2].at[0]: expected a time of day such as \"07:30\", got '25:00'",
        "reminders[4]: expected an object with routine, at and days",
        "quiet_hours.to: expected a time of day such as \"07:30\", got None",
        "morning_rating: expected a time of day such as \"07:30\", got 8"]
    assert config_from_json([])[1] == ["expected an object of reminder settings, got list"]


def test_config_file_missing_broken_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    assert load_config(path) == (ReminderConfig(), [])
    path.write_text("{")
    config, [problem] = load_config(path)
    assert config == ReminderConfig() and "could not be read" in problem
    mine = ReminderConfig(reminders=(UserReminder("calf-care", (time(7, 30),)),))
    assert save_config(path, mine) is None
    assert load_config(path) == (mine, [])
    path.write_text(json.dumps({"reminders": {"a": 1}}))
    assert load_config(path)[1] == [f"{path}: reminders: expected a list"]


def test_local_zone_from_tz_then_localtime_then_the_offset(tmp_path: Path) -> None:
    assert local_zone({"TZ": ":Europe/Berlin"}) == BERLIN
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/America/New_York", link)
    assert local_zone({"TZ": "Nowhere/Else"}, link) == ZoneInfo("America/New_York")
    offset = local_zone({}, tmp_path / "none", tmp_path / "no-timezone")
    assert offset.utcoffset(None) == datetime.now().astimezone().utcoffset()
    assert local_now().tzinfo is not None


def test_weekdays_are_written_as_in_programmes() -> None:
    from supple.core.programmes.model import WEEKDAYS as PROGRAMME_DAYS
    from supple.core.reminders.config import WEEKDAYS

    assert WEEKDAYS == PROGRAMME_DAYS


def test_local_zone_reads_the_timezone_file_and_agrees_with_the_history(tmp_path: Path) -> None:
    """One reading of the zone for the reminders and the enrolments: where /etc/localtime
    says nothing, /etc/timezone does, for both."""
    from supple.core.history.records import zone_key

    named = tmp_path / "timezone"
    named.write_text("Pacific/Auckland\n")
    assert local_zone({}, tmp_path / "none", named) == ZoneInfo("Pacific/Auckland")
    assert zone_key({}, tmp_path / "none", named) == "Pacific/Auckland"
    chained = tmp_path / "chained"
    os.symlink(tmp_path / "localtime-link", chained)
    os.symlink("/usr/share/zoneinfo/Asia/Tokyo", tmp_path / "localtime-link")
    assert zone_key({}, chained, tmp_path / "none") == "Asia/Tokyo"  # at the chain's end
