"""``HistoryStore.sessions_between``: the sessions of a span of local days, from a real file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore

PLUS_TWO = timezone(timedelta(hours=2))


def test_both_ends_are_included_and_nothing_outside(tmp_path: Path) -> None:
    moments = [datetime(2026, 9, 6, 23, 59, tzinfo=PLUS_TWO),
               datetime(2026, 9, 7, 0, 0, tzinfo=PLUS_TWO),
               datetime(2026, 9, 9, 12, 0, tzinfo=PLUS_TWO),
               datetime(2026, 9, 13, 23, 59, 59, tzinfo=PLUS_TWO),
               datetime(2026, 9, 14, 0, 0, tzinfo=PLUS_TWO)]
    now = [moments[0]]
    with HistoryStore(tmp_path / "history.db", clock=lambda: now[0]) as store:
        for moment in moments:
            now[0] = moment
            record = store.begin_session("r", "R", "c", "fp", 1)
            store.finish_session(record.uuid, Outcome.COMPLETED, 60.0)
        found = store.sessions_between(date(2026, 9, 7), date(2026, 9, 13))
        assert [s.started_at for s in found] == moments[3:0:-1]  # newest first
        assert store.sessions_between(date(2026, 9, 14), date(2026, 9, 14))[0].started_at \
            == moments[4]
        assert store.sessions_between(date(2026, 9, 10), date(2026, 9, 12)) == []
        assert len(store.sessions()) == 5


def _store_with(tmp_path: Path, moments: list[datetime]) -> HistoryStore:
    now = [moments[0]]
    store = HistoryStore(tmp_path / "history.db", clock=lambda: now[0])
    for moment in moments:
        now[0] = moment
        record = store.begin_session("r", "R", "c", "fp", 1)
        store.finish_session(record.uuid, Outcome.COMPLETED, 60.0)
    return store


def test_spans_are_joined_read_once_each_and_newest_first(tmp_path: Path) -> None:
    moments = [datetime(2026, 9, day, 12, 0, tzinfo=PLUS_TWO) for day in range(1, 21)]
    with _store_with(tmp_path, moments) as store:
        def days(spans: list[tuple[date, date]]) -> list[int]:
            return [s.started_at.day for s in store.sessions_within(spans)]

        assert days([(date(2026, 9, 3), date(2026, 9, 5))]) == [5, 4, 3]
        # Overlapping and touching spans are one; a session is never handed back twice.
        assert days([(date(2026, 9, 4), date(2026, 9, 6)), (date(2026, 9, 3), date(2026, 9, 5)),
                     (date(2026, 9, 7), date(2026, 9, 7))]) == [7, 6, 5, 4, 3]
        # Apart: the later span's sessions first, in the order of sessions().
        assert days([(date(2026, 9, 2), date(2026, 9, 3)),
                     (date(2026, 9, 18), date(2026, 9, 19))]) == [19, 18, 3, 2]
        # An empty span (last before first) reads nothing; no span, nothing.
        assert days([(date(2026, 9, 9), date(2026, 9, 8))]) == []
        assert days([]) == []
        assert days([(date(2026, 8, 1), date(2026, 12, 31))]) == \
            [s.started_at.day for s in store.sessions()]


def test_sessions_before_a_day_leave_that_day_out(tmp_path: Path) -> None:
    moments = [datetime(2026, 9, 6, 23, 59, tzinfo=PLUS_TWO),
               datetime(2026, 9, 7, 0, 0, tzinfo=PLUS_TWO),
               datetime(2026, 9, 7, 8, 0, tzinfo=PLUS_TWO)]
    with _store_with(tmp_path, moments) as store:
        assert [s.started_at for s in store.sessions_before(date(2026, 9, 7))] == moments[:1]
        assert [s.started_at for s in store.sessions_before(date(2026, 9, 8), limit=1)] == \
            moments[2:]
        assert store.sessions_before(date(2026, 9, 6)) == []
