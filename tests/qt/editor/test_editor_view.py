"""The routine editor window: live checking, preview, saving, conflicts, drafts, insertion."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from form_helpers import beside_the_tabs
from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.routines.durations import format_duration
from supple.core.routines.loader import load_text
from supple.core.routines.text_edits import StepKind, step_insertion
from supple.core.session.timeline import plan
from supple.qt.editor.window import RoutineEditor

CALF = (builtin_routines_dir() / "quick-calf-care.yaml").read_text("utf-8")

Answer = QMessageBox.StandardButton
MakeEditor = Callable[..., RoutineEditor]


@pytest.fixture
def routine(tmp_path: Path) -> Path:
    path = tmp_path / "routines" / "quick-calf-care.yaml"
    path.parent.mkdir()
    path.write_text(CALF, "utf-8")
    return path


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "cache" / "drafts")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """What the "unsaved changes" question answers, first to last; Discard when empty."""
    given: list[Answer] = []
    asked = given.copy()

    def ask(_self: RoutineEditor) -> Answer:
        asked.append(Answer.Discard)
        return given.pop(0) if given else Answer.Discard

    monkeypatch.setattr(RoutineEditor, "ask_unsaved", ask)
    return given


@pytest.fixture
def make_editor(
    qtbot: QtBot, drafts: DraftStore, answers: list[Answer]
) -> Iterator[MakeEditor]:
    def make(path: Path) -> RoutineEditor:
        editor = RoutineEditor(path, drafts, images_dir())
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)  # Ctrl+S is a window shortcut
        editor.show_text()  # these tests are about the YAML tab (the form has its own)
        return editor

    yield make


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _move_to_end_of_line(editor: RoutineEditor, line: int) -> None:
    block = editor.text.document().findBlockByNumber(line - 1)
    cursor = editor.text.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    editor.text.setTextCursor(cursor)


def _type(qtbot: QtBot, editor: RoutineEditor, text: str) -> None:
    """Type like a person; QTest cannot type a newline, so Return is pressed for it."""
    for i, part in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(editor.text, Qt.Key.Key_Return)
        if part:
            qtbot.keyClicks(editor.text, part)


def _type_error(qtbot: QtBot, editor: RoutineEditor) -> int:
    """Turn the first ``hold: 30s`` into ``hold: 30sx``; return its line."""
    line = _line_of(CALF, "hold: 30s")
    _move_to_end_of_line(editor, line)
    qtbot.keyClicks(editor.text, "x")
    return line


# --- live checking ----------------------------------------------------------------------------


def test_typing_an_error_shows_it_on_the_right_line(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    assert editor.problems.count() == 0
    line = _type_error(qtbot, editor)
    qtbot.waitUntil(lambda: editor.problems.count() == 1)
    item = editor.problems.item(0)
    assert item.text().startswith(f"{line}:")
    assert "steps[1].hold" in item.text()
    assert "unknown unit 'sx'" in item.text()
    assert editor.problems_heading.text() == "1 problem"


def test_the_offending_line_is_underlined(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    line = _type_error(qtbot, editor)
    qtbot.waitUntil(lambda: editor.problems.count() == 1)
    underlined = [
        s.cursor.blockNumber() + 1
        for s in editor.text.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert underlined == [line]
    assert editor.text.error_lines == {line}
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: editor.problems.count() == 0)
    assert editor.text.extraSelections() == []


def test_clicking_a_problem_moves_the_cursor_there(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    line = _type_error(qtbot, editor)
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.Start)
    assert editor.text.textCursor().blockNumber() == 0
    qtbot.waitUntil(lambda: editor.problems.count() == 1)
    item = editor.problems.item(0)
    rect = editor.problems.visualItemRect(item)
    qtbot.mouseClick(editor.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = editor.text.textCursor()
    assert cursor.blockNumber() + 1 == line
    assert cursor.positionInBlock() == len("    hold: ")  # the problem's column


def test_preview_shows_the_total_and_exercises(make_editor: MakeEditor, routine: Path) -> None:
    editor = make_editor(routine)
    parsed, _ = load_text(CALF, "x")
    assert parsed is not None
    total = format_duration(plan(parsed).total)
    assert editor.preview_name.text() == "Quick calf care"
    assert editor.preview_meta.text().startswith(f"{total} in all · 3 exercises")
    names = [editor.preview_steps.item(i).text() for i in range(editor.preview_steps.count())]
    assert names[1] == "Wall calf stretch, straight knee\n30s · 2 sets · each side"
    assert editor.preview_note.isHidden()


def test_preview_keeps_the_last_valid_version_and_updates(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    _type_error(qtbot, editor)
    qtbot.waitUntil(lambda: editor.problems.count() == 1)
    assert editor.preview_name.text() == "Quick calf care"
    assert not editor.preview_note.isHidden()
    editor.text.replace_range(0, len(editor.text.toPlainText()),
                              CALF.replace("name: Quick calf care", "name: Quicker"))
    qtbot.waitUntil(lambda: editor.preview_name.text() == "Quicker")
    assert editor.preview_note.isHidden()


def test_routine_text_is_shown_as_plain_text(make_editor: MakeEditor, routine: Path) -> None:
    routine.write_text(CALF.replace("name: Quick calf care", "name: <b>Bold</b>"), "utf-8")
    editor = make_editor(routine)
    assert editor.preview_name.textFormat() == Qt.TextFormat.PlainText
    assert editor.preview_name.text() == "<b>Bold</b>"


# --- saving -----------------------------------------------------------------------------------


def test_ctrl_s_writes_the_file(qtbot: QtBot, make_editor: MakeEditor, routine: Path) -> None:
    editor = make_editor(routine)
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    _type(qtbot, editor, "# added by me\n")
    assert editor.windowTitle().startswith("• quick-calf-care.yaml")
    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [routine]
    assert routine.read_text("utf-8") == CALF + "# added by me\n"
    assert routine.with_name("quick-calf-care.yaml~").read_text("utf-8") == CALF
    assert editor.windowTitle() == "quick-calf-care.yaml — Supple"
    assert not editor.is_dirty()


def test_saving_an_invalid_routine_writes_it_and_warns(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    _type_error(qtbot, editor)
    assert editor.save()
    assert "hold: 30sx" in routine.read_text("utf-8")
    assert editor.message_bar.isVisible()
    assert "won't appear in the library" in editor.message_bar.label.text()


def test_a_disk_error_keeps_the_text_and_the_file(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path, drafts: DraftStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = make_editor(routine)
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    _type(qtbot, editor, "# mine\n")

    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        if Path(dst) == routine:  # the draft, elsewhere, still fits
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full)
        assert not editor.save()
    assert routine.read_text("utf-8") == CALF
    assert "disk is full" in editor.message_bar.label.text()
    assert editor.is_dirty()
    assert editor.text.toPlainText() == CALF + "# mine\n"
    assert drafts.load(routine) == CALF + "# mine\n"


def test_a_new_routine_starts_from_the_template(
    make_editor: MakeEditor, tmp_path: Path
) -> None:
    path = tmp_path / "routines" / "hill-day.yaml"
    editor = make_editor(path)
    assert editor.is_dirty()
    assert editor.preview_name.text() == "Hill day"
    assert editor.save()
    routine, problems = load_text(path.read_text("utf-8"), path.name)
    assert problems == [] and routine is not None and routine.name == "Hill day"


# --- changes outside the app ------------------------------------------------------------------


def test_change_on_disk_with_unsaved_edits_shows_the_bar_and_save_refuses(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    _type(qtbot, editor, "# mine\n")
    theirs = CALF.replace("hold: 30s", "hold: 45s")
    routine.write_text(theirs, "utf-8")
    qtbot.waitUntil(editor.conflict_bar.isVisible, timeout=5000)  # the file watcher saw it
    assert "changed outside Supple" in editor.conflict_bar.label.text()
    assert not editor.save()
    assert routine.read_text("utf-8") == theirs
    assert editor.conflict_bar.isVisible()
    assert editor.conflict_bar.label.text().startswith("Not saved")
    editor.keep_mine()
    assert editor.save()
    assert routine.read_text("utf-8") == CALF + "# mine\n"


def test_reload_theirs_takes_the_disk_version(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    _type(qtbot, editor, "# mine\n")
    theirs = CALF + "# theirs\n"
    routine.write_text(theirs, "utf-8")
    editor.check_disk()
    assert editor.conflict_bar.isVisible()
    editor.compare()
    assert editor._compare is not None
    assert [p.toPlainText() for p in editor._compare.panes] == ["# mine\n" + CALF, theirs]
    editor.reload_theirs()
    assert editor.text.toPlainText() == theirs
    assert not editor.is_dirty()
    assert not editor.conflict_bar.isVisible()
    editor.text.undo()  # the user's version is one undo away
    assert editor.text.toPlainText() == "# mine\n" + CALF


def test_change_on_disk_without_edits_reloads_silently(
    make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    theirs = CALF.replace("Quick calf care", "Calf care, edited in vim")
    routine.write_text(theirs, "utf-8")
    editor.check_disk()
    assert editor.text.toPlainText() == theirs
    assert not editor.conflict_bar.isVisible()
    assert not editor.is_dirty()
    assert editor.preview_name.text() == "Calf care, edited in vim"


def test_own_save_is_not_taken_for_an_outside_change(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    _type(qtbot, editor, "# one\n")
    assert editor.save()
    _type(qtbot, editor, "# two\n")
    editor.check_disk()
    assert not editor.conflict_bar.isVisible()
    assert editor.text.toPlainText().startswith("# one\n# two\n")


def test_deleted_file_offers_to_recreate(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    _type(qtbot, editor, "# mine\n")
    routine.unlink()
    editor.check_disk()
    assert "deleted" in editor.conflict_bar.label.text()
    assert not editor.reload_button.isVisibleTo(editor)
    assert not editor.save()
    assert not routine.exists()
    editor.keep_mine()
    assert editor.save()
    assert routine.read_text("utf-8") == "# mine\n" + CALF


# --- drafts -----------------------------------------------------------------------------------


def test_draft_is_written_while_dirty_and_offered_on_reopen(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path, drafts: DraftStore
) -> None:
    editor = make_editor(routine)
    editor.draft_timer.setInterval(20)
    _type(qtbot, editor, "# half done\n")
    qtbot.waitUntil(lambda: drafts.load(routine) == "# half done\n" + CALF)
    editor.draft_timer.stop()  # as if the app had crashed here: no close, no cleanup
    assert routine.read_text("utf-8") == CALF

    again = make_editor(routine)
    assert again.draft_bar.isVisible()
    assert again.text.toPlainText() == CALF
    again.restore_draft()
    assert again.text.toPlainText() == "# half done\n" + CALF
    assert again.is_dirty()


def test_draft_is_dropped_after_saving_and_not_offered(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path, drafts: DraftStore
) -> None:
    editor = make_editor(routine)
    _type(qtbot, editor, "# x\n")
    editor.autosave_draft()
    assert drafts.load(routine) is not None
    assert editor.save()
    assert drafts.load(routine) is None
    assert not make_editor(routine).draft_bar.isVisible()


# --- closing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "closed", "on_disk"),
    [(Answer.Cancel, False, CALF), (Answer.Discard, True, CALF),
     (Answer.Save, True, "# mine\n" + CALF)],
)
def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path, drafts: DraftStore,
    answers: list[Answer], answer: Answer, closed: bool, on_disk: str,
) -> None:
    editor = make_editor(routine)
    _type(qtbot, editor, "# mine\n")
    editor.autosave_draft()
    answers.append(answer)
    editor.close()
    assert editor.isVisible() is not closed
    assert routine.read_text("utf-8") == on_disk
    assert (drafts.load(routine) is None) is closed


def test_closing_without_changes_does_not_ask(
    make_editor: MakeEditor, routine: Path, answers: list[Answer]
) -> None:
    editor = make_editor(routine)
    answers.append(Answer.Cancel)
    editor.close()
    assert not editor.isVisible()
    assert answers == [Answer.Cancel]  # never asked


# --- editing help keeps the file's own text ---------------------------------------------------


def test_insert_and_save_keep_every_comment_byte_for_byte(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    expected_edit = step_insertion(CALF, StepKind.REPS)
    assert expected_edit is not None
    action = next(a for a in editor.insert_menu.actions() if a.text() == StepKind.REPS.value)
    action.trigger()
    assert editor.text.textCursor().selectedText() == "New exercise"
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = routine.read_bytes()
    assert saved == expected_edit.apply(CALF).encode("utf-8")
    start = expected_edit.start
    assert saved[:start] == CALF.encode("utf-8")[:start]
    assert saved.endswith(expected_edit.text.encode("utf-8"))
    assert saved.decode("utf-8").count("#") == CALF.count("#")
    routine_after, problems = load_text(saved.decode("utf-8"), routine.name)
    assert problems == [] and routine_after is not None and len(routine_after.steps) == 4


def test_bom_and_crlf_survive_an_edit(
    qtbot: QtBot, make_editor: MakeEditor, routine: Path
) -> None:
    raw = "\ufeff" + CALF.replace("\n", "\r\n")
    routine.write_bytes(raw.encode("utf-8"))
    editor = make_editor(routine)
    assert editor.current_problems == []
    editor.insert_step(StepKind.REST)
    assert editor.save()
    data = routine.read_bytes().decode("utf-8")
    assert data.startswith("\ufeff# Quick calf care")
    assert data.count("\r\n") == data.count("\n")
    assert data.startswith(raw)  # everything before the new step is untouched


def test_deleted_file_without_edits_becomes_unsaved_text(
    make_editor: MakeEditor, routine: Path
) -> None:
    editor = make_editor(routine)
    routine.unlink()
    editor.check_disk()
    assert not editor.conflict_bar.isVisible()
    assert "deleted outside Supple" in editor.message_bar.label.text()
    assert editor.is_dirty() and editor.text.toPlainText() == CALF
    assert editor.save()
    assert routine.read_text("utf-8") == CALF


# --- layout and keyboard ----------------------------------------------------------------------


def _with_a_mistake(editor: RoutineEditor) -> None:
    """The good version previewed, then a problem in the text, as in the screenshots."""
    editor.validate()
    text = editor.text.toPlainText()
    start = text.index("hold: 30s")
    editor.text.replace_range(start, start + len("hold: 30s"), "hold: half a minute")
    editor.validate()


@pytest.mark.parametrize(("size", "scale", "side_by_side"), [
    ((800, 600), 1.8, False), ((800, 600), 1.0, True), ((1240, 760), 1.0, True),
    ((1920, 1080), 1.5, True)])
def test_small_window_and_large_text_clip_nothing(
        qtbot: QtBot, make_editor: MakeEditor, routine: Path,
        text_scale: Callable[[float], None], size: tuple[int, int], scale: float,
        side_by_side: bool) -> None:
    """Regression: at 800x600 and 1.8x text the preview title was squeezed to less than its
    lines, the exercise list scrolled sideways and the problem was cut off at the bottom."""
    from PySide6.QtWidgets import QApplication

    text_scale(scale)
    editor = make_editor(routine)
    editor.resize(*size)
    qtbot.waitUntil(lambda: editor.size().width() == size[0])
    _with_a_mistake(editor)
    QApplication.processEvents()
    horizontal = editor.split.orientation() == Qt.Orientation.Horizontal
    beside = editor.reflow.is_wide()
    assert beside is side_by_side and horizontal
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == \
        ["Form", "YAML"] + ([] if side_by_side else ["Preview"])
    assert not editor.problems.horizontalScrollBar().isVisible()
    first = editor.problems.visualItemRect(editor.problems.item(0))
    assert editor.problems.viewport().rect().contains(first)  # the problem shows whole
    text = editor.text.size()
    if not side_by_side:  # a tab of its own: as big as the text's
        editor.tabs.setCurrentWidget(editor.preview)
        QApplication.processEvents()

    for label in (editor.preview_name, editor.preview_meta, editor.preview_note):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert editor.preview_name.width() >= editor.preview_name.minimumSizeHint().width()
    assert not editor.preview_steps.horizontalScrollBar().isVisible()
    assert editor.status.isVisible()  # not hidden behind the toolbar's overflow button
    assert not editor.preview.horizontalScrollBar().isVisible()
    if side_by_side:
        preview = editor.preview.size()
        assert text.width() * text.height() > preview.width() * preview.height()  # code first


def test_ctrl_tab_and_f6_move_between_the_text_problems_and_preview(
        qtbot: QtBot, make_editor: MakeEditor, routine: Path) -> None:
    """Tab indents in the text, so keyboard users get out of it with Ctrl+Tab or F6."""
    editor = make_editor(routine)
    _type_error(qtbot, editor)
    qtbot.waitUntil(lambda: editor.problems.count() == 1)
    assert editor.text.hasFocus()

    qtbot.keyClick(editor.text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.problems.hasFocus()
    qtbot.keyClick(editor.problems, Qt.Key.Key_F6)
    assert editor.preview.hasFocus()
    qtbot.keyClick(editor.preview, Qt.Key.Key_F6)
    assert editor.text.hasFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.preview.hasFocus()
    qtbot.keyClick(editor.preview, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert editor.problems.hasFocus()
    assert "x" in editor.text.toPlainText()  # nothing typed into the text on the way
    assert "\t" not in editor.text.toPlainText()


def test_without_problems_ctrl_tab_goes_straight_to_the_preview_and_says_so(
        qtbot: QtBot, make_editor: MakeEditor, routine: Path) -> None:
    editor = make_editor(routine)
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.preview.hasFocus()
    assert editor.text.toPlainText() == CALF
    assert "Ctrl+Tab" in editor.pane_hint.text() and editor.pane_hint.isVisible()
    assert "Ctrl+Tab" in editor.text.accessibleDescription()


def test_a_wide_editor_can_be_narrowed_into_the_stacked_layout(
        qtbot: QtBot, make_editor: MakeEditor, routine: Path,
        text_scale: Callable[[float], None]) -> None:
    """Regression: side by side, the panes' minimum widths became the window's, so it could
    never be made narrow enough to move the preview out of the way (now: into a tab)."""
    from PySide6.QtWidgets import QApplication

    text_scale(1.5)
    editor = make_editor(routine)
    editor.resize(1900, 900)
    qtbot.waitUntil(lambda: editor.width() == 1900)
    assert beside_the_tabs(editor)
    editor.resize(700, 700)
    qtbot.waitUntil(lambda: editor.width() == 700)
    QApplication.processEvents()
    assert editor.reflow.holder.isHidden() and editor.tabs.indexOf(editor.preview) == 2
    editor.tabs.setCurrentWidget(editor.preview)
    QApplication.processEvents()
    assert not editor.preview.horizontalScrollBar().isVisible()
    editor.resize(1900, 900)
    qtbot.waitUntil(lambda: editor.width() == 1900)
    assert beside_the_tabs(editor) and editor.tabs.count() == 2
    assert editor.preview.isVisible() and editor.tabs.currentWidget() is not editor.preview
