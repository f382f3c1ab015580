"""The form's step list: add, remove, duplicate, drag, Alt+Up/Down, into and out of blocks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import drag, select, undo_key
from supple.core.resources import images_dir
from supple.core.routines.drafts import DraftStore
from supple.qt.editor.window import RoutineEditor

TEXT = """\
supple: 1
name: Steps
steps:
  - name: One
    hold: 10s

  - name: Two
    hold: 20s
    image: calf-raise.svg

  # A circuit.
  - name: Circuit
    rounds: 2
    steps:
      - name: Inner
        hold: 5s
      - name: Inner two
        hold: 6s

  - name: Three
    reps: 5
"""


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[
        RoutineEditor]:
    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)
    path = tmp_path / "routines" / "steps.yaml"
    path.parent.mkdir()
    path.write_text(TEXT, "utf-8")
    window = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window


def names(editor: RoutineEditor) -> list[str]:
    """Every row's name, a block's steps indented under it."""
    tree = editor.form.tree
    out = []

    def walk(parent: object, depth: int) -> None:
        model = tree.rows
        for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
            index = model.index(row, 0, parent)  # type: ignore[arg-type]
            out.append("  " * depth + index.data().split("\n")[0])
            walk(index, depth + 1)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex(), 0)
    return out


def test_rows_show_name_summary_and_picture(editor: RoutineEditor) -> None:
    rows = editor.form.tree.rows
    assert rows.index(1, 0).data() == "Two\n20 s"
    assert not rows.index(1, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert rows.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    circuit = rows.index(2, 0)
    assert circuit.data() == "Circuit\n2 rounds of 2 steps"
    assert rows.rowCount(circuit) == 2
    assert names(editor) == ["One", "Two", "Circuit", "  Inner", "  Inner two", "Three"]


def test_a_real_mouse_drag_reorders_and_undoes(qtbot: QtBot, editor: RoutineEditor) -> None:
    tree = editor.form.tree
    drag(tree, (0,), (3,), where="below")  # "One" dropped under "Three": last
    assert names(editor) == ["Two", "Circuit", "  Inner", "  Inner two", "Three", "One"]
    assert tree.current_path() == (3,)  # the moved step stays selected
    drag(tree, (3,), (1,), where="into")  # "One" into the circuit, as its last step
    assert names(editor) == ["Two", "Circuit", "  Inner", "  Inner two", "  One", "Three"]
    drag(tree, (1, 0), (0,), where="above")  # "Inner" out, first in the routine
    assert names(editor) == ["Inner", "Two", "Circuit", "  Inner two", "  One", "Three"]
    text = editor.text.toPlainText()
    assert "  # A circuit.\n  - name: Circuit" in text  # its note moved with it, none lost
    undo_key(qtbot, tree, 3)
    assert editor.text.toPlainText() == TEXT
    undo_key(qtbot, tree, 3, redo=True)
    assert editor.text.toPlainText() == text


def test_a_short_press_selects_and_moves_nothing(qtbot: QtBot, editor: RoutineEditor) -> None:
    select(qtbot, editor.form.tree, (1,))
    assert editor.form.stack.currentWidget() is editor.form.exercise_form
    assert editor.form.exercise_form.name.text() == "Two"
    assert editor.text.toPlainText() == TEXT
    assert editor.undo_stack.count() == 0


def test_alt_up_down_and_indent_outdent(qtbot: QtBot, editor: RoutineEditor) -> None:
    tree = editor.form.tree
    select(qtbot, tree, (1,))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:3] == ["One", "Circuit", "  Inner"]
    assert tree.current_path() == (2,)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:2] == ["Two", "One"]
    select(qtbot, tree, (3,))  # "Three", just under the circuit
    qtbot.keyClick(tree, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert names(editor)[-3:] == ["  Inner", "  Inner two", "  Three"]
    assert tree.current_path() == (2, 2)
    qtbot.keyClick(tree, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert names(editor)[-1] == "Three"
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[0] == "Three"
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert "already the first step" in editor.form.error.text()
    assert editor.form.error.isVisible()
    undo_key(qtbot, tree, editor.undo_stack.count())
    assert editor.text.toPlainText() == TEXT


def test_add_each_kind_after_the_selection_then_duplicate_and_remove(
        qtbot: QtBot, editor: RoutineEditor) -> None:
    form = editor.form
    select(qtbot, form.tree, (0,))
    for action in form.add_menu.actions():
        action.trigger()  # each goes after the one just added
    assert names(editor)[:8] == ["One", "New stretch", "New stretch", "New exercise",
                                 "Walk it off", "Cadence drill", "Circuit", "  High knees"]
    assert form.tree.current_path() == (6,)
    assert form.stack.currentWidget() is form.block_form
    select(qtbot, form.tree, (3,))
    qtbot.keyClick(form.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert names(editor)[3:5] == ["New exercise", "New exercise"]
    qtbot.keyClick(form.tree, Qt.Key.Key_Delete)  # the copy, then the rest after it
    qtbot.keyClick(form.tree, Qt.Key.Key_Delete)
    assert names(editor)[:5] == ["One", "New stretch", "New stretch", "New exercise",
                                 "Cadence drill"]
    undo_key(qtbot, form.tree, editor.undo_stack.count())
    assert editor.text.toPlainText() == TEXT


def test_the_last_step_of_a_block_cannot_be_dragged_out_alone(
        qtbot: QtBot, editor: RoutineEditor) -> None:
    tree = editor.form.tree
    drag(tree, (2, 0), (0,), where="above")
    assert names(editor)[0] == "Inner"
    drag(tree, (3, 0), (0,), where="above")  # the circuit's only step now
    assert "only step" in editor.form.error.text()
    assert names(editor)[:4] == ["Inner", "One", "Two", "Circuit"]


def test_try_this_step_asks_for_a_routine_of_just_that_step(
        qtbot: QtBot, editor: RoutineEditor) -> None:
    form = editor.form
    assert not form.try_button.isVisibleTo(form)  # until a player is connected
    form.set_try_available(True)
    select(qtbot, form.tree, (2, 1))
    with qtbot.waitSignal(editor.tryStepRequested) as asked:
        qtbot.mouseClick(form.try_button, Qt.MouseButton.LeftButton)
    routine = asked.args[0]
    assert [s.name for s in routine.steps] == ["Inner two"]
    assert routine.name == "Try: Inner two"
    select(qtbot, form.tree, (2,))
    assert not form.try_button.isEnabled()  # a block is tried by trying its steps
    assert editor.text.toPlainText() == TEXT


OWN_SIDES = """\
supple: 1
name: Sides
steps:
  - name: Ankle circles
    reps: 10
    tempo: 2s
    sides: [clockwise, anticlockwise]
