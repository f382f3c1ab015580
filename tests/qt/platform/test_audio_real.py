"""Cues and speech through a real (private, silent) PulseAudio server, checked by ear: the null
sink's monitor is recorded and the sounds are found in it.

The player runs in a child process (see ``audio_server``): Qt reads the server's address once per
process, and this keeps the pytest process's environment untouched.
"""

from __future__ import annotations

import math
import operator
import shutil
import sys
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

import pytest

from audio_server import (
    RATE,
    PulseServer,
    Step,
    detect_onsets,
    onsets_in,
    play_in_child,
    read_raw,
    rms_dbfs,
)
from supple.core.resources import sounds_dir
from supple.core.session.cues import CueKind

pytestmark = [pytest.mark.audio, pytest.mark.slow]

GAP_S = 0.3
TOLERANCE_S = 0.020
# Short cues, so each has faded out before the next one starts.
_FOUR = [CueKind.COUNTDOWN, CueKind.TICK, CueKind.REP_UP, CueKind.REP_HOLD]
SEQUENCE = [*_FOUR, *reversed(_FOUR)]


def wav_samples(kind: CueKind) -> array[int]:
    with wave.open(str(sounds_dir() / kind.sound_file), "rb") as w:
        samples = array("h", w.readframes(w.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


def similarity(recorded: Sequence[int], reference: Sequence[int], max_lag: int = 48) -> float:
    """Best normalised correlation of two onset-aligned snippets within ±``max_lag`` samples."""
    n = len(recorded) - 2 * max_lag
    ref = reference[:n]
    ref_norm = math.sqrt(sum(map(operator.mul, ref, ref))) or 1.0
    best = 0.0
    for lag in range(2 * max_lag + 1):
        window = recorded[lag : lag + n]
        norm = math.sqrt(sum(map(operator.mul, window, window))) or 1.0
        best = max(best, sum(map(operator.mul, window, ref)) / (norm * ref_norm))
    return best


def identify(recording: Sequence[int], onset_s: float, kinds: Sequence[CueKind]) -> CueKind:
    """Which cue sounds at ``onset_s``: the one whose first 25 ms match best."""
    start = round(onset_s * RATE) - 48
    snippet = recording[start : start + 48 * 2 + round(0.025 * RATE)]
    scores = {}
    for kind in kinds:
        ref = wav_samples(kind)
        first = round(onsets_in(ref)[0] * RATE)
        scores[kind] = similarity(snippet, ref[first:])
    return max(scores, key=lambda k: scores[k])


def test_cues_are_heard_in_order_and_on_time(pulse: PulseServer, tmp_path: Path) -> None:
    raw = tmp_path / "cues.raw"
    steps = [Step(i * GAP_S, cue=kind.value) for i, kind in enumerate(SEQUENCE)]
    with pulse.record(raw) as rec:
        report = play_in_child(pulse, steps)
        rec.wait_past(report.called[-1] + 0.6)
    assert report.status == "READY", "the Qt player fell back despite a working server"

    onsets = detect_onsets(raw)
    assert len(onsets) == len(SEQUENCE), onsets
    errors = [(t - onsets[0]) - step.at for t, step in zip(onsets, steps, strict=True)]
    assert max(map(abs, errors)) <= TOLERANCE_S, [f"{e * 1000:.1f} ms" for e in errors]

    recording = read_raw(raw)
    heard = [identify(recording, t, sorted(set(CueKind), key=lambda k: k.value)) for t in onsets]
    assert heard == SEQUENCE


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
def test_a_prepared_phrase_is_heard(pulse: PulseServer, tmp_path: Path) -> None:
    raw = tmp_path / "speech.raw"
    with pulse.record(raw) as rec:
        report = play_in_child(pulse, [Step(0.0, say="Calf raises")], cache_dir=tmp_path)
        said_at = report.called[0]
        rec.wait_past(said_at + 1.5)
    recording = read_raw(raw)
    onsets = onsets_in(recording)
    assert onsets, "nothing was heard"
    heard_at = rec.monotonic_of(onsets[0])
    assert heard_at >= said_at - 0.015  # not some earlier noise (±10 ms clock mapping)
    start = round(onsets[0] * RATE)
    assert rms_dbfs(recording[start : start + RATE // 2]) > -35.0  # a voice, not a click
    loud = [i for i, s in enumerate(recording) if abs(s) >= 328]  # above -40 dBFS
    assert (loud[-1] - loud[0]) / RATE >= 0.4  # two words last longer than any cue blip
