"""The built-in routines against docs/evidence.md: no figure drifts from its source silently.

docs/evidence.md keeps, per built-in routine, a table with one row per figure (step, what,
value, source). Each routine is read through the loader and every hold, rep count, set count,
tempo phase, rest, round count and metronome (a cadence offset or a beat) it has must be in its
table with exactly that value, and the table may name nothing the routine does not have.
Figures written in a routine's text must appear there word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from supple.core.cadence import DEFAULT_CADENCE, format_offset, parse_offset
from supple.core.resources import builtin_routines_dir
from supple.core.routines.durations import parse_duration
from supple.core.routines.loader import load_path, load_text
from supple.core.routines.model import Block, Defaults, Exercise, RestStep, Routine

EVIDENCE = Path(__file__).resolve().parents[3] / "docs" / "evidence.md"
TEXT = "(text)"
Value = float | int | str
Figures = dict[tuple[str, str], Value]


@dataclass(frozen=True)
class Row:
    step: str
    what: str
    value: str
    source: str


def tables(markdown: str) -> dict[str, list[Row]]:
    """The rows of each routine's table, by routine file name (from ``## Name (`file`)``)."""
    found: dict[str, list[Row]] = {}
    current: list[Row] | None = None
    for line in markdown.splitlines():
        heading = re.match(r"^## .*\(`([\w-]+\.yaml)`\)\s*$", line)
        if heading:
            current = found.setdefault(heading.group(1), [])
            continue
        if line.startswith("## "):
            current = None
        if current is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] in ("Step", "") or set(cells[0]) <= {"-"}:
            continue  # the header row and the separator
        assert len(cells) == 4, f"a row needs step, what, value and source: {line}"
        current.append(Row(*cells))
    return found


def figures(routine: Routine) -> Figures:
    """Every figure the routine uses, by (step name, what), defaults worked in. A name used by
    several steps (the easy jogs between intervals) must have the same figures in each."""
    out: Figures = {}

    def put(step: str, what: str, value: Value) -> None:
        key = (step, what)
        assert out.get(key, value) == value, (
            f"{step!r} has two different {what} values: give the steps different names")
        out[key] = value

    def walk(steps: list[Exercise | RestStep | Block], d: Defaults) -> None:
        for step in steps:
            if isinstance(step, Block):
                name = step.name or "(block)"
                if step.rounds > 1:
                    put(name, "rounds", step.rounds)
                    put(name, "rest", step.rest if step.rest is not None else d.rest)
                walk(step.steps, d)
            elif isinstance(step, RestStep):
                put(step.name, "rest", step.rest)
            else:
                if step.hold is not None:
                    put(step.name, "hold", step.hold)
                if step.reps is not None:
                    put(step.name, "reps", step.reps)
                    for phase, seconds in step.phases:
                        put(step.name, f"tempo {phase}" if phase else "tempo", seconds)
                if step.sets > 1:
                    put(step.name, "sets", step.sets)
                    put(step.name, "rest", step.rest if step.rest is not None else d.rest)
                if step.metronome is not None:
                    put(step.name, "metronome", step.metronome)

    walk(routine.steps, routine.defaults)
    return out


def value_of(row: Row) -> Value:
    """A table's value in the routine's own terms: seconds, a count, an offset or a beat."""
    if row.what in ("reps", "sets", "rounds"):
        return int(row.value)
    if row.what == "metronome":
        if row.value.endswith("%"):
            return format_offset(parse_offset(row.value))
        return int(row.value.removesuffix("bpm").strip())
    return parse_duration(row.value)


def text_of(routine: Routine) -> str:
    parts = [routine.description or ""]

    def walk(steps: list[Exercise | RestStep | Block]) -> None:
        for step in steps:
            if isinstance(step, Block):
                walk(step.steps)
            else:
                parts.extend([step.instructions or "", *step.tips])

    walk(routine.steps)
    return "\n".join(parts)


