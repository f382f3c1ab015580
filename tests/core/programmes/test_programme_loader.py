"""The programme loader on valid files, on each kind of mistake, and on hostile input.

Each mistake is checked as the user sees it: ``FILE:LINE:COLUMN: field.path: message``.
"""

from __future__ import annotations

import json
import os
import textwrap
from datetime import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supple.core.problems import Problem
from supple.core.programmes.loader import (
    ProgrammeError,
    load_bytes,
    load_file,
    load_folders,
    load_path,
    load_text,
)
from supple.core.programmes.model import Programme, json_schema, parse_time, parse_weeks

F = "p.yaml"
KNOWN = {"alfredson-heel-drops", "insertional-heel-drops", "foam-rolling"}
HEAD = "supple: 1\nname: Test\nweeks: 4\nroutines:\n"


def ok(text: str) -> Programme:
    programme, problems = load_text(textwrap.dedent(text), F, KNOWN)
    assert problems == []
    assert programme is not None
    return programme


def bad(text: str | bytes, known: set[str] | None = KNOWN) -> list[str]:
    if isinstance(text, bytes):
        programme, problems = load_bytes(text, F, known)
    else:
        programme, problems = load_text(textwrap.dedent(text), F, known)
    assert programme is None
    assert problems, "an invalid file must give at least one problem"
    assert all(p.file == F for p in problems)
    return [str(p) for p in problems]


def only(text: str | bytes, known: set[str] | None = KNOWN) -> str:
    problems = bad(text, known)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_small_programme() -> None:
    p = ok(HEAD + "  - {routine: foam-rolling, when: every day}\n")
    assert p.weeks == 4 and p.routines[0].slot_names == ("day",)
    assert p.slot_time("day") == time(12, 0)
    assert p.routines[0].change_for(1) is None


def test_every_key() -> None:
    p = ok("""\
        supple: 1
        name: Everything
        description: All of it.
        source: Alfredson 1998
        weeks: 12
        slots: {morning: "06:45", evening: 19:00, before run: "17:15"}
        phases: {weeks 1-2: Start, week 3: Middle, 4-12: End}
        questions:
          - id: where
            ask: Where does it hurt?
            default: insertion
            answers:
              - {id: mid-portion, label: Above the heel}
              - id: insertion
                label: At the heel
                routines: {alfredson-heel-drops: insertional-heel-drops}
        routines:
          - routine: alfredson-heel-drops
            when: twice a day
            weeks: 1-10
            changes:
              weeks 1-2: {sets: 3, reps: 15, tempo: {up: 1s, down: 3s}, rest: 1m}
              week 3:
                load: +5 kg in a backpack
                note: Add load when pain-free.
                steps:
                  Heel drops, bent knee: {reps: 12, rm: 12}
          - routine: foam-rolling
            when: [mon, thu]
            slots: before run
            changes:
              Weeks 5 – 6: {hold: 45s}
        """)
    assert p.slot_time("morning") == time(6, 45)
    assert p.slot_time("evening") == time(19, 0)  # YAML 1.1 read 19:00 as 1140
    assert p.phase(1) == "Start" and p.phase(3) == "Middle" and p.phase(12) == "End"
    drops, rolling = p.routines
    assert drops.slot_names == ("morning", "evening") and drops.active_weeks == (1, 10)
    change = drops.change_for(2)
    assert change is not None and change.changes() == {
        "sets": 3, "reps": 15, "tempo": {"up": 1.0, "down": 3.0}, "rest": 60.0}
    third = drops.change_for(3)
    assert third is not None and third.load == "+5 kg in a backpack"
    assert third.steps["Heel drops, bent knee"].rm == 12
    assert drops.change_for(4) is None
    assert rolling.when == ["mon", "thu"] and rolling.slot_names == ("before run",)
    assert rolling.change_for(6) is not None
    assert p.questions[0].default_answer.id == "insertion"
    assert p.routine_ids() == ("insertional-heel-drops", "foam-rolling")
    assert p.routine_ids({"where": "mid-portion"}) == ("alfredson-heel-drops", "foam-rolling")


