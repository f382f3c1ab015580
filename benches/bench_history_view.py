"""Benchmark: opening the history window over 100,000 sessions; target ≤ 200 ms.

Times constructing and showing ``HistoryWindow`` (offscreen, until its first paint is done),
store opening and every statistic included, against a bare ``QWidget`` shown the same way in
the same run. The sessions are written with the fast generator of ``bench_history.py``.

Then the programme-weeks card, over the 2-year and 10-year histories of ``bench_today.py``
(enrolments finished each year, one active): the window with the programmes (the card shown)
against the same window without them (no card), and ``programme_weeks`` alone, each history
against the 2-year one in the same run.

Run: ``.venv/bin/python benches/bench_history_view.py [--sessions N] [--runs N]
[--card-years N [N ...]] [--card-only]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QWidget

import bench_today
from bench_history import generate
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import LoadedProgramme
from supple.core.settings import Theme
from supple.qt.theme import apply_theme

TODAY = date(2026, 1, 1)  # the generated history spans 2016–2025


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _shown(app: QApplication, widget: QWidget) -> None:
    """Shown and painted once: offscreen, the expose and first paint happen in processEvents."""
    widget.show()
    app.processEvents()


def time_bare(app: QApplication) -> float:
    start = time.perf_counter()
    widget = QWidget()
    widget.resize(1240, 860)
    _shown(app, widget)
    elapsed = time.perf_counter() - start
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def time_window(app: QApplication, path: Path) -> tuple[float, float, int]:
    """(open + construct + show, of which opening the store, rows in the table)."""
    from supple.qt.history.window import HistoryWindow

    start = time.perf_counter()
    store = HistoryStore(path)
    opened = time.perf_counter()
    window = HistoryWindow(store, today=TODAY)
    _shown(app, window)
    elapsed = time.perf_counter() - start
    rows = window.model.rowCount()
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return elapsed, opened - start, rows


def time_store_only(path: Path) -> float:
    """The store's share, for comparison: open, aggregate and fold, first page of rows."""
    from supple.core.history.stats import compute_stats

    start = time.perf_counter()
    store = HistoryStore(path)
    compute_stats(store.day_totals(), TODAY)
    store.sessions(limit=200)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def time_card_window(app: QApplication, path: Path,
                     programmes: Sequence[LoadedProgramme]) -> float:
    from supple.qt.history.window import HistoryWindow

    start = time.perf_counter()
    store = HistoryStore(path)
    window = HistoryWindow(store, today=bench_today.TODAY, programmes=programmes)
    _shown(app, window)
    elapsed = time.perf_counter() - start
    assert not programmes or window.programme_card is not None, "the card should be shown"
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return elapsed


def time_weeks(path: Path, programmes: Sequence[LoadedProgramme]) -> tuple[float, int]:
    """``programme_weeks`` alone (store opened first, not timed): seconds, weeks shown."""
    from supple.qt.history.calf_data import programme_weeks

    store = HistoryStore(path)
    days = {d.day for d in store.day_totals()}
    start = time.perf_counter()
    weeks = programme_weeks(store, programmes, days, bench_today.TODAY)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, sum(len(p.weeks) for p in weeks)


def bench_card(app: QApplication, folder: Path, years: int, runs: int) -> dict[str, float]:
    from supple.core.programmes.loader import load_folders
    from supple.core.resources import builtin_programmes_dir

    path = folder / f"programmes-{years}.db"
    made = bench_today.generate(path, years)
    programmes, _ = load_folders(builtin_programmes_dir())
    print(f"== programme-weeks card over {years} years: {made:,} sessions ==")
    time_card_window(app, path, programmes)  # warm
    without, with_card, alone = [], [], []
    for _ in range(runs):
        without.append(time_card_window(app, path, ()))
        with_card.append(time_card_window(app, path, programmes))
        alone.append(time_weeks(path, programmes))
    found = {"without": statistics.median(without), "with": statistics.median(with_card),
             "weeks": statistics.median(a[0] for a in alone)}
    print(f"  window without programmes (baseline): median {_ms(found['without'])}")
    print(f"  window with the card                : median {_ms(found['with'])}  "
          f"ratio {found['with'] / found['without']:5.2f}x")
    print(f"  programme_weeks alone               : median {_ms(found['weeks'])}  "
          f"({alone[0][1]} week rows)")
    return found


def main_card(app: QApplication, years: Sequence[int], runs: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        found = {y: bench_card(app, Path(name), y, runs) for y in years}
    base = found[years[0]]
    for y in years[1:]:
        print(f"== card: {y} years against {years[0]} years, same run ==")
        for key, label in (("without", "window, no card"), ("with", "window with card"),
                           ("weeks", "programme_weeks")):
            print(f"  {label:17}: {_ms(base[key])} -> {_ms(found[y][key])}  "
                  f"ratio {found[y][key] / base[key]:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--card-years", type=int, nargs="+", default=[2, 10])
    parser.add_argument("--card-only", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Theme.LIGHT)
    if not args.card_only:
        main_window(app, args.sessions, args.runs)
    main_card(app, args.card_years, args.runs)


def main_window(app: QApplication, sessions: int, runs_wanted: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "history.db"
        start = time.perf_counter()
        generate(path, sessions)
        print(f"== history window over {sessions:,} sessions "
              f"(generated in {time.perf_counter() - start:.1f} s) ==")
        start = time.perf_counter()
        import supple.qt.history.window  # noqa: F401  (QtCharts and our modules, once)

        print(f"  import history_view + QtCharts (once): {_ms(time.perf_counter() - start)}")
        first, _, _ = time_window(app, path)  # warms Qt's caches (fonts, styles)
        bare = [time_bare(app) for _ in range(runs_wanted)]
        runs = []
        store_runs = []
        for _ in range(runs_wanted):  # interleaved, so a busy moment hits both alike
            runs.append(time_window(app, path))
            store_runs.append(time_store_only(path))
    ours = statistics.median(r[0] for r in runs)
    store_open = statistics.median(r[1] for r in runs)
    baseline = statistics.median(bare)
    print(f"  first window (cold Qt caches)        : {_ms(first)}")
    print(f"  HistoryWindow: open store + stats + build + show: median {_ms(ours)}  "
          f"best {_ms(min(r[0] for r in runs))}  ({runs[0][2]} rows loaded)")
    print(f"    of which opening the store        : median {_ms(store_open)}")
    store_part = statistics.median(store_runs)
    print(f"  store alone: open + stats + 200 rows: median {_ms(store_part)}  "
          f"(the window adds {_ms(ours - store_part)})")
    print(f"  bare QWidget, same size, shown      : median {_ms(baseline)}")
    print(f"  ratio window / bare widget: {ours / baseline:6.1f}x   "
          f"window minus bare: {_ms(ours - baseline)}   "
          f"target <= 200 ms: {'met' if ours <= 0.2 else 'MISSED'}")


if __name__ == "__main__":
    main()
