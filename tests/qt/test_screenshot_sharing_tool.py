"""tools/screenshot_sharing.py writes both shots and exits on its own (it runs unattended)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import supple

TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshot_sharing.py"


@pytest.mark.parametrize("what", ["import", "compare"])
def test_the_sharing_shots_are_written(tmp_path: Path, what: str) -> None:
    src = str(Path(supple.__file__).resolve().parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
           "QT_LOGGING_RULES": "*.warning=false"}
    shot = tmp_path / "shots" / f"{what}.png"
    done = subprocess.run([sys.executable, str(TOOL), what, str(shot)], env=env,
                          capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(shot)]
    assert shot.read_bytes().startswith(b"\x89PNG")
