"""Choosing a step's picture: the built-in ones (and those beside the routine) as thumbnails,
filtered as you type, or a file of your own, copied beside the routine.

Thumbnails are drawn by the shared picture renderer (off the GUI thread, bounded, every file
checked first), and a file of the runner's own is checked and copied by
:mod:`supple.core.routines.picture_copy`, so the routine only ever names a picture in one of
the two picture folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.routines.picture_copy import PictureCopyError, copy_picture_beside
from supple.qt.editor.form_fields import error_label
from supple.qt.i18n import tr
from supple.qt.widgets.pictures import find_picture, picture_icon

THUMB = 72
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def picture_names(images_dir: Path, routine_dir: Path | None) -> list[str]:
    """The pictures a routine in ``routine_dir`` can name: its own first, then built-in."""
    own = sorted(p.name for p in routine_dir.glob("*.svg")) if routine_dir is not None and \
        routine_dir.is_dir() else []
    built_in = sorted(p.name for p in images_dir.glob("*.svg") if p.name != "supple.svg")
    return own + [name for name in built_in if name not in own]


def _title(name: str) -> str:
    return Path(name).stem.replace("-", " ").replace("_", " ")


class PicturePicker(QDialog):
    """``chosen`` is the file name picked ("" for no picture) once accepted."""

    def __init__(self, images_dir: Path, routine_dir: Path | None, current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose a picture"))
        self.images_dir = images_dir
        self.routine_dir = routine_dir
        self.chosen: str | None = current
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search pictures, e.g. calf"))
        self.search.setAccessibleName(tr("Search pictures"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.pictures = QListWidget()
        self.pictures.setAccessibleName(tr("Pictures"))
        self.pictures.setViewMode(QListView.ViewMode.IconMode)
        self.pictures.setIconSize(QSize(THUMB, THUMB))
        self.pictures.setGridSize(QSize(THUMB + 64, THUMB + 44))
        self.pictures.setResizeMode(QListView.ResizeMode.Adjust)
        self.pictures.setMovement(QListView.Movement.Static)
        self.pictures.setWordWrap(True)
        self.pictures.itemActivated.connect(lambda _item: self.accept())
        self.own_button = QPushButton(tr("Use a picture of my own…"))
        self.own_button.setToolTip(tr("An SVG file; it is copied beside the routine"))
        self.own_button.clicked.connect(self.choose_own)
        self.none_button = QPushButton(tr("No picture"))
        self.none_button.clicked.connect(self.choose_none)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.own_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.fill(current)

    def fill(self, current: str | None) -> None:
        self.pictures.clear()
        for name in picture_names(self.images_dir, self.routine_dir):
            item = QListWidgetItem(_title(name))
            item.setData(NAME_ROLE, name)
            item.setToolTip(name)
            item.setIcon(picture_icon(find_picture(name, self.images_dir, self.routine_dir),
                                      THUMB))
            self.pictures.addItem(item)
            if name == current:
                self.pictures.setCurrentItem(item)

    def filter(self, text: str) -> None:
        words = text.lower().split()
        first_shown = None
        for row in range(self.pictures.count()):
            item = self.pictures.item(row)
            name = str(item.data(NAME_ROLE)).lower()
            hidden = not all(w in name for w in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.pictures.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.pictures.setCurrentItem(first_shown)

    def shown_names(self) -> list[str]:
        return [str(self.pictures.item(r).data(NAME_ROLE)) for r in range(self.pictures.count())
                if not self.pictures.item(r).isHidden()]

    def accept(self) -> None:
        item = self.pictures.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = str(item.data(NAME_ROLE))
        super().accept()

    def choose_none(self) -> None:
        self.pictures.setCurrentRow(-1)
        self.chosen = ""
        super().accept()

    def ask_file(self) -> Path | None:
        """The file dialog, a method of its own so tests can answer it."""
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("A picture of your own"), str(Path.home()), tr("SVG pictures (*.svg)"))
        return Path(name) if name else None

    def choose_own(self) -> None:
        source = self.ask_file()
        if source is None:
            return
        if self.routine_dir is None:  # pragma: no cover - an editor always has a file
            return
        if source.parent.resolve() == self.images_dir.resolve():
            self.chosen = source.name
            super().accept()
            return
        try:
            self.chosen = copy_picture_beside(source, self.routine_dir, self.images_dir)
        except PictureCopyError as exc:
            self.error.setText(tr("Not used: {exc}").format(exc=exc))
            self.error.show()
            return
        super().accept()
