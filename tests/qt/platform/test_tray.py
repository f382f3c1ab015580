"""The tray's menu and the window's close-to-tray. Offscreen there is no tray, so the menu is
tested by invoking its actions, and the icon only by its absence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from supple.qt.platform.due import DueRoutine, NothingDue, ReminderPause
from supple.qt.platform.tray import (
    NO_PLAN,
    NO_PROGRAMME,
    CloseToTray,
    Tray,
    TrayCalls,
    app_icon,
    tray_available,
)

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 2, 14, 20, tzinfo=ZONE)


class Calls:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def tray_calls(self) -> TrayCalls:
        return TrayCalls(lambda rid: self.seen.append(f"start {rid}"),
                         lambda: self.seen.append("open"), lambda: self.seen.append("quit"))


class Planned:
    def next_due(self, now: datetime) -> DueRoutine | None:
        return DueRoutine("alfredson-heel-drops", "Heel drops (evening)")

    def todays_plan(self, now: datetime) -> Sequence[str]:
        return ["07:30 Heel drops (morning), done", "19:00 Heel drops (evening)"]


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def calls() -> Calls:
    return Calls()


def _tray(qtbot: QtBot, calls: Calls, due: object = None,
          clock: Clock | None = None) -> Tray:
    tray = Tray(due or NothingDue(), ReminderPause(), calls.tray_calls(),  # type: ignore[arg-type]
                clock or Clock())
    qtbot.addWidget(tray.menu)
    return tray


def test_with_no_programme_the_start_and_plan_items_say_so_disabled(
        qtbot: QtBot, calls: Calls) -> None:
    tray = _tray(qtbot, calls)
    start, plan = tray.action("start-due"), tray.action("plan")
    assert (start.text(), start.isEnabled()) == (NO_PROGRAMME, False)
    assert (plan.text(), plan.isEnabled()) == (NO_PLAN, False)
    start.trigger()
    assert calls.seen == []


def test_a_due_routine_is_offered_and_started_by_its_id(qtbot: QtBot, calls: Calls) -> None:
    tray = _tray(qtbot, calls, Planned())
    start = tray.action("start-due")
    assert start.isEnabled() and start.text() == "Start Heel drops (evening)"
    start.trigger()
    assert calls.seen == ["start alfredson-heel-drops"]
    plan = tray.action("plan").menu()
    assert plan is not None
    assert [a.text() for a in plan.actions()] == list(Planned().todays_plan(NOW))
    assert not any(a.isEnabled() for a in plan.actions())


def test_open_and_quit_call_the_window(qtbot: QtBot, calls: Calls) -> None:
    tray = _tray(qtbot, calls)
    tray.action("open").trigger()
    tray.action("quit").trigger()
    assert calls.seen == ["open", "quit"]


def test_pause_for_an_hour_shows_until_when_and_can_be_resumed(
        qtbot: QtBot, calls: Calls) -> None:
    clock = Clock()
    tray = _tray(qtbot, calls, clock=clock)
    tray.action("pause-hour").trigger()
    assert tray.pause.until == NOW + timedelta(hours=1)
    assert tray.pause.paused(NOW) and not tray.pause.paused(NOW + timedelta(hours=1))
    tray.menu.aboutToShow.emit()  # the menu is rebuilt as it opens
    paused = tray.action("paused")
    assert (paused.text(), paused.isEnabled()) == ("Reminders paused until 15:20", False)
    with pytest.raises(KeyError):
        tray.action("pause-hour")
    tray.action("resume").trigger()
    assert tray.pause.until is None
    tray.menu.aboutToShow.emit()
    assert tray.action("pause-hour").isEnabled()


def test_pause_for_today_lasts_until_midnight(qtbot: QtBot, calls: Calls) -> None:
    clock = Clock()
    tray = _tray(qtbot, calls, clock=clock)
    tray.action("pause-today").trigger()
    assert tray.pause.until == datetime(2026, 12, 3, tzinfo=ZONE)
    clock.now = datetime(2026, 12, 2, 23, 59, tzinfo=ZONE)
    assert tray.pause.paused(clock.now)
    tray.rebuild()
    assert tray.action("paused").text() == "Reminders paused for today"
    clock.now = datetime(2026, 12, 3, 0, 0, tzinfo=ZONE)
    assert not tray.pause.paused(clock.now)
    tray.rebuild()
    assert tray.action("pause-today").isEnabled()


def test_an_hour_past_midnight_is_shown_by_its_time(qtbot: QtBot, calls: Calls) -> None:
    clock = Clock()
    clock.now = datetime(2026, 12, 2, 23, 30, tzinfo=ZONE)
    tray = _tray(qtbot, calls, clock=clock)
    tray.action("pause-hour").trigger()
    tray.rebuild()
    assert tray.action("paused").text() == "Reminders paused for today"  # past today's end


def test_offscreen_there_is_no_tray_and_nothing_is_shown(qtbot: QtBot, calls: Calls) -> None:
    tray = _tray(qtbot, calls)
    assert tray_available() is False
    assert tray.show(app_icon()) is False and tray.icon is None


def test_the_icon_has_every_size(qtbot: QtBot) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes


class FakeApp:
    def __init__(self) -> None:
        self.quit_on_last = True
        self.quits = 0

    def setQuitOnLastWindowClosed(self, on: bool) -> None:
        self.quit_on_last = on

    def quit(self) -> None:
        self.quits += 1


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refuse = False
        self.closes = 0

    def closeEvent(self, event: object) -> None:
        self.closes += 1
        if self.refuse:
            event.ignore()  # type: ignore[attr-defined]


def _closing(qtbot: QtBot, keep: bool, busy: bool = False) -> tuple[Window, FakeApp, CloseToTray]:
    window, app = Window(), FakeApp()
    qtbot.addWidget(window)
    closing = CloseToTray(window, lambda: keep, lambda: busy, app)  # type: ignore[arg-type]
    window.show()
    return window, app, closing


def test_closing_with_the_tray_setting_hides_the_window_and_keeps_running(
        qtbot: QtBot) -> None:
    window, app, _ = _closing(qtbot, keep=True)
    assert window.close() is False  # not closed: hidden
    assert not window.isVisible() and window.closes == 0
    assert app.quit_on_last is False and app.quits == 0
    window.show()  # "Open Supple"
    assert app.quit_on_last is True


def test_closing_without_the_tray_setting_closes_as_before(qtbot: QtBot) -> None:
    window, app, _ = _closing(qtbot, keep=False)
    assert window.close() is True
    assert window.closes == 1 and app.quit_on_last is True


def test_a_routine_under_way_is_not_hidden(qtbot: QtBot) -> None:
    window, _, _ = _closing(qtbot, keep=True, busy=True)
    assert window.close() is True and window.closes == 1


def test_quit_from_the_tray_closes_the_hidden_window_then_ends(qtbot: QtBot) -> None:
    window, app, closing = _closing(qtbot, keep=True)
    window.close()
    closing.quit()
    assert window.closes == 1 and app.quits == 1


def test_quit_refused_by_the_window_stays(qtbot: QtBot) -> None:
    window, app, closing = _closing(qtbot, keep=True)
    window.refuse = True  # a routine under way, and the user said no
    closing.quit()
    assert window.closes == 1 and app.quits == 0 and not closing.quitting
