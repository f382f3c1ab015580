"""Benchmark: the Today view opening over a 2-year and a 10-year history with an active
programme, against the library view and against each other in the same run; target under
100 ms.

Each history: Alfredson heel drops twice a day (a session rating after most, a morning rating
on most days), three runs a week each with a warm-up before it (about 1,640 sessions in two
years, 8,200 in ten), a programme followed for 12 weeks and finished each year but the last
(Alfredson, running companion, heavy slow resistance in turn), and an Alfredson enrolment
active since five weeks ago. Timed, each shown offscreen until its first paint is done,
interleaved so a busy moment hits all alike:

* library view (baseline): ``LibraryView`` over the built-in routines with "last done" read
  from the store, as the window paints it at start-up;
* Today from the index: read Today's index, ``TodayView`` painted from it (what the window
  does at start-up, before the history is open);
* Today afresh: open the store, read the programme files, work the summary out with the
  Coach (the schedule, today's statuses, adherence, the advice) and paint it (what happens
  once the history is attached, and after each session or rating), and the summary alone
  (open the store and work it out, no paint).

The last lines compare each longer history with the first (the 2-year one): what grows with
the whole history shows there as a ratio above 1.

Run: ``.venv/bin/python benches/bench_today.py [--runs N] [--years N [N ...]]``.
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


#: The programmes of the finished enrolments, one a year in turn (each followed 12 weeks).
FINISHED = ("alfredson", "running-companion", "heavy-slow-resistance")


def generate(path: Path, years: int) -> int:
    """The history described above, written through the store's own API; sessions made."""
    wall = Wall()
    store = HistoryStore(path, clock=wall)
    first = TODAY - timedelta(days=365 * years)
    for year in range(years - 1):  # one programme followed and finished each year but the last
        start = first + timedelta(days=365 * year)
        old = store.enrol(FINISHED[year % len(FINISHED)], start, time_zone="Europe/Berlin",
                          side=Side.LEFT, location=Location.MID_PORTION)
        store.finish_enrolment(old.uuid, start + timedelta(days=84))
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
            wall.now = datetime(day.year, day.month, day.day, 17, 30, tzinfo=ZONE)
            record = store.begin_session("pre-run-warm-up", "Pre-run warm-up", "warm-up",
                                         "fp", 6)
            store.finish_session(record.uuid, Outcome.COMPLETED, 420.0)
            made += 1
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


def bench(app: QApplication, folder: Path, years: int, runs: int) -> dict[str, float]:
    """The medians (seconds) over one history of ``years``, each timing interleaved."""
    from supple.qt.library.view import LibraryView
    from supple.qt.today.gather import gather
    from supple.qt.today.summary import TodayIndex, read_index, write_index
    from supple.qt.today.view import TodayView

    now = datetime(TODAY.year, TODAY.month, TODAY.day, 12, 0, tzinfo=ZONE)
    path, index = folder / f"history-{years}.db", folder / f"today-index-{years}.json"
    start = time.perf_counter()
    made = generate(path, years)
    store = HistoryStore(path)
    enrolments = len(store.enrolments())
    store.close()
    print(f"== Today view over {years} years: {made:,} sessions, {enrolments} enrolments "
          f"(generated in {time.perf_counter() - start:.1f} s) ==")
    catalog = scan_catalog(builtin_routines_dir(), [], folder / "library-index.json")
    names = {c.id: c.name for c in catalog.cards}
    programmes, _ = load_folders(builtin_programmes_dir())

    def library() -> QWidget:
        store = HistoryStore(path)
        view = LibraryView(catalog, store.last_done_by_routine(), images_dir())
        store.close()
        return view

    def summary_only() -> float:
        begin = time.perf_counter()
        store = HistoryStore(path)
        gather(store, programmes, names, now)
        store.close()
        return time.perf_counter() - begin

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
    print(f"  first Today afresh (cold Qt caches): {first * 1000:8.1f} ms")
    lib, idx, new, alone = [], [], [], []
    for _ in range(runs):
        lib.append(_timed(app, library))
        idx.append(_timed(app, from_index))
        new.append(_timed(app, fresh))
        alone.append(summary_only())
    base = statistics.median(lib)
    medians = {}
    for label, key, timed in (("library view (baseline)", "library", lib),
                              ("Today from its index", "index", idx),
                              ("Today afresh (store+coach)", "fresh", new),
                              ("  of which the summary alone", "summary", alone)):
        ours = medians[key] = statistics.median(timed)
        verdict = "" if timed is lib else f"  ratio {ours / base:5.2f}x"
        if key in ("index", "fresh"):
            verdict += f"  target < {TARGET_MS:g} ms: " \
                       f"{'met' if ours * 1000 < TARGET_MS else 'MISSED'}"
        print(f"  {label:28}: median {ours * 1000:7.1f} ms  best {min(timed) * 1000:7.1f} ms"
              f"{verdict}")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--years", type=int, nargs="+", default=[2, 10],
                        help="one history per value, all in this run; the first is the "
                             "baseline the others are compared with")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Theme.LIGHT)
    with tempfile.TemporaryDirectory() as name:
        found = {years: bench(app, Path(name), years, args.runs) for years in args.years}
    base_years = args.years[0]
    base = found[base_years]
    for years in args.years[1:]:
        ours = found[years]
        print(f"== {years} years against {base_years} years, same run ==")
        for key, label in (("library", "library view"), ("fresh", "Today afresh"),
                           ("summary", "summary alone")):
            print(f"  {label:16}: {base[key] * 1000:7.1f} ms -> {ours[key] * 1000:7.1f} ms"
                  f"  ratio {ours[key] / base[key]:5.2f}x")


if __name__ == "__main__":
    main()
