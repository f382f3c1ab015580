"""A small always-on-top window to keep in a corner while doing something else.

Built from the same driver as the full player and, like it, holding no timing state: it shows the
countdown and the step, pauses and skips, and hands back to the full window. It is frameless,
so it can be dragged by any part of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from supple.core.routines.durations import format_clock
from supple.core.session.engine import State
from supple.core.session.events import (
    Countdown,
    Event,
    Halfway,
    RoutineFinished,
    RoutineStopped,
    StepStarted,
    SwitchSides,
)
from supple.core.session.timeline import Segment, SegmentKind
from supple.qt.driver import SessionDriver
from supple.qt.player.view import (
    FLASH_MS,
    TINTS,
    Glyph,
    big_text,
    control_button,
    headline,
    phase_word,
    set_pixel_size,
    set_props,
    set_text,
    titled,
)
from supple.qt.widgets.plain_text import plain_label, plain_tooltip

MINI_SIZE = QSize(360, 112)


def mini_title(seg: Segment) -> str:
    if seg.kind is SegmentKind.WORK:
        return titled(seg)
    if seg.kind is SegmentKind.LEAD_IN:
        return f"Get ready: {titled(seg)}"
    return headline(seg)


class MiniView(QWidget):
    """Countdown, step title, pause and next, and a way back to the full window."""

    #: The user wants the full player back.
    restoreRequested = Signal()

    def __init__(self, driver: SessionDriver, parent: QWidget | None = None) -> None:
        flags = (Qt.WindowType.Window | Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                 | Qt.WindowType.FramelessWindowHint)
        super().__init__(parent, flags)
        self.driver = driver
        self._drag_from: QPoint | None = None
        self._shown: int | None = None
        self._title = ""
        self.setWindowTitle("Supple")
        self.setAccessibleName("Supple mini player")
        self.setProperty("role", "mini")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

        self.title_label = plain_label()
        self.title_label.setAccessibleName("Step")
        set_pixel_size(self.title_label, 15, QFont.Weight.DemiBold)
        self.countdown_label = plain_label(role="countdown")
        self.countdown_label.setAccessibleName("Time left in this step")
        set_pixel_size(self.countdown_label, 44, QFont.Weight.DemiBold)
        self.pause_button = control_button("Pause", "Space", Glyph.PAUSE, self._toggle, self)
        self.next_button = control_button("Next", "Right", Glyph.NEXT, driver.skip, self)
        self.restore_button = control_button("Back to the full player", "Esc", Glyph.RESTORE,
                                             self.restoreRequested.emit, self)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.pause_button, self.next_button, self.restore_button):
            button.setIconSize(QSize(24, 24))
            buttons.addWidget(button)
        lower = QHBoxLayout()
        lower.addWidget(self.countdown_label, 1)
        lower.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 8, 8, 6)
        column.setSpacing(0)
        column.addWidget(self.title_label)
        column.addLayout(lower)
        self.setFixedSize(MINI_SIZE)

        driver.refreshed.connect(self._refresh)
        driver.stateChanged.connect(self._on_state)
        driver.happened.connect(self._on_event)
        self._on_state(driver.state)
        self._refresh()

    def _toggle(self) -> None:
        if not self.driver.state.over:
            self.driver.toggle()

    @property
    def title(self) -> str:
        """The whole title; the label may show it shortened to fit."""
        return self._title

    def _set_title(self, title: str) -> None:
        if title == self._title:
            return
        self._title = title
        width = MINI_SIZE.width() - 26
        metrics = QFontMetrics(self.title_label.font())
        set_text(self.title_label, metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        self.title_label.setToolTip(plain_tooltip(title))
        self.title_label.setAccessibleDescription(title)

    def _refresh(self) -> None:
        engine = self.driver.engine
        seg = engine.segment
        if seg is None:
            return
        if engine.state.over:
            self._set_title("Finished" if engine.state is State.FINISHED else "Stopped")
            set_text(self.countdown_label, format_clock(0))
            return
        if seg.index != self._shown:
            self._shown = seg.index
            set_props(self.countdown_label, tint=TINTS[seg.kind])
        # As in the full player: during reps the big number is the rep, and the tempo word
        # (UP / DOWN) follows the title.
        pos = engine.position()
        phase = phase_word(seg, pos)
        self._set_title(f"{mini_title(seg)} · {phase}" if phase else mini_title(seg))
        set_text(self.countdown_label, big_text(seg, pos, engine.remaining_in_segment()))

    def _on_state(self, state: State) -> None:
        running = state is State.RUNNING
        name = "Pause" if running else "Resume"
        if self.pause_button.accessibleName() != name:
            self.pause_button.setAccessibleName(name)
            self.pause_button.setToolTip(f"{name} (Space)")
            self.pause_button.set_glyph(Glyph.PAUSE if running else Glyph.PLAY)
        self.pause_button.setEnabled(not state.over)
        self.next_button.setEnabled(not state.over)

    def _on_event(self, event: Event) -> None:
        """The visual twins, as in the full player, on the one thing shown large here."""
        if isinstance(event, Countdown | Halfway | StepStarted | SwitchSides):
            set_props(self.countdown_label, flash="on")
            self._flash_timer.start()
        elif isinstance(event, RoutineFinished | RoutineStopped):
            self._refresh()

    def _end_flash(self) -> None:
        set_props(self.countdown_label, flash="off")

    # Keyboard and dragging.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._toggle()
        elif key == Qt.Key.Key_Right:
            self.driver.skip()
        elif key == Qt.Key.Key_Escape:
            self.restoreRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
