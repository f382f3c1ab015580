"""Qt's messages through one handler that never floods the output.

A wedged sound server once made Qt write ``QSocketNotifier: Invalid socket N and type 'Read',
disabling...`` at 20–25 MB/s, 1.3 GB in a minute: the disk filled and the one line that told
what went wrong scrolled away. Every message Qt (or a plug-in) logs comes through
:class:`QtMessages`: the first :data:`LIMIT` of a kind in a minute pass through as Qt would
print them, then one line says that it repeats, and when its minute is over one line gives
the count of those not shown. A kind is the text with its numbers blanked, so a flood whose
socket number changes is still one flood. Fatal messages always pass (Qt aborts after them).

The handler runs on whichever thread logged the message, so its state is behind a lock.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LIMIT = 100  # messages of one kind shown per window
WINDOW_S = 60.0
MAX_KINDS = 1000
_NUMBERS = re.compile(r"\d+")

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


class _Kind:
    """One kind of message in its window (a plain class: a dataclass costs 0.4 ms to define,
    at start-up)."""

    __slots__ = ("first", "mode", "seen", "since")

    def __init__(self, first: str, mode: QtMsgType, since: float) -> None:
        self.first = first  # the message as first seen in this window
        self.mode = mode
        self.since = since
        self.seen = 0


class QtMessages:
    """Install with :meth:`install`; :meth:`uninstall` (or :meth:`flush`) writes the counts
    still owed. ``forward`` receives what is shown; by default the handler installed before
    (pytest-qt's in the tests), or standard error."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 forward: Callable[[QtMsgType, str], None] | None = None,
                 stream: TextIO | None = None) -> None:
        self._clock = clock
        self._forward = forward
        self._stream = stream
        self._kinds: OrderedDict[tuple[QtMsgType, str], _Kind] = OrderedDict()
        self._lock = threading.Lock()
        self._previous: Handler | None = None
        self._installed = False
        self._expired_at = -WINDOW_S

    # --- installing ---------------------------------------------------------------------------

    def install(self) -> None:
        if not self._installed:
            self._previous = qInstallMessageHandler(self.handle)
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            self.flush()
            qInstallMessageHandler(self._previous)
            self._installed = False

    # --- the handler --------------------------------------------------------------------------

    def handle(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if mode == QtMsgType.QtFatalMsg:
            self._emit(mode, message, context)
            return
        out: list[tuple[QtMsgType, str]] = []
        with self._lock:
            now = self._clock()
            self._expire(now, out)
            key = (mode, _NUMBERS.sub("#", message))
            kind = self._kinds.get(key)
            if kind is None:
                kind = self._kinds[key] = _Kind(message, mode, now)
                while len(self._kinds) > MAX_KINDS:
                    self._close(self._kinds.popitem(last=False)[1], out)
            self._kinds.move_to_end(key)
            kind.seen += 1
            if kind.seen <= LIMIT:
                out.append((mode, message))
            elif kind.seen == LIMIT + 1:
                # untranslated: a note in Qt's own (English) log, for a developer
                out.append((mode, f"{message} [repeated more than {LIMIT} times within "
                                  f"{WINDOW_S:.0f} s: further repeats are counted, not shown]"))
        for mode_out, text in out:
            self._emit(mode_out, text, context)

    def flush(self) -> None:
        """Write the count of every message held back so far."""
        out: list[tuple[QtMsgType, str]] = []
        with self._lock:
            for kind in self._kinds.values():
                self._close(kind, out)
            self._kinds.clear()
        for mode, text in out:
            self._emit(mode, text, QMessageLogContext())

    def _expire(self, now: float, out: list[tuple[QtMsgType, str]]) -> None:
        """Close every kind whose window is over. Looked at most once a second, so a flood
        costs a dictionary look-up per message, not a scan."""
        if now - self._expired_at < 1.0:
            return
        self._expired_at = now
        over = [key for key, kind in self._kinds.items() if now - kind.since >= WINDOW_S]
        for key in over:
            self._close(self._kinds.pop(key), out)

    @staticmethod
    def _close(kind: _Kind, out: list[tuple[QtMsgType, str]]) -> None:
        hidden = kind.seen - LIMIT - 1
        if hidden > 0:
            # untranslated: a note in Qt's own (English) log, for a developer
            out.append((kind.mode, f"{kind.first} [and {hidden} more like it not shown]"))

    def _emit(self, mode: QtMsgType, text: str, context: QMessageLogContext) -> None:
        if self._forward is not None:
            self._forward(mode, text)
        elif self._previous is not None:
            self._previous(mode, context, text)
        else:
            stream = self._stream or sys.stderr
            try:
                stream.write(text + "\n")
                stream.flush()
            except (OSError, ValueError):
                pass  # no output to write to: nothing else to do
