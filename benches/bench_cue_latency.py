"""How late do cues sound? Supple's Qt cue player against ``playsound3`` as a user would call it.

Everything plays into a private PulseAudio null sink whose monitor is recorded (see
``tests/audio_server.py``); latency is the time from the ``play()`` call to the first audible
sample (-40 dBFS), mapped onto ``time.monotonic()`` to within one capture block (±5 ms).

    python benches/bench_cue_latency.py

Targets: Qt at least 5x faster than playsound3 (median); scheduled sequence timing error
p95 <= 10 ms, max <= 20 ms (relative to the first cue, so the constant latency does not count).
A third figure guards the other side of latency: with every core busy, a 0.9 s cue must arrive
sample-exact (no dropouts). ``PULSE_LATENCY_MSEC=10 python benches/...`` shows the trade-off:
smaller client buffers cut latency to ~8 ms but drop out under load.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audio_server import (  # noqa: E402  (tests/ is not a package)
    PulseServer,
    Recording,
    Step,
    detect_onsets,
    onsets_in,
    play_in_child,
    pulse_null_sink,
    read_raw,
)

SOUND = REPO / "assets" / "sounds" / "tick.wav"
N_LATENCY = 10
N_SEQUENCE = 40
SEQUENCE_GAP_S = 0.25
KINDS = ["countdown", "tick", "rep_up", "rep_hold"]


def latencies(rec: Recording, raw: Path, called: Sequence[float]) -> list[float]:
    """Per call: seconds until the first onset after it (None-free: a missing sound is fatal)."""
    heard = [rec.monotonic_of(t) for t in detect_onsets(raw)]
    out = []
    for c in called:
        after = [h for h in heard if h >= c - 0.010]  # ±5 ms mapping error, with margin
        if not after or after[0] - c > 2.0:
            raise SystemExit(f"a sound played at {c:.3f} was never heard")
        out.append(after[0] - c)
    return out


def qt_latency(server: PulseServer, tmp: Path) -> list[float]:
    raw = tmp / "qt.raw"
    with server.record(raw) as rec:
        report = play_in_child(server, [Step(0.5 * i, cue="tick") for i in range(N_LATENCY)])
        assert report.status == "READY", report.status
        rec.wait_past(report.called[-1] + 0.5)
    return latencies(rec, raw, report.called)


def playsound3_latency(server: PulseServer, tmp: Path) -> list[float] | str:
    os.environ.update(server.env)  # its player processes inherit our environment
    try:
        from playsound3 import DEFAULT_BACKEND, playsound
    except ImportError:
        return "playsound3 not installed"
    if DEFAULT_BACKEND is None:
        return "playsound3 has no back end here (install gstreamer1.0-plugins-base-apps)"
    raw = tmp / "playsound3.raw"
    called: list[float] = []
    with server.record(raw) as rec:
        start = time.monotonic() + 0.2
        for i in range(N_LATENCY):
            while time.monotonic() < start + i:  # 1 s apart: its first sound can take 0.4 s
                time.sleep(0.001)
            called.append(time.monotonic())
            playsound(SOUND, block=False)
        rec.wait_past(called[-1] + 1.0)
    return latencies(rec, raw, called)


def sequence_errors(server: PulseServer, tmp: Path) -> list[float]:
    raw = tmp / "sequence.raw"
    steps = [Step(SEQUENCE_GAP_S * i, cue=KINDS[i % len(KINDS)]) for i in range(N_SEQUENCE)]
    with server.record(raw) as rec:
        report = play_in_child(server, steps)
        rec.wait_past(report.called[-1] + 0.5)
    onsets = detect_onsets(raw)
    if len(onsets) != len(steps):
        raise SystemExit(f"expected {len(steps)} cues, heard {len(onsets)}")
    return [abs((t - onsets[0]) - s.at) for t, s in zip(onsets, steps, strict=True)]


def dropouts_under_load(server: PulseServer, tmp: Path) -> list[int]:
    """Per play of finished.wav with all cores busy: samples that differ from the file."""
    import wave
    from array import array

    with wave.open(str(REPO / "assets" / "sounds" / "finished.wav"), "rb") as w:
        ref = array("h", w.readframes(w.getnframes()))
    first = round(onsets_in(ref)[0] * 48_000)
    raw = tmp / "load.raw"
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
               for _ in range(os.cpu_count() or 2)]  # fmt: skip
    try:
        with server.record(raw) as rec:
            report = play_in_child(server, [Step(1.2 * i, cue="finished") for i in range(6)])
            rec.wait_past(report.called[-1] + 1.2)
    finally:
        for b in burners:
            b.terminate()
            b.wait()
    recording = read_raw(raw)
    counts = []
    for onset in detect_onsets(raw):
        start = round(onset * 48_000)
        heard = recording[start : start + len(ref) - first - 2400]
        counts.append(sum(1 for x, y in zip(heard, ref[first:], strict=False) if abs(x - y) > 2))
    return counts


def ms(x: float) -> str:
    return f"{x * 1000:7.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as name, pulse_null_sink(Path(name)) as server:
        tmp = Path(name)
        qt = qt_latency(server, tmp)
        errors = sequence_errors(server, tmp)
        drops = dropouts_under_load(server, tmp)
        ps = playsound3_latency(server, tmp)

    print(f"play() call -> audible onset, {N_LATENCY} cues each (null sink, ±5 ms)")
    print(f"{'player':<24} {'median':>10} {'worst':>10} {'first':>10}")
    print(f"{'Qt QSoundEffect (ours)':<24} {ms(statistics.median(qt))} {ms(max(qt))} {ms(qt[0])}")
    if isinstance(ps, str):
        print(f"{'playsound3':<24} skipped: {ps}")
    else:
        print(f"{'playsound3 block=False':<24} {ms(statistics.median(ps))} {ms(max(ps))} "
              f"{ms(ps[0])}")  # fmt: skip
        ratio = statistics.median(ps) / max(statistics.median(qt), 0.001)
        verdict = "meets" if ratio >= 5 else "MISSES"
        print(f"ratio of medians: {ratio:.1f}x faster ({verdict} the 5x target)")

    errors.sort()
    p95 = errors[min(len(errors) - 1, round(0.95 * (len(errors) - 1)))]
    print(f"\nscheduled sequence, {N_SEQUENCE} cues {SEQUENCE_GAP_S * 1000:.0f} ms apart, "
          "onset error relative to the first cue")  # fmt: skip
    print(f"p95 {ms(p95)} (target <= 10 ms), max {ms(errors[-1])} (target <= 20 ms), "
          f"median {ms(statistics.median(errors))}")  # fmt: skip
    print(f"\nall cores busy, finished.wav x{len(drops)}: samples differing from the file per play "
          f"{drops} (target: all 0)")  # fmt: skip


if __name__ == "__main__":
    main()
