"""The loader on valid files, on every kind of invalid file, and on hostile input.

Each invalid kind is checked as the user sees it: ``FILE:LINE:COLUMN: field.path: message``.
"""

from __future__ import annotations

import json
import resource
import textwrap
from pathlib import Path

import pytest

from supple.core.problems import Problem, RoutineError
from supple.core.routines import yaml_source
from supple.core.routines.cue_choices import ResolvedCues
from supple.core.routines.loader import load_bytes, load_path, load_text
from supple.core.routines.model import (
    Block,
    CueSettings,
    Exercise,
    RestStep,
    Routine,
    json_schema,
)

F = "r.yaml"


def ok(text: str) -> Routine:
    routine, problems = load_text(textwrap.dedent(text), F)
    assert problems == []
    assert routine is not None
    return routine


def bad(text: str | bytes) -> list[Problem]:
    if isinstance(text, bytes):
        routine, problems = load_bytes(text, F)
    else:
        routine, problems = load_text(textwrap.dedent(text), F)
    assert routine is None
    assert problems, "an invalid file must give at least one problem"
    assert all(p.file == F for p in problems)
    return problems


def only(text: str | bytes) -> Problem:
    problems = bad(text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


HEAD = "supple: 1\nname: Test\nsteps:\n"


# --- valid files ---------------------------------------------------------------------------


def test_minimal_routine() -> None:
    routine = ok(HEAD + "  - {name: Calf stretch, hold: 30s}\n")
    assert routine.name == "Test"
    assert routine.category == "my routines"
    step = routine.steps[0]
    assert isinstance(step, Exercise)
    assert step.hold == 30.0
    assert step.sets == 1 and step.sides is None


def test_every_step_kind_and_routine_field() -> None:
    routine = ok(
        """\
        supple: 1
        name: Everything
        description: All the kinds of step.
        category: strength
        tags: [calves, achilles]
        source: Alfredson 1998
        defaults:
          lead_in: 3s
          rest: 1m
          switch: 4
          cues: {halfway: false, say_reps: true}
        steps:
          - name: Hold
            hold: 1m30s
            instructions: Lean in.
            tips: [Keep the heel down, Breathe]
            image: calf.svg
            say: Calf stretch
            cues: {countdown: false}
          - name: Plain reps
            reps: 10
            tempo: 2s
          - name: Phased reps
            reps: 15
            tempo: {up: 1s, hold: 500ms, down: 3s}
            sets: 3
            rest: 2 min
          - name: Cadence
            metronome: 176
            hold: 30 s
          - rest: 45s
          - rest: 1m
            name: Long breather
        """
    )
    kinds = [type(s) for s in routine.steps]
    assert kinds == [Exercise, Exercise, Exercise, Exercise, RestStep, RestStep]
    assert routine.defaults.lead_in == 3.0 and routine.defaults.rest == 60.0
    assert routine.defaults.switch == 4.0
    assert routine.defaults.cues.halfway is False and routine.defaults.cues.say_reps is True
    hold, plain, phased, metro, rest, named_rest = routine.steps
    assert isinstance(hold, Exercise) and hold.hold == 90.0 and hold.say == "Calf stretch"
    assert hold.tips == ["Keep the heel down", "Breathe"]
    assert isinstance(plain, Exercise) and plain.phases == ((None, 2.0),)
    assert isinstance(phased, Exercise)
    assert phased.phases == (("up", 1.0), ("hold", 0.5), ("down", 3.0))
    assert phased.sets == 3 and phased.rest == 120.0
    assert isinstance(metro, Exercise) and metro.metronome == 176 and metro.hold == 30.0
    assert isinstance(rest, RestStep) and rest.rest == 45.0 and rest.name == "Rest"
    assert isinstance(named_rest, RestStep) and named_rest.name == "Long breather"


def test_nested_blocks() -> None:
    routine = ok(
        HEAD
        + """\
  - name: Circuit
    rounds: 3
    rest: 30s
    steps:
      - {name: High knees, hold: 20s}
      - rounds: 2
        steps:
          - {name: Butt kicks, hold: 20s}
          - rest: 10s
"""
    )
    outer = routine.steps[0]
    assert isinstance(outer, Block) and outer.rounds == 3 and outer.rest == 30.0
    inner = outer.steps[1]
    assert isinstance(inner, Block) and inner.rounds == 2
    assert isinstance(inner.steps[1], RestStep)


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        ("both", ["left", "right"]),
        ("[left, right]", ["left", "right"]),
        ("[clockwise, anticlockwise]", ["clockwise", "anticlockwise"]),
        ("[a, b, c, d]", ["a", "b", "c", "d"]),
    ],
)
def test_sides(sides: str, expected: list[str]) -> None:
    routine = ok(HEAD + f"  - {{name: Lunge, hold: 30s, sides: {sides}}}\n")
    step = routine.steps[0]
    assert isinstance(step, Exercise) and step.sides == expected


