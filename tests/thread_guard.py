"""A debug hook for tests: is every Qt object used on the thread it belongs to?

Three checks, installed together by :class:`ThreadGuard` (in a child process: it replaces the
process's Qt message handler and profile hooks):

- **Python calls into Qt.** A profile hook (``sys.setprofile`` and ``threading.setprofile``, so
  threads started later are watched too) sees every call of a C function; when it is a method of
  a ``QObject``, ``QThread.currentThread()`` must be ``obj.thread()``. Thread-safe calls
  (``deleteLater``, ``thread``) are allowed anywhere; emitting a signal is not a ``QObject``
  method and is allowed (queued connections are how threads talk).
- **Qt's own complaints**, from any thread, Qt's included (PulseAudio's mainloop thread runs
  no Python, so only Qt can tell): "Socket notifiers cannot be enabled or disabled from another
  thread", "Timers cannot be stopped from another thread" and the like.
- **Sound effects that end by themselves.** In Qt 6.10+ a ``QSoundEffect`` play that reaches its
  end is finished on PulseAudio's thread, which may then destroy a notifier of the GUI thread
  (see ``supple.qt.platform.sound_effects``). :meth:`watch_sound_effects` swaps in a subclass in
  the player modules that notes every end of playing that did not come from a ``stop()`` call.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType, ModuleType
from typing import Any

from PySide6.QtCore import QObject, QThread, QtMsgType, Slot, qInstallMessageHandler
from PySide6.QtMultimedia import QSoundEffect

CROSS_THREAD_WORDS = ("another thread", "different thread", "from another", "other thread",
                      "Invalid socket", "threads started with QThread")  # fmt: skip
ANYWHERE = {"deleteLater", "thread"}


@dataclass
class ThreadGuard:
    violations: list[str] = field(default_factory=list)  # Python calls on the wrong thread
    qt_complaints: list[str] = field(default_factory=list)  # Qt's cross-thread messages
    natural_ends: list[str] = field(default_factory=list)  # effects that stopped by themselves
    messages: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- Python calls --------------------------------------------------------------------------

    def _profile(self, frame: FrameType, event: str, arg: Any) -> None:
        if event != "c_call":
            return
        obj = getattr(arg, "__self__", None)
        if not isinstance(obj, QObject):
            return
        name = getattr(arg, "__name__", "?")
        if name in ANYWHERE:
            return
        try:
            owner = obj.thread()
        except RuntimeError:  # not constructed yet, or already deleted: nothing to compare
            return
        here = QThread.currentThread()
        if owner is not here:
            where = "".join(traceback.format_stack(frame, limit=4))
            with self._lock:
                self.violations.append(
                    f"{type(obj).__name__}.{name} called on thread "
                    f"{threading.current_thread().name!r}, owned by {owner!r}\n{where}")

    # -- Qt messages ---------------------------------------------------------------------------

    def _handler(self, kind: QtMsgType, context: object, message: str) -> None:
        with self._lock:
            self.messages += 1
            if any(w in message for w in CROSS_THREAD_WORDS) and len(self.qt_complaints) < 100:
                self.qt_complaints.append(f"[{threading.current_thread().name}] {message}")
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or self.messages < 50:
            sys.stderr.write(message + "\n")

    @contextmanager
    def installed(self, *, profile: bool = True) -> Iterator[ThreadGuard]:
        """Qt's messages always; the (slow) profile hook unless ``profile`` is false."""
        previous = qInstallMessageHandler(self._handler)
        if profile:
            sys.setprofile(self._profile)
            threading.setprofile(self._profile)
        try:
            yield self
        finally:
            if profile:
                threading.setprofile(None)  # type: ignore[arg-type]
                sys.setprofile(None)
            qInstallMessageHandler(previous)

    # -- sound effects -------------------------------------------------------------------------

    def watch_sound_effects(self, *modules: ModuleType) -> None:
        """Make the players in ``modules`` create effects that report how each play ended."""
        guard = self

        class WatchedEffect(QSoundEffect):
            def __init__(self, *args: Any) -> None:
                super().__init__(*args)
                self._stopping = False
                self.playingChanged.connect(self._changed)

            @Slot()
            def stop(self) -> None:
                self._stopping = True
                try:
                    super().stop()
                finally:
                    self._stopping = False

            def _changed(self) -> None:
                if not self.isPlaying() and not self._stopping:
                    guard.natural_ends.append(self.source().fileName())

        for module in modules:
            if hasattr(module, "QSoundEffect"):
                module.QSoundEffect = WatchedEffect  # type: ignore[attr-defined]
