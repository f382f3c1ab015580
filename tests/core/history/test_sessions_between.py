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
