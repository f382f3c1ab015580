"""tools/screenshot_app.py must exit on its own: it runs unattended (under Xvfb, in scripts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import supple

TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshot_app.py"


def test_a_shot_of_a_running_routine_exits_once_the_png_is_written(tmp_path: Path) -> None:
    """Regression: quitting asked "Stop the routine?", and nobody was there to answer."""
    src = str(Path(supple.__file__).resolve().parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
           "PULSE_SERVER": "unix:/nonexistent", "QT_LOGGING_RULES": "*.warning=false"}
    out = tmp_path / "shots"
    try:
        done = subprocess.run([sys.executable, str(TOOL), str(out), "--run", "quick-calf-care",
                               "--after", "0.5"], env=env, capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the tool was still running after 60 s and was killed: {exc.stdout!r}")
    shot = out / "player-light-1100x720.png"
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(shot)]
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_the_form_editor_shots_are_written_one_per_step_kind(tmp_path: Path) -> None:
    tool = TOOL.with_name("screenshot_form_editor.py")
    src = str(Path(supple.__file__).resolve().parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
           "QT_LOGGING_RULES": "*.warning=false"}
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, str(tool), str(out), "--size", "800x600",
                           "--text-scale", "1.25"], env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr
    kinds = ["routine", "hold", "reps", "rest", "block", "metronome"]
    assert done.stdout.split() == [str(out / f"form-{k}-800x600.png") for k in kinds]
    for kind in kinds:
        assert (out / f"form-{kind}-800x600.png").read_bytes().startswith(b"\x89PNG")
