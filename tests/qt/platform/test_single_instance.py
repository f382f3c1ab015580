"""One Supple per user and data folder, with real processes: a second start hands over to
the first and exits, ``supple run X`` starts X in the first window, a socket left by a crash
does not stop the next start, and two data folders are two instances.

Waiting for a process is bounded (it fails the test, never hangs it); nothing measures time.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from blocking import run_bounded
from supple.core.history.store import HistoryStore
from supple.qt.platform.single_instance import (
    Answer,
    InstanceLock,
    OtherInstance,
    Request,
    RoutineRef,
    WeekRef,
    answer,
    claim_instance,
    instance_address,
)

ROUTINE = """\
supple: 1
name: Handed over
steps:
  - {name: Long hold, hold: 10m}
"""

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private $XDG_RUNTIME_DIR for the sockets and locks of these tests' instances."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("QT_LOGGING_RULES", "*.warning=false")
    monkeypatch.delenv("SUPPLE_DATA_DIR", raising=False)
    return folder


def data_dir(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    (folder / "routines").mkdir(parents=True)
    (folder / "routines" / "handed-over.yaml").write_text(ROUTINE)
    (folder / "settings.json").write_text('{"muted": true}')
    return folder


def wait_for(what: str, done: Callable[[], bool], proc: subprocess.Popen[bytes] | None = None,
             bound: float = 60.0) -> None:
    """Poll ``done`` until it is true; fail (never hang) past ``bound`` or if ``proc`` ends."""
    deadline = time.monotonic() + bound
    while not done():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the first instance ended (code {proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {bound:g} s")
        time.sleep(0.05)


def listening(data: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(str(instance_address(data)))
        except OSError:
            return False
    return True


@pytest.fixture
def start_first(tmp_path: Path) -> Iterator[Callable[[Path], subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(data: Path) -> subprocess.Popen[bytes]:
        with (tmp_path / f"first-{len(started)}.log").open("wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "supple", "--data-dir", str(data)],
                                    stdout=log, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL)
        started.append(proc)
        wait_for("listening window", lambda: listening(data), proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


def supple(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_bounded(["-m", "supple", "--data-dir", str(data), *args],
                       what="the second start")


def sessions(data: Path) -> list[str]:
    store = HistoryStore(data / "history.db")
    try:
        return [s.routine_name for s in store.sessions()]
    finally:
        store.close()


@pytest.mark.slow
def test_a_second_start_hands_over_to_the_first_and_exits(
        runtime: Path, tmp_path: Path,
        start_first: Callable[[Path], subprocess.Popen[bytes]]) -> None:
    data = data_dir(tmp_path, "data")
    first = start_first(data)

    raised = supple(data)  # no window of its own: the first one comes to the front
    assert raised.returncode == 0, raised.stderr
    assert "brought to the front" in raised.stdout

    handed = supple(data, "run", "handed-over")
    assert handed.returncode == 0, handed.stderr
    assert "Handed over started in the open Supple window" in handed.stdout
    # The first instance received it: its session is in the history it writes.
    wait_for("session of the handed-over routine",
             lambda: (data / "history.db").exists() and sessions(data) == ["Handed over"],
             first)

    again = supple(data, "run", str(data / "routines" / "handed-over.yaml"))
    assert again.returncode == 1
    assert "a routine is under way" in again.stderr
    assert first.poll() is None


@pytest.mark.slow
def test_a_second_start_while_the_first_is_still_starting_waits_for_it(
        runtime: Path, tmp_path: Path) -> None:
    """The first listens only after its first paint; a second start in between (two clicks
    on the launcher) finds the lock taken and waits for the first to answer."""
    data = data_dir(tmp_path, "data")
    with (tmp_path / "first.log").open("wb") as log:
        first = subprocess.Popen([sys.executable, "-m", "supple", "--data-dir", str(data)],
                                 stdout=log, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL)
    try:
        lock = instance_address(data).with_suffix(".lock")  # read, not taken: that would
        wait_for("lock taken", lambda: lock.exists()  # keep the first from starting
                 and lock.read_text().strip() == str(first.pid), first)
        # (It listens only some 0.3 s later, once painted: the second start waits for it.)
        raised = supple(data)
        assert raised.returncode == 0, raised.stderr
        assert "brought to the front" in raised.stdout
    finally:
        first.kill()
        first.wait(30)


@pytest.mark.slow
def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(
        runtime: Path, tmp_path: Path,
        start_first: Callable[[Path], subprocess.Popen[bytes]]) -> None:
    data = data_dir(tmp_path, "data")
    crashed = start_first(data)
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(30)
    address = instance_address(data)
    assert address.exists() and not listening(data)  # what the crash left behind
    start_first(data)  # takes the free lock, removes the stale socket, listens
    handed = supple(data, "run", "handed-over")
    assert handed.returncode == 0, handed.stderr


@pytest.mark.slow
def test_two_data_folders_are_two_instances(
        runtime: Path, tmp_path: Path,
        start_first: Callable[[Path], subprocess.Popen[bytes]]) -> None:
    one, two = data_dir(tmp_path, "one"), data_dir(tmp_path, "two")
    first = start_first(one)
    second = start_first(two)  # listens on its own: it did not hand over to the first
    assert instance_address(one) != instance_address(two)
    assert first.poll() is None and second.poll() is None


def test_the_lock_is_held_once_and_freed_with_its_holder(runtime: Path,
                                                         tmp_path: Path) -> None:
    data = tmp_path / "data"
    mine = claim_instance(data)
    assert isinstance(mine, InstanceLock)
    other = claim_instance(data)  # a second open file description: flock says it is taken
    assert other == OtherInstance(instance_address(data), os.getpid())
    os.close(mine.fd)
    again = claim_instance(data)
    assert isinstance(again, InstanceLock)
    os.close(again.fd)


def test_a_lock_held_by_nobody_listening_is_reported_not_waited_on(
        runtime: Path, tmp_path: Path) -> None:
    from supple.qt.platform.single_instance import hand_over

    data = tmp_path / "data"
    mine = claim_instance(data)
    assert isinstance(mine, InstanceLock)
    try:
        other = claim_instance(data)
        assert isinstance(other, OtherInstance)
        answer = hand_over(other, Request(), connect_s=0.2)
        assert not answer.ok and "does not answer" in answer.message
    finally:
        os.close(mine.fd)


@pytest.mark.parametrize("request_", [
    Request(), Request(RoutineRef("calf", Path("/x/calf.yaml"), builtin=False)),
    Request(RoutineRef("calf", Path("/x/calf.yaml"), False, WeekRef(Path("/p/mine.yaml"), 1, 3)))])
def test_requests_and_answers_survive_the_wire(request_: Request) -> None:
    assert Request.from_line(request_.to_line().rstrip()) == request_
    answer = Answer(True, "started")
    assert Answer.from_line(answer.to_line().rstrip()) == answer


_RUN = b'{"supple": 1, "action": "run", "routine": {"id": "a", "path": "/a", "builtin": false'


@pytest.mark.parametrize("line", [b"{}", b'{"supple": 1, "action": "format disk"}',
                                  b'{"supple": 1, "action": "run", "routine": {"id": 1}}',
                                  b"not json", b"[]", _RUN + b', "week": 3}}',
                                  _RUN + b', "week": {"programme": "/p", "entry": -1, '
                                  b'"week": 1}}}',
                                  _RUN + b', "week": {"programme": "/p", "entry": 0, '
                                  b'"week": true}}}'])
def test_a_request_that_is_not_ours_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):
        Request.from_line(line)


def test_a_handed_over_due_routine_gets_its_week(qtbot: object, tmp_path: Path) -> None:
    """``supple run --due`` with the window open: the window reads the routine and the
    programme afresh and lays the week's changes over the routine before it starts it."""
    from PySide6.QtWidgets import QWidget

    from supple.core.routines.loader import LoadedRoutine
    from supple.core.routines.model import Exercise

    (tmp_path / "long.yaml").write_text(ROUTINE, encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(
        "supple: 1\nname: Mine\nweeks: 3\nroutines:\n  - {routine: other, when: every day}\n"
        "  - routine: long\n    when: every day\n    changes: {weeks 2-3: {hold: 45s}}\n",
        encoding="utf-8")
    started: list[LoadedRoutine] = []
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]

    def start(week: WeekRef | None) -> Answer:
        ref = RoutineRef("long", tmp_path / "long.yaml", False, week)
        return answer(Request(ref), window, lambda r: started.append(r) is None)

    assert start(WeekRef(tmp_path / "mine.yaml", 1, 2)).ok
    assert start(None).ok
    assert [[s.hold for s in r.routine.steps if isinstance(s, Exercise)] for r in started] == [
        [45.0], [600.0]]
    gone = start(WeekRef(tmp_path / "mine.yaml", 5, 2))
    assert not gone.ok and "Mine has changed since" in gone.message
    (tmp_path / "mine.yaml").write_text("supple: 1\nname: Mine\n", encoding="utf-8")
    broken = start(WeekRef(tmp_path / "mine.yaml", 1, 2))
    assert not broken.ok and "mine.yaml" in broken.message and len(started) == 2
