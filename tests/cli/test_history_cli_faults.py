"""``supple history`` when the history's storage misbehaves: a plain message for a terminal
(the path, and what to do), an exit code of its own for each fault, never "internal error",
and whatever can still be read is printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import supple
from read_only import read_only_folder, read_only_mount_command
from supple.cli.faults import (
    EXIT_HISTORY_BUSY,
    EXIT_HISTORY_DAMAGED,
    EXIT_HISTORY_TOO_NEW,
    EXIT_INTERNAL,
    EXIT_NOT_A_FILE,
    EXIT_READ_ONLY,
)
from supple.cli.main import main

#: Advice meant for the window, which a terminal user cannot follow.
WINDOW_ADVICE = ("keep Supple open", "kept in memory", "start Supple again", "saved after all")


def for_a_terminal(err: str) -> bool:
    return not any(words in err for words in WINDOW_ADVICE) and "internal error" not in err


def src_path() -> str:
    """For children: this checkout's supple first."""
    src = str(Path(supple.__file__).resolve().parents[1])
    return os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_folder_named_history_db_gets_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    (data / "history.db").mkdir(parents=True)
    for args in ((), ("--json",), ("--csv",)):
        code, out, err = run(capsys, "--data-dir", str(data), "history", *args)
        assert code == EXIT_NOT_A_FILE and out == ""
        assert for_a_terminal(err) and "Traceback" not in err
        assert f"{data / 'history.db'} is a folder" in err
        assert "run this command again" in err


def test_a_file_in_the_way_of_the_data_folder_gets_its_own_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: "supple: [Errno 17] File exists: '...'", exit 1."""
    blocker = tmp_path / "d"
    blocker.write_text("")
    code, out, err = run(capsys, "--data-dir", str(blocker), "history")
    assert (code, out) == (EXIT_NOT_A_FILE, "")
    assert f"cannot use {blocker} as Supple's data folder" in err and "Errno" not in err


RUN_CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from supple.cli.main import main
    seen = {"started": False}
    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "notices")]
        if windows and windows[0].session is not None:
            seen["started"] = True
            seen["notice"] = windows[0].notices.label.text()
            print(json.dumps(seen), flush=True)
            os._exit(0)  # quitting normally would ask whether to stop the routine
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    QTimer.singleShot(60_000, lambda: (print(json.dumps(seen), flush=True), os._exit(1)))
    main(["run", sys.argv[1]])
    """)


