"""The built-in programmes load, fit the built-in routines every week, and say what their
evidence says (docs/evidence.md, "Programmes")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from supple.core.cadence import format_offset, parse_offset
from supple.core.programmes.loader import load_folders, load_path, load_text
from supple.core.programmes.model import Programme, parse_weeks, swaps_for
from supple.core.programmes.weeks import check
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.core.routines.loader import load_path as load_routine

EVIDENCE = Path(__file__).resolve().parents[3] / "docs" / "evidence.md"
PROGRAMMES = sorted(builtin_programmes_dir().glob("*.yaml"))
ROUTINE_IDS = {p.stem for p in builtin_routines_dir().glob("*.yaml")}
Figures = dict[tuple[str, str], str]


def tables(markdown: str) -> dict[str, list[list[str]]]:
    """Each programme's rows, by file name (from ``### Name (`programmes/x.yaml`)``)."""
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for line in markdown.splitlines():
        heading = re.match(r"^### .*\(`programmes/([\w-]+\.yaml)`\)\s*$", line)
        if heading:
            current = found.setdefault(heading.group(1), [])
            continue
        if line.startswith("#"):
            current = None
        if current is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] in ("Routine", "") or set(cells[0]) <= {"-"}:
            continue
        assert len(cells) == 4, f"a row needs routine, what, value and source: {line}"
        current.append(cells)
    return found


def normal(what: str, value: object) -> str:
    """A figure as the tables write it."""
    if what.endswith("metronome"):
        return format_offset(parse_offset(str(value)))
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, float):
        return f"{value:g} s"
    return str(value)


def figures(programme: Programme) -> Figures:
    out: Figures = {("(programme)", "weeks"): str(programme.weeks)}
    for entry in programme.routines:
        out[(entry.routine, "when")] = normal("when", entry.when)
        for key, change in entry.changes.items():
            first, last = parse_weeks(key)
            weeks = f"week {first}" if first == last else f"weeks {first}-{last}"
            given = change.model_dump(exclude_none=True, exclude={"note", "steps"})
            for what, value in given.items():
                out[(entry.routine, f"{weeks} {what}")] = normal(what, value)
            assert not change.steps, "per-step changes need rows of their own: add them here"
    for question in programme.questions:
        for answer in question.answers:
            for replacement in answer.routines.values():
                out[(f"(answer {answer.id})", "swaps in")] = replacement
    return out


TABLES = tables(EVIDENCE.read_text(encoding="utf-8"))


def test_there_are_the_four_built_in_programmes() -> None:
    assert [p.name for p in PROGRAMMES] == [
        "alfredson.yaml", "cadence-retraining.yaml", "heavy-slow-resistance.yaml",
        "running-companion.yaml"]


def test_every_built_in_loads_cleanly_with_the_built_in_routines() -> None:
    loaded, problems = load_folders(builtin_programmes_dir(), [], ROUTINE_IDS)
    assert problems == []
    assert len(loaded) == len(PROGRAMMES) and all(p.builtin for p in loaded)


@pytest.mark.parametrize("path", PROGRAMMES, ids=[p.stem for p in PROGRAMMES])
def test_every_week_fits_its_routine_whatever_the_answers(path: Path) -> None:
    programme = load_path(path, ROUTINE_IDS)
    answer_sets: list[dict[str, str]] = [{}]
    for question in programme.questions:
        answer_sets += [{question.id: a.id} for a in question.answers]
    for answers in answer_sets:
        swaps = swaps_for(programme, answers)
        for entry in programme.routines:
            routine = load_routine(builtin_routines_dir() /
                                   f"{swaps.get(entry.routine, entry.routine)}.yaml")
            for week in range(1, programme.weeks + 1):
                change = entry.change_for(week)
                if change is not None:
                    assert check(routine, change) == [], (answers, entry.routine, week)


@pytest.mark.parametrize("path", PROGRAMMES, ids=[p.stem for p in PROGRAMMES])
def test_the_programme_says_what_its_evidence_says(path: Path) -> None:
    rows = TABLES.get(path.name)
    assert rows, f"docs/evidence.md has no table for programmes/{path.name}"
    assert all(row[3] for row in rows), "a row without a source"
    documented = {(row[0], row[1]): row[2] for row in rows}
    assert len(documented) == len(rows), "two rows for one figure"
    assert figures(load_path(path)) == documented


def test_a_changed_figure_is_caught() -> None:
    path = builtin_programmes_dir() / "heavy-slow-resistance.yaml"
    text = path.read_text(encoding="utf-8").replace("reps: 8, rm: 8", "reps: 9, rm: 8")
    programme, problems = load_text(text, path.name)
    assert programme is not None, problems
    documented = {(r[0], r[1]): r[2] for r in TABLES[path.name]}
    differing = {k for k, v in figures(programme).items() if documented.get(k) != v}
    assert differing == {("heavy-slow-calf-raises-seated", "weeks 6-8 reps"),
                         ("heavy-slow-calf-raises-standing", "weeks 6-8 reps")}


def test_the_hsr_load_falls_from_15rm_to_6rm_over_the_12_weeks() -> None:
    programme = load_path(builtin_programmes_dir() / "heavy-slow-resistance.yaml")
    seated = programme.routines[0]
    by_week = [(w, c.rm, c.sets) for w in range(1, 13) if (c := seated.change_for(w))]
    assert [rm for _, rm, _ in by_week] == [15, 12, 12, 10, 10, 8, 8, 8, 6, 6, 6, 6]
    assert [sets for _, _, sets in by_week] == [3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4]


def test_the_cadence_programme_stays_within_what_was_studied() -> None:
    programme = load_path(builtin_programmes_dir() / "cadence-retraining.yaml")
    beats = [c.metronome for w in range(1, programme.weeks + 1)
             if (c := programme.routines[0].change_for(w))]
    assert beats and all(isinstance(b, str) and 5 <= parse_offset(b) <= 10 for b in beats)
    assert beats[0] == "+5%" and beats[-1] == "+10%"
