"""A sound server that accepts connections and never answers (issue 10, item 2).

A wedged PulseAudio does this. Qt Multimedia waits for its answer on the thread that creates a
``QSoundEffect``, up to libpulse's 30 s: the app's window stayed black for about 35 s and the
routine's timer then stood still. The server is played here by a Unix socket that listens,
accepts and says nothing; ``PULSE_SERVER`` points the client library at it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from audio_server import PulseServer
from supple.qt.platform.sound_server import ServerState, probe

HANG_S = 5.0  # Qt waits 30 s for a silent server; anything near that is the old hang
ROUTINE = """\
supple: 1
name: Two holds
defaults: {lead_in: 0s}
steps:
  - {name: Wall calf stretch, hold: 5s}
  - {name: Bent-knee calf stretch, hold: 5s}
"""


@contextmanager
def silent_server(folder: Path) -> Iterator[str]:
    """A Unix socket that accepts every connection and never sends a byte; yields the
    ``PULSE_SERVER`` address."""
    path = folder / "silent.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"unix:{path}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


def test_the_probe_tells_a_silent_server_from_a_missing_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no user client.conf or cookie in the way
    with silent_server(tmp_path) as address:
        monkeypatch.setenv("PULSE_SERVER", address)
        assert probe(timeout_s=0.3) is ServerState.SILENT
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-listens'}")
    assert probe(timeout_s=5.0) is ServerState.REFUSED  # refused at once, not after 5 s


@pytest.mark.audio
def test_the_probe_finds_a_working_server(pulse: PulseServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.env["PULSE_SERVER"])
    assert probe() is ServerState.READY


_APP_CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from supple.core.paths import AppPaths
from supple.core.routines.loader import LoadedRoutine, load_path
from supple.core.session.engine import State
from supple.qt.app import run_app
from supple.qt.main_window import MainWindow

app = QApplication([])
t0 = time.monotonic()
path = Path(sys.argv[1])
routine = load_path(path)
seen = {"max_gap": 0.0}
last = [t0]

def beat():
    now = time.monotonic()
    seen["max_gap"] = max(seen["max_gap"], now - last[0])
    last[0] = now
    win = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if win is not None and win.isVisible():
        seen.setdefault("window", now - t0)
        driver = win.session.driver if win.session is not None else None
        if driver is not None and driver.state is State.RUNNING:
            seen.setdefault("running", now - t0)
            seen["shown"] = driver.engine.position()
        if win.notices.has_news():
            seen["notice"] = win.notices.label.text()
    if ("running" in seen and now - t0 - seen["running"] > 1.5) or now - t0 > 45:
        if win is not None and win.session is not None:
            win.session.driver.stop()  # or quitting asks "Stop the routine?"
        app.quit()

timer = QTimer()
timer.timeout.connect(beat)
timer.start(20)
run_app(AppPaths.resolve(None),
        LoadedRoutine(path.stem, path, routine, False, routine.fingerprint()))
print(json.dumps(seen))
"""


def test_the_app_runs_a_routine_without_waiting_for_a_silent_server(tmp_path: Path) -> None:
    """The real start-up: window, history, sound, ``supple run``'s routine. The GUI thread
    keeps answering throughout, the routine runs on time, and the notice says why it is
    silent. Before the fix the GUI thread did not answer for 30 s."""
    routine = tmp_path / "two-holds.yaml"
    routine.write_text(ROUTINE)
    with silent_server(tmp_path) as address:
        env = dict(os.environ, PULSE_SERVER=address, HOME=str(tmp_path),
                   QT_QPA_PLATFORM="offscreen")  # fmt: skip
        proc = subprocess.run([sys.executable, "-c", _APP_CHILD, str(routine)], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["max_gap"] < HANG_S, f"the GUI thread stood still for {seen['max_gap']:.1f} s"
    assert "running" in seen, seen
    assert seen["shown"] > 1.0  # the routine's clock moved on after it started
    assert "did not answer" in seen.get("notice", ""), seen