def test_week_ranges_and_times_parse_as_people_write_them() -> None:
    assert parse_weeks("week 3") == (3, 3)
    assert parse_weeks("weeks 1-2") == (1, 2)
    assert parse_weeks(" 9 – 12 ") == (9, 12)
    for wrong in ("weeks", "1-", "week one", "0", "3-1"):
        with pytest.raises(ValueError):
            parse_weeks(wrong)
    assert parse_time("7:30") == time(7, 30)
    assert parse_time(1140) == time(19, 0)
    for wrong in ("25:00", "7.30", "7:30 pm", 19, 1900, True, None):
        with pytest.raises(ValueError):
            parse_time(wrong)


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + "  - {routine: foam-rolling, when: every week}\n",
     "p.yaml:5:35: routines[0].when: 'every week' is not allowed (did you mean 'every day'?) "
     "(one of 'every day', 'twice a day', 'run days' or 'day after a run')"),
    (HEAD + "  - {routine: foam-rolling, when: [mon, funday]}\n",
     "p.yaml:5:41: routines[0].when[1]: 'funday' is not allowed"),
    (HEAD + "  - {routine: foam-rolling, when: [mon, mon]}\n",
     "p.yaml:5:5: routines[0]: a weekday is given twice"),
    (HEAD + "  - {routine: foam-rolling, when: every day, slot: day}\n",
     "p.yaml:5:46: routines[0].slot: unknown key 'slot' (did you mean 'slots'?) "
     "(one of: changes, routine, slots, weeks, when)"),
    (HEAD + "  - {routine: foam-rolling}\n",
     "p.yaml:5:5: routines[0].when: missing required key 'when'"),
    (HEAD + "  - {routine: foam-rolling, when: twice a day, slots: [morning]}\n",
     "p.yaml:5:5: routines[0]: twice a day needs two slots"),
    (HEAD + "  - {routine: foam-rolling, when: every day, slots: Morning}\n",
     "p.yaml:5:53: routines[0].slots[0]: must be lower-case words"),
    (HEAD + "  - {routine: foam-rolling, when: every day, slots: lunch}\n",
     "p.yaml:5:46: routines[0].slots: slot 'lunch' has no time"),
    (HEAD + "  - {routine: foam-rollin, when: every day}\n",
     "p.yaml:5:15: routines[0].routine: no routine 'foam-rollin' (did you mean 'foam-rolling'?)"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {weeks 3-5: {sets: 2}}\n",
     "p.yaml:7:15: routines[0].changes.weeks 3-5: week 5 is past the programme's end"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n"
     "    changes: {weeks 1-2: {sets: 2}, week 2: {sets: 3}}\n",
     "p.yaml:7:37: routines[0].changes.week 2: 'week 2' overlaps 'weeks 1-2'"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {weeks x: {sets: 2}}\n",
     "p.yaml:7:15: routines[0].changes.weeks x: 'weeks x' is not a week or a range"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {week 1: {sets: 0}}\n",
     "p.yaml:7:30: routines[0].changes.week 1.sets: must be at least 1 (got 0)"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {week 1: {hold: -3s}}\n",
     "p.yaml:7:30: routines[0].changes.week 1.hold: '-3s' is not a duration"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {week 1: {reps: 1.5}}\n",
     "p.yaml:7:30: routines[0].changes.week 1.reps: expected a whole number (got float 1.5)"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n"
     "    changes: {week 1: {metronome: 5%}}\n",
     "p.yaml:7:35: routines[0].changes.week 1.metronome: a change to your cadence needs a sign"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {week 1: {set: 2}}\n",
     "p.yaml:7:24: routines[0].changes.week 1.set: unknown key 'set' (did you mean 'sets'?)"),
    (HEAD.replace("weeks: 4", "weeks: 200") + "  - {routine: foam-rolling, when: every day}\n",
     "p.yaml:3:8: weeks: must be at most 104"),
    (HEAD.replace("weeks: 4\n", "") + "  - {routine: foam-rolling, when: every day}\n",
     "p.yaml:1:1: weeks: missing required key 'weeks'"),
    (HEAD.replace("supple: 1", "supple: 2") + "  - {routine: foam-rolling, when: every day}\n",
     "p.yaml:1:9: supple: this file is written for format 2, and this Supple reads format 1"),
    ("supple: 1\nname: Test\nweeks: 4\nslots: {evening: 7pm}\nroutines:\n"
     "  - {routine: foam-rolling, when: every day}\n",
     "p.yaml:4:18: slots.evening: expected a 24-hour time such as 07:30 or 19:00, got '7pm'"),
    ("supple: 1\nname: Test\nweeks: 4\nphases: {weeks 1-8: Long}\nroutines:\n"
     "  - {routine: foam-rolling, when: every day}\n",
     "p.yaml:4:10: phases.weeks 1-8: week 8 is past the programme's end"),
])
def test_mistakes_are_placed_and_said_plainly(text: str, expected: str) -> None:
    assert only(text).startswith(expected)


