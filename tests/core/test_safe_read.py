"""Only regular files are read, and only so much: a FIFO, a folder or a device in place of a
settings file, an import or the library's index never blocks or floods the app.

Every check of a FIFO runs in a child process with a bound (``blocking.run_code``): on code
that opens the FIFO and waits for a writer, the test fails instead of hanging the run.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from blocking import run_code
from supple.core.safe_read import (
    FileTooLargeError,
    NotRegularFileError,
    open_regular_file,
    read_regular_file,
    read_regular_file_and_stat,
    read_regular_head,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 100_000)
    assert read_regular_file(path, 100_000) == b"x" * 100_000


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * (256 * 1024 + 1))
    with pytest.raises(FileTooLargeError, match=r"257 KB; at most 256 KB"):
        read_regular_file(path, 256 * 1024)


@pytest.mark.parametrize("make", ["folder", "socket", "device"])
def test_anything_but_a_regular_file_is_refused_by_kind(tmp_path: Path, make: str) -> None:
    path = tmp_path / "thing"
    kind = {"folder": "a folder", "socket": "a socket", "device": "a device"}[make]
    if make == "folder":
        path.mkdir()
    elif make == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    else:
        path = Path("/dev/zero")  # would be read for ever
    with pytest.raises(NotRegularFileError, match=kind):
        read_regular_file(path, 1024)


def test_a_missing_file_is_the_usual_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "nothing.json", 1024)


FIFO_READ = """
import sys
from pathlib import Path
from supple.core.safe_read import NotRegularFileError, read_regular_file
try:
    read_regular_file(Path(sys.argv[1]), 1024)
except NotRegularFileError as exc:
    print("refused:", exc)
"""


def test_a_fifo_is_refused_at_once_without_a_writer(tmp_path: Path) -> None:
    done = run_code(FIFO_READ, str(fifo(tmp_path / "pipe")), what="reading a FIFO")
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout and "a named pipe" in done.stdout


SETTINGS = """
import sys
from pathlib import Path
from supple.core.settings import Settings, load_settings
settings, message = load_settings(Path(sys.argv[1]))
assert settings == Settings()
print(message)
"""


def test_a_settings_file_that_is_a_fifo_gives_defaults_and_a_message(tmp_path: Path) -> None:
    """``mkfifo settings.json`` used to hang the app before any window."""
    path = fifo(tmp_path / "settings.json")
    done = run_code(SETTINGS, str(path), what="loading settings from a FIFO")
    assert done.returncode == 0, done.stderr
    assert "a named pipe" in done.stdout and "defaults are in use" in done.stdout
    assert not path.exists()  # moved aside, so the next save writes a real file


IMPORT = """
import sys
from pathlib import Path
from supple.core.history.export import HistoryImportError, import_json
from supple.core.history.store import HistoryStore
store = HistoryStore(Path(sys.argv[2]))
try:
    import_json(store, Path(sys.argv[1]))
except HistoryImportError as exc:
    print("refused:", exc)
finally:
    store.close()
