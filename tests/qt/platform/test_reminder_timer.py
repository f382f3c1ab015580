"""The reminders' timer with a recording notification server and a fake clock: what is due
is sent once, "Start" hands the routine over, "Later" brings it back, a newer one replaces
the one on screen, and with no server (or a routine under way) the fallbacks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from supple.core.reminders.desk import ReminderDesk
from supple.core.reminders.rules import ReminderConfig, UserReminder
from supple.qt.platform.coach_due import CoachDueSource
from supple.qt.platform.notifications import DesktopNotifications
from supple.qt.platform.reminder_timer import ReminderCalls, ReminderTimer

BERLIN = ZoneInfo("Europe/Berlin")


class Server(QObject):
    """Stands in for :class:`DesktopNotifications`: records, and presses when told."""

    actionInvoked = Signal(int, str)
    closed = Signal(int, int)
    has_actions = True

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, list[str], int]] = []
        self.closed_ids: list[int] = []

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = (), *,
               replaces: int = 0, **_: object) -> int:
        self.sent.append((summary, body, [key for key, _ in actions], replaces))
        return replaces or len(self.sent)

    def close(self, notification: int) -> None:
        self.closed_ids.append(notification)


class Calls:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.fallbacks: list[tuple[str, str]] = []
        self.rated = 0
        self.busy = False

    def calls(self) -> ReminderCalls:
        return ReminderCalls(self.started.append, self.rate,
                             lambda title, text: self.fallbacks.append((title, text)),
                             lambda: self.busy)

    def rate(self) -> None:
        self.rated += 1


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


def _timer(tmp_path: Path, server: Server | None, calls: Calls, clock: Clock,
           *times: time) -> ReminderTimer:
    config = ReminderConfig(reminders=(UserReminder("calf-care", times),), morning_rating=None)
    desk = ReminderDesk(config, tmp_path / "shown.json", {"calf-care": "Calf care"}.get)  # type: ignore[arg-type]
    return ReminderTimer(desk, CoachDueSource(), calls.calls(), now=clock,
                         notifications=lambda: cast(DesktopNotifications, server))


def test_due_is_sent_once_and_start_hands_the_routine_over(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    server, calls, clock = Server(), Calls(), Clock()
    timer = _timer(tmp_path, server, calls, clock, time(7, 30))
    timer.start()
    assert server.sent == []
    clock.now = clock.now.replace(minute=30)
    assert len(timer.check()) == 1
    assert server.sent == [("Time for Calf care", "Start when ready.",
                            ["default", "start", "later"], 0)]
    assert timer.check() == []
    server.actionInvoked.emit(1, "start")
    assert calls.started == ["calf-care"] and server.closed_ids == [1]
    server.actionInvoked.emit(1, "start")  # already answered: nothing more
    server.actionInvoked.emit(99, "start")  # not ours
    assert calls.started == ["calf-care"]
    timer.stop()
    assert not timer.timer.isActive()


def test_later_brings_it_back_and_replaces_the_one_on_screen(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    server, calls, clock = Server(), Calls(), Clock()
    timer = _timer(tmp_path, server, calls, clock, time(7, 30), time(7, 45))
    clock.now = clock.now.replace(minute=31)
    timer.check()
    clock.now = clock.now.replace(minute=45)
    timer.check()  # the 07:45 one replaces the 07:30 still on screen
    assert [(s[0], s[3]) for s in server.sent] == [("Time for Calf care", 0),
                                                   ("Time for Calf care", 1)]
    server.actionInvoked.emit(1, "later")
    clock.now = clock.now.replace(minute=59)
    assert timer.check() == []
    clock.now = clock.now.replace(hour=8, minute=16)
    [again] = timer.check()
    assert again.key.endswith("07:45") and server.sent[-1][1] == "Due at 07:45. Start when ready."
    assert server.sent[-1][3] == 0  # the first was answered: a new one


def test_no_server_falls_back_and_a_routine_under_way_holds_it(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    calls, clock = Calls(), Clock()
    timer = _timer(tmp_path, None, calls, clock, time(7, 30), time(8))
    clock.now = clock.now.replace(minute=30)
    calls.busy = True
    assert timer.check() == [] and calls.fallbacks == []
    calls.busy = False
    clock.now = clock.now.replace(minute=40)
    assert len(timer.check()) == 1
    assert calls.fallbacks == [("Time for Calf care", "Due at 07:30. Start when ready.")]
    server = Server()  # the desktop's server has started since: it is asked again, and used
    timer._open_notifications = lambda: cast(DesktopNotifications, server)
    clock.now = clock.now.replace(hour=8, minute=0)
    assert len(timer.check()) == 1
    assert len(calls.fallbacks) == 1 and [s[0] for s in server.sent] == ["Time for Calf care"]


def test_the_morning_rating_asks_rate_now_and_a_failed_notify_falls_back(
        qtbot: QtBot, tmp_path: Path) -> None:
    from supple.core.reminders.rules import Candidate, Kind
    from supple.qt.platform.reminder_timer import wording

    server, calls, clock = Server(), Calls(), Clock()
    timer = _timer(tmp_path, server, calls, clock)
    at = clock.now.replace(hour=8)
    morning = Candidate("morning-rating:2026-12-01", Kind.MORNING_RATING, at,
                        at.replace(hour=12), None, "How do your calves feel this morning?")
    assert wording(morning, at) == ("Supple: morning calf check", "How do your calves feel "
                                    "this morning? Rate pain and tightness, 0–10.")
    timer.show(morning, at)
    assert server.sent[-1][2] == ["default", "rate", "later"]
    server.actionInvoked.emit(1, "default")  # a click on it
    assert calls.rated == 1 and calls.started == []
    timer.show(morning, at)
    server.closed.emit(2, 1)  # expired: forgotten, and the next one is new, not a replacement
    timer.show(morning, at)
    assert [s[3] for s in server.sent] == [0, 0, 0]

    class Refusing(Server):
        def notify(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
            return None

    refusing = Refusing()
    timer._notifications = cast(DesktopNotifications, refusing)
    timer.show(morning, at)
    assert calls.fallbacks == [wording(morning, at)]
