"""Screensaver inhibition: at the right state changes, and harmless where it cannot work."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.routines.loader import load_text
from supple.core.session.engine import SessionEngine, State
from supple.core.session.timeline import plan
from supple.qt.driver import SessionDriver
from supple.qt.platform.screensaver import REASON, ScreenSaverInhibitor

ROUTINE = """
supple: 1
name: Short
defaults: {lead_in: 2s}
steps:
  - {name: Calf raises, hold: 5s}
"""


class FakePort:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []
        self.next_cookie = 7

    def inhibit(self, app_name: str, reason: str) -> int | None:
        self.calls.append(("inhibit", (app_name, reason)))
        self.next_cookie += 1
        return self.next_cookie

    def uninhibit(self, cookie: int) -> None:
        self.calls.append(("uninhibit", cookie))


def make_driver(qtbot: QtBot) -> tuple[FakeClock, SessionDriver]:
    routine, problems = load_text(ROUTINE, "short.yaml")
    assert routine is not None, problems
    clock = FakeClock()
    return clock, SessionDriver(SessionEngine(plan(routine), clock), RecordingCuePlayer())


def settle() -> None:
    QApplication.processEvents()


def test_inhibits_only_while_running(qtbot: QtBot) -> None:
    clock, driver = make_driver(qtbot)
    port = FakePort()
    inhibitor = ScreenSaverInhibitor(port)
    inhibitor.watch(driver)
    assert inhibitor.available and port.calls == []  # READY: nothing yet

    driver.start()
    settle()  # the inhibitor hears of state changes through a queued signal
    assert port.calls == [("inhibit", ("Supple", REASON))] and inhibitor.active
    driver.pause()
    settle()  # the inhibitor hears of state changes through a queued signal
    assert port.calls[-1] == ("uninhibit", 8) and not inhibitor.active
    driver.resume()
    settle()  # the inhibitor hears of state changes through a queued signal
    assert port.calls[-1] == ("inhibit", ("Supple", REASON))
    clock.advance(10)
    driver.tick()  # finished
    settle()  # the inhibitor hears of state changes through a queued signal
    assert driver.state is State.FINISHED
    assert port.calls[-1] == ("uninhibit", 9)
    assert len(port.calls) == 4


def test_stop_and_close_release(qtbot: QtBot) -> None:
    _, driver = make_driver(qtbot)
    port = FakePort()
    inhibitor = ScreenSaverInhibitor(port)
    inhibitor.watch(driver)
    driver.start()
    settle()  # the inhibitor hears of state changes through a queued signal
    driver.stop()
    settle()  # the inhibitor hears of state changes through a queued signal
    assert [c[0] for c in port.calls] == ["inhibit", "uninhibit"]

    _, second = make_driver(qtbot)
    inhibitor.watch(second)  # a new session replaces the old one
    second.start()
    settle()  # the inhibitor hears of state changes through a queued signal
    inhibitor.release()  # the window closes
    inhibitor.release()  # twice is harmless
    assert [c[0] for c in port.calls] == ["inhibit", "uninhibit", "inhibit", "uninhibit"]
    driver.start()  # the old session no longer moves the inhibitor
    settle()  # the inhibitor hears of state changes through a queued signal
    assert len(port.calls) == 4


def test_no_cookie_means_nothing_to_release(qtbot: QtBot) -> None:
    class Refusing(FakePort):
        def inhibit(self, app_name: str, reason: str) -> int | None:
            self.calls.append(("inhibit", (app_name, reason)))
            return None

    _, driver = make_driver(qtbot)
    port = Refusing()
    inhibitor = ScreenSaverInhibitor(port)
    inhibitor.watch(driver)
    driver.start()
    settle()  # the inhibitor hears of state changes through a queued signal
    driver.pause()
    settle()  # the inhibitor hears of state changes through a queued signal
    assert [c[0] for c in port.calls] == ["inhibit"]


def test_without_a_bus_it_does_nothing(qtbot: QtBot) -> None:
    conn = QDBusConnection.connectToBus("unix:path=/nonexistent/supple-bus", "supple-no-bus")
    try:
        started = time.monotonic()
        inhibitor = ScreenSaverInhibitor(connection=conn)
        assert time.monotonic() - started < 2.0  # generous: the point is it does not hang
        assert not inhibitor.available
        _, driver = make_driver(qtbot)
        inhibitor.watch(driver)
        driver.start()
        driver.stop()
        assert not inhibitor.active
    finally:
        QDBusConnection.disconnectFromBus("supple-no-bus")


SERVICE = """
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])
conn = QDBusConnection.connectToBus(sys.argv[1], "service")


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class Saver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, app_name, reason):
        print("inhibit", app_name, flush=True)
        return 4000000000  # above int32: the cookie must stay a uint32 both ways

    @Slot("uint")
    def UnInhibit(self, cookie):
        print("uninhibit", cookie, flush=True)
        app.quit()


saver = Saver()
conn.registerObject("/org/freedesktop/ScreenSaver", saver,
                    QDBusConnection.RegisterOption.ExportAllSlots)
assert conn.registerService("org.freedesktop.ScreenSaver")
print("ready", flush=True)
app.exec()
"""


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throwaway session bus, so the test never touches the user's desktop."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:")
        yield address
    finally:
        daemon.kill()
        daemon.wait()
        if daemon.stdout is not None:
            daemon.stdout.close()


def test_real_dbus_round_trip(tmp_path: Path, private_bus: str) -> None:
    script = tmp_path / "fake_screensaver.py"
    script.write_text(SERVICE)
    service = subprocess.Popen([sys.executable, str(script), private_bus],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "ready"
        conn = QDBusConnection.connectToBus(private_bus, "supple-test-bus")
        inhibitor = ScreenSaverInhibitor(connection=conn)
        assert inhibitor.available
        inhibitor.inhibit()
        assert inhibitor.active
        assert service.stdout.readline().strip() == "inhibit Supple"
        inhibitor.release()
        assert service.stdout.readline().strip() == "uninhibit 4000000000"
        assert service.wait(timeout=10) == 0
    finally:
        QDBusConnection.disconnectFromBus("supple-test-bus")
        if service.poll() is None:
            service.kill()
            service.wait()
        if service.stdout is not None:
            service.stdout.close()
