"""One check of the reminders' timer (once a minute in the app, on the GUI thread), against a
baseline read of the same history file in the same run.

Run: ``.venv/bin/python benches/bench_reminders.py [--sessions 1500]``

The history holds ``--sessions`` completed sessions (two years of twice-daily drops by default)
and an Alfredson enrolment. Measured, median of ``ROUNDS``: ``ReminderDesk.check`` (the coach's
plan for today, the recent sessions, the morning rating) with ``CoachDueSource.refresh`` (the
tray's snapshot), as the timer does them (the coach asked once for both); the baseline is
``HistoryStore.sessions(limit=1)``, the cheapest read the store has. Target: a check under
20 ms, so a check a minute costs the GUI thread under 0.1 % (and none while a routine is
under way: the check then waits).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from supple.core.coach import Coach
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.reminders.desk import ReminderDesk
from supple.core.reminders.rules import ReminderConfig
from supple.core.resources import builtin_programmes_dir
from supple.qt.platform.coach_due import CoachDueSource

ROUNDS = 30
TARGET_MS = 20.0
BERLIN = ZoneInfo("Europe/Berlin")


def median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1500)
    args = parser.parse_args()
    now = datetime(2026, 12, 1, 7, 40, tzinfo=BERLIN)
    clock = {"now": now - timedelta(days=args.sessions // 2 + 1)}
    with tempfile.TemporaryDirectory() as folder, \
            HistoryStore(Path(folder) / "history.db", clock=lambda: clock["now"]) as store:
        for n in range(args.sessions):
            clock["now"] = now - timedelta(hours=12 * (args.sessions - n))
            record = store.begin_session("alfredson-heel-drops", "Heel drops", "strength",
                                         "fp", 2)
            store.finish_session(record.uuid, Outcome.COMPLETED, 600.0)
        store.enrol("alfredson", date(2026, 11, 20), time_zone="Europe/Berlin")
        assert store.flush()
        programmes, _ = load_folders(builtin_programmes_dir())
        coach = Coach(store, programmes)
        desk = ReminderDesk(ReminderConfig(), Path(folder) / "shown.json")
        desk.attach(store, coach)
        due = CoachDueSource()
        due.attach(coach, now)

        def check() -> None:  # as ReminderTimer.check does it
            days = desk.today(now)
            due.refresh(now, days)
            desk.check(now, days=days)

        baseline = median_ms(lambda: store.sessions(limit=1))
        measured = median_ms(check)
    print(f"sessions in the history: {args.sessions}")
    print(f"baseline sessions(limit=1): {baseline:.2f} ms")
    print(f"one reminder check:        {measured:.2f} ms  ({measured / baseline:.0f}× the "
          f"baseline; target < {TARGET_MS:.0f} ms)")
    return 0 if measured < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
