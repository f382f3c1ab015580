"""The guided player: the session page while the routine runs, the finish screen after it.

It holds no timing state and reads no clock: it renders the driver's
:class:`~supple.core.session.display.Display` of each wake-up, and gives each event a brief
visual twin (a pulse behind the countdown or a banner under it) so the routine can be followed
with the sound off. Labels are written only when their text changes and nothing animates
continuously, so a passing second repaints one small label. The pages are
:mod:`session_page` (with :mod:`step_body` and :mod:`controls`) and :mod:`finish`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import assert_never

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supple.core.session.display import Display, FinishDisplay
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
from supple.core.session.timeline import Timeline
from supple.qt.driver import SessionDriver
from supple.qt.i18n import tr
from supple.qt.player.controls import PlayerControls
from supple.qt.player.finish import FinishPage, Stat
from supple.qt.player.looks import FLASH_MS, set_props, text_scale
from supple.qt.player.session_page import SessionPage
from supple.qt.player.step_body import StepBody, find_pictures
from supple.qt.widgets.pictures import Picture, PictureView

BANNER_MS = 1800  # how long "Halfway", "Switch sides"... stay under the countdown


class PlayerView(QWidget):
    """Shows a running session and sends the user's commands to its driver."""

    #: The user is done with this session (finish screen "Done", or Esc when nothing runs).
    closed = Signal()
    #: "Again" on the finish screen: the window starts the same routine anew.
    restartRequested = Signal()
    #: The mute control was used (the new state, a bool); the window owns the setting and
    #: tells the cue player.
    muteToggled = Signal(bool)
    #: Switch to the small always-on-top view.
    miniRequested = Signal()

    def __init__(self, driver: SessionDriver, timeline: Timeline, images_dir: Path,
                 parent: QWidget | None = None, *, muted: bool = False,
                 routine_dir: Path | None = None) -> None:
        """``routine_dir``: the routine file's folder, where its own pictures may be."""
        super().__init__(parent)
        self.driver = driver
        self.timeline = timeline
        self.images_dir = images_dir
        self.routine_dir = routine_dir
        #: Asked before Esc stops a session; replaced in tests.
        self.confirm_stop: Callable[[], bool] = self._ask_stop
        self._muted = muted
        self._shown: int | None = None  # index of the segment whose static content is shown
        self._shown_state: tuple[State, str] | None = None  # and the state, with its hint
        self._display = driver.display
        self._banner = ""
        self._banner_segment: int | None = None
        self._flashing: list[QWidget] = []
        self._flash_timer = self._single_shot(FLASH_MS, self._end_flash)
        self._banner_timer = self._single_shot(BANNER_MS, self._end_banner)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Player"))
        self._build(find_pictures(timeline, images_dir, routine_dir))
        self._bind_keys()
        driver.happened.connect(self._on_event)
        driver.displayed.connect(self._render)
        self._render(driver.display)

    # --- construction ---------------------------------------------------------------------

    def _single_shot(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _build(self, pictures: dict[str, Picture]) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        driver = self.driver
        controls = PlayerControls(back=driver.back, toggle=self.toggle, skip=driver.skip,
                                  restart=driver.restart_step, mute=self.toggle_mute,
                                  fullscreen=self.toggle_fullscreen,
                                  mini=self.miniRequested.emit, stop=self.request_stop,
                                  muted=self._muted)
        self.session_page = SessionPage(StepBody(pictures), controls)
        self.finish_page = FinishPage(self.timeline.name)
        self.finish_page.again_button.clicked.connect(self.restartRequested.emit)
        self.finish_page.done_button.clicked.connect(self.closed.emit)
        # The finish page keeps the room its rows need and scrolls in a small window at large
        # text, instead of squeezing the rating's note field and buttons into slivers.
        self.finish_scroll = QScrollArea()
        self.finish_scroll.setWidget(self.finish_page)
        self.finish_scroll.setWidgetResizable(True)
        self.finish_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.finish_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.session_page)
        self.stack.addWidget(self.finish_scroll)

    def _bind_keys(self) -> None:
        keys: list[tuple[Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Right, self.driver.skip),
            (Qt.Key.Key_Left, self.driver.back),
            (Qt.Key.Key_R, self.driver.restart_step),
            (Qt.Key.Key_Escape, self.request_stop),
            (Qt.Key.Key_M, self.toggle_mute),
            (Qt.Key.Key_F11, self.toggle_fullscreen),
        ]
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # The parts the window reaches for.

    @property
    def picture(self) -> PictureView:
        return self.session_page.body.picture

    @property
    def rating_area(self) -> QWidget:
        """Where the window puts the "how do the calves feel" rating."""
        return self.finish_page.rating_area

    @property
    def done_stat(self) -> Stat:
        return self.finish_page.done_stat

    # --- commands ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space pauses and resumes, wherever the focus is in the player (the control
        buttons pass it on; Enter presses them)."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle(self) -> None:
        if not self.driver.state.over:
            self.driver.toggle()

    def request_stop(self) -> None:
        """Esc: stop after confirmation (paused meanwhile); with nothing running, close."""
        state = self.driver.state
        if state.over or state is State.READY:
            self.closed.emit()
            return
        was_running = state is State.RUNNING
        if was_running:
            self.driver.pause()
        if self.confirm_stop():
            self.driver.stop()
        elif was_running:
            self.driver.resume()

    def _ask_stop(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Stop the routine?"),
                          tr("Stop now? The steps done so far are kept."), parent=self)
        stop = box.addButton(tr("Stop"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)
        self.muteToggled.emit(self._muted)

    def set_muted(self, muted: bool) -> None:
        """Show the mute state the window decided on (emits nothing)."""
        self._muted = muted
        self.session_page.controls.show_muted(muted)

    @property
    def muted(self) -> bool:
        return self._muted

    def toggle_fullscreen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    # --- what is shown ----------------------------------------------------------------------

    def _render(self, shown: Display) -> None:
        """Show ``shown``; what did not change since the last one is not touched."""
        self._display = shown
        page = self.session_page
        if (shown.state, shown.overlay_hint) != self._shown_state:
            self._shown_state = (shown.state, shown.overlay_hint)
            if not shown.over:
                self.stack.setCurrentWidget(page)
            page.controls.show_state(shown.state)
            page.show_overlay(shown)
        if shown.finish is not None:
            if self.stack.currentWidget() is not self.finish_scroll:
                self._show_finish(shown.finish)
            return
        step = shown.step
        if step is None:
            return
        new_step = step.index != self._shown
        if new_step:
            self._shown = step.index
            page.show_step(step)
        rewrapped = page.show_moment(shown, self._cue_text())
        if new_step or rewrapped:
            self._fit_height()  # a new title, side or next step takes other room

    def _cue_text(self) -> str:
        """The banner, or else the tempo word or the pace."""
        step = self._display.step
        if step is not None and self._banner_segment != step.index:
            self._banner = ""  # a banner belongs to the segment whose event raised it
        return self._banner or self._display.phase or self._display.pace

    # --- visual twins of the cues -----------------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        """A pulse or a banner for what was heard; the display that follows shows the rest."""
        countdown, cue = self.session_page.countdown_label, self.session_page.cue_label
        match event:
            case Countdown():
                self._flash(countdown)
            case Halfway():
                self._show_banner(tr("Halfway"), event)
                self._flash(countdown)
            case RepPhaseStarted() | MetronomeBeat():
                self._flash(cue)
            case StepStarted(segment=seg):
                if seg is None or seg.reps is None:
                    self._show_banner(tr("Go"), event)
                self._flash(countdown)
            case SwitchSides():
                self._show_banner(tr("Switch sides"), event)
                self._flash(countdown)
            case RestStarted():
                self._show_banner(tr("Rest"), event)
            case LeadInStarted():
                self._show_banner(tr("Get ready"), event)
            case RoutineFinished() | RoutineStopped() | Suspended():
                pass  # the finish screen, or "The computer slept": the display says so
            case StepFinished() | Paused() | Resumed():
                pass  # nothing of its own to see
            case _:  # pragma: no cover - a type error: every kind is handled above
                assert_never(event)

    def _flash(self, widget: QWidget) -> None:
        if widget not in self._flashing:
            self._flashing.append(widget)
        set_props(widget, flash="on")
        self._flash_timer.start()

    def _end_flash(self) -> None:
        for widget in self._flashing:
            set_props(widget, flash="off")
        self._flashing.clear()

    def _show_banner(self, text: str, event: SessionEvent) -> None:
        """Raise ``text`` under the countdown; the display that follows the event shows it."""
        self._banner = text
        self._banner_segment = event.segment.index if event.segment is not None else None
        self._banner_timer.start()

    def _end_banner(self) -> None:
        self._banner = ""
        self.session_page.show_cue(self._cue_text())

    @property
    def banner(self) -> str:
        """The transient cue text under the countdown ("Halfway"...), empty when none."""
        return self._banner

    def _show_finish(self, finish: FinishDisplay) -> None:
        self.finish_page.show_finish(finish)
        self._end_flash()
        self._banner_timer.stop()
        self._banner = ""
        self.stack.setCurrentWidget(self.finish_scroll)
        self.finish_page.done_button.setFocus()

    # --- scale --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # the step may have changed while hidden
        if self.stack.currentWidget() is self.session_page:
            self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _fit_height(self) -> None:
        if not self.isVisible():
            return  # sized when shown
        self.session_page.fit(max(self.height(), 1), max(self.width(), 1), text_scale())

    def _scale_fonts(self) -> None:
        """Type sized to the window, so the number reads from across the room at any size."""
        h = max(self.height(), 1)
        s = text_scale()
        self.session_page.scale_fonts(h, s)
        self.finish_page.scale_fonts(h, s)
        self._fit_height()
