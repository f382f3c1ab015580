"""The picture and the instructions of the step under way, between the countdown and the footer.

They matter least from across the room, so they take only the height the rows around them
leave, and give way first: the tips before the instructions, then the whole body. Every
picture of the routine is read when the player is made, so a change of step (on the timer's
wake-up) only shows what is already in memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supple.core.session.display import REST_PICTURE, StepDisplay
from supple.core.session.timeline import Timeline
from supple.qt.player.looks import set_text
from supple.qt.widgets.pictures import find_picture
from supple.qt.widgets.plain_text import plain_label


def find_pictures(timeline: Timeline, images_dir: Path,
                  routine_dir: Path | None) -> dict[str, Path]:
    """Each picture ``timeline`` names (and the rest picture), by name, where it was found;
    ``routine_dir``: the routine file's folder, where its own pictures may be."""
    names = {s.source.image for s in timeline.segments if s.source and s.source.image}
    found: dict[str, Path] = {}
    for name in (*names, REST_PICTURE):
        path = find_picture(name, images_dir, routine_dir if name != REST_PICTURE else None)
        if path is not None:
            found[name] = path
    return found


class PictureView(QWidget):
    """An SVG drawn to fit with its aspect kept; hidden when there is no usable picture.

    It renders in paintEvent, which only runs when the picture or the size changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._path: Path | None = None
        self._mirrored = False
        self._renderers: dict[Path, QSvgRenderer | None] = {}  # each file read once
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(48, 48)
        self.setAccessibleName("Exercise picture")

    @property
    def path(self) -> Path | None:
        return self._path if self._renderer is not None else None

    def set_path(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path = path
        self._renderer = self.renderer_for(path) if path is not None else None
        self.setHidden(self._renderer is None)
        self.update()

    def renderer_for(self, path: Path) -> QSvgRenderer | None:
        """The picture read from ``path`` (once), or None if it is not a usable SVG."""
        if path not in self._renderers:
            renderer = QSvgRenderer(str(path))
            self._renderers[path] = renderer if renderer.isValid() else None
        return self._renderers[path]

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the picture flipped left to right (the pictures show the left side)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def _aspect(self) -> float:
        if self._renderer is None:
            return 1.0
        view = self._renderer.defaultSize()
        return max(view.width(), 1) / max(view.height(), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Take only the width the picture needs at this height, leaving the rest to text."""
        super().resizeEvent(event)
        width = max(48, round(self.height() * self._aspect()))
        if self.maximumWidth() != width:
            self.setMaximumWidth(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        view = self._renderer.defaultSize()
        vw, vh = max(view.width(), 1), max(view.height(), 1)
        scale = min(self.width() / vw, self.height() / vh)
        w, h = vw * scale, vh * scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        self._renderer.render(painter, target)
        painter.end()


class StepBody(QWidget):
    """The picture beside the instructions and tips. The body takes only the height the rows
    above and below leave (its own wishes are ignored), and its content hides when that is
    too little to read it."""

    def __init__(self, pictures: dict[str, Path], parent: QWidget | None = None) -> None:
        """``pictures``: where each picture the routine names is (see :func:`find_pictures`)."""
        super().__init__(parent)
        self._pictures = pictures
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.content = QWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.content)
        self._least = 0
        self._room = 0

        body = QHBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(24)
        body.addStretch(1)
        self.picture = PictureView()
        body.addWidget(self.picture, 4)
        text = QWidget()
        text_lay = QVBoxLayout(text)
        text_lay.setContentsMargins(0, 0, 8, 0)
        self.instructions_label = plain_label(wrap=True)
        self.instructions_label.setAccessibleName("Instructions")
        self.tips_label = plain_label(role="muted", wrap=True)
        self.tips_label.setAccessibleName("Tips")
        text_lay.addWidget(self.instructions_label)
        text_lay.addWidget(self.tips_label)
        self._text_layout = text_lay
        text_lay.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        text.setAutoFillBackground(False)
        body.addWidget(scroll, 6)
        body.addStretch(1)
        scroll.viewport().installEventFilter(self)  # its resizes re-fit the tips
        for path in pictures.values():
            self.picture.renderer_for(path)

    def show_step(self, step: StepDisplay) -> None:
        """The first of the step's pictures that was found, and its text."""
        found = (self._pictures.get(name) for name in step.pictures)
        self.picture.set_path(next((path for path in found if path is not None), None))
        self.picture.set_mirrored(step.mirrored)
        set_text(self.instructions_label, step.instructions)
        set_text(self.tips_label, step.tips)
        self.fit_tips()

    def set_least_height(self, height: int) -> None:
        """Show the content only when it gets at least ``height``."""
        if height != self._least:
            self._least = height
            self._show_if_room()

    def set_room(self, room: int) -> bool:
        """The page tells how much height is left for the picture and instructions; they
        show only when that is enough to read them. Whether they show."""
        self._room = room
        return self._show_if_room()

    def _show_if_room(self) -> bool:
        """Hidden as a whole when there is too little room, so the page closes up around the
        countdown instead of keeping an empty band in their place."""
        room = self._room >= self._least
        if self.isHidden() == room:
            self.setVisible(room)
        return room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_tips()
        return super().eventFilter(watched, event)

    def fit_tips(self) -> None:
        """The tips show only when they fit under the instructions: a runner mid-exercise
        cannot scroll, and the instructions matter more."""
        if not self.tips_label.text():
            self.tips_label.hide()
            return
        width = self.scroll_area.viewport().width() - 8  # the text's right margin
        need = (self.instructions_label.heightForWidth(width) + self._text_layout.spacing()
                + self.tips_label.heightForWidth(width))
        self.tips_label.setVisible(need <= self.scroll_area.viewport().height())
