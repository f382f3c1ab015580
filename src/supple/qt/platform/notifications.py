"""Desktop notifications over D-Bus (``org.freedesktop.Notifications``), with actions.

The calls follow :mod:`supple.qt.platform.screensaver`: the bus is asked first whether anyone
offers the service (or can be started for it), every call has a timeout, and where there is
no bus or no server :meth:`DesktopNotifications.open` returns None and the caller falls back
(the tray's balloon, the window's notice bar).

The one trap is the argument types. ``Notify`` is ``susssasa{sv}i``, and servers built on
GDBus (dunst, GNOME Shell) refuse a call whose types differ; PySide sends a Python int as an
int32, never as the uint32 that ``replaces_id`` is, and an interface read from a server's own
introspection has no Qt type for ``a{sv}`` (it becomes a raw type ``invokeMethod`` cannot
fill). So the interface's description is given to QtDBus first, from a copy of the
specification's with Qt's type annotation, served by this process to itself
(:class:`_Description`): QtDBus keeps one description per interface name, and the server's
interface then uses it, so ``invokeMethod`` with ``Q_ARG("uint", …)`` and
``Q_ARG("QVariantMap", …)`` sends exactly the declared types.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage, QDBusVirtualObject

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DESCRIPTION_PATH = "/org/supple/NotificationsDescription"
# A server the bus starts on the first call (dunst is started so) takes a moment to answer.
CALL_TIMEOUT_MS = 1500
APP_NAME = "Supple"  # untranslated: the app's name

_XML = f"""<node><interface name="{INTERFACE}">
 <method name="Notify">
  <arg name="app_name" type="s" direction="in"/>
  <arg name="replaces_id" type="u" direction="in"/>
  <arg name="app_icon" type="s" direction="in"/>
  <arg name="summary" type="s" direction="in"/>
  <arg name="body" type="s" direction="in"/>
  <arg name="actions" type="as" direction="in"/>
  <arg name="hints" type="a{{sv}}" direction="in"/>
  <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
  <arg name="expire_timeout" type="i" direction="in"/>
  <arg name="id" type="u" direction="out"/>
 </method>
 <method name="CloseNotification"><arg name="id" type="u" direction="in"/></method>
 <method name="GetCapabilities"><arg name="capabilities" type="as" direction="out"/></method>
 <signal name="ActionInvoked"><arg name="id" type="u"/><arg name="action_key" type="s"/></signal>
 <signal name="NotificationClosed"><arg name="id" type="u"/><arg name="reason" type="u"/></signal>
</interface></node>"""


class _Description(QDBusVirtualObject):
    """Answers only the introspection of the specification's interface (to this process)."""

    def introspect(self, path: str) -> str:
        return _XML.removeprefix("<node>").removesuffix("</node>")

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        return False


def _call(conn: QDBusConnection, message: QDBusMessage, *args: object,
          timeout_ms: int = 100) -> list[object] | None:
    """The reply's values, or None on any error or timeout (screensaver.py's ``_call``,
    which this module does not import: that one follows the session engine)."""
    if args:
        message.setArguments(list(args))
    reply = conn.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


def _offered(conn: QDBusConnection) -> bool:
    bus = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")
    owned = _call(conn, QDBusMessage.createMethodCall(*bus, "NameHasOwner"), SERVICE)
    if owned and owned[0] is True:
        return True
    names = _call(conn, QDBusMessage.createMethodCall(*bus, "ListActivatableNames"))
    return names is not None and bool(names) and isinstance(names[0], list) \
        and SERVICE in names[0]


class DesktopNotifications(QObject):
    """One connection's notifications. ``actionInvoked(id, key)`` and ``closed(id, reason)``
    come from the server for the notifications this process sent (and, on servers that
    broadcast, for others: the caller keeps the ids it sent)."""

    actionInvoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(self, connection: QDBusConnection, interface: QDBusInterface,
                 capabilities: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._interface = interface
        self.capabilities = tuple(capabilities)
        for name, slot in (("ActionInvoked", "_on_action(uint,QString)"),
                           ("NotificationClosed", "_on_closed(uint,uint)")):
            connection.connect(SERVICE, PATH, INTERFACE, name, self,  # type: ignore[call-overload]
                               SLOT(slot))  # a str: the stubs say bytes, PySide refuses them

    @classmethod
    def open(cls, connection: QDBusConnection | None = None,
             parent: QObject | None = None) -> DesktopNotifications | None:
        """The notifications, or None when there is no bus or no notification server."""
        conn = connection if connection is not None else QDBusConnection.sessionBus()
        if not conn.isConnected() or not _offered(conn):
            return None
        capabilities = _call(conn, QDBusMessage.createMethodCall(
            SERVICE, PATH, INTERFACE, "GetCapabilities"),  # starts a server the bus can start
            timeout_ms=CALL_TIMEOUT_MS)
        if capabilities is None:
            return None
        description = _Description()
        conn.registerVirtualObject(DESCRIPTION_PATH, description)
        QDBusInterface(conn.baseService(), DESCRIPTION_PATH, INTERFACE, conn)  # kept by QtDBus
        # QDBusInterface introspects without a timeout: the server has just answered above.
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, conn)
        conn.unregisterObject(DESCRIPTION_PATH)
        if not interface.isValid():
            return None
        interface.setTimeout(CALL_TIMEOUT_MS)
        found = capabilities[0] if capabilities else []
        return cls(conn, interface, [str(c) for c in found] if isinstance(found, list) else [],
                   parent)

    @property
    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = (), *,
               replaces: int = 0, icon: str = "", hints: dict[str, object] | None = None,
               timeout_ms: int = -1) -> int | None:
        """Show a notification; its id (for :meth:`close` and the signals), or None if the
        server did not answer. ``actions`` are (key, label); the key ``default`` is a click
        on the notification itself."""
        flat = [part for pair in actions for part in pair]
        try:
            found = QMetaObject.invokeMethod(  # untranslated: a D-Bus method's name
                self._interface, "Notify", Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"), Q_ARG("QString", APP_NAME), Q_ARG("uint", replaces),
                Q_ARG("QString", icon), Q_ARG("QString", summary), Q_ARG("QString", body),
                Q_ARG("QStringList", flat), Q_ARG("QVariantMap", dict(hints or {})),
                Q_ARG("int", timeout_ms))
        except RuntimeError:  # the call failed (a timeout, an error reply)
            return None
        return found if isinstance(found, int) and found > 0 else None

    def close(self, notification: int) -> None:
        QMetaObject.invokeMethod(self._interface, "CloseNotification",
                                 Qt.ConnectionType.DirectConnection, Q_ARG("uint", notification))

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        self.actionInvoked.emit(notification, key)

    @Slot("uint", "uint")
    def _on_closed(self, notification: int, reason: int) -> None:
        self.closed.emit(notification, reason)

