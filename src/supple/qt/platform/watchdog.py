"""Noting, once, that the GUI thread stopped answering, and what it was doing.

A frozen window tells nobody why. The GUI thread beats every :data:`BEAT_MS`; each beat
re-arms :func:`faulthandler.dump_traceback_later`, so when no beat comes for :data:`STALL_S`
the Python stack of every thread (the GUI thread's among them: what it was doing) is written
to the stall file, once for that stall. ``faulthandler`` does this from a C thread that needs
no GIL: a Python watchdog thread would itself be stuck when the GUI thread is stuck in Qt code
that keeps the GIL (PySide keeps it through ``QSvgRenderer.render()``, the hostile picture's
hang), so ``sys._current_frames()`` from a thread would see nothing in exactly the case that
matters. The stall file stays behind if the window never comes back (the app keeps it in its
cache folder and moves it aside at the next start); when the GUI thread answers again, its
next beat notes how long the stall lasted with that stack, through :attr:`Watchdog.stalled`
(the app prints it on standard error), and empties the file.

Only one ``dump_traceback_later`` can be armed per process; the app arms nothing else.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import stat
import sys
import time
from pathlib import Path
from typing import IO, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from supple.core.safe_read import NotRegularFileError
from supple.qt.i18n import tr

STALL_S = 5.0
BEAT_MS = 1000


class Stall(NamedTuple):
    """The GUI thread did not answer for ``seconds``; ``stack``: every thread's Python stack
    at the moment the stall was seen, the GUI thread's included."""

    seconds: float
    stack: str

    def __str__(self) -> str:
        return tr("supple: the window did not answer for {seconds} s; what it was doing "
                  "then:\n{stack}").format(seconds=f"{self.seconds:.1f}",
                                           stack=self.stack.rstrip())


def _open_regular(path: Path) -> IO[str]:
    """``path`` emptied for writing; never a FIFO (whose open would wait for a reader)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC, 0o600)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        # untranslated: start_watchdog catches it and takes a temporary file instead
        raise NotRegularFileError(f"{path.name} is not a regular file")
    os.ftruncate(fd, 0)
    return os.fdopen(fd, "w+", encoding="utf-8")


def print_stall(stall: Stall) -> None:
    with contextlib.suppress(OSError, ValueError):  # no standard error: the file is all
        print(stall, file=sys.stderr, flush=True)


class Watchdog(QObject):
    """Create and :meth:`start` on the GUI thread; :meth:`stop` before the app ends."""

    #: Emitted on the GUI thread once it answers again after a stall (a :class:`Stall`).
    stalled = Signal(object)

    def __init__(self, parent: QObject | None = None, *, stall_file: Path | None = None,
                 stall_s: float = STALL_S, beat_ms: int = BEAT_MS) -> None:
        """``stall_file``: where the stack is written when a stall is seen (a temporary
        file if None); it must be on a local disk, as it is written to from a C thread."""
        super().__init__(parent)
        self.stall_s = stall_s
        self._file: IO[str]
        if stall_file is None:
            import tempfile

            self._file = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        else:
            self._file = _open_regular(stall_file)
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self._beat)
        self.stalls: list[Stall] = []

    def start(self) -> None:
        self._last = time.monotonic()
        faulthandler.dump_traceback_later(self.stall_s, repeat=False, file=self._file)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        faulthandler.cancel_dump_traceback_later()
        self._file.close()

    def _beat(self) -> None:
        now = time.monotonic()
        gap, self._last = now - self._last, now
        faulthandler.cancel_dump_traceback_later()  # and waits for a dump under way to end
        stack = ""
        if os.fstat(self._file.fileno()).st_size:
            self._file.seek(0)
            stack = self._file.read()
            self._file.seek(0)
            self._file.truncate()
        faulthandler.dump_traceback_later(self.stall_s, repeat=False, file=self._file)
        if stack:
            stall = Stall(gap, stack)
            self.stalls.append(stall)
            self.stalled.emit(stall)


def start_watchdog(parent: QObject | None, stall_file: Path) -> Watchdog:
    """The app's watchdog, started, noting each stall once on standard error. A stack left
    in ``stall_file`` by a run whose window never came back is kept beside it as
    ``*.previous``; a file that cannot be made means a temporary one."""
    try:
        stall_file.parent.mkdir(parents=True, exist_ok=True)
        if stall_file.is_file() and stall_file.stat().st_size:
            os.replace(stall_file, stall_file.with_name(stall_file.name + ".previous"))
        watchdog = Watchdog(parent, stall_file=stall_file)
    except OSError:
        watchdog = Watchdog(parent)
    watchdog.stalled.connect(print_stall)
    watchdog.start()
    return watchdog
