"""The tray icon and its menu, and the window's "close to the tray".

``QSystemTrayIcon`` speaks StatusNotifierItem over D-Bus where the desktop has it (KDE, GNOME
with the AppIndicator extension) and the XEmbed tray elsewhere. The menu is rebuilt each time
it opens, from a :class:`~supple.qt.platform.due.DueSource` (what is due next, today's plan)
and the :class:`~supple.qt.platform.due.ReminderPause`, so it is never stale.

Closing the window: with the "start at login, in the tray" setting on (and a tray to return
to), closing the window only hides it, and Supple keeps running in the tray; "Open Supple"
brings it back and "Quit" in the menu ends it. With the setting off, closing the window quits,
as before. A routine under way is never hidden: its close asks to stop it, as it always has,
and then quits. ``supple --tray`` starts hidden in the tray when there is one, else it shows
the window.

The menu works without a tray (the offscreen tests use it so): only :meth:`Tray.show` needs one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from supple.core.resources import desktop_dir
from supple.core.wording import CLOCK, date_text
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.platform.desktop_entry import APP_ID, ICON_SIZES

if TYPE_CHECKING:  # app.py needs only app_icon before the window's first paint; the tray
    # comes after it (the first use of a Qt class builds its Python type and enums)
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

    from supple.qt.platform.due import DueSource, ReminderPause

NO_PROGRAMME = QT_TR_NOOP("No programme yet")
NO_PLAN = QT_TR_NOOP("Today's plan: nothing planned")
NO_TRAY = QT_TR_NOOP("This desktop has no tray, so Supple cannot wait there: it runs while its "
                     "window is open (or minimized).")


def app_icon() -> QIcon:
    """The launcher's icon, from the same files: its PNGs (drawn for each size, so the tray's
    16 and 24 px are the ones looked at), else the SVG."""
    hicolor = desktop_dir() / "icons" / "hicolor"
    icon = QIcon()
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon(str(hicolor / "scalable" / "apps" / f"{APP_ID}.svg"))
    return icon


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayCalls(NamedTuple):
    """What the menu does, wired by app.py (this module knows no window class)."""

    start: Callable[[str], None]  # a routine id: start it in the window
    open_window: Callable[[], None]
    quit: Callable[[], None]


class Tray(QObject):
    def __init__(self, due: DueSource, pause: ReminderPause, calls: TrayCalls,
                 now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
                 parent: QObject | None = None) -> None:
        from PySide6.QtWidgets import QMenu

        super().__init__(parent)
        self.due, self.pause, self.calls, self.now = due, pause, calls, now
        self.menu: QMenu = QMenu()
        self.menu.setTitle(tr("Supple"))
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon: QSystemTrayIcon | None = None
        self.rebuild()

    def rebuild(self) -> None:
        """The menu as of now: asked again each time it opens."""
        now = self.now()
        menu = self.menu
        menu.clear()
        due = self.due.next_due(now)
        start = menu.addAction(tr("Start {label}").format(label=due.label) if due
                               else tr(NO_PROGRAMME))
        start.setObjectName("start-due")
        start.setEnabled(due is not None)
        if due is not None:
            start.triggered.connect(lambda _=False, rid=due.routine_id: self.calls.start(rid))
        plan = self.due.todays_plan(now)
        if plan:
            today = menu.addMenu(tr("Today's plan"))
            for line in plan:
                today.addAction(line).setEnabled(False)
            today.menuAction().setObjectName("plan")
        else:
            self._action(tr(NO_PLAN), "plan").setEnabled(False)
        menu.addSeparator()
        if self.pause.paused(now):
            assert self.pause.until is not None
            until = self.pause.until.astimezone(now.tzinfo)
            paused = (tr("Reminders paused until {time}").format(time=date_text(until, CLOCK))
                      if until.date() == now.date() else tr("Reminders paused for today"))
            self._action(paused, "paused").setEnabled(False)
            self._action(tr("Resume reminders"), "resume", self.pause.resume)
        else:
            self._action(tr("Pause reminders for an hour"), "pause-hour",
                         lambda: self.pause.pause_for(self.now()))
            self._action(tr("Pause reminders for today"), "pause-today",
                         lambda: self.pause.pause_for_today(self.now()))
        menu.addSeparator()
        self._action(tr("Open Supple"), "open", self.calls.open_window)
        self._action(tr("Quit Supple"), "quit", self.calls.quit)

    def _action(self, text: str, name: str,
                then: Callable[[], None] | None = None) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(name)
        if then is not None:
            action.triggered.connect(lambda _=False: then())
        return action

    def action(self, name: str) -> QAction:
        """The menu's action called ``name`` (tests, and the screenshot tool)."""
        for action in self.menu.actions():
            if action.objectName() == name:
                return action
        raise KeyError(name)

    def show(self, icon: QIcon) -> bool:
        """Put the icon in the tray; False (and nothing shown) when the desktop has none."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if not tray_available():
            return False
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(tr("Supple"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.show()
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a left click
            self.calls.open_window()

    def close(self) -> None:
        if self.icon is not None:
            self.icon.hide()
        self.menu.deleteLater()


class CloseToTray(QObject):
    """Watches the window: a close, while ``keep()`` says so and no routine is under way
    (``busy()``), hides it instead; the app then outlives its last visible window until
    the window is shown again."""

    def __init__(self, window: QWidget, keep: Callable[[], bool], busy: Callable[[], bool],
                 app: QApplication) -> None:
        super().__init__(window)
        self.window, self.keep, self.busy, self.app = window, keep, busy, app
        self.quitting = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close and not self.quitting and self.keep() \
                    and not self.busy():
                self.hide_window()
                event.ignore()
                return True
            if event.type() == QEvent.Type.Show:
                self.app.setQuitOnLastWindowClosed(True)
        return False

    def hide_window(self) -> None:
        self.app.setQuitOnLastWindowClosed(False)  # its menu, or a dialog closing, must not end it
        self.window.hide()

    def quit(self) -> None:
        """Close the window as a quit does (a routine under way asks first); then end."""
        self.quitting = True
        if self.window.close():
            self.app.quit()
        else:
            self.quitting = False