def test_supple_run_starts_the_routine_when_history_db_is_a_folder(tmp_path: Path) -> None:
    """Regression: a traceback in after_show, the routine never started, and the notice
    blamed a full disk."""
    data = tmp_path / "d"
    (data / "history.db").mkdir(parents=True)
    routine = tmp_path / "tiny.yaml"
    routine.write_text("supple: 1\nname: Tiny\nsteps:\n  - {name: Hold, hold: 30s}\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent", "QT_LOGGING_RULES": "*.warning=false"}
    done = subprocess.run([sys.executable, "-c", RUN_CHILD, str(routine)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started"], done.stderr
    assert "is a folder" in seen["notice"] and "full" not in seen["notice"]


def history_of_one_session(data: Path) -> str:
    from supple.core.history.model import Outcome, StepStatus
    from supple.core.history.store import HistoryStore

    with HistoryStore(data / "history.db") as store:
        record = store.begin_session("calf", "Calf care", "stretch", "fp", 1)
        store.record_step(record.uuid, 0, "Wall stretch", None, StepStatus.DONE, 30, 30)
        store.finish_session(record.uuid, Outcome.COMPLETED, 30)
    return record.uuid


def test_history_on_a_read_only_folder_is_printed_and_import_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: exit 3, "internal error", for a history that was there to be read."""
    data = tmp_path / "d"
    data.mkdir()
    session_uuid = history_of_one_session(data)
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "supple-history", "version": 1, "sessions": []}))
    with read_only_folder(data):
        code, out, err = run(capsys, "--data-dir", str(data), "history")
        assert (code, err) == (0, "")
        assert "Calf care" in out and "completed" in out
        code, out, err = run(capsys, "--data-dir", str(data), "history", "--json")
        assert (code, err) == (0, "")
        assert [s["uuid"] for s in json.loads(out)["sessions"]] == [session_uuid]
        code, out, err = run(capsys, "--data-dir", str(data), "history", "--import", str(export))
        assert (code, out) == (EXIT_READ_ONLY, "")
        assert f"the history in {data} cannot be written" in err and "read-only" in err
        assert "--data-dir" in err and for_a_terminal(err)


def test_a_read_only_folder_without_a_history_says_so_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: "Your session is kept in memory ... keep Supple open", a failure, then "The
    history has been saved after all", and exit 1."""
    data = tmp_path / "d"
    data.mkdir()
    with read_only_folder(data):
        code, out, err = run(capsys, "--data-dir", str(data), "history")
    assert (code, out) == (EXIT_READ_ONLY, "")
    assert for_a_terminal(err)
    assert err.count("\n") == 1 and "read-only" in err and str(data) in err


def test_history_on_a_read_only_mount_is_printed(tmp_path: Path) -> None:
    """The same on a real read-only file system (EROFS), in a private mount namespace."""
    data = tmp_path / "d"
    data.mkdir()
    history_of_one_session(data)
    command = read_only_mount_command(
        data, [sys.executable, "-m", "supple", "--data-dir", str(data), "history", "--csv"])
    if command is None:
        pytest.skip("a read-only bind mount needs root and unshare")
    done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": src_path()})
    if "mount:" in done.stderr:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    assert (done.returncode, done.stderr) == (0, "")
    assert "calf" in done.stdout.splitlines()[1]


def damaged_history(data: Path, sessions: int) -> None:
    """A real history of ``sessions`` sessions with garbage over its middle sessions page."""
    import random
    import sqlite3

    from supple.core.history.model import Outcome, StepStatus
    from supple.core.history.store import HistoryStore

    db = data / "history.db"
    with HistoryStore(db) as store:
        for n in range(sessions):
            record = store.begin_session("calf", f"Calf care {n}", "stretch", "fp", 2)
            for position in range(2):
                store.record_step(record.uuid, position, "x" * 60, None, StepStatus.DONE, 1, 1)
            store.finish_session(record.uuid, Outcome.COMPLETED, 2)
    with sqlite3.connect(db) as conn:
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sessions' AND pagetype = 'leaf'")]
    page = pages[len(pages) // 2]
    data_bytes = bytearray(db.read_bytes())
    data_bytes[(page - 1) * 4096 : page * 4096] = random.Random(7).randbytes(4096)
    db.write_bytes(bytes(data_bytes))


def test_history_exports_what_a_damaged_file_still_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    damaged_history(data, 400)
    code, out, err = run(capsys, "--data-dir", str(data), "history", "--json")
    assert code == 0, err
    saved = len(json.loads(out)["sessions"])
    assert 350 < saved < 400
    assert f"{saved} of 400 sessions" in err and "history.db.corrupt-" in err
    code, out, err = run(capsys, "--data-dir", str(data), "history")
    assert (code, err) == (0, "")  # repaired once, for good
    assert len(out.splitlines()) == saved + 2


def test_a_damaged_history_in_a_read_only_folder_says_to_repair_a_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: exit 1 and "close other copies of Supple ... and start Supple again",
    which cannot help: no repair can be written there."""
    data = tmp_path / "d"
    data.mkdir()
    damaged_history(data, 400)
    with read_only_folder(data):
        code, out, err = run(capsys, "--data-dir", str(data), "history")
    assert (code, out) == (EXIT_HISTORY_DAMAGED, "")
    assert f"the history file {data / 'history.db'} is damaged" in err
    assert "supple --data-dir COPY history" in err and for_a_terminal(err)


HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from supple.core.history.sharing import share_of
    share_of(Path(sys.argv[1])).connect()  # what a store of another Supple holds
    print("open", flush=True)
    sys.stdin.read()
    """)

HOLD_WRITE_LOCK = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    print("open", flush=True)
    sys.stdin.read()
    """)


def holding(code: str, db: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", code, str(db)], text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": src_path()})
    assert child.stdout is not None and child.stdout.readline() == "open\n"
    return child


def release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    child.wait(timeout=30)
    child.stdout.close()


def test_a_damaged_history_another_program_has_open_says_what_to_close(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    damaged_history(data, 400)
    other = holding(HOLD_OPEN, data / "history.db")
    try:
        code, out, err = run(capsys, "--data-dir", str(data), "history")
    finally:
        release(other)
    assert (code, out) == (EXIT_HISTORY_DAMAGED, "")
    assert f"the history file {data / 'history.db'} is damaged" in err
    assert "Close Supple's window and any other supple command" in err and for_a_terminal(err)
    code, out, err = run(capsys, "--data-dir", str(data), "history")  # as the message says
    assert code == 0 and "of 400 sessions" in err


def test_a_history_another_program_keeps_locked_is_busy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Reading goes on beside a writer; an import waits, then says who is in the way."""
    data = tmp_path / "d"
    data.mkdir()
    history_of_one_session(data)
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "supple-history", "version": 1, "sessions": []}))
    other = holding(HOLD_WRITE_LOCK, data / "history.db")
    try:
        code, out, err = run(capsys, "--data-dir", str(data), "history")
        assert (code, err) == (0, "") and "Calf care" in out
        code, out, err = run(capsys, "--data-dir", str(data), "history", "--import", str(export))
    finally:
        release(other)
    assert (code, out) == (EXIT_HISTORY_BUSY, "")
    assert f"the history file {data / 'history.db'} is in use by another program" in err
    assert for_a_terminal(err)