QUESTION = """\
supple: 1
name: Test
weeks: 4
questions:
  - id: where
    ask: Where?
    default: {default}
    answers:
      - {{id: a, label: A}}
      - {{id: {second}, label: B, routines: {{{original}: {replacement}}}}}
routines:
  - {{routine: alfredson-heel-drops, when: every day}}
"""


@pytest.mark.parametrize(("fill", "expected"), [
    ({"default": "c"}, "p.yaml:7:5: questions[0].default: 'c' is not one of the answers (a, b)"),
    ({"second": "a"}, "p.yaml:8:5: questions[0].answers: two answers have the same id"),
    ({"original": "foam-rolling"},
     "p.yaml:10:38: questions[0].answers[1].routines.foam-rolling: 'foam-rolling' is not one of"),
    ({"replacement": "insertional-drops"},
     "p.yaml:10:60: questions[0].answers[1].routines.alfredson-heel-drops: no routine "
     "'insertional-drops' (did you mean 'insertional-heel-drops'?)"),
    ({"second": "B C"}, "p.yaml:10:14: questions[0].answers[1].id: must be lower-case letters"),
])
def test_question_mistakes(fill: dict[str, str], expected: str) -> None:
    values = {"default": "a", "second": "b", "original": "alfredson-heel-drops",
              "replacement": "insertional-heel-drops", **fill}
    assert only(QUESTION.format(**values)).startswith(expected)


def test_unknown_routines_are_checked_only_when_the_known_ids_are_given() -> None:
    text = HEAD + "  - {routine: my-own, when: every day}\n"
    assert only(text).startswith("p.yaml:5:15: routines[0].routine: no routine 'my-own'")
    programme, problems = load_text(text, F)
    assert problems == [] and programme is not None


def test_every_problem_in_a_file_is_reported_together() -> None:
    problems = bad(HEAD + "  - {routine: nope, when: sometimes}\n  - {routine: nope2}\n")
    assert [p.split(": ")[0] for p in problems] == ["p.yaml:5:27", "p.yaml:6:5"]


@pytest.mark.parametrize(("text", "expected"), [
    (b"", "p.yaml:1:1: file is empty (a mapping with supple, name, weeks and routines)"),
    (b"- a\n- b\n", "p.yaml:1:1: the file holds a list"),
    (b"supple: 1\nname: [unclosed\n", "p.yaml:2:7: YAML syntax: the '[' opened here"),
    (b"supple: 1\n---\nname: x\n", "YAML syntax: the file must hold one YAML document only"),
    (b"supple: !!python/object:os.system 1\n", "p.yaml:1:9: supple: tag"),
    (b"supple: 1\nsupple: 1\n", "p.yaml:2:1: supple: duplicate key 'supple' (first given on "
     "line 1)"),
    (b"supple: 1\nname: \xff\n", "p.yaml:2:7: file is not UTF-8 text"),
    (b"supple: 1\nname: a\x00b\n", "p.yaml:2:8: file contains a NUL byte"),
    (b"supple: 1\nname: \x1b]0;pwned\x07\n", "YAML syntax: unacceptable character #x001b"),
    (b'supple: 1\nname: "\\e]0;pwned\\a"\nweeks: 1\nroutines: [{routine: foam-rolling, '
     b"when: every day}]\n", "p.yaml:2:7: name: must be one line of plain text; it holds an "
     "escape character (ESC) at character 1"),
    (b"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
     b"e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n", "file expands to more than 50000 values"),
    (b"supple: 1\nname: x\nweeks: 1\nroutines: " + b"[" * 60 + b"]" * 60 + b"\n",
     "nested more than 40 levels deep"),
    (b"supple: 1\n<<: {name: x}\n", "merge keys (<<) are not supported"),
])
def test_hostile_files_give_a_placed_message_and_no_crash(text: bytes, expected: str) -> None:
    assert any(expected in p for p in bad(text)), bad(text)


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * 300_000 + b"\n")
    with pytest.raises(ProgrammeError, match="programme files are limited to 262,144 bytes"):
        load_path(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_folders_skip_what_is_not_a_file_and_keep_loading(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    good = HEAD + "  - {routine: foam-rolling, when: every day}\n"
    (builtin / "mine.yaml").write_text(good, encoding="utf-8")
    (builtin / "other.yaml").write_text(good.replace("Test", "Other"), encoding="utf-8")
    (user / "mine.yaml").write_text(good.replace("Test", "My copy"), encoding="utf-8")
    (user / "broken.yaml").write_text("supple: 1\n", encoding="utf-8")
    (user / "folder.yaml").mkdir()
    os.mkfifo(user / "pipe.yaml")
    (user / ".hidden.yaml").write_text("nonsense: [", encoding="utf-8")
    loaded, problems = load_folders(builtin, [user, tmp_path / "absent"], KNOWN)
    assert [(p.id, p.programme.name, p.builtin) for p in loaded] == [
        ("mine", "My copy", False), ("other", "Other", True)]
    said = [str(p) for p in problems]
    assert any("broken.yaml:1:1: name: missing required key 'name'" in s for s in said)
    assert any("folder.yaml: warning: is a folder" in s for s in said)
    assert any("pipe.yaml: warning: is not a regular file" in s for s in said)
    assert len(said) == 5  # broken: name, weeks, routines; the folder; the pipe


def test_a_programme_built_directly_still_gets_the_cross_checks() -> None:
    data = {"supple": 1, "name": "x", "weeks": 2, "routines": [
        {"routine": "r", "when": "every day", "changes": {"week 3": {"sets": 2}}}]}
    with pytest.raises(ValueError, match="week 3 is past the programme's end"):
        Programme.model_validate(data)


def test_the_json_schema_is_json_and_knows_the_keys() -> None:
    schema = json.loads(json.dumps(json_schema()))
    assert schema["title"] == "Supple programme"
    assert set(schema["required"]) == {"supple", "name", "weeks", "routines"}
    entry = schema["$defs"]["Entry"]
    assert {"routine", "when", "slots", "weeks", "changes"} <= set(entry["properties"])
    assert "WeekChange" in schema["$defs"] and "Question" in schema["$defs"]


def test_problems_are_the_shared_records_with_line_column_and_field() -> None:
    _, problems = load_text(HEAD + "  - {routine: foam-rolling, when: 3}\n", F)
    assert problems == [Problem(
        F, "3 is not allowed", 5, 35, "routines[0].when",
        "one of 'every day', 'twice a day', 'run days' or 'day after a run'")]


VALID = HEAD + """\
  - routine: foam-rolling
    when: [mon, thu]
    changes:
      weeks 1-2: {hold: 45s, sets: 2}
"""


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(VALID) - 1), st.integers(0, 6),
       st.sampled_from(["", ":", "-", " ", "\n", "[", "{", "x", "0", "'", "9-1", "&a", "*a"]))
