"""A routine built entirely through the form's widgets, saved, and read back by the loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import add, choose, drag, retype, select, undo_key
from supple.core.resources import images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.routines.loader import load_file, load_text
from supple.core.session.timeline import plan
from supple.qt.editor.picture_picker import PicturePicker
from supple.qt.editor.window import RoutineEditor

EXPECTED = """\
supple: 1
name: Built by hand
category: strength
description: For the calves, after a run.
tags: [calves, form]
source: ACSM
defaults: {lead_in: 3s, rest: 20s, switch: 5s, cues: {countdown: false}}
steps:
  - {name: Plank, hold: 1m, sets: 2, image: high-knees.svg}
  - name: Wall calf stretch
    hold: 30s
    image: wall-calf-stretch.svg
    instructions: >-
      Hands on the wall, back leg straight, heel down. Lean in until the calf pulls gently.
  - {name: Calf raises, reps: 12, tempo: {up: 1s, down: 2s}, sets: 3, image: calf-raise.svg}
  - {name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}, sets: 2, cues: {say_reps: true}}
  - {rest: 45s, name: Walk it off}
  - {name: Cadence drill, metronome: 176, hold: 30s}
  - name: Circuit
    rounds: 3
    rest: 10s
    steps:
      - {name: High knees, hold: 20s, image: high-knees.svg}
      - {name: Butt kicks, hold: 20s, image: butt-kicks.svg}
"""


def test_build_a_routine_through_the_form_and_load_it_back(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)
    path = tmp_path / "routines" / "built-by-hand.yaml"
    path.parent.mkdir()
    editor = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    form = editor.form
    assert editor.tabs.currentWidget() is form  # a new routine starts from the template

    # The routine page.
    form.routine_button.click()
    page = form.routine_page
    retype(qtbot, page.name, "Built by hand")
    choose(qtbot, page.category, "strength")
    retype(qtbot, page.description, "For the calves, after a run.")
    retype(qtbot, page.tags, "calves, form")
    retype(qtbot, page.source, "ACSM")
    retype(qtbot, page.lead_in, "3s")
    retype(qtbot, page.rest, "20s")
    countdown = page.cues["countdown"]
    assert countdown.checkState() == Qt.CheckState.PartiallyChecked  # inherited
    countdown.click()  # on
    countdown.click()  # off
    assert countdown.checkState() == Qt.CheckState.Unchecked

    # A timed hold, after the template's two steps.
    select(qtbot, form.tree, (1,))
    add(form, "Timed hold")
    exercise = form.exercise_form
    assert form.stack.currentWidget() is exercise and form.tree.current_path() == (2,)
    retype(qtbot, exercise.name, "Plank")
    retype(qtbot, exercise.hold, "1m")
    retype(qtbot, exercise.sets, "2")

    def pick(current: str | None) -> str | None:
        picker = PicturePicker(images_dir(), path.parent, current, editor)
        qtbot.addWidget(picker)
        qtbot.keyClicks(picker.search, "knees")
        assert picker.shown_names() == ["high-knees.svg"]
        picker.accept()
        return picker.chosen

    form.ask_picture = pick
    qtbot.mouseClick(exercise.picture_button, Qt.MouseButton.LeftButton)
    assert exercise.picture_name.toolTip() == "high-knees.svg"
    assert exercise.picture_name.text() == "high knees"

    # Reps with a tempo, and the rep count spoken.
    add(form, "Reps with tempo")
    retype(qtbot, exercise.name, "Heel drops")
    retype(qtbot, exercise.reps, "15")
    assert exercise.phases["up"].text() == "1s"
    retype(qtbot, exercise.phases["down"], "3s")
    exercise.cues["say_reps"].click()  # inherited → on
    # A rest, a metronome drill, a block of three rounds.
    add(form, "Rest")
    assert form.stack.currentWidget() is form.rest_form
    retype(qtbot, form.rest_form.rest, "45s")
    add(form, "Metronome drill")
    assert form.exercise_form.metronome.isVisible()
    retype(qtbot, exercise.metronome, "176")
    add(form, "Circuit")
    block = form.block_form
    assert form.stack.currentWidget() is block
    retype(qtbot, block.rounds, "3")
    retype(qtbot, block.rest, "10s")
    assert form.tree.rows.index(6, 0).data() == \
        "Circuit\n3 rounds of 2 steps · 10 s rest between"

    # The first step on one side only; the plank dragged to the top with the mouse.
    select(qtbot, form.tree, (0,))
    choose(qtbot, exercise.sides, "One side")
    drag(form.tree, (2,), (0,), where="above")
    assert form.tree.rows.index(0, 0).data() == "Plank\n1:00 · 2 sets"
    assert form.tree.rows.index(1, 0).data() == "Wall calf stretch\n30 s"

    # Undo and redo the last few changes, with the keys, from a field.
    built = editor.text.toPlainText()
    undo_key(qtbot, form.tree, 3)
    assert "sides: both" in editor.text.toPlainText()
    undo_key(qtbot, form.tree, 3, redo=True)
    assert editor.text.toPlainText() == built

    assert editor.save()
    routine, problems = load_file(path)
    assert routine is not None and problems == []
    expected, expected_problems = load_text(EXPECTED, "expected.yaml")
    assert expected is not None and expected_problems == []
    assert routine == expected
    assert plan(routine) == plan(expected)
