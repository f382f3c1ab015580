"""Opening a folder in the file manager, and what to show when nothing opens it.

``QDesktopServices.openUrl`` only says False when no file manager (or ``xdg-open``) takes the
folder; without an answer the user pressed a button and nothing happened. So the folder's path
is shown instead, selectable and with a button that copies it, to paste into a file manager or
a terminal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

_LINE_EDIT_MARGIN = 2  # QLineEdit's own margin each side of its text (qlineedit_p.h)
_CURSOR_ROOM = 2  # the text cursor after the last character


class FolderDialog(QDialog):
    """Where a folder is, when it could not be opened: its path to select or copy."""

    def __init__(self, folder: Path, reason: str, parent: QWidget | None = None) -> None:
        """``reason``: what went wrong, leading to the path shown below it."""
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(tr("Folder not opened"))
        self.message = plain_label(reason, wrap=True)
        self.path_field = QLineEdit(str(folder))
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(tr("Folder path"))
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the folder's path to the clipboard"))
        self.copy_button.clicked.connect(self.copy_path)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = QPushButton(tr("Close"))  # the standard button's icon draws as a stray glyph
        close.clicked.connect(self.reject)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.path_field)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_path()
        super().showEvent(event)

    def _fit_path(self) -> None:
        """Wide enough for the whole path (as ``QLineEdit.sizeHint`` measures a text, with
        the style sheet's padding), within most of the screen: a long path scrolls."""
        field = self.path_field
        field.ensurePolished()
        text_margins, margins = field.textMargins(), field.contentsMargins()
        width = (field.fontMetrics().horizontalAdvance(field.text()) + 2 * _LINE_EDIT_MARGIN
                 + _CURSOR_ROOM + text_margins.left() + text_margins.right() + margins.left()
                 + margins.right())
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        size = field.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                              QSize(width, field.sizeHint().height()), field)
        screen = self.screen() or QGuiApplication.primaryScreen()
        most = int(screen.availableGeometry().width() * 0.8) if screen else size.width()
        field.setMinimumWidth(min(size.width(), most))
        field.setCursorPosition(0)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.folder))
        self.copy_button.setText(tr("Copied"))


def open_folder(folder: Path, what: str, parent: QWidget) -> FolderDialog | None:
    """Show ``folder`` (``what``: "your routines folder", say) in the file manager, creating
    it first; if it cannot be made or nothing opens it, show where it is instead, and return
    that dialog (not modal: the window stays usable beside it; the caller deletes it)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        why = (tr("a file of that name is in the way") if isinstance(error, FileExistsError)
               else error.strerror or str(error))
        reason = tr("Supple could not create {what} ({why}). It belongs here:").format(
            what=what, why=why)
    else:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return None
        reason = tr("No file manager answered, so Supple could not open {what}. It is here, "
                    "to open in a file manager or a terminal:").format(what=what)
    dialog = FolderDialog(folder, reason, parent)
    dialog.show()
    return dialog