def test_markup_in_text_is_kept_as_written() -> None:
    routine = ok(
        "supple: 1\nname: <b>x</b>\nsteps:\n"
        "  - {name: '<i>a</i> & <script>', hold: 3, instructions: '<a href=x>y</a>'}\n"
    )
    assert routine.name == "<b>x</b>"
    step = routine.steps[0]
    assert isinstance(step, Exercise)
    assert step.name == "<i>a</i> & <script>" and step.instructions == "<a href=x>y</a>"


def test_a_byte_order_mark_is_allowed() -> None:
    routine, problems = load_bytes(b"\xef\xbb\xbf" + HEAD.encode() + b"  - {name: a, hold: 3}\n", F)
    assert problems == [] and routine is not None


def test_text_that_looks_like_a_date_stays_text() -> None:
    routine = ok("supple: 1\nname: 2024-05-01\nsteps: [{name: a, hold: 3}]\n")
    assert routine.name == "2024-05-01"


# --- invalid files: location, field path and message ---------------------------------------


def test_unknown_key_suggests_the_closest() -> None:
    p = only(HEAD + "  - name: a\n    hodl: 30s\n")
    assert (p.line, p.column, p.field) == (5, 5, "steps[0].hodl")
    assert "unknown key 'hodl'" in p.message and "did you mean 'hold'?" in p.message
    assert p.expected is not None and "hold" in p.expected
    assert str(p).startswith("r.yaml:5:5: steps[0].hodl: unknown key 'hodl'")


def test_unknown_top_level_and_nested_keys() -> None:
    problems = bad(
        "supple: 1\nname: x\nnmae: y\n"
        "defaults: {rset: 3, cues: {halfwya: true}}\n"
        "steps: [{name: a, hold: 3}]\n"
    )
    by_field = {p.field: p for p in problems}
    assert set(by_field) == {"nmae", "defaults.rset", "defaults.cues.halfwya"}
    assert (by_field["nmae"].line, by_field["nmae"].column) == (3, 1)
    assert "did you mean 'name'" in by_field["nmae"].message
    assert (by_field["defaults.rset"].line, by_field["defaults.rset"].column) == (4, 12)
    assert "did you mean 'rest'" in by_field["defaults.rset"].message
    assert by_field["defaults.cues.halfwya"].column == 28
    assert "did you mean 'halfway'" in by_field["defaults.cues.halfwya"].message


def test_unknown_key_in_a_rest_step_points_at_the_key() -> None:
    # Regression: the union tag "rest" used to be taken for the rest step's own key, giving
    # the field "steps[0].rest.naem" at the line of "rest:".
    p = only(HEAD + "  - rest: 30s\n    naem: Breather\n")
    assert (p.line, p.column, p.field) == (5, 5, "steps[0].naem")
    assert "did you mean 'name'" in p.message


def test_zero_rest_step() -> None:
    p = only(HEAD + "  - rest: 0\n")
    assert (p.line, p.column, p.field) == (4, 11, "steps[0].rest")
    assert "longer than zero" in p.message


