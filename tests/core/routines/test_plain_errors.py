"""Routine files that are wrong in ways people make: each gets a message in the user's terms,
at the line where the mistake is, and nothing that would garble a terminal gets through."""

from __future__ import annotations

import pytest

from supple.core.problems import Problem
from supple.core.routines.loader import load_text
from supple.core.routines.model import json_schema

HEAD = "supple: 1\nname: Test\nsteps:\n"


def only(text: str) -> Problem:
    routine, problems = load_text(text, "r.yaml")
    assert routine is None and len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# --- the format version is the number 1 ----------------------------------------------------

@pytest.mark.parametrize(("value", "fragment"), [
    ("true", "must be the number 1 (the format version), not true/false"),
    ("1.0", "must be the number 1 (the format version), not 1.0"),
    ("'1'", "not text: write supple: 1 without quotes"),
    ("2", "written for format 2, and this Supple reads format 1"),
])
def test_the_format_version_is_exactly_the_number_1(value: str, fragment: str) -> None:
    p = only(f"supple: {value}\nname: x\nsteps:\n  - {{name: a, hold: 3s}}\n")
    assert p.field == "supple" and (p.line, p.column) == (1, 9)
    assert fragment in p.message
    assert "did you mean '1'" not in p.message


# --- durations ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["1.0e-300", "0.01", "5ms", "0.05s"])
def test_a_duration_below_the_shortest_is_refused(value: str) -> None:
    p = only(HEAD + f"  - {{name: a, hold: {value}}}\n")
    assert p.field == "steps[0].hold"
    assert "shorter than the shortest duration, 0.1s" in p.message


def test_zero_still_turns_a_pause_off_and_the_shortest_is_allowed() -> None:
    routine, problems = load_text(HEAD + "  - {name: a, hold: 0.1, rest: 0, lead_in: 0}\n",
                                  "r.yaml")
    assert routine is not None, problems


def test_a_huge_duration_is_not_written_out() -> None:
    p = only(HEAD + "  - {name: a, hold: 1.0e+308}\n")
    assert p.message == "far longer than the 4h limit"
    assert len(str(p)) < 80


def test_a_huge_integer_is_described_not_python_s_advice() -> None:
    p = only(HEAD + "  - {name: a, reps: " + "9" * 5000 + "}\n")
    assert "set_int_max_str_digits" not in p.message and "5,000 digits" in p.message


def test_a_file_just_over_the_limit_says_so_in_bytes() -> None:
    from supple.core.routines import yaml_source

    over = yaml_source.MAX_BYTES + 1
    problem = yaml_source.decode(b"#" * over, "big.yaml")
    assert isinstance(problem, Problem)
    assert f"{over:,} bytes" in problem.message
    assert f"limited to {yaml_source.MAX_BYTES:,} bytes" in problem.message


# --- YAML syntax, said plainly and where it is ----------------------------------------------

@pytest.mark.parametrize(("text", "line", "fragment"), [
    (HEAD + "  - name: a\n    hold 3s\n  - name: b\n    hold: 3s\n", 5, "has no ':' after its key"),
    (HEAD + "\t- name: a\n", 4, "YAML indents with spaces only"),
    ("supple: 1\nname: 'x\nsteps: []\n", 2, "quotation mark opened here is never closed"),
    ("supple: 1\nname: x\nsteps:\n  - {name: a, hold: 3s\n  - {name: b}\n", 4,
     "'{' opened here is never closed"),
    (HEAD + "  - name: a\n    hold: 3s\n   - name: b\n", 6, "not indented like the lines above"),
    ("supple: 1\nname: x: y\nsteps: []\n", 2, "needs quotes"),
    ("supple: 1\nname: @x\n", 2, "cannot start with '@'"),
    ("supple: 1\nname: *x\n", 2, "anchor that is not defined"),
    ("supple: 1\n---\nname: x\n", 2, "one YAML document"),
])
def test_yaml_syntax_errors_point_at_the_mistake(text: str, line: int, fragment: str) -> None:
    p = only(text)
    assert p.message.startswith("YAML syntax: ")
    assert fragment in p.message, p.message
    assert p.line == line, str(p)


# --- text that would rewrite a terminal, or read as something else --------------------------

@pytest.mark.parametrize(("raw", "named"), [
    ("\\e[31mred", "an escape character (ESC) at character 1"),
    ("bell\\a", "a bell character (BEL) at character 5"),
    ("nul\\0", "a NUL character"),
    ("a\\vb", "a vertical tab"),
    ("a\\Nb", "a next-line character (NEL)"),
    ("a\\Lb", "a line separator"),
    ("a\\u202Eb", "a direction override (U+202E)"),
    ("a\\u2066b", "a direction override (U+2066)"),
    ("a\\tb", "a tab"),
])
def test_one_line_texts_refuse_control_characters(raw: str, named: str) -> None:
    for key, field in (("name", "name"), ("category", "category")):
        p = only(f'supple: 1\n{key}: "{raw}"\n' + ("name: ok\n" if key != "name" else "")
                 + "steps:\n  - {name: a, hold: 3s}\n")
        assert p.field == field
        assert p.message.startswith(f"must be one line of plain text; it holds {named}")
    p = only(HEAD + f'  - {{name: "{raw}", hold: 3s}}\n')
    assert p.field == "steps[0].name"
    p = only(HEAD + f'  - {{name: a, hold: 3s, sides: [left, "{raw}"]}}\n')
    assert p.field == "steps[0].sides[1]"


def test_multi_line_texts_keep_lines_and_tabs_but_refuse_escapes() -> None:
    routine, problems = load_text(
        HEAD + '  - {name: a, hold: 3s, instructions: "One.\\nTwo,\\tthree."}\n', "r.yaml")
    assert routine is not None, problems
    p = only(HEAD + '  - {name: a, hold: 3s, instructions: "x\\e]0;pwned\\a"}\n')
    assert p.field == "steps[0].instructions"
    assert "escape character (ESC) at character 2" in p.message


def test_the_schema_says_the_same_as_the_validator() -> None:
    import re

    schema = json_schema()
    name = schema["properties"]["name"]
    pattern = re.compile(name["pattern"])
    assert pattern.match("Wall calf stretch · left")
    for bad in ("a\x1bb", "a\u2028b", "a\x85b", "a\u202eb", "a\nb"):
        assert not pattern.match(bad), repr(bad)


# --- pictures are file names ----------------------------------------------------------------

@pytest.mark.parametrize(("image", "fragment"), [
    ("/etc/passwd", "not a path"),
    ("../secret.svg", "not a path"),
    ("pics\\\\calf.svg", "not a path"),
    ("'https://example.com/calf.svg'", "not a web address"),
    ("'data:image/svg+xml;base64,AAAA'", "not a web address"),
])
def test_a_picture_path_or_address_is_an_error(image: str, fragment: str) -> None:
    p = only(HEAD + f"  - {{name: a, hold: 3s, image: {image}}}\n")
    assert p.field == "steps[0].image" and p.line == 4
    assert fragment in p.message and "beside the routine file" in p.message


def test_a_blank_name_is_refused() -> None:
    p = only('supple: 1\nname: "   "\nsteps:\n  - {name: a, hold: 3s}\n')
    assert p.field == "name" and p.message == "must not be blank"


def test_an_unnamed_control_character_is_given_by_its_code() -> None:
    p = only('supple: 1\nname: "a\\x01"\nsteps:\n  - {name: a, hold: 3s}\n')
    assert p.message.endswith("a control character (U+0001) at character 2")
