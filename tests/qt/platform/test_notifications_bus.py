"""Notifications on a real session bus (dbus-daemon), with the tests' own notification
server in a child process: the specification's argument types, the actions heard back, and
the whole app: a reminder is sent, its "Start" pressed, and the routine starts in the player.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from supple.qt.platform.interruptions import screen_locked
from supple.qt.platform.notifications import DesktopNotifications

SERVER = Path(__file__).parents[2] / "notification_server.py"
SRC = Path(__file__).parents[3] / "src"

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None,
                                reason="dbus-daemon is not installed (Debian package dbus)")


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    """A session bus of this test's own: its address."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def _server(bus: str, log: Path, press: str | None) -> subprocess.Popen[str]:
    args = [sys.executable, str(SERVER), str(log)] + (["--press", press] if press else [])
    server = subprocess.Popen(args, env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus},
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    return server


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


def test_notify_sends_the_declared_types_and_hears_the_action(
        qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    log = tmp_path / "notify.jsonl"
    server = _server(bus, log, "later")
    conn = QDBusConnection.connectToBus(bus, "supple-test-notify")
    try:
        notifications = DesktopNotifications.open(conn)
        assert notifications is not None and notifications.has_actions
        with qtbot.waitSignal(notifications.actionInvoked, timeout=5000) as pressed, \
                qtbot.waitSignal(notifications.closed, timeout=5000) as closed:
            first = notifications.notify("Time for Calf care", "Start when ready.",
                                         [("start", "Start"), ("later", "Later")],
                                         hints={"desktop-entry": "io.github.supple.Supple"})
        assert first == 1
        assert pressed.args == [1, "later"] and closed.args == [1, 2]
        # Replacing the one on screen: the server is told which (a uint32, as declared).
        assert notifications.notify("Time for Heel drops", "", replaces=first) == first
        sent = [json.loads(line) for line in log.read_text().splitlines()]
        assert [(s["summary"], s["replaces"], s["actions"], s["hints"]) for s in sent] == [
            ("Time for Calf care", 0, ["start", "Start", "later", "Later"], ["desktop-entry"]),
            ("Time for Heel drops", 1, [], [])]
        assert not screen_locked(conn)  # nobody offers org.freedesktop.ScreenSaver here
    finally:
        QDBusConnection.disconnectFromBus("supple-test-notify")
        _stop(server)


def test_no_notification_server_is_none(qtbot: QtBot, bus: str) -> None:
    conn = QDBusConnection.connectToBus(bus, "supple-test-none")
    try:
        assert conn.isConnected()
        assert DesktopNotifications.open(conn) is None
    finally:
        QDBusConnection.disconnectFromBus("supple-test-none")


ROUTINE = """\
supple: 1
name: Bus test
defaults: {lead_in: 0}
steps:
  - {name: Long hold, hold: 10m}
"""


def _sessions(db: Path) -> list[tuple[str, str]]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return list(conn.execute("SELECT routine_id, outcome FROM sessions"))
    except sqlite3.Error:  # not made yet
        return []


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("dbus-run-session") is None,
                    reason="dbus-run-session is not installed (Debian package dbus)")
def test_the_apps_reminder_start_opens_the_player(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "bus-test.yaml").write_text(ROUTINE)
    # 00:00: due, and missed, at whatever time of day the test runs; shown once on start.
    (data / "reminders.json").write_text(json.dumps({
        "reminders": [{"routine": "bus-test", "at": "00:00"}], "quiet_hours": None,
        "morning_rating": None}))
    log = tmp_path / "notify.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    run = subprocess.Popen(["dbus-run-session", "--", sys.executable, str(SERVER), str(log),
                            "--press", "start", "--", sys.executable, "-m", "supple"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    db = data / "history.db"
    try:
        deadline = time.monotonic() + 60
        while not _sessions(db):
            assert run.poll() is None, run.stderr.read() if run.stderr else ""
            assert time.monotonic() < deadline, "the routine never started"
            time.sleep(0.1)
    finally:
        os.killpg(run.pid, signal.SIGTERM)
        run.wait(timeout=20)
        if run.stderr is not None:
            run.stderr.close()
    assert _sessions(db) == [("bus-test", "in_progress")]
    [sent] = [json.loads(line) for line in log.read_text().splitlines()]
    assert sent["summary"] == "Time for Bus test"
    assert sent["actions"] == ["default", "Start", "start", "Start", "later", "Later"]
    [shown] = json.loads((data / "reminders-shown.json").read_text())["shown"]
    assert shown.startswith("own:bus-test:") and shown.endswith(":00:00")  # kept: not again


