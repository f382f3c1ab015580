"""The history's calf test card: each leg over the weeks, told apart by pen and marker as
well as colour, named in the key; absent when there is no calf test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supple.core.history.model import Outcome
from supple.core.history.records import CalfTest, CalfTestKind, Side
from supple.core.history.store import HistoryStore
from supple.qt.history.calf_data import calf_test_lines
from supple.qt.history.calf_test_chart import latest_text
from supple.qt.history.window import HistoryWindow

TODAY = date(2026, 12, 2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.db")
    yield s
    s.close()


def test_no_calf_test_no_card(qtbot: QtBot, store: HistoryStore) -> None:
    record = store.begin_session("r", "Routine", "strength", "fp", 1)
    store.finish_session(record.uuid, Outcome.COMPLETED, 60)
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    assert window.calf_test_card is None
    assert window.pages.currentIndex() == 0


def test_each_leg_over_the_weeks_apart(qtbot: QtBot, store: HistoryStore) -> None:
    days = [TODAY - timedelta(weeks=6 - 2 * i) for i in range(4)]  # every two weeks
    for i, day in enumerate(days):
        store.add_calf_test(day, Side.LEFT, CalfTestKind.HEEL_RAISES, 12 + 3 * i)
        store.add_calf_test(day, Side.RIGHT, CalfTestKind.HEEL_RAISES, 22 + i)
        store.add_calf_test(day, Side.LEFT, CalfTestKind.KNEE_TO_WALL, 8 + 0.5 * i)
        store.add_calf_test(day, Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 11)
    store.add_calf_test(days[-1], Side.LEFT, CalfTestKind.HEEL_RAISES, 22)  # redone that day
    store.flush()
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    card = window.calf_test_card
    assert card is not None and card.widget.isVisible()
    shown = card.shown()
    assert shown["raises"]["left"] == [(days[0], 12), (days[1], 15), (days[2], 18),
                                       (days[3], 22)]
    assert shown["raises"]["right"] == [(d, 22 + i) for i, d in enumerate(days)]
    assert shown["knee"]["left"][-1] == (days[3], 9.5)
    assert shown["knee"]["right"] == [(d, 11) for d in days]
    assert card.start <= days[0] and card.end >= TODAY
    # Not colour alone: the pens and the markers differ too, and the key names each leg.
    for chart in (card.raises, card.knee):
        assert chart.lines["left"].pen().style() == Qt.PenStyle.SolidLine
        assert chart.lines["right"].pen().style() == Qt.PenStyle.DashLine
        assert chart.marks["left"].markerShape() == QScatterSeries.MarkerShape.MarkerShapeCircle
        assert chart.marks["right"].markerShape() == \
            QScatterSeries.MarkerShape.MarkerShapeRectangle
        top = max(v for side in chart.shown().values() for _, v in side)
        assert top <= chart.y_axis.max() <= 2 * top  # every point in the plot, none lost
    assert "left leg" in card.key.text() and "right leg" in card.key.text()
    assert card.summary.text() == (
        f"Latest, {days[3]:%-d %b} — heel raises: left 22, right 25; "
        "knee to wall: left 9.5 cm, right 11 cm.")


def test_lines_keep_the_last_of_a_day_and_say_nothing_when_empty() -> None:
    from datetime import datetime

    at = datetime(2026, 12, 2, tzinfo=UTC)
    tests = [CalfTest("a", TODAY, Side.RIGHT, CalfTestKind.HEEL_RAISES, 10, at),
             CalfTest("b", TODAY, Side.RIGHT, CalfTestKind.HEEL_RAISES, 14, at)]
    lines = calf_test_lines(tests)
    assert lines.raises_right == ((TODAY, 14),) and lines.raises_left == ()
    assert lines.first == TODAY
    assert calf_test_lines([]).first is None
    assert latest_text(calf_test_lines([])) == ""
    older = CalfTest("c", TODAY.replace(day=1), Side.LEFT, CalfTestKind.KNEE_TO_WALL, 9, at)
    assert latest_text(calf_test_lines([*tests, older])) == (
        "Latest — heel raises: right 14 (2 Dec); knee to wall: left 9 cm (1 Dec).")
