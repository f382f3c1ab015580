"""The form tab: the step list on the left, the form of what is selected on the right (in a
narrow window, the list above the form with the larger share and its buttons in one row).

It edits the same text as the YAML tab through :class:`~supple.qt.editor.shared_undo.
SharedText`: every change is a splice of that text on the one undo stack, and the form is
shown afresh from the text after each change, so switching tabs loses nothing. While the text
is not a valid routine (half-typed in the YAML tab) the form says where the problem is and
waits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.routines.document import FormChange, RoutineDocument, StepPath
from supple.core.routines.model import Routine
from supple.core.routines.text_edits import StepKind
from supple.qt.editor.form_fields import Committer, error_label
from supple.qt.editor.layout_memory import load_share, save_share
from supple.qt.editor.picture_picker import PicturePicker
from supple.qt.editor.routine_page import RoutinePage
from supple.qt.editor.shared_undo import KEEP, SharedText
from supple.qt.editor.step_form import BlockForm, ExerciseForm, RestForm, form_kind
from supple.qt.editor.step_tree import StepTree
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label
from supple.qt.widgets.reflow import Reflow, SplitReflow

ADD_KINDS = (StepKind.HOLD, StepKind.SIDES, StepKind.REPS, StepKind.REST, StepKind.METRONOME,
             StepKind.CIRCUIT)
# How the step list's buttons are laid out (see _ActionRows).
TWO_ROWS, ONE_ROW, FOLDED = "two rows", "one row", "folded"  # untranslated: names in code
#: Where the buttons go in two rows (Add, Duplicate, Remove, Try; the moves below), so the
#: list can stay narrow beside the form.
TWO_ROW_PLACES = ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (1, 3), (0, 3))
# untranslated: key sequences, in Qt's portable form
STEP_KEYS = {"duplicate": "Ctrl+D", "remove": "Del", "up": "Alt+Up", "down": "Alt+Down",
             "indent": "Ctrl+]", "outdent": "Ctrl+["}


class FormView(QWidget):
    """``tryStepRequested`` carries a routine of just the selected step (with the routine's
    defaults), for the player: the editor does not know the player (main_window connects)."""

    tryStepRequested = Signal(Routine)

    def __init__(self, shared: SharedText, images_dir: Path, routine_dir: Path,
                 parent: QWidget | None = None, *, layout_file: Path | None = None) -> None:
        """``layout_file``: where the list's share above the form is remembered."""
        super().__init__(parent)
        self.shared = shared
        self.images_dir = images_dir
        self.routine_dir = routine_dir
        self.committer = Committer(shared)
        self._stale = True
        self.ask_picture: Callable[[str | None], str | None] = self._ask_picture

        self.tree = StepTree(images_dir)
        self.tree.stepSelected.connect(self._selected)
        self.committer.watch(self.tree)
        self.tree.moveRequested.connect(
            lambda source, to: self.edit(lambda d: d.move_step(source, to)))
        self.routine_button = QPushButton(tr("Routine: name, category, defaults…"))
        self.routine_button.setCheckable(True)
        self.routine_button.clicked.connect(self.show_routine_page)
        self.error = error_label()
        self.broken = plain_label("", role="muted", wrap=True)

        self.routine_page = RoutinePage(self.committer)
        self.exercise_form = ExerciseForm(self.committer, lambda c: self.ask_picture(c))
        self.rest_form = RestForm(self.committer, lambda c: self.ask_picture(c))
        self.block_form = BlockForm(self.committer)
        self.stack = QStackedWidget()
        for page in (self.routine_page, self.exercise_form, self.rest_form, self.block_form,
                     self.broken):
            self.stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidget(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.routine_button)
        column.addLayout(self._build_actions())
        column.addWidget(self.tree, 1)
        column.addWidget(self.error)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([400, 600])
        self.split.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self._left = left
        # The list beside the form when both fit, else the list above it: large text or a
        # small window never cuts the form off at the right. Above it, the list gets the
        # larger share, its buttons one row: it is how one finds one's way in the form.
        self.reflow = SplitReflow(self.split, room=self, wide_width=self.wide_width,
                                  least_widths=self.least_widths, wide_shares=[2, 3],
                                  stacked_shares=[3, 2])
        self.layout_file = layout_file
        self._remembered = load_share(layout_file)
        self.reflow.stacked_shares = [self._remembered, 1000 - self._remembered]
        self.split.splitterMoved.connect(self._dragged)
        self.action_rows = _ActionRows(self)
        shared.changed.connect(self._text_changed)

    def _build_actions(self) -> QGridLayout:
        """The step list's buttons in two short rows, so the list can stay narrow."""
        row = QGridLayout()
        row.setSpacing(4)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_menu = QMenu(tr("Add"), self)
        self.add_actions: dict[StepKind, QAction] = {}
        for kind in ADD_KINDS:
            action = self.add_menu.addAction(kind.label)
            action.triggered.connect(lambda _c=False, k=kind: self.add_step(k))
            self.add_actions[kind] = action
        add = QToolButton()
        add.setText(tr("Add ▾"))
        add.setToolTip(tr("Add a step after the selected one (Ctrl+N)"))
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button = add
        row.addWidget(add, 0, 0)
        self.action_row = row
        self.action_buttons: list[QWidget] = [add]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, op in (
            ("duplicate", tr("Duplicate"), lambda d, p: d.duplicate_step(p)),
            ("remove", tr("Remove"), lambda d, p: d.remove_step(p)),
            ("up", tr("Up"), lambda d, p: d.move_up(p)),
            ("down", tr("Down"), lambda d, p: d.move_down(p)),
            ("indent", tr("Into block"), lambda d, p: d.indent_step(p)),
            ("outdent", tr("Out of block"), lambda d, p: d.outdent_step(p)),
        ):
            keys = STEP_KEYS[name]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(lambda _c=False, op=op: self._on_selected(op))
            (self.tree if name == "remove" else self).addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.action_buttons.append(button)
        open_add = QAction(tr("Add a step"), self)
        open_add.setShortcut(QKeySequence("Ctrl+N"))  # untranslated: a key sequence
        open_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_add.triggered.connect(add.showMenu)
        self.addAction(open_add)
        self.try_button = QPushButton(tr("Try this step"), self)  # a child even unplaced
        self.try_button.setToolTip(tr("Play just the selected step in the player"))
        self.try_button.clicked.connect(self.try_step)
        # Shown once the window that owns the player connects tryStepRequested
        # (``set_try_available``): a button that plays nothing is worse than none.
        self.try_button.hide()
        self.action_buttons.append(self.try_button)
        self._try_wanted = False
        # Above the form, in a narrow window: the four moves folded into one menu button,
        # their keys unchanged (the actions stay on the form).
        self.move_menu = QMenu(tr("Move"), self)
        for name in ("up", "down", "indent", "outdent"):
            self.move_menu.addAction(self.actions_by_name[name])
        self.move_button = QToolButton(self)  # a child from the start, never a window
        self.move_button.setText(tr("Move ▾"))
        self.move_button.setToolTip(tr("Move the selected step up, down, into or out of a "
                                       "block (Alt+Up, Alt+Down, Ctrl+], Ctrl+[)"))
        self.move_button.setMenu(self.move_menu)
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_button.hide()
        self._place_actions(TWO_ROWS)
        return row

    def _arrangement(self, layout: str) -> list[tuple[QWidget, tuple[int, int]]]:
        """Each button shown in ``layout`` and its (row, column)."""
        add, duplicate, remove, *moves, try_ = self.action_buttons
        if layout == ONE_ROW:
            shown = [add, duplicate, remove, *moves, try_]
        elif layout == FOLDED:
            shown = [add, duplicate, remove, self.move_button, try_]
        else:
            return [(b, place) for b, place in zip(self.action_buttons, TWO_ROW_PLACES,
                                                   strict=True)
                    if b is not try_ or self._try_wanted]
        return [(b, (0, i)) for i, b in enumerate(shown) if b is not try_ or self._try_wanted]

    def _place_actions(self, layout: str) -> None:
        row = self.action_row
        self.actions_layout = layout
        for button in (*self.action_buttons, self.move_button):
            row.removeWidget(button)
        placed = self._arrangement(layout)
        for button, place in placed:
            row.addWidget(button, *place)
        self.move_button.setVisible(layout == FOLDED)
        for button in self.action_buttons[3:7]:
            button.setVisible(layout != FOLDED)
        for column in range(len(self.action_buttons) + 2):
            row.setColumnStretch(column, 0)
        row.setColumnStretch(max(column for _b, (_r, column) in placed) + 1, 1)

    def actions_width(self, layout: str) -> int:
        """The width the step list's buttons take in ``layout`` (a column of the grid is as
        wide as its widest button)."""
        columns: dict[int, int] = {}
        for button, (_line, column) in self._arrangement(layout):
            columns[column] = max(columns.get(column, 0), button.sizeHint().width())
        spacing = self.action_row.horizontalSpacing()  # the stretching column's included
        return sum(columns.values()) + spacing * len(columns)

    def _dragged(self, _pos: int, _index: int) -> None:
        """Above the form, the user's share for the list is kept for the next time."""
        if self.split.orientation() != Qt.Orientation.Vertical:
            return
        sizes = self.split.sizes()
        if sum(sizes):
            share = sizes[0] * 1000 // sum(sizes)
            self.reflow.stacked_shares = [share, 1000 - share]

    def remember_layout(self) -> None:
        """Write the list's share if the user dragged it (the editor calls it on closing)."""
        share = self.reflow.stacked_shares[0]
        if share != self._remembered and save_share(self.layout_file, share):
            self._remembered = share

    def least_widths(self) -> list[int]:
        """Beside the form, the list's column with its buttons in two rows."""
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        left = max(self.routine_button.minimumSizeHint().width(),
                   self.actions_width(TWO_ROWS), self.tree.minimumSizeHint().width())
        return [left, self.stack.minimumSizeHint().width() + scrollbar + 2]

    def wide_width(self) -> int:
        return sum(self.least_widths()) + self.split.handleWidth()

    # --- showing --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(self.shared.selected)

    def _text_changed(self, select: StepPath | str | None) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.refresh(self.shared.selected if select == KEEP else select)  # type: ignore[arg-type]

    def refresh(self, select: StepPath | None = None) -> None:
        self._stale = False
        doc = self.shared.document()
        if doc is None:
            self._show_broken()
            return
        self.setEnabled(True)
        shown = self.tree.show_document(doc, self.routine_dir, select)
        self._show_selected(doc, shown)

    def _show_broken(self) -> None:
        error = self.shared.document_error
        first = error.problems[0] if error is not None and error.problems else None
        where = " " + tr("(line {line})").format(line=first.line) \
            if first is not None and first.line else ""
        what = f": {first.message}" if first is not None else ""
        self.broken.setText(tr("The form can show this routine again once its text has no "
                               "problems. Fix it in the YAML tab{where}{what}.").format(
            where=where, what=what))
        self.stack.setCurrentWidget(self.broken)
        self.tree.rows.clear()

    def _selected(self, path: StepPath | None) -> None:
        doc = self.shared.document()
        if doc is not None:
            self._show_selected(doc, path)

    def _show_selected(self, doc: RoutineDocument, path: StepPath | None) -> None:
        self.shared.selected = path
        self.routine_button.setChecked(path is None)
        for name in ("duplicate", "remove", "up", "down", "indent", "outdent"):
            self.actions_by_name[name].setEnabled(path is not None)
        self.try_button.setEnabled(path is not None and form_kind(doc, path) != "block")
        if path is None:
            self.routine_page.show_document(doc)
            self.stack.setCurrentWidget(self.routine_page)
            return
        form = {"exercise": self.exercise_form, "rest": self.rest_form,
                "block": self.block_form}[form_kind(doc, path)]
        form.show_document(doc, path)
        self.stack.setCurrentWidget(form)

    def focus_form(self) -> None:
        """Focus the first field of the form shown (F6 from the step list)."""
        page = self.stack.currentWidget()
        for child in page.findChildren(QWidget) if page is not None else []:
            if child.isVisible() and child.isEnabled() and \
                    child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
                child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.form_scroll.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_routine_page(self) -> None:
        self.tree.setCurrentIndex(self.tree.rows.index(-1, 0))
        self.tree.selectionModel().clearSelection()
        doc = self.shared.document()
        if doc is not None:
            self._show_selected(doc, None)

    def select(self, path: StepPath | None) -> None:
        if path is None:
            self.show_routine_page()
        else:
            self.tree.setCurrentIndex(self.tree.index_of(path))

    # --- the step list's operations ----------------------------------------------------------

    def edit(self, make: Callable[[RoutineDocument], FormChange]) -> bool:
        return self.committer.run(None, make, None, self.error)

    def _on_selected(self, op: Callable[[RoutineDocument, StepPath], FormChange]) -> None:
        path = self.tree.current_path()
        if path is not None:
            self.edit(lambda d: op(d, path))

    def add_step(self, kind: StepKind) -> bool:
        """After the selected step (last when none is), in the same list."""
        path = self.tree.current_path()
        doc = self.shared.document()
        if doc is None:
            return False
        at = (*path[:-1], path[-1] + 1) if path is not None else (len(doc.routine.steps),)
        return self.edit(lambda d: d.add_step(kind, at))

    # --- pictures and trying ---------------------------------------------------------------

    def _ask_picture(self, current: str | None) -> str | None:
        picker = PicturePicker(self.images_dir, self.routine_dir, current, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.chosen

    def set_try_available(self, available: bool) -> None:
        self._try_wanted = available
        self.try_button.setVisible(available)
        self._place_actions(self.actions_layout)  # in its place, or out of the grid
        self.action_rows.fit()  # one more button: one row may no longer fit

    def try_step(self) -> None:
        doc, path = self.shared.document(), self.tree.current_path()
        if doc is None or path is None:
            return
        step = doc.step(path)
        self.tryStepRequested.emit(doc.routine.model_copy(
            update={"name": tr("Try: {step}").format(
                step=getattr(step, "name", None) or doc.routine.name),
                    "steps": [step]}))


class _ActionRows(Reflow):
    """The step list's buttons: in two rows beside the form; above it, in one row when they
    fit, else in one row with the moves folded into a menu, else in two rows again."""

    def __init__(self, form: FormView) -> None:
        super().__init__(form._left, lambda: 0)
        self.form = form

    def wanted(self) -> str:
        form = self.form
        if form.split.orientation() == Qt.Orientation.Horizontal:
            return TWO_ROWS
        room = form._left.width()
        return next((layout for layout in (ONE_ROW, FOLDED)
                     if form.actions_width(layout) <= room), TWO_ROWS)

    def fit(self) -> None:
        form = self.form
        layout = self.wanted()
        if layout == form.actions_layout:
            return
        form._place_actions(layout)
        split = form.split
        if split.orientation() == Qt.Orientation.Vertical:
            # The list's least height just changed: share the room out again as it should be.
            form.layout().activate()  # type: ignore[union-attr]
            shares = form.reflow.stacked_shares
            total = sum(split.sizes())
            split.setSizes([total * share // sum(shares) for share in shares])
