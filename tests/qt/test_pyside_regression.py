"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and the
process dies (``none_dealloc``) after a few thousand. pytest holds so many references to None
that it hides the bug, so the calls run in a child process that must exit cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range(30_000):
    label.setText(str(i))
    label.show()
    app.processEvents() if i % 1000 == 0 else None
after = sys.getrefcount(None)
print(before, after)
"""


def test_thirty_thousand_void_qt_calls_do_not_crash_or_leak_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = map(int, result.stdout.split())
    # A leaking build loses about one reference per call (tens of thousands here).
    assert before - after < 1000, (before, after)
