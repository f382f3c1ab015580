"""Synthesize the cue sounds in ``assets/sounds/`` (one WAV per ``CueKind``).

Why a generator instead of hand-made files: the sounds stay reproducible, tweakable in one place and
free of licensing questions, and the loudness rules the tests check (same gated RMS, peak headroom,
onset at the very first samples) are enforced by construction.

Only the standard library is used (no numpy), so the script runs anywhere Python runs::

    python tools/make_sounds.py            # writes assets/sounds/*.wav and prints a level table

Every sound starts sounding at sample 0 (a 5 ms raised-cosine attack, so no click but an exact onset
for tests), decays exponentially, fades to true zero and is followed by 50 ms of silence.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 48_000
TARGET_RMS_DBFS = -20.0  # gated loudness every file is normalised to
MAX_PEAK_DBFS = -3.0
ATTACK_S = 0.005
END_FADE_S = 0.010
# Qt's QSoundEffect stops its stream with ~16 ms of audio still queued in PulseAudio and plays that
# remainder at the *next* play, before the new sound. Trailing silence makes that remainder silent.
TRAIL_SILENCE_S = 0.05
GATE_WINDOW_S = 0.005  # loudness gate: 5 ms windows ...
GATE_BELOW_MAX_DB = 20.0  # ... within 20 dB of the loudest window count as "sounding"

# Equal-tempered pitches used below (Hz).
G4, A4, C5, D5, E5, G5, A5, C6 = 392.00, 440.00, 523.25, 587.33, 659.26, 783.99, 880.00, 1046.50

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from supple.core.session.cues import CueKind  # noqa: E402  (needs the path tweak above)

Samples = list[float]


@dataclass(frozen=True)
class Partial:
    """One sine component of a note: frequency ratio to the fundamental, amplitude, decay."""

    ratio: float
    amp: float
    decay_s: float  # time constant of the exponential decay


MELLOW = (Partial(1.0, 1.0, 0.25), Partial(2.0, 0.18, 0.12), Partial(3.0, 0.06, 0.07))
BELL = (
    Partial(1.0, 1.0, 0.35),
    Partial(2.0, 0.30, 0.20),
    Partial(2.76, 0.12, 0.12),
    Partial(5.4, 0.04, 0.05),
)
SOFT = (Partial(1.0, 1.0, 0.06), Partial(2.0, 0.08, 0.03))


def silence(duration_s: float) -> Samples:
    return [0.0] * round(duration_s * RATE)


def attack(i: int) -> float:
    """Raised-cosine attack: reaches 10 % after 1 ms, full level after 5 ms, never clicks."""
    n = ATTACK_S * RATE
    return 1.0 if i >= n else math.sin(0.5 * math.pi * i / n) ** 2


def note(
    buf: Samples,
    start_s: float,
    freq: float,
    partials: Sequence[Partial],
    amp: float = 1.0,
    decay_scale: float = 1.0,
) -> None:
    """Add a struck note (attack + per-partial exponential decay) into ``buf``."""
    first = round(start_s * RATE)
    for p in partials:
        w = 2.0 * math.pi * freq * p.ratio / RATE
        k = -1.0 / (p.decay_s * decay_scale * RATE)
        for i in range(len(buf) - first):
            buf[first + i] += amp * p.amp * attack(i) * math.exp(k * i) * math.sin(w * i)


def glide(
    buf: Samples,
    f_from: float,
    f_to: float,
    glide_s: float,
    decay_s: float,
    partials: Sequence[Partial] = (Partial(1.0, 1.0, 1.0),),
) -> None:
    """Add a tone whose pitch slides exponentially from ``f_from`` to ``f_to``, phase-continuous."""
    n_glide = glide_s * RATE
    k = -1.0 / (decay_s * RATE)
    phase = 0.0
    for i in range(len(buf)):
        f = f_from * (f_to / f_from) ** min(1.0, i / n_glide)
        phase += 2.0 * math.pi * f / RATE
        value = sum(p.amp * math.sin(phase * p.ratio) for p in partials)
        buf[i] += attack(i) * math.exp(k * i) * value


def woodblock(buf: Samples) -> None:
    """A hollow, very short knock: two inharmonic, fast-decaying modes."""
    note(buf, 0.0, 1250.0, (Partial(1.0, 1.0, 0.006), Partial(2.3, 0.35, 0.0035)))


def _lead_in() -> Samples:
    b = silence(0.36)
    note(b, 0.0, G4, MELLOW, decay_scale=0.4)
    note(b, 0.16, G4, MELLOW, decay_scale=0.4)
    return b


def _start() -> Samples:
    b = silence(0.42)
    note(b, 0.0, C5, BELL, decay_scale=0.35)
    note(b, 0.11, G5, BELL, decay_scale=0.45)
    return b


def _countdown() -> Samples:
    b = silence(0.10)
    note(b, 0.0, A5, SOFT, decay_scale=0.45)
    return b


def _halfway() -> Samples:
    b = silence(0.40)
    note(b, 0.0, E5, BELL, decay_scale=0.4)
    return b


def _switch() -> Samples:
    b = silence(0.42)
    note(b, 0.0, E5, BELL, decay_scale=0.3)
    note(b, 0.17, C5, BELL, decay_scale=0.4)
    return b


def _rest() -> Samples:
    b = silence(0.38)
    glide(b, G4, C5 / 2.0, 0.30, 0.13, MELLOW)
    return b


def _rep_up() -> Samples:
    b = silence(0.15)
    glide(b, C5, G5, 0.10, 0.05)
    return b


def _rep_down() -> Samples:
    b = silence(0.52)
    glide(b, G5, G4, 0.48, 0.22)
    return b


def _rep_hold() -> Samples:
    b = silence(0.08)
    note(b, 0.0, D5, SOFT, decay_scale=0.3)
    return b


def _tick() -> Samples:
    b = silence(0.03)
    woodblock(b)
    return b


def _finished() -> Samples:
    b = silence(0.90)
    note(b, 0.0, C5, BELL, decay_scale=0.3)
    note(b, 0.15, E5, BELL, decay_scale=0.3)
    note(b, 0.30, G5, BELL, decay_scale=0.55)
    note(b, 0.30, C6, BELL, amp=0.25, decay_scale=0.5)
    return b


RECIPES: dict[CueKind, Callable[[], Samples]] = {
    CueKind.LEAD_IN: _lead_in,
    CueKind.START: _start,
    CueKind.COUNTDOWN: _countdown,
    CueKind.HALFWAY: _halfway,
    CueKind.SWITCH: _switch,
    CueKind.REST: _rest,
    CueKind.REP_UP: _rep_up,
    CueKind.REP_DOWN: _rep_down,
    CueKind.REP_HOLD: _rep_hold,
    CueKind.TICK: _tick,
    CueKind.FINISHED: _finished,
}


def fade_out(buf: Samples) -> None:
    """Bring the tail to true zero so the file never ends on a click."""
    n = min(len(buf), round(END_FADE_S * RATE))
    for i in range(n):
        buf[len(buf) - n + i] *= math.cos(0.5 * math.pi * (i + 1) / n) ** 2


def gated_rms(samples: Sequence[float]) -> float:
    """RMS over the windows within ``GATE_BELOW_MAX_DB`` of the loudest: loudness of the sound
    itself, not diluted by a quiet tail (the same idea as the gate in EBU R128)."""
    w = round(GATE_WINDOW_S * RATE)
    energies = [
        sum(x * x for x in samples[i : i + w]) / len(samples[i : i + w])
        for i in range(0, len(samples), w)
    ]
    gate = max(energies) * 10 ** (-GATE_BELOW_MAX_DB / 10)
    loud = [e for e in energies if e >= gate]
    return math.sqrt(sum(loud) / len(loud))


def db(x: float) -> float:
    return 20 * math.log10(max(x, 1e-12))


def render_all() -> dict[CueKind, Samples]:
    sounds = {kind: recipe() for kind, recipe in RECIPES.items()}
    missing = set(CueKind) - set(sounds)
    if missing:
        raise SystemExit(f"no recipe for {sorted(k.value for k in missing)}")
    for buf in sounds.values():
        fade_out(buf)
    # One common gain target: the loudest-crest sound decides whether -20 dBFS fits under the peak
    # ceiling; if not, every file gets quieter together so they stay equally loud.
    crest = {k: db(max(map(abs, b))) - db(gated_rms(b)) for k, b in sounds.items()}
    target = min(TARGET_RMS_DBFS, MAX_PEAK_DBFS - max(crest.values()))
    for buf in sounds.values():
        gain = 10 ** ((target - db(gated_rms(buf))) / 20)
        buf[:] = [x * gain for x in buf] + silence(TRAIL_SILENCE_S)
    return sounds


def write_wav(path: Path, samples: Sequence[float]) -> None:
    pcm = array("h", (max(-32767, min(32767, round(x * 32767))) for x in samples))
    if sys.byteorder != "little":
        pcm.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def main() -> None:
    out_dir = REPO / "assets" / "sounds"
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'file':<14} {'ms':>5} {'rms dBFS':>9} {'peak dBFS':>10}")
    for kind, buf in render_all().items():
        write_wav(out_dir / kind.sound_file, buf)
        ms = 1000 * len(buf) / RATE
        rms, peak = db(gated_rms(buf)), db(max(map(abs, buf)))
        print(f"{kind.sound_file:<14} {ms:5.0f} {rms:9.2f} {peak:10.2f}")


if __name__ == "__main__":
    main()
