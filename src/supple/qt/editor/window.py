"""The routine editor window: the YAML text itself, checked as you type, with a live preview.

The app edits the text, never a re-serialised copy, so the runner's comments and layout survive
whichever way the file is edited. The window assembles the parts and lays them out: the text
(:mod:`~supple.qt.editor.code_edit`), the problems under it (:mod:`~supple.qt.editor.problems`),
the preview beside it (:mod:`~supple.qt.editor.preview`), and the file behind it, saved, drafted
and watched by :mod:`~supple.qt.editor.file_keeper`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.problems import Problem
from supple.core.routines.drafts import DraftStore
from supple.core.routines.loader import load_text
from supple.core.routines.model import Routine
from supple.core.routines.text_edits import StepKind, TextEdit, step_insertion
from supple.qt.editor.code_edit import CodeEdit
from supple.qt.editor.compare import CompareDialog
from supple.qt.editor.file_keeper import FileKeeper, shown
from supple.qt.editor.form_view import FormView
from supple.qt.editor.message_bar import MessageBar
from supple.qt.editor.preview import PreviewPane
from supple.qt.editor.problems import ProblemsPane
from supple.qt.editor.shared_undo import SharedText, route_undo_keys
from supple.qt.i18n import tr
from supple.qt.theme import DARK, LIGHT, Colors
from supple.qt.widgets.plain_text import plain_label
from supple.qt.widgets.reflow import TabReflow

VALIDATE_DELAY_MS = 300
CODE_COLUMNS = 44  # the code side by side with the preview needs this many characters' room
PREVIEW_EMS = 18  # and the preview this many em
NEXT_PANE = ("Ctrl+Tab", "F6")  # untranslated: key sequences
PREVIOUS_PANE = ("Ctrl+Shift+Tab", "Shift+F6")  # untranslated: key sequences
NEXT_TAB, PREVIOUS_TAB = "Ctrl+PgDown", "Ctrl+PgUp"  # untranslated: key sequences


def _stylesheet(c: Colors) -> str:
    """Rules this window adds to the app's stylesheet (which it never replaces)."""
    # untranslated: a style sheet
    return f"""
    QPlainTextEdit[role="code"] {{ background: {c.card}; border: 1px solid {c.track};
                                   border-radius: 10px; padding: 2px; }}
    QFrame[role="editor-bar"] {{ background: {c.card}; border: 1px solid {c.track};
                                 border-left: 4px solid {c.rest}; border-radius: 8px; }}
    QFrame[role="editor-bar"][tone="warn"] {{ border-left-color: {c.ready}; }}
    QFrame[role="editor-bar"][tone="error"] {{ border-left-color: {c.accent}; }}
    QListWidget[role="problems"] {{ background: {c.card}; border-radius: 10px; }}
    QListWidget[role="problems"]::item {{ padding: 4px 6px; }}
    QListWidget[role="problems"]::item:selected {{ background: {c.track}; color: {c.text}; }}
    QListWidget[role="preview-steps"] {{ background: transparent; }}
    QListWidget[role="preview-steps"]::item {{ padding: 4px 2px; }}
    QScrollArea[role="preview"] {{ border: 2px solid transparent; border-radius: 16px; }}
    QScrollArea[role="preview"]:focus {{ border-color: {c.focus}; }}
    QCheckBox::indicator:indeterminate {{ background: {c.track}; border-style: dashed; }}
    QLineEdit[invalid="true"] {{ border: 2px solid {c.accent}; }}
    QToolBar {{ border: none; spacing: 6px; padding: 4px 8px; }}
    QToolBar QToolButton {{ padding: 6px 12px; }}
    QToolBar QToolButton::menu-indicator {{ image: none; width: 0px; }}
    """



