"""Full screen from the window manager's hints, read with the real xprop on a real X server
(Xvfb; the test sets the hints a window manager would), and "unknown" as "no"."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

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
