"""The history window over a real store filled with known sessions (fixed dates, fake clock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.stats import PainPoint
from supple.core.history.store import HistoryStore
from supple.qt.history.pain_chart import pain_change
from supple.qt.history.rating_dialog import RatingDialog
from supple.qt.history.table_model import Column, SessionTableModel
from supple.qt.history.weeks import day_msecs, monday_of
from supple.qt.history.window import EMPTY_TEXT, HistoryWindow

TODAY = date(2026, 3, 10)  # a Tuesday

CALF = ("calf", "Calf care", "post-run stretch")
HEEL = ("heel", "Heel drops", "strength")


@dataclass(frozen=True)
class Planned:
    routine: tuple[str, str, str]
    day: date
    hour: int
    outcome: Outcome
    active: float
    before: int | None = None
    after: int | None = None
    note: str | None = None


# Completed days: 1–4 March (streak of 4, the longest), 8–10 March (the current streak of 3).
# 5 and 7 March are rest days; on 6 March the only session was stopped early.
PLAN = [
    Planned(HEEL, date(2026, 3, 1), 8, Outcome.COMPLETED, 300),
    Planned(CALF, date(2026, 3, 2), 7, Outcome.COMPLETED, 600, 6, 4),
    Planned(CALF, date(2026, 3, 3), 7, Outcome.COMPLETED, 600, 5, 3),
    Planned(HEEL, date(2026, 3, 3), 18, Outcome.COMPLETED, 300),
    Planned(CALF, date(2026, 3, 4), 7, Outcome.COMPLETED, 600, 5, 2),
    Planned(HEEL, date(2026, 3, 6), 18, Outcome.STOPPED, 120),
    Planned(CALF, date(2026, 3, 8), 7, Outcome.COMPLETED, 600, 4, 2, "<b>x</b>"),
    Planned(HEEL, date(2026, 3, 9), 18, Outcome.COMPLETED, 300),
    Planned(CALF, date(2026, 3, 9), 20, Outcome.INTERRUPTED, 200),
    Planned(CALF, date(2026, 3, 10), 7, Outcome.COMPLETED, 540, 3, 1),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12).astimezone()

    def __call__(self) -> datetime:
        return self.now


def record(store: HistoryStore, clock: FakeClock, plan: Planned) -> str:
    routine_id, name, category = plan.routine
    clock.now = datetime(plan.day.year, plan.day.month, plan.day.day, plan.hour).astimezone()
    session = store.begin_session(routine_id, name, category, "fp", 3, plan.before)
    steps = 3 if plan.outcome is Outcome.COMPLETED else 2
    for position in range(steps):
        clock.now += timedelta(seconds=plan.active / steps)
        status = StepStatus.SKIPPED if plan.outcome is Outcome.STOPPED and position else (
            StepStatus.DONE)
        store.record_step(session.uuid, position, f"step {position}", None, status,
                          plan.active / steps, plan.active / steps * (position + 1))
    store.finish_session(session.uuid, plan.outcome, plan.active)
    if plan.after is not None or plan.note is not None:
        store.rate_session(session.uuid, pain_after=plan.after, note=plan.note)
    return session.uuid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    clock = FakeClock()
    with HistoryStore(tmp_path / "history.db", clock=clock) as opened:
        for plan in PLAN:
            record(opened, clock, plan)
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: HistoryStore) -> HistoryWindow:
    shown = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1240, 860)
    shown.show()
    return shown


def cell(window: HistoryWindow, row: int, column: Column) -> str:
    value = window.model.data(window.model.index(row, column))
    assert isinstance(value, str)
    return value


def select(combo: object, data: str | None) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


# ----- header ----------------------------------------------------------------------------------


def test_header_shows_streaks_totals_and_last_seven_days(window: HistoryWindow) -> None:
    assert window.cards.current_streak.number.text() == "3"
    assert window.cards.longest_streak.number.text() == "4"
    assert "until 4 Mar" in window.cards.longest_streak.caption.text()
    assert window.cards.all_time.number.text() == "10"
    minutes = sum(p.active for p in PLAN) / 60
    assert window.cards.all_time.caption.text() == f"in all · {round(minutes) // 60} h " \
        f"{round(minutes) % 60:02d} min"
    # 4–10 March: everything but 1–3 March (four sessions)
    assert window.cards.last_week.number.text() == "6"
    assert "today is done" in window.cards.current_streak.caption.text()


def test_current_streak_waits_for_today(qtbot: QtBot, store: HistoryStore) -> None:
    later = HistoryWindow(store, today=TODAY + timedelta(days=1))
    qtbot.addWidget(later)
    assert later.cards.current_streak.number.text() == "3"
    assert "a routine today keeps it going" in later.cards.current_streak.caption.text()
    gone = HistoryWindow(store, today=TODAY + timedelta(days=2))
    qtbot.addWidget(gone)
    assert gone.cards.current_streak.number.text() == "0"


# ----- table -----------------------------------------------------------------------------------


def test_table_lists_sessions_newest_first_with_readable_texts(window: HistoryWindow) -> None:
    assert window.table.model() is window.model
    assert window.model.rowCount() == len(PLAN)
    starts = [window.model.record(row).started_at for row in range(window.model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    assert [cell(window, 0, c) for c in Column] == [
        "Tue 10 Mar 2026, 07:00", "Calf care", "completed", "9:00", "3 of 3", "3 → 1", ""]
    # 9 March 20:00, interrupted after two steps, no rating
    assert [cell(window, 1, c) for c in Column][1:6] == [
        "Calf care", "interrupted", "3:20", "2 of 3", "—"]
    stopped = next(row for row in range(len(PLAN)) if cell(window, row, Column.OUTCOME)
                   == "stopped early")
    assert cell(window, stopped, Column.WHEN) == "Fri 6 Mar 2026, 18:00"
    assert cell(window, stopped, Column.STEPS) == "1 of 3 · 1 skipped"


def test_text_from_the_database_is_shown_as_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    with HistoryStore(tmp_path / "h.db", clock=clock) as store:
        record(store, clock, Planned(("r", "<i>Calves</i>", "<u>cat</u>"), TODAY, 7,
                                     Outcome.COMPLETED, 60, 2, 1, "<b>x</b>\nsecond line"))
        window = HistoryWindow(store, today=TODAY)
        qtbot.addWidget(window)
        assert cell(window, 0, Column.NOTE) == "<b>x</b>"
        assert cell(window, 0, Column.ROUTINE) == "<i>Calves</i>"
        tip = window.model.data(window.model.index(0, Column.NOTE), Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tip, str) and escape("<b>x</b>") in tip and "<b>x" not in tip
        assert window.routine_filter.itemText(1) == "<i>Calves</i>"
        assert window.category_filter.itemText(1) == "<u>cat</u>"
        # Qt Charts renders legend text as HTML: the category must arrive escaped.
        assert window.minutes_chart.series is not None
        assert [s.label() for s in window.minutes_chart.series.barSets()] == [
            "&lt;u&gt;cat&lt;/u&gt;"]
        dialog = window.open_editor(0)
        assert dialog.note.toPlainText() == "<b>x</b>\nsecond line"
        dialog.reject()


def test_the_table_model_reads_pages_on_demand(store: HistoryStore) -> None:
    calls: list[int] = []

    def loader(limit: int) -> list:  # type: ignore[type-arg]
        calls.append(limit)
        return store.sessions(limit=limit)

    model = SessionTableModel(loader, first_page=3)
    root = model.index(-1, -1)
    assert model.rowCount() == 3 and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 6 and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == len(PLAN) and not model.canFetchMore(root)
    assert calls == [3, 6, 12]
    uuids = [model.record(row).uuid for row in range(model.rowCount())]
    assert uuids == [s.uuid for s in store.sessions()]


def test_a_long_history_names_every_routine_beyond_the_first_page(
    qtbot: QtBot, store: HistoryStore
) -> None:
    window = HistoryWindow(store, today=TODAY, page_size=2)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2
    assert {s.routine_id for s in window.model.loaded()} == {"calf"}  # the first page
    offered = {window.routine_filter.itemData(i) for i in range(window.routine_filter.count())}
    assert offered == {None, "calf", "heel"}


# ----- filters ---------------------------------------------------------------------------------


def test_filters_offer_what_history_holds(window: HistoryWindow) -> None:
    routines = [window.routine_filter.itemText(i) for i in range(window.routine_filter.count())]
    categories = [window.category_filter.itemText(i)
                  for i in range(window.category_filter.count())]
    assert routines == ["All", "Calf care", "Heel drops"]
    assert categories == ["All", "post-run stretch", "strength"]


def test_filtering_by_routine_changes_rows_and_stats(window: HistoryWindow) -> None:
    select(window.routine_filter, "calf")
    assert window.model.rowCount() == 6
    assert {window.model.record(r).routine_id for r in range(6)} == {"calf"}
    # Calf care completed on 2, 3, 4, 8 and 10 March
    assert window.cards.longest_streak.number.text() == "3"
    assert window.cards.current_streak.number.text() == "1"
    assert window.cards.all_time.number.text() == "6"
    assert window.grid.session_days() == [date(2026, 3, d) for d in (2, 3, 4, 8, 9, 10)]
    select(window.routine_filter, None)
    assert window.model.rowCount() == len(PLAN)
    assert window.cards.current_streak.number.text() == "3"


def test_filtering_by_category_changes_rows_stats_and_charts(window: HistoryWindow) -> None:
    select(window.category_filter, "strength")
    assert window.model.rowCount() == 4
    assert window.cards.all_time.number.text() == "4"
    assert window.minutes_chart.categories == ["strength"]
    assert window.pain_chart.after_points.count() == 0  # heel drops were never rated
    select(window.routine_filter, "calf")  # calf care is not strength: nothing matches
    assert window.model.rowCount() == 0
    assert window.cards.all_time.number.text() == "0"


# ----- calendar --------------------------------------------------------------------------------


def test_calendar_marks_session_days_and_rest_days(window: HistoryWindow) -> None:
    grid = window.grid
    assert grid.first_day == monday_of(TODAY) - timedelta(weeks=15)
    assert grid.session_days() == [date(2026, 3, d) for d in (1, 2, 3, 4, 6, 8, 9, 10)]
    assert grid.rest_days() == [date(2026, 3, 5), date(2026, 3, 7)]
    assert not grid.grid_day(date(2026, 2, 27)).in_history  # before the first session
    assert grid.tooltip_for(date(2026, 3, 3)) == "Tue 3 Mar 2026: 2 sessions, 15 min"
    assert grid.tooltip_for(date(2026, 3, 5)) == "Thu 5 Mar 2026: rest day"
    # the painted cell of a day is where the mouse finds that day
    rect = grid.cell_rect(date(2026, 3, 6))
    assert grid.day_at(rect.center()) == date(2026, 3, 6)
    assert grid.day_at(QPointF(-5, -5)) is None


# ----- charts ----------------------------------------------------------------------------------


def test_pain_series_hold_the_daily_means(window: HistoryWindow) -> None:
    chart = window.pain_chart
    rated = [p for p in PLAN if p.before is not None]
    before = [(p.x(), p.y()) for p in chart.before_points.points()]
    after = [(p.x(), p.y()) for p in chart.after_points.points()]
    assert before == [(day_msecs(p.day), float(p.before or 0)) for p in rated]
    assert after == [(day_msecs(p.day), float(p.after or 0)) for p in rated]
    # 7-day trailing mean of the "after" ratings: on 10 March, days 4, 8 and 10 count
    trend = {round(p.x()): p.y() for p in chart.after_trend.points()}
    assert trend[round(day_msecs(date(2026, 3, 10)))] == pytest.approx((2 + 2 + 1) / 3)
    assert trend[round(day_msecs(date(2026, 3, 2)))] == pytest.approx(4.0)
    assert chart.pain_axis.min() == 0 and chart.pain_axis.max() == 10


def test_week_bars_count_sessions_and_minutes(window: HistoryWindow) -> None:
    assert window.pain_chart.sessions_per_week() == {
        date(2026, 2, 23): 1, date(2026, 3, 2): 6, date(2026, 3, 9): 3}
    values = window.minutes_chart.values()
    mondays = window.minutes_chart.mondays
    assert len(mondays) == 12 and mondays[-1] == date(2026, 3, 9)
    assert window.minutes_chart.categories == ["post-run stretch", "strength"]
    assert values["post-run stretch"][-2:] == [40.0, pytest.approx(740 / 60, abs=0.05)]
    assert values["strength"][-3:] == [5.0, 7.0, 5.0]
    assert sum(values["strength"][:-3]) == 0


def test_pain_change_compares_the_first_rated_week_with_the_last_seven_days() -> None:
    start = date(2026, 1, 5)
    pain = [PainPoint(start + timedelta(days=n), 6.0, after, 1)
            for n, after in ((0, 5.0), (3, 4.0), (8, 4.0), (20, 2.0), (24, 1.0), (25, None))]
    assert pain_change(pain, today=start + timedelta(days=25)) == (4.5, 1.5)  # days 20, 24
    assert pain_change(pain, today=start + timedelta(days=40)) is None  # nothing lately
    assert pain_change(pain[:3], today=start + timedelta(days=9)) is None  # too early to tell
    assert pain_change([], today=start) is None


def test_the_window_says_in_words_whether_the_calves_improve(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    with HistoryStore(tmp_path / "h.db", clock=clock) as store:
        for n in range(21):
            record(store, clock, Planned(CALF, TODAY - timedelta(days=20 - n), 7,
                                         Outcome.COMPLETED, 600, 6, 5 if n < 7 else 2))
        window = HistoryWindow(store, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        assert window.pain_summary.isVisible()
        assert window.pain_summary.text() == (
            "Calves after a routine: 5.0 in your first week, 2.0 in the last 7 days — better.")
        assert window.cards.current_streak.number.text() == "21"


# ----- editing a rating ------------------------------------------------------------------------


def test_editing_a_rating_updates_store_table_and_chart(
    window: HistoryWindow, store: HistoryStore
) -> None:
    dialog = window.open_editor(0)
    assert isinstance(dialog, RatingDialog) and dialog.isVisible()
    assert dialog.scale.value() == 1
    dialog.scale.group.button(0).click()
    dialog.note.setPlainText("  felt loose  ")
    dialog.save_button.click()
    uuid = window.model.record(0).uuid
    saved = store.session(uuid)
    assert (saved.pain_after, saved.note, saved.pain_before) == (0, "felt loose", 3)
    assert cell(window, 0, Column.PAIN) == "3 → 0"
    assert cell(window, 0, Column.NOTE) == "felt loose"
    assert window.pain_chart.after_points.points()[-1].y() == 0.0


def test_a_saved_rating_cannot_be_cleared_by_accident(window: HistoryWindow) -> None:
    dialog = window.open_editor(0)
    dialog.scale.group.button(1).click()  # clicking the chosen value again would clear it
    assert dialog.scale.value() == 1
    assert not dialog.keep_hint.isHidden()
    dialog.reject()


def test_cancel_leaves_the_session_alone(window: HistoryWindow, store: HistoryStore) -> None:
    dialog = window.open_editor(2)
    uuid = dialog.record.uuid
    dialog.scale.group.button(9).click()
    dialog.reject()
    assert store.session(uuid).pain_after is None


def test_enter_and_double_click_open_the_editor(qtbot: QtBot, window: HistoryWindow) -> None:
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.editor is not None and window.editor.record.uuid == window.model.record(1).uuid
    window.editor.reject()
    rect = table.visualRect(window.model.index(3, Column.ROUTINE))
    # QTest's double-click alone carries no press for the view to pair it with
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.record.uuid == window.model.record(3).uuid
    assert window.editor.isVisible()
    window.editor.reject()


# ----- empty history ---------------------------------------------------------------------------


def test_an_empty_history_shows_a_friendly_empty_state(qtbot: QtBot, tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "empty.db") as store:
        window = HistoryWindow(store, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        assert window.pages.currentWidget() is window.empty_state
        assert window.empty_label.text() == EMPTY_TEXT
        assert not window.filters.isVisible()
        assert window.model.rowCount() == 0


def test_escape_closes_and_tab_leaves_the_table(qtbot: QtBot, store: HistoryStore) -> None:
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.table.tabKeyNavigation()
    screen = window.screen().availableGeometry()
    assert window.height() <= screen.height() and window.width() <= screen.width()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


# ----- layout ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "scale", "side_by_side"), [
    ((800, 600), 1.8, False), ((800, 600), 1.0, False), ((1240, 860), 1.0, True)])
def test_the_history_fits_a_small_window_and_large_text(
    qtbot: QtBot, store: HistoryStore, text_scale: Callable[[float], None],
    size: tuple[int, int], scale: float, side_by_side: bool
) -> None:
    """The page reflows instead of holding the window wide or cutting it off at the right,
    and the calendar's labels stay apart; a big window keeps cards and calendar side by
    side."""
    from PySide6.QtWidgets import QApplication

    text_scale(scale)
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= 800
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()
    assert window.content.width() <= window.scroller.viewport().width()  # none cut off
    assert window.overview.is_wide() is side_by_side
    for widget in (window.grid, window.pain_chart.view, window.minutes_chart.view):
        assert widget.width() >= widget.minimumSizeHint().width()
        assert widget.height() >= widget.minimumSizeHint().height()
    months = window.grid.month_label_rects()
    assert len(months) >= 2
    for left, right in pairwise(months):
        assert left.right() < right.left()
    assert months[-1].right() <= window.grid.width()
    _, _, cell, gap = window.grid._metrics()
    assert 2 * (cell + gap) >= window.grid.fontMetrics().height()  # Mon, Wed, … apart