def test_a_history_from_a_newer_supple_is_left_alone_with_its_own_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    data = tmp_path / "d"
    data.mkdir()
    history_of_one_session(data)
    with sqlite3.connect(data / "history.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    before = (data / "history.db").read_bytes()
    code, out, err = run(capsys, "--data-dir", str(data), "history")
    assert (code, out) == (EXIT_HISTORY_TOO_NEW, "")
    assert f"{data / 'history.db'} was written by a newer version of Supple" in err
    assert "Update Supple" in err and for_a_terminal(err)
    assert (data / "history.db").read_bytes() == before


def test_a_bug_is_still_an_internal_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import supple.cli.history as history_cli

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(history_cli, "format_table", broken)
    data = tmp_path / "d"
    data.mkdir()
    history_of_one_session(data)
    code, _out, err = run(capsys, "--data-dir", str(data), "history")
    assert code == EXIT_INTERNAL
    assert err == "supple: internal error: ZeroDivisionError: a bug\n"


APP_CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from supple.cli.main import main
    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "notices")]
        texts = [text for text, _ in windows[0].notices._queue] if windows else []
        if any("sessions" in text for text in texts):
            print(json.dumps(texts), flush=True)
            os._exit(0)
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    QTimer.singleShot(60_000, lambda: (print("[]", flush=True), os._exit(1)))
    main([])
    """)


def test_the_app_checks_the_history_after_showing_and_says_what_it_saved(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    damaged_history(data, 400)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent", "QT_LOGGING_RULES": "*.warning=false",
           "PYTHONPATH": src_path()}
    done = subprocess.run([sys.executable, "-c", APP_CHILD], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    texts = json.loads(done.stdout.strip().splitlines()[-1])
    [repaired] = [text for text in texts if "sessions" in text]
    assert " of 400 sessions" in repaired and "history.db.corrupt-" in repaired
    assert any(p.name.startswith("history.db.corrupt-") for p in data.iterdir())
