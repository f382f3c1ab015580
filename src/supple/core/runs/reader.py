"""Reading run files: which format a file is (from its content), and an import of several.

The kind comes from the bytes, not the name: a FIT file has ``.FIT`` in its header, a GPX or
TCX file is XML whose first element says which (``<gpx>``, ``<TrainingCenterDatabase>``).
Phones hand files over with names such as ``activity (3)`` or ``export.xml``, and a file
named ``.gpx`` that holds TCX is still read; the name only shapes the message when a file is
none of the three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from supple.core.problems import Problem
from supple.core.runs.duplicates import drop_duplicates
from supple.core.runs.fit import looks_like_fit, read_fit
from supple.core.runs.gpx import GpxHandler
from supple.core.runs.run import ParsedRun, RunFileError, file_error
from supple.core.runs.tcx import TcxHandler
from supple.core.runs.xml_events import Handler, parse_xml
from supple.core.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file
from supple.core.wording import tr

#: The largest file read. A 3½-hour marathon logged every second, written as the tests write
#: files, is 1.3 MB of GPX (more with heart-rate extensions), 3.6 MB of TCX and 0.2 MB of FIT,
#: read in 0.09, 0.28 and 0.57 s here; a 55-hour GPX of 20 MB in 2.2 s. 50 MB leaves room for
#: any run and its extensions, reads in seconds, and stops a wrong file (a video) at once.
MAX_RUN_FILE_BYTES = 50 * 1024 * 1024

_XML_STARTS = (b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # or a byte-order mark


def read_runs(path: Path) -> list[ParsedRun]:
    """Every run in the GPX, TCX or FIT file at ``path`` (at least one), or
    :class:`RunFileError` naming the file (and the line, for XML) and what is wrong. Nothing
    is returned from a file with anything wrong in it."""
    file = str(path)
    try:
        data = read_regular_file(path, MAX_RUN_FILE_BYTES)
    except (NotRegularFileError, FileTooLargeError) as exc:  # "is a named pipe, …"
        raise file_error(file, exc.reason) from None
    except OSError as exc:
        raise file_error(file, tr("cannot be read: {reason}").format(
            reason=exc.strerror or exc)) from None
    if looks_like_fit(data):
        return read_fit(data, file, path.name)
    if not data.strip():
        raise file_error(file, tr("is empty"))
    if not data.lstrip().startswith(_XML_STARTS):
        if path.suffix.lower() == ".fit":
            raise file_error(file, tr("is not a FIT file: it has no FIT header"))
        raise file_error(file, tr("is not a GPX, TCX or FIT file"))
    handlers: dict[str, Callable[[], Handler]] = {
        "gpx": lambda: GpxHandler(file, path.name),
        "TrainingCenterDatabase": lambda: TcxHandler(file, path.name)}
    return parse_xml(data, file, handlers, tr("a GPX or TCX file"))


@dataclass(frozen=True)
class RunImport:
    """What an import of several files found: ``runs``, the new ones, in the order of the
    files; ``duplicates``, the runs already known (or found twice among the files);
    ``problems``, one per file that gave nothing, each naming the file."""

    runs: tuple[ParsedRun, ...]
    duplicates: tuple[ParsedRun, ...]
    problems: tuple[Problem, ...]


def import_runs(paths: Iterable[Path], known_keys: Iterable[str] = ()) -> RunImport:
    """Read every file; a bad one is a problem and does not stop the others. ``known_keys``
    are the ``source_key``s of the runs already recorded."""
    found: list[ParsedRun] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            found.extend(read_runs(path))
        except RunFileError as exc:
            problems.append(exc.problem)
    new = drop_duplicates(found, known_keys)
    kept = {id(run) for run in new}
    return RunImport(runs=tuple(new), problems=tuple(problems),
                     duplicates=tuple(run for run in found if id(run) not in kept))
