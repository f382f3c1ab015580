"""Routine files as text the user owns: read, save safely, name and start new ones.

Routines are hand-written YAML with comments and a layout of their own, so the app never
re-serialises them: it edits the text. Saving refuses to overwrite a file that changed on disk
since it was opened (a text editor or a sync tool got there first), writes atomically so a full
disk or a power cut never leaves half a file, and keeps one backup. Nothing here raises
``OSError`` at the caller: failures come back as values the editor can show, and the caller
always still holds the text. Unsaved text lives in :mod:`supple.core.routines.drafts`, edits of
the text in :mod:`supple.core.routines.text_edits`.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from supple.core.atomic_file import write_atomically
from supple.core.routines.discovery import ROUTINE_SUFFIXES
from supple.core.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file_and_stat
from supple.core.wording import tr

BACKUP_SUFFIX = "~"
_NEW_FILE_MODE = 0o644
#: What the editor reads at most: far above what the library loads (256 KB), so an oversized
#: routine can still be opened to be cut down, yet never a file without end.
MAX_EDIT_BYTES = 16 * 1024 * 1024


class RoutineFileError(Exception):
    """A routine file that cannot be opened for editing; the message is for the user."""


# --- snapshots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileSnapshot:
    """What a file held when it was read or written.

    The hash decides whether the file changed: a hand edit can keep the size, and land within
    the file system's mtime granularity, so mtime and size only serve as a cheap first look.
    """

    sha256: str
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, data: bytes, info: os.stat_result) -> FileSnapshot:
        return cls(hashlib.sha256(data).hexdigest(), info.st_mtime_ns, len(data))

    def same_content(self, other: FileSnapshot | None) -> bool:
        return other is not None and other.sha256 == self.sha256


def _read_bytes(path: Path) -> tuple[bytes, FileSnapshot]:
    """Only a regular file: a named pipe put in a routine's place is not waited on."""
    try:
        data, info = read_regular_file_and_stat(path, MAX_EDIT_BYTES)
    except (NotRegularFileError, FileTooLargeError) as exc:
        raise RoutineFileError(str(exc)) from None
    return data, FileSnapshot.of(data, info)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RoutineFileError(
            tr("{file} is not UTF-8 text (byte {position}); open it in a text editor and save "
               "it as UTF-8 first").format(file=name, position=exc.start + 1)
        ) from None


def read_routine_file(path: Path) -> tuple[str, FileSnapshot]:
    """The file's text, exactly as stored (newlines and a byte-order mark included), and its
    snapshot. Raises :class:`RoutineFileError` with a message for the user."""
    try:
        data, snapshot = _read_bytes(path)
    except OSError as exc:
        raise RoutineFileError(tr("cannot read {file}: {reason}").format(
            file=path.name, reason=_reason(exc))) from None
    return _decode(data, path.name), snapshot


def disk_snapshot(path: Path) -> FileSnapshot | None:
    """The file's snapshot now; None when it does not exist or cannot be read."""
    try:
        return _read_bytes(path)[1]
    except (OSError, RoutineFileError):
        return None


# --- saving -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    snapshot: FileSnapshot
    backup: Path | None  # the previous version, when there was one


@dataclass(frozen=True)
class Conflict:
    """The file changed on disk since it was opened; nothing was written.

    ``disk_text`` is None when the file was deleted. Saving again with ``expected=snapshot``
    overwrites exactly the version seen here, and no later one.
    """

    disk_text: str | None
    snapshot: FileSnapshot | None


@dataclass(frozen=True)
class SaveFailed:
    """Nothing was changed on disk; ``message`` says why, in words for the user."""

    message: str
    errno: int | None = None


SaveResult = Saved | Conflict | SaveFailed


