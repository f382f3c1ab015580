"""Importing and exporting a large history, against plain ``json`` on the same file in the same run.

Generates an export of ``--sessions`` sessions (default 50,000) of 8 steps each, laid out as
``supple history --json`` writes it, then, each in a child process of its own:

* import: ``supple history --import FILE`` into an empty history; target < 5 s. Time baseline:
  ``json.loads`` of the same file (reading included). Then the same import again, into the now
  full history (every session already present, so nothing is written).
* export: ``supple history --json`` of that history to a file; target peak memory < 200 MB.
  Time baseline: ``json.dumps(..., indent=1)`` of the same document (loaded beforehand).
* time: wall-clock (the target's) and the CPU time of the child, which a busy machine
  changes less;
* memory: the peak resident set size of each child (``resource.getrusage``), against a child
  that only imports the modules the command line uses. Linux carries the parent's peak over
  into a child (through fork and exec), so this process never reads a large file itself.

Run: ``.venv/bin/python benches/bench_history_import.py [--sessions N] [--runs N] [--src DIR]``.
``--src`` measures another checkout's ``src`` folder (e.g. the code before a change) instead of
the one this Python imports; the baselines do not depend on it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

STEPS = 8

CHILD = r"""
import json, resource, sys, time
task, result = sys.argv[1], sys.argv[2]
cpu_from = time.process_time()
def done(seconds, **extra):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(result, "w") as handle:
        json.dump({"seconds": seconds, "cpu": time.process_time() - cpu_from,
                   "peak_mb": peak_kb / 1024, **extra}, handle)
if task == "imports-only":
    import json
    from supple.cli.main import main
    from supple.cli import history
    from supple.core.history import export, store
    done(0.0)
elif task == "json.loads":
    from pathlib import Path
    start, cpu_from = time.perf_counter(), time.process_time()
    document = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
    done(time.perf_counter() - start, sessions=len(document["sessions"]))
elif task == "same":
    from pathlib import Path
    read = lambda name: json.loads(Path(name).read_text(encoding="utf-8"))
    done(0.0, same=read(sys.argv[3])["sessions"] == read(sys.argv[4])["sessions"])
elif task == "json.dumps":
    from pathlib import Path
    document = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
    start, cpu_from = time.perf_counter(), time.process_time()
    text = json.dumps(document, ensure_ascii=False, indent=1)
    Path(sys.argv[4]).write_text(text, encoding="utf-8")
    done(time.perf_counter() - start)
else:
    from supple.cli.main import main
    from supple.cli import history
    from supple.core.history import export, store
    data, argv = sys.argv[3], sys.argv[4:]
    if task == "export":
        sys.stdout = open(argv.pop(), "w", encoding="utf-8")
    start, cpu_from = time.perf_counter(), time.process_time()
    code = main(["--data-dir", data, "history", *argv])
    sys.stdout.flush()
    done(time.perf_counter() - start, code=code)
