"""The tray's next routine and today's plan from a real history and the built-in programmes,
answered from a snapshot the reminders' timer refreshes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supple.core.coach import Coach
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir
from supple.qt.platform.coach_due import CoachDueSource
from supple.qt.platform.due import DueRoutine

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    now = datetime(2026, 11, 30, 6, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[HistoryStore, Clock]]:
    clock = Clock()
    with HistoryStore(tmp_path / "history.db", clock=clock) as opened:
        yield opened, clock


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)


def test_next_due_and_todays_plan(store: tuple[HistoryStore, Clock]) -> None:
    history, clock = store
    programmes, _ = load_folders(builtin_programmes_dir())
    source = CoachDueSource({"alfredson-heel-drops": "Heel drops"}.get)  # type: ignore[arg-type]
    assert source.next_due(at(1, 7)) is None and source.todays_plan(at(1, 7)) == ()
    source.refresh(at(1, 7))  # no coach yet: still nothing
    assert source.next_due(at(1, 7)) is None
    history.enrol("alfredson", date(2026, 11, 30), time_zone="Europe/Berlin")
    source.attach(Coach(history, programmes), at(1, 7))
    assert source.next_due(at(1, 7)) == DueRoutine("alfredson-heel-drops",
                                                   "Heel drops, morning (week 1)")
    assert source.todays_plan(at(1, 7)) == ("07:30 Heel drops, to do",
                                            "19:00 Heel drops, to do")
    clock.now = at(1, 7, 35)
    record = history.begin_session("alfredson-heel-drops", "Heel drops", "strength", "fp", 2)
    clock.now += timedelta(minutes=10)
    history.finish_session(record.uuid, Outcome.COMPLETED, 600.0)
    assert history.flush()
    assert source.todays_plan(at(1, 8))[0] == "07:30 Heel drops, to do"  # the snapshot
    source.refresh(at(1, 8))
    assert source.todays_plan(at(1, 8)) == ("07:30 Heel drops, done",
                                            "19:00 Heel drops, to do")
    assert source.next_due(at(1, 8)) == DueRoutine("alfredson-heel-drops",
                                                   "Heel drops, evening (week 1)")
    assert source.todays_plan(at(2, 8)) == ()  # yesterday's plan is not today's
    source.refresh(at(1, 20))
    due = source.next_due(at(1, 20))
    assert due is not None and due.label == "Heel drops, evening (week 1)"  # still to do
