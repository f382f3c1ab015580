"""Driving the form editor the way a runner does: focus a field, type, click, drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from supple.core.routines.document import StepPath
from supple.qt.editor.form_view import FormView
from supple.qt.editor.step_tree import StepTree
from supple.qt.editor.window import RoutineEditor


def retype(qtbot: QtBot, widget: QLineEdit | QSpinBox | QPlainTextEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    assert widget.isVisible(), "a runner cannot type into a field not shown"
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.selectAll()
    if not text:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        return
    qtbot.keyClicks(widget, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the item whose text starts with ``text`` with the arrow keys, as a keyboard
    user does on a closed box."""
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def undo_key(qtbot: QtBot, widget: QWidget, times: int = 1, *, redo: bool = False) -> None:
    for _ in range(times):
        if redo:
            qtbot.keyClick(widget, Qt.Key.Key_Z,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def add(form: FormView, kind_text: str) -> None:
    action = next(a for a in form.add_menu.actions() if a.text() == kind_text)
    action.trigger()


def select(qtbot: QtBot, tree: StepTree, path: StepPath) -> None:
    """Click the row of ``path``."""
    rect = tree.visualRect(tree.index_of(path))
    assert rect.isValid(), path
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def drag(tree: StepTree, source: StepPath, target: StepPath, *, where: str) -> None:
    """Press on ``source``'s row, move through the list and let go on ``target``'s row:
    ``where`` is "above" (its upper edge), "below" (lower edge) or "into" (its middle)."""
    start = tree.visualRect(tree.index_of(source)).center()
    rect = tree.visualRect(tree.index_of(target))
    end = {"above": QPoint(rect.center().x(), rect.top() + 2),
           "below": QPoint(rect.center().x(), rect.bottom() - 2),
           "into": rect.center()}[where]
    viewport = tree.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for n in range(1, steps + 1):
        point = start + (end - start) * (n / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def beside_the_tabs(editor: RoutineEditor) -> bool:
    """The editor's preview in its place right of the tabs, shown there (not one of them)."""
    holder = editor.reflow.holder
    return (editor.reflow.is_wide() and editor.split.indexOf(holder) == 1
            and editor.preview.parent() is holder and not holder.isHidden())
