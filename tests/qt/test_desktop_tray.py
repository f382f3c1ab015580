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
