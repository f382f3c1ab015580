"""Qt objects stay on their threads, and no sound effect ends by itself (issue 10, item 1).

The freeze: with a second client on the sound server, the player stopped answering after
"QSocketNotifier: Socket notifiers cannot be enabled or disabled from another thread", then
wrote "Invalid socket N and type 'Read', disabling..." at 20-25 MB/s. The notifier is Qt's own:
each ``QSoundEffect.play()`` in Qt 6.10+ makes a voice holding a notifier of the GUI thread,
and a voice that plays to its end may be destroyed by Qt's audio callback on PulseAudio's
thread (gdb: ``~QSocketNotifier <- ~QSoundEffectVoice <- QRtAudioEngine::audioCallback``). The
players now end every play themselves, on the GUI thread (``supple.qt.platform.sound_effects``).

These run the real cue player, speech and history recorder, driven by the real engine and Qt
driver through the Alfredson routine at 30x speed, in a child process against a private
PulseAudio, with the ``thread_guard`` debug hook on: every Python call into a Qt object is made
on that object's thread, Qt reports no cross-thread use, and no play ends by itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from audio_server import PulseServer
from stress_child import run_stress_child

pytestmark = [pytest.mark.audio]

HAVE_ESPEAK = shutil.which("espeak-ng") is not None


def test_qt_objects_are_used_on_their_own_threads(pulse: PulseServer, tmp_path: Path) -> None:
    report = run_stress_child(pulse.env, tmp_path, "--guard", speed=30, seconds=3)
    assert report["status"] == "READY", "the Qt player fell back despite a working server"
    assert report["cues"] > 20
    if HAVE_ESPEAK:
        assert report["phrases"] > 5
    assert report["violation_count"] == 0, report["violations"]
    assert report["qt_complaint_count"] == 0, report["qt_complaints"]


def test_every_play_is_ended_by_the_player_never_by_itself(
        pulse: PulseServer, tmp_path: Path) -> None:
    """Deterministic: before the fix every single cue and phrase ended by itself."""
    report = run_stress_child(pulse.env, tmp_path, "--watch", speed=30, seconds=3)
    assert report["cues"] > 20
    assert report["natural_ends"] == 0
