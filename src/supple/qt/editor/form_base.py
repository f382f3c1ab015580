"""What the routine page and the step forms share: a form whose fields each write one value.

A field is bound once (:meth:`BoundForm.bind_line` and friends) to the value it writes, at
a path the form knows only when it shows something; each binding knows how to show the value
again after any change (typed in the YAML view, undone, made elsewhere in the form).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supple.core.routines.cue_choices import CUE_CHOICES
from supple.core.routines.document import (
    Field,
    FormChange,
    RoutineDocument,
    StepPath,
    data_path,
)
from supple.core.routines.typed_durations import read_typed_duration
from supple.qt.editor.form_fields import (
    Committer,
    DurationEdit,
    cue_box,
    cue_state,
    error_label,
    lines_of,
    list_text,
    raw_text,
    state_value,
)
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.widgets.plain_text import plain_label

CUE_LABELS = {"start": QT_TR_NOOP("Start"), "countdown": QT_TR_NOOP("3-2-1 countdown"),
              "halfway": QT_TR_NOOP("Halfway"), "switch": QT_TR_NOOP("Switch sides"),
              "rest": QT_TR_NOOP("Rest"), "tempo": QT_TR_NOOP("Tempo beats"),
              "metronome": QT_TR_NOOP("Metronome"), "finish": QT_TR_NOOP("Finish"),
              "voice": QT_TR_NOOP("Voice"), "say_reps": QT_TR_NOOP("Say the reps")}
"""The cue boxes' labels, by cue (through ``tr`` where a box is made)."""

Refresh = Callable[[RoutineDocument], None]


def _keys(field: Field) -> tuple[str, ...]:
    return (field,) if isinstance(field, str) else tuple(field)