def test_unknown_key_in_a_nested_block() -> None:
    p = only(HEAD + "  - rounds: 2\n    steps:\n      - {name: a, hodl: 3}\n")
    assert (p.line, p.column, p.field) == (6, 19, "steps[0].steps[0].hodl")


@pytest.mark.parametrize(
    ("step", "field", "fragment"),
    [
        ("{name: a, hold: 30s, sets: '3'}", "steps[0].sets", "whole number"),
        ("{name: a, hold: 30s, sets: 2.0}", "steps[0].sets", "whole number"),
        ("{name: a, hold: true}", "steps[0].hold", "true/false"),
        ("{name: a, hold: [30]}", "steps[0].hold", "expected a duration"),
        ("{name: 5, hold: 3}", "steps[0].name", "expected text"),
        ("{name: a, hold: 3, sides: one}", "steps[0].sides", "expected a list"),
        ("{name: a, hold: 3, tips: Lean}", "steps[0].tips", "expected a list"),
        ("{name: a, hold: 3, cues: {halfway: 1}}", "steps[0].cues.halfway", "true or false"),
        ("{name: a, hold: 0}", "steps[0].hold", "longer than zero"),
        ("{name: a, hold: 0s}", "steps[0].hold", "longer than zero"),
        ("{name: a, hold: -3}", "steps[0].hold", "negative"),
        ("{name: a, hold: -3s}", "steps[0].hold", "not a duration"),
        ("{name: a, hold: .nan}", "steps[0].hold", "finite"),
        ("{name: a, hold: .inf}", "steps[0].hold", "finite"),
        ("{name: a, hold: 5h}", "steps[0].hold", "4h limit"),
        ("{name: a, hold: 14401}", "steps[0].hold", "4h limit"),
        ("{name: a, hold: 30x}", "steps[0].hold", "unknown unit 'x'"),
        ("{name: a, reps: 0}", "steps[0].reps", "must be at least 1"),
        ("{name: a, reps: -2}", "steps[0].reps", "must be at least 1"),
        ("{name: a, reps: 3, tempo: {up: 1s, down: 0}}", "steps[0].tempo.down", "zero"),
        ("{name: a, reps: 3, tempo: 0}", "steps[0].tempo", "longer than zero"),
        ("{name: a, hold: 3, sets: 0}", "steps[0].sets", "must be at least 1"),
        ("{name: a, hold: 3, lead_in: -1}", "steps[0].lead_in", "negative"),
    ],
)
def test_wrong_types_and_impossible_values(step: str, field: str, fragment: str) -> None:
    p = only(HEAD + f"  - {step}\n")
    key = field.rsplit(".", 1)[-1]
    column = len("  - ") + step.index(f"{key}: ") + len(f"{key}: ") + 1  # the value
    assert (p.line, p.column, p.field) == (4, column, field), str(p)
    assert fragment in str(p)
    assert str(p).startswith(f"r.yaml:4:{column}: {field}: ")


def test_unknown_tempo_phase() -> None:
    p = only(HEAD + "  - {name: a, reps: 3, tempo: {sideways: 1s}}\n")
    assert (p.line, p.column) == (4, 32)
    assert p.field == "steps[0].tempo.sideways"
    assert "'sideways' is not allowed" in p.message
    assert p.expected is not None and "'up'" in p.expected


@pytest.mark.parametrize(
    ("step", "fragment"),
    [
        ("{name: a, hold: 30s, reps: 3}", "either hold"),
        ("{name: a}", "it has neither"),
        ("{name: a, hold: 30s, tempo: 2s}", "tempo only applies to reps"),
        ("{name: a, reps: 3, tempo: {}}", "at least one phase"),
        ("{name: a, reps: 3, metronome: 170}", "metronome needs a hold"),
        ("{name: a, hold: 3, sides: [left, left]}", "sides must be different"),
    ],
)
def test_step_level_rules_point_at_the_step(step: str, fragment: str) -> None:
    p = only(HEAD + f"  - {step}\n")
    assert (p.line, p.column, p.field) == (4, 5, "steps[0]")
    assert fragment in p.message


