"""Property: whatever a file holds, the loader answers with a Routine or with Problems.

Never any other exception, never a Routine together with errors, and every problem names its
file (and a line once the text parsed as YAML).
"""

from __future__ import annotations

import copy
import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supple.core.problems import Problem
from supple.core.routines import yaml_source
from supple.core.routines.loader import load_bytes, load_text
from supple.core.routines.model import Routine

FILE = "prop.yaml"
FAST = settings(
    max_examples=int(os.environ.get("SUPPLE_PROP_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

VALID: dict[str, Any] = {
    "supple": 1,
    "name": "Calf care",
    "category": "post-run stretch",
    "defaults": {"lead_in": "5s", "rest": "10s", "cues": {"halfway": False}},
    "steps": [
        {"name": "Wall calf", "hold": "30s", "sets": 2, "sides": ["left", "right"]},
        {"name": "Heel drops", "reps": 15, "tempo": {"up": "1s", "down": "3s"}, "rest": "1m"},
        {"rest": "20s"},
        {"rounds": 2, "steps": [{"name": "High knees", "hold": 20}, {"rest": 10}]},
        {"name": "Cadence", "metronome": 176, "hold": "30s"},
    ],
}


def check(result: tuple[Routine | None, list[Problem]], *, parsed: bool = False) -> None:
    routine, problems = result
    assert isinstance(problems, list)
    if routine is not None:
        assert isinstance(routine, Routine)
        assert problems == []
        return
    assert problems, "no routine and no problem"
    for p in problems:
        assert isinstance(p, Problem)
        assert p.file == FILE
        assert str(p).startswith(FILE)
        if parsed:
            assert p.line is not None and p.line >= 1, str(p)


def parses_as_yaml(text: str) -> bool:
    return not isinstance(yaml_source.parse(text, FILE), list)


@FAST
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    check(load_text(text, FILE))


@FAST
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    check(load_bytes(data, FILE))


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:- \n[]{},&*!#'\"|>?%@`~01.se\t")), max_size=200)


@FAST
@given(YAMLISH)
def test_yaml_punctuation_soup(text: str) -> None:
    check(load_text(text, FILE))


KEYS = st.sampled_from(
    ["supple", "name", "steps", "hold", "reps", "tempo", "rest", "sets", "sides", "rounds",
     "metronome", "cues", "defaults", "lead_in", "switch", "up", "down", "halfway", "tips",
     "[key]", "exercise", "block", "x"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["30s", "1m30s", "both", "left", "0", "-1", "5h", "", "nan", "1e999"]),
    st.text(max_size=20),
)
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(KEYS, st.text(max_size=8)), children, max_size=6),
    ),
    max_leaves=30,
)


@FAST
@given(TREES)
def test_random_trees(tree: object) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    check(load_text(text, FILE), parsed=True)


@FAST
@given(st.dictionaries(KEYS, TREES, max_size=6))
def test_random_top_level_mappings(tree: dict[str, object]) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    check(load_text(text, FILE), parsed=True)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


def _mutate(data: dict[str, Any], path: tuple[Any, ...], action: str, value: object) -> Any:
    data = copy.deepcopy(data)
    if not path:
        return value if action == "replace" else data
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "rename" and isinstance(parent, dict):
        parent[f"{last}x"] = parent.pop(last)
    elif action == "wrap":
        parent[last] = [parent[last]]
    return data


@FAST
@given(st.data())
def test_mutations_of_a_valid_routine(data: st.DataObject) -> None:
    assert load_text(yaml.safe_dump(VALID), FILE)[0] is not None  # the starting point is valid
    mutated: Any = VALID
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(mutated)
        path = data.draw(st.sampled_from(paths))
        action = data.draw(st.sampled_from(["replace", "delete", "rename", "wrap"]))
        value = data.draw(TREES) if action == "replace" else None
        mutated = _mutate(mutated, path, action, value)
    text = yaml.safe_dump(mutated, allow_unicode=True)
    check(load_text(text, FILE), parsed=True)


@FAST
@given(st.data())
def test_text_edits_of_a_valid_routine(data: st.DataObject) -> None:
    text = yaml.safe_dump(VALID, sort_keys=False)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 10)))
        text = text[:i] + data.draw(st.text(max_size=6)) + text[j:]
    check(load_text(text, FILE), parsed=parses_as_yaml(text))


def test_problems_from_parsed_yaml_have_lines() -> None:
    """A spot check that the `parsed` flag above is meaningful."""
    routine, problems = load_text("supple: 1\nname: x\nsteps: [{name: a, hold: 0}]\n", FILE)
    assert routine is None and problems[0].line == 3
