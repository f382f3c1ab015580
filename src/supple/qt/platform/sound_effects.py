"""A ``QSoundEffect`` whose every play is ended by us, on the GUI thread, never by itself.

Why: in Qt 6.10+ each ``play()`` makes a "voice" that carries a ``QSocketNotifier`` belonging to
the GUI thread. When a voice plays to its end, Qt's audio callback (on PulseAudio's mainloop
thread) finishes it and, if the GUI thread has already handled the "finished" notice, drops the
last reference there: the notifier is destroyed on the wrong thread. Qt says "QSocketNotifier:
Socket notifiers cannot be enabled or disabled from another thread", the notifier stays
registered on a closed descriptor, and the GUI thread's event loop spins on it ("Invalid socket N
and type 'Read', disabling...", tens of MB/s): no sound, no keys, no timer. Seen under gdb as
``~QSocketNotifier <- ~QAutoResetEventEventFD <- ~QSoundEffectVoice <-
QRtAudioEngine::audioCallback`` on the "QPulseAudioEngine" thread; plain ``QSoundEffect.play()``
at 50 plays a second hits it within 25-100 plays, with or without a second client.

A voice that is *stopped* goes the other way: the audio thread hands it back in the stop notice
and keeps no reference, so it dies on the GUI thread. So every effect here loops forever over
its sound followed by :data:`TAIL_S` of silence, and a GUI-thread timer stops it once the sound
has been heard, well inside the silence. A GUI thread stalled for longer than the tail would
hear the sound once more; it would have missed its cues by then anyway.
"""

from __future__ import annotations

import hashlib
import math
import wave
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtMultimedia import QSoundEffect

TAIL_S = 1.0  # silence after each sound, so a stop that comes a little late is not heard
STOP_AFTER_MS = 30  # how long after the sound's end it is stopped
FORMAT_TAG = "looped-v1"  # part of cached file names: files made before this scheme differ


def pad_wav(path: Path, tail_s: float = TAIL_S) -> float:
    """Append ``tail_s`` of silence to the WAV at ``path``; returns how long the sound is."""
    with wave.open(str(path), "rb") as r:
        params = r.getparams()
        frames = r.readframes(params.nframes)
    silence = bytes(round(tail_s * params.framerate) * params.sampwidth * params.nchannels)
    with wave.open(str(path), "wb") as w:
        w.setparams(params)
        w.writeframes(frames + silence)
    return params.nframes / params.framerate


def audible_seconds(path: Path, tail_s: float = TAIL_S) -> float:
    """How long the sound of a file padded by :func:`pad_wav` is (reads the header only)."""
    with wave.open(str(path), "rb") as r:
        return max(0.0, r.getnframes() / r.getframerate() - tail_s)


def padded_copy(source: Path, cache_dir: Path) -> tuple[Path, float]:
    """A copy of ``source`` with the silent tail, made once into ``cache_dir`` (named by the
    content, so a changed sound gets a new file); returns it and the sound's length."""
    data = source.read_bytes()
    key = hashlib.sha256(FORMAT_TAG.encode() + data).hexdigest()[:16]
    target = cache_dir / f"{source.stem}-{key}.wav"
    if target.is_file():
        return target, audible_seconds(target)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    audible = pad_wav(tmp)
    tmp.replace(target)
    return target, audible


def silent_wav(cache_dir: Path, rate: int = 48_000, seconds: float = 0.1) -> Path:
    """A short mono silence, for keeping a sound stream running (see ``QtCuePlayer``)."""
    target = cache_dir / f"silence-{rate}.wav"
    if not target.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(bytes(round(rate * seconds) * 2))
        tmp.replace(target)
    return target


class ManagedEffect:
    """One sound, played from memory; each play is stopped by a GUI-thread timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.effect = QSoundEffect(parent)
        self.effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
        self._stopper = QTimer(self.effect)
        self._stopper.setSingleShot(True)
        self._stopper.setTimerType(Qt.TimerType.PreciseTimer)
        self._stopper.timeout.connect(self.effect.stop)
        self._audible_ms = 0

    def set_source(self, path: Path, audible_s: float) -> None:
        self._audible_ms = math.ceil(audible_s * 1000)
        self.effect.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        if self.effect.isPlaying():
            self.effect.stop()  # this sound again: the newer one wins, the older is ended here
        self.effect.play()
        self._stopper.start(self._audible_ms + STOP_AFTER_MS)

    def stop(self) -> None:
        self._stopper.stop()
        self.effect.stop()

    def status(self) -> QSoundEffect.Status:
        return self.effect.status()

    def is_playing(self) -> bool:
        return self.effect.isPlaying()

    def set_volume(self, linear: float) -> None:
        self.effect.setVolume(linear)

    def set_muted(self, muted: bool) -> None:
        self.effect.setMuted(muted)

    def delete_later(self) -> None:
        self.stop()
        self.effect.deleteLater()
