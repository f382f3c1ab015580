"""Benchmark: opening the history window over 100,000 sessions; target ≤ 200 ms.

Times constructing and showing ``HistoryWindow`` (offscreen, until its first paint is done),
store opening and every statistic included, against a bare ``QWidget`` shown the same way in
the same run. The sessions are written with the fast generator of ``bench_history.py``.

Run: ``.venv/bin/python benches/bench_history_view.py [--sessions N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QWidget

from bench_history import generate
from supple.core.history.store import HistoryStore
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Theme.LIGHT)
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "history.db"
        start = time.perf_counter()
        generate(path, args.sessions)
        print(f"== history window over {args.sessions:,} sessions "
              f"(generated in {time.perf_counter() - start:.1f} s) ==")
        start = time.perf_counter()
        import supple.qt.history.window  # noqa: F401  (QtCharts and our modules, once)

        print(f"  import history_view + QtCharts (once): {_ms(time.perf_counter() - start)}")
        first, _, _ = time_window(app, path)  # warms Qt's caches (fonts, styles)
        bare = [time_bare(app) for _ in range(args.runs)]
        runs = []
        store_runs = []
        for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
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
