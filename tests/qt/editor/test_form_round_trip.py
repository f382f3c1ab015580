"""One field changed through the form: every other line of the file stays byte for byte."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import choose, retype, select
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.routines.loader import load_file
from supple.qt.editor.window import RoutineEditor

BUILT_IN = sorted(builtin_routines_dir().glob("*.yaml"))

HAND = """\
# ── My Saturday routine ──────────────────────────────────────────
#   Notes to myself: keep it short.   Trailing spaces here →  \x20
supple: 1   # the format
name: "Saturday calves"      # double-quoted on purpose
category: 'post-run stretch'
tags:
  - calves        # the main thing
  - "achilles"
defaults:
    lead_in: 5s            # get ready
    rest: 10s

steps:
    # ── Warm ─────────
    - name: Wall calf stretch
      hold: 30s   # half a minute
      sides: both
      tips:
          - Point the back foot straight ahead.   # really
          - A mild pull, never pain.


    - {name: Heel drops, reps: 15, tempo: {up: 1s, down: 3s}}   # flow style

    # ── A circuit ──
    - rounds: 2      # twice
      steps:
          - {name: High knees, hold: 20s}
          # between
          - name: Butt kicks
            hold: 20s      # same as knees
# the end
"""

Open = Callable[[Path], RoutineEditor]


@pytest.fixture
def open_editor(qtbot: QtBot, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[Open]:
    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda _self: QMessageBox.StandardButton.Discard)

    def make(path: Path) -> RoutineEditor:
        editor = RoutineEditor(path, DraftStore(tmp_path / "drafts"), images_dir())
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    yield make


def changed_lines(before: bytes, after: bytes) -> list[tuple[bytes, bytes]]:
    """The lines that differ, when the two have the same lines otherwise."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


@pytest.mark.parametrize("source", BUILT_IN, ids=[p.stem for p in BUILT_IN])
def test_renaming_a_built_in_routine_changes_only_its_name_line(
        qtbot: QtBot, open_editor: Open, tmp_path: Path, source: Path) -> None:
    path = tmp_path / source.name
    original = source.read_bytes()
    path.write_bytes(original)
    editor = open_editor(path)
    editor.form.routine_button.click()
    retype(qtbot, editor.form.routine_page.name, "My own version")
    assert editor.save()
    saved = path.read_bytes()
    [(old, new)] = changed_lines(original, saved)
    assert old.startswith(b"name: ") and new == b"name: My own version\n"
    routine, problems = load_file(path)
    assert routine is not None and not problems and routine.name == "My own version"


def test_a_heavily_commented_file_keeps_every_other_byte(
        qtbot: QtBot, open_editor: Open, tmp_path: Path) -> None:
    path = tmp_path / "saturday.yaml"
    original = HAND.encode()
    path.write_bytes(original)
    editor = open_editor(path)
    form = editor.form

    select(qtbot, form.tree, (2, 1))  # Butt kicks, inside the circuit
    retype(qtbot, form.exercise_form.hold, "25s")
    assert editor.save()
    [(old, new)] = changed_lines(original, path.read_bytes())
    assert (old, new) == (b"            hold: 20s      # same as knees\n",
                          b"            hold: 25s      # same as knees\n")

    editor.form.routine_button.click()
    choose(qtbot, form.routine_page.category, "strength")
    assert editor.save()
    changes = changed_lines(original, path.read_bytes())
    assert changes[0] == (b"category: 'post-run stretch'\n", b"category: strength\n")
    assert len(changes) == 2

    select(qtbot, form.tree, (0,))
    retype(qtbot, form.exercise_form.sets, "2")
    assert editor.save()
    after = path.read_bytes()
    # One line added where the format puts sets (after hold), nothing else touched.
    expected = (original.replace(b"hold: 20s      # same", b"hold: 25s      # same")
                .replace(b"category: 'post-run stretch'", b"category: strength")
                .replace(b"      hold: 30s   # half a minute\n",
                         b"      hold: 30s   # half a minute\n      sets: 2\n"))
    assert after == expected
    routine, problems = load_file(path)
    assert routine is not None and not problems
    assert routine.steps[0].sets == 2  # type: ignore[union-attr]