def test_a_server_gone_is_none_not_an_error(qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    server = _server(bus, tmp_path / "notify.jsonl", None)
    conn = QDBusConnection.connectToBus(bus, "supple-test-gone")
    try:
        notifications = DesktopNotifications.open(conn)
        assert notifications is not None
        _stop(server)
        assert notifications.notify("Time for Calf care", "") is None  # the caller falls back
        notifications.close(1)  # nothing to close, and no error
    finally:
        QDBusConnection.disconnectFromBus("supple-test-gone")


def test_waking_and_unlocking_check_at_once(qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    """logind's PrepareForSleep and the screensaver's ActiveChanged, sent on a real bus by
    stand-ins that own those names, each make the timer check at once."""
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import ClassInfo, QObject, Signal

    from supple.core.reminders.desk import ReminderDesk
    from supple.core.reminders.rules import ReminderConfig, UserReminder
    from supple.qt.platform.coach_due import CoachDueSource
    from supple.qt.platform.reminder_timer import ReminderCalls, ReminderTimer

    @ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
    class Login(QObject):
        PrepareForSleep = Signal(bool)

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        ActiveChanged = Signal(bool)

    names = ("supple-test-login", "supple-test-saver", "supple-test-app")
    login_bus, saver_bus, app_bus = (QDBusConnection.connectToBus(bus, n) for n in names)
    try:
        login, saver = Login(), ScreenSaver()
        signals = QDBusConnection.RegisterOption.ExportAllSignals
        assert login_bus.registerObject("/org/freedesktop/login1", login, signals)
        assert login_bus.registerService("org.freedesktop.login1")
        assert saver_bus.registerObject("/org/freedesktop/ScreenSaver", saver, signals)
        assert saver_bus.registerService("org.freedesktop.ScreenSaver")
        now = [datetime(2026, 12, 1, 7, 0, tzinfo=ZoneInfo("Europe/Berlin"))]
        fallbacks: list[str] = []
        desk = ReminderDesk(ReminderConfig(reminders=(
            UserReminder("calf-care", (time(7, 30), time(8))),)), tmp_path / "shown.json")
        timer = ReminderTimer(desk, CoachDueSource(), ReminderCalls(
            lambda rid: None, lambda: None, lambda title, text: fallbacks.append(title),
            lambda: False), now=lambda: now[0], notifications=lambda: None)
        timer.start()
        timer.listen_for_wake(app_bus, app_bus)
        now[0] = now[0].replace(hour=7, minute=40)  # the machine slept through 07:30
        login.PrepareForSleep.emit(True)  # going to sleep: nothing
        login.PrepareForSleep.emit(False)
        qtbot.waitUntil(lambda: len(fallbacks) == 1, timeout=5000)
        now[0] = now[0].replace(hour=8, minute=5)
        saver.ActiveChanged.emit(False)  # unlocked
        qtbot.waitUntil(lambda: len(fallbacks) == 2, timeout=5000)
    finally:
        # Taken down in order, while every object is alive: the timer stops hearing the
        # bus, the stand-ins leave it, and only then are the connections closed.
        if "timer" in locals():
            timer.stop()
        login_bus.unregisterObject("/org/freedesktop/login1")
        saver_bus.unregisterObject("/org/freedesktop/ScreenSaver")
        for name in names:
            QDBusConnection.disconnectFromBus(name)
