"""Cue players for the real world: preloaded Qt sound effects, with graceful fallbacks.

Why preloaded ``QSoundEffect``: the sound leaves within a few ms of ``play()`` and ``play()`` itself
returns in ~0.1 ms, because the decoded sound sits in memory and nothing is spawned per beep
(``playsound3`` starts a process per sound: 50-400 ms late). When Qt cannot reach an audio server
the effects report ``Error``; then ``playsound3`` is used if it has a back end, and failing that the
player goes silent and says so once (``notice``), leaving the session to its visual cues. A server
that accepts connections but never answers is found by ``sound_server.probe`` first, off the GUI
thread and within a bound, and then nothing talks to it at all (the player is silent).

The app uses :class:`CuePlayerLoader` (never blocks the GUI thread); :func:`make_cue_player` does
the same synchronously, for scripts and tests.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudio, QSoundEffect

from supple.core.session.cue_port import CuePlayer, PlayerStatus, SilentCuePlayer, clamp_volume
from supple.core.session.cues import CueKind
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.platform import sound_server
from supple.qt.platform.sound_effects import ManagedEffect, padded_copy, silent_wav
from supple.qt.platform.sound_server import ServerState
from supple.qt.platform.speech import PhraseCache, Speaker

log = logging.getLogger(__name__)

LOAD_TIMEOUT_MS = 1000
WARM_UP_S = 0.5  # the stream runs this long before a routine's clock starts
READY_TIMEOUT_S = 1.5  # a routine never waits longer than this for its sound
KEEP_WARM_S = 300.0  # the stream keeps running this long after the last cue

_NOT_LOADED = (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)

SILENT_SERVER_NOTICE = QT_TR_NOOP(
    "No sound: the sound server accepted the connection but did not answer, so Supple leaves "
    "it alone. Cues are shown on screen only; restart Supple once sound works again."
)
NO_WAY_NOTICE = QT_TR_NOOP(
    "No sound: the audio system could not be reached and no other way to play sounds "
    "was found. Cues are shown on screen only."
)


def perceived_to_linear(volume: float) -> float:
    """A slider position (0..1, as people hear loudness) to the linear gain Qt applies."""
    return QAudio.convertVolume(
        clamp_volume(volume),
        QAudio.VolumeScale.LogarithmicVolumeScale,
        QAudio.VolumeScale.LinearVolumeScale,
    )


class _SpeechForwarder:
    """Shared by every player: speech, volume and mute go to the optional speaker as well."""

    def __init__(self, speech: Speaker | None) -> None:
        self._speech = speech

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)

    def prepare_speech(self, phrases: Iterable[str]) -> None:
        if self._speech is not None:
            self._speech.prepare(phrases)

    def when_ready(self, callback: Callable[[], None]) -> None:
        callback()  # overridden where there is something to get ready

    def _forward_volume(self, linear: float) -> None:
        if self._speech is not None:
            self._speech.set_volume(linear)

    def _forward_muted(self, muted: bool) -> None:
        if self._speech is not None:
            self._speech.set_muted(muted)


class QtCuePlayer(_SpeechForwarder):
    """One preloaded effect per cue kind; ``play`` does no I/O and spawns nothing.

    Each play is ended on the GUI thread (see ``sound_effects``). While a routine is under way
    (from :meth:`when_ready` until :data:`KEEP_WARM_S` after the last cue) a silent loop keeps
    the sound stream running, so a cue never waits for a stopped stream, or a sound card the
    server put to sleep, to start again.
    """

    def __init__(self, sounds_dir: Path, parent: QObject | None = None, *,
                 speech: Speaker | None = None,
                 cache_dir: Path | None = None) -> None:
        super().__init__(speech)
        if cache_dir is None:  # files are named by their content: sharing them is safe
            cache_dir = Path(tempfile.gettempdir()) / f"supple-cues-{os.getuid()}"
        self._effects: dict[CueKind, ManagedEffect] = {}
        for kind in CueKind:
            path, audible = padded_copy((sounds_dir / kind.sound_file).resolve(), cache_dir)
            effect = ManagedEffect(parent)
            effect.set_source(path, audible)
            self._effects[kind] = effect
        self._keep_alive = QSoundEffect(parent)  # loops silence; stopped by us, like the cues
        self._keep_alive.setLoopCount(QSoundEffect.Loop.Infinite.value)
        self._keep_alive.setSource(QUrl.fromLocalFile(str(silent_wav(cache_dir))))
        self._cool = QTimer(parent)
        self._cool.setSingleShot(True)
        self._cool.setInterval(round(KEEP_WARM_S * 1000))
        self._cool.timeout.connect(self._keep_alive.stop)
        self._warm_since: float | None = None
        self._waiters: list[_ReadyWait] = []

    def wait_until_loaded(self, timeout_ms: int = LOAD_TIMEOUT_MS) -> None:
        """Spin a local event loop until every effect is Ready or Error, at most ``timeout_ms``.

        Loading is asynchronous; with a working server it takes ~20 ms. A local loop (not a
        sleep) returns as soon as the last status arrives. (The app does not use this: it
        polls instead, see :class:`CuePlayerLoader`.)
        """
        if not self.loading():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def check() -> None:
            if not self.loading():
                loop.quit()

        for effect in self._effects.values():
            effect.effect.statusChanged.connect(check)
        timer.start(timeout_ms)
        if self.loading():  # a status may have changed between the first check and connecting
            loop.exec()
        timer.stop()
        for effect in self._effects.values():
            effect.effect.statusChanged.disconnect(check)

    def loading(self) -> bool:
        return any(e.status() in _NOT_LOADED for e in self._effects.values())

    @property
    def failed_kinds(self) -> list[CueKind]:
        return [k for k, e in self._effects.items() if e.status() == QSoundEffect.Status.Error]

    @property
    def status(self) -> PlayerStatus:
        """Ready once any effect is: effects still loading when the wait ended (a loaded
        machine with no audio server answering) are not taken as working."""
        if any(e.status() == QSoundEffect.Status.Ready for e in self._effects.values()):
            return PlayerStatus.READY
        return PlayerStatus.SILENT

    @property
    def notice(self) -> str | None:
        failed = self.failed_kinds
        if not failed:
            return None
        if len(failed) == len(self._effects):
            return tr("No sound: the audio system could not be reached.")
        names = ", ".join(k.sound_file for k in failed)
        return tr("Some cue sounds could not be loaded and will be silent: {names}.").format(
            names=names)

    def play(self, kind: CueKind) -> None:
        self._effects[kind].play()
        self._stay_warm()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the stream has been running for :data:`WARM_UP_S` (at once
        if it already was) and the phrases asked for are ready, at most after
        :data:`READY_TIMEOUT_S`; polled from a GUI-thread timer, never waited for."""
        if self._warm_since is None or not self._keep_alive.isPlaying():
            self._warm_since = time.monotonic()
            self._keep_alive.play()
        self._stay_warm()
        wait = _ReadyWait(self, callback)
        self._waiters.append(wait)
        wait.check()

    def _ready(self, asked_at: float) -> bool:
        now = time.monotonic()
        if now - asked_at >= READY_TIMEOUT_S:
            return True
        warm = self._warm_since is not None and now - self._warm_since >= WARM_UP_S
        speech = self._speech
        settled = not isinstance(speech, PhraseCache) or speech.settled()
        return warm and settled and not self.loading()

    def _stay_warm(self) -> None:
        if self._keep_alive.isPlaying():
            self._cool.start()  # restarted by every cue: cools KEEP_WARM_S after the last

    def set_volume(self, volume: float) -> None:
        linear = perceived_to_linear(volume)
        for effect in self._effects.values():
            effect.set_volume(linear)
        self._forward_volume(linear)

    def set_muted(self, muted: bool) -> None:
        for effect in self._effects.values():
            effect.set_muted(muted)
        self._forward_muted(muted)

    def close(self) -> None:
        """Release the effects (used when falling back to another player)."""
        for wait in list(self._waiters):
            wait.cancel()
        self._waiters.clear()
        for effect in self._effects.values():
            effect.delete_later()
        self._effects.clear()
        self._cool.stop()
        self._keep_alive.stop()
        self._keep_alive.deleteLater()
        self._cool.deleteLater()


