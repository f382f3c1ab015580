"""The form's step list: blocks of rounds holding their steps, each row what the step is at a
glance (its picture, its name, ``30 s · each side · 2 sets``).

The rows are made afresh from the document after every change, so the list can never show
something the file does not say. Dragging a row with the mouse asks for a move
(``moveRequested``) rather than moving rows itself: the move is a splice of the text, made
and undone like any other change, and the rows follow. A drop on the upper or lower part of
a row goes before or after it; on the middle of a block, into it, as its last step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QWidget

from supple.core.routines.document import RoutineDocument, StepPath
from supple.core.routines.step_summary import step_rows
from supple.qt.i18n import tr
from supple.qt.widgets.pictures import find_picture, picture_icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = 40


class StepTree(QTreeView):
    """The steps of a routine; ``stepSelected`` gives the path of the row chosen."""

    stepSelected = Signal(object)  # StepPath | None
    moveRequested = Signal(object, object)  # from StepPath, to StepPath (as move_step takes)

    def __init__(self, images_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images_dir = images_dir
        self.routine_dir: Path | None = None
        self.rows = QStandardItemModel(self)
        self.setModel(self.rows)
        self.setHeaderHidden(True)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setIndentation(22)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(tr("Steps"))
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._press: QPoint | None = None
        self._dragged: StepPath | None = None
        self.drop_target: tuple[StepPath, QRect, bool] | None = None  # where, line, into

    # --- rows -----------------------------------------------------------------------------

    def show_document(self, doc: RoutineDocument, routine_dir: Path | None,
                      select: StepPath | None) -> StepPath | None:
        """Rows for ``doc``, ``select`` chosen (or, gone, its block; None: no row); the row
        chosen in the end."""
        self.routine_dir = routine_dir
        self.blockSignals(True)
        self.rows.clear()
        items: dict[StepPath, QStandardItem] = {}
        for row in step_rows(doc.routine.steps):
            item = QStandardItem(f"{row.title}\n{row.summary}")
            item.setData(row.path, PATH_ROLE)
            item.setData(row.kind, KIND_ROLE)
            item.setToolTip(f"{row.title}: {row.summary}")
            item.setEditable(False)
            if row.image:
                item.setIcon(picture_icon(find_picture(row.image, self.images_dir,
                                                       routine_dir), THUMB))
            parent = items.get(row.path[:-1])
            (parent if parent is not None else self.rows.invisibleRootItem()).appendRow(item)
            items[row.path] = item
        self.expandAll()
        if select is not None and select not in items:
            select = select[:-1] if select[:-1] in items else None
        if select is not None:
            self.setCurrentIndex(items[select].index())
            self.scrollTo(items[select].index())
        else:
            self.selectionModel().clear()
        self.blockSignals(False)
        return select

    def index_of(self, path: StepPath) -> QModelIndex:
        index = QModelIndex()
        for i in path:
            index = self.rows.index(i, 0, index)
        return index

    def current_path(self) -> StepPath | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        path = index.data(PATH_ROLE)
        return tuple(path) if path is not None else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = current.data(PATH_ROLE) if current.isValid() else None
        self.stepSelected.emit(tuple(path) if path is not None else None)

    # --- dragging a row -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self._press = event.position().toPoint()
            self._dragged = tuple(index.data(PATH_ROLE))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        if self.drop_target is None and (
                (pos - self._press).manhattanLength() < QApplication.startDragDistance()):
            return
        self.drop_target = self._target(pos)
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target, dragged = self.drop_target, self._dragged
        self._press, self._dragged, self.drop_target = None, None, None
        self.viewport().unsetCursor()
        self.viewport().update()
        if target is None or dragged is None:
            super().mouseReleaseEvent(event)
            return
        to = target[0]
        if to[: len(dragged)] != dragged:  # not into itself
            self.moveRequested.emit(dragged, to)

    def _target(self, pos: QPoint) -> tuple[StepPath, QRect, bool] | None:
        """Where a drop at ``pos`` puts the dragged step, and the line (or box) to draw."""
        index = self.indexAt(pos)
        width = self.viewport().width()
        if not index.isValid():  # below the last row: last in the routine
            count = self.rows.rowCount()
            if count == 0:
                return None
            last = self.visualRect(self._last_visible())
            return (count,), QRect(0, last.bottom(), width, 2), False
        path: StepPath = tuple(index.data(PATH_ROLE))
        rect = self.visualRect(index)
        offset = pos.y() - rect.top()
        is_block = index.data(KIND_ROLE) == "block"
        if is_block and rect.height() / 4 <= offset <= rect.height() * 3 / 4:
            inside = self.rows.rowCount(index)
            return (*path, inside), rect, True
        if offset < rect.height() / 2:
            return path, QRect(rect.left(), rect.top(), width - rect.left(), 2), False
        return ((*path[:-1], path[-1] + 1),
                QRect(rect.left(), rect.bottom(), width - rect.left(), 2), False)

    def _last_visible(self) -> QModelIndex:
        index = self.rows.index(self.rows.rowCount() - 1, 0)
        while self.rows.rowCount(index):
            index = self.rows.index(self.rows.rowCount(index) - 1, 0, index)
        return index

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.drop_target is None:
            return
        painter = QPainter(self.viewport())
        color = QColor(self.palette().highlight().color())
        painter.setPen(QPen(color, 2))
        _path, rect, into = self.drop_target
        if into:
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        else:
            painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
        painter.end()
