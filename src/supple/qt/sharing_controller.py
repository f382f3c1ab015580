"""Sharing from the window: "Export…" writes the selected routine as one file, "Import…" reads
one through the core's checks, shows it, and adds it only when the user says so.

Everything about files is the core's (:mod:`supple.core.routines.sharing` and
:mod:`~supple.core.routines.shared_file`, the same as ``supple export`` and ``supple
import``): it decides ``.yaml`` or ``.zip``, reads a shared file as hostile input, and never
overwrites. This module asks the questions: where to write, which file to read, "add this
routine?" (:class:`~supple.qt.library.import_preview.ImportPreview`), and on a name or id
clash "add it as 'Name (2)'?" or cancel. Each question is an attribute holding a callable, so
tests answer them without a dialog, as :attr:`MainWindow.confirm_quit`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from supple.core.library.catalog import Catalog, RoutineCard
from supple.core.paths import AppPaths
from supple.core.resources import images_dir
from supple.qt.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    # Imported at the first export or import: the library paints without them (and the first
    # use of a Qt class builds its Python type and enums, so the dialogs' are imported then).
    from supple.core.routines.shared_file import SharedRoutine
    from supple.core.routines.sharing import Installed

FILE_FILTER = QT_TR_NOOP("Shared routines (*.yaml *.yml *.zip)")


class SharingController(QObject):
    def __init__(self, paths: AppPaths, catalog: Callable[[], Catalog],
                 reload: Callable[[], None], select: Callable[[str], None],
                 notify: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.paths = paths
        self.catalog = catalog
        self.reload = reload
        self.select = select
        self.notify = notify
        self.window = parent
        self.last_folder = Path.home()
        #: Where to export to (a suggested path in, the chosen one out; None: cancelled).
        self.ask_export_path: Callable[[Path], Path | None] = self._ask_export_path
        #: Which shared file to import (None: cancelled).
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path
        #: The routine shown before it is added, and its pictures' folder; True: add it.
        self.confirm_import: Callable[[SharedRoutine, Path], bool] = self._confirm_import
        #: A clash explained; True: add it under a new name, False: cancel.
        self.ask_rename: Callable[[str], bool] = self._ask_rename
        #: A title and a plain reason: the file could not be exported or imported.
        self.show_error: Callable[[str, str], None] = self._show_error

    # --- export -----------------------------------------------------------------------------

    def export(self, card: RoutineCard | None) -> Path | None:
        """Export ``card``'s routine; the file written, or None (cancelled or refused, said)."""
        from supple.core.problems import RoutineError
        from supple.core.routines.files import slug
        from supple.core.routines.loader import load_path
        from supple.core.routines.sharing import ExportError, export_routine, own_pictures

        if card is None:
            return None
        title = tr("{routine} was not exported").format(routine=card.name)
        try:
            routine = load_path(card.path)
        except (RoutineError, OSError) as exc:
            self.show_error(title, tr("{file} could not be read: {why}").format(
                file=card.path.name, why=exc))
            return None
        # The core's rule: a zip when the routine has pictures of its own, else its YAML.
        suffix = ".zip" if own_pictures(routine, card.path) else ".yaml"
        target = self.ask_export_path(self.last_folder / f"{slug(card.name)}{suffix}")
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(suffix)
        try:
            exported = export_routine(card.path, target)
        except ExportError as exc:
            self.show_error(title, str(exc))
            return None
        except RoutineError as exc:  # changed since the library read it
            self.show_error(title, "\n".join(str(p) for p in exc.problems))
            return None
        except OSError as exc:
            self.show_error(title, tr("{file} could not be written: {why}; nothing was "
                                      "written").format(file=target, why=exc.strerror or exc))
            return None
        self.last_folder = target.parent
        if exported.pictures:
            self.notify(tr("Exported {name} to {target} with {pictures}.").format(
                name=card.name, target=exported.target,
                pictures=", ".join(exported.pictures)))
        else:
            self.notify(tr("Exported {name} to {target}.").format(
                name=card.name, target=exported.target))
        return exported.target

    def _ask_export_path(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export routine"), str(suggested),
            tr("Routine with its pictures (*.zip)") if suggested.suffix == ".zip"
            else tr("Routine (*.yaml)"))
        return Path(name) if name else None

    # --- import -----------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> Installed | None:
        """Import ``path`` (asked for when None): checked, shown, added on the user's word;
        the library is read again and the new routine selected."""
        from supple.core.routines.shared_file import ShareError, read_shared

        path = path if path is not None else self.ask_import_path()
        if path is None:
            return None
        title = tr("{file} was not imported").format(file=path.name)
        try:
            shared = read_shared(path)
        except ShareError as exc:
            self.show_error(title, tr("{problems}\n\nNothing was added to your routines.")
                            .format(problems="\n".join(str(p) for p in exc.problems)))
            return None
        self.last_folder = path.parent
        with tempfile.TemporaryDirectory(prefix="supple-import-") as tmp:
            for name, data in shared.pictures.items():  # checked SVGs, flat names
                (Path(tmp) / name).write_bytes(data)
            if not self.confirm_import(shared, Path(tmp)):
                return None
        installed = self._install(shared, title, rename=False)
        if installed is None:
            return None
        self.reload()
        self.select(installed.id)
        if installed.renamed_from:
            self.notify(tr("Imported {name} as {new_name} (the name {taken} was taken): "
                           "{file}.").format(name=shared.routine.name, new_name=installed.name,
                                             taken=installed.renamed_from,
                                             file=installed.path.name))
        else:
            self.notify(tr("Imported {name}: {file}.").format(name=shared.routine.name,
                                                            file=installed.path.name))
        return installed

    def _install(self, shared: SharedRoutine, title: str, *, rename: bool) -> Installed | None:
        from supple.core.routines.sharing import Clash, install_shared

        cards = self.catalog().cards
        try:
            return install_shared(shared, self.paths.routines,
                                  taken_ids={c.id for c in cards},
                                  taken_names={c.name for c in cards},
                                  images_dir=images_dir(), rename=rename)
        except Clash as exc:
            if rename or not self.ask_rename(_clash_text(exc.reason, shared.routine.name)):
                return None
            return self._install(shared, title, rename=True)
        except FileExistsError as exc:  # made meanwhile by another program
            self.show_error(title, tr("{why}; nothing was added. Try again.").format(why=exc))
        except OSError as exc:
            self.show_error(title, tr("It could not be added to {folder}: {why}; nothing was "
                                      "added.").format(folder=self.paths.routines,
                                                       why=exc.strerror or exc))
        return None

    def _ask_import_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.window, tr("Import routine"),
                                              str(self.last_folder), tr(FILE_FILTER))
        return Path(name) if name else None

    def _confirm_import(self, shared: SharedRoutine, pictures_dir: Path) -> bool:
        from supple.qt.library.import_preview import ImportPreview

        dialog = ImportPreview(shared, images_dir(), pictures_dir, self.window)
        return dialog.exec() == ImportPreview.DialogCode.Accepted

    def _ask_rename(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, tr("Name taken"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        rename = box.addButton(tr("Add under a new name"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(rename)
        box.exec()
        return box.clickedButton() is rename

    def _show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def _clash_text(reason: str, name: str) -> str:
    """The core's reason (without its command-line hint), and the choice in plain words."""
    return tr("{reason}.\n\nAdd {name} under a new name (such as \"{name} (2)\"), or cancel "
              "and add nothing? Nothing is ever replaced.").format(
                  reason=reason[0].upper() + reason[1:], name=name)
