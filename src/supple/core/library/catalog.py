"""The routine catalog: what the library lists, kept in a small index beside the routine files.

The one collection of routines: the library window is painted from it and ``supple list``
prints it, so neither waits for every routine file to be parsed and validated. Each file's
summary (a :class:`RoutineCard`, or the problems found in it) is kept in a JSON index with the
file's size, modification time and inode. A file whose stat still matches is listed from the
index; any other file is read and validated again, and the index is rewritten. Only then are
the YAML reader and the routine model imported, so a start-up with nothing changed imports
neither.

A routine is always read afresh from its file when it is started or shown (:func:`load_card`),
so the index can only ever be out of date in what the library lists, never in what is run.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supple import __version__
from supple.core import wording
from supple.core.atomic_file import write_atomically
from supple.core.problems import Problem, Severity
from supple.core.resources import images_dir
from supple.core.routines.discovery import routine_files, routine_id
from supple.core.routines.durations import format_duration
from supple.core.safe_read import read_regular_file
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.routines.loader import LoadedRoutine
    from supple.core.session.timeline import Timeline

INDEX_VERSION = 3  # raise when what an index entry holds changes
MAX_INDEX_BYTES = 64 * 1024 * 1024  # only a regular file, and not more than this, is read
#: The modules whose code decides what a file's card and problems are: an index written by
#: other code than theirs (an upgrade, a fix, another pydantic) is not trusted. Named by their
#: dotted module names and found by the import system (not opened by file name), so they are
#: found wherever they live; one that cannot be found is an error, never a stamp of "-".
DECIDING_MODULES = (
    "supple.core.library.catalog", "supple.core.routines.discovery",
    "supple.core.routines.loader", "supple.core.routines.model",
    "supple.core.routines.yaml_source", "supple.core.routines.yaml_errors",
    "supple.core.routines.durations",
    "supple.core.routines.categories", "supple.core.routines.cue_choices",
    "supple.core.routines.picture_check", "supple.core.resources",
    "supple.core.session.timeline", "supple.core.session.cues", "supple.core.problems",
    "supple.core.wording", "supple.core.cadence", "supple.core.safe_read", "pydantic",
)


def _stamp(module: str) -> str:
    """The size and modification time of ``module``'s source file, found but not imported."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    if origin is None:
        raise LookupError(tr("the routine index depends on {module}, which cannot be "
                             "found").format(module=module))
    st = os.stat(origin)
    return f"{st.st_size}.{st.st_mtime_ns}"


def index_format() -> str:
    """What an index must have been written by to be trusted: this version of the app, these
    exact files of the code that reads routines (their sizes and times) and pydantic, and the
    language its problems and exercise lines were written in."""
    stamps = "/".join(_stamp(name) for name in DECIDING_MODULES)
    return f"{INDEX_VERSION}/{__version__}/{stamps}/{wording.language()}"


@dataclass(frozen=True)
class ExerciseLine:
    """One exercise as written (not per side or set): its name, amount and picture."""

    name: str
    detail: str  # e.g. "15 reps · 3 sets · each side"
    image: str | None


@dataclass(frozen=True)
class RoutineCard:
    """What the library shows of one routine file that loaded without errors."""

    id: str
    path: Path
    builtin: bool
    name: str
    category: str
    description: str
    source: str
    tags: tuple[str, ...]
    total_seconds: float
    exercise_count: int
    exercises: tuple[ExerciseLine, ...]

    @property
    def search_text(self) -> str:
        return " ".join([self.name, self.category, *self.tags,
                         *(line.name for line in self.exercises)])


