"""The next-morning rating: asked the first time the app is opened the day after a session,
once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from today_app import BERLIN, Wall, open_app


def test_the_morning_rating_is_asked_once(qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN)), FakeClock()
    seed = HistoryStore(paths.history_db, clock=wall)
    record = seed.begin_session("alfredson-heel-drops", "My heel drops", "strength", "fp", 1)
    seed.finish_session(record.uuid, Outcome.COMPLETED, 60.0)
    seed.close()
    wall.now = datetime(2026, 3, 3, 7, 0, tzinfo=BERLIN)
    window, store = open_app(qtbot, paths, wall, clock)
    # No programme under way, yet the morning is asked: Today opens for it.
    assert window.stack.currentWidget() is window.today.view
    assert window.today.view.morning.isVisibleTo(window.today.view)
    qtbot.mouseClick(window.today.view.morning.later, Qt.MouseButton.LeftButton)
    assert not window.today.view.morning.isVisibleTo(window.today.view)
    window.close()
    store.close()
    window, store = open_app(qtbot, paths, wall, clock)  # later that day: not asked again
    assert not window.today.view.morning.isVisibleTo(window.today.view)
    assert window.stack.currentWidget() is window.library_view
    assert store.morning_ratings() == []
    window.close()
    store.close()
    wall.now = datetime(2026, 3, 4, 7, 0, tzinfo=BERLIN)  # the next day, still unrated: asked
    window, store = open_app(qtbot, paths, wall, clock)
    assert window.today.view.morning.isVisibleTo(window.today.view)
    store.close()


def test_rating_the_morning_from_its_reminder_closes_todays_question(
        qtbot: QtBot, paths: AppPaths) -> None:
    """The reminder's dialog and Today's card ask the same question: answered in one, the
    other stops asking, and the rating is kept for the window's own date."""
    from PySide6.QtWidgets import QApplication

    from supple.qt.desktop_tray import DesktopTray
    from supple.qt.morning_rating import MorningRatingDialog
    from supple.qt.platform.tray import app_icon

    wall, clock = Wall(datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN)), FakeClock()
    seed = HistoryStore(paths.history_db, clock=wall)
    record = seed.begin_session("alfredson-heel-drops", "My heel drops", "strength", "fp", 1)
    seed.finish_session(record.uuid, Outcome.COMPLETED, 60.0)
    seed.close()
    wall.now = datetime(2026, 3, 3, 7, 0, tzinfo=BERLIN)
    window, store = open_app(qtbot, paths, wall, clock)
    assert window.today.view.morning.isVisibleTo(window.today.view)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = DesktopTray(app, window, app_icon(), paths)
    desktop.rate()
    dialog = window.findChild(MorningRatingDialog, "morning-rating")
    assert isinstance(dialog, MorningRatingDialog)
    dialog.pain.group.button(1).click()
    dialog.save_button.click()
    assert store.flush()
    [rating] = store.morning_ratings()
    assert (rating.day.isoformat(), rating.pain) == ("2026-03-03", 1)
    assert not window.today.view.morning.isVisibleTo(window.today.view)
    desktop.close()
    store.close()
