"""The form tab and the YAML tab edit one text under one undo stack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import add, retype, select, undo_key
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.routines.loader import load_text
from supple.qt.editor.window import RoutineEditor

HAND = """\
# My calf routine, with notes everywhere.\r
supple: 1\r
name: 'Calf care'      # quoted on purpose\r
category: post-run stretch\r
\r
steps:\r
  # Wall first.\r
  - name: Wall calf stretch\r
    hold: 30s          # half a minute\r
    sides: both\r
\r
  - {name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}}   # flow\r
"""

MakeEditor = Callable[[Path], RoutineEditor]


@pytest.fixture
def make_editor(qtbot: QtBot, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeEditor]:
    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)

    def make(path: Path) -> RoutineEditor:
        editor = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir())
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield make


@pytest.fixture
def hand(tmp_path: Path) -> Path:
    path = tmp_path / "routines" / "hand.yaml"
    path.parent.mkdir()
    path.write_bytes(("\ufeff" + HAND).encode())  # a BOM and CRLF line endings, kept
    return path


def test_the_form_tab_comes_first_and_shows_the_routine(make_editor: MakeEditor,
                                                        hand: Path) -> None:
    editor = make_editor(hand)
    assert editor.tabs.currentWidget() is editor.form
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["Form", "YAML"]
    form = editor.form
    assert form.tree.rows.rowCount() == 2
    first = form.tree.rows.index(0, 0).data()
    assert first == "Wall calf stretch\n30 s · each side"
    assert form.routine_page.name.text() == "Calf care"
    assert form.routine_page.category.currentText() == "post-run stretch"


def test_undoing_every_change_from_both_tabs_gives_back_the_original_bytes(
        qtbot: QtBot, make_editor: MakeEditor, hand: Path) -> None:
    original = hand.read_bytes()
    editor = make_editor(hand)
    form = editor.form
    form.routine_button.click()
    retype(qtbot, form.routine_page.name, "Calves after a long run")
    select(qtbot, form.tree, (0,))
    retype(qtbot, form.exercise_form.hold, "1m30s")
    add(form, "Rest")
    form.actions_by_name["up"].trigger()
    editor.show_text()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, "# typed in the text")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    editor.show_form()
    select(qtbot, form.tree, (2,))
    form.actions_by_name["duplicate"].trigger()
    changed = editor.text.toPlainText()
    assert "name: Calves after a long run" in changed and "hold: 1m30s" in changed
    assert "# typed in the text" in changed and changed.count("Heel drops") == 2
    routine, problems = load_text(changed, hand.name)
    assert routine is not None and not problems
    assert [s.name for s in routine.steps] == [
        "Walk it off", "Wall calf stretch", "Heel drops", "Heel drops"]

    # The name typed letter by letter is one step, the hold one more, and so on.
    assert editor.undo_stack.count() == 7
    undo_key(qtbot, form.tree, 7)
    assert not editor.undo_stack.canUndo()
    assert editor.save()
    assert hand.read_bytes() == original

    undo_key(qtbot, form.tree, 7, redo=True)
    assert not editor.undo_stack.canRedo()
    assert editor.text.toPlainText() == changed
    assert form.tree.rows.rowCount() == 4
    editor.revert()
    assert hand.read_bytes() == original


def test_ctrl_z_in_a_field_undoes_the_shared_history_not_the_field(
        qtbot: QtBot, make_editor: MakeEditor, hand: Path) -> None:
    editor = make_editor(hand)
    page = editor.form.routine_page
    editor.form.routine_button.click()
    retype(qtbot, page.source, "ACSM")
    editor.show_text()
    qtbot.keyClicks(editor.text, "# first line")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    editor.show_form()
    page.source.setFocus()
    undo_key(qtbot, page.source)  # what was typed in the YAML tab goes first: the new line,
    assert editor.text.toPlainText().startswith("# first line#")
    undo_key(qtbot, page.source)  # then the words typed before it, as one run
    assert "# first" not in editor.text.toPlainText()
    assert page.source.text() == "ACSM"
    undo_key(qtbot, page.source)
    assert page.source.text() == ""
    assert "source:" not in editor.text.toPlainText()
    undo_key(qtbot, page.source, redo=True)
    assert page.source.text() == "ACSM"
    assert "source: ACSM" in editor.text.toPlainText()


def test_a_spin_box_change_and_its_undo(qtbot: QtBot, make_editor: MakeEditor,
                                        hand: Path) -> None:
    editor = make_editor(hand)
    form = editor.form
    select(qtbot, form.tree, (1,))
    sets = form.exercise_form.sets
    retype(qtbot, sets, "3")
    assert "{name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}, sets: 3}" in \
        editor.text.toPlainText()
    assert form.tree.rows.index(1, 0).data() == "Heel drops\n15 reps · 1 s up, 3 s down · 3 sets"
    undo_key(qtbot, sets)
    assert sets.value() == 1
    assert editor.text.toPlainText() == HAND.replace("\r\n", "\n")


def test_while_the_text_is_broken_the_form_waits_and_loses_nothing(
        qtbot: QtBot, make_editor: MakeEditor, hand: Path) -> None:
    editor = make_editor(hand)
    editor.show_text()
    text = editor.text.toPlainText()
    start = text.index("hold: 30s") + len("hold: ")
    editor.text.replace_range(start, start + 3, "half a minute")
    editor.show_form()
    assert editor.form.stack.currentWidget() is editor.form.broken
    assert "line 9" in editor.form.broken.text()
    assert editor.form.tree.rows.rowCount() == 0
    undo_key(qtbot, editor.form.tree)
    assert editor.form.stack.currentWidget() is not editor.form.broken
    assert editor.form.tree.rows.rowCount() == 2
    assert editor.text.toPlainText() == text


def test_typed_durations_are_checked_at_every_key(qtbot: QtBot, make_editor: MakeEditor,
                                                  hand: Path) -> None:
    editor = make_editor(hand)
    form = editor.form
    select(qtbot, form.tree, (0,))
    hold = form.exercise_form.hold
    retype(qtbot, hold, "1:3")
    assert hold.error.isVisible() and "two digits" in hold.error.text()
    assert hold.property("invalid") is True
    # "1" was a duration (1 s) and went in; "1:3" is not, and is not written.
    assert "hold: 1          # half a minute" in editor.text.toPlainText()
    qtbot.keyClicks(hold, "0")
    assert not hold.error.isVisible()
    assert "hold: 1m30s          # half a minute" in editor.text.toPlainText()
    assert hold.text() == "1:30"  # what was typed stays in the field
    retype(qtbot, hold, "")
    assert hold.error.isVisible()
    assert "hold: 1m30s" in editor.text.toPlainText()


def test_each_built_in_routine_opens_in_the_form(qtbot: QtBot, make_editor: MakeEditor,
                                                 tmp_path: Path) -> None:
    sources = sorted(builtin_routines_dir().glob("*.yaml"))
    assert len(sources) >= 5
    for source in sources:
        path = tmp_path / "routines" / source.name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(source.read_bytes())
        editor = make_editor(path)
        assert editor.tabs.currentWidget() is editor.form, source.name
        assert editor.form.tree.rows.rowCount() > 0
        editor.close()


def test_f6_moves_from_the_list_into_the_form_then_the_preview(
        qtbot: QtBot, make_editor: MakeEditor, hand: Path) -> None:
    editor = make_editor(hand)
    form = editor.form
    select(qtbot, form.tree, (0,))
    qtbot.keyClick(form.tree, Qt.Key.Key_F6)
    assert editor.focusWidget() is form.exercise_form.name
    qtbot.keyClick(form.exercise_form.name, Qt.Key.Key_F6)
    assert editor.preview.hasFocus()
    qtbot.keyClick(editor.preview, Qt.Key.Key_F6)
    assert form.tree.hasFocus()
