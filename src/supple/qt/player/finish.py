"""The finish screen: how the session went, a place for the calf rating, and what next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from supple.core.session.display import FinishDisplay
from supple.qt.i18n import tr
from supple.qt.player.looks import set_pixel_size, set_text
from supple.qt.widgets.plain_text import plain_label


class Stat(QWidget):
    """A big number over a small caption, for the finish summary."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 0, 24, 0)
        self.value = plain_label()
        self.value.setProperty("tint", "work")
        self.value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption = plain_label(role="muted")
        self.caption.setText(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)


class FinishPage(QWidget):
    """The summary of a finished or stopped session; "Again" and "Done" are the player's to
    connect."""

    def __init__(self, routine_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(14)
        lay.addStretch(1)
        self.title = plain_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = plain_label(role="muted", wrap=True)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setText(routine_name)
        lay.addWidget(self.title)
        lay.addWidget(self.name)
        lay.addSpacing(16)
        stats = QHBoxLayout()
        stats.addStretch(1)
        self.time_stat = Stat(tr("active time"))
        self.done_stat = Stat(tr("steps done"))
        self.skipped_stat = Stat(tr("skipped"))
        for stat in (self.time_stat, self.done_stat, self.skipped_stat):
            stats.addWidget(stat)
        stats.addStretch(1)
        lay.addLayout(stats)
        lay.addSpacing(16)
        #: Where the history feature puts the "how do the calves feel" rating.
        self.rating_area = QWidget()
        QVBoxLayout(self.rating_area).setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rating_area)
        lay.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again_button = QPushButton(tr("Again"))
        self.again_button.setAccessibleName(tr("Do the routine again"))
        self.done_button = QPushButton(tr("Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(tr("Done: back to the library"))
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def show_finish(self, finish: FinishDisplay) -> None:
        set_text(self.title, finish.title)
        set_text(self.time_stat.value, finish.active_time)
        set_text(self.done_stat.value, finish.done)
        set_text(self.done_stat.caption, finish.done_caption)
        set_text(self.skipped_stat.value, finish.skipped)

    def scale_fonts(self, h: int, s: float) -> None:
        """Type sized to the player's height ``h`` at text scale ``s``."""
        weight = QFont.Weight
        foot = min(max(h * 0.03 * s, 13), 34)
        set_pixel_size(self.title, min(max(h * 0.08, 24), 96), weight.Bold)
        set_pixel_size(self.name, foot)
        for stat in (self.time_stat, self.done_stat, self.skipped_stat):
            set_pixel_size(stat.value, min(max(h * 0.1, 28), 120), weight.DemiBold)
            set_pixel_size(stat.caption, foot)
        set_pixel_size(self.again_button, foot)
        set_pixel_size(self.done_button, foot)
