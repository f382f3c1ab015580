"""One undo history for the routine's text, whichever view changed it.

The YAML view and the form edit the same text (the one :class:`~supple.qt.editor.file_keeper.
FileKeeper` saves). Each change, typed or made through the form, becomes one command on a
single ``QUndoStack`` holding the text before and after it; undoing puts back exactly the text
before, as the smallest splice, so undoing every change gives back the file's original bytes.
The text field's own undo is switched off, and Ctrl+Z in any field of the form is sent here
too (:func:`route_undo_keys`) rather than to that field's private history.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from supple.core.routines.document import DocumentError, FormChange, RoutineDocument, StepPath
from supple.qt.editor.code_edit import CodeEdit
from supple.qt.i18n import tr

#: What ``changed`` carries when the change says nothing of which step to show (typing).
KEEP = "keep"
_TYPING_ID = 1
_FIELD_ID = 2


def smallest_splice(old: str, new: str) -> tuple[int, int, str]:
    """``(start, end, text)``: replace ``old[start:end]`` by ``text`` to get ``new``."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - end, new[start : len(new) - end]


class _TextCommand(QUndoCommand):
    """The text from ``before`` to ``after``; ``applied`` when it already is (typed)."""

    def __init__(self, owner: SharedText, label: str, before: str, after: str, *,
                 applied: bool, merge: object = None, select: StepPath | str | None = KEEP,
                 selected_before: StepPath | str | None = KEEP,
                 key: _Key | None = None) -> None:
        super().__init__(label)
        self.key = key
        self.owner = owner
        self.before = before
        self.after = after
        self._skip = applied
        self.merge = merge
        self.select = select
        self.selected_before = selected_before

    def id(self) -> int:
        if self.merge is None:
            return -1
        return _TYPING_ID if self.merge == "typing" else _FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _TextCommand) or other.merge != self.merge:
            return False
        if other.before != self.after:
            return False
        if self.merge == "typing":
            if self.key is None or other.key is None or not other.key.goes_on(self.key):
                return False
            self.key = other.key
        self.after = other.after
        self.select = other.select
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            self.owner.took(self.after, self.select)
            return
        self.owner.put(self.after, self.select)

    def undo(self) -> None:
        self.owner.put(self.before, self.selected_before)


class _Key(NamedTuple):
    """Where a typed change happened, in Qt's positions: what a run of typing is made of."""

    position: int
    removed: int
    added: int
    cursor: int  # after it
    newline: bool

    def goes_on(self, run: _Key) -> bool:
        """One more key of the run that ended at ``run.cursor`` (a letter typed, deleted or
        rubbed out there); a new line starts a new run, as in most editors."""
        if self.added > 1 or self.removed > 1 or self.newline:
            return False
        return run.cursor in (self.position, self.position + self.removed)


class SharedText(QObject):
    """The text of ``field`` under one undo stack, and the routine document it reads as.

    ``changed`` is emitted after every change of the text (typed, from the form, undone or
    redone) with the step the form should show next (None: the routine page; :data:`KEEP`:
    what it shows); ``document`` is the text as
    a :class:`RoutineDocument`, or None while the text is not a valid routine.
    """

    changed = Signal(object)

    def __init__(self, field: CodeEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.stack = QUndoStack(self)
        self._text = field.toPlainText()
        self._doc: RoutineDocument | None = None
        self._doc_text: str | None = None
        self._doc_error: DocumentError | None = None
        self._putting = False
        self.selected: StepPath | None = None  # what the form shows, kept for undo
        field.document().setUndoRedoEnabled(False)
        field.undo_stack = self.stack
        self._change: tuple[int, int, int] = (0, 0, 0)
        field.document().contentsChange.connect(self._contents_change)
        field.textChanged.connect(self._typed)

    @property
    def text(self) -> str:
        return self._text

    def reset(self) -> None:
        """Take the field's text as the start of history (a file just opened)."""
        self._text = self.field.toPlainText()
        self.stack.clear()
        self.changed.emit(KEEP)

    # --- the document ---------------------------------------------------------------------

    def document(self) -> RoutineDocument | None:
        if self._doc_text != self._text:
            self._doc_text = self._text
            try:
                self._doc, self._doc_error = RoutineDocument(self._text), None
            except DocumentError as exc:
                self._doc, self._doc_error = None, exc
        return self._doc

    @property
    def document_error(self) -> DocumentError | None:
        self.document()
        return self._doc_error

    # --- changes --------------------------------------------------------------------------

    def apply(self, change: FormChange, merge: object = None) -> None:
        """Make a form change as one undoable step. ``merge``: a key (the field, say) that
        merges it with the step before when that one had the same key: typing a name letter
        by letter undoes as one change."""
        if change.before.text != self._text:  # pragma: no cover - the form reads fresh
            raise RuntimeError("the form changed an out-of-date text")  # untranslated: a bug
        select = change.select if change.select is not None else self.selected
        self.stack.push(_TextCommand(self, change.label, self._text, change.after.text,
                                     applied=False, merge=merge, select=select,
                                     selected_before=self.selected))
        if change.after.text == self._text and self._doc_text != self._text:
            self._doc, self._doc_text, self._doc_error = change.after, self._text, None

    def put(self, text: str, select: StepPath | str | None) -> None:
        """Change the field's text to ``text`` with the smallest splice (no new command)."""
        start, end, piece = smallest_splice(self._text, text)
        self._putting = True
        try:
            self.field.replace_range(start, end, piece)
        finally:
            self._putting = False
        self.took(text, select)

    def took(self, text: str, select: StepPath | str | None = KEEP) -> None:
        self._text = text
        self.changed.emit(select)

    def _contents_change(self, position: int, removed: int, added: int) -> None:
        self._change = (position, removed, added)

    def _typed(self) -> None:
        if self._putting:
            return
        now = self.field.toPlainText()
        if now == self._text:
            return
        position, removed, added = self._change
        _start, _end, inserted = smallest_splice(self._text, now)
        key = _Key(position, removed, added, self.field.textCursor().position(),
                   "\n" in inserted)
        self.stack.push(_TextCommand(self, tr("Typing"), self._text, now, applied=True,
                                     merge="typing", key=key))


class _UndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z (and Ctrl+Y) in a field go to ``stack``, not to the field."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
                event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # deliver it as a key press, here, not as a shortcut
                elif undo:
                    self.stack.undo()
                else:
                    self.stack.redo()
                return True
        return False


def route_undo_keys(stack: QUndoStack, *widgets: QWidget) -> None:
    """Send the undo keys pressed in ``widgets`` (and a spin box's inner line) to ``stack``."""
    for widget in widgets:
        keys = _UndoKeys(stack, widget)
        widget.installEventFilter(keys)
        if isinstance(widget, QAbstractSpinBox):
            inner = widget.lineEdit()
            if inner is not None:
                inner.installEventFilter(keys)
