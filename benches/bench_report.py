"""Benchmark: a 12-week progress report from a 2-year history; target under 1 s.

The history is two years of a runner following the Alfredson programme six times over (twice
a day, a session stopped early now and then, the steps of each session, pain rated during and
after, every morning rated, a run three times a week, calf tests every four weeks), written
through the real store. Timed, each from opening the store: the report built
(``build_report``), the report as a PDF (built and drawn, ``pdf_bytes``), and as text and CSV.
The baseline, in the same run on the same file, is the history window opening on it (store,
statistics, build, first paint; as ``bench_history_view.py`` times it).

Run: ``.venv/bin/python benches/bench_report.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.records import CalfTestKind, NewRun, RatingMoment, Side
from supple.core.history.store import HistoryStore
from supple.core.report.build import build_report
from supple.core.report.csv_text import render_csv
from supple.core.report.model import Query
from supple.core.report.sources import sources_for
from supple.core.report.text import render_text
from supple.core.settings import Theme
from supple.qt.report.pdf import pdf_bytes
from supple.qt.theme import apply_theme

ZONE = ZoneInfo("Europe/Berlin")
FIRST = date(2024, 12, 2)  # a Monday; two years of history end the day before TODAY
TODAY = date(2026, 11, 30)
DAYS = (TODAY - FIRST).days
STEPS = ("Heel drops, straight knee", "Heel drops, bent knee")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


class _Clock:
    now = datetime(2024, 12, 2, 7, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.now


def generate(path: Path) -> int:
    """Two years of the runner above; returns the number of sessions."""
    clock = _Clock()
    store = HistoryStore(path, clock=clock)
    for cycle in range(0, DAYS, 84):  # a new 12-week programme each time one ends
        store.enrol("alfredson", FIRST + timedelta(days=cycle), time_zone="Europe/Berlin",
                    side=Side.LEFT)
    count = 0
    for i in range(DAYS):
        day = FIRST + timedelta(days=i)
        pain = 2 + (i * 7 // 31) % 5  # waves of 0..4 above 2
        for hour, slot in ((7, 0), (19, 1)):
            if (i + slot) % 11 == 0:
                continue  # a session missed now and then
            clock.now = datetime(day.year, day.month, day.day, hour, 30, tzinfo=ZONE)
            stopped = (i + slot) % 17 == 0
            record = store.begin_session("alfredson-heel-drops", "Alfredson eccentric heel "
                                         "drops", "strength", "fp", 2)
            for position, step in enumerate(STEPS[:1] if stopped else STEPS):
                status = StepStatus.SKIPPED if (i + position) % 23 == 0 else StepStatus.DONE
                store.record_step(record.uuid, position, step, None, status, 90.0,
                                  90.0 * (position + 1))
            clock.now += timedelta(minutes=8)
            store.finish_session(record.uuid, Outcome.STOPPED if stopped else
                                 Outcome.COMPLETED, 480.0)
            store.rate_split(record.uuid, pain=pain, moment=RatingMoment.DURING)
            store.rate_split(record.uuid, pain=max(pain - 1, 0), tightness=3,
                             moment=RatingMoment.AFTER)
            if i % 9 == 0 and slot == 1:
                store.rate_session(record.uuid, note=f"day {i}: calf tight after the drops")
            count += 1
        store.rate_morning(day, pain=max(pain - 2, 0), tightness=2)
        if day.weekday() in (1, 3, 5):
            store.add_run(NewRun(day, 35.0 + i % 20, distance_km=6.0 + i % 5, calf_feel=2))
        if i % 28 == 0:
            store.add_calf_test(day, Side.LEFT, CalfTestKind.HEEL_RAISES, 10 + i // 28)
            store.add_calf_test(day, Side.RIGHT, CalfTestKind.HEEL_RAISES, 25 + i // 56)
    store.flush()
    store.close()
    return count


def query() -> Query:
    return Query(TODAY - timedelta(days=83), TODAY - timedelta(days=1), TODAY)


def time_report(path: Path, render: str) -> float:
    start = time.perf_counter()
    store = HistoryStore(path)
    sources = sources_for(None)
    report = build_report(store, sources.programmes, sources.routine_of, query())
    if render == "pdf":
        pdf_bytes(report, "a4")
    elif render == "text":
        render_text(report)
    elif render == "csv":
        render_csv(report)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def time_window(app: QApplication, path: Path) -> float:
    from supple.qt.history.window import HistoryWindow

    start = time.perf_counter()
    store = HistoryStore(path)
    window = HistoryWindow(store, today=TODAY)
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - start
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Theme.LIGHT)
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "history.db"
        start = time.perf_counter()
        sessions = generate(path)
        print(f"== a 12-week report from a 2-year history ({sessions:,} sessions, "
              f"generated in {time.perf_counter() - start:.1f} s) ==")
        time_window(app, path)  # warms Qt's caches (fonts, styles) for both
        time_report(path, "pdf")
        runs: dict[str, list[float]] = {k: [] for k in ("window", "data", "pdf", "text", "csv")}
        for _ in range(args.runs):  # interleaved, so a busy moment hits all alike
            runs["window"].append(time_window(app, path))
            runs["data"].append(time_report(path, "none"))
            runs["pdf"].append(time_report(path, "pdf"))
            runs["text"].append(time_report(path, "text"))
            runs["csv"].append(time_report(path, "csv"))
    median = {k: statistics.median(v) for k, v in runs.items()}
    baseline = median["window"]
    print(f"  history window opening (baseline): median {_ms(baseline)}")
    for key, label in (("data", "report built (data only)"), ("pdf", "report as PDF (A4)"),
                       ("text", "report as text"), ("csv", "report as CSV")):
        print(f"  {label:<27}: median {_ms(median[key])}  best {_ms(min(runs[key]))}  "
              f"ratio to the window {median[key] / baseline:5.2f}x")
    print(f"  target: the PDF in under 1 s: {'met' if median['pdf'] < 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
