"""The editor in a small window with large text: the preview becomes a tab, the step list
keeps room for several rows, its buttons in one row, and the keyboard reaches every tab."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import beside_the_tabs
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.drafts import DraftStore
from supple.qt.editor.form_view import FOLDED, ONE_ROW, TWO_ROWS
from supple.qt.editor.window import RoutineEditor

Open = Callable[..., RoutineEditor]


@pytest.fixture
def open_editor(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                text_scale: Callable[[float], None]) -> Iterator[Open]:
    """The pre-run warm-up (ten steps) in an editor of the size asked, text at 125 %."""
    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)
    text_scale(1.25)
    path = tmp_path / "routines" / "pre-run-warm-up.yaml"
    path.parent.mkdir()
    path.write_bytes((builtin_routines_dir() / path.name).read_bytes())

    def make(size: tuple[int, int], layout: Path | None = None) -> RoutineEditor:
        editor = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir(),
                               layout_file=layout)
        qtbot.addWidget(editor)
        editor.resize(*size)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.waitUntil(lambda: editor.size().width() == size[0])
        QApplication.processEvents()
        return editor

    yield make


def whole_rows(editor: RoutineEditor) -> int:
    tree = editor.form.tree
    viewport = tree.viewport().rect()
    return sum(1 for row in range(tree.rows.rowCount())
               if viewport.contains(tree.visualRect(tree.rows.index(row, 0))))


def test_at_800x600_the_preview_is_a_tab_and_the_list_shows_three_whole_rows(
        open_editor: Open) -> None:
    """Regression: stacked under the list and above the preview, the form left the step list
    a row or two."""
    editor = open_editor((800, 600))
    form = editor.form
    assert editor.tabs.currentWidget() is form
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == \
        ["Form", "YAML", "Preview"]
    assert not editor.preview.isVisible()
    assert form.split.orientation() == Qt.Orientation.Vertical
    assert form.actions_layout == ONE_ROW
    assert whole_rows(editor) >= 3
    assert form.tree.height() > form.form_scroll.height()  # the list first, the form scrolls
    assert form.exercise_form.isVisible() or form.routine_page.isVisible()
    assert not form.form_scroll.horizontalScrollBar().isVisible()


def test_at_1240x760_the_preview_is_beside_the_form_and_the_buttons_in_two_rows(
        open_editor: Open) -> None:
    editor = open_editor((1240, 760))
    form = editor.form
    form.set_try_available(True)  # regression: offered once shown, it was never placed
    QApplication.processEvents()
    assert form.action_row.indexOf(form.try_button) >= 0
    assert form.try_button.y() == form.add_button.y()  # beside Add, Duplicate and Remove
    assert editor.tabs.count() == 2 and editor.preview.isVisible()
    assert beside_the_tabs(editor)
    assert form.split.orientation() == Qt.Orientation.Horizontal
    assert form.actions_layout == TWO_ROWS
    assert whole_rows(editor) >= 6
    for button in form.action_buttons:  # none elided ("Out…ock") in the narrow column
        if not button.isHidden():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_with_try_the_moves_fold_into_a_menu_and_keep_their_keys(
        qtbot: QtBot, open_editor: Open) -> None:
    """In the app "Try this step" shows too: at 800x600 the eight buttons no longer fit in a
    row, so Up, Down, Into block and Out of block go into Move ▾, still one row."""
    editor = open_editor((800, 600))
    form = editor.form
    assert form.actions_layout == ONE_ROW
    form.set_try_available(True)
    QApplication.processEvents()
    assert form.actions_layout == FOLDED
    assert editor.isActiveWindow()  # regression: Try, never placed, opened as a window
    assert form.move_button.isVisible() and form.try_button.isVisible()
    assert [a.text() for a in form.move_menu.actions()] == \
        ["Up", "Down", "Into block", "Out of block"]
    tops = {b.y() for b in (form.add_button, form.move_button, form.try_button)}
    assert len(tops) == 1
    for button in (form.add_button, form.move_button, form.try_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    form.select((1,))
    form.tree.setFocus()
    first = form.tree.rows.index(1, 0).data()
    qtbot.keyClick(form.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert form.tree.rows.index(0, 0).data() == first  # Alt+Up moved it, folded or not
    editor.resize(1240, 760)
    qtbot.waitUntil(lambda: editor.width() == 1240)
    QApplication.processEvents()
    assert form.actions_layout == TWO_ROWS and not form.move_button.isVisible()
    assert all(b.isVisible() for b in form.action_buttons)


def test_too_narrow_even_folded_the_buttons_go_in_two_rows(open_editor: Open) -> None:
    editor = open_editor((800, 600))
    form = editor.form
    form.set_try_available(True)
    editor.resize(480, 600)
    QApplication.processEvents()
    assert form.split.orientation() == Qt.Orientation.Vertical
    assert form.actions_layout == TWO_ROWS
    for button in form.action_buttons:
        assert button.isVisible()


def test_a_dragged_list_size_stays_while_the_window_is_resized(
        qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor((800, 600))
    split = editor.form.split
    total = sum(split.sizes())
    split.setSizes([total - 120, 120])
    editor.resize(800, 680)
    qtbot.waitUntil(lambda: editor.height() == 680)
    QApplication.processEvents()
    assert split.orientation() == Qt.Orientation.Vertical
    assert split.sizes()[0] > split.sizes()[1] * 2


def test_ctrl_page_down_and_up_go_through_the_three_tabs(
        qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor((800, 600))
    tree = editor.form.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor._left and editor.text.hasFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.preview and editor.preview.hasFocus()
    qtbot.keyClick(editor.preview, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.form and tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.preview
    assert "Ctrl+PgDown" in editor.tabs.tabToolTip(2)
    assert editor.text.toPlainText().count("\n") > 10  # nothing typed on the way
    assert not editor.is_dirty()


def test_f6_in_the_small_form_moves_between_the_list_and_the_form(
        qtbot: QtBot, open_editor: Open) -> None:
    """The preview is on a tab of its own: F6 stays in the form's two panes."""
    editor = open_editor((800, 600))
    form = editor.form
    form.select((0,))
    form.tree.setFocus()
    qtbot.keyClick(form.tree, Qt.Key.Key_F6)
    assert form.form_scroll.isAncestorOf(editor.focusWidget())
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F6)
    assert form.tree.hasFocus()
    assert editor.panes() == [form.tree, form.form_scroll]


