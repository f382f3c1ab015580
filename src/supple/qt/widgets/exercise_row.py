"""One exercise as a list row: the library's detail pane and the editor's preview show the same
row, so a routine looks the same before it is saved as after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from supple.core.library.catalog import ExerciseLine
from supple.qt.widgets.pictures import find_picture, picture_icon


def exercise_item(line: ExerciseLine, images_dir: Path, routine_dir: Path,
                  icon: int) -> QListWidgetItem:
    """A list row for one exercise as written: picture, name, and reps or time, sets, sides."""
    item = QListWidgetItem(f"{line.name}\n{line.detail}")
    item.setIcon(picture_icon(find_picture(line.image, images_dir, routine_dir), icon))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
