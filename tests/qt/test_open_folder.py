"""Opening the routines folder: in the file manager, or, when none answers, its path to copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services


def make_window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(), history=None,
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)),
                        voice_reason=None)
    window = MainWindow(services, Settings(), scan_catalog(None, []))
    qtbot.addWidget(window)
    window.show()
    return window


def shown_with(path: Path) -> list[QDialog]:
    """The dialogs on screen that show ``path`` in a text field."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
            and any(f.text() == str(path) for f in w.findChildren(QLineEdit))]


def press_open_folder(window: MainWindow) -> None:
    [action] = [a for a in window.toolbar.actions() if a.text() == "Open my routines folder"]
    action.trigger()


def test_the_folder_goes_to_the_file_manager_and_nothing_else_shows(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    paths = AppPaths.resolve(tmp_path / "data")
    window = make_window(qtbot, paths)
    press_open_folder(window)
    assert [u.toLocalFile() for u in urls] == [str(paths.routines)]
    assert paths.routines.is_dir()  # made first, so the file manager has something to show
    assert shown_with(paths.routines) == []


def whole_text_in_view(field: QLineEdit) -> bool:
    """True if the field shows its text unscrolled: its cursor moves the text's whole width
    from before the first character to after the last (a text too long for the field scrolls
    instead, and its start goes out of view)."""
    field.setCursorPosition(0)
    start = field.cursorRect().x()
    field.setCursorPosition(len(field.text()))
    end = field.cursorRect().x()
    field.setCursorPosition(0)
    return end - start == field.fontMetrics().horizontalAdvance(field.text())


def test_with_no_file_manager_the_path_shows_to_select_and_copy(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        text_scale: Callable[[float], None]) -> None:
    """Regression: openUrl said False and nothing happened at all."""
    text_scale(1.0)  # the theme's style sheet: its padding takes room from the path
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    paths = AppPaths.resolve(tmp_path / "my data")
    window = make_window(qtbot, paths)
    QGuiApplication.clipboard().setText("something else")
    press_open_folder(window)
    [dialog] = shown_with(paths.routines)
    from supple.qt.widgets.folder_dialog import FolderDialog

    assert isinstance(dialog, FolderDialog) and dialog is window.files.folder_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert "No file manager answered" in dialog.message.text()
    assert dialog.path_field.text() == str(paths.routines)
    assert dialog.path_field.isReadOnly()
    dialog.path_field.selectAll()  # selectable, to copy by hand
    assert dialog.path_field.selectedText() == str(paths.routines)
    assert whole_text_in_view(dialog.path_field)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(paths.routines)
    assert dialog.copy_button.text() == "Copied"
    # Pressed again: one dialog, not a pile of them.
    press_open_folder(window)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)
    assert shown_with(paths.routines) == [window.files.folder_dialog]


def test_a_folder_that_cannot_be_made_is_said_not_raised(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the mkdir's OSError escaped from the toolbar's slot."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    paths = AppPaths.resolve(tmp_path / "data")
    paths.routines.parent.mkdir(parents=True)
    paths.routines.write_text("a file where the folder should be")
    window = make_window(qtbot, paths)
    press_open_folder(window)
    [dialog] = shown_with(paths.routines)
    from supple.qt.widgets.folder_dialog import FolderDialog

    assert isinstance(dialog, FolderDialog) and urls == []
    assert dialog.message.text() == ("Supple could not create your routines folder (a file of "
                                     "that name is in the way). It belongs here:")
    assert dialog.path_field.text() == str(paths.routines)