class _ReadyWait:
    """One pending :meth:`QtCuePlayer.when_ready`: a GUI-thread timer checks every 10 ms."""

    def __init__(self, player: QtCuePlayer, callback: Callable[[], None]) -> None:
        self._player = player
        self._callback: Callable[[], None] | None = callback
        self._asked_at = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self.check)

    def check(self) -> None:
        if self._callback is None or not self._player._ready(self._asked_at):
            if self._callback is not None and not self._timer.isActive():
                self._timer.start()
            return
        callback, self._callback = self._callback, None
        self.cancel()
        callback()

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None
        if self in self._player._waiters:
            self._player._waiters.remove(self)


class Playsound3CuePlayer(_SpeechForwarder):
    """Fallback through ``playsound3``: works without Qt audio, but spawns a process per cue."""

    status = PlayerStatus.FALLBACK

    def __init__(self, sounds_dir: Path, backend: str, *, speech: Speaker | None = None) -> None:
        super().__init__(speech)
        self._paths = {k: (sounds_dir / k.sound_file).resolve() for k in CueKind}
        self._backend = backend
        self._muted = False
        self._volume = 1.0
        self._warned = False
        self.notice: str | None = tr(
            "Sounds may come a little late on this computer, and their volume follows the "
            "system volume (played through {backend}).").format(backend=backend)

    @classmethod
    def create(
        cls, sounds_dir: Path, *, speech: Speaker | None = None
    ) -> Playsound3CuePlayer | None:
        """The fallback player, or None when playsound3 has no back end on this machine."""
        try:
            import playsound3  # probes for back ends by running them: only import when needed
        except Exception as exc:  # a broken install must not stop the app
            log.warning("playsound3 unusable: %s", exc)
            return None
        backend = playsound3.DEFAULT_BACKEND
        return None if backend is None else cls(sounds_dir, str(backend), speech=speech)

    def play(self, kind: CueKind) -> None:
        if self._muted or self._volume == 0.0:
            return
        from playsound3 import PlaysoundException, playsound

        try:
            playsound(self._paths[kind], block=False, backend=self._backend)
        except (PlaysoundException, OSError) as exc:
            if not self._warned:  # once: a cue every second would flood the log
                log.warning("playsound3 failed to play %s: %s", kind.sound_file, exc)
                self._warned = True

    def set_volume(self, volume: float) -> None:
        self._volume = clamp_volume(volume)
        self._forward_volume(perceived_to_linear(volume))

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._forward_muted(muted)


