"""A small always-on-top window to keep in a corner while doing something else.

Built from the same driver as the full player and, like it, holding no timing state: it renders
the same :class:`~supple.core.session.display.Display` (the countdown and a one-line title),
pauses and skips, and hands back to the full window. It is frameless, so it can be dragged by
any part of it.
"""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from supple.core.session.display import Display
from supple.core.session.engine import State
from supple.core.session.events import (
    Countdown,
    Halfway,
    LeadInStarted,
    MetronomeBeat,
    Paused,
    RepPhaseStarted,
    RestStarted,
    Resumed,
    RoutineFinished,
    RoutineStopped,
    SessionEvent,
    StepFinished,
    StepStarted,
    Suspended,
    SwitchSides,
)
from supple.qt.driver import SessionDriver
from supple.qt.i18n import tr
from supple.qt.player.controls import KEYS, Glyph, control_button, show_toggle
from supple.qt.player.looks import FLASH_MS, TINTS, set_pixel_size, set_props, set_text
from supple.qt.widgets.plain_text import plain_label, plain_tooltip

MINI_SIZE = QSize(360, 112)


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
        self._shown: int | None = None  # index of the segment whose tint is shown
        self._shown_state: State | None = None
        self._title = ""
        self.setWindowTitle(tr("Supple"))
        self.setAccessibleName(tr("Supple mini player"))
        self.setProperty("role", "mini")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

        self.title_label = plain_label()
        self.title_label.setAccessibleName(tr("Step"))
        set_pixel_size(self.title_label, 15, QFont.Weight.DemiBold)
        self.countdown_label = plain_label(role="countdown")
        self.countdown_label.setAccessibleName(tr("Time left in this step"))
        set_pixel_size(self.countdown_label, 44, QFont.Weight.DemiBold)
        self.pause_button = control_button(tr("Pause"), KEYS["pause"], Glyph.PAUSE, self._toggle,
                                           self)
        self.next_button = control_button(tr("Next"), KEYS["next"], Glyph.NEXT, driver.skip, self)
        self.restore_button = control_button(tr("Back to the full player"), KEYS["stop"],
                                             Glyph.RESTORE, self.restoreRequested.emit, self)
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

        driver.displayed.connect(self._render)
        driver.happened.connect(self._on_event)
        self._render(driver.display)

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

    def _render(self, shown: Display) -> None:
        if shown.state is not self._shown_state:
            self._shown_state = shown.state
            self._show_state(shown.state)
        if shown.step is None:
            return
        if not shown.over and shown.step.index != self._shown:
            self._shown = shown.step.index
            set_props(self.countdown_label, tint=TINTS[shown.step.kind])
        # As in the full player: during reps the big number is the rep, and the tempo word
        # (UP / DOWN) follows the title.
        self._set_title(shown.mini_title)
        set_text(self.countdown_label, shown.countdown)

    def _show_state(self, state: State) -> None:
        running = state is State.RUNNING
        show_toggle(self.pause_button, tr("Pause") if running else tr("Resume"), running)
        self.pause_button.setEnabled(not state.over)
        self.next_button.setEnabled(not state.over)

    def _on_event(self, event: SessionEvent) -> None:
        """The visual twins, as in the full player, on the one thing shown large here."""
        match event:
            case Countdown() | Halfway() | StepStarted() | SwitchSides():
                set_props(self.countdown_label, flash="on")
                self._flash_timer.start()
            case (LeadInStarted() | RestStarted() | RepPhaseStarted() | MetronomeBeat()
                  | StepFinished() | Paused() | Resumed() | Suspended() | RoutineFinished()
                  | RoutineStopped()):
                pass  # too small a view for them; the display that follows shows the rest
            case _:  # pragma: no cover - a type error: every kind is handled above
                assert_never(event)

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
