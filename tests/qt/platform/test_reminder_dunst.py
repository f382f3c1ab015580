"""The reminder with a notification server Debian ships: dunst (a GDBus server, which refuses
a call whose argument types differ from the specification's), under Xvfb on a session bus of
its own. ``dunstctl action`` clicks the notification, as a runner does; the routine starts."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parents[3] / "src"
TOOLS = ("xvfb-run", "dbus-run-session", "dunst", "dunstctl")
ROUTINE = """\
supple: 1
name: Dunst test
defaults: {lead_in: 0}
steps:
  - {name: Long hold, hold: 10m}
"""
# On the bus, beside dunst: wait for the notification, click it, wait for the session.
SCRIPT = r"""
dunst -config /dev/null >/dev/null 2>&1 & dunst=$!
"$0" -m supple >/dev/null 2>"$1/app.log" & app=$!
for i in $(seq 300); do
    [ "$(dunstctl count displayed 2>/dev/null)" = 1 ] && break; sleep 0.1
done
dunstctl count displayed > "$1/displayed"
dunstctl action 0
for i in $(seq 300); do
    "$0" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); sys.exit(not c.execute(
        "SELECT count(*) FROM sessions").fetchone()[0])' "$1/data/history.db" 2>/dev/null && break
    sleep 0.1
done
kill $app; wait $app; kill $dunst
"""


@pytest.mark.slow
def test_dunst_shows_the_reminder_and_its_click_starts_the_routine(tmp_path: Path) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: xvfb, dbus-daemon, dunst)")
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "dunst-test.yaml").write_text(ROUTINE)
    (data / "reminders.json").write_text(json.dumps({
        "reminders": [{"routine": "dunst-test", "at": "00:00"}], "quiet_hours": None,
        "morning_rating": None}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(["xvfb-run", "-a", "dbus-run-session", "--", "sh", "-c", SCRIPT,
                           sys.executable, str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert (tmp_path / "displayed").read_text().strip() == "1", (
        done.stderr[-2000:], (tmp_path / "app.log").read_text()[-2000:])
    conn = sqlite3.connect(data / "history.db")
    try:
        sessions = list(conn.execute("SELECT routine_id, outcome FROM sessions"))
    finally:
        conn.close()
    assert [s[0] for s in sessions] == ["dunst-test"]
