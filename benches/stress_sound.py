"""Does the player survive another program on the sound server? A stress run, several times over.

Each repeat starts ``tests/stress_child.py``: the Alfredson heel drops through the real engine,
Qt driver, cue player, speech and history recorder, on a clock ``--speed`` times faster than
real time, into a private PulseAudio null sink while a second client (``parec``) records the
sink's monitor, as a browser or music player would be connected on a desktop. Counted per
repeat: cues and phrases played, Qt's cross-thread complaints ("QSocketNotifier: Socket
notifiers cannot be enabled or disabled from another thread", "Invalid socket ..."), plays that
ended by themselves (each one a chance of the freeze, see ``supple.qt.platform.sound_effects``)
and the longest time the GUI thread did not answer.

    python benches/stress_sound.py [--repeats 5] [--speed 20] [--seconds 20]

Target: no complaint and no play ending by itself in any repeat; the GUI thread never silent
for more than 0.5 s. Before the fix, plain ``QSoundEffect`` froze in about one run in three.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audio_server import PulseServer, pulse_null_sink  # noqa: E402  (tests/ is not a package)
from stress_child import run_stress_child  # noqa: E402


def one_run(server: PulseServer, work: Path, speed: float, seconds: float) -> dict[str, Any]:
    """One child run; one that floods or hangs is killed and reported as frozen."""
    try:
        report = run_stress_child(server.env, work, "--watch", speed=speed, seconds=seconds)
    except AssertionError as exc:
        first = str(exc).splitlines()[0]
        return {"frozen": True, "why": first}
    report["frozen"] = bool(report["qt_complaint_count"])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    frozen = 0
    with tempfile.TemporaryDirectory() as name, pulse_null_sink(Path(name)) as server:
        tmp = Path(name)
        with server.record(tmp / "monitor.raw"):  # the second client, recording the monitor
            for i in range(args.repeats):
                r = one_run(server, tmp / f"run{i}", args.speed, args.seconds)
                frozen += bool(r["frozen"])
                if "why" in r:
                    print(f"run {i + 1}/{args.repeats}: FROZE ({r['why']})", flush=True)
                    continue
                print(f"run {i + 1}/{args.repeats}: {'FROZE' if r['frozen'] else 'ok':5} "
                      f"{r['cues']} cues, {r['phrases']} phrases over "
                      f"{r['routine_seconds']:.0f} s of routine; Qt cross-thread complaints "
                      f"{r['qt_complaint_count']}, plays ended by themselves "
                      f"{r['natural_ends']}, longest GUI silence "
                      f"{r['max_gap_s'] * 1000:.0f} ms", flush=True)  # fmt: skip
    print(f"\n{frozen} of {args.repeats} runs froze (target: 0)")


if __name__ == "__main__":
    main()
