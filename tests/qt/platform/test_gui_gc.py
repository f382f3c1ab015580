"""Garbage is collected on the GUI thread only, never on a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from supple.qt.platform.gui_gc import GuiThreadCollector


class _Cycle(QObject):
    """A Qt object kept alive only by a reference cycle through itself."""

    destroyed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        _Cycle.destroyed_on.append(threading.current_thread().name)


def test_a_cycle_made_on_the_gui_thread_is_freed_there_not_on_a_worker(qtbot: QtBot) -> None:
    gc.enable()  # as in a fresh interpreter
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        _Cycle.destroyed_on.clear()
        _Cycle()  # garbage at once, but only a collection can free it

        def worker() -> None:  # allocates far past every threshold
            junk = [[i] for i in range(200_000)]
            for item in junk:
                item.append(item)  # cycles too
            del junk

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert _Cycle.destroyed_on == []  # the worker never collected
        qtbot.waitUntil(lambda: _Cycle.destroyed_on != [], timeout=5000)
        assert _Cycle.destroyed_on == [threading.current_thread().name]
    finally:
        collector.stop()
        collector.deleteLater()


def test_settle_freezes_what_is_alive_and_frees_what_is_not(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    try:
        _Cycle.destroyed_on.clear()
        _Cycle()  # garbage: settling frees it instead of freezing it forever
        kept = [[1]]
        collector.settle()
        assert _Cycle.destroyed_on == [threading.current_thread().name]
        assert gc.get_freeze_count() > 0 and kept
    finally:
        gc.unfreeze()
        collector.stop()
        collector.deleteLater()
