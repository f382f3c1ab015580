"""The picture and the instructions of the step under way, between the countdown and the footer.

They matter least from across the room, so they take only the height the rows around them
leave, and give way first: the tips before the instructions, then the whole body. Every
picture of the routine is read when the player is made, so a change of step (on the timer's
wake-up) reads no file; the pictures are drawn off the GUI thread
(:class:`~supple.qt.widgets.pictures.PictureView`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
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
from supple.qt.i18n import tr
from supple.qt.player.looks import set_text
from supple.qt.widgets.pictures import Picture, PictureView, find_picture, read_picture
from supple.qt.widgets.plain_text import plain_label


def find_pictures(timeline: Timeline, images_dir: Path,
                  routine_dir: Path | None) -> dict[str, Picture]:
    """Each picture ``timeline`` names (and the rest picture), by name, as read from where it
    was found; ``routine_dir``: the routine file's folder, where its own pictures may be."""
    names = {s.source.image for s in timeline.segments if s.source and s.source.image}
    found: dict[str, Picture] = {}
    for name in (*names, REST_PICTURE):
        path = find_picture(name, images_dir, routine_dir if name != REST_PICTURE else None)
        picture = read_picture(path) if path is not None else None
        if picture is not None:
            found[name] = picture
    return found


class StepBody(QWidget):
    """The picture beside the instructions and tips. The body takes only the height the rows
    above and below leave (its own wishes are ignored), and its content hides when that is
    too little to read it."""

    def __init__(self, pictures: dict[str, Picture], parent: QWidget | None = None) -> None:
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
        self.instructions_label.setAccessibleName(tr("Instructions"))
        self.tips_label = plain_label(role="muted", wrap=True)
        self.tips_label.setAccessibleName(tr("Tips"))
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
        self.picture.set_pictures(pictures.values())

    def show_step(self, step: StepDisplay) -> None:
        """The first of the step's pictures that was found, and its text."""
        found = (self._pictures.get(name) for name in step.pictures)
        self.picture.set_picture(next((p for p in found if p is not None), None))
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
