"""The tray, the reminders and the window's close-to-tray, wired to the main window (the
parts, which know no window class, are in :mod:`supple.qt.platform`: ``tray``,
``reminder_timer``, ``notifications``, ``coach_due``).

A reminder's "Start" and the tray's "Start" hand the routine to the window the way a second
``supple run X`` does (``hand_over``, set by app.py to :func:`single_instance.answer`), so
the routine is read afresh from its file and a routine under way is never replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from supple.core.paths import AppPaths
from supple.core.reminders.pause import ReminderPause
from supple.qt.i18n import tr
from supple.qt.main_window import MainWindow
from supple.qt.platform.coach_due import CoachDueSource
from supple.qt.platform.desktop_entry import data_dir_args, set_launch_args
from supple.qt.platform.single_instance import Answer, Request, RoutineRef, bring_to_front
from supple.qt.platform.tray import CloseToTray, Tray, TrayCalls

if TYPE_CHECKING:  # the reminders come after the first paint (begin)
    from supple.core.history.store import HistoryStore
    from supple.core.reminders.desk import ReminderDesk
    from supple.qt.morning_rating import MorningRatingDialog
    from supple.qt.platform.notifications import DesktopNotifications
    from supple.qt.platform.reminder_timer import ReminderTimer


class DesktopTray:
    """Made once the window exists; :meth:`begin` (once the history is open) starts the
    reminders and fills the tray's menu from the programmes."""

    def __init__(self, app: QApplication, window: MainWindow, icon: QIcon,
                 paths: AppPaths) -> None:
        self.app, self.window, self.paths = app, window, paths
        #: Paused from the tray's menu; kept by the reminders (from :meth:`begin`) across
        #: restarts.
        self.pause = ReminderPause()
        self.due = CoachDueSource(self.routine_name)
        self.desk: ReminderDesk | None = None
        self.reminders: ReminderTimer | None = None
        #: Set by app.py: how a second start's request is answered.
        self.hand_over: Callable[[Request], Answer] | None = None
        set_launch_args(data_dir_args(paths.data, AppPaths.resolve(None, {}).data))
        self.tray = Tray(self.due, self.pause, TrayCalls(self.start, self.open, self.quit),
                         parent=app)
        self.shown = self.tray.show(icon)
        self.closing = CloseToTray(window, lambda: self.shown and window.settings.tray,
                                   self.busy, app)

    def _config_problems(self, problems: list[str]) -> None:
        for problem in problems:
            self.window.notices.show_notice(problem)

    def routine_name(self, routine_id: str) -> str:
        card = self.window.catalog.by_id(routine_id)
        return card.name if card is not None else routine_id

    def begin(self, history: HistoryStore | None, *,
              notifications: Callable[[], DesktopNotifications | None] | None = None) -> None:
        """Start the reminders, once the window is painted; with the history, also the
        programmes' (read here, once). ``notifications``: where they are sent (the
        desktop's server, found on the session bus, unless told)."""
        from supple.core.reminders.config import FILE_NAME
        from supple.core.reminders.desk import STATE_FILE, ReminderDesk
        from supple.core.reminders.zone import local_now
        from supple.qt.platform.reminder_timer import ReminderCalls, ReminderTimer

        self.desk = ReminderDesk.from_files(
            self.paths.config / FILE_NAME, self.paths.data / STATE_FILE, self.routine_name,
            self._config_problems, pause=self.pause)
        self._config_problems(self.desk.problems)
        self.reminders = ReminderTimer(
            self.desk, self.due, ReminderCalls(self.start, self.rate, self.fallback, self.busy),
            not_now=self.not_now, notifications=notifications, parent=self.app)
        if history is not None:
            from supple.core.coach import Coach
            from supple.core.programmes.loader import load_folders
            from supple.core.resources import builtin_programmes_dir

            known = {card.id for card in self.window.catalog.cards}
            programmes, _ = load_folders(builtin_programmes_dir(), [self.paths.programmes],
                                         known)  # their problems: `supple programme list`
            coach = Coach(history, programmes)
            self.desk.attach(history, coach)
            self.due.attach(coach, local_now())
        self.reminders.start()
        self.reminders.listen_for_wake()

    def busy(self) -> bool:
        return self.window.session is not None and self.window.session.under_way

    def not_now(self) -> bool:
        """Another window full screen, or the screen locked (each best-effort)."""
        from supple.qt.platform.interruptions import full_screen_elsewhere, screen_locked

        def own() -> set[int]:
            return {int(w.winId()) for w in self.app.topLevelWidgets() if w.isVisible()}

        return screen_locked() or full_screen_elsewhere(own)

    def open(self) -> None:
        bring_to_front(self.window)

    def start(self, routine_id: str) -> None:
        card = self.window.catalog.by_id(routine_id)
        if card is None:
            self.open()
            self.window.notices.show_notice(
                tr("No routine called {routine_id!r} in the library.").format(
                routine_id=routine_id))
            return
        if self.hand_over is None:  # not wired (tests of the window alone)
            self.open()
            self.window.start_card(card)
            return
        answer = self.hand_over(Request(RoutineRef(card.id, card.path, card.builtin)))
        if not answer.ok:
            self.window.notices.show_notice(answer.message)

    def rate(self) -> None:
        """The morning calf rating, asked by its reminder, for the window's date (the one
        Today's own question uses)."""
        from supple.qt.morning_rating import MorningRatingDialog

        self.open()
        store = self.window.services.history
        if store is None:
            self.window.notices.show_notice(tr("The history cannot be opened, so the morning "
                                            "rating cannot be kept."))
            return
        dialog = MorningRatingDialog(self.window.services.wall().date(), self.window)
        dialog.setObjectName("morning-rating")
        dialog.accepted.connect(lambda: self._rated(dialog, store))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _rated(self, dialog: MorningRatingDialog, store: HistoryStore) -> None:
        problem = dialog.save(store)
        if problem:
            self.window.notices.show_notice(problem)
        self.window.today.refresh()  # Today asks the same question: answered, it stops

    def fallback(self, title: str, text: str) -> None:
        """A reminder where the desktop shows no notifications: the tray's balloon, or the
        window's notice bar."""
        if self.tray.icon is not None:
            self.tray.icon.showMessage(title, text, self.tray.icon.icon())
        else:
            self.window.notices.show_notice(f"{title}. {text}")

    def quit(self) -> None:
        self.closing.quit()

    def close(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        self.tray.close()