class BoundForm(QWidget):
    """A form writing the fields of the routine (``path`` empty) or of the step at ``path``."""

    def __init__(self, committer: Committer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.committer = committer
        self.path: StepPath = ()
        self.doc: RoutineDocument | None = None
        self._refreshers: list[Refresh] = []
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # a short form stays at the top of a tall page
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    # --- showing --------------------------------------------------------------------------

    def show_document(self, doc: RoutineDocument, path: StepPath = ()) -> None:
        self.doc, self.path = doc, path
        for refresh in self._refreshers:
            refresh(doc)

    def raw(self, field: Field) -> Any:
        if self.doc is None:
            return None
        return self.doc.raw(data_path(self.path) + _keys(field))

    def change(self, doc: RoutineDocument, values: dict[Field, Any]) -> FormChange:
        if self.path:
            return doc.set_fields(self.path, values)
        return doc.set_fields((), values)

    def write(self, source: QWidget | None, values: dict[Field, Any],
              error: QWidget | None = None, merge: bool = True) -> bool:
        key = (self.path, tuple(sorted(str(k) for k in values))) if merge else None
        return self.committer.run(source, lambda d: self.change(d, values), key,
                                  error)  # type: ignore[arg-type]

    def on_refresh(self, refresh: Refresh) -> None:
        self._refreshers.append(refresh)

    # --- bindings -------------------------------------------------------------------------

    def bind_line(self, label: str, field: Field, *, optional: bool = True,
                  placeholder: str = "", convert: Callable[[str], Any] = str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        error = error_label()
        edit.setAccessibleName(label)

        def typed(text: str) -> None:
            value = convert(text.strip()) if text.strip() else None
            if value is None and not optional:
                error.setText(tr("this cannot be empty"))
                error.show()
                return
            self.write(edit, {field: value}, error)

        edit.textEdited.connect(typed)
        self.on_refresh(lambda _d: self.committer.show_text(edit, raw_text(self.raw(field))))
        self.committer.watch(edit)
        self.form.addRow(label, edit)
        self.form.addRow(error)
        return edit

    def bind_duration(self, label: str, field: Field, *, zero_ok: bool, optional: bool,
                      placeholder: str | None = None) -> DurationEdit:
        if placeholder is None:
            placeholder = tr("e.g. 30s, 1m30s")
        edit = DurationEdit(zero_ok=zero_ok, optional=optional, placeholder=placeholder)
        edit.setAccessibleName(label)

        def typed(text: str) -> None:
            if edit.problem() is not None:
                return
            value = read_typed_duration(text, zero_ok=zero_ok).value if text.strip() else None
            self.write(edit, {field: value}, edit.error)

        edit.textEdited.connect(typed)
        self.on_refresh(lambda _d: self.committer.show_text(edit, raw_text(self.raw(field))))
        self.committer.watch(edit)
        self.form.addRow(label, edit)
        self.form.addRow(edit.error)
        return edit

    def bind_spin(self, label: str, field: Field, low: int, high: int, default: int,
                  suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccessibleName(label)
        error = error_label()

        def changed(value: int) -> None:
            if value == default and self.raw(field) is None:
                return
            self.write(spin, {field: value}, error)

        spin.valueChanged.connect(changed)

        def refresh(_doc: RoutineDocument) -> None:
            raw = self.raw(field)
            self.committer.show_number(spin, raw if isinstance(raw, int) else default)

        self.on_refresh(refresh)
        self.committer.watch(spin)
        self.form.addRow(label, spin)
        self.form.addRow(error)
        return spin

    def bind_lines(self, label: str, field: Field, *, as_list: bool,
                   placeholder: str = "") -> QPlainTextEdit:
        """Several lines of text: one value, or (``as_list``) one item a line."""
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.document().setUndoRedoEnabled(False)
        edit.setAccessibleName(label)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        error = error_label()

        def typed() -> None:
            text = edit.toPlainText()
            value: Any = (lines_of(text) or None) if as_list else (" ".join(text.split())
                                                                  or None)
            self.write(edit, {field: value}, error)

        edit.textChanged.connect(typed)

        def refresh(_doc: RoutineDocument) -> None:
            raw = self.raw(field)
            text = list_text(raw) if as_list else raw_text(raw)
            # The form writes a line's words; leave the field alone while it means the same.
            mine = edit.toPlainText()
            same = (lines_of(mine) if as_list else " ".join(mine.split())) == (
                lines_of(text) if as_list else " ".join(text.split()))
            if not same:
                self.committer.show_text(edit, text)

        self.on_refresh(refresh)
        self.committer.watch(edit)
        self.form.addRow(label, edit)
        self.form.addRow(error)
        return edit

    def bind_cues(self, label: str, prefix: Field) -> dict[str, QCheckBox]:
        """The cue switches, each on, off or inherited."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        error = error_label()
        for n, cue in enumerate(CUE_CHOICES):
            box = cue_box(tr(CUE_LABELS.get(cue, cue)))
            box.setObjectName(f"cue-{cue}")
            grid.addWidget(box, n // 2, n % 2)
            boxes[cue] = box
            field = (*_keys(prefix), cue)

            def toggled(state: int, box: QCheckBox = box, field: Field = field) -> None:
                self.write(box, {field: state_value(state)}, error, merge=False)

            box.stateChanged.connect(toggled)
        holder = QWidget()
        holder.setLayout(grid)

        def refresh(_doc: RoutineDocument) -> None:
            for cue, box in boxes.items():
                raw = self.raw((*_keys(prefix), cue))
                self.committer.show_check(box, cue_state(raw if isinstance(raw, bool)
                                                         else None))

        self.on_refresh(refresh)
        self.form.addRow(label, holder)
        self.form.addRow(plain_label(tr("Ticked: on · empty: off · grey: as the routine's "
                                     "defaults or your settings say"), role="chip", wrap=True))
        self.form.addRow(error)
        return boxes

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)
        error = getattr(widget, "error", None)
        if isinstance(error, QWidget) and not visible:
            error.hide()