def _missing(sounds_dir: Path) -> SilentCuePlayer | None:
    missing = [k.sound_file for k in CueKind if not (sounds_dir / k.sound_file).is_file()]
    if missing:
        return SilentCuePlayer(tr("Cue sounds are missing from {folder}: {names}.").format(
            folder=sounds_dir, names=", ".join(missing)))
    return None


def _settle(qt: QtCuePlayer, sounds_dir: Path, speech: Speaker | None,
            allow_playsound3: bool) -> CuePlayer:
    """Keep the Qt player if it works, else fall back (playsound3, then silence)."""
    if qt.status is PlayerStatus.READY:
        if qt.notice:
            log.warning("%s", qt.notice)
        return qt
    qt.close()
    log.warning("Qt audio unavailable (no audio server?); trying playsound3")
    fallback = Playsound3CuePlayer.create(sounds_dir, speech=speech) if allow_playsound3 else None
    return fallback if fallback is not None else SilentCuePlayer(tr(NO_WAY_NOTICE))


def make_cue_player(
    sounds_dir: Path,
    parent: QObject | None = None,
    *,
    speech: Speaker | None = None,
    load_timeout_ms: int = LOAD_TIMEOUT_MS,
    allow_playsound3: bool = True,
    cache_dir: Path | None = None,
    probe_timeout_s: float = sound_server.PROBE_TIMEOUT_S,
) -> CuePlayer:
    """The best player that works here: Qt effects, else playsound3, else silence with a notice.

    Needs a running ``QCoreApplication``. Blocks for at most ``probe_timeout_s`` plus
    ``load_timeout_ms`` (about 25 ms when an audio server answers): not for the GUI thread.
    """
    missing = _missing(sounds_dir)
    if missing is not None:
        return missing
    if sound_server.probe(probe_timeout_s) is ServerState.SILENT:
        return SilentCuePlayer(tr(SILENT_SERVER_NOTICE))
    qt = QtCuePlayer(sounds_dir, parent, speech=speech, cache_dir=cache_dir)
    qt.wait_until_loaded(load_timeout_ms)
    return _settle(qt, sounds_dir, speech, allow_playsound3)