@pytest.mark.parametrize(
    ("text", "field", "where"),
    [
        ("name: x\nsteps: [{name: a, hold: 3}]\n", "supple", (1, 1)),
        ("supple: 1\nsteps: [{name: a, hold: 3}]\n", "name", (1, 1)),
        ("supple: 1\nname: x\n", "steps", (1, 1)),
        ("supple: 1\nname: x\nsteps:\n  - {hold: 3}\n", "steps[0].name", (4, 5)),
    ],
)
def test_missing_required_keys(text: str, field: str, where: tuple[int, int]) -> None:
    p = only(text)
    assert p.field == field and (p.line, p.column) == where
    assert f"missing required key '{field.rsplit('.', 1)[-1]}'" in p.message


def test_empty_steps_and_wrong_version() -> None:
    p = only("supple: 1\nname: x\nsteps: []\n")
    assert (p.line, p.field) == (3, "steps") and "at least 1" in p.message
    p = only("supple: 2\nname: x\nsteps: [{name: a, hold: 3}]\n")
    assert (p.line, p.column, p.field) == (1, 9, "supple") and "written for format 2" in p.message


def test_a_step_that_is_not_a_mapping() -> None:
    p = only(HEAD + "  - 5\n")
    assert (p.line, p.column, p.field) == (4, 5, "steps[0]")
    assert "mapping" in p.message


def test_every_problem_in_a_file_is_reported() -> None:
    problems = bad(
        """\
        supple: 1
        name: Three mistakes
        steps:
          - name: a
            hold: 0
          - name: b
            reps: 3
            sest: 2
          - rest: 10x
        """
    )
    assert [(p.line, p.field) for p in problems] == [
        (5, "steps[0].hold"),
        (8, "steps[1].sest"),
        (9, "steps[2].rest"),
    ]


def test_problems_are_sorted_by_position() -> None:
    problems = bad(
        HEAD + "  - {name: a, hold: 0}\n  - {name: b, hold: -1}\n  - {name: c, reps: 0}\n"
    )
    assert [p.line for p in problems] == [4, 5, 6]


# --- hostile input -------------------------------------------------------------------------


def test_yaml_syntax_error_has_line_and_column() -> None:
    p = only(HEAD + "  - name: a\n    hold: [1\n")
    assert p.message.startswith("YAML syntax:")
    assert (p.line, p.column) == (5, 11)  # where the '[' that is never closed opens
    assert "never closed" in p.message


def test_bad_indentation_is_a_syntax_error() -> None:
    p = only("supple: 1\nname: x\n  steps: 3\n")
    assert p.message.startswith("YAML syntax:") and p.line == 3


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n", "\n\n"])
def test_empty_file(text: str) -> None:
    p = only(text)
    assert "empty" in p.message and (p.line, p.column) == (1, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("- a\n- b\n", "a list"),
        ("[]\n", "a list"),
        ("hello\n", "a single value"),
        ("42\n", "a single value"),
        ("~\n", "a single value"),
        ("---\n", "a single value"),
    ],
)
def test_top_level_must_be_a_mapping(text: str, kind: str) -> None:
    p = only(text)
    assert f"the file holds {kind}" in p.message
    assert p.expected is not None and "mapping" in p.expected


def test_several_documents() -> None:
    p = only(HEAD + "  - {name: a, hold: 3}\n---\nname: second\n")
    assert "one YAML document" in p.message and p.line == 5


def test_duplicate_keys() -> None:
    p = only("supple: 1\nname: x\nname: y\nsteps: [{name: a, hold: 3}]\n")
    assert (p.line, p.column, p.field) == (3, 1, "name")
    assert "duplicate key 'name' (first given on line 2)" in p.message


def test_duplicate_keys_and_bad_tags_are_all_reported() -> None:
    problems = bad(
        "supple: 1\nname: x\nname: y\n"
        "steps:\n  - {name: a, hold: 3, hold: 4}\n  - {name: !custom b, hold: 3}\n"
    )
    assert [(p.line, p.field) for p in problems] == [
        (3, "name"),
        (5, "steps[0].hold"),
        (6, "steps[1].name"),
    ]


