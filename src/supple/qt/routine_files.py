"""The user's routine files, as the main window's menus and the library ask for them: an
editor for a routine (for a built-in one, the user's own copy, written only when a change is
saved), a new routine, deleting one into a backup folder with an Undo, and the routines folder
in the file manager.

Apart from ``main_window`` so that the window stays the place the screens meet; this holds
the open editors (one a file) and the drafts they keep. The editor's module is imported only
when the first editor opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from supple.core.resources import images_dir
from supple.qt.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from supple.core.library.catalog import RoutineCard
    from supple.core.routines.drafts import DraftStore
    from supple.qt.main_window import MainWindow
    from supple.qt.widgets.folder_dialog import FolderDialog


class RoutineFiles:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.editors: dict[Path, QWidget] = {}  # by resolved path
        self._drafts: DraftStore | None = None
        self.folder_dialog: FolderDialog | None = None

    def edit(self, card: RoutineCard) -> None:
        """Edit the user's routine; for a built-in one, the user's own copy, which is written
        (and then replaces the built-in) only when a change is saved."""
        if not card.builtin:
            self.open_editor(card.path)
            return
        copy = self.window.services.paths.routines / card.path.name
        if copy.exists():  # an earlier copy: it may hold the user's changes
            self.open_editor(copy)
            return
        from supple.core.routines.files import (
            RoutineFileError,
            customized_copy,
            read_routine_file,
        )

        try:  # only a regular file: a named pipe in its place is not waited on
            text = read_routine_file(card.path)[0]
        except RoutineFileError as exc:
            said = tr("{name} could not be copied for editing: {exc}")
            self.window.notices.show_notice(said.format(name=card.name, exc=exc))
            return
        self.open_editor(copy, start_text=customized_copy(text))

    def delete(self, card: RoutineCard) -> None:
        """Move the user's routine to the deleted routines folder; the notice's Undo moves it
        back. An editor open on it closes first (asking about unsaved changes)."""
        from datetime import datetime

        from supple.core.routines.removal import RemovalError, move_to_backup

        editor = self.editors.get(card.path.resolve())
        if editor is not None and editor.isVisible() and not editor.close():
            return
        try:
            # untranslated: a folder's name on disk, the same in every language
            backup = move_to_backup(card.path, self.window.services.paths.data / "deleted routines",
                                    datetime.now())
        except RemovalError as exc:
            self.window.notices.show_notice(str(exc))
            return
        self.window.reload_library()
        restored = self.window.catalog.find(card.id)
        said = (tr("Your copy of {name} is put aside: the built-in routine is back (kept in "
                   "{parent}).") if restored is not None and restored.builtin
                else tr("{name} was deleted (kept in {parent})."))
        self.window.notices.show_notice(said.format(name=card.name, parent=backup.parent),
                                        [(tr("Undo"), lambda: self._undelete(backup, card.path))])

    def _undelete(self, backup: Path, original: Path) -> None:
        from supple.core.routines.removal import RemovalError, restore_backup

        try:
            restore_backup(backup, original)
        except RemovalError as exc:
            self.window.notices.show_notice(str(exc))
            return
        self.window.reload_library()

    def new(self) -> None:
        from supple.core.routines.files import new_routine_path

        builtin_ids = [c.id for c in self.window.catalog.cards if c.builtin]
        self.open_editor(new_routine_path(self.window.services.paths.routines, tr("My routine"),
                                          reserved=builtin_ids))

    @property
    def drafts(self) -> DraftStore:
        """Where the editors keep unsaved work; opened with the first editor."""
        if self._drafts is None:
            from supple.core.routines.drafts import DraftStore

            self._drafts = DraftStore(self.window.services.paths.data / "drafts")
        return self._drafts

    @property
    def layout_file(self) -> Path:
        """Where the editors remember the layout the user dragged."""
        from supple.qt.editor.layout_memory import FILE_NAME

        return self.window.services.paths.config / FILE_NAME

    def open_editor(self, path: Path, start_text: str | None = None) -> None:
        from supple.qt.editor.window import RoutineEditor

        key = path.resolve()
        editor = self.editors.get(key)
        if editor is not None and not editor.isVisible():
            # Closed earlier: a closed editor has stopped autosaving and may hold text that
            # was discarded, so open the file afresh.
            editor.deleteLater()
            editor = None
        if editor is None:
            editor = RoutineEditor(path, self.drafts, images_dir(), self.window,
                                   start_text=start_text, layout_file=self.layout_file)
            editor.saved.connect(lambda _path: self.window.reload_library())
            editor.tryStepRequested.connect(
                lambda routine, p=path: self.window.try_routine(routine, p))
            editor.offer_try()
            self.editors[key] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def open_folder(self) -> None:
        """In the file manager; where none answers, the folder's path to copy."""
        from supple.qt.widgets.folder_dialog import open_folder

        if self.folder_dialog is not None:  # one at a time, the latest
            self.folder_dialog.deleteLater()
        self.folder_dialog = open_folder(self.window.services.paths.routines,
                                         tr("your routines folder"), self.window)
