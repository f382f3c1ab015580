"""The form's fields and how a field's change reaches the shared text.

Every field writes through :class:`Committer`: it asks the current
:class:`~supple.core.routines.document.RoutineDocument` for the change, and either pushes it
onto the shared undo stack or shows, under the field, why it was refused (the file is never
changed then). While a field's own change is being made, the form's refresh leaves that field
alone, so the cursor and what the runner typed (``1:30`` rather than the ``1m30s`` written)
stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from supple.core.routines.document import EditError, FormChange, NoChange, RoutineDocument
from supple.core.routines.typed_durations import check_typed_duration
from supple.qt.editor.shared_undo import SharedText, route_undo_keys
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

Make = Callable[[RoutineDocument], FormChange]


def error_label() -> QLabel:
    label = plain_label("", role="error", wrap=True)
    label.hide()
    return label


class Committer:
    """Makes form changes on ``shared``, one field at a time."""

    def __init__(self, shared: SharedText) -> None:
        self.shared = shared
        self.source: QWidget | None = None  # the field whose change is being made

    def run(self, source: QWidget | None, make: Make, merge: object = None,
            error: QLabel | None = None) -> bool:
        doc = self.shared.document()
        if doc is None:
            return False
        try:
            change = make(doc)
        except NoChange:
            _show(error, None)
            return False
        except EditError as exc:
            _show(error, str(exc))
            return False
        _show(error, None)
        self.source = source
        try:
            self.shared.apply(change, merge)
        finally:
            self.source = None
        return True

    def watch(self, *widgets: QWidget) -> None:
        route_undo_keys(self.shared.stack, *widgets)

    # --- showing values, leaving the field being typed in alone ---------------------------

    def show_text(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        if widget is self.source:
            return
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if current != text:
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(text)
                widget.setCursorPosition(0)  # the start of a long name, not its end
            else:
                widget.setPlainText(text)
            widget.blockSignals(False)

    def show_number(self, widget: QSpinBox, value: int) -> None:
        if widget is not self.source and widget.value() != value:
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)

    def show_check(self, widget: QCheckBox, state: Qt.CheckState) -> None:
        if widget is not self.source and widget.checkState() != state:
            widget.blockSignals(True)
            widget.setCheckState(state)
            widget.blockSignals(False)

    def show_choice(self, widget: QComboBox, data: Any, text: str | None = None) -> None:
        """Select the item holding ``data``; an editable box shows ``text`` otherwise."""
        if widget is self.source:
            return
        widget.blockSignals(True)
        index = widget.findData(data)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable() and text is not None:
            widget.setEditText(text)
        widget.blockSignals(False)


def _show(error: QLabel | None, message: str | None) -> None:
    if error is None:
        return
    error.setText(message or "")
    error.setVisible(bool(message))


def raw_text(value: Any) -> str:
    """A value as the file writes it, for a field (``30s``, ``90``, ``+5%``; empty: none)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class DurationEdit(QLineEdit):
    """A duration typed as people say it, checked at every key; ``checked`` says whether it
    can be written (an empty field is fine when ``optional``: the step inherits)."""

    checked = Signal(bool)

    def __init__(self, *, zero_ok: bool, optional: bool, placeholder: str = "e.g. 30s, 1m30s",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zero_ok = zero_ok
        self.optional = optional
        self.setPlaceholderText(placeholder)
        self.error = error_label()
        self.textChanged.connect(self._check)

    def problem(self) -> str | None:
        text = self.text()
        if not text.strip():
            return None if self.optional else tr("type a duration, e.g. 30s, 1m30s, 1:30 or 90")
        return check_typed_duration(text, zero_ok=self.zero_ok)

    def _check(self) -> None:
        problem = self.problem()
        self.setProperty("invalid", problem is not None)
        self.setToolTip(problem or "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        self.checked.emit(problem is None)


def cue_box(label: str) -> QCheckBox:
    """A cue switch with three states: on, off, and as the routine (or the app) says."""
    box = QCheckBox(label)
    box.setTristate(True)
    box.setToolTip(tr("Ticked: on. Empty: off. Half-ticked: as the routine's defaults or the "
                   "app's settings say."))
    return box


def cue_state(value: bool | None) -> Qt.CheckState:
    if value is None:
        return Qt.CheckState.PartiallyChecked
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked


def state_value(state: Qt.CheckState | int) -> bool | None:
    state = Qt.CheckState(state)
    if state == Qt.CheckState.PartiallyChecked:
        return None
    return state == Qt.CheckState.Checked


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def list_text(value: Sequence[Any] | None) -> str:
    return "\n".join(str(v) for v in value or ())
