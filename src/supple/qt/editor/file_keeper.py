"""The file behind the editor: opening, saving, reverting, drafts, and changes made outside.

Apart from the window, so that a second view of the same text (the form editor to come) shares
one file, one draft and one conflict whichever view the user types in. Saving refuses to
overwrite a change made outside the app (the file is compared by content with what was opened)
and asks instead; unsaved text is kept as a draft every few seconds, so a crash loses nothing.
The file work itself is :mod:`supple.core.routines.files` and :mod:`supple.core.routines.drafts`;
this shows it: the status line, the window title, the conflict and draft notices.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from supple.core.problems import Problem
from supple.core.routines.drafts import DraftStore
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
from supple.core.wording import CLOCK, DAY_MONTH_CLOCK, date_text
from supple.qt.editor.code_edit import CodeEdit
from supple.qt.editor.message_bar import MessageBar
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

DRAFT_INTERVAL_MS = 3000
DISK_CHECK_DELAY_MS = 150  # editors write in several steps; look once they are done
BOM = "\ufeff"


def shown(raw: str) -> str:
    """A file's text as the editor shows it: no byte-order mark, ``\\n`` line endings."""
    return raw.removeprefix(BOM).replace("\r\n", "\n")


class FileKeeper(QObject):
    """Keeps ``text`` and the file at ``path`` in step for ``window``.

    It owns what the window shows about the file (``status``, ``conflict_bar``, ``draft_bar``,
    ``save_action``, ``revert_action``) and places none of it. ``validate`` checks the text
    now; saving and reloading call it. ``start_text`` is what a file that does not exist yet
    starts from (a copy of a built-in routine).
    """

    saved = Signal(Path)

    def __init__(self, window: QWidget, path: Path, drafts: DraftStore, text: CodeEdit,
                 message_bar: MessageBar, validate: Callable[[], list[Problem]],
                 start_text: str | None) -> None:
        super().__init__(window)
        self._window = window
        self.path = path
        self.drafts = drafts
        self.text = text
        self.message_bar = message_bar
        self._validate = validate
        self._start_text = start_text
        self._snapshot: FileSnapshot | None = None  # what the file held when read or saved
        self._saved_text: str | None = None  # the same, as the editor shows it; None: no file
        self._newline = "\n"
        self._bom = False
        self.conflict: Conflict | None = None
        self._last_draft: str | None = None

        self.save_action = QAction(tr("Save"), window)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.setToolTip(tr("Save the file (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.revert_action = QAction(tr("Revert"), window)
        self.revert_action.setShortcut(QKeySequence("Ctrl+Shift+R"))  # untranslated: a key
        self.revert_action.setToolTip(
            tr("Go back to the file as saved, Ctrl+Shift+R (Ctrl+Z brings yours back)"))
        self.revert_action.triggered.connect(self.revert)

        self.status = plain_label(path.name, role="muted", wrap=True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setToolTip(str(path))

        self.conflict_bar = MessageBar("warn")
        self.reload_button = self.conflict_bar.add_button(tr("Reload theirs"),
                                                          tr("Reload the file"))
        self.keep_button = self.conflict_bar.add_button(tr("Keep mine"), tr("Keep my version"))
        self.compare_button = self.conflict_bar.add_button(tr("Compare"),
                                                           tr("Compare both versions"))
        self.reload_button.clicked.connect(self.reload_theirs)
        self.keep_button.clicked.connect(self.keep_mine)

        self.draft_bar = MessageBar("info")
        restore = self.draft_bar.add_button(tr("Restore them"), tr("Restore unsaved changes"))
        forget = self.draft_bar.add_button(tr("Discard them"), tr("Discard unsaved changes"))
        restore.clicked.connect(self.restore_draft)
        forget.clicked.connect(self.discard_draft)

        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.autosave_draft)
        self.disk_timer = QTimer(self)
        self.disk_timer.setSingleShot(True)
        self.disk_timer.setInterval(DISK_CHECK_DELAY_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self.disk_timer.start())
        self.watcher.directoryChanged.connect(lambda _p: self.disk_timer.start())

    # --- opening ----------------------------------------------------------------------------

    def open(self) -> None:
        """Put the file's text (or the start text, or a template) in the field, offer a draft
        left behind, then keep drafts and watch the file."""
        self._read()
        self.draft_timer.start()
        self._watch()

    def _read(self) -> None:
        if self.path.exists():
            try:
                raw, snapshot = read_routine_file(self.path)
            except RoutineFileError as exc:
                self.text.setReadOnly(True)
                self.save_action.setEnabled(False)
                self.message_bar.show_message(tr("{error}. Nothing here will be saved.").format(
                    error=exc), "error")
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
        return shown(raw)

    def _to_file(self, text: str) -> str:
        return (BOM if self._bom else "") + with_newline(text, self._newline)

    def _offer_draft(self) -> None:
        draft = self.drafts.load_draft(self.path)
        if draft is None:
            return
        if draft.text == self.text.toPlainText():
            self.drafts.discard(self.path)
            return
        when = date_text(draft.saved_at.astimezone(), DAY_MONTH_CLOCK)
        self.draft_bar.show_message(tr(
            "You have unsaved changes to this routine from {when}, kept when the editor closed "
            "without saving.").format(when=when))

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

    def update_title(self) -> None:
        """The window title, the status line and Revert, after the text or the file changed."""
        dirty = self.is_dirty()
        mark = "• " if dirty else ""
        if dirty:
            self._set_status(tr("Unsaved changes"))
        elif self.status.text().startswith(tr("Unsaved changes")):
            self._set_status("")
        self._window.setWindowTitle(tr("{mark}{name} — Supple").format(
            mark=mark, name=self.path.name))
        can_go_back = self._saved_text is not None or self._start_text is not None
        self.revert_action.setEnabled(can_go_back and self.is_dirty())

    def _set_status(self, text: str) -> None:
        self.status.setText(f"{text} · {self.path.name}" if text else self.path.name)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the text unless the file changed outside; True when it is on disk."""
        if self.text.isReadOnly():
            return False
        text = self.text.toPlainText()
        problems = self._validate()
        result = save_routine_text(self.path, self._to_file(text), self._snapshot)
        if isinstance(result, Saved):
            self._snapshot = result.snapshot
            self._saved_text = text
            self.conflict = None
            self.conflict_bar.hide()
            self.drafts.discard(self.path)
            self._last_draft = None
            self._watch()
            self.update_title()
            self._set_status(tr("Saved {time}").format(time=date_text(datetime.now(), CLOCK)))
            if problems:
                self.message_bar.show_message(
                    tr("Saved, with %n problem(s): this routine won't appear in the library "
                       "until they are fixed.", None, len(problems)), "warn")
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
            (tr("Not saved — {message}. Your text is still here and kept as a draft.") if kept
             else tr("Not saved — {message}. Your text is still here.")).format(
                message=result.message), "error")
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
        self.conflict = None
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
        self.update_title()
        self._validate()

    def autosave_draft(self) -> None:
        if not self.is_dirty():
            if self._last_draft is not None:
                self.drafts.discard(self.path)
                self._last_draft = None
            return
        text = self.text.toPlainText()
        if text != self._last_draft and self.drafts.save(self.path, text):
            self._last_draft = text

    def close(self) -> None:
        """The window closed: its text is saved or let go, so no draft outlives it."""
        self.drafts.discard(self.path)
        self.draft_timer.stop()
        self.disk_timer.stop()

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
        known = self.conflict.snapshot if self.conflict is not None else self._snapshot
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
            self._set_status(tr("Reloaded: the file changed outside Supple"))
            return
        if now is None and not self.is_dirty():
            self._snapshot = None
            self._saved_text = None  # the text is now only here: it counts as unsaved
            self.update_title()
            self.message_bar.show_message(
                tr("The file was deleted outside Supple. Save to create it again, or close this "
                   "window to let it go."), "warn")
            return
        disk_text: str | None = None
        if now is not None:
            try:
                disk_text = read_routine_file(self.path)[0]
            except RoutineFileError:
                return
        self._show_conflict(Conflict(disk_text, now))

    def _show_conflict(self, conflict: Conflict, *, refused: bool = False) -> None:
        self.conflict = conflict
        deleted = conflict.disk_text is None
        self.reload_button.setVisible(not deleted)
        self.compare_button.setVisible(not deleted)
        self.keep_button.setText(tr("Keep mine (save recreates it)") if deleted
                                 else tr("Keep mine (save overwrites)"))
        if refused:
            self.conflict_bar.show_message(
                tr("Not saved: the file was deleted outside Supple since you opened it. Which "
                   "version do you want to keep?") if deleted else
                tr("Not saved: the file was changed outside Supple since you opened it. Which "
                   "version do you want to keep?"), "error")
        else:
            self.conflict_bar.show_message(
                tr("The file was deleted outside Supple while you have unsaved changes here.")
                if deleted else
                tr("The file was changed outside Supple while you have unsaved changes here."),
                "warn")

    def reload_theirs(self) -> None:
        conflict = self.conflict
        if conflict is None or conflict.disk_text is None or conflict.snapshot is None:
            return
        self._take_disk_text(conflict.disk_text, conflict.snapshot)
        self.message_bar.show_message(
            tr("Reloaded the file from disk. Ctrl+Z brings your version back."), "info")

    def keep_mine(self) -> None:
        """Saving will now overwrite exactly the version seen on disk, and no later one."""
        conflict = self.conflict
        if conflict is None:
            return
        self._snapshot = conflict.snapshot
        self.conflict = None
        self.conflict_bar.hide()
        self.message_bar.show_message(
            tr("Keeping your version: it replaces the file when you save."))
