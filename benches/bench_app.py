"""Start-up, memory and CPU of the real app, each against a bare PySide6 window in the same run.

    .venv/bin/python benches/bench_app.py [--runs 5] [--play-seconds 20] [--platform offscreen]

* cold start: process start → main window shown with the library listed, median of ``--runs``
  alternating runs; target ≤ 1.3× the bare window. The library is listed from the index of
  routine files (supple.core.library.catalog) kept by the previous start, as on every start but the
  first; the first start, which reads and validates every file, is reported on its own.
  The package is byte-compiled first, as pip does when it installs it (this machine may set
  PYTHONDONTWRITEBYTECODE, which would otherwise compile every module on every start).
* memory: peak resident set size (VmHWM) once shown; target ≤ 1.3× bare + 30 MB.
* CPU while a routine plays: CPU time used by a process running a routine in the player for
  ``--play-seconds`` (sound muted: the audio server is not what we measure), as % of one core;
  the bare window idling for the same time is the baseline. Target ≤ 2 % of one core.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEASURE = r"""
import json, resource, sys, time
def status_kb(field):
    return int([l for l in open("/proc/self/status") if l.startswith(field)][0].split()[1])
def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
def report(shown, hwm_kb, cpu_from, play):
    print(json.dumps({"shown": shown, "hwm_kb": hwm_kb,
                      "cpu": (cpu_seconds() - cpu_from) / max(play, 1e-9),
                      "rss_end_kb": status_kb("VmRSS")}))
"""

BARE = MEASURE + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(1100, 720); w.show()
play = float(sys.argv[1])
def shown():
    t, hwm, cpu0 = time.monotonic(), status_kb("VmHWM"), cpu_seconds()
    def done():
        report(t, hwm, cpu0, play)
        app.quit()
    QTimer.singleShot(int(play * 1000), done)
QTimer.singleShot(0, shown)
app.exec()
"""

APP = MEASURE + r"""
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from supple.core.paths import AppPaths
from supple.qt.app import run_app
play = float(sys.argv[1])
routine_arg = sys.argv[2] if len(sys.argv) > 2 else None
paths = AppPaths.resolve(os.environ["SUPPLE_DATA_DIR"])
routine = None
if routine_arg:
    from supple.cli.main import resolve_routine
    routine = resolve_routine(routine_arg, paths)
def shown():
    t, hwm = time.monotonic(), status_kb("VmHWM")
    # CPU is measured from 2 s after start-up, when the routine is under way.
    def start_measure():
        cpu0 = cpu_seconds()
        def done():
            report(t, hwm, cpu0, play)
            for w in QApplication.topLevelWidgets():
                if hasattr(w, "confirm_quit"):
                    w.confirm_quit = lambda: True
            app.quit()
        QTimer.singleShot(int(play * 1000), done)
    QTimer.singleShot(2000 if play else 0, start_measure)
QTimer.singleShot(0, shown)
run_app(paths, routine)
"""


def run_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, timeout=300, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return data["shown"] - started, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--play-seconds", type=float, default=20.0)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="supple-bench-"))
    (data / "settings.json").write_text(json.dumps({"muted": True}))
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "SUPPLE_DATA_DIR": str(data),
           "QT_LOGGING_RULES": "*.warning=false"}

    import supple

    compileall.compile_dir(str(Path(supple.__file__).parent), quiet=1)
    first_t = []
    for _ in range(args.runs):  # no index yet: every routine file is read and validated
        shutil.rmtree(data / "cache", ignore_errors=True)
        first_t.append(run_child(APP, ["0"], env)[0])
    bare_t, app_t, bare_mem, app_mem = [], [], [], []
    for _ in range(args.runs):
        t, d = run_child(BARE, ["0"], env)
        bare_t.append(t)
        bare_mem.append(d["hwm_kb"] / 1024)
        t, d = run_child(APP, ["0"], env)
        app_t.append(t)
        app_mem.append(d["hwm_kb"] / 1024)
    b, a = statistics.median(bare_t) * 1000, statistics.median(app_t) * 1000
    print(f"cold start to window shown ({args.platform}, median of {args.runs}):")
    print(f"  bare PySide6 window  {b:7.0f} ms")
    print(f"  Supple library       {a:7.0f} ms   ratio {a / b:.2f}x  (target <= 1.3x)")
    f = statistics.median(first_t) * 1000
    print(f"  Supple, first start  {f:7.0f} ms   ratio {f / b:.2f}x  (no index yet: every "
          "routine file read)")
    bm, am = statistics.median(bare_mem), statistics.median(app_mem)
    print("peak resident memory once shown:")
    print(f"  bare PySide6 window  {bm:7.1f} MB")
    print(f"  Supple library       {am:7.1f} MB   ratio {am / bm:.2f}x, "
          f"bare + {am - bm:.1f} MB  (target <= 1.3x bare + 30 MB = {1.3 * bm + 30:.1f} MB)")

    seconds = args.play_seconds
    _, idle = run_child(BARE, [str(seconds)], env)
    _, playing = run_child(APP, [str(seconds), "post-run-stretch"], env)
    print(f"CPU over {seconds:.0f} s ({args.platform}):")
    print(f"  bare window, idle            {idle['cpu'] * 100:5.2f} % of one core")
    print(f"  Supple playing a routine     {playing['cpu'] * 100:5.2f} % of one core  "
          f"(target <= 2 %)")
    bare_end, app_end = idle["rss_end_kb"] / 1024, playing["rss_end_kb"] / 1024
    print(f"resident memory at the end of that time: bare {bare_end:.1f} MB, Supple playing "
          f"{app_end:.1f} MB (target <= {1.3 * bare_end + 30:.1f} MB)")


if __name__ == "__main__":
    main()