"""


def _session(rng: random.Random, started: datetime) -> dict[str, object]:
    names = ["Wall calf stretch, straight knee", "Bent-knee soleus stretch",
             "Eccentric heel drops", "Standing hamstring stretch", "Kneeling hip flexor stretch",
             "Figure-four glute stretch", "Ankle circles", "Rest"]  # fmt: skip
    steps = []
    moment = started
    for position in range(STEPS):
        seconds = rng.choice([30.0, 45.0, 60.0])
        moment += timedelta(seconds=seconds)
        steps.append({
            "position": position, "name": names[position],
            "side": rng.choice(["left", "right", None]), "status": "done", "seconds": seconds,
            "finished_at": moment.isoformat(timespec="seconds"),
        })  # fmt: skip
    rated = rng.random() < 0.4
    return {
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "routine_id": rng.choice(["calf-care", "hips", "drills", "heel-drops", "feet"]),
        "routine_name": "Calf care after a run", "category": "post-run stretch",
        "fingerprint": f"sha256:{rng.getrandbits(256):064x}",
        "started_at": started.isoformat(timespec="seconds"),
        "ended_at": moment.isoformat(timespec="seconds"),
        "updated_at": moment.isoformat(timespec="seconds"),
        "active_seconds": (moment - started).total_seconds(), "steps_done": STEPS,
        "steps_skipped": 0, "steps_total": STEPS, "outcome": "completed",
        "resume_position": STEPS, "pain_before": rng.randint(3, 9) if rated else None,
        "pain_after": rng.randint(0, 6) if rated else None,
        "note": "Tight after the long run; the left calf felt better." if rated else "",
        "steps": steps,
    }  # fmt: skip


def generate(path: Path, sessions: int) -> None:
    """An export as ``supple history --json`` lays it out (one-space indent), written as it
    is made so the generator itself stays small."""
    rng = random.Random(42)
    zone = timezone(timedelta(hours=1))
    first = datetime(2016, 1, 1, 6, 0, tzinfo=zone)
    span = 10 * 365 * 24 * 3600  # ten years
    offsets = sorted(rng.randrange(span) for _ in range(sessions))
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{\n "format": "supple-history",\n "version": 1,\n "sessions": [')
        for n, offset in enumerate(offsets):
            item = json.dumps(_session(rng, first + timedelta(seconds=offset)),
                              ensure_ascii=False, indent=1)
            handle.write(("\n  " if n == 0 else ",\n  ") + item.replace("\n", "\n  "))
        handle.write("\n ]\n}\n")


def child(task: str, *args: str, src: Path | None) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        done = subprocess.run([sys.executable, "-c", CHILD, task, result.name, *args],
                              env=env, capture_output=True, text=True)  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"{task} failed:\n{done.stderr}")
        found: dict[str, float] = json.loads(Path(result.name).read_text())
    if found.get("code", 0) != 0:
        raise SystemExit(f"{task} exited {found['code']}:\n{done.stderr}")
    return found


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--src", type=Path, default=None, help="the src folder to measure")
    args = parser.parse_args()
    src = None if args.src is None else args.src.resolve()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        export = folder / "export.json"
        start = time.perf_counter()
        generate(export, args.sessions)
        print(f"== import and export of {args.sessions:,} sessions x {STEPS} steps: file "
              f"{export.stat().st_size / 1e6:.1f} MB, generated in "
              f"{time.perf_counter() - start:.1f} s; code from {src or 'this checkout'} ==")
        bare = child("imports-only", src=src)
        loads, dumps, imports, again, exports = [], [], [], [], []
        for run in range(args.runs):  # interleaved, so a busy moment hits both sides alike
            loads.append(child("json.loads", str(export), src=None))
            data = folder / f"data-{run}"
            imports.append(child("import", str(data), "--import", str(export), src=src))
            again.append(child("import", str(data), "--import", str(export), src=src))
            dumps.append(child("json.dumps", str(export), str(folder / "dumps.json"), src=None))
            out = folder / f"out-{run}.json"
            exports.append(child("export", str(data), "--json", str(out), src=src))
            same = child("same", str(export), str(out), src=None)["same"]
            out.unlink()
    base_mb = bare["peak_mb"]
    print(f"  child that only imports the modules: peak {base_mb:7.1f} MB")
    rows = [
        ("json.loads of the file", loads, None),
        ("import into an empty history", imports, 5.0),
        ("import again (all present)", again, None),
        ("json.dumps, indent=1", dumps, None),
        ("export (--json) to a file", exports, None),
    ]
    for label, runs, target in rows:
        seconds, peak = _median(runs, "seconds"), _median(runs, "peak_mb")
        verdict = "" if target is None else (
            f"   target < {target:.0f} s: {'met' if seconds < target else 'MISSED'}")
        print(f"  {label:30}: {seconds:6.2f} s (CPU {_median(runs, 'cpu'):5.2f} s)  peak "
              f"{peak:7.1f} MB (+{peak - base_mb:6.1f} MB){verdict}")
    ratio = _median(imports, "seconds") / _median(loads, "seconds")
    cpu_ratio = _median(imports, "cpu") / _median(loads, "cpu")
    print(f"  import / json.loads : {ratio:5.1f}x time ({cpu_ratio:4.1f}x CPU), "
          f"{_median(imports, 'peak_mb') / _median(loads, 'peak_mb'):5.2f}x peak memory")
    ratio = _median(exports, "seconds") / _median(dumps, "seconds")
    cpu_ratio = _median(exports, "cpu") / _median(dumps, "cpu")
    peak = _median(exports, "peak_mb")
    print(f"  export / json.dumps : {ratio:5.1f}x time ({cpu_ratio:4.1f}x CPU); export peak "
          f"{peak:.1f} MB, {peak / base_mb:.2f}x the imports-only child   "
          f"target < 200 MB: {'met' if peak < 200 else 'MISSED'}")
    print(f"  the export holds the same sessions as the file: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
