"""Full screen from the window manager's hints, read with the real xprop on a real X server
(Xvfb): hints set as a window manager would, then by a real one (openbox); and "unknown" as
"no"."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from supple.qt.platform import interruptions
from supple.qt.platform.interruptions import active_window, full_screen_elsewhere

NEEDED = ("Xvfb", "xprop", "xwininfo")


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: xvfb, x11-utils)")
    read, write = os.pipe()
    # -noreset: a server with no client left forgets every property; this test's clients
    # (xprop) come and go.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-noreset",
                               "-screen", "0", "320x240x24"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        name = f":{numbers.readline().strip()}"
    monkeypatch.setenv("DISPLAY", name)
    try:
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def _root() -> int:
    out = subprocess.run(["xwininfo", "-root"], capture_output=True, text=True, check=True)
    return int(out.stdout.split("Window id: ")[1].split()[0], 16)


def _set(window: str, prop: str, kind: str, value: str) -> None:
    subprocess.run(["xprop", *window.split(), "-f", prop, kind, "-set", prop, value],
                   check=True)


def test_the_active_windows_full_screen_state(display: str) -> None:
    assert active_window() is None and not full_screen_elsewhere()  # no window manager
    root = _root()
    _set("-root", "_NET_ACTIVE_WINDOW", "32x", hex(root))
    assert active_window() == root
    assert not full_screen_elsewhere()
    _set("-root", "_NET_WM_STATE", "32a", "_NET_WM_STATE_FULLSCREEN")
    assert full_screen_elsewhere()
    assert not full_screen_elsewhere(lambda: {root})  # Supple's own window: not another's


def test_without_a_display_or_xprop_it_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert active_window() is None and not full_screen_elsewhere()
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(interruptions.shutil, "which", lambda _: None)
    assert interruptions._xprop("-root") is None


CHILD = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from supple.qt.platform.interruptions import active_window, full_screen_elsewhere

app = QApplication([])
other = QWidget()
other.setWindowTitle("A video call")
seen = {}

def shown():
    seen["normal"] = full_screen_elsewhere()
    other.showFullScreen()
    QTimer.singleShot(800, full)

def full():
    mine = int(other.winId())
    seen["active is it"] = active_window() == mine
    seen["full screen"] = full_screen_elsewhere()
    seen["full screen, Supple's own"] = full_screen_elsewhere(lambda: {mine})
    print(json.dumps(seen))
    app.quit()

other.show()
other.activateWindow()
QTimer.singleShot(800, shown)
app.exec()
"""


@pytest.mark.slow
def test_with_a_real_window_manager(tmp_path: Path) -> None:
    """openbox (a window manager Debian ships) sets the hints itself."""
    missing = [tool for tool in ("xvfb-run", "openbox", "xprop") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: xvfb, openbox, x11-utils)")
    script = 'openbox >/dev/null 2>&1 & wm=$!; sleep 1; "$0" -c "$1"; code=$?; kill $wm; exit $code'
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 800x600x24", "sh", "-c", script,
                           sys.executable, CHILD], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "normal": False, "active is it": True, "full screen": True,
        "full screen, Supple's own": False}