def test_python_object_tags_are_never_executed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    payloads = [
        f'!!python/object/apply:os.system ["touch {target}"]\n',
        f'supple: 1\nname: !!python/object/apply:os.system ["touch {target}"]\nsteps: []\n',
        f"%TAG ! tag:yaml.org,2002:python/object/apply:\n---\nx: !os.system [touch {target}]\n",
        f'x: !!python/object/new:subprocess.Popen [["touch", "{target}"]]\n',
        "x: !!python/name:os.system\n",
    ]
    for text in payloads:
        p = bad(text)[0]
        assert "is not allowed" in p.message and "python/" in p.message
        assert p.line is not None
    assert not target.exists()


def test_custom_and_collection_tags_are_refused() -> None:
    p = only("supple: 1\nname: !custom x\nsteps: [{name: a, hold: 3}]\n")
    assert (p.line, p.column, p.field) == (2, 7, "name") and "'!custom'" in p.message
    p = only(HEAD + "  - {name: a, hold: 3, tips: !!set {a, b}}\n")
    assert p.field == "steps[0].tips" and "set" in p.message
    p = only(HEAD + "  - !!omap [{name: a}, {hold: 3}]\n")
    assert p.field == "steps[0]"


def test_explicit_standard_tags_are_fine() -> None:
    routine = ok("supple: !!int 1\nname: !!str 5\nsteps: [{name: a, hold: !!float 3}]\n")
    assert routine.name == "5"


def test_merge_keys_are_refused() -> None:
    p = only("supple: 1\nname: x\nbase: &b {name: a, hold: 3}\nsteps:\n  - {<<: *b, sets: 2}\n")
    assert (p.line, p.column, p.field) == (5, 6, "steps[0]")
    assert "merge keys" in p.message


def test_non_scalar_keys_are_refused() -> None:
    p = only(HEAD + "  - {name: a, hold: 3}\n? [a, b]\n: c\n")
    assert p.line == 5 and "keys must be words" in p.message


def test_a_key_named_like_pydantics_marker_does_not_crash() -> None:
    # Regression: "[key]" is what pydantic puts in an error location for a bad dict key;
    # a user key spelled that way raised IndexError inside the loader.
    p = only(HEAD + "  - {name: a, hold: 3}\n'[key]': 3\n")
    assert p.field == "[key]" and "unknown key" in p.message and p.line == 5
    p = only(HEAD + "  - {name: a, reps: 3, tempo: {'[key]': 1}}\n")
    assert "'[key]' is not allowed" in p.message


def _billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghijk"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly_with_bounded_memory() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    p = only(_billion_laughs())
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "more than" in p.message and "aliases" in p.message
    assert p.line is not None
    assert grown_mb < 100  # 9**9 strings would take gigabytes


def test_modest_aliases_are_fine() -> None:
    routine = ok(
        "supple: 1\nname: x\nsteps:\n"
        "  - &calf {name: Calf, hold: 30s}\n  - *calf\n  - rest: 10s\n  - *calf\n"
    )
    assert len(routine.steps) == 4


def test_deep_flow_nesting() -> None:
    p = only("supple: 1\nname: x\nsteps: " + "[" * 5000 + "]" * 5000 + "\n")
    assert p.line == 3 and "nesting depth" in p.message


def test_deep_block_nesting() -> None:
    text = "a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(2000)) + "  " * 2001
    p = only(text + "v\n")
    assert p.line is not None and "nest" in p.message


def test_nesting_just_over_our_own_limit() -> None:
    depth = yaml_source.MAX_DEPTH + 5
    p = only("supple: 1\nname: x\nsteps: " + "[" * depth + "]" * depth + "\n")
    assert f"nested more than {yaml_source.MAX_DEPTH} levels" in p.message
    assert p.line == 3 and p.field.startswith("steps[0]")


def test_non_utf8_bytes_report_the_bad_byte() -> None:
    p = only(b"supple: 1\nname: caf\xe9\nsteps: [{name: a, hold: 3}]\n")
    assert (p.line, p.column) == (2, 10) and "UTF-8" in p.message


