"""Qt's messages go through one handler that collapses a flood into a line with a count.

The flood is real: ``qWarning`` called from Python goes through Qt's logging and so through
the installed handler, as the ``QSocketNotifier`` flood of a wedged sound server did.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qWarning
from pytestqt.qtbot import QtBot

from supple.qt.platform.qt_messages import LIMIT, QtMessages

FLOOD = "QSocketNotifier: Invalid socket {n} and type 'Read', disabling..."


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[list[str]]:
    """What the handler lets through, collected by a handler installed before it (as the
    app's standard error, or pytest-qt's capture, would be)."""
    lines: list[str] = []

    def before(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        lines.append(message)

    outer = qInstallMessageHandler(before)  # pytest-qt's; put back below
    yield lines
    qInstallMessageHandler(outer)


def test_a_flood_is_shown_a_hundred_times_then_counted_in_one_line(shown: list[str]) -> None:
    clock = Clock()
    messages = QtMessages(clock=clock)
    messages.install()
    try:
        for i in range(10_000):
            qWarning(FLOOD.format(n=23 + i % 2))  # the socket number changes: one flood
            clock.t += 0.001
    finally:
        messages.uninstall()
    assert len(shown) == LIMIT + 2
    assert shown[:LIMIT] == [FLOOD.format(n=23 + i % 2) for i in range(LIMIT)]
    assert "repeated more than 100 times within 60 s" in shown[LIMIT]
    assert shown[-1] == FLOOD.format(n=23) + " [and 9899 more like it not shown]"


def test_after_its_minute_a_message_is_counted_and_shown_again(shown: list[str]) -> None:
    clock = Clock()
    messages = QtMessages(clock=clock)
    messages.install()
    try:
        for _ in range(150):
            qWarning("again and again")
        clock.t += 61
        qWarning("again and again")
        qWarning("something else")
    finally:
        messages.uninstall()
    assert shown.count("again and again") == LIMIT + 1
    assert "again and again [and 49 more like it not shown]" in shown
    assert shown.index("again and again [and 49 more like it not shown]") < len(shown) - 2
    assert shown[-1] == "something else"


def test_messages_from_other_threads_are_counted_too(shown: list[str]) -> None:
    messages = QtMessages(clock=Clock())
    messages.install()
    try:
        workers = [threading.Thread(target=lambda: [qWarning("from a worker")
                                                    for _ in range(500)]) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        messages.uninstall()
    assert shown.count("from a worker") == LIMIT
    assert shown[-1] == "from a worker [and 1899 more like it not shown]"


def test_uninstall_puts_back_the_handler_from_before(shown: list[str]) -> None:
    messages = QtMessages()
    messages.install()
    messages.uninstall()
    qWarning("straight through")
    assert shown == ["straight through"]
