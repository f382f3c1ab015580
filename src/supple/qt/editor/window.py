"""The routine editor: the YAML text itself, checked as you type, with a live preview.

The app edits the text, never a re-serialised copy, so the runner's comments and layout survive
whichever way the file is edited. Saving refuses to overwrite a change made outside the app (the
file is compared by content with what was opened) and asks instead; unsaved text is kept as a
draft every few seconds, so a crash loses nothing. All file work lives in
:mod:`supple.core.routines` (``files``, ``drafts``, ``text_edits``); this window only shows it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import exercise_lines
from supple.core.problems import Problem
from supple.core.routines.drafts import DraftStore
from supple.core.routines.durations import format_duration
from supple.core.routines.files import (
    Conflict,
    FileSnapshot,
    RoutineFileError,
    Saved,
    disk_snapshot,
    newline_of,
    read_routine_file,
    save_routine_text,
    starter_text,
    with_newline,
)
from supple.core.routines.loader import load_text
from supple.core.routines.model import Routine
from supple.core.routines.text_edits import StepKind, TextEdit, step_insertion
from supple.core.session.timeline import plan
from supple.qt.editor.code_edit import CodeEdit
from supple.qt.editor.compare import CompareDialog
from supple.qt.editor.message_bar import MessageBar
from supple.qt.theme import DARK, LIGHT, Colors
from supple.qt.widgets.exercise_row import exercise_item
from supple.qt.widgets.plain_text import plain_label
from supple.qt.widgets.reflow import fit_splitter

VALIDATE_DELAY_MS = 300
DRAFT_INTERVAL_MS = 3000
DISK_CHECK_DELAY_MS = 150  # editors write in several steps; look once they are done
BOM = "\ufeff"
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_COLUMNS = 44  # the code side by side with the preview needs this many characters' room
PREVIEW_EMS = 18  # and the preview this many em
NEXT_PANE = ("Ctrl+Tab", "F6")
PREVIOUS_PANE = ("Ctrl+Shift+Tab", "Shift+F6")


def _stylesheet(c: Colors) -> str:
    """Rules this window adds to the app's stylesheet (which it never replaces)."""
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
    QToolBar {{ border: none; spacing: 6px; padding: 4px 8px; }}
    QToolBar QToolButton {{ padding: 6px 12px; }}
    QToolBar QToolButton::menu-indicator {{ image: none; width: 0px; }}
    """


def _wrap_rows(view: QListWidget) -> None:
    """Rows wrap to the list's width instead of running off to the right, and a row taller
    than the list scrolls into view bit by bit."""
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class ProblemList(QListWidget):
    """The problems, each wrapped to the list's width; never so short that the first one is
    cut off, and as tall as all of them when there is room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _wrap_rows(self)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.count():
            return hint
        first = self.visualItemRect(self.item(0)).height()
        return QSize(hint.width(), max(hint.height(), first + 2 * self.frameWidth()))


# --- the window -------------------------------------------------------------------------------