def test_the_list_s_share_dragged_above_the_form_is_remembered_for_the_next_editor(
        qtbot: QtBot, tmp_path: Path, open_editor: Open) -> None:
    """A drag of the splitter between the list and the form outlives the editor: the next
    one opened, small again, gives the list the same share."""
    from supple.qt.editor.layout_memory import load_share

    layout = tmp_path / "config" / "editor-layout.json"
    editor = open_editor((800, 600), layout)
    split = editor.form.split
    total = sum(split.sizes())
    handle = split.handle(1)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton)
    qtbot.mouseMove(handle, handle.rect().center() - QPoint(0, total // 4))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton)
    dragged = split.sizes()[0] * 1000 // total
    assert dragged < 450  # the list made smaller than its 600 ‰ default
    assert editor.close()
    assert abs(load_share(layout) - dragged) <= 5

    again = open_editor((800, 600), layout)
    sizes = again.form.split.sizes()
    assert abs(sizes[0] * 1000 // sum(sizes) - dragged) <= 20


def test_a_broken_layout_file_is_ignored_and_a_sideways_drag_not_kept(
        tmp_path: Path, open_editor: Open) -> None:
    from supple.qt.editor.layout_memory import DEFAULT_SHARE, load_share, save_share

    layout = tmp_path / "config" / "editor-layout.json"
    layout.parent.mkdir()
    for junk in ("{", "[1, 2]", '{"stacked_list_share": "half"}', '{"stacked_list_share": true}'):
        layout.write_text(junk)
        assert load_share(layout) == DEFAULT_SHARE
    layout.write_text('{"stacked_list_share": 5}')
    assert load_share(layout) == 150  # never dragged away for good
    editor = open_editor((1240, 760), layout)  # side by side: a drag there is not this share
    split = editor.form.split
    split.splitterMoved.emit(100, 1)
    assert editor.close()
    assert load_share(layout) == 150
    assert not save_share(tmp_path / "config" / "editor-layout.json" / "nope", 500)
