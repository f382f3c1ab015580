"""The tray and the window's close-to-tray, wired to the main window (the parts, which know
no window class, are in :mod:`supple.qt.platform.tray`)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from supple.core.paths import AppPaths
from supple.qt.main_window import MainWindow
from supple.qt.platform.desktop_entry import data_dir_args, set_launch_args
from supple.qt.platform.due import NothingDue, ReminderPause
from supple.qt.platform.single_instance import bring_to_front
from supple.qt.platform.tray import CloseToTray, Tray, TrayCalls


class DesktopTray:
    """Made once the window exists. Until the programmes plug in their :class:`DueSource`,
    nothing is due (the menu says "No programme yet")."""

    def __init__(self, app: QApplication, window: MainWindow, icon: QIcon,
                 paths: AppPaths) -> None:
        self.window = window
        #: Read by the reminders (to come): paused from the tray's menu.
        self.pause = ReminderPause()
        set_launch_args(data_dir_args(paths.data, AppPaths.resolve(None, {}).data))
        self.tray = Tray(NothingDue(), self.pause, TrayCalls(self.start, self.open, self.quit),
                         parent=app)
        self.shown = self.tray.show(icon)
        self.closing = CloseToTray(window, lambda: self.shown and window.settings.tray,
                                   self.busy, app)

    def busy(self) -> bool:
        return self.window.session is not None and self.window.session.under_way

    def open(self) -> None:
        bring_to_front(self.window)

    def start(self, routine_id: str) -> None:
        self.open()
        card = self.window.catalog.by_id(routine_id)
        if card is None:
            self.window.notices.show_notice(f"No routine called {routine_id!r} in the library.")
            return
        self.window.start_card(card)

    def quit(self) -> None:
        self.closing.quit()
