"""Finding routine files: which files in a folder are routines, and the id each one has.

Both the catalog (what the library lists) and the loader (what the command line reads) list
folders the same way, so that listing lives here, below both.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from supple.core.problems import Problem, Severity
from supple.core.wording import tr

ROUTINE_SUFFIXES = (".yaml", ".yml")


def routine_id(path: Path) -> str:
    return path.stem


def routine_files(folder: Path, problems: list[Problem]) -> Iterator[tuple[Path, list[int]]]:
    """The routine files in ``folder`` by name, each with its stat stamp; a folder that
    cannot be listed adds a warning to ``problems``."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except FileNotFoundError:
        return
    except OSError as exc:
        problems.append(Problem(str(folder), tr("cannot list folder: {reason}").format(
            reason=exc.strerror or exc),
                                severity=Severity.WARNING))
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") or not name.lower().endswith(ROUTINE_SUFFIXES):
            continue
        try:
            st = entry.stat()
            stamp = [st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns]
        except OSError:
            stamp = []  # never matches: the loader reports why the file cannot be read
        yield Path(entry.path), stamp
