"""One running Supple per user and data folder: a second start hands over to the first.

Two windows on one history let two routines run at once. So the first start holds a lock for
its data folder and, once its window is painted, listens on a ``QLocalServer``; a later
``supple`` finds the lock taken, connects, asks the first window to come to the front (with
``supple run X``: to start X) and exits. This is also how the desktop's quick actions and
``supple run --due`` reach a running app.

- The lock is an ``flock`` on a small file, held for the life of the process: the kernel
  drops it when the process dies, however it dies, so whether a first instance is alive is
  never guessed from a file left behind. The holder of the lock owns the address; a socket
  found there is one left by a crash, and is removed (``QLocalServer.removeServer``).
- Lock and socket live in ``$XDG_RUNTIME_DIR`` (the user's own, mode 0700) or else the
  temporary folder, named for the user's id and a hash of the data folder's absolute path:
  two data folders are two instances. The socket is the user's only (``UserAccessOption``).
- The second process needs no Qt at all: it speaks to the socket with Python's ``socket``
  module (one JSON line each way), so handing over costs what starting Python costs. The
  first imports QtNetwork only after its first paint, so listening costs its start-up
  nothing visible.
- Nothing here ever stops a start: when the lock cannot be taken for another reason (no
  ``flock``, an unwritable folder), Supple starts on its own, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

try:
    import fcntl
except ImportError:  # not on Windows: there, every start is its own instance
    fcntl = None  # type: ignore[assignment]

from supple.core.wording import tr  # not Qt's: the second start imports no Qt

if TYPE_CHECKING:
    import socket

    from PySide6.QtCore import QObject
    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QWidget

    from supple.core.routines.loader import LoadedRoutine
    from supple.core.routines.model import Routine

PROTOCOL = 1
MAX_LINE = 64 * 1024
CONNECT_S = 5.0  # how long a second start waits for the first to listen (it may be starting)
ANSWER_S = 15.0  # and for its answer (starting a routine builds the player)


class WeekRef(NamedTuple):
    """Where ``supple run --due`` found the routine: the week of a programme whose changes
    (sets, reps, hold…) are laid over it; the open window reads the programme afresh too."""

    programme: Path
    entry: int  # the index of the programme's entry that names the routine
    week: int


class RoutineRef(NamedTuple):
    """A routine to start, as the second process found it (the first reads it afresh)."""

    id: str
    path: Path
    builtin: bool
    week: WeekRef | None = None


class Request(NamedTuple):
    """What a second start asks: always to come to the front; ``run``: also to start it."""

    run: RoutineRef | None = None

    def to_line(self) -> bytes:
        data: dict[str, Any] = {"supple": PROTOCOL, "action": "raise"}
        if self.run is not None:
            data = {"supple": PROTOCOL, "action": "run", "routine": {
                "id": self.run.id, "path": str(self.run.path), "builtin": self.run.builtin}}
            if self.run.week is not None:
                week = self.run.week
                data["routine"]["week"] = {"programme": str(week.programme),
                                           "entry": week.entry, "week": week.week}
        return json.dumps(data).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Request:
        """Raises ValueError for anything but a request of this protocol."""
        data = json.loads(line)
        if not isinstance(data, dict) or data.get("supple") != PROTOCOL:
            raise ValueError(tr("not a request of this version of Supple"))
        if data.get("action") == "raise":
            return cls()
        routine = data.get("routine")
        if data.get("action") != "run" or not isinstance(routine, dict):
            raise ValueError(tr("unknown request"))
        rid, path, builtin = routine.get("id"), routine.get("path"), routine.get("builtin")
        if not (isinstance(rid, str) and isinstance(path, str) and isinstance(builtin, bool)):
            raise ValueError(tr("a routine needs an id, a path and whether it is built in"))
        return cls(RoutineRef(rid, Path(path), builtin, _week(routine.get("week"))))


def _week(data: object) -> WeekRef | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError(tr("a week is a programme, an entry and a week number"))
    programme, entry, week = data.get("programme"), data.get("entry"), data.get("week")
    if not (isinstance(programme, str) and type(entry) is int and type(week) is int
            and entry >= 0 and week >= 1):
        raise ValueError(tr("a week is a programme, an entry and a week number"))
    return WeekRef(Path(programme), entry, week)


class Answer(NamedTuple):
    ok: bool
    message: str

    def to_line(self) -> bytes:
        return json.dumps({"ok": self.ok, "message": self.message}).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Answer:
        data = json.loads(line)
        if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
            raise ValueError(tr("not an answer from Supple"))
        return cls(data["ok"], str(data.get("message", "")))


# --- where, and who is first ----------------------------------------------------------------

def _runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR`` when it is a folder of the user's own that only they can enter,
    else the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        with contextlib.suppress(OSError):
            info = os.stat(runtime)
            if (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
                    and not info.st_mode & 0o077):
                return Path(runtime)
    import tempfile

    return Path(tempfile.gettempdir())


def instance_address(data_dir: Path) -> Path:
    """The socket of the instance for ``data_dir``: one per user and data folder. (A name,
    not a secret: two checksums of the path, without loading hashlib's OpenSSL, which
    would add 4 MB to the start-up's peak memory.)"""
    name = os.fsencode(data_dir.absolute())
    digest = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"
    return _runtime_dir() / f"supple-{os.getuid()}-{digest}.sock"


class InstanceLock(NamedTuple):
    """This process is the one instance for its data folder while it holds this."""

    address: Path
    fd: int


class OtherInstance(NamedTuple):
    """Another process holds the lock: hand over to it at ``address``."""

    address: Path
    pid: int | None


def claim_instance(data_dir: Path) -> InstanceLock | OtherInstance | None:
    """Take the lock for ``data_dir``, or say who has it; None when it cannot be known
    (then this start goes on on its own). Never waits."""
    if fcntl is None:
        return None
    address = instance_address(data_dir)
    lock_path = address.with_suffix(".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NONBLOCK
                     | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            os.close(fd)  # not a lock of ours (another user's file in a shared /tmp?)
            return None
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        pid = _read_pid(fd)
        os.close(fd)
        return OtherInstance(address, pid)
    except OSError:
        os.close(fd)
        return None
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return InstanceLock(address, fd)


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


# --- the second start -------------------------------------------------------------------------

def hand_over(other: OtherInstance, request: Request, *, connect_s: float = CONNECT_S,
              answer_s: float = ANSWER_S) -> Answer:
    """Give ``request`` to the running instance; its answer, or one saying why not."""
    import socket

    who = (tr("Supple (process {pid})").format(pid=other.pid) if other.pid
           else "Supple")  # untranslated: the app's name
    deadline = time.monotonic() + connect_s
    while True:
        with contextlib.suppress(OSError):
            if os.stat(other.address).st_uid != os.getuid():
                return Answer(False, tr("{socket} belongs to another user; not used")
                              .format(socket=other.address))
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            conn.settimeout(max(0.05, deadline - time.monotonic()))
            conn.connect(str(other.address))
            break
        except (FileNotFoundError, ConnectionRefusedError):
            conn.close()
            if time.monotonic() >= deadline:  # the lock is held, but nobody listens
                return Answer(False, tr("{app} is already open for this data folder but "
                                        "does not answer; close it (or end that process) "
                                        "and try again").format(app=who))
            time.sleep(0.05)  # it holds the lock and listens once its window is painted
        except OSError as exc:
            conn.close()
            return Answer(False, tr("could not reach the open {app}: {why}")
                          .format(app=who, why=exc))
    with conn:
        try:
            conn.settimeout(answer_s)
            conn.sendall(request.to_line())
            return Answer.from_line(_read_line(conn))
        except (OSError, ValueError) as exc:
            why = str(exc) or tr("timed out")
            return Answer(False, tr("the open {app} did not answer ({why})")
                          .format(app=who, why=why))


def _read_line(conn: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            raise ValueError(tr("the connection closed"))
        data += chunk
        if len(data) > MAX_LINE:
            raise ValueError(tr("the answer is too long"))
    return data.split(b"\n", 1)[0]


# --- the first start --------------------------------------------------------------------------

class InstanceServer:
    """Listens at the lock's address and answers each request with ``on_request``. Made on
    the GUI thread after the first paint; requests are handled there, one line each."""

    def __init__(self, lock: InstanceLock, on_request: Callable[[Request], Answer],
                 parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        self._on_request = on_request
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._server = QLocalServer(parent)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # This process holds the lock, so nobody else listens here: a socket file found
        # is one a crashed instance left behind.
        QLocalServer.removeServer(str(lock.address))
        self.listening = self._server.listen(str(lock.address))
        if not self.listening:
            print(tr("supple: a second start cannot reach this window ({why})")
                  .format(why=self._server.errorString()), file=sys.stderr)
        self._server.newConnection.connect(self._accept)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            self._buffers[conn] = b""
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._drop(c))

    def _drop(self, conn: QLocalSocket) -> None:
        self._buffers.pop(conn, None)
        conn.deleteLater()

    def _read(self, conn: QLocalSocket) -> None:
        if conn not in self._buffers:
            return
        data = self._buffers[conn] + bytes(conn.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_LINE:
                conn.abort()
                self._drop(conn)
            else:
                self._buffers[conn] = data
            return
        del self._buffers[conn]
        try:
            answer = self._on_request(Request.from_line(data.split(b"\n", 1)[0]))
        except ValueError as exc:
            answer = Answer(False, tr("not understood: {why}").format(why=exc))
        except Exception as exc:  # a bug in handling must not take the server down
            # untranslated: a bug's name and message, for whoever reports it
            print(f"supple: a hand-over failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            answer = Answer(False, tr("the open window could not do it (see its error output)"))
        conn.write(answer.to_line())
        conn.flush()
        conn.disconnectFromServer()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` unminimised and ask the desktop to raise and focus it (a desktop that
    prevents focus stealing may only mark it as wanting attention)."""
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _with_week(routine: Routine, week: WeekRef) -> Routine | str:
    """``routine`` as ``week`` of its programme has it, or why not."""
    from supple.core.problems import RoutineError
    from supple.core.programmes.loader import load_path
    from supple.core.programmes.weeks import WeekChangeError, apply_week

    try:
        programme = load_path(week.programme)
    except RoutineError as exc:
        return "\n".join(str(p) for p in exc.problems)
    if week.entry >= len(programme.routines):
        return tr("{programme} has changed since: run `supple run --due` again").format(
            programme=programme.name)
    try:
        return apply_week(routine, programme.routines[week.entry].change_for(week.week))
    except WeekChangeError as exc:
        return tr("week {week} of {programme} does not fit {routine}: {why}").format(
            week=week.week, programme=programme.name, routine=routine.name, why=exc)


def answer(request: Request, window: QWidget,
           start: Callable[[LoadedRoutine], bool]) -> Answer:
    """Do what a later start asked: bring ``window`` to the front and, for ``supple run X``,
    read X afresh and ``start`` it (False: the window would not, a routine is under way)."""
    from supple.core.routines.loader import LoadedRoutine, load_file

    bring_to_front(window)
    if request.run is None:
        return Answer(True, tr("the open Supple window was brought to the front"))
    ref = request.run
    routine, problems = load_file(ref.path)
    if routine is None:
        return Answer(False, "\n".join(str(p) for p in problems))
    if ref.week is not None:
        weekly = _with_week(routine, ref.week)
        if isinstance(weekly, str):
            return Answer(False, weekly)
        routine = weekly
    if start(LoadedRoutine(ref.id, ref.path, routine, ref.builtin, routine.fingerprint())):
        return Answer(True, tr("{routine} started in the open Supple window").format(
            routine=routine.name))
    return Answer(False, tr("{routine} was not started: a routine is under way in the open "
                            "Supple window (finish or stop it first)").format(
                                routine=routine.name))
