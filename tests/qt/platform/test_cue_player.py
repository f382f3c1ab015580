"""Cue sounds, the cue player port and its Qt players, speech preparation (no audio server)."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from audio_server import onsets_in
from fakes import RecordingCuePlayer
from supple.core.resources import sounds_dir
from supple.core.session.cue_port import PlayerStatus, Spoken
from supple.core.session.cues import CueKind

SOUNDS = sounds_dir()
HAVE_ESPEAK = shutil.which("espeak-ng") is not None


def read_wav(path: Path) -> tuple[wave._wave_params, array[int]]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        samples = array("h", w.readframes(params.nframes))
    if sys.byteorder != "little":
        samples.byteswap()
    return params, samples


def gated_rms_db(samples: array[int], rate: int) -> float:
    """RMS over the 5 ms windows within 20 dB of the loudest one (the sound, not its tail)."""
    w = rate // 200
    energies = [
        sum(s * s for s in samples[i : i + w]) / len(samples[i : i + w])
        for i in range(0, len(samples), w)
    ]
    loud = [e for e in energies if e >= max(energies) / 100]
    return 10 * math.log10(sum(loud) / len(loud) / 32768**2)


# -- the sound files -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(CueKind), ids=lambda k: k.value)
def test_every_cue_has_a_short_48k_mono_wav_that_sounds_at_once(kind: CueKind) -> None:
    params, samples = read_wav(SOUNDS / kind.sound_file)
    assert (params.framerate, params.nchannels, params.sampwidth) == (48_000, 1, 2)
    assert params.nframes / params.framerate < 1.0
    onsets = onsets_in(samples, params.framerate, threshold_db=-40)
    assert onsets and onsets[0] <= 0.002
    peak_dbfs = 20 * math.log10(max(map(abs, samples)) / 32768)
    assert peak_dbfs <= -3.0


@pytest.mark.parametrize("kind", list(CueKind), ids=lambda k: k.value)
def test_every_cue_ends_in_silence(kind: CueKind) -> None:
    """QSoundEffect plays a sound's last ~16 ms only at the next play; they must be silent."""
    params, samples = read_wav(SOUNDS / kind.sound_file)
    assert not any(samples[-round(0.04 * params.framerate) :])


def test_all_cues_are_equally_loud() -> None:
    levels = {k: gated_rms_db(read_wav(SOUNDS / k.sound_file)[1], 48_000) for k in CueKind}
    assert max(levels.values()) - min(levels.values()) <= 1.0, levels
    assert all(-24.0 <= level <= -18.0 for level in levels.values()), levels


# -- the port ------------------------------------------------------------------------------------


def test_recording_player_keeps_requests_in_order() -> None:
    player = RecordingCuePlayer()
    player.play(CueKind.LEAD_IN)
    player.say("Calf raises")
    player.play(CueKind.START)
    player.prepare_speech(["Calf raises", "Rest"])
    assert player.played == [CueKind.LEAD_IN, Spoken("Calf raises"), CueKind.START]
    assert player.kinds == [CueKind.LEAD_IN, CueKind.START]
    assert player.prepared == ["Calf raises", "Rest"]


def test_recording_player_clamps_volume_and_records_while_muted() -> None:
    player = RecordingCuePlayer()
    player.set_volume(1.7)
    assert player.volume == 1.0
    player.set_volume(float("nan"))
    assert player.volume == 0.0
    player.set_muted(True)
    player.play(CueKind.TICK)
    assert player.muted and player.played == [CueKind.TICK]


# -- the Qt players, without an audio server -----------------------------------------------------

_NO_SERVER_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from supple.core.session.cues import CueKind
from supple.qt.platform.cue_player import make_cue_player

app = QCoreApplication([])
sounds = Path(sys.argv[1])
t = time.monotonic()
silent = make_cue_player(sounds, allow_playsound3=False)
elapsed = time.monotonic() - t
for kind in CueKind:
    silent.play(kind)  # must not raise
chosen = make_cue_player(sounds)
try:
    import playsound3
    has_backend = playsound3.DEFAULT_BACKEND is not None
except Exception:
    has_backend = False
print(json.dumps({"silent": silent.status.name, "notice": silent.notice, "elapsed": elapsed,
                  "chosen": chosen.status.name, "has_backend": has_backend}))
"""


def test_without_audio_server_the_factory_falls_back_quickly(tmp_path: Path) -> None:
    """In a child, so that no audio server the test machine may have is found (Qt connects to
    PulseAudio once per process, reading PULSE_SERVER then)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PULSE_SERVER": f"unix:{tmp_path / 'no-such-socket'}",
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.symbolsresolver=false",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _NO_SERVER_CHILD, str(SOUNDS)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["silent"] == "SILENT"
    assert "could not be reached" in out["notice"]
    assert out["elapsed"] < 5.0, "the load wait is bounded (1 s), so this is a hang"
    assert out["chosen"] == ("FALLBACK" if out["has_backend"] else "SILENT")


