"""A small notification server of the tests' own: ``org.freedesktop.Notifications`` on the
session bus, in Qt D-Bus, as the specification declares it (so a call with other argument
types, an int32 for ``replaces_id`` say, is refused as a real GDBus server refuses it).

Each ``Notify`` is written to the log file as a JSON line; with ``--press KEY`` the server
then presses that action of the notification (``ActionInvoked``) and closes it
(``NotificationClosed``, reason 2: dismissed), as a runner's click does. ``ready`` on stdout
once the name is owned. After ``--`` a command to run once ready, on the same bus (the app),
whose exit code the server then exits with.

    dbus-run-session -- python tests/notification_server.py LOG --press start -- supple
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": NAME})
class Server(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, log: Path, press: str | None) -> None:
        super().__init__()
        self.log, self.press, self.last = log, press, 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str, body: str,
               actions: list[str], hints: dict[str, object], expire_timeout: int) -> int:
        self.last += 1
        number = replaces_id or self.last
        with self.log.open("a") as out:
            out.write(json.dumps({"id": number, "app": app_name, "replaces": replaces_id,
                                  "summary": summary, "body": body, "actions": list(actions),
                                  "hints": sorted(hints), "icon": app_icon}) + "\n")
        if self.press is not None and self.press in actions[::2]:
            key = self.press
            QTimer.singleShot(100, lambda: self._pressed(number, key))
        return number

    def _pressed(self, number: int, key: str) -> None:
        self.ActionInvoked.emit(number, key)
        self.NotificationClosed.emit(number, 2)

    @Slot("uint")
    def CloseNotification(self, number: int) -> None:
        self.NotificationClosed.emit(number, 3)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("log", type=Path)
    parser.add_argument("--press")
    argv = sys.argv[1:]
    command = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:len(argv) - len(command) - (1 if command else 0)])
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    server = Server(args.log, args.press)
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals)
    if not (bus.registerObject(PATH, server, options) and bus.registerService(NAME)):
        print("could not own", NAME, file=sys.stderr)
        return 2
    print("ready", flush=True)
    if not command:
        return app.exec()
    child = subprocess.Popen(command)

    def reap() -> None:
        if child.poll() is not None:
            app.exit(child.returncode)

    timer = QTimer()
    timer.timeout.connect(reap)
    timer.start(100)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
