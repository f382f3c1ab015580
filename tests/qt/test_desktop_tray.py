"""The tray wired to the real main window (offscreen: no tray to show the icon in)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.settings import Settings
from supple.qt.desktop_tray import DesktopTray
from supple.qt.main_window import MainWindow, Services
from supple.qt.platform.tray import app_icon

ROUTINE = """\
supple: 1
name: Tray test
steps:
  - {name: Wall stretch, hold: 30s}
"""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.routines.mkdir(parents=True)
    (paths.routines / "tray-test.yaml").write_text(ROUTINE)
    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                        history=HistoryStore(paths.history_db),
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)),
                        voice_reason=None)
    win = MainWindow(services, Settings(tray=True), scan_catalog(None, [paths.routines]))
    win.confirm_quit = lambda: True
    qtbot.addWidget(win)
    return win


def _desktop(window: MainWindow) -> DesktopTray:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return DesktopTray(app, window, app_icon(), window.services.paths)


def test_start_from_the_tray_opens_the_window_and_starts_the_routine(
        qtbot: QtBot, window: MainWindow) -> None:
    desktop = _desktop(window)
    assert not window.isVisible() and not desktop.busy()
    desktop.start("tray-test")
    assert window.isVisible()
    assert window.session is not None and desktop.busy()


def test_a_routine_the_library_does_not_have_is_said(qtbot: QtBot, window: MainWindow) -> None:
    desktop = _desktop(window)
    desktop.start("gone")
    assert window.notices.label.text() == "No routine called 'gone' in the library."
    assert window.session is None


def test_without_a_tray_closing_the_window_closes_it_even_with_the_setting(
        qtbot: QtBot, window: MainWindow) -> None:
    desktop = _desktop(window)
    desktop.open()
    assert window.isVisible() and desktop.shown is False
    assert window.close() is True  # nothing to come back from: it is not hidden


def test_start_hands_the_routine_over_as_a_second_supple_run_does(
        qtbot: QtBot, window: MainWindow) -> None:
    from supple.qt.platform.single_instance import Answer, Request, answer

    desktop = _desktop(window)
    asked: list[Request] = []

    def hand_over(request: Request) -> Answer:
        asked.append(request)
        return answer(request, window, lambda loaded: (window.start_routine(loaded), True)[1])

    desktop.hand_over = hand_over
    desktop.start("tray-test")
    [request] = asked
    assert request.run is not None and request.run.id == "tray-test"
    assert request.run.path == window.services.paths.routines / "tray-test.yaml"
    assert window.isVisible() and window.session is not None
    desktop.hand_over = lambda request: Answer(False, "Tray test was not started: busy")
    desktop.start("tray-test")
    assert window.notices.label.text() == "Tray test was not started: busy"


def test_begin_fills_the_menu_from_the_programmes_and_starts_the_reminders(
        qtbot: QtBot, window: MainWindow) -> None:
    from datetime import date, timedelta

    store = window.services.history
    assert store is not None
    from supple.core.resources import builtin_routines_dir

    store.enrol("alfredson", date.today() - timedelta(days=1), time_zone="Europe/Berlin")
    assert store.flush()
    window.catalog = scan_catalog(builtin_routines_dir(), [window.services.paths.routines])
    desktop = _desktop(window)
    assert desktop.tray.action("start-due").text() == "No programme yet"
    assert desktop.reminders is None  # not before the first paint
    desktop.tray.action("pause-hour").trigger()  # in the menu before the reminders began
    desktop.begin(store, notifications=lambda: None)  # not the machine's own bus
    assert desktop.reminders is not None and desktop.reminders.timer.isActive()
    assert desktop.desk is not None and desktop.desk.state.paused_until == desktop.pause.until
    desktop.tray.rebuild()
    start = desktop.tray.action("start-due").text()
    assert start.startswith("Start Alfredson eccentric heel drops, ")
    desktop.close()
    assert not desktop.reminders.timer.isActive()


def test_a_bad_reminders_file_is_said_and_the_rest_works(
        qtbot: QtBot, window: MainWindow) -> None:
    paths = window.services.paths
    (paths.config / "reminders.json").write_text('{"reminders": [{"routine": "x"}]}')
    desktop = _desktop(window)
    desktop.begin(None, notifications=lambda: None)
    assert "reminders[0].at: expected a time or a list of times" in \
        window.notices.label.text()
    assert desktop.desk is not None and desktop.desk.config.reminders == ()
    desktop.close()


def test_the_morning_reminders_rate_now_keeps_the_rating(
        qtbot: QtBot, window: MainWindow) -> None:
    from supple.core.reminders.zone import local_now
    from supple.qt.morning_rating import MorningRatingDialog

    desktop = _desktop(window)
    desktop.rate()
    dialog = window.findChild(MorningRatingDialog, "morning-rating")
    assert isinstance(dialog, MorningRatingDialog) and dialog.isVisible()
    assert window.isVisible()
    dialog.pain.group.button(2).click()
    dialog.tightness.group.button(3).click()
    dialog.save_button.click()
    store = window.services.history
    assert store is not None and store.flush()
    [rating] = store.morning_ratings()
    assert (rating.day, rating.pain, rating.tightness) == (local_now().date(), 2, 3)
    window.services.history = None
    desktop.rate()
    assert "cannot be kept" in window.notices.label.text()
    store.close()


def test_not_now_is_no_where_nothing_can_be_asked_and_the_fallback_is_the_notice(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    desktop = _desktop(window)
    window.show()
    assert desktop.not_now() is False  # no X display, no session bus: unknown, so no
    desktop.fallback("Time for Tray test", "Start when ready.")
    assert window.notices.label.text() == "Time for Tray test. Start when ready."