class RoutineEditor(QWidget):
    """One routine file, edited as text. A top-level window even when given a parent."""

    saved = Signal(Path)

    def __init__(self, path: Path, drafts: DraftStore, images_dir: Path,
                 parent: QWidget | None = None, *, start_text: str | None = None) -> None:
        """``start_text``: what a file that does not exist yet starts from (a copy of a
        built-in routine); the file is written only when the user saves a change."""
        super().__init__(parent)
        self._start_text = start_text
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.path = path
        self.drafts = drafts
        self.images_dir = images_dir
        self.colors = DARK if self.palette().window().color().lightness() < 128 else LIGHT
        self.setStyleSheet(_stylesheet(self.colors))
        self.resize(1180, 760)
        # Its own least size, so the panes' minimum widths in the side-by-side layout never
        # become the window's: narrowing it must be able to reach the stacked layout.
        self.setMinimumSize(480, 360)

        self._snapshot: FileSnapshot | None = None  # what the file held when read or saved
        self._saved_text: str | None = None  # the same, as the editor shows it; None: no file
        self._newline = "\n"
        self._bom = False
        self._conflict: Conflict | None = None
        self._last_draft: str | None = None
        self._problems: list[Problem] = []
        self._routine: Routine | None = None
        self._compare: CompareDialog | None = None

        self._build()
        self._open()

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_DELAY_MS)
        self.validate_timer.timeout.connect(self.validate)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.autosave_draft)
        self.draft_timer.start()
        self.disk_timer = QTimer(self)
        self.disk_timer.setSingleShot(True)
        self.disk_timer.setInterval(DISK_CHECK_DELAY_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self.disk_timer.start())
        self.watcher.directoryChanged.connect(lambda _p: self.disk_timer.start())
        self._watch()

        self.text.textChanged.connect(self._text_changed)
        self.validate()
        self._update_title()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.text = CodeEdit(self.colors)
        self.text.setAccessibleName("Routine text (YAML)")

        toolbar = QToolBar()
        toolbar.setMovable(False)
        self.save_action = QAction("Save", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.setToolTip("Save the file (Ctrl+S)")
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        toolbar.addAction(self.save_action)

        self.insert_menu = QMenu("Insert exercise", self)
        for kind in StepKind:
            action = self.insert_menu.addAction(kind.value)
            action.triggered.connect(lambda _checked=False, k=kind: self.insert_step(k))
        insert_button = QToolButton()
        insert_button.setText("Insert exercise ▾")
        insert_button.setToolTip("Add a new step at the end of steps: (Ctrl+I)")
        open_menu = QAction("Insert exercise", self)
        open_menu.setShortcut(QKeySequence("Ctrl+I"))
        open_menu.triggered.connect(insert_button.showMenu)
        self.addAction(open_menu)
        close = QAction("Close", self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)  # asks first when there are unsaved changes
        self.addAction(close)
        insert_button.setMenu(self.insert_menu)
        insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(insert_button)

        self.revert_action = QAction("Revert", self)
        self.revert_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.revert_action.setToolTip(
            "Go back to the file as saved, Ctrl+Shift+R (Ctrl+Z brings yours back)")
        self.addAction(self.revert_action)
        self.revert_action.triggered.connect(self.revert)
        toolbar.addAction(self.revert_action)
        # Beside the toolbar, not in it: a toolbar hides what does not fit behind its overflow
        # button, where a label wraps instead.
        self.status = plain_label(self.path.name, role="muted", wrap=True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setToolTip(str(self.path))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 8, 0)  # as the toolbar's own padding
        header.addWidget(toolbar)
        header.addWidget(self.status, 1)

        self.conflict_bar = MessageBar("warn")
        self.reload_button = self.conflict_bar.add_button("Reload theirs", "Reload the file")
        self.keep_button = self.conflict_bar.add_button("Keep mine", "Keep my version")
        self.compare_button = self.conflict_bar.add_button("Compare", "Compare both versions")
        self.reload_button.clicked.connect(self.reload_theirs)
        self.keep_button.clicked.connect(self.keep_mine)
        self.compare_button.clicked.connect(self.compare)

        self.draft_bar = MessageBar("info")
        restore = self.draft_bar.add_button("Restore them", "Restore unsaved changes")
        forget = self.draft_bar.add_button("Discard them", "Discard unsaved changes")
        restore.clicked.connect(self.restore_draft)
        forget.clicked.connect(self.discard_draft)

        self.message_bar = MessageBar("info")
        close_message = self.message_bar.add_button("OK", "Dismiss this message")
        close_message.clicked.connect(self.message_bar.hide)

        self.problems_heading = plain_label("", role="heading")
        self.problems = ProblemList()
        self.problems.setProperty("role", "problems")
        self.problems.setAccessibleName("Problems in this routine")
        self.problems.itemClicked.connect(self._problem_chosen)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.pane_hint = plain_label(
            f"{NEXT_PANE[0]} or {NEXT_PANE[1]}: next pane", role="chip", wrap=True)
        self.pane_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pane_hint.setToolTip(
            f"Tab indents the text. {NEXT_PANE[0]} or {NEXT_PANE[1]} moves between the text, the "
            f"problems and the preview; {PREVIOUS_PANE[0]} or {PREVIOUS_PANE[1]} moves back.")

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.text)
        problems_box = QWidget()
        pb = QVBoxLayout(problems_box)
        pb.setContentsMargins(0, 8, 0, 0)
        pb.setSpacing(6)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.problems_heading)
        heading_row.addWidget(self.pane_hint, 1)
        pb.addLayout(heading_row)
        pb.addWidget(self.problems, 1)
        left.addWidget(problems_box)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        left.setSizes([600, 120])
        self._left = left
        self._problems_box = problems_box
        self._problems_layout = pb

        preview = QWidget()
        preview.setProperty("role", "card")
        pv = QVBoxLayout(preview)
        pv.setContentsMargins(22, 18, 22, 18)
        pv.setSpacing(8)
        pv.addWidget(plain_label("Preview", role="chip"))
        self.preview_name = plain_label("", role="title", wrap=True)
        self.preview_meta = plain_label("", role="muted", wrap=True)
        self.preview_note = plain_label("", role="chip", wrap=True)
        self.preview_steps = QListWidget()
        self.preview_steps.setProperty("role", "preview-steps")
        self.preview_steps.setAccessibleName("Exercises in the preview")
        self.preview_steps.setIconSize(QSize(44, 44))
        self.preview_steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _wrap_rows(self.preview_steps)
        # As tall as its rows: the preview scrolls as a whole, never a list inside it.
        self.preview_steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_steps.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.preview_steps.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Minimum)
        pv.addWidget(self.preview_name)
        pv.addWidget(self.preview_meta)
        pv.addWidget(self.preview_note)
        pv.addWidget(self.preview_steps, 1)
        self.preview = QScrollArea()
        self.preview.setProperty("role", "preview")
        self.preview.setAccessibleName("Preview")
        self.preview.setWidget(preview)
        self.preview.setWidgetResizable(True)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrow keys scroll it
        self._preview_layout = pv

        self.split = split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([800, 380])

        for keys, step in ((NEXT_PANE, 1), (PREVIOUS_PANE, -1)):
            move = QAction("Next pane" if step > 0 else "Previous pane", self)
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

    # --- layout -----------------------------------------------------------------------------

    def side_by_side_width(self) -> int:
        """The width the text and the preview need next to each other at the current text
        size: a line of code with its line numbers, and the preview's narrowest comfortable
        column."""
        margins = self._outer.contentsMargins()
        return (self._code_width() + self._preview_width() + self.split.handleWidth()
                + margins.left() + margins.right())

    def _code_width(self) -> int:
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        column = self.text.fontMetrics().horizontalAdvance("M")
        return (self.text.gutter_width() + CODE_COLUMNS * column + scrollbar
                + 2 * self.text.frameWidth())

    def _preview_width(self) -> int:
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self._preview_layout.contentsMargins()
        return (PREVIEW_EMS * self.fontMetrics().horizontalAdvance("M") + margins.left()
                + margins.right() + scrollbar)

    def _fit_layout(self) -> None:
        """The preview beside the text when there is room, otherwise under it: a small window
        or large text never squeezes the preview into a strip that scrolls sideways."""
        # Beside the text the preview takes a third; under it, a quarter: the text comes first.
        fit_splitter(self.split, wide=self.width() >= self.side_by_side_width(),
                     least_widths=[self._code_width(), self._preview_width()],
                     wide_shares=[2, 1], stacked_shares=[3, 1])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        built = self.layout() is not None  # the style sheet is set before the widgets exist
        if built and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_layout()

    def panes(self) -> list[QWidget]:
        """What Ctrl+Tab and F6 move between, in order: the text, the problems (when there
        are any) and the preview."""
        shown = [self.text, self.problems, self.preview]
        return [pane for pane in shown if pane.isVisibleTo(self)]

    def move_between_panes(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) pane; Tab cannot do it, as it indents
        in the text."""
        panes = self.panes()
        focused = self.focusWidget()
        here = next((i for i, pane in enumerate(panes)
                     if focused is not None and (focused is pane or pane.isAncestorOf(focused))),
                    0 if step < 0 else -1)
        panes[(here + step) % len(panes)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- opening ----------------------------------------------------------------------------

    def _open(self) -> None:
        if self.path.exists():
            try:
                raw, snapshot = read_routine_file(self.path)
            except RoutineFileError as exc:
                self.text.setReadOnly(True)
                self.save_action.setEnabled(False)
                self.message_bar.show_message(f"{exc}. Nothing here will be saved.", "error")
                return
            self._snapshot = snapshot
            self._saved_text = self._from_file(raw)
            self.text.setPlainText(self._saved_text)
        elif self._start_text is not None:
            self.text.setPlainText(self._start_text)
        else:
            name = self.path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
            self.text.setPlainText(starter_text(name))
        self._offer_draft()

    def _from_file(self, raw: str) -> str:
        """The file's text as the editor shows it; the byte-order mark and line endings are
        remembered so that saving writes them back unchanged."""
        self._bom = raw.startswith(BOM)
        self._newline = newline_of(raw)
        return self._shown(raw)

    @staticmethod
    def _shown(raw: str) -> str:
        return raw.removeprefix(BOM).replace("\r\n", "\n")

    def _to_file(self, text: str) -> str:
        return (BOM if self._bom else "") + with_newline(text, self._newline)

    def _offer_draft(self) -> None:
        draft = self.drafts.load_draft(self.path)
        if draft is None:
            return
        if draft.text == self.text.toPlainText():
            self.drafts.discard(self.path)
            return
        when = draft.saved_at.astimezone().strftime("%-d %b %H:%M")
        self.draft_bar.show_message(
            f"You have unsaved changes to this routine from {when}, kept when the editor closed "
            "without saving.")

    def restore_draft(self) -> None:
        text = self.drafts.load(self.path)
        self.draft_bar.hide()
        if text is not None:
            self.text.replace_range(0, len(self.text.toPlainText()), text)

    def discard_draft(self) -> None:
        self.drafts.discard(self.path)
        self.draft_bar.hide()

    # --- state ------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if self._saved_text is None and self._start_text is not None:
            return self.text.toPlainText() != self._start_text  # an untouched copy: nothing
        return self._saved_text is None or self.text.toPlainText() != self._saved_text

    def _update_title(self) -> None:
        dirty = self.is_dirty()
        mark = "• " if dirty else ""
        if dirty:
            self._set_status("Unsaved changes")
        elif self.status.text().startswith("Unsaved changes"):
            self._set_status("")
        self.setWindowTitle(f"{mark}{self.path.name} — Supple")
        can_go_back = self._saved_text is not None or self._start_text is not None
        self.revert_action.setEnabled(can_go_back and self.is_dirty())

    def _text_changed(self) -> None:
        self.validate_timer.start()
        self._update_title()

    def _set_status(self, text: str) -> None:
        self.status.setText(f"{text} · {self.path.name}" if text else self.path.name)

    # --- checking and preview ---------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Check the text now; update the problems, the underlines and the preview."""
        self.validate_timer.stop()
        routine, problems = load_text(self.text.toPlainText(), self.path.name)
        self._problems = problems
        self.text.mark_problems(problems)
        self.problems.clear()
        for p in problems:
            item = QListWidgetItem(self.problem_text(p))
            item.setData(PROBLEM_ROLE, (p.line, p.column))
            item.setToolTip("Click to go there")
            self.problems.addItem(item)
        n = len(problems)
        self.problems_heading.setText(
            f"{n} problem{'s' if n != 1 else ''}" if n else "✓ No problems")
        role = "heading" if n else "muted"
        if self.problems_heading.property("role") != role:
            self.problems_heading.setProperty("role", role)
            self.problems_heading.style().unpolish(self.problems_heading)
            self.problems_heading.style().polish(self.problems_heading)
        self._fit_problems(bool(problems))
        if routine is not None:
            self._routine = routine
        self._show_preview(stale=routine is None)
        return problems

    def _fit_problems(self, any_problems: bool) -> None:
        """Give the problems list room only when there is something in it."""
        if any_problems == self.problems.isVisibleTo(self):
            return
        self.problems.setVisible(any_problems)
        if any_problems:
            self._problems_box.setMaximumHeight(16777215)
            self._problems_layout.activate()  # the list's width, for wrapping its rows
            self.problems.doItemsLayout()
            total = sum(self._left.sizes())
            box = min(self._problems_box.sizeHint().height(), total // 2)
            self._left.setSizes([total - box, box])
        else:
            heading = max(self.problems_heading.sizeHint().height(),
                          self.pane_hint.sizeHint().height())
            self._problems_box.setMaximumHeight(heading + 12)

    @staticmethod
    def problem_text(p: Problem) -> str:
        where = f"{p.line}:{p.column or 1}  " if p.line is not None else ""
        field = f"{p.field}: " if p.field else ""
        expected = f" ({p.expected})" if p.expected else ""
        return f"{where}{field}{p.message}{expected}"

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        line, column = item.data(PROBLEM_ROLE)
        if line is not None:
            self.text.go_to(line, column or 1)

    def _show_preview(self, *, stale: bool) -> None:
        routine = self._routine
        self.preview_steps.clear()
        if routine is None:
            self.preview_name.setText("Nothing to preview yet")
            self.preview_meta.setText("The preview appears once the routine has no problems.")
            self.preview_note.hide()
            return
        timeline = plan(routine)
        self.preview_name.setText(routine.name)
        n = timeline.exercise_count
        self.preview_meta.setText(
            f"{format_duration(timeline.total)} in all · {n} exercise{'s' if n != 1 else ''}"
            f" · {routine.category}")
        self.preview_note.setText("Showing the last version without problems.")
        self.preview_note.setVisible(stale)
        for line in exercise_lines(timeline):
            self.preview_steps.addItem(
                exercise_item(line, self.images_dir, self.path.parent, 44))

    @property
    def current_problems(self) -> list[Problem]:
        return list(self._problems)

    # --- editing help -----------------------------------------------------------------------

    def insert_step(self, kind: StepKind) -> TextEdit | None:
        """Add ``kind``'s snippet as the last step; nothing else in the text changes."""
        text = self.text.toPlainText()
        edit = step_insertion(text, kind)
        if edit is None:
            self.message_bar.show_message(
                "steps is written on one line ([...]), so there is no clean place to add a step. "
                "Write it as a list of '- ' lines, or add the step by hand.", "warn")
            return None
        self.text.replace_range(edit.start, edit.end, edit.text)
        self.text.select_range(edit.apply(text), *edit.select)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return edit

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the text unless the file changed outside; True when it is on disk."""
        if self.text.isReadOnly():
            return False
        text = self.text.toPlainText()
        problems = self.validate()
        result = save_routine_text(self.path, self._to_file(text), self._snapshot)
        if isinstance(result, Saved):
            self._snapshot = result.snapshot
            self._saved_text = text
            self._conflict = None
            self.conflict_bar.hide()
            self.drafts.discard(self.path)
            self._last_draft = None
            self._watch()
            self._update_title()
            self._set_status(f"Saved {datetime.now().strftime('%H:%M')}")
            if problems:
                n = len(problems)
                self.message_bar.show_message(
                    f"Saved, with {n} problem{'s' if n != 1 else ''}: this routine won't appear "
                    "in the library until they are fixed.", "warn")
            else:
                self.message_bar.hide()
            self.saved.emit(self.path)
            return True
        if isinstance(result, Conflict):
            self._show_conflict(result, refused=True)
            self.message_bar.hide()
            return False
        kept = self.drafts.save(self.path, text)
        self.message_bar.show_message(
            f"Not saved — {result.message}. Your text is still here"
            + (" and kept as a draft." if kept else "."), "error")
        return False

    def revert(self) -> None:
        """Back to the file on disk (or, for a copy not saved yet, to the text it started
        from); undoable, so Ctrl+Z brings the edits back."""
        if self._saved_text is None and self._start_text is not None:
            self.text.replace_range(0, len(self.text.toPlainText()), self._start_text)
            return
        try:
            raw, snapshot = read_routine_file(self.path)
        except RoutineFileError as exc:
            self.message_bar.show_message(str(exc), "error")
            return
        self._take_disk_text(raw, snapshot)

    def _take_disk_text(self, raw: str, snapshot: FileSnapshot) -> None:
        text = self._from_file(raw)
        self._snapshot = snapshot
        self._saved_text = text
        self._conflict = None
        self.conflict_bar.hide()
        if text != self.text.toPlainText():
            cursor = self.text.textCursor()
            line, column = cursor.blockNumber(), cursor.positionInBlock()
            scroll = self.text.verticalScrollBar().value()
            self.text.replace_range(0, len(self.text.toPlainText()), text)
            block = self.text.document().findBlockByNumber(line)
            if block.isValid():
                cursor.setPosition(block.position() + min(column, block.length() - 1))
                self.text.setTextCursor(cursor)
            self.text.verticalScrollBar().setValue(scroll)
        self.drafts.discard(self.path)
        self._update_title()
        self.validate()

    def autosave_draft(self) -> None:
        if not self.is_dirty():
            if self._last_draft is not None:
                self.drafts.discard(self.path)
                self._last_draft = None
            return
        text = self.text.toPlainText()
        if text != self._last_draft and self.drafts.save(self.path, text):
            self._last_draft = text

    # --- changes on disk --------------------------------------------------------------------

    def _watch(self) -> None:
        wanted = [str(p) for p in (self.path, self.path.parent) if p.exists()]
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in wanted if p not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def check_disk(self) -> None:
        """React to the file changing outside the app (a text editor, a sync tool)."""
        self._watch()
        now = disk_snapshot(self.path)
        known = self._conflict.snapshot if self._conflict is not None else self._snapshot
        if now is None and known is None:
            return
        if now is not None and now.same_content(known):
            return
        if now is not None and not self.is_dirty():
            try:
                raw, snapshot = read_routine_file(self.path)
            except RoutineFileError:
                return
            self._take_disk_text(raw, snapshot)
            self._set_status("Reloaded: the file changed outside Supple")
            return
        if now is None and not self.is_dirty():
            self._snapshot = None
            self._saved_text = None  # the text is now only here: it counts as unsaved
            self._update_title()
            self.message_bar.show_message(
                "The file was deleted outside Supple. Save to create it again, or close this "
                "window to let it go.", "warn")
            return
        disk_text: str | None = None
        if now is not None:
            try:
                disk_text = read_routine_file(self.path)[0]
            except RoutineFileError:
                return
        self._show_conflict(Conflict(disk_text, now))

    def _show_conflict(self, conflict: Conflict, *, refused: bool = False) -> None:
        self._conflict = conflict
        deleted = conflict.disk_text is None
        self.reload_button.setVisible(not deleted)
        self.compare_button.setVisible(not deleted)
        self.keep_button.setText("Keep mine (save recreates it)" if deleted
                                 else "Keep mine (save overwrites)")
        what = "deleted" if deleted else "changed"
        if refused:
            self.conflict_bar.show_message(
                f"Not saved: the file was {what} outside Supple since you opened it. "
                "Which version do you want to keep?", "error")
        else:
            self.conflict_bar.show_message(
                f"The file was {what} outside Supple while you have unsaved changes here.",
                "warn")

    def reload_theirs(self) -> None:
        conflict = self._conflict
        if conflict is None or conflict.disk_text is None or conflict.snapshot is None:
            return
        self._take_disk_text(conflict.disk_text, conflict.snapshot)
        self.message_bar.show_message(
            "Reloaded the file from disk. Ctrl+Z brings your version back.", "info")

    def keep_mine(self) -> None:
        """Saving will now overwrite exactly the version seen on disk, and no later one."""
        conflict = self._conflict
        if conflict is None:
            return
        self._snapshot = conflict.snapshot
        self._conflict = None
        self.conflict_bar.hide()
        self.message_bar.show_message("Keeping your version: it replaces the file when you save.")

    def compare(self) -> None:
        conflict = self._conflict
        if conflict is None or conflict.disk_text is None:
            return
        self._compare = CompareDialog(self.text.toPlainText(),
                                      self._shown(conflict.disk_text), self.colors, self)
        self._compare.show()

    # --- closing ----------------------------------------------------------------------------

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel; a method of its own so tests can answer it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unsaved changes")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Save your changes to {self.path.name}?")
        box.setInformativeText("If you don't, they are lost.")
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
        self.drafts.discard(self.path)
        self.draft_timer.stop()
        self.validate_timer.stop()
        self.disk_timer.stop()
        if self._compare is not None:
            self._compare.close()
        event.accept()