@dataclass
class Catalog:
    """Every routine found, and every problem met on the way, in the library's order."""

    cards: list[RoutineCard]
    problems: list[Problem]

    def find(self, key: str) -> RoutineCard | None:
        """By id, or by name ignoring case (of routines sharing a name, the first listed:
        the command line asks for the id instead, see :meth:`named`)."""
        card = self.by_id(key)
        if card is not None:
            return card
        named = self.named(key)
        return named[0] if named else None

    def by_id(self, key: str) -> RoutineCard | None:
        return next((c for c in self.cards if c.id == key), None)

    def named(self, name: str) -> list[RoutineCard]:
        """Every routine called ``name``, ignoring case, in the library's order."""
        lowered = name.casefold()
        return [c for c in self.cards if c.name.casefold() == lowered]


# --- cards from routines ---------------------------------------------------------------------

def exercise_lines(timeline: Timeline) -> list[ExerciseLine]:
    """One line per exercise as written (not per side or set), in the order they come."""
    from supple.core.routines.model import Exercise
    from supple.core.session.timeline import SegmentKind

    seen: set[tuple[int, int]] = set()
    lines = []
    for seg in timeline.segments:
        if seg.kind is not SegmentKind.WORK or (id(seg.source), seg.round) in seen:
            continue
        seen.add((id(seg.source), seg.round))
        source = seg.source
        extras = [tr("%n rep(s)", None, seg.reps) if seg.reps
                  else format_duration(seg.duration)]
        if seg.sets > 1:
            extras.append(tr("%n set(s)", None, seg.sets))
        if isinstance(source, Exercise) and source.sides:
            extras.append(tr("each side") if len(source.sides) == 2
                          else tr("%n side(s)", None, len(source.sides)))
        if isinstance(source, Exercise) and isinstance(source.metronome, str):
            # no cadence is known here
            extras.append(tr("{change} of your cadence").format(change=source.metronome))
        elif seg.bpm:
            extras.append(tr("{bpm} bpm").format(bpm=seg.bpm))
        if seg.rounds > 1:
            extras.append(tr("round {round} of {rounds}").format(round=seg.round,
                                                               rounds=seg.rounds))
        lines.append(ExerciseLine(seg.name, " · ".join(extras),
                                  source.image if source is not None else None))
    return lines


def card_of(loaded: LoadedRoutine) -> RoutineCard:
    from supple.core.session.timeline import plan

    r = loaded.routine
    timeline = plan(r, with_cues=False)
    return RoutineCard(
        id=loaded.id, path=loaded.path, builtin=loaded.builtin, name=r.name,
        category=r.category, description=r.description or "", source=r.source or "",
        tags=tuple(r.tags), total_seconds=timeline.total,
        exercise_count=timeline.exercise_count, exercises=tuple(exercise_lines(timeline)))


def load_card(card: RoutineCard) -> tuple[LoadedRoutine | None, list[Problem]]:
    """The routine behind ``card``, read and validated from its file now."""
    from supple.core.routines.loader import LoadedRoutine, load_file

    routine, problems = load_file(card.path)
    if routine is None:
        return None, problems
    return LoadedRoutine(card.id, card.path, routine, card.builtin,
                         routine.fingerprint()), problems


