"""Child process for the sound stress test and bench: a routine (the Alfredson heel drops unless
told otherwise) through the real engine, Qt driver, cue player, speech and history recorder,
with the sound going through the real PulseAudio (``PULSE_SERVER`` from the parent).

The routine runs on a clock ``--speed`` times faster than real time, so a few seconds hold as
many cues and phrases as minutes of the routine would; a GUI-thread timer ticks the driver every
5 ms (its own timer counts engine seconds as real ones). Another timer notes how long the GUI
thread ever went without answering. With ``--guard`` the :mod:`thread_guard` checks are on.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from thread_guard import ThreadGuard  # beside this file: on the path as script and in pytest

REPO = Path(__file__).resolve().parent.parent
ALFREDSON = REPO / "routines" / "alfredson-heel-drops.yaml"


FLOOD_BYTES = 1_000_000  # the freeze writes tens of MB a second: past this, it has frozen


def run_stress_child(env: dict[str, str], work: Path, *flags: str, speed: float,
                     seconds: float) -> dict[str, Any]:
    """For the parent: run this child with ``env`` (a ``PulseServer.env``) and return its
    report. A child that floods its stderr or does not finish is killed; any failure, or any
    "QSocketNotifier" line, fails the caller with what the child wrote."""
    work.mkdir(parents=True, exist_ok=True)
    err_path = work / "stderr.txt"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--work", str(work),
           "--speed", str(speed), "--seconds", str(seconds), *flags]  # fmt: skip
    with err_path.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        give_up = time.monotonic() + seconds + 60
        while proc.poll() is None:
            if err_path.stat().st_size > FLOOD_BYTES or time.monotonic() > give_up:
                proc.kill()
                break
            time.sleep(0.1)
        out = proc.stdout.read().decode()
        proc.wait()
        proc.stdout.close()
    with err_path.open("rb") as f:
        head = f.read(3000).decode(errors="replace")
    size = err_path.stat().st_size
    assert "QSocketNotifier" not in head, f"froze: {size} bytes of stderr, starting\n{head}"
    assert proc.returncode == 0, f"exit {proc.returncode}, {size} bytes of stderr:\n{head}"
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return report


class FastClock:
    """Monotonic, ``speed`` times faster than real time (a Clock for the engine)."""

    def __init__(self, speed: float) -> None:
        self._speed = speed
        self._t0 = time.monotonic()

    def now(self) -> float:
        return self._t0 + (time.monotonic() - self._t0) * self._speed

    def slept(self) -> float:
        return 0.0


class Bridge(QObject):
    """As the main window's: messages from the history writer's thread, queued to this one."""

    message = Signal(str)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", type=Path, default=ALFREDSON)
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--guard", action="store_true", help="all thread_guard checks")
    parser.add_argument("--watch", action="store_true",
                        help="Qt's messages and how plays end, without the slow profile hook")
    args = parser.parse_args()

    guard = ThreadGuard()
    if args.guard or args.watch:
        from supple.qt.platform import cue_player, speech

        modules = [cue_player, speech]
        try:
            from supple.qt.platform import sound_effects

            modules.append(sound_effects)
        except ImportError:  # the code before the fix: effects were made in the two above
            pass
        guard.watch_sound_effects(*modules)
        with guard.installed(profile=args.guard):
            report = run(args)
    else:
        report = run(args)
    report.update(violations=guard.violations[:5], violation_count=len(guard.violations),
                  qt_complaints=guard.qt_complaints[:5],
                  qt_complaint_count=len(guard.qt_complaints),
                  natural_ends=len(guard.natural_ends))  # fmt: skip
    print(json.dumps(report), flush=True)


def run(args: argparse.Namespace) -> dict[str, object]:
    from supple.core.history.recorder import SessionRecorder
    from supple.core.history.store import HistoryStore
    from supple.core.resources import sounds_dir
    from supple.core.routines.loader import LoadedRoutine, load_path
    from supple.core.session.engine import SessionEngine
    from supple.core.session.timeline import plan
    from supple.qt.driver import SessionDriver
    from supple.qt.platform.cue_player import make_cue_player
    from supple.qt.platform.speech import PhraseCache

    app = QCoreApplication([])
    work: Path = args.work
    speech = PhraseCache(work / "phrases")
    options: dict[str, object] = {"speech": speech, "allow_playsound3": False}
    if "cache_dir" in inspect.signature(make_cue_player).parameters:
        options["cache_dir"] = work / "cues"
    player = make_cue_player(sounds_dir(), **options)  # type: ignore[arg-type]
    routine = load_path(args.routine)
    loaded = LoadedRoutine(args.routine.stem, args.routine, routine, False, routine.fingerprint())
    timeline = plan(routine)
    clock = FastClock(args.speed)
    engine = SessionEngine(timeline, clock)
    driver = SessionDriver(engine, player, voice=True)
    bridge = Bridge()
    notices: list[str] = []
    bridge.message.connect(notices.append)
    def open_store() -> HistoryStore:  # on the writer's thread; its notices come back queued
        return HistoryStore(work / "history.db", on_notice=lambda n: bridge.message.emit(n.message))

    recorder = SessionRecorder(open_store, on_error=bridge.message.emit)
    counts = {"cues": 0, "phrases": 0}

    def seen(event: object) -> None:
        recorder.handle(event, engine.active_seconds())  # type: ignore[arg-type]
        cue = getattr(event, "cue", None)
        if cue is not None:
            counts["cues"] += 1
            counts["phrases"] += cue.say is not None

    driver.happened.connect(seen)
    player.prepare_speech(timeline.phrases())
    give_up = time.monotonic() + 30
    while any(not speech.is_prepared(p) for p in timeline.phrases()) and (
            time.monotonic() < give_up):
        app.processEvents()
        time.sleep(0.005)

    gaps = [0.0]
    last = [time.monotonic()]
    started = [0.0]

    def beat() -> None:
        now = time.monotonic()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
        if started[0] and (now - started[0] > args.seconds or driver.state.over):
            app.quit()

    def start() -> None:
        recorder.begin(loaded, timeline)
        driver.start()
        started[0] = time.monotonic()
        last[0] = started[0]

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(driver.tick)
    ticker.start(5)
    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(beat)
    heart.start(20)
    when_ready = getattr(player, "when_ready", None)
    if when_ready is not None:
        when_ready(start)
    else:
        QTimer.singleShot(0, start)
    app.exec()
    ticker.stop()
    heart.stop()
    recorder.close()
    speech.close()
    return {"status": player.status.name, "routine_seconds": engine.position(clock.now()),
            "wall_seconds": time.monotonic() - started[0], "max_gap_s": gaps[0],
            "notices": notices, **counts}  # fmt: skip


if __name__ == "__main__":
    main()