def disagreements(routine: Routine, rows: list[Row]) -> list[str]:
    """What differs between ``routine`` and its evidence table, one line each; [] if nothing."""
    problems = []
    documented: Figures = {}
    for row in rows:
        if not row.source:
            problems.append(f"{row.step} · {row.what}: no source given")
        if row.step == TEXT:
            if row.value not in text_of(routine):
                problems.append(f"text figure {row.value!r} ({row.what}) is not in the "
                                f"routine's text")
            continue
        key = (row.step, row.what)
        if key in documented:
            problems.append(f"{row.step} · {row.what}: two rows")
        documented[key] = value_of(row)
    used = figures(routine)
    for key in sorted(used.keys() - documented.keys()):
        problems.append(f"{key[0]} · {key[1]} = {used[key]!r} is used but has no row")
    for key in sorted(documented.keys() - used.keys()):
        problems.append(f"{key[0]} · {key[1]} has a row but the routine has no such figure")
    for key in sorted(used.keys() & documented.keys()):
        if used[key] != documented[key]:
            problems.append(f"{key[0]} · {key[1]}: the routine has {used[key]!r}, the "
                            f"evidence {documented[key]!r}")
    return problems


BUILTINS = sorted(builtin_routines_dir().glob("*.yaml"))
TABLES = tables(EVIDENCE.read_text(encoding="utf-8"))


def test_every_built_in_routine_has_a_table_and_every_table_a_routine() -> None:
    assert sorted(TABLES) == [p.name for p in BUILTINS]
    assert all(TABLES.values()), "an empty table"


@pytest.mark.parametrize("path", BUILTINS, ids=[p.stem for p in BUILTINS])
def test_the_routine_says_what_its_evidence_says(path: Path) -> None:
    assert disagreements(load_path(path), TABLES[path.name]) == []


def test_a_changed_figure_is_caught() -> None:
    """The check is not empty: changing one figure in a built-in routine fails it."""
    path = builtin_routines_dir() / "alfredson-heel-drops.yaml"
    text = path.read_text(encoding="utf-8")
    rows = TABLES[path.name]
    for before, after, expected in [
        ("reps: 15", "reps: 12", "Heel drops, straight knee · reps: the routine has 12"),
        ("down: 3s", "down: 2s", "tempo down: the routine has 2.0"),
        ("rest: 60s", "rest: 90s", "rest: the routine has 90.0"),
        ("    sets: 3\n", "", "Heel drops, straight knee · sets has a row but"),
        ("7 days a week", "5 days a week", "'7 days a week' (days) is not in the routine"),
    ]:
        changed, problems = load_text(text.replace(before, after), path.name)
        assert changed is not None, problems
        assert any(expected in line for line in disagreements(changed, rows)), (before, after)


def test_a_changed_cadence_offset_is_caught() -> None:
    path = builtin_routines_dir() / "cadence-drill.yaml"
    changed, _ = load_text(path.read_text(encoding="utf-8").replace("+10%", "+12%"), path.name)
    assert changed is not None
    assert "Cadence +10 % · metronome: the routine has '+12%', the evidence '+10%'" in \
        disagreements(changed, TABLES[path.name])


def test_the_cadence_drills_offsets_stay_within_what_was_studied() -> None:
    """Heiderscheit 2011 raised each runner's own step rate by 5 % and 10 %: the drill's beats
    are relative, never fixed, and stay within that range."""
    drill = load_path(builtin_routines_dir() / "cadence-drill.yaml")
    beats = [v for (_, what), v in figures(drill).items() if what == "metronome"]
    assert beats and all(isinstance(b, str) and 5 <= parse_offset(b) <= 10 for b in beats)


def test_the_drill_names_the_default_cadence_the_app_uses() -> None:
    drill = load_path(builtin_routines_dir() / "cadence-drill.yaml")
    assert f"{DEFAULT_CADENCE} steps a minute" in (drill.description or "")
