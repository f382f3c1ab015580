"""Form edits of single values: written in the file's style, read back, nothing else touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from supple.core.routines.document import DocumentError, EditError, RoutineDocument
from supple.core.routines.loader import load_text
from supple.core.routines.model import Exercise

ROUTINES = sorted((Path(__file__).parents[3] / "routines").glob("*.yaml"))

HAND = """\
# My own calf routine.   Notes for me.
supple: 1
name: 'Calf care'          # quoted on purpose
category: post-run stretch
tags: [calves, "achilles"]

defaults:
    lead_in: 5s            # get ready
    rest: 10s

steps:
    # Wall first.
    - name: Wall calf stretch
      hold: 30s   # half a minute
      sets: 2
      sides: both
      tips:
          - Point the back foot straight ahead.
          - A mild pull, never pain.

    - {name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}}   # flow

    # A circuit.
    - rounds: 2
      steps:
          - {name: High knees, hold: 20s}
          - name: Butt kicks
            hold: 20s      # same as knees
"""


def doc(text: str = HAND) -> RoutineDocument:
    return RoutineDocument(text, "hand.yaml")


def outside_only(before: str, after: str, line: str) -> None:
    """Every byte before and after ``line`` (found in ``before``, whole) is the same."""
    start = before.index(line + "\n")
    end = start + len(line) + 1
    tail = len(before) - end
    assert after[:start] == before[:start]
    assert after[len(after) - tail :] == before[end:]


@pytest.mark.parametrize(
    ("field", "value", "line_before", "line_after"),
    [
        ((0,), "hold", "      hold: 30s   # half a minute", "      hold: 45s   # half a minute"),
        ((0,), "sets", "      sets: 2", "      sets: 3"),
        ((2, 1), "hold", "            hold: 20s      # same as knees",
         "            hold: 1m      # same as knees"),
    ],
)
def test_changing_one_field_changes_only_its_line(field: tuple[int, ...], value: str,
                                                  line_before: str, line_after: str) -> None:
    new = {"hold": {(0,): "45s", (2, 1): "1m"}, "sets": {(0,): 3}}[value][field]
    change = doc().set_step_field(field, value, new)
    before, after = HAND.splitlines(), change.after.text.splitlines()
    assert len(before) == len(after)
    differ = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(differ) == 1
    assert before[differ[0]] == line_before
    assert after[differ[0]] == line_after
    outside_only(HAND, change.after.text, line_before)


def test_a_flow_step_keeps_its_flow_style() -> None:
    change = doc().set_step_field((1,), "sets", 3)
    assert "    - {name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}, sets: 3}   # flow\n" \
        in change.after.text
    change = doc().set_step_field((1,), ("tempo", "down"), "4s")
    assert "tempo: {up: 1s, down: 4s}}   # flow" in change.after.text


def test_a_new_key_goes_in_its_place_at_the_mapping_s_indentation() -> None:
    change = doc().set_step_field((0,), "image", "wall-calf-stretch.svg")
    assert ("      sides: both\n      image: wall-calf-stretch.svg\n      tips:\n"
            in change.after.text)
    change = doc().set_field(("defaults", "switch"), "3s")
    assert "    rest: 10s\n    switch: 3s\n\nsteps:" in change.after.text
    change = doc().set_field("description", "For tired calves.")
    assert "category: post-run stretch\ndescription" not in change.after.text
    assert "name: 'Calf care'          # quoted on purpose\ndescription: For tired calves.\n" \
        in change.after.text


@pytest.mark.parametrize("name", ["No", "on", "yes", "1:30", "#x", "x # y", "a: b", "~", "null",
                                  "12", "1.5", "2026-01-02", "[a]", "- a", "@me", "'quoted'",
                                  'say "hi"', "it's", "  padded", "*star", "!tag", "%p",
                                  "Quad: left & right", "Ünïcödé – ok"])
def test_a_name_reads_back_as_the_text_given(name: str) -> None:
    for change in (doc().set_field("name", name), doc().set_step_field((0,), "name", name),
                   doc().set_step_field((1,), "name", name)):
        routine, problems = load_text(change.after.text, "x.yaml")
        assert problems == []
        assert routine is not None
        names = {routine.name, routine.steps[0].name, routine.steps[1].name}  # type: ignore[union-attr]
        assert name in names


def test_plain_text_stays_plain() -> None:
    change = doc().set_step_field((0,), "name", "Calf stretch, wall")
    assert "    - name: Calf stretch, wall\n" in change.after.text
    change = doc().set_step_field((1,), "name", "Calf stretch, wall")
    assert '{name: "Calf stretch, wall",' in change.after.text  # a comma ends a flow item


def test_a_long_text_is_folded_and_reads_back() -> None:
    text = ("Hands on the wall, back leg straight, heel down. Lean in until the calf pulls "
            "gently, then breathe out slowly and hold it there without bouncing at all.")
    change = doc().set_step_field((0,), "instructions", text)
    assert "      instructions: >-\n        Hands on the wall" in change.after.text
    assert all(len(line) <= 100 for line in change.after.text.splitlines())
    step = change.after.step((0,))
    assert isinstance(step, Exercise) and step.instructions == text
    two = doc().set_step_field((0,), "instructions", "First line.\nSecond line.")
    step = two.after.step((0,))
    assert isinstance(step, Exercise) and step.instructions == "First line.\nSecond line."


def test_lists_keep_their_style() -> None:
    change = doc().set_field("tags", ["calves", "no", "x, y"])
    assert 'tags: [calves, "no", "x, y"]\n' in change.after.text
    change = doc().set_step_field((0,), "tips", ["Stay tall.", "Breathe: slowly"])
    assert "      tips:\n          - Stay tall.\n          - \"Breathe: slowly\"\n" \
        in change.after.text


def test_durations_as_typed() -> None:
    assert "hold: 1m30s   #" in doc().set_step_field((0,), "hold", "1:30").after.text
    assert "hold: 90   #" in doc().set_step_field((0,), "hold", "90").after.text
    assert "hold: 2 min   #" in doc().set_step_field((0,), "hold", "2  min").after.text
    assert "hold: 1m15s   #" in doc().set_step_field((0,), "hold", 75.0).after.text
    with pytest.raises(EditError, match="not a duration"):
        doc().set_step_field((0,), "hold", "2 minutes and a bit")
    with pytest.raises(EditError, match="longer than zero"):
        doc().set_step_field((0,), "hold", "0s")
    assert "    lead_in: 0 " in doc().set_field(("defaults", "lead_in"), "0").after.text


def test_an_edit_that_would_not_be_valid_is_refused() -> None:
    with pytest.raises(EditError, match="tempo only applies to reps"):
        doc().set_step_field((0,), "tempo", "2s")
    with pytest.raises(EditError, match="at most 50"):
        doc().set_step_field((0,), "sets", 51)
    with pytest.raises(EditError, match="give either hold"):
        doc().set_step_field((0,), "reps", 12)
    with pytest.raises(EditError, match="nothing to change"):
        doc().set_step_field((0,), "sets", 2)


def test_the_steps_and_the_format_version_are_not_fields() -> None:
    with pytest.raises(EditError, match="step list"):
        doc().set_field("steps", [{"name": "x", "hold": 3}])
    with pytest.raises(EditError, match="not a field"):
        doc().set_step_field((2,), "steps", None)
    with pytest.raises(EditError, match="not a field"):
        doc().set_field("supple", 2)


def test_several_fields_at_once_turn_a_hold_into_reps() -> None:
    change = doc().set_fields((0,), {"hold": None, "reps": 12,
                                     "tempo": {"up": "1s", "down": "2s"}})
    step = change.after.step((0,))
    assert isinstance(step, Exercise) and step.reps == 12 and step.hold is None
    assert "      reps: 12\n      tempo: {up: 1s, down: 2s}\n      sets: 2\n" in change.after.text
    assert change.undo.apply(change.after.text) == HAND


def test_removing_fields() -> None:
    change = doc().remove_step_field((0,), "tips")
    assert "tips" not in change.after.text.split("- {name: Heel")[0]
    assert "      sides: both\n\n    - {name: Heel drops" in change.after.text
    change = doc().remove_step_field((1,), ("tempo", "up"))
    assert "tempo: {down: 3s}}" in change.after.text
    change = doc().remove_step_field((2,), "rounds")  # the first key, after the dash
    assert "    # A circuit.\n    - steps:\n          - {name: High knees" in change.after.text
    with pytest.raises(EditError, match="missing required key 'name'"):
        doc().remove_step_field((0,), "name")
    with pytest.raises(EditError):
        doc().remove_field("name")


def test_cues_are_set_and_cleared() -> None:
    on = doc().set_cue((0,), "say_reps", True)
    assert "      cues: {say_reps: true}\n" in on.after.text
    off = on.after.set_cue((0,), "say_reps", None)
    assert off.after.text == HAND
    routine_wide = doc().set_cue(None, "halfway", False)
    assert "    rest: 10s\n    cues: {halfway: false}\n" in routine_wide.after.text
    with pytest.raises(EditError, match="no cue called"):
        doc().set_cue(None, "bell", True)


def test_crlf_and_bom_are_kept() -> None:
    text = "\ufeff" + HAND.replace("\n", "\r\n")
    change = doc(text).set_step_field((0,), "tips", ["One.", "Two."])
    assert change.after.text.startswith("\ufeff# My own")
    assert "\n" not in change.after.text.replace("\r\n", "")
    assert change.undo.apply(change.after.text) == text


def test_text_that_is_not_a_valid_routine_has_no_form() -> None:
    with pytest.raises(DocumentError) as caught:
        RoutineDocument("supple: 1\nname: x\n", "x.yaml")
    assert caught.value.problems


@pytest.mark.parametrize("path", ROUTINES, ids=lambda p: p.name)
def test_one_field_of_each_builtin_routine(path: Path) -> None:
    text = path.read_text("utf-8")
    document = RoutineDocument(text, path.name)
    change = document.set_step_field((0,), "name", "Renamed step")
    before, after = text.splitlines(keepends=True), change.after.text.splitlines(keepends=True)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(before) == len(after) and len(changed) == 1
    assert "Renamed step" in after[changed[0]]
    assert change.undo.apply(change.after.text) == text


def test_a_value_shared_through_an_alias_is_left_to_the_text_view() -> None:
    text = ("supple: 1\nname: x\nsteps:\n  - {name: A, hold: &h 30s}\n"
            "  - {name: B, hold: *h}\n")
    for path in [(0,), (1,)]:
        with pytest.raises(EditError, match="shared with another place"):
            RoutineDocument(text, "x.yaml").set_step_field(path, "hold", "45s")
    change = RoutineDocument(text, "x.yaml").set_step_field((1,), "sets", 2)
    assert "  - {name: B, hold: *h, sets: 2}\n" in change.after.text


def test_an_alias_can_be_taken_out_but_not_an_anchor() -> None:
    text = ("supple: 1\nname: x\nsteps:\n  - {name: A, hold: 3s, tips: &t [One]}\n"
            "  - {name: B, hold: 4s, tips: *t}\n")
    change = RoutineDocument(text, "x.yaml").remove_step_field((1,), "tips")
    assert change.after.text.endswith("  - {name: B, hold: 4s}\n")
    with pytest.raises(EditError, match="shared with another place"):
        RoutineDocument(text, "x.yaml").remove_step_field((0,), "tips")


def test_an_empty_mapping_takes_its_first_key() -> None:
    text = "supple: 1\nname: x\ndefaults: {}\nsteps:\n  - {name: A, hold: 3s, cues: { }}\n"
    change = RoutineDocument(text, "x.yaml").set_cue((0,), "voice", False)
    assert change.after.text.endswith("  - {name: A, hold: 3s, cues: {voice: false}}\n")
    change = RoutineDocument(text, "x.yaml").set_field(("defaults", "rest"), "20s")
    assert "defaults: {rest: 20s}\n" in change.after.text


def test_a_text_that_reads_back_otherwise_is_refused() -> None:
    """The check does not trust the writer: text that is valid but not what was asked (here,
    the other step's hold changed too) is refused."""
    d = doc()
    body = d.text.replace("hold: 20s}", "hold: 25s}").replace("hold: 20s   ", "hold: 20s   ")
    expected = d.raw(())
    with pytest.raises(EditError, match="would not read back as intended"):
        d.commit(body, expected, "Change hold", (2, 0))
    with pytest.raises(EditError, match="would not read back"):
        d.commit(d.text + "\n  - [", expected, "Broken", None)


def test_a_writer_that_forgot_to_quote_would_be_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from supple.core.routines import yaml_write

    monkeypatch.setattr(yaml_write, "scalar", lambda value, flow: str(value))
    for name in ["No", "12", "on", "#x", "a: b"]:
        with pytest.raises(EditError, match="would not read back"):
            doc().set_step_field((0,), "name", name)


def test_defaults_are_created_when_missing() -> None:
    text = "supple: 1\nname: x\nsteps:\n  - name: A\n    hold: 3s\n"
    d = RoutineDocument(text, "x.yaml")
    change = d.set_cue(None, "halfway", False)
    assert change.after.text == ("supple: 1\nname: x\ndefaults:\n  cues: {halfway: false}\n"
                                 "steps:\n  - name: A\n    hold: 3s\n")
    assert change.after.routine.defaults.cues.halfway is False
    lead = change.after.set_field(("defaults", "lead_in"), "0")
    assert "defaults:\n  lead_in: 0\n  cues: {halfway: false}\n" in lead.after.text


def _within_lines(before: str, change: object) -> None:
    """The edit replaced part of one line, or added or removed whole lines."""
    edit = change.edit  # type: ignore[attr-defined]
    old, new = before[edit.start : edit.end], edit.text
    if "\n" in old or "\n" in new:
        assert before[: edit.start].endswith("\n") or not old.strip() or not new.strip()
    lines_before = before.splitlines()
    lines_after = change.after.text.splitlines()  # type: ignore[attr-defined]
    import difflib

    blocks = [op for op in difflib.SequenceMatcher(None, lines_before, lines_after,
                                                   autojunk=False).get_opcodes()
              if op[0] != "equal"]
    assert len(blocks) == 1, blocks
    _, i1, i2, j1, j2 = blocks[0]
    if (i2 - i1, j2 - j1) == (1, 2):  # a key put before the first one, after the dash
        assert lines_after[j1 + 1].strip() == lines_before[i1].strip().removeprefix("- ")
        return
    assert (i2 - i1, j2 - j1) in ((1, 1), (0, 1), (1, 0)), blocks


@pytest.mark.parametrize("path", [*ROUTINES, "hand"], ids=lambda p: getattr(p, "name", p))
def test_each_field_of_every_step_changes_only_its_line(path: Path | str) -> None:
    text = HAND if path == "hand" else Path(path).read_text("utf-8")
    d = RoutineDocument(text, "x.yaml")
    edits = [d.set_field("name", "Another name"), d.set_field(("defaults", "lead_in"), "7s")]
    for i, step in enumerate(d.steps()):
        if isinstance(step, Exercise):
            if step.hold is not None:
                edits.append(d.set_step_field((i,), "hold", f"{step.hold + 5:g}s"))
            if step.reps is not None:
                edits.append(d.set_step_field((i,), "reps", step.reps + 1))
            edits.append(d.set_step_field((i,), "sets", step.sets + 1))
            edits.append(d.set_cue((i,), "finish", False))
            edits.append(d.set_step_field((i,), "say", "Say this"))
        else:
            edits.append(d.set_step_field((i,), "name", "Renamed"))
    for change in edits:
        _within_lines(text, change)
        assert change.undo.apply(change.after.text) == text


def test_no_change_is_told_apart_and_a_change_can_be_replayed() -> None:
    from supple.core.routines.document import NoChange

    with pytest.raises(NoChange):
        doc().set_step_field((0,), "hold", "30s")
    with pytest.raises(NoChange):
        doc().move_step((0,), (1,))
    change = doc().set_step_field((0,), "sets", 4)
    assert change.before.applied(change.edit).text == change.after.text
    assert change.after.applied(change.undo).text == HAND