"""


def test_a_history_import_from_a_fifo_is_refused(tmp_path: Path) -> None:
    path = fifo(tmp_path / "export.json")
    done = run_code(IMPORT, str(path), str(tmp_path / "history.db"),
                    what="importing from a FIFO")
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout and "a named pipe" in done.stdout


INDEX = """
import sys
from pathlib import Path
from supple.core.library.catalog import scan_catalog
catalog = scan_catalog(None, [Path(sys.argv[1])], Path(sys.argv[2]))
print(len(catalog.cards))
"""


def test_a_library_index_that_is_a_fifo_is_rebuilt(tmp_path: Path) -> None:
    """The index is read before the first window too, from the user's cache folder."""
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "one.yaml").write_text(
        "supple: 1\nname: One\nsteps:\n  - {name: Calf raises, hold: 10s}\n")
    index = fifo(tmp_path / "library-index.json")
    done = run_code(INDEX, str(routines), str(index), what="reading the index from a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert json.loads(index.read_bytes())["files"]  # replaced by a real index


def test_a_routine_file_swapped_for_a_fifo_after_its_check_is_not_waited_on(
        tmp_path: Path) -> None:
    """The loader checked with stat() and then opened the name: a FIFO put in its place in
    between (simulated by a stat that still says "regular file") blocked the open."""
    path = fifo(tmp_path / "one.yaml")
    code = """
import os, stat, sys
from pathlib import Path
from supple.core.routines.loader import load_file
real_stat = Path.stat
def stale_stat(self, **kw):
    info = real_stat(self, **kw)
    return os.stat_result((stat.S_IFREG | 0o644, *tuple(info)[1:]))
Path.stat = stale_stat
routine, problems = load_file(Path(sys.argv[1]))
print(routine, [str(p) for p in problems])
"""
    done = run_code(code, str(path), what="loading a routine swapped for a FIFO")
    assert done.returncode == 0, done.stderr
    assert "None" in done.stdout and "named pipe" in done.stdout


OPEN_TO_WRITE = """
import os, sys
from pathlib import Path
from supple.core.safe_read import NotRegularFileError, open_regular_file
try:
    open_regular_file(Path(sys.argv[1]), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
except NotRegularFileError as exc:
    print("refused:", exc, "|", exc.kind)
"""


def test_a_fifo_opened_to_write_is_refused_at_once_without_a_reader(tmp_path: Path) -> None:
    """As a lock file is opened: a plain open of a FIFO to write waits for a reader."""
    done = run_code(OPEN_TO_WRITE, str(fifo(tmp_path / "pipe.lock")),
                    what="opening a FIFO to write")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "refused: pipe.lock is a named pipe, not a regular file | a named pipe")


def test_a_regular_file_opened_to_write_is_made_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    fd = open_regular_file(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.write(fd, b"x")
    os.close(fd)
    fd = open_regular_file(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.close(fd)
    assert path.read_bytes() == b"x"


def test_a_folder_opened_to_write_is_refused_by_kind(tmp_path: Path) -> None:
    with pytest.raises(NotRegularFileError, match="is a folder"):
        open_regular_file(tmp_path, os.O_WRONLY)


def test_the_head_of_a_file_is_read_with_its_size_and_never_of_a_fifo(tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    path.write_bytes(b"SQLite" + b"x" * 100_000)
    assert read_regular_head(path, 6) == (b"SQLite", 100_006)
    assert read_regular_head(tmp_path / "big.db", 200_000)[0] == path.read_bytes()
    with pytest.raises(NotRegularFileError, match="a named pipe"):
        read_regular_head(fifo(tmp_path / "pipe.db"), 100)


def test_a_file_and_its_stat_come_from_one_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"supple: 1\n")
    data, info = read_regular_file_and_stat(path, 1024)
    assert data == b"supple: 1\n" and info.st_size == 10
    assert info.st_mtime_ns == path.stat().st_mtime_ns


def test_the_reason_is_the_message_without_the_name_in_any_language(tmp_path: Path) -> None:
    """Callers that name the file their own way (a shared routine, a run file) take the
    reason, never the message with its name cut off: a translation may not start with it."""
    from supple.core import wording

    big = tmp_path / "big.gpx"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(FileTooLargeError) as refused:
        read_regular_file(big, 1024)
    assert str(refused.value) == "big.gpx is 2048 bytes; at most 1024 bytes is read"
    assert refused.value.reason == "is 2048 bytes; at most 1024 bytes is read"
    german = {"{file} is {kind}, not a regular file": "Keine gewöhnliche Datei: {file} ist {kind}",
              "is {kind}, not a regular file": "ist {kind}, keine gewöhnliche Datei",
              "a named pipe": "eine benannte Pipe"}
    previous = wording.install_translator(lambda source, _d, _n: german.get(source, ""), "de")
    try:
        with pytest.raises(NotRegularFileError) as refused_pipe:
            read_regular_file(fifo(tmp_path / "pipe.gpx"), 1024)
    finally:
        wording.install_translator(previous)
    assert str(refused_pipe.value) == "Keine gewöhnliche Datei: pipe.gpx ist eine benannte Pipe"
    assert refused_pipe.value.reason == "ist eine benannte Pipe, keine gewöhnliche Datei"
