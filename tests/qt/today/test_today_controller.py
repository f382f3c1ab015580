"""The Today controller's edges: a new day while the app stays open, programme files with
problems, a routine the week's changes do not fit, a history that cannot be read or written,
and the runner's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fakes import FakeClock
from supple.core.history.model import HistoryError
from supple.core.history.records import local_time_zone as local_zone_key
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.programmes.model import WeekChange
from supple.qt.today.gather import gather, load_text
from supple.qt.today_controller import index_path, zone_of
from today_app import BERLIN, START, Wall, open_app


def notices(window: object) -> list[str]:
    return [text for text, _ in window.notices._queue]  # type: ignore[attr-defined]


def test_a_new_day_while_the_app_stays_open_is_worked_out_afresh(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall = Wall(datetime(2026, 3, 2, 23, 50, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    window.today.refresh()
    before = window.today.summary
    window.today._check_day()  # the same day: nothing read again
    assert window.today.summary is before
    wall.now += timedelta(minutes=20)
    window.today._check_day()
    assert window.today.summary is not None and window.today.summary.day == START + \
        timedelta(days=1)
    store.close()


def test_programme_files_with_problems_are_named_and_the_others_still_load(
        qtbot: QtBot, paths: AppPaths) -> None:
    paths.programmes.mkdir(parents=True)
    (paths.programmes / "mine.yaml").write_text("supple: 1\nname: Mine\nweeks: 0\n")
    wall = Wall(datetime(2026, 3, 2, 8, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    assert any("mine.yaml" in text for text in notices(window))
    assert "alfredson" in [p.id for p in window.today.programmes()]
    store.close()


def test_a_routine_the_weeks_changes_do_not_fit_is_not_started(
        qtbot: QtBot, paths: AppPaths) -> None:
    (paths.routines / "alfredson-heel-drops.yaml").write_text(
        "supple: 1\nname: Held only\nsteps:\n  - {name: Wall stretch, hold: 20s}\n")
    wall = Wall(datetime(2026, 3, 2, 8, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    window.today.refresh()
    window.today.start_due()
    assert window.session is None
    assert any(text.startswith("This week's changes do not fit Held only: reps applies")
               for text in notices(window))
    # Broken since it was listed: named, not started.
    (paths.routines / "alfredson-heel-drops.yaml").write_text("supple: 1\nname: [\n")
    assert window.today.due_routine() is None
    assert any("Held only could not be started" in text for text in notices(window))
    store.close()


def test_a_history_that_cannot_be_read_is_said_and_nothing_breaks(
        qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    wall = Wall(datetime(2026, 3, 2, 8, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    store.enrol("alfredson", START, time_zone="Europe/Berlin")

    def refuse(*_args: object, **_kwargs: object) -> list[object]:
        raise HistoryError("The history file is locked by another program.")

    monkeypatch.setattr(store, "enrolments", refuse)
    summary = gather(store, window.today.programmes(), {}, wall())
    assert summary.plans == () and summary.problems == (
        "The history file is locked by another program.",)
    window.today.refresh()
    assert "locked by another program" in window.today.view.empty_text.text()
    monkeypatch.setattr(store, "rate_morning", refuse)
    window.today.rate_morning(2, 3)
    assert any(text.startswith("The morning rating could not be saved: The history file")
               for text in notices(window))
    store.close()


def test_before_the_history_opens_nothing_is_changed_and_the_runner_is_told(
        qtbot: QtBot, paths: AppPaths) -> None:
    from fakes import RecordingCuePlayer
    from supple.core.history.recorder import SessionRecorder
    from supple.core.library.catalog import scan_catalog
    from supple.core.settings import Settings
    from supple.qt.main_window import MainWindow, Services

    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                        history=None, open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)), voice_reason=None)
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    qtbot.addWidget(window)
    today = window.today
    today.refresh()
    assert today.summary is None and today.due_routine() is None
    today.rate_morning(1, 1)
    today.pause("any")
    assert notices(window) == [
        "The history could not be opened, so programmes cannot be changed."]


def test_an_index_that_cannot_be_saved_is_a_notice(qtbot: QtBot, paths: AppPaths) -> None:
    paths.cache.mkdir(parents=True, exist_ok=True)
    index_path(paths).mkdir()  # a folder where the file should go
    wall = Wall(datetime(2026, 3, 2, 8, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    assert any(text.startswith("The Today view's index could not be saved")
               for text in notices(window))
    store.close()


def test_the_time_zone_is_the_runners(monkeypatch: pytest.MonkeyPatch) -> None:
    assert zone_of(datetime(2026, 3, 2, tzinfo=BERLIN)) == "Europe/Berlin"
    monkeypatch.setenv("TZ", ":America/Denver")
    assert local_zone_key() == "America/Denver"
    assert zone_of(datetime(2026, 3, 2, tzinfo=timezone(timedelta(hours=1)))) == \
        "America/Denver"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local_zone_key() != "Not/AZone"  # the system's, or UTC
    assert zone_of(datetime(2026, 3, 2, tzinfo=UTC)) == local_zone_key()


def test_the_weeks_load_in_one_line() -> None:
    assert load_text(None) is None
    assert load_text(WeekChange.model_validate({"note": "only a note"})) is None
    assert load_text(WeekChange.model_validate({"reps": 12})) == "12 reps"
    assert load_text(WeekChange.model_validate({"sets": 4})) == "4 sets"
    assert load_text(WeekChange.model_validate({"hold": "45s", "load": "+5 kg"})) == \
        "hold 45 s · +5 kg"
    # Today says what `supple programme show` and the report say (one wording for all three).
    assert load_text(WeekChange.model_validate({"tempo": {"up": "3s", "down": "3s"}})) == \
        "tempo 3 s up, 3 s down"
    assert load_text(WeekChange.model_validate({"sets": 3, "reps": 8, "rm": 8})) == \
        "3 × 8 reps · 8RM: a load you can lift only 8 times with good form"


def test_an_index_left_by_another_day_is_not_painted(qtbot: QtBot, paths: AppPaths,
                                                     tmp_path: Path) -> None:
    wall = Wall(datetime(2026, 3, 2, 8, tzinfo=BERLIN))
    window, store = open_app(qtbot, paths, wall, FakeClock())
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    window.today.refresh()
    window.close()
    store.close()
    from supple.qt.today_controller import TodayController

    wall.now += timedelta(days=1)
    later = TodayController(paths, wall, lambda: window.catalog, lambda _text: None)
    assert later.wanted  # a programme was under way: Today first …
    assert later.summary is None  # … but yesterday's statuses are not shown as today's
    assert later.view.empty_text.text() == "Reading your programmes…"
