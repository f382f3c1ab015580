"""The reminders' timer on the GUI thread: it asks the core what is due and shows it.

At the start of each minute the :class:`~supple.core.reminders.desk.ReminderDesk` is asked with the
wall-clock time; the timer only wakes it (a machine that slept wakes it late, and the core
shows what it missed, once). What is due becomes a desktop notification with "Start" and
"Later" (the calf rating: "Rate now" and "Later"); a newer reminder replaces the one on
screen rather than piling up. With no notification server, the tray's balloon says it, and
with no tray either, the window's notice bar.

No reminder while a routine is under way in the window (it is held, as in quiet hours), nor
while the desktop says not now (``not_now``: another window full screen, the screen locked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import SLOT, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection

from supple.core.reminders.desk import ReminderDesk
from supple.core.reminders.rules import Candidate, Kind
from supple.core.reminders.zone import local_now
from supple.core.wording import CLOCK, date_text
from supple.qt.i18n import tr
from supple.qt.platform.coach_due import CoachDueSource
from supple.qt.platform.desktop_entry import APP_ID
from supple.qt.platform.notifications import DesktopNotifications

CHECK_MS = 60_000
START, LATER, RATE, DEFAULT = "start", "later", "rate", "default"


class ReminderCalls(NamedTuple):
    """What a reminder's actions do, wired by the caller (this module knows no window)."""

    start: Callable[[str], None]  # a routine id: hand it to the window, as `supple run` does
    rate: Callable[[], None]  # open the morning calf rating
    fallback: Callable[[str, str], None]  # title, text: where no notification server is
    busy: Callable[[], bool]  # a routine under way


def notification_icon() -> str:
    """The launcher's icon as a file (``supple install-desktop`` may not have put it in the
    icon theme, where a server would look up its name), else its name."""
    from supple.core.resources import desktop_dir

    png = desktop_dir() / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    return str(png) if png.is_file() else APP_ID


def wording(candidate: Candidate, now: datetime) -> tuple[str, str]:
    """The notification's title and text."""
    when = tr("Due at {time}.").format(time=date_text(candidate.at, CLOCK)) if candidate.late(now) \
        else ""
    if candidate.kind is Kind.MORNING_RATING:
        return (tr("Supple: morning calf check"),
                " ".join(filter(None, [candidate.label, tr("Rate pain and tightness, 0–10.")])))
    return (tr("Time for {routine}").format(routine=candidate.label),
            " ".join(filter(None, [when, tr("Start when ready.")])))


