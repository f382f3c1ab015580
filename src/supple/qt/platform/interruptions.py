"""Whether a reminder would interrupt: another application's window full screen (a video
call, a film, a presentation), or the screen locked. Best-effort, and "no" when unknown: a
reminder missed for want of an answer is worse than one shown over a game.

- Full screen: the window manager's ``_NET_WM_STATE_FULLSCREEN`` on the root window's
  ``_NET_ACTIVE_WINDOW`` (EWMH), read with ``xprop`` (x11-utils), each call bounded; only on
  X11 (Wayland compositors keep it to themselves), and never for Supple's own windows.
- Locked: ``org.freedesktop.ScreenSaver.GetActive`` on the session bus, as
  :mod:`supple.qt.platform.screensaver` calls it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Collection

from PySide6.QtDBus import QDBusConnection, QDBusMessage

XPROP_TIMEOUT_S = 0.5
# "(WINDOW): window id # 0x1c00007" as the EWMH says; "(CARDINAL) = 29360135" from some.
_WINDOW = re.compile(r"(?:window id # |= )(0x[0-9a-fA-F]+|[0-9]+)\b")


def _xprop(*args: str) -> str | None:
    xprop = shutil.which("xprop")
    if xprop is None or not os.environ.get("DISPLAY"):
        return None
    try:
        done = subprocess.run([xprop, *args], capture_output=True, text=True, check=False,
                              timeout=XPROP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def active_window() -> int | None:
    """The X11 window the window manager says is active, or None (unknown, or none)."""
    found = _xprop("-root", "_NET_ACTIVE_WINDOW")
    match = _WINDOW.search(found or "")
    if match is None:
        return None
    window = int(match.group(1), 0)
    return window or None


def full_screen_elsewhere(own: Callable[[], Collection[int]] = frozenset) -> bool:
    """Whether the active window is full screen and not one of ``own()`` (window ids)."""
    window = active_window()
    if window is None or window in own():
        return False
    state = _xprop("-id", hex(window), "_NET_WM_STATE")
    return state is not None and "_NET_WM_STATE_FULLSCREEN" in state


def screen_locked(connection: QDBusConnection | None = None) -> bool:
    from supple.qt.platform import screensaver  # it follows the session: after the paint

    conn = connection if connection is not None else QDBusConnection.sessionBus()
    if not conn.isConnected():
        return False
    reply = screensaver._call(conn, QDBusMessage.createMethodCall(
        screensaver.SERVICE, screensaver.PATH, screensaver.INTERFACE, "GetActive"))
    return bool(reply) and reply is not None and reply[0] is True