def test_utf16_is_not_utf8() -> None:
    p = only("supple: 1\n".encode("utf-16"))
    assert (p.line, p.column) == (1, 1) and "UTF-8" in p.message


def test_binary_content_with_nul_bytes() -> None:
    p = only(b"supple: 1\nna\x00me\x01\x02\n")
    assert (p.line, p.column) == (2, 3) and "NUL" in p.message


def test_random_binary_junk() -> None:
    p = only(bytes(range(256)) * 4)
    assert p.line is not None


def test_file_over_256_kb() -> None:
    data = (HEAD + "  - {name: a, hold: 3}\n").encode() + b"#" * (300 * 1024)
    p = only(data)
    assert "256 KB" in p.message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1e999", "whole number"),  # YAML 1.1 reads this as text
        ("1.0e+999", "whole number"),  # and this as infinity
        ("99999999999999999999999999", "must be at most 500"),
        ("9" * 5000, "5,000 digits is far too large"),
    ],
)
def test_huge_rep_counts(value: str, fragment: str) -> None:
    p = only(HEAD + f"  - {{name: a, reps: {value}}}\n")
    assert p.field == "steps[0].reps" and (p.line, p.column) == (4, 21)
    assert fragment in str(p)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1e400", "unknown unit"),
        ("1.0e+400", "finite"),  # YAML 1.1 needs the sign to read a float
        ("9" * 400, "4h limit"),  # regression: float(int) raised OverflowError
        ("-" + "9" * 400, "negative"),
    ],
)
def test_huge_durations(value: str, fragment: str) -> None:
    p = only(HEAD + f"  - {{name: a, hold: {value}}}\n")
    assert p.field == "steps[0].hold" and (p.line, p.column) == (4, 21)
    assert fragment in p.message


def test_huge_tempo_is_a_problem() -> None:
    p = only(HEAD + "  - {name: a, reps: 3, tempo: {up: " + "9" * 400 + "}}\n")
    assert p.field == "steps[0].tempo.up" and "4h limit" in p.message


# --- files and folders ---------------------------------------------------------------------

GOOD = HEAD + "  - {name: Calf stretch, hold: 30s}\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_path_raises_routine_error_with_every_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.yaml", HEAD + "  - {name: a, hold: 0}\n  - {name: b, reps: 0}\n")
    with pytest.raises(RoutineError) as info:
        load_path(path)
    assert len(info.value.problems) == 2
    assert str(info.value).splitlines()[0].startswith(f"{path}:4:21: steps[0].hold:")


def test_load_path_on_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="is a folder"):
        load_path(tmp_path)
    with pytest.raises(RoutineError, match="cannot read"):
        load_path(tmp_path / "missing.yaml")


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    a = ok(GOOD)
    b = ok(GOOD.replace("30s", "31s"))
    assert a.fingerprint() == ok(GOOD).fingerprint()
    assert a.fingerprint() != b.fingerprint()


@pytest.mark.parametrize(("value", "kept"), [
    ("176", 176), ("+5%", "+5%"), ("-2.5 %", "-2.5%"), ("0%", "0%"), ("'+10%'", "+10%"),
])
def test_a_metronome_is_beats_per_minute_or_a_change_to_the_runners_cadence(
        value: str, kept: int | str) -> None:
    routine = ok(HEAD + f"  - {{name: Cadence, hold: 30s, metronome: {value}}}\n")
    step = routine.steps[0]
    assert isinstance(step, Exercise) and step.metronome == kept


@pytest.mark.parametrize(("value", "fragment"), [
    ("5%", "needs a sign: write +5% for faster"),
    ("+45%", "within ±30 %"),
    ("+5", "got 5 (for 5 % faster than your cadence, write +5%)"),
    ("-5", "got -5 (for 5 % slower than your cadence, write -5%)"),
    ("0", "got 0 (for your own cadence, write 0%)"),
    ("301", "between 30 and 300 beats per minute, got 301"),
    ("170.5", "got float"),
    ("true", "not true/false"),
    ("quick", "a change to your cadence such as +5%"),
])
def test_a_bad_metronome_says_both_forms_once(value: str, fragment: str) -> None:
    p = only(HEAD + f"  - {{name: Cadence, hold: 30s, metronome: {value}}}\n")
    assert (p.line, p.column, p.field) == (4, 43, "steps[0].metronome")
    assert fragment in p.message


