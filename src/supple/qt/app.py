"""Start-up: wire the real clock, sound, speech, history and settings into the main window.

The window is shown first. Once it is painted come the tray (before it only when asked for, by
``--tray`` or the setting, since whether there is one decides what shows), the history, and the
sound system, which may take a moment to answer, or not answer at all: it is brought up without
blocking the GUI thread (``CuePlayerLoader``: the server is asked on a worker thread, within a
bound), so a missing or silent audio server never delays or blocks start-up; ``supple run``'s
routine starts once the sound is settled.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import builtin_routines_dir, sounds_dir
from supple.core.session.clock import SystemClock
from supple.core.session.cue_port import SilentCuePlayer, SwitchableCuePlayer
from supple.core.settings import load_settings
from supple.qt.i18n import install_translators, tr
from supple.qt.main_window import MainWindow, Services
from supple.qt.platform.desktop_entry import APP_ID
from supple.qt.platform.gui_gc import GuiThreadCollector
from supple.qt.platform.qt_messages import QtMessages
from supple.qt.platform.single_instance import (
    InstanceLock,
    InstanceServer,
    answer,
    claim_instance,
)
from supple.qt.platform.tray import NO_TRAY, app_icon
from supple.qt.platform.watchdog import start_watchdog
from supple.qt.theme import apply_style_sheet, apply_theme
from supple.qt.widgets.pictures import stop_drawing

if TYPE_CHECKING:
    from supple.core.history.model import Notice
    from supple.core.history.recorder import SessionRecorder
    from supple.core.history.store import HistoryStore
    from supple.core.routines.loader import LoadedRoutine
    from supple.core.session.cue_port import CuePlayer
    from supple.qt.desktop_tray import DesktopTray
    from supple.qt.platform.speech import PhraseCache


def _open_history(paths: AppPaths,
                  on_notice: Callable[[Notice], None]) -> tuple[HistoryStore | None, str | None]:
    from supple.core.history.model import HistoryError
    from supple.core.history.store import HistoryStore

    try:
        paths.data.mkdir(parents=True, exist_ok=True)
        return HistoryStore(paths.history_db, on_notice=on_notice), None
    except HistoryError as exc:  # its text says what is wrong and what to do
        return None, tr("{error} Until then, sessions are not recorded.").format(error=exc)
    except OSError as exc:
        return None, tr("The history could not be opened ({error}); this session is not "
                        "recorded.").format(error=exc)


class _HistoryChecked(QObject):
    repaired = Signal()


def run_app(paths: AppPaths, routine: LoadedRoutine | None = None,
            instance: InstanceLock | None = None, *, tray: bool = False) -> int:
    """``instance``: the data folder's lock, if the caller took it (the command line does,
    to hand over to a running Supple instead); otherwise it is taken here if it is free.
    ``tray``: start hidden in the tray (``supple --tray``, at login), if the desktop has one."""
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    messages = QtMessages()  # every Qt message from here on, a flood collapsed to a count
    messages.install()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Supple")  # untranslated: the app's name
    app.setDesktopFileName(APP_ID)
    install_translators(app)  # before any widget takes its text
    icon = app_icon()
    app.setWindowIcon(icon)
    collector = GuiThreadCollector(app)  # before any other thread is started
    watchdog = start_watchdog(app, paths.cache / "gui-stall.txt")  # notes a frozen window
    if instance is None:
        claimed = claim_instance(paths.data)
        instance = claimed if isinstance(claimed, InstanceLock) else None

    settings, settings_problem = load_settings(paths.settings_file)
    apply_theme(app, settings.theme, settings.text_scale, style_sheet=False)
    # Listed from the index of routine files: the routine model is not imported unless a file
    # changed since the last start.
    catalog = scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)

    window: MainWindow | None = None

    def notice(n: Notice) -> None:
        if window is not None:
            window.notify(n.message)

    def open_recorder() -> SessionRecorder:
        from supple.core.history.recorder import SessionRecorder
        from supple.core.history.store import HistoryStore

        return SessionRecorder(lambda: HistoryStore(paths.history_db, on_notice=notice),
                               on_error=lambda text: window.notify(text) if window else None)

    cues = SwitchableCuePlayer(SilentCuePlayer(""), coming=True)
    services = Services(paths=paths, clock=SystemClock(), cues=cues,
                        history=None, open_recorder=open_recorder, voice_reason=None)
    window = MainWindow(services, settings, catalog)
    apply_style_sheet(app, settings.theme, settings.text_scale)  # once the widgets exist
    if settings_problem:
        window.notices.show_notice(settings_problem)
    desktops: list[DesktopTray] = []  # the tray and the reminders, once made

    def make_desktop() -> DesktopTray:
        from supple.qt.desktop_tray import DesktopTray

        assert window is not None
        desktop = DesktopTray(app, window, icon, paths)
        # The tray's and a reminder's "Start" are answered as a second `supple run X` is.
        desktop.hand_over = lambda request: answer(request, window, window.start_routine)
        desktops.append(desktop)
        return desktop

    if tray or settings.tray:  # whether there is a tray decides what shows
        desktop = make_desktop()
        if tray and desktop.shown and routine is None:
            desktop.closing.hide_window()  # in the tray: "Open Supple" or a click shows it
        else:
            window.show()
        if not desktop.shown:
            window.notices.show_notice(tr(NO_TRAY))
    else:
        window.show()  # the tray icon follows once the window is painted (after_show)

    servers: list[InstanceServer] = []

    def listen_for_later_starts() -> None:
        """A later ``supple`` (or ``supple run X``) hands over to this window."""
        if instance is not None:
            servers.append(InstanceServer(
                instance, lambda request: answer(request, window, window.start_routine), app))

    def after_show() -> None:
        """What may take a moment, once the window is up: the tray, history, then sound."""
        from supple.core.history.model import HistoryError

        assert window is not None
        desktop = desktops[0] if desktops else make_desktop()
        listen_for_later_starts()
        history, history_problem = _open_history(paths, notice)
        if history_problem:
            window.notices.show_notice(history_problem)
        if history is not None:
            for n in history.notices:
                window.notices.show_notice(n.message)
            window.attach_history(history)
            try:
                history.mark_stale_in_progress_as_interrupted()
                interrupted = history.interrupted_sessions()
            except HistoryError as exc:
                window.notices.show_notice(str(exc))
                interrupted = []
            for record in interrupted:
                window.offer_resume(record)
            check_history(history)
        start_audio()  # on a worker thread: the reminders are begun meanwhile
        desktop.begin(history)  # the reminders, and the programmes in the tray's menu

    def check_history(history: HistoryStore) -> None:
        """Read the whole file for damage (PRAGMA quick_check) on a thread of its own, so the
        window is never held up by it; a repair tells the user through ``notice`` (how many
        sessions were saved) and the library is read again from the repaired file."""
        import threading

        def work() -> None:
            if history.check():
                checked.repaired.emit()

        threading.Thread(target=work, name="supple-history-check").start()

    def start_audio() -> None:
        from supple.qt.platform.cue_player import CuePlayerLoader
        from supple.qt.platform.speech import PhraseCache

        loader = CuePlayerLoader(sounds_dir(), paths.cache / "cues",
                                 lambda: PhraseCache(paths.speech_cache, app), app)
        loader.finished.connect(audio_ready)
        loader.start()

    def audio_ready(player: CuePlayer, speech: PhraseCache | None) -> None:
        assert window is not None
        services.voice_reason = speech.reason if speech is not None else player.notice
        cues.replace(player)
        if cues.notice:
            window.notices.show_notice(cues.notice)
        if routine is not None:
            window.start_routine(routine)
        collector.settle()  # start-up done: what is alive now lives long

    def routine_started() -> None:
        QTimer.singleShot(0, collector.settle)  # its model, engine and player are loaded

    checked = _HistoryChecked()
    checked.repaired.connect(window.reload_library)  # queued: emitted from the check thread
    window.routineStarted.connect(routine_started)
    QTimer.singleShot(0, after_show)
    code = app.exec()
    for desktop in desktops:
        desktop.close()
    for server in servers:
        server.close()
    drawn = stop_drawing()  # a thread inside Qt's SVG code when Qt is torn down crashes
    watchdog.stop()
    messages.uninstall()
    collector.stop()
    if services.history is not None:
        services.history.close()
    if not drawn:  # a picture given up as too slow is still being drawn: leave without
        sys.stdout.flush()  # tearing Qt down under it (everything is saved and closed)
        sys.stderr.flush()
        os._exit(code)
    return code