def test_any_edit_of_a_valid_file_loads_or_says_why(at: int, cut: int, insert: str) -> None:
    """A file never both fails and gives no reason, and nothing raises."""
    text = VALID[:at] + insert + VALID[at + cut:]
    programme, problems = load_text(text, F, KNOWN)
    assert (programme is None) == bool(problems)
    assert all(p.file == F and p.message for p in problems)


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + "  - {routine: foam-rolling, when: every day, slots: [day, day]}\n",
     "p.yaml:5:5: routines[0]: a slot is given twice"),
    (HEAD + "  - {routine: foam-rolling, when: every day}\n"
     "  - {routine: foam-rolling, when: [mon], slots: day}\n",
     "p.yaml:6:6: routines[1].routine: 'foam-rolling' is already in the programme at the "
     "same slots"),
    (HEAD + "  - routine: foam-rolling\n    when: every day\n    changes: {week 1: {tempo: {}}}\n",
     "p.yaml:7:23: routines[0].changes.week 1: tempo needs at least one phase"),
    (HEAD + "  - {routine: foam-rolling, when: every day, weeks: 3-9}\n",
     "p.yaml:5:46: routines[0].weeks: week 9 is past the programme's end"),
    ("supple: 1\nname: Test\nweeks: 4\nquestions:\n"
     "  - {id: q, ask: Q, answers: [{id: a, label: A}, {id: b, label: B}]}\n"
     "  - {id: q, ask: R, answers: [{id: a, label: A}, {id: b, label: B}]}\n"
     "routines: [{routine: foam-rolling, when: every day}]\n",
     "p.yaml:6:6: questions[1].id: question 'q' is asked twice"),
    ("supple: 1\nname: Test\nweeks: 4\nslots: {evening: [19, 0]}\n"
     "routines: [{routine: foam-rolling, when: every day}]\n",
     "p.yaml:4:18: slots.evening: expected a time such as 07:30, got list"),
])
def test_more_mistakes(text: str, expected: str) -> None:
    assert only(text).startswith(expected)


def test_an_unreadable_file_or_folder_is_said_not_raised(tmp_path: Path) -> None:
    missing = tmp_path / "gone.yaml"
    programme, problems = load_file(missing)
    assert programme is None and "cannot read" in str(problems[0])
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        loaded, found = load_folders(locked)
        assert loaded == [] and "cannot list folder" in str(found[0])
    finally:
        locked.chmod(0o755)
