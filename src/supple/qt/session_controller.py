"""One routine's session, from its start to the finish screen's Done.

The main window keeps one :class:`SessionController` while a routine is on screen and asks it
simple questions (:attr:`SessionController.under_way`); everything that lives exactly as long as
the session (the engine, the driver, the player, the calf rating, the mini view) is made, wired
and taken down here. What outlives a session is handed in: the history recorder (a write the
disk refused waits in it, to be retried and asked about before quitting) and the screensaver
inhibitor (its D-Bus set-up is done once, not per routine).

Imported when the first routine starts, like the engine and the player it brings in: none of
them is needed to paint the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QMainWindow

from supple.core.history.model import HistoryError, StepStatus
from supple.core.session.engine import SessionEngine, State
from supple.core.session.events import Event, RoutineFinished, RoutineStopped
from supple.core.session.timeline import Timeline, plan
from supple.core.wording import WEEKDAY_DAY_MONTH_CLOCK, date_text
from supple.qt.driver import SessionDriver
from supple.qt.i18n import tr
from supple.qt.player.rating import RatingView
from supple.qt.player.view import PlayerView

if TYPE_CHECKING:
    from supple.core.history.model import SessionRecord
    from supple.core.history.recorder import SessionRecorder
    from supple.core.history.store import HistoryStore
    from supple.core.library.catalog import Catalog
    from supple.core.routines.loader import LoadedRoutine
    from supple.core.session.clock import Clock
    from supple.core.session.cue_port import CuePlayer
    from supple.core.settings import Settings
    from supple.qt.platform.screensaver import ScreenSaverInhibitor
    from supple.qt.player.mini import MiniView
    from supple.qt.widgets.notice_bar import NoticeAction


@dataclass(frozen=True)
class SessionParts:
    """What a session uses from the window's world; the window owns every one of them."""

    clock: Clock
    cues: CuePlayer
    history: HistoryStore | None  # where an interrupted session's earlier steps are read
    recorder: SessionRecorder
    screensaver: ScreenSaverInhibitor
    images_dir: Path


