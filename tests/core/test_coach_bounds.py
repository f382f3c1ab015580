"""The coach's bounded reads of sessions reach as far as a time zone can move a day: a
session recorded in UTC+14 counts on a schedule in UTC-12 two days before its recorded date,
and one recorded in UTC-12 two days later on a schedule in UTC+14 (real history file)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import cast

from long_history import FullRead
from supple.core.coach import Coach, Plan, schedule_for
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir

EAST = timezone(timedelta(hours=14))
WEST = timezone(timedelta(hours=-12))
TODAY = date(2026, 12, 2)


def test_sessions_two_days_off_count_as_in_a_full_read(tmp_path: Path) -> None:
    programmes, problems = load_folders(builtin_programmes_dir())
    assert not problems
    now = [datetime(2025, 1, 1, tzinfo=EAST)]
    store = HistoryStore(tmp_path / "history.db", clock=lambda: now[0])
    west = store.enrol("alfredson", date(2025, 1, 6), time_zone="Etc/GMT+12")  # UTC-12
    store.finish_enrolment(west.uuid, date(2025, 4, 30))
    store.enrol("alfredson", date(2026, 1, 5), time_zone="Pacific/Kiritimati")  # left running
    known = {p.id: p for p in programmes}
    plans = [Plan(e, known["alfredson"], schedule_for(e, known["alfredson"], [], TODAY))
             for e in store.enrolments()]
    end = plans[0].schedule.end
    # 01:00 two days after the last day, in UTC+14: 23:00 on the last day in UTC-12.
    after = end + timedelta(days=2)
    now[0] = datetime(after.year, after.month, after.day, 1, 0, tzinfo=EAST)
    store.finish_session(store.begin_session("alfredson-heel-drops", "D", "s", "fp", 1).uuid,
                         Outcome.COMPLETED, 60.0)
    # 23:30 thirty-one days before today in UTC-12: 01:30 29 days before it in UTC+14.
    before = TODAY - timedelta(days=31)
    now[0] = datetime(before.year, before.month, before.day, 23, 30, tzinfo=WEST)
    store.finish_session(store.begin_session("alfredson-heel-drops", "D", "s", "fp", 1).uuid,
                         Outcome.COMPLETED, 60.0)
    store.flush()
    narrowed, full = Coach(store, programmes), Coach(cast(HistoryStore, FullRead(store)),
                                                     programmes)
    finished = narrowed.adherence(plans[0], end)
    assert finished.overall.done == 1  # the last evening
    assert finished == full.adherence(plans[0], end)
    running = narrowed.adherence(plans[1], TODAY)
    assert running.active_days_30 == 1
    assert running == full.adherence(plans[1], TODAY)
    store.close()