def test_missing_sound_files_give_a_silent_player_naming_them(tmp_path: Path) -> None:
    from supple.qt.platform.cue_player import make_cue_player

    shutil.copy(SOUNDS / "tick.wav", tmp_path / "tick.wav")
    player = make_cue_player(tmp_path)
    assert player.status is PlayerStatus.SILENT
    assert player.notice is not None
    assert "start.wav" in player.notice and "tick.wav" not in player.notice


class FakeSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.prepared: list[str] = []
        self.volume: float | None = None
        self.muted: bool | None = None

    def say(self, text: str) -> None:
        self.said.append(text)

    def prepare(self, phrases: object) -> None:
        self.prepared.extend(phrases)  # type: ignore[call-overload]

    def set_volume(self, linear_volume: float) -> None:
        self.volume = linear_volume

    def set_muted(self, muted: bool) -> None:
        self.muted = muted


def test_qt_player_forwards_speech_volume_and_mute(qtbot: QtBot) -> None:
    from supple.qt.platform.cue_player import QtCuePlayer

    speaker = FakeSpeaker()
    player = QtCuePlayer(SOUNDS, speech=speaker)
    player.wait_until_loaded(1000)
    player.prepare_speech(["Rest"])
    player.say("Rest")
    player.set_volume(0.5)
    player.set_muted(True)
    player.play(CueKind.TICK)  # whatever the machine's audio, this never raises
    assert speaker.prepared == ["Rest"] and speaker.said == ["Rest"]
    # The slider is perceptual: half way is well below half the linear gain.
    assert speaker.volume is not None and 0.0 < speaker.volume < 0.3
    assert speaker.muted is True
    player.close()


# -- speech --------------------------------------------------------------------------------------


def test_speech_reports_why_it_is_unavailable(qtbot: QtBot, tmp_path: Path) -> None:
    from supple.qt.platform.speech import PhraseCache

    cache = PhraseCache(tmp_path, espeak=None, tts_engines=["mock"])
    assert not cache.available
    assert cache.reason is not None and "espeak-ng" in cache.reason
    cache.say("Rest")  # no engine: silently nothing, no error
    assert not cache.is_prepared("Rest")


@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng not installed")
def test_prepare_renders_a_trimmed_wav_once(qtbot: QtBot, tmp_path: Path) -> None:
    from supple.qt.platform.speech import PhraseCache

    cache = PhraseCache(tmp_path, tts_engines=[])
    assert cache.available and cache.reason is None
    with qtbot.waitSignal(cache.phrase_ready, timeout=10_000) as ready:
        cache.prepare(["  Calf   raises ", "Calf raises"])
    assert ready.args == ["Calf raises"]
    assert cache.is_prepared("Calf raises")
    path = cache.wav_path("Calf raises")
    params, samples = read_wav(path)
    assert params.nframes / params.framerate > 0.3  # a real word, not an empty file
    onsets = onsets_in(samples, params.framerate, threshold_db=-40)
    assert onsets and onsets[0] < 0.01  # espeak's ~50 ms lead-in silence was cut
    cache.close()

    stamp = path.stat().st_mtime_ns
    again = PhraseCache(tmp_path, tts_engines=[])
    with qtbot.waitSignal(again.phrase_ready, timeout=10_000):
        again.prepare(["Calf raises"])
    assert path.stat().st_mtime_ns == stamp  # served from the cache, not rendered again
    again.close()


