"""The calf test's metronome by ear: one leg through the real pacer, Qt adapter and cue
player on the real clock, a private PulseAudio null sink recorded; the lead-in, 3-2-1, each
up and down beat and the stop must be heard, each at its moment (a beat a second)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from audio_server import PulseServer, detect_onsets

pytestmark = [pytest.mark.audio, pytest.mark.slow]
MAX_LATE_S = 0.060  # as the routines' own audio test allows


def test_every_beat_is_heard_on_its_second(pulse: PulseServer, tmp_path: Path) -> None:
    raw = tmp_path / "calf.raw"
    child = Path(__file__).resolve().parents[2] / "calf_test_child.py"
    with pulse.record(raw) as rec:
        proc = subprocess.run([sys.executable, str(child)], env=pulse.env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]
        report = json.loads(proc.stdout.strip().splitlines()[-1])
        rec.wait_past(report["played"][-1][1] + 1.2)
    assert report["status"] == "READY"
    assert report["counted"] == 4
    kinds = [kind for kind, _ in report["played"]]
    assert kinds == ["lead_in", *["countdown"] * 3, *["rep_up", "rep_down"] * 4, "finished"]
    due = [t for _, t in report["played"]]
    beats = due[4:12]
    assert all(abs((b - a) - 1.0) < 1e-6 for a, b in itertools.pairwise(beats))
    heard = [rec.monotonic_of(t) for t in detect_onsets(raw)]
    heard = [t for t in heard if t > due[0] - 0.5]
    assert len(heard) == len(due), (len(heard), len(due))
    late = [h - d for h, d in zip(heard, due, strict=True)]
    shown = [f"{kinds[i]}: {e * 1000:+.1f} ms" for i, e in enumerate(late)]
    print("lateness:", ", ".join(shown))
    assert min(late) >= -0.015, shown
    assert max(late) <= MAX_LATE_S, shown
