"""A private PulseAudio server with a null sink, for tests and benchmarks that must *hear* sound.

Why a private server: the real user's session (if any) stays untouched, nothing is audible, and the
sink's monitor gives us the exact samples that would have reached the speakers.

Why the Qt playing happens in a child process: Qt Multimedia connects to PulseAudio once per
process, reading ``PULSE_SERVER`` / ``XDG_RUNTIME_DIR`` at that moment. Inside the pytest process
some other test may already have created a ``QSoundEffect`` (and so connected to no server, for
good), and
changing ``os.environ`` under a running test session leaks into other tests. A child started with
``server.env`` is isolated and always connects to our server. Run this file as a script to get that
child (see :func:`play_in_child`).

Usage::

    with pulse_null_sink(tmp_path) as server:
        with server.record(tmp_path / "rec.raw") as rec:
            report = play_in_child(server, [Step(0.0, cue="tick"), Step(0.3, say="Calf raises")])
            rec.wait_past(max(report.called) + 0.5)
        onsets = detect_onsets(tmp_path / "rec.raw")
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

RATE = 48_000
SINK = "test_sink"
START_TIMEOUT_S = 10.0
REPO = Path(__file__).resolve().parent.parent


class PulseUnavailable(RuntimeError):
    """The ``pulseaudio`` binary is missing (tests skip); any other failure is a real error."""


@dataclass
class Recording:
    """Raw s16le mono samples from the sink's monitor, with their arrival times.

    Each chunk read from ``parec`` is stamped with ``time.monotonic()`` on arrival. The null sink
    mixes in blocks, and a chunk reaches us no earlier than the moment its *last* sample is mixed,
    so the smallest (arrival - position of the chunk's end) over all chunks bounds when sample 0
    was mixed from above, tighter than the chunk's first sample would (by a chunk, ~10 ms):
    :meth:`monotonic_of` maps positions to the clock the player used.
    "Mixed by the server" is the moment measured; a real sound card adds its own buffer after.
    """

    path: Path
    _arrivals: list[tuple[float, int, int]] = field(default_factory=list)  # (monotonic, from, to)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _pump(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        total = 0
        with self.path.open("wb") as out:
            while chunk := os.read(fd, 1 << 16):
                now = time.monotonic()
                out.write(chunk)
                with self._lock:
                    self._arrivals.append((now, total, total + len(chunk)))
                total += len(chunk)

    @property
    def samples_so_far(self) -> int:
        with self._lock:
            return self._arrivals[-1][2] // 2 if self._arrivals else 0

    def monotonic_of(self, seconds_into_recording: float) -> float:
        """The ``time.monotonic()`` at which a moment of the recording was played."""
        with self._lock:
            if not self._arrivals:
                raise RuntimeError("nothing was recorded")
            t0 = min(t - end / 2 / RATE for t, _, end in self._arrivals)
        return t0 + seconds_into_recording

    def wait_past(self, monotonic_deadline: float, timeout_s: float = 10.0) -> None:
        """Wait until audio played up to ``monotonic_deadline`` has been captured."""
        give_up = time.monotonic() + timeout_s
        while time.monotonic() < give_up:
            if self.samples_so_far and self.monotonic_of(self.samples_so_far / RATE) > (
                monotonic_deadline
            ):
                return
            time.sleep(0.01)
        raise TimeoutError(f"the recording did not reach t={monotonic_deadline:.3f}")


@dataclass
class PulseServer:
    runtime_dir: Path
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def env(self) -> dict[str, str]:
        """The environment for a client process (Qt, parec, playsound3's players)."""
        env = dict(os.environ)
        env.update(
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            PULSE_SERVER=f"unix:{self.runtime_dir / 'pulse' / 'native'}",
            PULSE_SINK=SINK,
            HOME=str(self.runtime_dir),  # a client must not write to the real ~/.config/pulse
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false",
        )
        return env

    @contextmanager
    def record(self, path: Path) -> Iterator[Recording]:
        """Capture the null sink's monitor into ``path`` (s16le, 48 kHz, mono) while inside."""
        rec = Recording(path)
        cmd = ["parec", "-d", f"{SINK}.monitor", "--format=s16le", f"--rate={RATE}",
               "--channels=1", "--latency-msec=10"]  # fmt: skip
        proc = subprocess.Popen(cmd, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        pump = threading.Thread(target=rec._pump, args=(proc,), daemon=True)
        pump.start()
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while rec.samples_so_far == 0:  # parec is up only once data flows
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"parec did not start: {err.strip()}")
                time.sleep(0.005)
            yield rec
        finally:
            proc.terminate()
            proc.wait(timeout=5)
            pump.join(timeout=5)
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()


@contextmanager
def pulse_null_sink(tmp_dir: Path) -> Iterator[PulseServer]:
    """Start a private PulseAudio whose default sink is a 48 kHz null sink; stop it afterwards.

    Raises :class:`PulseUnavailable` if ``pulseaudio`` is not installed, ``RuntimeError`` if it
    is installed but does not come up.
    """
    binary = shutil.which("pulseaudio")
    if binary is None or shutil.which("parec") is None:
        raise PulseUnavailable("pulseaudio/parec not installed (apt-get install pulseaudio "
                               "pulseaudio-utils)")  # fmt: skip
    runtime = tmp_dir / "pulse-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    script = runtime / "pa.pa"
    script.write_text(
        "load-module module-native-protocol-unix auth-anonymous=1\n"
        f"load-module module-null-sink sink_name={SINK} rate={RATE}\n"
        f"set-default-sink {SINK}\n"
    )
    log_path = runtime / "pulseaudio.log"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    env.pop("PULSE_SERVER", None)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [binary, "-n", "-F", str(script), "--exit-idle-time=-1", "--daemonize=no",
             "--log-target=stderr", "--realtime=no"],
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    server = PulseServer(runtime, proc, log_path)
    try:
        _wait_until_answering(server)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_until_answering(server: PulseServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        probe = subprocess.run(["pactl", "info"], env=server.env, capture_output=True, timeout=5)
        if probe.returncode == 0:
            return
        time.sleep(0.02)
    log = server.log_path.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"pulseaudio did not start (exit code {server.process.poll()}):\n{log}")


# -- analysing recordings ------------------------------------------------------------------------


def read_raw(raw_path: Path) -> array[int]:
    samples = array("h")
    data = raw_path.read_bytes()
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


def detect_onsets(
    raw_path: Path, rate: int = RATE, threshold_db: float = -40.0, min_gap_s: float = 0.05
) -> list[float]:
    """Times (s from the recording's start) where sound rises above ``threshold_db`` dBFS after
    at least ``min_gap_s`` below it. Sample-exact; a sound's own zero crossings are not gaps."""
    return onsets_in(read_raw(raw_path), rate, threshold_db, min_gap_s)


def onsets_in(
    samples: Sequence[int], rate: int = RATE, threshold_db: float = -40.0, min_gap_s: float = 0.05
) -> list[float]:
    level = 32768 * 10 ** (threshold_db / 20)
    gap = min_gap_s * rate
    onsets: list[float] = []
    last = -gap - 1.0
    for i, s in enumerate(samples):
        if s >= level or -s >= level:
            if i - last > gap:
                onsets.append(i / rate)
            last = i
    return onsets


def rms_dbfs(samples: Sequence[int]) -> float:
    import math

    if not samples:
        return -math.inf
    mean_square = sum(s * s for s in samples) / len(samples)
    return 10 * math.log10(max(mean_square, 1e-12) / 32768**2)


# -- playing through Qt in a child process -------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """Play a cue (``CueKind`` value) or say a phrase ``at`` seconds after the first step."""

    at: float
    cue: str | None = None
    say: str | None = None


@dataclass(frozen=True)
class ChildReport:
    status: str  # the PlayerStatus name the child's player reached
    called: list[float]  # time.monotonic() right before each play()/say() call
    call_ms: list[float]  # how long each call took


def play_in_child(
    server: PulseServer,
    steps: Sequence[Step],
    *,
    sounds_dir: Path | None = None,
    cache_dir: Path | None = None,
    timeout_s: float = 60.0,
) -> ChildReport:
    """Run :func:`_child_main` with ``server.env`` and return what it measured.

    Phrases in ``steps`` are prepared (rendered with espeak-ng) before the first step starts.
    """
    sounds = sounds_dir or REPO / "assets" / "sounds"
    cache = cache_dir or server.runtime_dir / "phrases"
    payload = json.dumps({"steps": [s.__dict__ for s in steps], "sounds": str(sounds),
                          "cache": str(cache)})  # fmt: skip
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), payload],
        env=server.env, capture_output=True, text=True, timeout=timeout_s,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"player child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return ChildReport(data["status"], data["called"], data["call_ms"])