class RoutineEditor(QWidget):
    """One routine file, edited as text. A top-level window even when given a parent."""

    saved = Signal(Path)
    #: A routine of just the step selected in the form, to play (main_window connects it).
    tryStepRequested = Signal(Routine)

    def __init__(self, path: Path, drafts: DraftStore, images_dir: Path,
                 parent: QWidget | None = None, *, start_text: str | None = None,
                 layout_file: Path | None = None) -> None:
        """``start_text``: what a file that does not exist yet starts from (a copy of a
        built-in routine); the file is written only when the user saves a change.
        ``layout_file``: where the layout the user dragged is remembered between runs."""
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.path = path
        self.drafts = drafts
        self.images_dir = images_dir
        self.layout_file = layout_file
        self.colors = DARK if self.palette().window().color().lightness() < 128 else LIGHT
        self.setStyleSheet(_stylesheet(self.colors))
        self.resize(1180, 760)
        # Its own least size, so the panes' minimum widths in the side-by-side layout never
        # become the window's: narrowing it must be able to reach the stacked layout.
        self.setMinimumSize(480, 360)

        self._problems: list[Problem] = []
        self._routine: Routine | None = None
        self._compare: CompareDialog | None = None

        self.text = CodeEdit(self.colors)
        self.text.setAccessibleName(tr("Routine text (YAML)"))
        self.message_bar = MessageBar("info")
        close_message = self.message_bar.add_button(tr("OK"), tr("Dismiss this message"))
        close_message.clicked.connect(self.message_bar.hide)
        self.file = FileKeeper(self, path, drafts, self.text, self.message_bar, self.validate,
                               start_text)
        self.file.saved.connect(self.saved)
        # What tests and tools reach through the window.
        self.status = self.file.status
        self.conflict_bar = self.file.conflict_bar
        self.reload_button = self.file.reload_button
        self.draft_bar = self.file.draft_bar
        self.save_action = self.file.save_action
        self.revert_action = self.file.revert_action
        self.draft_timer = self.file.draft_timer

        self.shared = SharedText(self.text, self)
        self.undo_stack = self.shared.stack
        self._build()
        self.file.open()
        self.shared.reset()  # the text as opened is where undoing stops

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_DELAY_MS)
        self.validate_timer.timeout.connect(self.validate)

        self.text.textChanged.connect(self._text_changed)
        self.validate()
        self.file.update_title()
        if self.shared.document() is not None:
            self.tabs.setCurrentWidget(self.form)
            self.form.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # not a valid routine (yet): the text is where to fix it
            self.tabs.setCurrentWidget(self._left)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setMovable(False)
        self.addAction(self.save_action)
        toolbar.addAction(self.save_action)

        self.insert_menu = QMenu(tr("Insert exercise"), self)
        for kind in StepKind:
            action = self.insert_menu.addAction(kind.label)
            action.triggered.connect(lambda _checked=False, k=kind: self.insert_step(k))
        insert_button = QToolButton()
        insert_button.setText(tr("Insert exercise ▾"))
        insert_button.setToolTip(tr("Add a new step at the end of steps: (Ctrl+I)"))
        open_menu = QAction(tr("Insert exercise"), self)
        open_menu.setShortcut(QKeySequence("Ctrl+I"))  # untranslated: a key sequence
        open_menu.triggered.connect(insert_button.showMenu)
        self.addAction(open_menu)
        close = QAction(tr("Close"), self)
        # untranslated: a key sequence
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)  # asks first when there are unsaved changes
        self.addAction(close)
        insert_button.setMenu(self.insert_menu)
        insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(insert_button)

        self.addAction(self.revert_action)
        toolbar.addAction(self.revert_action)
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # untranslated: key sequences
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            toolbar.addAction(action)
        route_undo_keys(self.undo_stack, self.text)
        # Beside the toolbar, not in it: a toolbar hides what does not fit behind its overflow
        # button, where a label wraps instead.
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 8, 0)  # as the toolbar's own padding
        header.addWidget(toolbar)
        header.addWidget(self.status, 1)

        self.file.compare_button.clicked.connect(self.compare)

        self.pane_hint = plain_label(
            tr("{key} or {other}: next pane").format(
                key=NEXT_PANE[0], other=NEXT_PANE[1]), role="chip", wrap=True)
        self.pane_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pane_hint.setToolTip(tr(
            "Tab indents the text. {next} or {next2} moves between the text, the problems and "
            "the preview; {back} or {back2} moves back.").format(
            next=NEXT_PANE[0], next2=NEXT_PANE[1], back=PREVIOUS_PANE[0], back2=PREVIOUS_PANE[1]))
        self.problems_pane = ProblemsPane(self.pane_hint)
        self.problems_pane.goToRequested.connect(self.text.go_to)
        self.problems = self.problems_pane.problems
        self.problems_heading = self.problems_pane.heading

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.text)
        left.addWidget(self.problems_pane)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        left.setSizes([600, 120])
        self._left = left

        self.preview = PreviewPane(self.images_dir)
        self.preview_name = self.preview.name
        self.preview_meta = self.preview.meta
        self.preview_note = self.preview.note
        self.preview_steps = self.preview.steps

        self.form = FormView(self.shared, self.images_dir, self.path.parent,
                             layout_file=self.layout_file)
        self.form.tryStepRequested.connect(self.tryStepRequested)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, tr("Form"))
        self.tabs.addTab(left, tr("YAML"))
        turning = tr("{next} or {previous}: the next or previous tab").format(
            next=NEXT_TAB, previous=PREVIOUS_TAB)
        self.tabs.setTabToolTip(0, tr("The routine as a form: its steps, and each step's fields")
                                + "\n" + turning)
        self.tabs.setTabToolTip(1, tr("The file itself, for those who like YAML") + "\n" + turning)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.split = split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([800, 380])

        for key, step in ((NEXT_TAB, 1), (PREVIOUS_TAB, -1)):
            turn = QAction(tr("Next tab") if step > 0 else tr("Previous tab"), self)
            turn.setShortcut(QKeySequence(key))
            turn.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            turn.triggered.connect(lambda _checked=False, s=step: self.turn_tab(s))
            self.addAction(turn)
        for keys, step in ((NEXT_PANE, 1), (PREVIOUS_PANE, -1)):
            move = QAction(tr("Next pane") if step > 0 else tr("Previous pane"), self)
            move.setShortcuts([QKeySequence(k) for k in keys])
            move.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            move.triggered.connect(lambda _checked=False, s=step: self.move_between_panes(s))
            self.addAction(move)
        self.text.setAccessibleDescription(self.pane_hint.toolTip())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        for bar in (self.conflict_bar, self.draft_bar, self.message_bar):
            layout.addWidget(bar)
        layout.addWidget(split, 1)
        self._outer = layout
        # The preview beside the text when there is room, otherwise a third tab: a small
        # window or large text never squeezes the preview into a strip that scrolls sideways,
        # nor the step list above the form into a row or two. Beside the text it takes a third.
        self.reflow = TabReflow(
            self.split, self.tabs, self.preview, tr("Preview"), room=self,
            wide_width=self.side_by_side_width,
            least_widths=lambda: [self._code_width(), self._preview_width()], shares=[2, 1])
        self.reflow.tip = tr("The routine as it will run (beside the form in a wider window)") \
            + "\n" + turning

    # --- layout -----------------------------------------------------------------------------

    def side_by_side_width(self) -> int:
        """The width the text and the preview need next to each other at the current text
        size: a line of code with its line numbers, and the preview's narrowest comfortable
        column."""
        margins = self._outer.contentsMargins()
        return (self._code_width() + self._preview_width() + self.split.handleWidth()
                + margins.left() + margins.right())

    def _code_width(self) -> int:
        if self.tabs.currentWidget() is not self._left:  # the form, or the preview's tab
            return self.form.wide_width()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        column = self.text.fontMetrics().horizontalAdvance("M")
        return (self.text.gutter_width() + CODE_COLUMNS * column + scrollbar
                + 2 * self.text.frameWidth())

    def _preview_width(self) -> int:
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.preview.card_margins()
        return (PREVIEW_EMS * self.fontMetrics().horizontalAdvance("M") + margins.left()
                + margins.right() + scrollbar)

    def _fit_problems(self, any_problems: bool) -> None:
        """Give the problems list room only when there is something in it."""
        if any_problems == (not self.problems.isHidden()):  # its tab may be the one not shown
            return
        self.problems.setVisible(any_problems)
        box = self.problems_pane
        if any_problems:
            box.setMaximumHeight(16777215)
            box.column.activate()  # the list's width, for wrapping its rows
            self.problems.doItemsLayout()
            total = sum(self._left.sizes())
            height = min(box.sizeHint().height(), total // 2)
            self._left.setSizes([total - height, height])
        else:
            heading = max(self.problems_heading.sizeHint().height(),
                          self.pane_hint.sizeHint().height())
            box.setMaximumHeight(heading + 12)

    def panes(self) -> list[QWidget]:
        """What Ctrl+Tab and F6 move between, in order: the text, the problems (when there
        are any) and the preview."""
        if self.tabs.currentWidget() is self.form:
            candidates: list[QWidget] = [self.form.tree, self.form.form_scroll, self.preview]
        else:
            candidates = [self.text, self.problems, self.preview]
        return [pane for pane in candidates if pane.isVisibleTo(self)]

    def move_between_panes(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) pane; Tab cannot do it, as it indents
        in the text."""
        panes = self.panes()
        focused = self.focusWidget()
        here = next((i for i, pane in enumerate(panes)
                     if focused is not None and (focused is pane or pane.isAncestorOf(focused))),
                    0 if step < 0 else -1)
        target = panes[(here + step) % len(panes)]
        if target is self.form.form_scroll:  # into the form's first field, not its frame
            self.form.focus_form()
            return
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- checking and preview ---------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Check the text now; update the problems, the underlines and the preview."""
        self.validate_timer.stop()
        routine, problems = load_text(self.text.toPlainText(), self.path.name)
        self._problems = problems
        self.text.mark_problems(problems)
        self.problems_pane.show_problems(problems)
        self._fit_problems(bool(problems))
        if routine is not None:
            self._routine = routine
        self.preview.show_routine(self._routine, self.path.parent, stale=routine is None)
        return problems

    @property
    def current_problems(self) -> list[Problem]:
        return list(self._problems)

    def _text_changed(self) -> None:
        self.validate_timer.start()
        self.file.update_title()

    # --- editing help -----------------------------------------------------------------------

    def insert_step(self, kind: StepKind) -> TextEdit | None:
        """Add ``kind``'s snippet as the last step; nothing else in the text changes. On the
        form tab the step goes after the selected one, through the form."""
        if self.tabs.currentWidget() is self.form and self.shared.document() is not None:
            self.form.add_step(kind)
            return None
        text = self.text.toPlainText()
        edit = step_insertion(text, kind)
        if edit is None:
            self.message_bar.show_message(
                tr("steps is written on one line ([...]), so there is no clean place to add a "
                   "step. Write it as a list of '- ' lines, or add the step by hand."), "warn")
            return None
        self.text.replace_range(edit.start, edit.end, edit.text)
        self.text.select_range(edit.apply(text), *edit.select)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return edit

    def offer_try(self) -> None:
        """Show "Try this step": the window that owns the player plays what it asks for."""
        self.form.set_try_available(True)

    def _tab_changed(self, _index: int) -> None:
        """The form needs more room than the text: the preview may move below it."""
        self.reflow.fit()

    def turn_tab(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) tab, its first pane focused."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        first = {self.form: self.form.tree, self._left: self.text}.get(page, page)
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_form(self) -> None:
        self.tabs.setCurrentWidget(self.form)

    def show_text(self) -> None:
        """The YAML tab, its text focused."""
        self.tabs.setCurrentWidget(self._left)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the file (see FileKeeper) ----------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.file.is_dirty()

    def save(self) -> bool:
        """Write the text unless the file changed outside; True when it is on disk."""
        return self.file.save()

    def revert(self) -> None:
        """Back to the file as saved (or the text a copy started from); Ctrl+Z undoes it."""
        self.file.revert()

    def autosave_draft(self) -> None:
        self.file.autosave_draft()

    def check_disk(self) -> None:
        """React to the file changing outside the app (a text editor, a sync tool)."""
        self.file.check_disk()

    def reload_theirs(self) -> None:
        self.file.reload_theirs()

    def keep_mine(self) -> None:
        self.file.keep_mine()

    def restore_draft(self) -> None:
        self.file.restore_draft()

    def discard_draft(self) -> None:
        self.file.discard_draft()

    def compare(self) -> None:
        conflict = self.file.conflict
        if conflict is None or conflict.disk_text is None:
            return
        self._compare = CompareDialog(self.text.toPlainText(),
                                      shown(conflict.disk_text), self.colors, self)
        self._compare.show()

    # --- closing ----------------------------------------------------------------------------

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel; a method of its own so tests can answer it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("Save your changes to {name}?").format(name=self.path.name))
        box.setInformativeText(tr("If you don't, they are lost."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self.text.isReadOnly():
            choice = self.ask_unsaved()
            if choice == QMessageBox.StandardButton.Cancel or (
                choice == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self.file.close()
        self.form.remember_layout()
        self.validate_timer.stop()
        if self._compare is not None:
            self._compare.close()
        event.accept()
