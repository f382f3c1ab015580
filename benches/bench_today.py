"""Benchmark: the Today view opening over a 2-year history with an active programme, against
the library view in the same run; target under 100 ms.

The history: two years of Alfredson heel drops twice a day (about 1,400 sessions, a
session rating after most, a morning rating on most days), three runs a week, an enrolment
finished a year ago and one active since five weeks ago. Timed, each shown offscreen until
its first paint is done, interleaved so a busy moment hits all alike:

* library view (baseline): ``LibraryView`` over the built-in routines with "last done" read
  from the store, as the window paints it at start-up;
* Today from the index: read Today's index, ``TodayView`` painted from it (what the window
  does at start-up, before the history is open);
* Today afresh: open the store, read the programme files, work the summary out with the
  Coach (the schedule, today's statuses, adherence, the advice) and paint it (what happens
  once the history is attached, and after each session or rating).

Run: ``.venv/bin/python benches/bench_today.py [--runs N] [--years N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from supple.core.history.model import Outcome
from supple.core.history.records import Location, NewRun, RatingMoment, Side
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir, images_dir
from supple.core.settings import Theme
from supple.qt.theme import apply_theme

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 12, 2)
TARGET_MS = 100.0


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2024, 1, 1, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.now


def generate(path: Path, years: int) -> int:
    """The history described above, written through the store's own API; sessions made."""
    wall = Wall()
    store = HistoryStore(path, clock=wall)
    first = TODAY - timedelta(days=365 * years)
    old = store.enrol("alfredson", first, time_zone="Europe/Berlin", side=Side.LEFT,
                      location=Location.MID_PORTION)
    store.finish_enrolment(old.uuid, first + timedelta(days=84))
    store.enrol("alfredson", TODAY - timedelta(days=35), time_zone="Europe/Berlin",
                name="Left Achilles", side=Side.LEFT, location=Location.MID_PORTION)
    made = 0
    runs = []
    day = first
    while day < TODAY:
        n = (day - first).days
        for hour in (7, 19):
            if (n + hour) % 11 == 0:
                continue  # a missed one now and then
            wall.now = datetime(day.year, day.month, day.day, hour, 40, tzinfo=ZONE)
            record = store.begin_session("alfredson-heel-drops", "Alfredson heel drops",
                                         "strength", "fp", 4)
            store.finish_session(record.uuid, Outcome.COMPLETED, 900.0)
            if n % 5:
                store.rate_split(record.uuid, pain=n % 4, tightness=(n + 1) % 5,
                                 moment=RatingMoment.AFTER)
            made += 1
        if n % 3:
            wall.now = datetime(day.year, day.month, day.day, 7, 0, tzinfo=ZONE)
            store.rate_morning(day, pain=n % 3, tightness=n % 4)
        if day.weekday() in (1, 3, 5):
            runs.append(NewRun(day, 40.0 + n % 20, distance_km=8.0))
        day += timedelta(days=1)
    store.add_runs(runs)
    store.flush()
    store.close()
    return made


def _shown(app: QApplication, widget: QWidget) -> None:
    widget.resize(1100, 720)
    widget.show()
    app.processEvents()


def _timed(app: QApplication, make: Callable[[], QWidget]) -> float:
    start = time.perf_counter()
    widget = make()
    _shown(app, widget)
    elapsed = time.perf_counter() - start
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Theme.LIGHT)
    from supple.qt.library.view import LibraryView
    from supple.qt.today.gather import gather
    from supple.qt.today.summary import TodayIndex, read_index, write_index
    from supple.qt.today.view import TodayView

    now = datetime(TODAY.year, TODAY.month, TODAY.day, 12, 0, tzinfo=ZONE)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path, index = folder / "history.db", folder / "today-index.json"
        start = time.perf_counter()
        made = generate(path, args.years)
        print(f"== Today view over {args.years} years: {made:,} sessions "
              f"(generated in {time.perf_counter() - start:.1f} s) ==")
        catalog = scan_catalog(builtin_routines_dir(), [], folder / "library-index.json")
        names = {c.id: c.name for c in catalog.cards}

        def library() -> QWidget:
            store = HistoryStore(path)
            view = LibraryView(catalog, store.last_done_by_routine(), images_dir())
            store.close()
            return view

        def fresh() -> QWidget:
            store = HistoryStore(path)
            programmes, _ = load_folders(builtin_programmes_dir())
            summary = gather(store, programmes, names, now)
            store.close()
            write_index(index, TodayIndex(summary, None))
            return TodayView(summary)

        def from_index() -> QWidget:
            return TodayView(read_index(index).summary)

        first = _timed(app, fresh)  # warms Qt's caches and writes the index
        summary = read_index(index).summary
        assert summary is not None and summary.plans, "the programme should be under way"
        plan = summary.plans[0]
        print(f"  active: {plan.title}, week {plan.week} of {plan.weeks}, "
              f"{len(plan.items)} due today; advice: {summary.advice_kind}")
        lib, idx, new = [], [], []
        for _ in range(args.runs):
            lib.append(_timed(app, library))
            idx.append(_timed(app, from_index))
            new.append(_timed(app, fresh))
    base = statistics.median(lib)
    print(f"  first Today afresh (cold Qt caches): {first * 1000:8.1f} ms")
    for label, runs in (("library view (baseline)", lib), ("Today from its index", idx),
                        ("Today afresh (store+coach)", new)):
        ours = statistics.median(runs)
        verdict = "" if runs is lib else (
            f"  ratio {ours / base:5.2f}x  target < {TARGET_MS:g} ms: "
            f"{'met' if ours * 1000 < TARGET_MS else 'MISSED'}")
        print(f"  {label:28}: median {ours * 1000:7.1f} ms  best {min(runs) * 1000:7.1f} ms"
              f"{verdict}")


if __name__ == "__main__":
    main()
