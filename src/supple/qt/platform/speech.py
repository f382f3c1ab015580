"""Spoken step names and counts, on time and without delaying the beeps.

Why pre-rendered WAVs rather than a live text-to-speech engine: ``espeak-ng -w`` renders a phrase in
20-30 ms, and a rendered file then plays through ``QSoundEffect`` with the same near-zero latency as
the cue sounds. So phrases are rendered ahead of time (:meth:`PhraseCache.prepare`, on a background
thread, never on the timer's tick path) and :meth:`PhraseCache.say` only starts a preloaded effect.
A phrase asked for before it is ready is rendered next and spoken as soon as it is, up to
:data:`SPEAK_LATE_S` late (a newer phrase wins): on a fresh install the first "Get ready" used
to be skipped. Each play is ended on the GUI thread, as the cues are (see ``sound_effects``).
A live ``QTextToSpeech`` engine (speech-dispatcher) is the fallback when espeak-ng is missing: its
first use takes seconds and later ones ~20 ms, good enough for a fallback.

Speech has its own ``QSoundEffect`` instances, so a phrase never cuts off or delays a beep.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
import wave
from array import array
from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtMultimedia import QSoundEffect

from supple.qt.i18n import tr
from supple.qt.platform.sound_effects import FORMAT_TAG, ManagedEffect, audible_seconds, pad_wav

log = logging.getLogger(__name__)

RENDER_TIMEOUT_S = 10.0
LEAD_TRIM_THRESHOLD = 0.01  # of full scale (-40 dBFS): espeak-ng starts files with ~50 ms silence
LEAD_TRIM_KEEP_S = 0.003
SPEAK_LATE_S = 3.0  # a phrase asked for before it was ready is still spoken this late


class Speaker(Protocol):
    """What the cue player needs from a speech back end."""

    def say(self, text: str) -> None: ...

    def prepare(self, phrases: Iterable[str]) -> None: ...

    def set_volume(self, linear_volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...


class PhraseCache(QObject):
    """Renders phrases to WAV files in ``cache_dir`` and speaks them from memory.

    ``available`` / ``reason`` tell settings whether speech can work at all (and why not).
    ``phrase_ready`` is emitted (on the GUI thread) when a phrase becomes playable, ``spoken``
    when one starts playing.
    ``espeak`` (path or None for "not installed") and ``tts_engines`` are found automatically;
    tests pass them to act out machines without speech.
    """

    phrase_ready = Signal(str)
    spoken = Signal(str)  # a phrase started playing (a late one too)
    _rendered = Signal(str, str, float)  # text, wav path, seconds; emitted from the worker

    def __init__(
        self,
        cache_dir: Path,
        parent: QObject | None = None,
        *,
        espeak: str | Literal["auto"] | None = "auto",
        tts_engines: Sequence[str] | None = None,
        voice: str | None = None,
        max_loaded: int = 128,
    ) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._espeak = shutil.which("espeak-ng") if espeak == "auto" else espeak
        self._voice = voice
        self._max_loaded = max_loaded
        self._effects: OrderedDict[str, ManagedEffect] = OrderedDict()  # LRU of loaded phrases
        self._pending: set[str] = set()  # submitted, not rendered yet (GUI thread only)
        self._speaking: ManagedEffect | None = None
        self._wanted: tuple[str, float] | None = None  # said before it was ready, and when
        self._volume = 1.0
        self._muted = False
        self._queue: deque[str] = deque()  # to render, the next first; guarded by _lock
        self._lock = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closing = False
        self._tts: _LiveTts | None = None
        self._rendered.connect(self._on_rendered, Qt.ConnectionType.QueuedConnection)

        if self._espeak is None:
            engines = _tts_engines() if tts_engines is None else list(tts_engines)
            real = [e for e in engines if e != "mock"]
            if real:
                self._tts = _LiveTts(real[0], self)
        self.reason: str | None = self._why_unavailable()
        self.available = self.reason is None

    def _why_unavailable(self) -> str | None:
        if self._espeak is not None:
            return None
        if self._tts is None:
            return tr("Speech needs espeak-ng (or speech-dispatcher); none was found. "
                      "Install the 'espeak-ng' package to hear step names.")
        return self._tts.error

    # -- preparing -----------------------------------------------------------------------------

    def prepare(self, phrases: Iterable[str]) -> None:
        """Render the phrases not cached yet, in the background, in the order given; safe to
        call repeatedly."""
        if self._espeak is None:
            return
        fresh = dict.fromkeys(_clean(p) for p in phrases)
        # Every phrase of the routine about to run stays loaded (a long say_reps routine has
        # more than the default), so none is evicted before its turn.
        self._max_loaded = max(self._max_loaded, len(fresh) + 16)
        todo = [p for p in fresh if p and p not in self._effects and p not in self._pending]
        if todo:
            self._submit(todo, first=False)

    def _submit(self, texts: list[str], *, first: bool) -> None:
        """Queue renders (``first``: ahead of everything else); starts the worker once."""
        self._pending.update(texts)  # a failed render stays pending: it is not retried
        with self._lock:
            if first:
                for text in texts:
                    if text in self._queue:
                        self._queue.remove(text)
                self._queue.extendleft(reversed(texts))
            else:
                self._queue.extend(texts)
            self._lock.notify()
        if self._worker is None:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            self._worker = threading.Thread(target=self._work, name="phrase-render", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        """The worker thread: render what is queued, the front first, until closed."""
        while True:
            with self._lock:
                while not self._queue and not self._closing:
                    self._lock.wait()
                if self._closing:
                    return
                text = self._queue.popleft()
            self._render(text)

    def settled(self) -> bool:
        """Nothing waits to be rendered or loaded: every phrase asked for can be said now."""
        return not self._pending and not any(
            e.status() in (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)
            for e in self._effects.values())

    def is_prepared(self, text: str) -> bool:
        return _clean(text) in self._effects

    def wav_path(self, text: str) -> Path:
        """Where a phrase's rendering is cached (keyed by voice and text)."""
        key = f"{FORMAT_TAG}\n{self._voice or ''}\n{_clean(text)}"
        key = hashlib.sha256(key.encode()).hexdigest()[:24]
        return self._cache_dir / f"{key}.wav"

    def _render(self, text: str) -> None:
        """Runs on the worker thread: render once, then hand the file to the GUI thread."""
        assert self._espeak is not None
        path = self.wav_path(text)
        try:
            if not path.exists():
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                cmd = [self._espeak, "--stdin", "-w", str(tmp)]
                if self._voice:
                    cmd += ["-v", self._voice]
                subprocess.run(
                    cmd, input=text, text=True, check=True, timeout=RENDER_TIMEOUT_S,
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                )  # fmt: skip
                _trim_leading_silence(tmp)
                pad_wav(tmp)
                os.replace(tmp, path)
            self._rendered.emit(text, str(path), audible_seconds(path))
        except (OSError, subprocess.SubprocessError, wave.Error, EOFError) as exc:
            log.warning("could not render phrase %r: %s", text, exc)
        except RuntimeError:  # the QObject was deleted while we rendered: nothing to tell
            pass

    @Slot(str, str, float)
    def _on_rendered(self, text: str, path: str, seconds: float) -> None:
        self._pending.discard(text)
        if text in self._effects:
            return
        effect = ManagedEffect(self)
        effect.set_source(Path(path), seconds)
        effect.set_volume(self._volume)
        effect.set_muted(self._muted)
        self._effects[text] = effect
        while len(self._effects) > self._max_loaded:
            _, old = self._effects.popitem(last=False)
            if old is not self._speaking:
                old.delete_later()
        if self._wanted is not None and self._wanted[0] == text:
            wanted_at = self._wanted[1]
            self._wanted = None
            if time.monotonic() - wanted_at <= SPEAK_LATE_S:
                self._play(text, effect)  # late, but said (it plays once loaded, ~10 ms)
        self.phrase_ready.emit(text)

    # -- speaking ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Speak at once if prepared; else the live engine, or render it next and speak it as
        soon as it is ready (see :data:`SPEAK_LATE_S`)."""
        text = _clean(text)
        effect = self._effects.get(text)
        if effect is not None:
            self._wanted = None  # a newer phrase wins over one still being rendered
            self._play(text, effect)
        elif self._tts is not None:
            self._tts.say(text)
        elif self._espeak is not None and text:
            log.debug("phrase %r not prepared yet; rendered next, spoken late", text)
            self._wanted = (text, time.monotonic())
            self._submit([text], first=True)

    def _play(self, text: str, effect: ManagedEffect) -> None:
        self._effects.move_to_end(text)
        if self._speaking is not None and self._speaking is not effect:
            self._speaking.stop()  # a newer phrase wins: two voices at once are noise
        self._speaking = effect
        effect.play()
        self.spoken.emit(text)

    def set_volume(self, linear_volume: float) -> None:
        self._volume = linear_volume
        for effect in self._effects.values():
            effect.set_volume(linear_volume)
        if self._tts is not None:
            self._tts.set_volume(linear_volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.set_muted(muted)
        if self._tts is not None:
            self._tts.set_muted(muted)

    def close(self) -> None:
        """Drop pending renders (the one running finishes within ~30 ms)."""
        with self._lock:
            self._closing = True
            self._queue.clear()
            self._lock.notify()
        if self._worker is not None:
            self._worker.join(timeout=RENDER_TIMEOUT_S + 1)
            self._worker = None


class _LiveTts:
    """QTextToSpeech behind the same small interface; imported lazily (it is rarely needed)."""

    def __init__(self, engine: str, parent: QObject) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech(engine, parent)
        self._volume = 1.0
        self._muted = False
        self.error: str | None = None
        if self._tts.state() == QTextToSpeech.State.Error:
            self.error = tr("The {engine} speech engine failed: {error}").format(
                engine=engine, error=self._tts.errorString())

    def say(self, text: str) -> None:
        if not self._muted and self.error is None:
            self._tts.say(text)

    def set_volume(self, linear_volume: float) -> None:
        self._tts.setVolume(linear_volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._tts.stop()


def _tts_engines() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return list(QTextToSpeech.availableEngines())


def _clean(text: str) -> str:
    return " ".join(text.split())


def _trim_leading_silence(path: Path) -> None:
    """Cut espeak-ng's lead-in silence so the word starts when ``say`` is called."""
    with wave.open(str(path), "rb") as r:
        params = r.getparams()
        frames = r.readframes(params.nframes)
    if params.sampwidth != 2 or params.nchannels != 1:
        return
    threshold = int(LEAD_TRIM_THRESHOLD * 32768)
    samples = array("h", frames)
    if sys.byteorder != "little":
        samples.byteswap()
    first = next((i for i, s in enumerate(samples) if abs(s) >= threshold), 0)
    first = max(0, first - int(LEAD_TRIM_KEEP_S * params.framerate))
    if first == 0:
        return
    with wave.open(str(path), "wb") as w:
        w.setparams(params)
        w.writeframes(frames[first * 2 :])
