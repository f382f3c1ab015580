"""The history's calf lines (pain during, after, next morning, tightness; mixed ratings as
what they were; runs) and the programme weeks (planned against done, runs, rest days), from a
real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from supple.core.history.model import Outcome
from supple.core.history.records import NewRun, RatingEntry, RatingMoment, RunRecord, RunSource
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir
from supple.qt.history.calf_data import calf_lines, week_rows
from supple.qt.history.window import HistoryWindow

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 12)  # a Thursday
START = date(2026, 3, 2)  # the Monday of last week


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


def run(day: date) -> RunRecord:
    return RunRecord(day.isoformat(), day, None, 30.0, None, None, RunSource.MANUAL, "",
                     datetime(2026, 3, 1))


def test_each_moment_is_a_line_of_its_own_and_mixed_is_never_pain() -> None:
    d1, d2 = date(2026, 3, 2), date(2026, 3, 3)
    entries = [
        RatingEntry(d1, RatingMoment.BEFORE, mixed=6),
        RatingEntry(d1, RatingMoment.AFTER, mixed=4),
        RatingEntry(d2, RatingMoment.MORNING, pain=2, tightness=5),
        RatingEntry(d2, RatingMoment.DURING, pain=3),
        RatingEntry(d2, RatingMoment.AFTER, pain=1, tightness=3),
        RatingEntry(d2, RatingMoment.AFTER, pain=4),  # a second session that day
    ]
    lines = calf_lines(entries, [run(d1), run(d1), run(d2)])
    assert lines.mixed == ((d1, 5.0),)
    assert lines.pain_during == ((d2, 3.0),)
    assert lines.pain_after == ((d2, 2.5),)
    assert lines.pain_morning == ((d2, 2.0),)
    assert lines.tightness == ((d2, 4.0),)
    assert lines.runs == (d1, d2)
    assert lines.beyond_mixed and not calf_lines([], []).beyond_mixed
    assert not calf_lines(entries[:2], []).beyond_mixed  # the pain chart shows those


def test_week_rows_count_runs_and_rest_days_only_up_to_today() -> None:
    days = [START + timedelta(days=n) for n in range(14)]
    sessions = {START, START + timedelta(days=1), START + timedelta(days=8)}
    runs = [START + timedelta(days=2), START + timedelta(days=2), START + timedelta(days=9)]
    rows = week_rows(days, {1: (14, 2), 2: (14, 1)}, sessions, runs, TODAY)
    first, second = rows
    assert (first.week, first.first, first.last, first.planned, first.done) == (
        1, START, START + timedelta(days=6), 14, 2)
    assert (first.runs, first.rest_days, first.started) == (2, 4, True)
    # The second week up to Thursday: Monday a session, Tuesday a run, Wednesday, Thursday.
    assert (second.runs, second.rest_days) == (1, 2)
    assert [r.started for r in week_rows(days, {}, set(), [], START - timedelta(days=1))] == [
        False, False]


def test_the_history_window_shows_the_lines_and_the_programme_weeks(
        qtbot: QtBot, tmp_path: Path) -> None:
    wall = Wall()
    store = HistoryStore(tmp_path / "h.db", clock=wall)
    store.enrol("alfredson", START, time_zone="Europe/Berlin", name="Left Achilles")
    # An older session with a mixed rating, and split ratings since.
    wall.now = datetime(2026, 2, 20, 8, tzinfo=BERLIN)
    old = store.begin_session("quick-calf-care", "Quick calf care", "stretch", "fp", 1, 6)
    store.finish_session(old.uuid, Outcome.COMPLETED, 60.0)
    store.rate_session(old.uuid, pain_after=4)
    for n in range(10):
        day = START + timedelta(days=n)
        wall.now = datetime(day.year, day.month, day.day, 7, 40, tzinfo=BERLIN)
        s = store.begin_session("alfredson-heel-drops", "Heel drops", "strength", "fp", 2)
        store.finish_session(s.uuid, Outcome.COMPLETED, 600.0)
        store.rate_split(s.uuid, pain=3, tightness=4)
        store.rate_morning(day + timedelta(days=1), pain=1, tightness=2)
    store.add_run(NewRun(START + timedelta(days=3), 40.0))
    programmes, _ = load_folders(builtin_programmes_dir())
    window = HistoryWindow(store, today=TODAY, programmes=programmes)
    qtbot.addWidget(window)
    window.show()
    shown = window.calf_chart.shown()
    assert [v for _, v in shown["after"]] == [3.0] * 10
    assert len(shown["morning"]) == 10 and shown["morning"][0] == (START + timedelta(days=1),
                                                                    1.0)
    assert shown["tightness"][0] == (START, 4.0)  # the day's after rating only
    # The old session's two mixed numbers (6 before, 4 after): a dot of their own, not pain.
    assert shown["mixed"] == [(date(2026, 2, 20), 5.0)]
    assert shown["during"] == []
    assert [d for d, _ in shown["runs"]] == [START + timedelta(days=3)]
    bars = window.programme_card.bars
    assert [(b.value(), b.maximum()) for b in bars] == [(7, 14), (3, 14)]
    assert bars[0].accessibleName() == "Week 1: 7 of 14 done"
    assert window.calves.isVisible()
    store.close()


def test_with_mixed_ratings_only_and_no_programme_the_calf_row_is_not_made(
        qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    s = store.begin_session("calf", "Calf", "stretch", "fp", 1, 5)
    store.finish_session(s.uuid, Outcome.COMPLETED, 60.0)
    window = HistoryWindow(store, today=date.today())
    qtbot.addWidget(window)
    window.show()
    assert window.calves is None  # the pain chart shows the mixed rating
    store.rate_split(s.uuid, pain=2)  # rated apart since: made on the next reading
    window._reload_stats()
    assert window.calves is not None and window.calves.isVisible()
    assert window.calf_chart is not None and window.calf_chart.shown()["after"]
    store.close()


def test_the_calf_row_fits_a_small_window_with_large_text(
        qtbot: QtBot, tmp_path: Path, text_scale: Callable[[float], None]) -> None:
    from PySide6.QtWidgets import QApplication

    text_scale(1.8)
    wall = Wall()
    store = HistoryStore(tmp_path / "h.db", clock=wall)
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    wall.now = datetime(2026, 3, 3, 8, tzinfo=BERLIN)
    s = store.begin_session("alfredson-heel-drops", "Heel drops", "strength", "fp", 2)
    store.finish_session(s.uuid, Outcome.COMPLETED, 600.0)
    store.rate_split(s.uuid, pain=3, tightness=4)
    programmes, _ = load_folders(builtin_programmes_dir())
    window = HistoryWindow(store, today=TODAY, programmes=programmes)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitUntil(lambda: window.width() == 800)
    QApplication.processEvents()
    assert window.calves.isVisible()
    assert window.content.width() <= window.scroller.viewport().width()  # none cut off
    view = window.calf_chart.view
    assert view.width() >= view.minimumSizeHint().width()
    store.close()