# --- scanning with the index -----------------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    """What one file gave: its card (None when it has errors), its problems, and the
    pictures it names (whose files' stat is part of its stamp: a picture added, changed or
    removed later changes its warnings)."""

    card: RoutineCard | None
    problems: tuple[Problem, ...]
    pictures: tuple[str, ...] = ()


def scan_catalog(builtin_dir: Path | None, user_dirs: Iterable[Path] = (),
                 index_file: Path | None = None) -> Catalog:
    """Every routine in the built-in folder and the user's folders. Never raises.

    A user routine with the same id as a built-in one replaces it (that is how a user keeps an
    edited copy of a built-in routine). Two of the user's files with one id (``calf.yaml`` and
    ``calf.yml``) cannot both be listed: the first by file name is, always, and the other gets
    a warning; so do ids that differ only in letter case and routines that share a name
    (both are listed: see :func:`_clash_warnings`). With ``index_file``, files unchanged since
    the index was written are not read again; an unreadable or outdated index is simply
    rebuilt.
    """
    known = _read_index(index_file) if index_file is not None else {}
    fresh: dict[str, tuple[list[int], _Entry]] = {}
    found: dict[str, RoutineCard] = {}
    owners: dict[tuple[bool, str], Path] = {}  # (built in, id): the file that has the id
    problems: list[Problem] = []
    pictures_dir = str(images_dir())
    sources = [(builtin_dir, True)] if builtin_dir is not None else []
    sources += [(d, False) for d in user_dirs]
    for folder, builtin in sources:
        for path, stamp in routine_files(folder, problems):
            key = f"{int(builtin)}:{path}"
            cached = known.get(key)
            if cached is not None and stamp and cached[0] == stamp + _pictures_stamp(
                    path, cached[1], pictures_dir):
                entry, full = cached[1], cached[0]
            else:
                entry = _validate(path, builtin)
                full = stamp + _pictures_stamp(path, entry, pictures_dir) if stamp else stamp
            fresh[key] = (full, entry)
            problems.extend(entry.problems)
            owner = owners.setdefault((builtin, routine_id(path)), path)
            if owner != path:
                problems.append(_hidden_warning(path, owner))
            elif entry.card is not None:
                found[entry.card.id] = entry.card
    changed = fresh.keys() != known.keys() or any(
        known[key][0] != stamp for key, (stamp, _) in fresh.items())
    if index_file is not None and changed:
        _write_index(index_file, fresh)
    cards = sorted(found.values(), key=lambda c: (c.name.casefold(), c.id))
    problems.extend(_clash_warnings(owners, cards))
    return Catalog(cards, problems)


# --- two routines that the library or the command line cannot tell apart --------------------

def _hidden_warning(path: Path, owner: Path) -> Problem:
    return Problem(str(path), tr("has the same id, {id}, as {file}, which is the one listed; "
                                 "this file is not. Rename one of them to list both").format(
                       id=repr(routine_id(path)), file=owner.name),
                   severity=Severity.WARNING)


def _clash_warnings(owners: dict[tuple[bool, str], Path],
                    cards: list[RoutineCard]) -> list[Problem]:
    """Ids that differ only in letter case (one file on Windows and macOS, and a user's copy
    named so does not replace the built-in), and names more than one routine has (``supple
    show NAME`` then asks for the id)."""
    warnings: list[Problem] = []
    by_folded: dict[str, list[tuple[bool, str]]] = {}
    for builtin, rid in owners:
        by_folded.setdefault(rid.casefold(), []).append((builtin, rid))
    for same in by_folded.values():
        users = sorted(rid for builtin, rid in same if not builtin)
        builtins = [rid for builtin, rid in same if builtin]
        for rid in users:
            path = owners[(False, rid)]
            others = [r for r in users if r != rid and r < rid]
            if others:
                warnings.append(Problem(
                    str(path), tr("its id {id} differs from {file}'s only in letter case: on "
                                  "Windows and macOS they would be one file, and `supple show` "
                                  "needs the exact case. Rename one of them").format(
                        id=repr(rid), file=owners[(False, others[0])].name),
                    severity=Severity.WARNING))
            for other in builtins:
                if other != rid:
                    warnings.append(Problem(
                        str(path), tr("its id {id} differs from the built-in routine "
                                      "{builtin} only in letter case, so it does not replace "
                                      "it: both are listed. Name it {file} to replace the "
                                      "built-in one").format(
                            id=repr(rid), builtin=repr(other), file=f"{other}{path.suffix}"),
                        severity=Severity.WARNING))
    by_name: dict[str, list[RoutineCard]] = {}
    for card in cards:
        by_name.setdefault(card.name.casefold(), []).append(card)
    for same_name in by_name.values():
        same_name.sort(key=lambda c: not c.builtin)  # a warning names the user's file
        first = same_name[0]
        for card in same_name[1:]:
            warnings.append(Problem(
                str(card.path), tr("is named {name} like {other}: both are listed, and "
                                   "`supple show` or `supple run` by that name asks for the id "
                                   "({first_id} or {id})").format(
                    name=repr(card.name), other=_described(first), first_id=first.id,
                    id=card.id), severity=Severity.WARNING))
    return warnings


def _described(card: RoutineCard) -> str:
    if card.builtin:
        return tr("the built-in routine {id}").format(id=repr(card.id))
    return card.path.name


def _pictures_stamp(path: Path, entry: _Entry, pictures_dir: str) -> list[int]:
    """What the verdicts on the pictures ``entry`` names depend on: each place the player
    looks for one (beside the routine, then the built-in pictures), its modification time,
    size and inode, or -1 where there is no file. Only a stat each (through plain strings:
    this runs for every routine at every start-up), no picture read, no checker imported."""
    stamp: list[int] = []
    folder = os.path.dirname(path)
    for name in entry.pictures:
        for candidate in (os.path.join(folder, name), os.path.join(pictures_dir, name)):
            try:
                st = os.stat(candidate)
            except OSError:
                stamp.append(-1)
                continue
            stamp += [st.st_mtime_ns, st.st_size, st.st_ino]
    return stamp


def _validate(path: Path, builtin: bool) -> _Entry:
    from supple.core.routines.loader import LoadedRoutine, load_file
    from supple.core.routines.picture_check import picture_names, picture_warnings

    routine, problems = load_file(path)
    card = None
    pictures: tuple[str, ...] = ()
    if routine is not None:
        card = card_of(LoadedRoutine(routine_id(path), path, routine, builtin,
                                     routine.fingerprint()))
        pictures = tuple(dict.fromkeys(name for _, name in picture_names(routine)))
        problems = [*problems, *picture_warnings(routine, path, images_dir())]
    return _Entry(card, tuple(problems), pictures)


def _read_index(index_file: Path) -> dict[str, tuple[list[int], _Entry]]:
    try:
        data = json.loads(read_regular_file(index_file, MAX_INDEX_BYTES))
        if data.get("format") != index_format():
            return {}
        return {key: (list(stamp), _entry_from_json(entry))
                for key, (stamp, entry) in data["files"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return {}  # no index, or one we cannot trust: every file is read again


def _write_index(index_file: Path, files: dict[str, tuple[list[int], _Entry]]) -> None:
    data = {"format": index_format(),
            "files": {key: [stamp, _entry_to_json(entry)] for key, (stamp, entry) in
                      files.items()}}
    try:
        # ASCII with escapes: a file name that is not valid UTF-8 (kept by Python as lone
        # surrogates) is written as \udcXX and read back unchanged.
        text = json.dumps(data, ensure_ascii=True)
        index_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(index_file, text.encode("ascii"))
    except (OSError, ValueError):
        pass  # a cache: the next start-up reads the files again


def _entry_to_json(entry: _Entry) -> dict[str, Any]:
    card = entry.card
    data = None
    if card is not None:
        data = {"id": card.id, "path": str(card.path), "builtin": card.builtin,
                "name": card.name, "category": card.category,
                "description": card.description, "source": card.source, "tags": card.tags,
                "total_seconds": card.total_seconds, "exercise_count": card.exercise_count,
                "exercises": [{"name": e.name, "detail": e.detail, "image": e.image}
                              for e in card.exercises]}
    problems = [{**asdict(p), "severity": p.severity.value} for p in entry.problems]
    return {"card": data, "problems": problems, "pictures": list(entry.pictures)}


def _entry_from_json(data: dict[str, Any]) -> _Entry:
    card = None
    raw = data["card"]
    if raw is not None:
        card = RoutineCard(**{
            **raw, "path": Path(raw["path"]), "tags": tuple(raw["tags"]),
            "exercises": tuple(ExerciseLine(**line) for line in raw["exercises"])})
    problems = tuple(Problem(**{**p, "severity": Severity(p["severity"])})
                     for p in data["problems"])
    return _Entry(card, problems, tuple(str(name) for name in data["pictures"]))
