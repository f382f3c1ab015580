"""Writes held in memory name their real cause: a lock held by another program (which one),
a read-only disk, a full one; never "the disk may be full" for a lock."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

from fakes import FaultSwitch
from history_locker import history_locked
from supple.core.history.held import HeldCause, HeldWrites
from supple.core.history.lock_holders import LockHolder, _program, _writer_of, write_lock_holders
from supple.core.history.model import Notice, NoticeKind, StepStatus
from supple.core.history.store import HistoryStore

needs_proc_locks = pytest.mark.skipif(not Path("/proc/locks").exists(),
                                      reason="Linux lists locks in /proc/locks")


def fixed_clock() -> datetime:
    return datetime(2026, 3, 1, 7, 30).astimezone()


def store_with_a_session(db: Path, seen: list[Notice], **kwargs: object) -> tuple[HistoryStore,
                                                                                 str]:
    store = HistoryStore(db, clock=fixed_clock, busy_timeout_ms=50, retry_after_s=0,
                         on_notice=seen.append, **kwargs)  # type: ignore[arg-type]
    return store, store.begin_session("calf", "Calf care", "stretch", "fp", 3).uuid


@needs_proc_locks
def test_a_lock_held_by_supple_history_names_it_in_the_notice_and_held(tmp_path: Path) -> None:
    """Regression: the notice said "probably a second copy of Supple … when the disk allows",
    and the quit dialog blamed a full or read-only disk."""
    db = tmp_path / "history.db"
    seen: list[Notice] = []
    store, session = store_with_a_session(db, seen)
    assert store.held() == HeldWrites(0)
    with history_locked(db, tmp_path, "history", "--import", "big.json") as locker:
        store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
        store.record_step(session, 1, "b", None, StepStatus.DONE, 1, 2)
        [notice] = seen
        assert notice.kind is NoticeKind.WRITES_PENDING
        assert notice.message.startswith(
            "Supple's history file is locked by another program: `supple history` "
            f"(process {locker.pid}). Your session is kept in memory. It is saved once that "
            "program lets go of the file")
        assert "disk" not in notice.message
        held = store.held()
        assert (held.count, held.cause) == (2, HeldCause.LOCKED)
        assert held.holders == (LockHolder(locker.pid, "`supple history`"),)
        assert held.remedy() == "Close it (or let it finish), then try again."
        assert not store.flush()  # still locked
    assert store.flush() and store.held() == HeldWrites(0)
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING, NoticeKind.WRITES_SAVED]
    assert store.session(session).steps_done == 2
    store.close()


@needs_proc_locks
def test_a_lock_held_from_a_terminal_says_how_to_stop_it(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    seen: list[Notice] = []
    store, session = store_with_a_session(db, seen)
    with history_locked(db, tmp_path, "history", terminal=True) as locker:
        store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
        held = store.held()
        assert held.holders == (LockHolder(locker.pid, "`supple history`", in_terminal=True),)
        assert held.problem() == ("Supple's history file is locked by another program: "
                                  f"`supple history` (process {locker.pid}, in a terminal).")
        assert "Ctrl+C" in held.remedy()
    store.close()


@needs_proc_locks
def test_another_program_is_named_by_its_file_name(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    seen: list[Notice] = []
    store, session = store_with_a_session(db, seen)
    with history_locked(db, tmp_path, name="dbtool") as locker:
        store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
        program = Path(sys.executable).name  # the script runs as "python dbtool"
        assert store.held().holders == (LockHolder(locker.pid, program),)
        assert f"{program} (process {locker.pid})" in seen[0].message
    store.close()


def test_a_lock_whose_holder_cannot_be_seen_still_says_locked(tmp_path: Path) -> None:
    """This process's own second connection: not named (it is not another program), and
    still a lock, not a disk problem."""
    db = tmp_path / "history.db"
    seen: list[Notice] = []
    store, session = store_with_a_session(db, seen)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
    held = store.held()
    assert (held.cause, held.holders) == (HeldCause.LOCKED, ())
    assert "locked by another program (perhaps a second copy of Supple" in held.problem()
    assert "disk" not in seen[0].message
    other.execute("ROLLBACK")
    other.close()
    store.close()


@pytest.mark.parametrize(("error", "cause", "words", "remedy"), [
    ("database or disk is full", HeldCause.FULL, "is full", "Free some space"),
    ("attempt to write a readonly database", HeldCause.READ_ONLY, "(read-only)",
     "Make it writable"),
    ("disk I/O error", HeldCause.FAILING, "(disk I/O error)", "check the disk"),
])
def test_a_disk_that_refuses_is_named_as_it_is(tmp_path: Path, error: str, cause: HeldCause,
                                               words: str, remedy: str) -> None:
    switch = FaultSwitch()
    seen: list[Notice] = []
    store, session = store_with_a_session(tmp_path / "history.db", seen, connect=switch)
    switch.error = sqlite3.OperationalError(error)
    for position in range(3):  # the later ones reconnect, read-only: the cause stays the same
        store.record_step(session, position, "a", None, StepStatus.DONE, 1, 1)
    held = store.held()
    assert (held.count, held.cause) == (3, cause)
    assert words in held.problem() and words in seen[0].message
    assert held.remedy().startswith(remedy) or remedy in held.remedy()
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING]  # told once
    assert "locked" not in held.problem()
    switch.error = None
    assert store.flush() and store.held() == HeldWrites(0)
    store.close()


def test_a_new_cause_is_told_again(tmp_path: Path) -> None:
    switch = FaultSwitch()
    seen: list[Notice] = []
    store, session = store_with_a_session(tmp_path / "history.db", seen, connect=switch)
    switch.error = sqlite3.OperationalError("database or disk is full")
    store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
    switch.error = sqlite3.OperationalError("database is locked")
    store.record_step(session, 1, "b", None, StepStatus.DONE, 1, 2)
    assert [n.message.split(".")[0] for n in seen] == [
        "The disk that holds Supple's history is full",
        "Supple's history file is locked by another program (perhaps a second copy of Supple, "
        "or `supple history` in a terminal)"]
    assert store.held().cause is HeldCause.LOCKED
    store.close()


@pytest.mark.parametrize(("args", "program"), [
    (["/home/me/.venv/bin/python", "/home/me/.venv/bin/supple", "history", "--csv"],
     "`supple history`"),
    (["/usr/bin/supple", "--data-dir", "/d", "history", "--import", "x.json"],
     "`supple history`"),
    (["python3", "-m", "supple", "list"], "`supple list`"),
    (["python3", "-m", "supple.cli.main", "run", "calf"], "another copy of Supple"),
    (["/usr/bin/supple"], "another copy of Supple"),
    (["sqlite3", "history.db"], "sqlite3"),
    (["/usr/bin/python3", "-m", "sqlite3", "history.db"], "python3"),
    ([], ""),
])
def test_programs_are_named_by_what_the_user_ran(args: list[str], program: str) -> None:
    assert _program(args) == program


def test_only_write_locks_held_on_the_history_count() -> None:
    files = {(0xFE, 0, 2155108)}
    assert _writer_of("1: POSIX  ADVISORY  WRITE 7769 fe:00:2155108 120 120", files) == 7769
    assert _writer_of("2: POSIX  ADVISORY  READ 7769 fe:00:2155108 124 124", files) is None
    assert _writer_of("3: POSIX  ADVISORY  WRITE 7695 fe:00:2154710 120 120", files) is None
    assert _writer_of("4: -> POSIX  ADVISORY  WRITE 81 fe:00:2155108 120 120", files) is None
    assert _writer_of("5: OFDLCK ADVISORY  WRITE -1 fe:00:2155108 120 120", files) is None
    assert _writer_of("6: POSIX  ADVISORY  WRITE x fe:00:2155108 120 120", files) is None
    assert _writer_of("", files) is None


def test_without_a_lock_table_nobody_is_named(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    db.write_bytes(b"")
    assert write_lock_holders(db, proc=tmp_path / "no-proc") == []
    (tmp_path / "proc").mkdir()
    info = db.stat()
    (tmp_path / "proc" / "locks").write_text(
        f"1: POSIX  ADVISORY  WRITE 4242 {os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}"
        f":{info.st_ino} 120 120\n")
    # A holder that has gone (or belongs to another user) by the time it is looked up.
    assert write_lock_holders(db, proc=tmp_path / "proc") == [LockHolder(4242, "")]
    assert str(LockHolder(4242, "")) == "a program (process 4242)"
    assert str(LockHolder(4242, "", in_terminal=True)) == "a program (process 4242, in a terminal)"
    # One whose command line shows but not its standard input.
    (tmp_path / "proc" / "4242").mkdir()
    (tmp_path / "proc" / "4242" / "cmdline").write_bytes(b"sqlite3\0history.db\0")
    assert write_lock_holders(db, proc=tmp_path / "proc") == [LockHolder(4242, "sqlite3")]


@pytest.mark.parametrize(("held", "problem", "remedy", "later"), [
    (HeldWrites(1, HeldCause.DAMAGED), "Supple's history file is damaged.",
     "Close any other program using it, then try again.",
     "It is written once the file is repaired."),
    (HeldWrites(1, HeldCause.DAMAGED, "The history file is damaged (page 3). It is repaired "
                "when only one program has it open"),
     "The history file is damaged (page 3). It is repaired when only one program has it open.",
     "Close any other program using it, then try again.",
     "It is written once the file is repaired."),
    (HeldWrites(1, HeldCause.READ_ONLY),
     "Supple's history is on a disk or in a folder that cannot be written to (read-only).",
     "Make it writable (or mount it read-write), then try again.",
     "It will be saved when the disk allows; keep Supple open until then."),
    (HeldWrites(1, HeldCause.FAILING), "The disk refused to write Supple's history.",
     "Try again in a moment; if it keeps failing, check the disk.",
     "It will be saved when the disk allows; keep Supple open until then."),
    (HeldWrites(2, HeldCause.LOCKED, holders=(LockHolder(7, "another copy of Supple"),
                                              LockHolder(8, "sqlite3", in_terminal=True))),
     "Supple's history file is locked by another program: another copy of Supple (process 7) "
     "and sqlite3 (process 8, in a terminal).",
     "Let it finish, or stop it in its terminal (Ctrl+C), then try again.",
     "It is saved once that program lets go of the file (close it, or let it finish); keep "
     "Supple open until then."),
])
def test_each_cause_has_its_words(held: HeldWrites, problem: str, remedy: str,
                                  later: str) -> None:
    from supple.core.history.held import later as later_for

    assert (held.problem(), held.remedy()) == (problem, remedy)
    assert held.cause is not None and later_for(held.cause) == later


def test_a_cause_read_from_an_error_keeps_sqlites_words_only_where_they_help() -> None:
    from supple.core.history.held import cause_of, detail_of
    from supple.core.history.schema import Fault

    assert cause_of(Fault.CORRUPT) is HeldCause.DAMAGED and cause_of(Fault.BUSY) is HeldCause.LOCKED
    error = sqlite3.OperationalError("disk I/O error")
    assert detail_of(HeldCause.FAILING, error) == (
        "Supple cannot write its history file (disk I/O error)")
    assert detail_of(HeldCause.FULL, error) is None and detail_of(HeldCause.LOCKED, error) is None


def test_a_really_read_only_folder_is_called_read_only(tmp_path: Path) -> None:
    from read_only import read_only_folder

    db = tmp_path / "d" / "history.db"
    db.parent.mkdir()
    HistoryStore(db).close()  # a cleanly closed file: no -shm, so SQLite cannot open it
    with read_only_folder(db.parent):
        seen: list[Notice] = []
        store, session = store_with_a_session(db, seen)
        store.record_step(session, 0, "a", None, StepStatus.DONE, 1, 1)
        held = store.held()
        assert (held.count, held.cause) == (2, HeldCause.READ_ONLY)
        assert "(read-only)" in held.problem() and str(db) in held.problem()
        assert "full" not in seen[0].message and "locked" not in seen[0].message
        store.close()