def _reason(exc: OSError) -> str:
    code = exc.errno or 0
    if code == errno.ENOSPC:
        return tr("the disk is full")
    if code == errno.EDQUOT:
        return tr("the disk quota is used up")
    if code == errno.EROFS:
        return tr("the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return tr("permission denied")
    if code == errno.ENOENT:
        return tr("the folder does not exist")
    if code == errno.EISDIR:
        return tr("it is a folder")
    return exc.strerror or str(exc)


def save_routine_text(path: Path, text: str, expected: FileSnapshot | None) -> SaveResult:
    """Write ``text`` to ``path`` unless the file changed since ``expected`` was taken.

    ``expected`` None means "the file did not exist": an existing file is then a conflict.
    The write is atomic (a temporary file in the same folder, fsync, rename) and the previous
    version is kept as ``<name>~``. A symlink is followed, so the link itself survives.
    """
    target = Path(os.path.realpath(path))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return SaveFailed(tr("the text holds a character that cannot be saved ({reason})")
                          .format(reason=exc.reason))
    try:
        current: bytes | None
        current, now = _read_bytes(target)
    except FileNotFoundError:
        current, now = None, None
    except (OSError, RoutineFileError) as exc:
        reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
        return SaveFailed(tr("cannot check {file} before saving: {reason}").format(
            file=path.name, reason=reason))
    unchanged = now is None if expected is None else expected.same_content(now)
    if not unchanged:
        disk_text = None if current is None else current.decode("utf-8", errors="replace")
        return Conflict(disk_text, now)
    try:
        if current is None:
            target.parent.mkdir(parents=True, exist_ok=True)  # the user's first routine
        mode = stat.S_IMODE(target.stat().st_mode) if current is not None else _NEW_FILE_MODE
        backup = None
        if current is not None:
            backup = target.with_name(target.name + BACKUP_SUFFIX)
            write_atomically(backup, current, mode)
        write_atomically(target, data, mode)
        snapshot = FileSnapshot.of(data, target.stat())
    except OSError as exc:
        return SaveFailed(tr("could not save {file}: {reason}").format(
            file=path.name, reason=_reason(exc)), exc.errno)
    return Saved(snapshot, backup)


def newline_of(text: str) -> str:
    """The file's line ending, so an editor that works in ``\\n`` can write the same back."""
    return "\r\n" if "\r\n" in text else "\n"


def with_newline(text: str, newline: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", newline)


# --- new files and copies ---------------------------------------------------------------------


def slug(name: str) -> str:
    """``My Calf Routine!`` → ``my-calf-routine``; accents folded, never empty."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return words[:60].rstrip("-") or "routine"


def _taken_ids(folder: Path) -> set[str]:
    try:
        return {
            p.stem.casefold() for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES
        }
    except OSError:
        return set()


def new_routine_path(folder: Path, name: str, reserved: Iterable[str] = ()) -> Path:
    """A ``.yaml`` path in ``folder`` whose id is not used yet: ``my-calf-routine.yaml``,
    then ``-2``, ``-3``…

    ``reserved`` are further ids to avoid, such as the built-in routines' (a user file with a
    built-in's id would replace it in the library).
    """
    taken = _taken_ids(folder) | {r.casefold() for r in reserved}
    base = slug(name)
    candidate, n = base, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{base}-{n}"
    return folder / f"{candidate}.yaml"


# untranslated: a routine file's YAML (keys and layout a test loads); see starter_text
TEMPLATE = """\
# A routine of your own. Lines starting with # are notes for you; Supple ignores them.
# Every key is described in the routine format reference (docs/routine-format.md).
supple: 1
name: My routine
category: my routines
description: >-
  What this routine is for, in a sentence or two.

defaults:
  lead_in: 5s      # "get ready" before each exercise (0 turns it off)
  rest: 15s        # between sets, and between the rounds of a circuit
  switch: 5s       # time to change sides

steps:
  # A timed hold on each side.
  - name: Wall calf stretch
    hold: 30s
    sides: both
    image: wall-calf-stretch.svg
    instructions: >-
      Hands on the wall, back leg straight, heel down. Lean in until the calf pulls gently.

  # Counted reps with a tempo: 1 s up, 2 s down, three sets.
  - name: Calf raises
    reps: 12
    tempo: {up: 1s, down: 2s}
    sets: 3
    image: calf-raise.svg
"""


def starter_text(name: str) -> str:
    """:data:`TEMPLATE` with the routine's name filled in (quoted so any name stays text)."""
    quoted = json.dumps(name.strip() or tr("My routine"), ensure_ascii=False)
    return TEMPLATE.replace("name: My routine", f"name: {quoted}", 1)  # untranslated: its text


def customized_copy(builtin_text: str) -> str:
    """A built-in routine's text as the start of the user's own copy: its header's note about
    copying the file (which no longer applies) becomes a note that this is the user's copy."""
    lines = builtin_text.splitlines(keepends=True)
    kept: list[str] = []
    in_note = False
    for line in lines:
        if line.startswith("# Built into Supple."):  # untranslated: the built-ins' text
            in_note = True
            note = tr(
                "# Your own copy of a built-in routine: it replaces the built-in one in\n"
                "# the library. Delete this file to go back to the built-in version.\n",
                "YAML comment lines: keep the # that starts each line, and the line ends")
            # Comments whatever the translation: a line without its "#" would break the file.
            kept.extend(f"{text if text.startswith('#') else '# ' + text}\n"
                        for text in note.splitlines())
            continue
        if in_note and line.startswith("#"):
            continue
        in_note = False
        kept.append(line)
    return "".join(kept)