def test_the_schema_offers_both_forms_of_metronome() -> None:
    import re

    from supple.core.routines.model import json_schema

    metronome = json_schema()["$defs"]["Exercise"]["properties"]["metronome"]["anyOf"][0]
    number, offset = metronome["anyOf"]
    assert (number["type"], number["minimum"], number["maximum"]) == ("integer", 30, 300)
    pattern = re.compile(offset["pattern"])
    assert all(pattern.match(t) for t in ("+5%", "-2.5 %", "0%", "+10%"))
    assert not any(pattern.match(t) for t in ("5%", "+5", "+100%", "fast"))


@pytest.mark.parametrize("steps", [
    "  - {name: X, hold: 4h, metronome: 300, sets: 50, sides: [a, b, c, d]}\n",
    "  - {name: X, hold: 4h, metronome: +30%, sets: 50, sides: [a, b, c, d]}\n",
    "  - rounds: 50\n    steps:\n      - rounds: 50\n        steps:\n"
    "          - rounds: 50\n            steps: [{name: X, hold: 1s}]\n",
    "  - {name: X, reps: 500, sets: 50, tempo: {up: 1s, down: 1s}}\n",
])
def test_a_routine_that_would_expand_enormously_is_refused_quickly(steps: str) -> None:
    """Regression: each limit held on its own, but together they made millions of cues and
    `supple list` took 33 s and 3.8 GB (nested rounds never finished)."""
    routine, problems = load_text("supple: 1\nname: Huge\nsteps:\n" + steps, "huge.yaml")
    assert routine is None
    [problem] = problems
    assert "the routine expands to" in problem.message and problem.line == 1


# --- the model on its own: cue layering, steps built in code, the published schema ----------


def test_cue_settings_override_only_what_they_set() -> None:
    base = ResolvedCues(voice=False)
    laid = CueSettings(countdown=False, say_reps=True).over(base)
    assert laid == ResolvedCues(countdown=False, say_reps=True, voice=False)
    assert CueSettings().over(base) == base


def test_steps_built_as_models_keep_their_kind() -> None:
    """The step discriminator also sees model objects (a routine put together in code, or
    validated again), not only the mappings of a file."""
    steps = [Exercise(name="Calf stretch", hold=30.0), RestStep(rest=10.0),
             Block(rounds=2, steps=[Exercise(name="Hops", reps=10)])]
    routine = Routine.model_validate({"supple": 1, "name": "Built", "steps": steps})
    assert [type(step) for step in routine.steps] == [Exercise, RestStep, Block]


def test_the_json_schema_offers_step_kinds_as_alternatives() -> None:
    """A rest step with a name also fits the exercise shape, so ``oneOf`` (exactly one) would
    reject it in an editor's YAML checker; the schema says ``anyOf`` and has no pydantic-only
    ``discriminator``."""
    schema = json_schema()
    text = json.dumps(schema)
    assert '"oneOf"' not in text and '"discriminator"' not in text
    items = schema["properties"]["steps"]["items"]
    assert sorted(ref["$ref"].rsplit("/", 1)[1] for ref in items["anyOf"]) == [
        "Block", "Exercise", "RestStep"]


def test_a_step_with_neither_hold_nor_reps_is_told_so() -> None:
    """It was told "give either hold or reps, not both", as if it had both."""
    neither = only("supple: 1\nname: x\nsteps:\n  - {name: a}\n")
    assert neither.message == "give hold (a duration) or reps (a count): it has neither"
    both = only("supple: 1\nname: x\nsteps:\n  - {name: a, hold: 30s, reps: 5}\n")
    assert both.message == "give either hold (a duration) or reps (a count), not both"
