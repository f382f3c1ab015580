"""The main window: the library, the player for the routine under way, notices, and menus.

This is the one place where the parts meet: it builds an engine, a driver and a player view for
each routine started, connects the recorder and the cue player to the driver, and owns settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import Catalog, RoutineCard, load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.settings import Settings, save_settings
from supple.qt.library.view import LibraryView
from supple.qt.player.rating import RatingView
from supple.qt.theme import apply_theme
from supple.qt.widgets.notice_bar import NoticeAction, NoticeBar

if TYPE_CHECKING:
    # Imported where first needed instead: the routine model, the engine and the player are
    # not needed to paint the library, and importing them would delay it.
    from supple.core.history.model import SessionRecord
    from supple.core.history.recorder import SessionRecorder
    from supple.core.history.store import HistoryStore
    from supple.core.routines.drafts import DraftStore
    from supple.core.routines.loader import LoadedRoutine
    from supple.core.session.clock import Clock
    from supple.core.session.cue_port import CuePlayer
    from supple.core.session.events import Event
    from supple.core.session.timeline import Timeline
    from supple.qt.driver import SessionDriver
    from supple.qt.platform.screensaver import ScreenSaverInhibitor
    from supple.qt.player.mini import MiniView
    from supple.qt.player.view import PlayerView

HEARTBEAT_MS = 60_000


class UnsavedHistory(Enum):
    """What to do when quitting while some of the history is held in memory only."""

    TRY_AGAIN = "try again"
    QUIT = "quit"
    STAY = "stay"


@dataclass
class Services:
    """What the window needs from the outside world, wired once at start-up (see app.py)."""

    paths: AppPaths
    clock: Clock
    cues: CuePlayer
    history: HistoryStore | None  # None when the history cannot be opened at all
    open_recorder: Callable[[], SessionRecorder]
    voice_reason: str | None  # why speech is unavailable, or None


class _Bridge(QObject):
    """Carries messages from worker threads to the GUI thread."""

    message = Signal(str)


class MainWindow(QMainWindow):
    routineStarted = Signal()  # a routine (or a resumed session) has just started
    def __init__(self, services: Services, settings: Settings, catalog: Catalog,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.catalog = catalog
        self.setWindowTitle("Supple")
        self.resize(1100, 720)
        self.setMinimumSize(560, 420)
        self.notices = NoticeBar()
        self._bridge = _Bridge(self)
        self._bridge.message.connect(self.notices.show_notice)
        self.library_view = LibraryView(catalog, self._last_done(), images_dir())
        self.library_view.startRequested.connect(self.start_card)
        self.library_view.editRequested.connect(self.edit_routine)
        self.library_view.newRequested.connect(self.new_routine)
        self.library_view.fileEditRequested.connect(self.open_editor)
        self.editors: dict[Path, QWidget] = {}
        self._drafts: DraftStore | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()

        self.player: PlayerView | None = None
        self.driver: SessionDriver | None = None
        self.recorder: SessionRecorder | None = None
        self.mini: MiniView | None = None
        self.screensaver: ScreenSaverInhibitor | None = None
        self.history_window: QWidget | None = None
        self.rating: RatingView | None = None
        self._state_before_mini = Qt.WindowState.WindowNoState
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        #: Asked before quitting during a routine; replaceable (tests answer without a dialog).
        self.confirm_quit: Callable[[], bool] = self._ask_quit
        #: Asked before quitting while the disk refuses part of the history; replaceable.
        self.ask_unsaved_history: Callable[[int | None], UnsavedHistory] = (
            self._ask_unsaved_history)

    # --- menus and toolbar ------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar("Main")
        self.toolbar = bar
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.library_action = self._action("Library", "Ctrl+L", self.show_library, bar)
        self.history_action = self._action("History", "Ctrl+H", self.show_history, bar)
        # An explicit key: the platform's "Preferences" binding is empty on many desktops.
        self.settings_action = self._action("Settings", "Ctrl+,", self.show_settings, bar)
        self._action("Reload routines", "F5", self.reload_library, bar)
        self._action("Open my routines folder", "Ctrl+Shift+O", self.open_routines_folder, bar)
        find = QAction("Find", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.library_view.focus_search)
        self.addAction(find)
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: Callable[[], object], bar: QToolBar) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    # --- library ----------------------------------------------------------------------------

    def _last_done(self) -> dict[str, datetime]:
        store = self.services.history
        if store is None:
            return {}
        try:
            return store.last_done_by_routine()
        except Exception as exc:  # a history problem must never hide the library
            self.notices.show_notice(f"History could not be read: {exc}")
            return {}

    def attach_history(self, store: HistoryStore) -> None:
        """The history opened after the window was shown: fill in when routines were done."""
        self.services.history = store
        self.library_view.set_library(self.catalog, self._last_done())

    def reload_library(self) -> None:
        paths = self.services.paths
        self.catalog = scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)
        self.library_view.set_library(self.catalog, self._last_done())

    def _load(self, card: RoutineCard) -> LoadedRoutine | None:
        """The routine behind ``card`` as its file is now; None, with a notice, if it no longer
        loads (it was changed or removed since the library was read)."""
        loaded, problems = load_card(card)
        if loaded is None:
            first = str(problems[0]) if problems else "it could not be read"
            self.notices.show_notice(f"{card.name} could not be started: {first}")
            self.reload_library()
        return loaded

    def start_card(self, card: RoutineCard) -> None:
        """Start the routine the library shows as ``card``."""
        if self.driver is not None and not self.driver.state.over:
            self.notices.show_notice("A routine is under way: finish or stop it first.")
            return
        loaded = self._load(card)
        if loaded is not None:
            self.start_routine(loaded)

    def edit_routine(self, card: RoutineCard) -> None:
        """Edit the user's routine; for a built-in one, the user's own copy, which is written
        (and then replaces the built-in) only when a change is saved."""
        if not card.builtin:
            self.open_editor(card.path)
            return
        copy = self.services.paths.routines / card.path.name
        if copy.exists():  # an earlier copy: it may hold the user's changes
            self.open_editor(copy)
            return
        try:
            text = card.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.notices.show_notice(f"Could not read {card.path.name}: {exc}")
            return
        from supple.core.routines.files import customized_copy

        self.open_editor(copy, start_text=customized_copy(text))

    def new_routine(self) -> None:
        from supple.core.routines.files import new_routine_path

        builtin_ids = [c.id for c in self.catalog.cards if c.builtin]
        self.open_editor(new_routine_path(self.services.paths.routines, "My routine",
                                          reserved=builtin_ids))

    @property
    def drafts(self) -> DraftStore:
        """Where the editors keep unsaved work; opened with the first editor."""
        if self._drafts is None:
            from supple.core.routines.drafts import DraftStore

            self._drafts = DraftStore(self.services.paths.data / "drafts")
        return self._drafts

    def open_editor(self, path: Path, start_text: str | None = None) -> None:
        from supple.qt.editor.window import RoutineEditor

        key = path.resolve()
        editor = self.editors.get(key)
        if editor is not None and not editor.isVisible():
            # Closed earlier: a closed editor has stopped autosaving and may hold text that
            # was discarded, so open the file afresh.
            editor.deleteLater()
            editor = None
        if editor is None:
            editor = RoutineEditor(path, self.drafts, images_dir(), self,
                                   start_text=start_text)
            editor.saved.connect(lambda _path: self.reload_library())
            self.editors[key] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def open_routines_folder(self) -> None:
        folder = self.services.paths.routines
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_library(self) -> None:
        if self.player is not None and self.driver is not None and not self.driver.state.over:
            self.stack.setCurrentWidget(self.player)
            return
        self.stack.setCurrentWidget(self.library_view)
        self.library_view.tree.setFocus()

    # --- a routine --------------------------------------------------------------------------

    def start_routine(self, loaded: LoadedRoutine, *, resume: SessionRecord | None = None) -> None:
        """Start ``loaded``, or go on with the interrupted session ``resume`` of it."""
        from supple.core.session.engine import SessionEngine
        from supple.core.session.timeline import plan
        from supple.qt.driver import SessionDriver
        from supple.qt.player.view import PlayerView

        if self.driver is not None and not self.driver.state.over:
            self.notices.show_notice("A routine is under way: finish or stop it first.")
            if resume is not None:
                self.offer_resume(resume)  # keep the offer
            return
        self._end_session()
        s = self.settings
        timeline = plan(loaded.routine, s.cues, s.lead_in)
        cues = self.services.cues
        cues.set_volume(s.volume)
        cues.set_muted(s.muted)
        if s.cues.voice:
            cues.prepare_speech(timeline.phrases())
        at_segment = 0
        resume_uuid, active_before = None, 0.0
        earlier: dict[int, bool] = {}
        if resume is not None:
            found = timeline.resume_from(resume.resume_position)
            if found is None:  # nothing left to do
                return
            at_segment, resume_uuid, active_before = found, resume.uuid, resume.active_seconds
            earlier = self._earlier_steps(resume, timeline)
        engine = SessionEngine(timeline, self.services.clock)
        self.driver = SessionDriver(engine, cues, self, voice=s.cues.voice)
        if self.recorder is None:  # one for the app's life: writes a full disk refused wait in it
            self.recorder = self.services.open_recorder()
        if resume_uuid is not None:
            self.recorder.resume(resume_uuid, timeline, active_before)
        else:
            self.recorder.begin(loaded, timeline, self.library_view.pain_before())
        self.driver.happened.connect(self._on_event)
        self.player = PlayerView(self.driver, timeline, images_dir(), muted=s.muted,
                                 routine_dir=loaded.path.parent)
        self.player.closed.connect(self.close_player)
        self.player.restartRequested.connect(lambda: self.start_routine(loaded))
        self.player.muteToggled.connect(self.set_muted)
        self.player.miniRequested.connect(self.show_mini)
        self._add_rating(self.player)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self.player.setFocus()
        self._screensaver().watch(self.driver)
        self.driver.start(at_segment, earlier)
        self.routineStarted.emit()

    def _earlier_steps(self, record: SessionRecord, timeline: Timeline) -> dict[int, bool]:
        """How the steps of an interrupted session went: segment index -> skipped?"""
        from supple.core.history.model import HistoryError, StepStatus

        store = self.services.history
        if store is None:
            return {}
        try:
            steps = store.steps(record.uuid)
        except HistoryError:
            return {}
        work = timeline.work_segments
        return {work[s.position].index: s.status is StepStatus.SKIPPED
                for s in steps if 0 <= s.position < len(work)}

    def _screensaver(self) -> ScreenSaverInhibitor:
        """Made at the first routine, so a slow session bus never delays start-up."""
        if self.screensaver is None:
            from supple.qt.platform.screensaver import ScreenSaverInhibitor

            self.screensaver = ScreenSaverInhibitor(parent=self)
        return self.screensaver

    def _add_rating(self, player: PlayerView) -> None:
        """The calf rating goes into the finish screen's place for it."""
        layout = player.rating_area.layout()
        assert isinstance(layout, QBoxLayout)
        rating = RatingView()
        self.rating = rating
        rating.setMaximumWidth(720)
        rating.rated.connect(self._rated)
        layout.addWidget(rating, 0, Qt.AlignmentFlag.AlignHCenter)

    def _rated(self, pain_after: int | None, note: str) -> None:
        if self.recorder is not None:
            self.recorder.rate(None, pain_after, note or None)

    def _on_event(self, event: Event) -> None:
        from supple.core.session.events import RoutineFinished, RoutineStopped

        if self.recorder is not None and self.driver is not None:
            self.recorder.handle(event, self.driver.engine.active_seconds())
        if isinstance(event, RoutineFinished | RoutineStopped) and self.rating is not None:
            # The rating first, not "Done"; tied to the view, so a closed player cannot crash it.
            QTimer.singleShot(0, self.rating, self.rating.focus_scale)

    def _beat(self) -> None:
        """Every minute: mark the live session alive, and retry history writes a full or
        read-only disk refused."""
        if self.recorder is not None:
            if self.driver is not None and not self.driver.state.over:
                self.recorder.heartbeat()
            self.recorder.flush()

    def _keep_unsaved_rating(self) -> None:
        """A rating chosen on the finish screen but not saved (Done, or quitting) is kept."""
        unsaved = self.rating.unsaved() if self.rating is not None else None
        if unsaved is not None:
            self._rated(*unsaved)
        self.rating = None

    def close_player(self) -> None:
        self._keep_unsaved_rating()
        self._end_session()
        if self.recorder is not None:
            self.recorder.drain()  # a few ms: so "last done" below includes this session
        self.reload_library()
        self.stack.setCurrentWidget(self.library_view)

    def _end_session(self, *, dispose: bool = True) -> list[QObject]:
        """Stop the routine under way and take its player down; without ``dispose`` the
        player and driver are not deleted but returned, for the caller to see to."""
        if self.driver is not None and not self.driver.state.over:
            self.driver.stop()
        if self.screensaver is not None:
            self.screensaver.unwatch()
        if self.mini is not None:
            self.mini.close()
            self.mini = None
        left: list[QObject] = [obj for obj in (self.driver, self.player) if obj is not None]
        if self.player is not None:
            self.stack.removeWidget(self.player)
            self.player.hide()
        self.player = None
        self.driver = None
        if dispose:
            for obj in left:
                obj.deleteLater()
            return []
        return left

    def show_mini(self) -> None:
        from supple.qt.player.mini import MiniView

        if self.driver is None or self.mini is not None:
            return
        self.mini = MiniView(self.driver)
        self.mini.restoreRequested.connect(self._restore_from_mini)
        self._state_before_mini = self.windowState()
        self.mini.show()
        self.showMinimized()

    def _restore_from_mini(self) -> None:
        if self.mini is not None:
            self.mini.close()
            self.mini = None
        # Back to how it was: full screen stays full screen.
        self.setWindowState(self._state_before_mini & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.activateWindow()

    def set_muted(self, muted: bool) -> None:
        self.settings = self.settings.changed(muted=muted)
        self.services.cues.set_muted(muted)
        self._save_settings()

    # --- history, settings, interrupted sessions ------------------------------------------

    def show_history(self) -> None:
        try:
            from supple.qt.history.window import HistoryWindow
        except ImportError:
            self.notices.show_notice("The history window is not available in this build.")
            return
        if self.services.history is None:
            self.notices.show_notice("The history could not be opened.")
            return
        old = self.history_window
        if old is not None and old.isVisible():
            old.raise_()
            old.activateWindow()
            return
        if old is not None:  # closed earlier: read the history afresh
            old.deleteLater()
        self.history_window = HistoryWindow(self.services.history, self)
        self.history_window.show()

    def show_settings(self) -> None:
        from supple.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.services.voice_reason, self)
        if dialog.exec():
            self.settings = dialog.result_settings()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme, self.settings.text_scale)
            self.services.cues.set_volume(self.settings.volume)
            self.services.cues.set_muted(self.settings.muted)
            self._save_settings()

    def _save_settings(self) -> None:
        problem = save_settings(self.services.paths.settings_file, self.settings)
        if problem:
            self.notices.show_notice(problem)

    def _resumable(self, record: SessionRecord) -> LoadedRoutine | None:
        """The routine of an interrupted session as its file is now, if it is still the same
        routine and has something left to do."""
        from supple.core.session.timeline import plan

        card = self.catalog.find(record.routine_id)
        loaded = load_card(card)[0] if card is not None else None
        if loaded is None or loaded.fingerprint != record.fingerprint:
            return None
        return loaded if plan(loaded.routine).resume_from(record.resume_position) is not None \
            else None

    def _resume(self, record: SessionRecord) -> None:
        loaded = self._resumable(record)  # read again: the file may have changed since
        if loaded is None:
            self.notices.show_notice(f"{record.routine_name} has changed since, so that "
                                     "session cannot be resumed; start it afresh instead.")
            return
        self.start_routine(loaded, resume=record)

    def offer_resume(self, record: SessionRecord) -> None:
        when = record.started_at.strftime("%a %-d %b, %H:%M")
        plural = "s" if record.steps_total != 1 else ""
        done = f"{record.steps_done} of {record.steps_total} step{plural} done"
        text = f"Your session of {record.routine_name} ({when}) was interrupted: {done}."
        store = self.services.history

        def keep() -> None:
            if store is not None:
                store.resolve_interrupted(record.uuid, keep=True)

        actions: list[NoticeAction] = []
        if self._resumable(record) is not None:
            actions.append(("Resume", lambda: self._resume(record)))
        actions.append(("Keep as it is", keep))
        self.notices.show_notice(text, actions)

    def _ask_quit(self) -> bool:
        answer = QMessageBox.question(self, "Stop the routine?",
                                      "A routine is under way. Stop it and quit?")
        return answer == QMessageBox.StandardButton.Yes

    def notify(self, text: str) -> None:
        """Thread-safe: show ``text`` in the notice bar."""
        self._bridge.message.emit(text)

    def changeEvent(self, event: QEvent) -> None:
        """Full screen is for following a routine from afar: only the player shows."""
        if event.type() == QEvent.Type.WindowStateChange:
            full = bool(self.windowState() & Qt.WindowState.WindowFullScreen)
            self.toolbar.setVisible(not full)
            self.notices.setVisible(not full and self.notices.has_news())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self.driver is not None and self.driver.state.under_way
        if running and not self.confirm_quit():
            event.ignore()
            return
        for editor in list(self.editors.values()):
            if editor.isVisible() and not editor.close():  # it asks about unsaved changes
                event.ignore()
                return
        self._keep_unsaved_rating()
        # The player goes with the window: deleting it from within this close event crashed
        # PySide6 on the next pass of the event loop.
        left = self._end_session(dispose=False)
        if not self._history_saved_or_given_up():
            # Staying after all: the session is over; what it left is deleted once this close
            # event is done, and the library says what was just done.
            for obj in left:
                QTimer.singleShot(0, obj.deleteLater)
            self.reload_library()
            self.show_library()
            event.ignore()
            return
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        event.accept()

    def _history_saved_or_given_up(self) -> bool:
        """Before quitting: True once nothing recorded is held in memory only (the disk
        refused it), or when the user chooses to quit all the same."""
        while self.recorder is not None:
            held = self.recorder.unsaved()
            if held == 0:
                return True
            answer = self.ask_unsaved_history(held)
            if answer is not UnsavedHistory.TRY_AGAIN:
                return answer is UnsavedHistory.QUIT
        return True

    def _ask_unsaved_history(self, held: int | None) -> UnsavedHistory:
        what = {None: "Part of your history could not be written to disk and is",
                1: "1 change to your history could not be written to disk and is"}.get(
            held, f"{held} changes to your history could not be written to disk and are")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("History not saved")
        box.setText(f"{what} kept in memory only.")
        box.setInformativeText(
            f"The disk may be full or read-only ({self.services.paths.history_db}). Free some "
            "space and try again, or quit and lose these changes.")
        again = box.addButton("Try again", QMessageBox.ButtonRole.AcceptRole)
        lose = box.addButton("Quit without saving", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(again)
        box.exec()
        clicked = box.clickedButton()
        if clicked is again:
            return UnsavedHistory.TRY_AGAIN
        return UnsavedHistory.QUIT if clicked is lose else UnsavedHistory.STAY