class SessionController(QObject):
    """The life of one session: start (or resume), the player, the rating, the mini view, end.

    Made by :meth:`prepare`, put on screen by the window (its :attr:`player`), started by
    :meth:`start`, left by :meth:`end` and deleted by :meth:`dispose`.
    """

    #: The player was closed (Done on the finish screen, or Escape): back to the library.
    closed = Signal()
    #: "Again" on the finish screen: the window starts :attr:`loaded` anew.
    restartRequested = Signal()
    #: The player's mute button; the window owns the settings.
    muteToggled = Signal(bool)
    #: The clock has started: the sound was ready, or the bounded wait for it ran out.
    started = Signal()

    def __init__(self, loaded: LoadedRoutine, timeline: Timeline, parts: SessionParts,
                 window: QMainWindow, *, muted: bool, voice: bool, at_segment: int = 0,
                 earlier: dict[int, bool] | None = None, active_before: float = 0.0) -> None:
        super().__init__(window)
        self.loaded = loaded
        self._parts = parts
        self._window = window
        self._at_segment = at_segment
        self._earlier = earlier or {}
        self._active_before = active_before  # what an interrupted session had already done
        self.driver = SessionDriver(SessionEngine(timeline, parts.clock), parts.cues, self,
                                    voice=voice)
        self.driver.happened.connect(self._on_event)
        self.player = PlayerView(self.driver, timeline, parts.images_dir, muted=muted,
                                 routine_dir=loaded.path.parent)
        self.player.closed.connect(self.closed)
        self.player.restartRequested.connect(self.restartRequested)
        self.player.muteToggled.connect(self.muteToggled)
        self.player.miniRequested.connect(self.show_mini)
        self.rating = self._add_rating(self.player)
        self._rating_settled = False
        self.mini: MiniView | None = None
        self._state_before_mini = Qt.WindowState.WindowNoState

    @classmethod
    def prepare(cls, loaded: LoadedRoutine, settings: Settings, parts: SessionParts,
                window: QMainWindow, *, pain_before: int | None = None,
                resume: SessionRecord | None = None) -> SessionController | None:
        """Plan ``loaded`` with the app's settings, ready the cues, open the history record
        and build the player; None if the interrupted session ``resume`` has nothing left."""
        timeline = plan(loaded.routine, settings.cues, settings.lead_in,
                        cadence=settings.cadence)
        cues = parts.cues
        cues.set_volume(settings.volume)
        cues.set_muted(settings.muted)
        if settings.cues.voice:
            cues.prepare_speech(timeline.phrases())
        if resume is None:
            parts.recorder.begin(loaded, timeline, pain_before)
            return cls(loaded, timeline, parts, window, muted=settings.muted,
                       voice=settings.cues.voice)
        at_segment = timeline.resume_from(resume.resume_position)
        if at_segment is None:  # nothing left to do
            return None
        earlier = _earlier_steps(parts.history, resume, timeline)
        parts.recorder.resume(resume.uuid, timeline)
        return cls(loaded, timeline, parts, window, muted=settings.muted,
                   voice=settings.cues.voice, at_segment=at_segment, earlier=earlier,
                   active_before=resume.active_seconds)

    # --- questions the window asks -----------------------------------------------------------

    @property
    def under_way(self) -> bool:
        """Started and not over (running or paused): another routine must wait, quitting asks,
        and the heartbeat says the session is alive."""
        return self.driver.state.under_way

    # --- the session's life ------------------------------------------------------------------

    def start(self) -> None:
        """Set the clock going once the player is on screen and the sound can keep up: the
        cue player calls back when its stream is warm and the first phrases are rendered, or
        when its bounded wait for them runs out (:meth:`CuePlayer.when_ready`). A session
        ended before then never starts."""
        self._parts.screensaver.watch(self.driver)
        driver = self.driver

        def go() -> None:
            if driver.state is State.READY:  # not ended meanwhile
                driver.start(self._at_segment, self._earlier, self._active_before)
                self.started.emit()

        self._parts.cues.when_ready(go)

    def end(self) -> None:
        """Leave the session (Done, another routine, quitting): a rating chosen on the finish
        screen but not saved is kept, a routine still under way is stopped, the screen may rest
        and the mini view closes. The player is hidden, not deleted: see :meth:`dispose`."""
        self._keep_unsaved_rating()
        if not self.driver.state.over:
            self.driver.stop()
        self._parts.screensaver.unwatch()
        self._close_mini()
        self.player.hide()

    def dispose(self) -> None:
        """Delete the player, the driver and this controller, later (never from within a
        close event: that crashed PySide6 on the next pass of the event loop)."""
        self.player.deleteLater()
        self.deleteLater()  # the driver is a child

    # --- what happens during the session -------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        self._parts.recorder.handle(event, self.driver.engine.active_seconds())
        # Only the ends matter here: no exhaustive dispatch (the recorder and the player
        # handle the rest), so no assert_never.
        match event:
            case RoutineFinished() | RoutineStopped():
                # The rating first, not "Done"; tied to the view, so a closed player cannot
                # crash it.
                QTimer.singleShot(0, self.rating, self.rating.focus_scale)
            case _:
                pass

    def _add_rating(self, player: PlayerView) -> RatingView:
        """The calf rating goes into the finish screen's place for it."""
        layout = player.rating_area.layout()
        assert isinstance(layout, QBoxLayout)
        rating = RatingView()
        rating.setMaximumWidth(720)
        rating.rated.connect(self._rated)
        layout.addWidget(rating, 0, Qt.AlignmentFlag.AlignHCenter)
        return rating

    def _rated(self, pain: int | None, tightness: int | None, note: str) -> None:
        self._parts.recorder.rate_split(pain, tightness, note or None)

    def _keep_unsaved_rating(self) -> None:
        """A rating chosen on the finish screen but not saved is kept, once."""
        if self._rating_settled:
            return
        self._rating_settled = True
        unsaved = self.rating.unsaved()
        if unsaved is not None:
            self._rated(*unsaved)

    # --- the mini view -------------------------------------------------------------------------

    def show_mini(self) -> None:
        """The small always-on-top view instead of the window, which is minimized."""
        from supple.qt.player.mini import MiniView

        if self.mini is not None:
            return
        self.mini = MiniView(self.driver)
        self.mini.restoreRequested.connect(self._restore_from_mini)
        self._state_before_mini = self._window.windowState()
        self.mini.show()
        self._window.showMinimized()

    def _close_mini(self) -> None:
        if self.mini is not None:
            self.mini.close()
            self.mini = None

    def _restore_from_mini(self) -> None:
        self._close_mini()
        # Back to how it was: full screen stays full screen.
        window = self._window
        window.setWindowState(self._state_before_mini & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.activateWindow()


def _earlier_steps(store: HistoryStore | None, record: SessionRecord,
                   timeline: Timeline) -> dict[int, bool]:
    """How the steps of an interrupted session went: segment index -> skipped?"""
    if store is None:
        return {}
    try:
        steps = store.steps(record.uuid)
    except HistoryError:
        return {}
    work = timeline.work_segments
    return {work[s.position].index: s.status is StepStatus.SKIPPED
            for s in steps if 0 <= s.position < len(work)}


def resumable_routine(record: SessionRecord, catalog: Catalog) -> LoadedRoutine | None:
    """The routine of the interrupted session ``record`` as its file is now, if it is still the
    same routine and has something left to do."""
    from supple.core.library.catalog import load_card

    card = catalog.find(record.routine_id)
    loaded = load_card(card)[0] if card is not None else None
    if loaded is None or loaded.fingerprint != record.fingerprint:
        return None
    return loaded if plan(loaded.routine).resume_from(record.resume_position) is not None \
        else None


def resume_offer(record: SessionRecord, catalog: Catalog, history: HistoryStore | None,
                 resume: Callable[[], None]) -> tuple[str, list[NoticeAction]]:
    """The notice offering to go on with the interrupted session ``record`` (by calling
    ``resume``) when its routine allows it, or to keep it in the history as it is."""
    when = date_text(record.started_at, WEEKDAY_DAY_MONTH_CLOCK)
    text = tr("Your session of {routine} ({when}) was interrupted: {done} of %n step(s) done.",
              None, record.steps_total).format(routine=record.routine_name, when=when,
                                               done=record.steps_done)

    def keep() -> None:
        if history is not None:
            history.resolve_interrupted(record.uuid, keep=True)

    actions: list[NoticeAction] = []
    if resumable_routine(record, catalog) is not None:
        actions.append((tr("Resume"), resume))
    actions.append((tr("Keep as it is"), keep))
    return text, actions
