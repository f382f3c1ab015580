"""Where the library's actions are: New routine and Import… above the list (they are about the
library), Start, Customize and Export… with the routine shown; each by mouse and by key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from supple.core.library.catalog import scan_catalog
from supple.core.resources import builtin_routines_dir, images_dir
from supple.qt.library.view import LibraryView


@pytest.fixture
def view(qtbot: QtBot) -> LibraryView:
    library = LibraryView(scan_catalog(builtin_routines_dir(), []), {}, images_dir())
    qtbot.addWidget(library)
    library.show()
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)  # shortcuts go to the active window
    return library


def test_new_and_import_sit_above_the_list_not_in_the_routine_s_details(
        view: LibraryView) -> None:
    for button in (view.new_button, view.import_button):
        assert view.left.isAncestorOf(button) and not view.detail.isAncestorOf(button)
        assert button.y() < view.tree.y()  # on top of the list, beside the search box
    for button in (view.start_button, view.edit_button, view.export_button):
        assert view.detail.isAncestorOf(button)
    row = [view.start_button, view.edit_button, view.export_button]
    assert len({b.y() for b in row}) == 1  # one row of the routine's own actions
    assert [b.x() for b in row] == sorted(b.x() for b in row)  # Start first
    assert view.start_button.property("role") == "primary"
    assert view.edit_button.text() == "Customize"


def test_ctrl_n_and_ctrl_i_ask_for_a_new_routine_and_an_import(
        qtbot: QtBot, view: LibraryView) -> None:
    asked: list[str] = []
    view.newRequested.connect(lambda: asked.append("new"))
    view.importRequested.connect(lambda: asked.append("import"))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["new", "import"]
    assert view.search.text() == ""  # the keys typed nothing
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert asked == ["new", "import", "import", "new"]
    assert "Ctrl+N" in view.new_button.toolTip() and "Ctrl+I" in view.import_button.toolTip()


def test_tab_reaches_new_and_import_from_the_search_box(
        qtbot: QtBot, view: LibraryView) -> None:
    view.search.setFocus()
    seen: list[QWidget | None] = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert view.new_button in seen and view.import_button in seen


def test_export_asks_for_the_routine_shown(qtbot: QtBot, view: LibraryView) -> None:
    shared: list[str] = []
    view.exportRequested.connect(lambda card: shared.append(card.name))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert shared == [view.selected().name]  # type: ignore[union-attr]


@pytest.mark.parametrize(("size", "scale"), [((800, 600), 1.8), ((800, 600), 1.25),
                                             ((1240, 760), 1.0)])
def test_every_action_shows_whole_in_a_small_window_with_large_text(
        qtbot: QtBot, view: LibraryView, text_scale: Callable[[float], None],
        size: tuple[int, int], scale: float) -> None:
    text_scale(scale)
    view.resize(*size)
    qtbot.waitUntil(lambda: view.width() == size[0])
    QApplication.processEvents()
    assert not view.detail_scroll.horizontalScrollBar().isVisible()
    for button in (view.new_button, view.import_button, view.start_button, view.edit_button,
                   view.export_button):
        assert isinstance(button, QPushButton) and button.isVisible()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert view.search.width() >= 8 * view.search.fontMetrics().horizontalAdvance("M")


def test_the_window_s_ctrl_i_opens_the_import_and_ctrl_n_an_editor(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the main window, as the buttons did from the details before."""
    from PySide6.QtWidgets import QMessageBox

    from fakes import FakeClock, RecordingCuePlayer
    from supple.core.paths import AppPaths
    from supple.core.settings import Settings
    from supple.qt.editor.window import RoutineEditor
    from supple.qt.main_window import MainWindow, Services

    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)

    paths = AppPaths.resolve(tmp_path / "data")
    paths.routines.mkdir(parents=True)
    window = MainWindow(Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                                 history=None, voice_reason=None,
                                 open_recorder=lambda: None),  # type: ignore[arg-type,return-value]
                        Settings(), scan_catalog(builtin_routines_dir(), [paths.routines]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.library_view
    asked: list[str] = []
    window.sharing.ask_import_path = lambda: asked.append("path") or None  # type: ignore
    window.library_view.tree.setFocus()
    qtbot.keyClick(window.library_view.tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["path"]
    qtbot.keyClick(window.library_view.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [(path, editor)] = window.files.editors.items()
    assert path.name == "my-routine.yaml" and editor.isVisible()
    assert editor.close() and not path.exists()