"""


def test_switching_hold_and_reps_custom_sides_and_a_plain_tempo(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from form_helpers import choose, retype

    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)
    path = tmp_path / "sides.yaml"
    path.write_text(OWN_SIDES, "utf-8")
    editor = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    form = editor.form.exercise_form
    select(qtbot, editor.form.tree, (0,))
    assert form.sides.currentText() == "Each side: clockwise, then anticlockwise"
    assert form.phases["up"].text() == "2s"  # one figure a rep shows as its first phase
    assert form.reps.isVisible() and not form.hold.isVisible()
    retype(qtbot, form.phases["down"], "3s")  # now phases, in the order typed
    assert "tempo: {down: 3s}" in editor.text.toPlainText()
    choose(qtbot, form.measure, "Time")
    text = editor.text.toPlainText()
    assert "hold: 30s" in text and "reps:" not in text and "tempo" not in text
    assert form.hold.isVisible() and form.metronome.isVisible() and not form.reps.isVisible()
    retype(qtbot, form.metronome, "+5%")
    assert "metronome: +5%" in editor.text.toPlainText()
    assert editor.form.tree.rows.index(0, 0).data() == \
        "Ankle circles\n30 s · +5% of your cadence · each side"
    choose(qtbot, form.sides, "One side")
    assert "sides" not in editor.text.toPlainText()
    undo_key(qtbot, editor.form.tree, editor.undo_stack.count())
    assert editor.text.toPlainText() == OWN_SIDES
    assert form.sides.currentText() == "Each side: clockwise, then anticlockwise"


def test_a_drag_shows_where_it_drops_and_below_the_rows_means_last(
        qtbot: QtBot, editor: RoutineEditor) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    tree = editor.form.tree
    editor.resize(900, 900)
    viewport = tree.viewport()
    start = tree.visualRect(tree.index_of((0,))).center()
    below = QPoint(start.x(), viewport.height() - 5)
    assert not tree.indexAt(below).isValid()  # empty space under the last row
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 20))
    QTest.mouseMove(viewport, below)
    assert tree.drop_target is not None and tree.drop_target[0] == (4,)
    before = viewport.grab().toImage()  # the drop line is painted
    line_y = tree.drop_target[1].top()
    assert before.pixelColor(viewport.width() // 2, line_y) == \
        tree.palette().highlight().color()
    into = tree.visualRect(tree.index_of((2,))).center()
    QTest.mouseMove(viewport, into)
    assert tree.drop_target is not None and tree.drop_target[2]  # into the block: a box
    viewport.grab()
    QTest.mouseMove(viewport, below)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       below)
    assert names(editor)[-1] == "One" and tree.drop_target is None
