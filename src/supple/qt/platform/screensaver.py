"""Keep the screen awake while a routine runs, through the desktop's D-Bus interface.

``org.freedesktop.ScreenSaver`` is offered by GNOME, KDE, Xfce and others. Where there is no
session bus or no such service (a bare X server, CI, another OS) the inhibitor does nothing and
says so in ``available``. Every call is capped at :data:`CALL_TIMEOUT_MS`, so a hung bus can
delay the player by a tenth of a second at worst, never freeze it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage

from supple.core.session.engine import State
from supple.qt.driver import SessionDriver
from supple.qt.i18n import QT_TR_NOOP, tr

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CALL_TIMEOUT_MS = 100
APP_NAME = "Supple"  # untranslated: the app's name
REASON = QT_TR_NOOP("A stretching routine is running")


class ScreenSaverPort(Protocol):
    """The two calls the inhibitor needs; tests pass a recording fake."""

    def inhibit(self, app_name: str, reason: str) -> int | None:
        """Ask the screen to stay on; returns the cookie, or None if that failed."""
        ...

    def uninhibit(self, cookie: int) -> None: ...


class DBusScreenSaver:
    """The real port: calls on the session bus, each with a short timeout."""

    def __init__(self, connection: QDBusConnection, interface: QDBusInterface) -> None:
        self._connection = connection
        self._interface = interface

    @classmethod
    def open(cls, connection: QDBusConnection | None = None) -> DBusScreenSaver | None:
        """The port, or None when there is no bus or nobody offers the service."""
        conn = connection if connection is not None else QDBusConnection.sessionBus()
        if not conn.isConnected():
            return None
        owned = _call(conn, QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "NameHasOwner"), SERVICE)
        if not owned or owned[0] is not True:
            return None
        # QDBusInterface introspects without a timeout: check first that the service answers.
        introspect = QDBusMessage.createMethodCall(  # untranslated: D-Bus names
            SERVICE, PATH, "org.freedesktop.DBus.Introspectable", "Introspect")
        if _call(conn, introspect) is None:
            return None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, conn)
        interface.setTimeout(CALL_TIMEOUT_MS)
        return cls(conn, interface)

    def inhibit(self, app_name: str, reason: str) -> int | None:
        reply = _call(self._connection, QDBusMessage.createMethodCall(
            SERVICE, PATH, INTERFACE, "Inhibit"), app_name, reason)  # untranslated: D-Bus
        if not reply or not isinstance(reply[0], int):
            return None
        return reply[0]

    def uninhibit(self, cookie: int) -> None:
        # The cookie must travel as a D-Bus uint32; PySide sends a plain int as int32, and the
        # services reject that. The introspected interface converts it to the declared type.
        QMetaObject.invokeMethod(self._interface, "UnInhibit",
                                 Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie))


def _call(conn: QDBusConnection, message: QDBusMessage, *args: object) -> list[object] | None:
    """The reply's values, or None on any error or timeout."""
    if args:
        message.setArguments(list(args))
    reply = conn.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


class ScreenSaverInhibitor(QObject):
    """Inhibits the screensaver while the watched session is RUNNING, releases it otherwise.

    The window calls :meth:`watch` for each session and :meth:`release` when it closes.
    """

    def __init__(self, port: ScreenSaverPort | None = None, parent: QObject | None = None, *,
                 connection: QDBusConnection | None = None, app_name: str = APP_NAME) -> None:
        super().__init__(parent)
        self._port: ScreenSaverPort | None = (
            port if port is not None else DBusScreenSaver.open(connection))
        self._app_name = app_name
        self._cookie: int | None = None
        self._driver: SessionDriver | None = None

    @property
    def available(self) -> bool:
        """Whether the desktop offers screensaver inhibition at all."""
        return self._port is not None

    @property
    def active(self) -> bool:
        """Whether the screen is being kept on right now."""
        return self._cookie is not None

    def watch(self, driver: SessionDriver) -> None:
        """Follow ``driver``'s state (and stop following the previous session's)."""
        if self._driver is not None:
            self._driver.stateChanged.disconnect(self._on_state)
        self._driver = driver
        # Queued: the D-Bus calls (up to 100 ms each) run after the timer's wake-up is done,
        # never inside it.
        driver.stateChanged.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self._on_state(driver.state)

    def unwatch(self) -> None:
        """Stop following the session (before its driver goes away) and let the screen rest."""
        if self._driver is not None:
            self._driver.stateChanged.disconnect(self._on_state)
            self._driver = None
        self.release()

    def _on_state(self, state: State) -> None:
        if state is State.RUNNING:
            self.inhibit()
        else:
            self.release()

    def inhibit(self) -> None:
        if self._port is None or self._cookie is not None:
            return
        self._cookie = self._port.inhibit(self._app_name, tr(REASON))

    def release(self) -> None:
        if self._port is None or self._cookie is None:
            return
        cookie, self._cookie = self._cookie, None
        self._port.uninhibit(cookie)