@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng not installed")
def test_a_phrase_said_before_it_is_ready_is_spoken_late_not_skipped(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Regression (issue 10, item 13): on a fresh install the first "Get ready" was silent,
    because it was said before its rendering was done and an unprepared phrase was skipped."""
    from supple.qt.platform.speech import PhraseCache

    cache = PhraseCache(tmp_path, tts_engines=[])
    with qtbot.waitSignal(cache.spoken, timeout=10_000) as spoken:
        cache.say("Get ready: Wall calf stretch")
        assert not cache.is_prepared("Get ready: Wall calf stretch")
    assert spoken.args == ["Get ready: Wall calf stretch"]
    with qtbot.waitSignal(cache.spoken, timeout=1000) as again:
        cache.say("Get ready: Wall calf stretch")  # now from memory, at once
    assert again.args == ["Get ready: Wall calf stretch"]
    cache.close()


@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng not installed")
def test_a_phrase_said_while_others_render_goes_first(qtbot: QtBot, tmp_path: Path) -> None:
    from supple.qt.platform.speech import PhraseCache

    cache = PhraseCache(tmp_path, tts_engines=[])
    ready: list[str] = []
    cache.phrase_ready.connect(ready.append)
    later = [f"Step {n}" for n in range(12)]
    cache.prepare([*later, "Get ready"])
    cache.say("Get ready")  # queued last, asked for now
    qtbot.waitUntil(lambda: len(ready) == 13, timeout=20_000)
    assert "Get ready" in ready[:2]  # at most the one already being rendered comes before
    cache.close()


@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng not installed")
def test_a_late_phrase_overtaken_by_a_newer_one_is_not_spoken(
        qtbot: QtBot, tmp_path: Path) -> None:
    from supple.qt.platform.speech import PhraseCache

    cache = PhraseCache(tmp_path, tts_engines=[])
    with qtbot.waitSignal(cache.phrase_ready, timeout=10_000):
        cache.prepare(["Rest"])
    spoken: list[str] = []
    cache.spoken.connect(spoken.append)
    with qtbot.waitSignal(cache.phrase_ready, timeout=10_000):
        cache.say("Halfway")  # not ready yet ...
        cache.say("Rest")  # ... and overtaken
    assert spoken == ["Rest"]
    cache.close()


def test_a_routine_waits_for_the_player_it_is_promised() -> None:
    """The app's sound comes up after the window: a routine started meanwhile starts its clock
    when the real player has arrived and is ready, not before."""
    from supple.core.session.cue_port import SilentCuePlayer, SwitchableCuePlayer

    switch = SwitchableCuePlayer(SilentCuePlayer(""), coming=True)
    started: list[str] = []
    switch.when_ready(lambda: started.append("routine"))
    assert started == []
    real = RecordingCuePlayer()
    switch.replace(real)
    assert started == ["routine"] and real.readied == 1
    switch.when_ready(lambda: started.append("next"))  # from now on, as the player says
    assert started == ["routine", "next"]


def test_the_qt_player_starts_a_routine_once_its_stream_has_run(qtbot: QtBot) -> None:
    """when_ready starts the silent keep-alive loop and calls back once it has run a while
    (WARM_UP_S), never at once and never by blocking."""
    from supple.qt.platform.cue_player import QtCuePlayer

    player = QtCuePlayer(SOUNDS)
    player.wait_until_loaded(1000)
    calls: list[str] = []
    player.when_ready(lambda: calls.append("first"))
    assert calls == []  # cold: it waits for the stream, on a timer
    qtbot.waitUntil(lambda: calls == ["first"], timeout=5000)
    player.close()


def test_a_switchable_player_hands_over_settings_and_phrases() -> None:
    """A routine started before the sound system is ready still gets the real player, with
    the volume, mute and phrases chosen meanwhile."""
    from supple.core.session.cue_port import SilentCuePlayer, SwitchableCuePlayer

    switch = SwitchableCuePlayer(SilentCuePlayer(""))
    switch.set_volume(0.3)
    switch.set_muted(True)
    switch.prepare_speech(["Calf raises", "Rest"])
    switch.play(CueKind.START)  # goes nowhere: no sound system yet
    real = RecordingCuePlayer()
    switch.replace(real)
    switch.play(CueKind.HALFWAY)
    switch.say("Rest")
    assert real.volume == 0.3 and real.muted is True
    assert real.prepared == ["Calf raises", "Rest"]
    assert real.played == [CueKind.HALFWAY, Spoken("Rest")]
    assert switch.status is real.status


class _Effect:
    def __init__(self, status: object) -> None:
        self._status = status

    def status(self) -> object:
        return self._status


def test_effects_still_loading_when_the_wait_ends_are_not_taken_as_working(
        qtbot: QtBot) -> None:
    """Regression: on a busy machine with no audio server, one effect had failed and the rest
    were still loading when the wait ended; the player counted itself ready, kept Qt audio and
    went silent instead of falling back."""
    from PySide6.QtMultimedia import QSoundEffect

    from supple.qt.platform.cue_player import QtCuePlayer

    player = QtCuePlayer(SOUNDS)
    kinds = list(CueKind)
    player._effects = {k: _Effect(QSoundEffect.Status.Loading)  # type: ignore[misc]
                       for k in kinds}
    player._effects[kinds[0]] = _Effect(QSoundEffect.Status.Error)  # type: ignore[assignment]
    assert player.status is PlayerStatus.SILENT
    player._effects[kinds[1]] = _Effect(QSoundEffect.Status.Ready)  # type: ignore[assignment]
    assert player.status is PlayerStatus.READY
    assert player.notice is not None and kinds[0].sound_file in player.notice