class ReminderTimer(QObject):
    def __init__(self, desk: ReminderDesk, due: CoachDueSource, calls: ReminderCalls, *,
                 not_now: Callable[[], bool] = lambda: False,
                 now: Callable[[], datetime] = local_now,
                 notifications: Callable[[], DesktopNotifications | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk, self.due, self.calls, self.not_now, self.now = desk, due, calls, not_now, now
        self._open_notifications = notifications or (lambda: DesktopNotifications.open(
            parent=self))
        self._notifications: DesktopNotifications | None = None
        self.shown: dict[int, Candidate] = {}  # notification id: what it reminds of
        self._on_screen: dict[Kind, int] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.running = False
        self._wake: list[tuple[QDBusConnection, str, str, str, str]] = []  # subscriptions

    def start(self) -> None:
        self.running = True
        self.check()

    def listen_for_wake(self, system: QDBusConnection | None = None,
                        session: QDBusConnection | None = None) -> None:
        """Check at once when the machine wakes (logind's ``PrepareForSleep(false)``, on the
        system bus) and when the screen is unlocked (``ActiveChanged(false)`` of the
        screensaver, on the session bus), rather than at the minute's end: a monotonic
        timer does not count the time asleep."""
        system = system if system is not None else QDBusConnection.systemBus()
        session = session if session is not None else QDBusConnection.sessionBus()
        for bus, service, path, interface, name in (
                (system, "org.freedesktop.login1", "/org/freedesktop/login1",
                 "org.freedesktop.login1.Manager", "PrepareForSleep"),
                (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver", "ActiveChanged")):
            if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                    service, path, interface, name, self, SLOT("_woken(bool)")):
                self._wake.append((bus, service, path, interface, name))

    @Slot(bool)
    def _woken(self, going: bool) -> None:
        if not going and self.running:  # awake, or unlocked
            self.check()

    def _arm(self, now: datetime) -> None:
        """Wake at the start of the next minute (reminders are set to the minute), or
        sooner: a wall clock that jumps (a new zone, a correction) is caught within
        :data:`CHECK_MS`."""
        if not self.running:
            return
        to_next = 60.0 - now.second - now.microsecond / 1e6 + 0.2
        self.timer.start(int(min(to_next * 1000, CHECK_MS)))

    def stop(self) -> None:
        """Stop checking, and stop hearing the bus: a signal the bus's thread delivers to this
        object while it is being destroyed must never be possible (a full test run once
        crashed in a non-Python thread as a test's timer and buses were torn down)."""
        self.running = False
        self.timer.stop()
        while self._wake:
            bus, service, path, interface, name = self._wake.pop()
            if bus.isConnected():
                bus.disconnect(service, path, interface, name, self,  # type: ignore[call-overload]
                               SLOT("_woken(bool)"))

    @property
    def notifications(self) -> DesktopNotifications | None:
        """Asked for at a reminder (the bus may have to start the server), until found: a
        server that comes up after Supple (a session still starting at login) is used."""
        if self._notifications is None:
            self._notifications = self._open_notifications()
            if self._notifications is not None:
                self._notifications.actionInvoked.connect(self._action)
                self._notifications.closed.connect(self._closed)
        return self._notifications

    def check(self) -> list[Candidate]:
        """Ask the core what is due now, and show it; returns what was shown."""
        now = self.now()
        self._arm(now)
        if self.calls.busy():  # the check waits: no stall of the player, not even 20 ms
            return []
        days = self.desk.today(now)  # the history read once, for the tray and the reminders
        self.due.refresh(now, days)
        decision = self.desk.check(now, not_now=self.not_now, days=days)
        for candidate in decision.show:
            self.show(candidate, now)
        return list(decision.show)

    def show(self, candidate: Candidate, now: datetime) -> None:
        title, text = wording(candidate, now)
        server = self.notifications
        if server is None:
            self.calls.fallback(title, text)
            return
        first = (RATE, tr("Rate now")) if candidate.kind is Kind.MORNING_RATING \
            else (START, tr("Start"))
        actions = [(DEFAULT, first[1]), first, (LATER, tr("Later"))] if server.has_actions else []
        replaces = self._on_screen.get(candidate.kind, 0)
        found = server.notify(title, text, actions, replaces=replaces,
                              icon=notification_icon(),
                              hints={"desktop-entry": APP_ID,
                                     "category": "x-supple.reminder"})
        if found is None:
            self.calls.fallback(title, text)
            return
        self.shown.pop(replaces, None)
        self.shown[found] = candidate
        self._on_screen[candidate.kind] = found

    def _action(self, notification: int, key: str) -> None:
        candidate = self.shown.get(notification)
        if candidate is None:  # another application's notification
            return
        self._forget(notification)
        if key == LATER:
            self.desk.later(candidate.key, self.now())
        elif candidate.kind is Kind.MORNING_RATING:
            self.calls.rate()
        elif candidate.routine_id is not None:
            self.calls.start(candidate.routine_id)
        server = self._notifications
        if server is not None:
            server.close(notification)

    def _closed(self, notification: int, reason: int) -> None:
        self._forget(notification)

    def _forget(self, notification: int) -> None:
        candidate = self.shown.pop(notification, None)
        if candidate is not None and self._on_screen.get(candidate.kind) == notification:
            del self._on_screen[candidate.kind]