class CuePlayerLoader(QObject):
    """Brings the sound up without ever blocking the GUI thread.

    The server is asked on a worker thread (:func:`sound_server.probe`, bounded); a timer on
    the GUI thread polls for the answer, then makes the effects here (Qt objects belong to the
    GUI thread) and polls them until loaded. ``finished`` carries the player and the speech
    (None when the server is silent: nothing may talk to it).
    """

    finished = Signal(object, object)  # CuePlayer, PhraseCache | None

    def __init__(self, sounds_dir: Path, cache_dir: Path,
                 make_speech: Callable[[], PhraseCache], parent: QObject | None = None, *,
                 probe_timeout_s: float = sound_server.PROBE_TIMEOUT_S,
                 load_timeout_ms: int = LOAD_TIMEOUT_MS, allow_playsound3: bool = True) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir
        self._cache_dir = cache_dir
        self._make_speech = make_speech
        self._probe_timeout_s = probe_timeout_s
        self._load_timeout_s = load_timeout_ms / 1000
        self._allow_playsound3 = allow_playsound3
        self._answer: Future[ServerState] = Future()
        self._qt: QtCuePlayer | None = None
        self._speech: PhraseCache | None = None
        self._loading_since = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(5)
        self._poll.timeout.connect(self._step)

    def start(self) -> None:
        missing = _missing(self._sounds_dir)
        if missing is not None:
            self.finished.emit(missing, None)
            return
        answer = self._answer

        def ask() -> None:  # worker thread: no Qt here
            try:
                answer.set_result(sound_server.probe(self._probe_timeout_s))
            except Exception as exc:  # a broken libpulse must not keep the sound from Qt
                log.warning("sound server probe failed: %s", exc)
                answer.set_result(ServerState.UNKNOWN)

        threading.Thread(target=ask, name="sound-server-probe", daemon=True).start()
        self._poll.start()

    def _step(self) -> None:
        if self._qt is None:
            if not self._answer.done():
                return
            if self._answer.result() is ServerState.SILENT:
                self._finish(SilentCuePlayer(tr(SILENT_SERVER_NOTICE)), None)
                return
            self._speech = self._make_speech()
            self._qt = QtCuePlayer(self._sounds_dir, self.parent(), speech=self._speech,
                                   cache_dir=self._cache_dir)  # fmt: skip
            self._loading_since = time.monotonic()
        if self._qt.loading() and time.monotonic() - self._loading_since < self._load_timeout_s:
            return
        player = _settle(self._qt, self._sounds_dir, self._speech, self._allow_playsound3)
        self._finish(player, self._speech)

    def _finish(self, player: CuePlayer, speech: PhraseCache | None) -> None:
        self._poll.stop()
        self.finished.emit(player, speech)
