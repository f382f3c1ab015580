"""Deleting a routine of one's own (and restoring a customized built-in), with an Undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import builtin_routines_dir
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services

MINE = "# my notes\nsupple: 1\nname: Mine\nsteps:\n  - {name: Stretch, hold: 20s}\n"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.routines.mkdir(parents=True)
    (paths.routines / "mine.yaml").write_text(MINE)
    calf = (builtin_routines_dir() / "quick-calf-care.yaml").read_text("utf-8")
    (paths.routines / "quick-calf-care.yaml").write_text(
        calf.replace("name: Quick calf care", "name: My calf care", 1))
    history = HistoryStore(paths.history_db)
    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                        history=history, voice_reason=None,
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)))
    win = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    win.confirm_quit = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    win.reload_library()
    return win


def undo_button(window: MainWindow) -> QPushButton:
    row = window.notices.actions_row
    [button] = [row.itemAt(i).widget() for i in range(row.count())]
    assert isinstance(button, QPushButton) and button.text() == "Undo"
    return button


def test_delete_moves_the_file_aside_and_undo_brings_it_back(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    paths = window.services.paths
    card = window.catalog.find("mine")
    assert card is not None
    view = window.library_view
    view.show_routine(card)
    assert view.delete_button.isVisible() and view.delete_button.text() == "Delete"
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert window.catalog.find("mine") is None
    assert not (paths.routines / "mine.yaml").exists()
    [kept] = (paths.data / "deleted routines").iterdir()
    assert kept.read_text() == MINE
    assert "Mine was deleted" in window.notices.label.text()
    qtbot.mouseClick(undo_button(window), Qt.MouseButton.LeftButton)
    assert (paths.routines / "mine.yaml").read_text() == MINE
    assert window.catalog.find("mine") is not None
    assert list((paths.data / "deleted routines").iterdir()) == []


def test_restore_the_built_in_puts_the_copy_aside(qtbot: QtBot, window: MainWindow) -> None:
    card = window.catalog.find("quick-calf-care")
    assert card is not None and not card.builtin and card.name == "My calf care"
    view = window.library_view
    view.show_routine(card)
    assert view.delete_button.text() == "Restore the built-in"
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    back = window.catalog.find("quick-calf-care")
    assert back is not None and back.builtin and back.name == "Quick calf care"
    assert "the built-in routine is back" in window.notices.label.text()
    qtbot.mouseClick(undo_button(window), Qt.MouseButton.LeftButton)
    mine = window.catalog.find("quick-calf-care")
    assert mine is not None and not mine.builtin and mine.name == "My calf care"


def test_a_built_in_routine_has_no_delete(window: MainWindow) -> None:
    card = window.catalog.find("alfredson-heel-drops")
    assert card is not None and card.builtin
    window.library_view.show_routine(card)
    assert not window.library_view.delete_button.isVisible()