def _child_main(payload: str) -> None:
    """In the child: build the real player, prepare phrases, then fire the steps on time.

    A ``Qt.PreciseTimer`` is armed for each ``time.monotonic()`` deadline (re-armed if it fires
    early), the way the app's driver schedules against deadlines rather than counting ticks.
    """
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from supple.core.session.cues import CueKind
    from supple.qt.platform.cue_player import make_cue_player
    from supple.qt.platform.speech import PhraseCache

    spec = json.loads(payload)
    steps = [Step(**s) for s in spec["steps"]]
    app = QCoreApplication([])
    speech = PhraseCache(Path(spec["cache"]))
    player = make_cue_player(Path(spec["sounds"]), speech=speech, allow_playsound3=False)
    phrases = {s.say for s in steps if s.say}
    if phrases:
        player.prepare_speech(phrases)
        give_up = time.monotonic() + 10
        while not all(speech.is_prepared(p) for p in phrases) and time.monotonic() < give_up:
            app.processEvents()
            time.sleep(0.005)
    # Let the phrase effects finish loading (asynchronous, like the cue effects).
    settle = time.monotonic() + 0.3
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.005)

    called: list[float] = []
    call_ms: list[float] = []
    start = 0.0
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)

    def fire() -> None:
        step = steps[len(called)]
        if time.monotonic() < start + step.at - 0.0005:  # a QTimer may fire early: wait more
            arm()
            return
        t = time.monotonic()
        called.append(t)
        if step.cue is not None:
            player.play(CueKind(step.cue))
        if step.say is not None:
            player.say(step.say)
        call_ms.append((time.monotonic() - t) * 1000)
        if len(called) < len(steps):
            arm()
        else:
            QTimer.singleShot(1000, app.quit)  # let the last sound play out

    def arm() -> None:
        deadline = start + steps[len(called)].at
        timer.start(max(0, round((deadline - time.monotonic()) * 1000)))

    def begin() -> None:
        nonlocal start
        start = time.monotonic() + 0.2
        arm()

    timer.timeout.connect(fire)
    when_ready = getattr(player, "when_ready", None)  # as the app starts a routine's clock
    if when_ready is not None:
        when_ready(begin)
    else:  # the player before issue 10 had no such step
        begin()
    app.exec()
    print(json.dumps({"status": player.status.name, "called": called, "call_ms": call_ms}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="child process of play_in_child()")
    parser.add_argument("payload")
    _child_main(parser.parse_args().payload)
