"""The main window: the library, the player for the routine under way, notices, and menus.

It owns the settings, the notices and the history window; the routine files (editors, new,
delete, the folder) are ``routine_files``'s, Today's side ``today_controller``'s, the calf
test's and sharing's their controllers'. A routine's whole session
(engine, driver, player, rating, mini view) is one ``SessionController``, made when the routine
starts; its module, like the engine and the player it brings in, is imported only then, since
none of them is needed to paint the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import Catalog, RoutineCard, load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.settings import Settings, save_settings
from supple.qt.calftest_controller import CalfTestController
from supple.qt.i18n import tr
from supple.qt.library.view import LibraryView
from supple.qt.routine_files import RoutineFiles
from supple.qt.sharing_controller import SharingController
from supple.qt.theme import apply_theme
from supple.qt.today_controller import TodayController
from supple.qt.unsaved_history import UnsavedHistory, ask_unsaved_history, saved_or_given_up
from supple.qt.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    # Imported where first needed instead: the routine model, the engine and the player are
    # not needed to paint the library, and importing them would delay it. So are the Qt
    # classes used only later (the first use of each builds its Python type and enums).
    from PySide6.QtGui import QCloseEvent

    from supple.core.history.held import HeldWrites
    from supple.core.history.model import SessionRecord
    from supple.core.history.recorder import SessionRecorder
    from supple.core.history.store import HistoryStore
    from supple.core.routines.loader import LoadedRoutine
    from supple.core.routines.model import Routine
    from supple.core.session.clock import Clock
    from supple.core.session.cue_port import CuePlayer
    from supple.qt.platform.screensaver import ScreenSaverInhibitor
    from supple.qt.session_controller import SessionController, SessionParts

HEARTBEAT_MS = 60_000
# untranslated: the toolbar's keys, in Qt's portable form
KEYS = {"today": "Ctrl+T", "library": "Ctrl+L", "history": "Ctrl+H", "settings": "Ctrl+,",
        "reload": "F5", "folder": "Ctrl+Shift+O"}


@dataclass
class Services:
    """What the window needs from the outside world, wired once at start-up (see app.py)."""

    paths: AppPaths
    clock: Clock
    cues: CuePlayer
    history: HistoryStore | None  # None when the history cannot be opened at all
    open_recorder: Callable[[], SessionRecorder]
    voice_reason: str | None  # why speech is unavailable, or None
    wall: Callable[[], datetime] = lambda: datetime.now().astimezone()  # the calendar's now


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
        self.setWindowTitle(tr("Supple"))
        self.resize(1100, 720)
        self.setMinimumSize(560, 420)
        self.notices = NoticeBar()
        self._bridge = _Bridge(self)
        self._bridge.message.connect(self.notices.show_notice)
        self.library_view = LibraryView(catalog, self._last_done(), images_dir())
        self.library_view.startRequested.connect(self.start_card)
        self.files = RoutineFiles(self)
        self.library_view.editRequested.connect(self.files.edit)
        self.library_view.newRequested.connect(self.files.new)
        self.library_view.deleteRequested.connect(self.files.delete)
        self.library_view.fileEditRequested.connect(self.files.open_editor)
        self.sharing = SharingController(services.paths, lambda: self.catalog, self.reload_library,
                                         self.library_view.select_routine, self.notify, self)
        self.library_view.exportRequested.connect(self.sharing.export)
        self.library_view.importRequested.connect(self.sharing.import_file)
        self.today = TodayController(services.paths, services.wall, lambda: self.catalog,
                                     self.notify, self)
        self.today.startRoutine.connect(self.start_routine)
        self.calf_tests = CalfTestController(
            services, self.today, self.notify,
            lambda: self.session is not None and self.session.under_way, self,
            lambda: self.history_window)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        if self.today.wanted:  # a programme under way: Today opens first
            self.stack.setCurrentWidget(self._today_page())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()

        #: The routine on screen (under way, or its finish screen), if any.
        self.session: SessionController | None = None
        # Made at the first routine and kept for the app's life, longer than any session: a
        # history write the disk refused waits in the recorder (retried by the heartbeat, asked
        # about before quitting), and the inhibitor's D-Bus set-up is done once.
        self.recorder: SessionRecorder | None = None
        #: Where a step tried from the editor is recorded: a store of its own, in a temporary
        #: folder, so trying never counts in the history or the streaks.
        self._practice: tuple[SessionRecorder, Path] | None = None
        self.screensaver: ScreenSaverInhibitor | None = None
        self.history_window: QWidget | None = None
        #: Where the routines folder is, shown when no file manager opened it.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        #: Asked before quitting during a routine; replaceable (tests answer without a dialog).
        self.confirm_quit: Callable[[], bool] = self._ask_quit
        #: Asked before quitting while part of the history is held in memory (what and why,
        #: or None if the history writer did not answer); replaceable.
        self.ask_unsaved_history: Callable[[HeldWrites | None], UnsavedHistory] = (
            self._ask_unsaved_history)

    # --- menus and toolbar ------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar(tr("Main", "the toolbar's name"))
        self.toolbar = bar
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.today_action = self._action(tr("Today"), KEYS["today"], self.show_today, bar)
        self.library_action = self._action(tr("Library"), KEYS["library"], self.show_library, bar)
        self.history_action = self._action(tr("History"), KEYS["history"], self.show_history, bar)
        self.calf_test_action = self._action(tr("Calf test…"), None, self.calf_tests.open, bar)
        # An explicit key: the platform's "Preferences" binding is empty on many desktops.
        self.settings_action = self._action(tr("Settings"), KEYS["settings"], self.show_settings,
                                            bar)
        self._action(tr("Reload routines"), KEYS["reload"], self.reload_library, bar)
        self._action(tr("Open my routines folder"), KEYS["folder"], self.files.open_folder, bar)
        find = QAction(tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.library_view.focus_search)
        self.addAction(find)
        quit_action = QAction(tr("Quit"), self)
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
            self.notices.show_notice(tr("History could not be read: {exc}").format(
                exc=exc))
            return {}

    def attach_history(self, store: HistoryStore) -> None:
        """The history opened after the window was shown: fill in when routines were done."""
        self.services.history = store
        self.library_view.set_library(self.catalog, self._last_done())
        self.today.attach(store)
        if self.today.wanted and self.session is None:
            self.show_today()

    def reload_library(self) -> None:
        paths = self.services.paths
        self.catalog = scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)
        self.library_view.set_library(self.catalog, self._last_done())

    def _load(self, card: RoutineCard) -> LoadedRoutine | None:
        """The routine behind ``card`` as its file is now; None, with a notice, if it no longer
        loads (it was changed or removed since the library was read)."""
        loaded, problems = load_card(card)
        if loaded is None:
            first = str(problems[0]) if problems else tr("it could not be read")
            self.notices.show_notice(tr("{name} could not be started: {first}").format(
                name=card.name, first=first))
            self.reload_library()
        return loaded

    def start_card(self, card: RoutineCard) -> None:
        """Start the routine the library shows as ``card``."""
        if self.session is not None and self.session.under_way:
            self.notices.show_notice(tr("A routine is under way: finish or stop it first."))
            return
        loaded = self._load(card)
        if loaded is not None:
            self.start_routine(loaded)

    def show_library(self) -> None:
        if self.session is not None and self.session.under_way:
            self.stack.setCurrentWidget(self.session.player)
            return
        self.stack.setCurrentWidget(self.library_view)
        self.library_view.tree.setFocus()

    def _today_page(self) -> QWidget:
        """The Today view, put in the stack the first time it is shown (made then, unless
        Today opens first: a start showing the library does without it)."""
        view = self.today.view
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        return view

    def show_today(self) -> None:
        if self.session is not None and self.session.under_way:
            self.stack.setCurrentWidget(self.session.player)
        else:
            self.stack.setCurrentWidget(self._today_page())

    # --- a routine --------------------------------------------------------------------------

    def try_routine(self, routine: Routine, path: Path) -> None:
        """Play ``routine`` (a step tried from the editor of ``path``) without recording it
        in the history."""
        from supple.core.routines.loader import LoadedRoutine

        loaded = LoadedRoutine(id=f"try-{path.stem}", path=path, routine=routine,
                               builtin=False, fingerprint="")
        self.start_routine(loaded, practice=True)
        self.raise_()
        self.activateWindow()

    def start_routine(self, loaded: LoadedRoutine, *, resume: SessionRecord | None = None,
                      practice: bool = False) -> bool:
        """Start ``loaded``, or go on with the interrupted session ``resume`` of it;
        ``practice``: a try, recorded apart from the history. True once the player has it: its
        clock starts when the sound is ready (``routineStarted``), which may be later; False
        when a routine under way refuses it or nothing is left to do."""
        from supple.qt.session_controller import SessionController

        if self.session is not None and self.session.under_way:
            self.notices.show_notice(tr("A routine is under way: finish or stop it first."))
            if resume is not None:
                self.offer_resume(resume)  # keep the offer
            return False
        self._leave_session()
        session = SessionController.prepare(loaded, self.settings,
                                            self._session_parts(practice=practice), self,
                                            pain_before=self.library_view.pain_before(),
                                            resume=resume)
        if session is None:  # an interrupted session with nothing left to do
            return False
        if session.driver.engine.timeline.default_cadence_used:
            from supple.core.cadence import DEFAULT_CADENCE, UNSET_NOTE_TEXT

            self.notices.show_notice(tr(UNSET_NOTE_TEXT).format(default=DEFAULT_CADENCE))
        self.session = session
        session.closed.connect(self.close_player)
        session.restartRequested.connect(
            lambda: self.start_routine(loaded, practice=practice))
        session.muteToggled.connect(self.set_muted)
        self.stack.addWidget(session.player)
        self.stack.setCurrentWidget(session.player)
        session.player.setFocus()
        session.started.connect(self.routineStarted)
        session.start()
        return True

    def _session_parts(self, *, practice: bool = False) -> SessionParts:
        """What every session uses; the recorder and the screensaver inhibitor are made at the
        first routine (so a slow session bus never delays start-up) and kept for good."""
        from supple.qt.platform.screensaver import ScreenSaverInhibitor
        from supple.qt.session_controller import SessionParts

        if self.recorder is None:
            self.recorder = self.services.open_recorder()
        if self.screensaver is None:
            self.screensaver = ScreenSaverInhibitor(parent=self)
        s = self.services
        recorder = self._practice_recorder() if practice else self.recorder
        return SessionParts(s.clock, s.cues, s.history, recorder, self.screensaver,
                            images_dir())

    def _practice_recorder(self) -> SessionRecorder:
        if self._practice is None:
            import tempfile

            from supple.core.history.recorder import SessionRecorder
            from supple.core.history.store import HistoryStore

            folder = Path(tempfile.mkdtemp(prefix="supple-try-"))
            self._practice = (SessionRecorder(lambda: HistoryStore(folder / "tries.db")),
                              folder)
        return self._practice[0]

    def _beat(self) -> None:
        """Every minute: mark the live session alive, and retry history writes a full or
        read-only disk refused."""
        if self.recorder is not None:
            if self.session is not None and self.session.under_way:
                self.recorder.heartbeat()
            self.recorder.flush()

    def close_player(self) -> None:
        self._leave_session()
        if self.recorder is not None:
            self.recorder.drain()  # a few ms: so "last done" below includes this session
        self.reload_library()
        self.today.refresh()
        self.stack.setCurrentWidget(self._today_page() if self.today.wanted else self.library_view)

    def _leave_session(self, *, dispose: bool = True) -> SessionController | None:
        """End the session on screen, if any, and take its player out of the window; without
        ``dispose`` it is not deleted but returned, for the caller to see to."""
        session, self.session = self.session, None
        if session is None:
            return None
        session.end()
        self.stack.removeWidget(session.player)
        if dispose:
            session.dispose()
            return None
        return session

    def set_muted(self, muted: bool) -> None:
        self.settings = self.settings.changed(muted=muted)
        self.services.cues.set_muted(muted)
        self._save_settings()

    # --- history, settings, interrupted sessions ------------------------------------------

    def show_history(self) -> None:
        try:
            from supple.qt.history.window import HistoryWindow
        except ImportError:
            self.notices.show_notice(tr("The history window is not available in this build."))
            return
        if self.services.history is None:
            self.notices.show_notice(tr("The history could not be opened."))
            return
        old = self.history_window
        if old is not None and old.isVisible():
            old.raise_()
            old.activateWindow()
            return
        if old is not None:  # closed earlier: read the history afresh
            old.deleteLater()
        self.history_window = HistoryWindow(self.services.history, self,
                                            today=self.services.wall().date(),
                                            programmes=self.today.programmes(),
                                            paths=self.services.paths)
        self.history_window.show()

    def show_settings(self) -> None:
        from supple.core.reminders.config import FILE_NAME
        from supple.qt.reminders_dialog import open_reminders
        from supple.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.services.voice_reason, self, reminders=lambda: (
            open_reminders(self.services.paths.config / FILE_NAME, self.catalog.cards, dialog)))
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

    def _resume(self, record: SessionRecord) -> None:
        from supple.qt.session_controller import resumable_routine

        loaded = resumable_routine(record, self.catalog)  # read again: it may have changed
        if loaded is None:
            self.notices.show_notice(tr(
                "{routine} has changed since, so that session cannot be resumed; start it "
                "afresh instead.").format(routine=record.routine_name))
            return
        self.start_routine(loaded, resume=record)

    def offer_resume(self, record: SessionRecord) -> None:
        """Offer, in the notice bar, to resume the interrupted session ``record``."""
        from supple.qt.session_controller import resume_offer

        self.notices.show_notice(*resume_offer(record, self.catalog, self.services.history,
                                               lambda: self._resume(record)))

    def _ask_quit(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, tr("Stop the routine?"),
                                      tr("A routine is under way. Stop it and quit?"))
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
        running = self.session is not None and self.session.under_way
        if running and not self.confirm_quit():
            event.ignore()
            return
        for editor in list(self.files.editors.values()):
            if editor.isVisible() and not editor.close():  # it asks about unsaved changes
                event.ignore()
                return
        # The player goes with the window: deleting it from within this close event crashed
        # PySide6 on the next pass of the event loop.
        left = self._leave_session(dispose=False)
        if not self._history_saved_or_given_up():
            # Staying after all: the session is over; what it left is deleted once this close
            # event is done, and the library says what was just done.
            if left is not None:
                QTimer.singleShot(0, left.dispose)
            self.reload_library()
            self.show_library()
            event.ignore()
            return
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        if self._practice is not None:
            import shutil

            self._practice[0].close()
            shutil.rmtree(self._practice[1], ignore_errors=True)
            self._practice = None
        event.accept()

    def _history_saved_or_given_up(self) -> bool:
        return saved_or_given_up(self.recorder, self.ask_unsaved_history)

    def _ask_unsaved_history(self, held: HeldWrites | None) -> UnsavedHistory:
        return ask_unsaved_history(self, held, self.services.paths.history_db)
