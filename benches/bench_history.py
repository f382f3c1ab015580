"""Benchmarks of the history store, each against a naive baseline measured in the same run.

1. Writing a step's progress (``record_step``): target ≤ 2 ms per call. Baseline: the same SQL
   on a new connection per write, rollback journal, ``synchronous=FULL`` (fsync per commit).
2. Opening the history and computing every statistic for 100,000 sessions of 8 steps:
   target ≤ 200 ms. Baseline: load every session and aggregate in Python.
3. The damage check after the first paint (``HistoryStore.check``: ``PRAGMA quick_check``) of
   that history, and the repair of a copy with garbage over three middle pages. Both run off
   the GUI thread; no target, the figures say how long the notice takes to come.

Run: ``.venv/bin/python benches/bench_history.py [--dir DIR] [--sessions N]``. The directory
matters (fsync cost): by default a temporary directory under the system temp dir.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.stats import stats_for
from supple.core.history.store import HistoryStore

STEPS = 8


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def _summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {_ms(statistics.median(ordered))}  p99 {_ms(p99)}  max {_ms(ordered[-1])}"


def bench_record_step(folder: Path, writes: int) -> None:
    print(f"== record_step: {writes} writes, {STEPS} steps per session ==")
    store = HistoryStore(folder / "steps.db")
    samples: list[float] = []
    record = store.begin_session("calf", "Calf care", "stretch", "fp", STEPS)
    for i in range(writes):
        if i and i % STEPS == 0:
            store.finish_session(record.uuid, Outcome.COMPLETED, 240.0)
            record = store.begin_session("calf", "Calf care", "stretch", "fp", STEPS)
        start = time.perf_counter()
        store.record_step(record.uuid, i % STEPS, "Wall calf stretch", "left", StepStatus.DONE,
                          30.0, 30.0 * (i % STEPS + 1))  # fmt: skip
        samples.append(time.perf_counter() - start)
    store.close()

    # Naive baseline: a connection per write, default rollback journal, fsync on commit.
    path = folder / "naive.db"
    setup = sqlite3.connect(path)
    setup.executescript(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, steps_done INT, "
        "steps_skipped INT, resume_position INT, active_seconds REAL, updated_at TEXT);"
        "CREATE TABLE steps (session_id INT, position INT, name TEXT, side TEXT, status TEXT, "
        "seconds REAL, finished_at TEXT, UNIQUE (session_id, position));"
        "INSERT INTO sessions (uuid, steps_done, steps_skipped, resume_position) "
        "VALUES ('s', 0, 0, 0);"
    )
    setup.close()
    naive: list[float] = []
    baseline_writes = min(writes, 300)
    for i in range(baseline_writes):
        start = time.perf_counter()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous = FULL")
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO steps SELECT id, ?, 'Wall calf stretch', 'left', "
                "'done', 30.0, ? FROM sessions WHERE uuid = 's'",
                (i, datetime.now().astimezone().isoformat(timespec="seconds")),
            )
            conn.execute(
                "UPDATE sessions SET steps_done = (SELECT count(*) FROM steps), "
                "resume_position = ?, active_seconds = ?, updated_at = ? WHERE uuid = 's'",
                (i + 1, 30.0 * i, "now"),
            )
        conn.close()
        naive.append(time.perf_counter() - start)

    ours, theirs = statistics.median(samples), statistics.median(naive)
    print(f"  store (WAL, NORMAL, one connection): {_summary(samples)}")
    print(f"  naive (connect per write, FULL)    : {_summary(naive)}  ({baseline_writes} writes)")
    print(f"  speed-up (median): {theirs / ours:6.1f}x   target <= 2 ms: "
          f"{'met' if ours <= 0.002 and max(samples) < 0.05 else 'MISSED'}")  # fmt: skip


def generate(path: Path, sessions: int) -> None:
    """Fill a store's schema with ``sessions`` sessions of 8 steps, fast (executemany)."""
    HistoryStore(path).close()
    rng = random.Random(42)
    zone = timezone(timedelta(hours=1))
    first = datetime(2016, 1, 1, 6, 0, tzinfo=zone)
    span = 10 * 365 * 24 * 3600  # ten years
    offsets = sorted(rng.randrange(span) for _ in range(sessions))
    categories = ["post-run stretch", "warm-up", "strength", "mobility"]
    routines = ["calf", "hips", "drills", "heel-drops", "hamstrings", "feet"]
    outcomes = ["completed"] * 8 + ["stopped", "interrupted"]
    session_rows = []
    step_rows = []
    for n, offset in enumerate(offsets, start=1):
        started = (first + timedelta(seconds=offset)).isoformat(timespec="seconds")
        outcome = rng.choice(outcomes)
        rated = rng.random() < 0.4
        session_rows.append((
            n, str(uuid.UUID(int=rng.getrandbits(128), version=4)), rng.choice(routines),
            "Routine", rng.choice(categories), "fp", started, started[:10], started, started,
            rng.uniform(120, 1500), STEPS, 0, STEPS, outcome, STEPS,
            rng.randint(3, 9) if rated else None, rng.randint(0, 6) if rated else None,
        ))  # fmt: skip
        step_rows.extend((n, p, f"step {p}", None, "done", 30.0, started) for p in range(STEPS))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO sessions (id, uuid, routine_id, routine_name, category, fingerprint, "
            "started_at, day, ended_at, updated_at, active_seconds, steps_done, steps_skipped, "
            "steps_total, outcome, resume_position, pain_before, pain_after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
        conn.executemany("INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?)", step_rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def open_and_compute(path: Path) -> float:
    start = time.perf_counter()
    store = HistoryStore(path)
    stats = stats_for(store, today=date(2026, 1, 1))
    first_page = store.sessions(limit=200)
    elapsed = time.perf_counter() - start
    store.close()
    assert stats.total_sessions > 0 and len(first_page) == 200
    return elapsed


def naive_compute(path: Path) -> float:
    """Load everything and aggregate in Python: what a view without SQL aggregates would do."""
    start = time.perf_counter()
    store = HistoryStore(path)
    per_day: dict[date, list[float]] = defaultdict(lambda: [0, 0.0])
    for session in store.sessions():
        acc = per_day[session.day]
        acc[0] += 1
        acc[1] += session.active_seconds
    elapsed = time.perf_counter() - start
    store.close()
    assert per_day
    return elapsed


def bench_statistics(folder: Path, sessions: int) -> None:
    print(f"== open + all statistics: {sessions:,} sessions x {STEPS} steps ==")
    path = folder / "big.db"
    start = time.perf_counter()
    generate(path, sessions)
    size = path.stat().st_size / 1e6
    print(f"  generated in {time.perf_counter() - start:.1f} s, file {size:.1f} MB")
    # A cold process, as when the app starts: import + open + compute (page cache is warm).
    cold = subprocess.run(
        [sys.executable, "-c",
         "import sys, time; t = time.perf_counter(); "
         "from pathlib import Path; from datetime import date; "
         "from supple.core.history.store import HistoryStore; "
         "from supple.core.history.stats import stats_for; "
         "s = HistoryStore(Path(sys.argv[1])); stats_for(s, date(2026, 1, 1)); "
         "s.sessions(limit=200); print(time.perf_counter() - t)", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    runs = [open_and_compute(path) for _ in range(7)]
    naive = [naive_compute(path) for _ in range(2)]
    ours = statistics.median(runs)
    print(f"  store: open + stats + first 200 rows: median {_ms(ours)}  best {_ms(min(runs))}")
    print(f"  same, new process incl. imports     : {_ms(float(cold.stdout))}")
    print(f"  naive: load all sessions, Python agg: median {_ms(statistics.median(naive))}")
    print(f"  speed-up (median): {statistics.median(naive) / ours:6.1f}x   target <= 200 ms: "
          f"{'met' if ours <= 0.2 else 'MISSED'}")  # fmt: skip


def bench_check_and_repair(folder: Path) -> None:
    print("== check (quick_check) and repair of the same history ==")
    path = folder / "big.db"
    store = HistoryStore(path)
    start = time.perf_counter()
    assert store.check() is False
    print(f"  check of the sound file          : {_ms(time.perf_counter() - start)}")
    store.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    rng = random.Random(1)
    for page in (pages // 5, pages // 3, pages // 2):
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    damaged = folder / "damaged" / "history.db"
    damaged.parent.mkdir()
    damaged.write_bytes(bytes(data))
    store = HistoryStore(damaged)
    start = time.perf_counter()
    assert store.check() is True
    elapsed = time.perf_counter() - start
    print(f"  check + repair of the damaged one: {_ms(elapsed)}")
    print(f"  {store.notices[-1].message.split('). ')[-1]}")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="where to put the databases")
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--writes", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        fs = subprocess.run(["df", "-T", str(folder)], capture_output=True, text=True).stdout
        print(f"directory {folder} ({fs.splitlines()[-1].split()[1] if fs else '?'}), "
              f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")  # fmt: skip
        bench_record_step(folder, args.writes)
        bench_statistics(folder, args.sessions)
        bench_check_and_repair(folder)


if __name__ == "__main__":
    main()
