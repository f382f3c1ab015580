"""The main window end to end: real widgets, a real SQLite history, a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock, FaultSwitch, RecordingCuePlayer
from supple.core.history.held import HeldWrites
from supple.core.history.model import Outcome
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.session.cues import CueKind
from supple.core.session.engine import State
from supple.core.settings import Settings, load_settings
from supple.qt.main_window import MainWindow, Services
from supple.qt.session_controller import SessionController
from supple.qt.settings_dialog import SettingsDialog

ROUTINE = """\
supple: 1
name: Window test
category: strength
defaults: {lead_in: 3s}
steps:
  - {name: "<b>Calf</b> raises", reps: 2, tempo: {up: 1s, down: 2s}}
  - {name: Wall stretch, hold: 8s, sides: both, switch: 2s}
"""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.resolve(tmp_path / "data")
    p.routines.mkdir(parents=True)
    (p.routines / "window-test.yaml").write_text(ROUTINE)
    return p


def make_window(
    qtbot: QtBot, paths: AppPaths, clock: FakeClock, cues: RecordingCuePlayer
) -> MainWindow:
    history = HistoryStore(paths.history_db)
    services = Services(
        paths=paths,
        clock=clock,
        cues=cues,
        history=history,
        open_recorder=lambda: SessionRecorder(lambda: HistoryStore(paths.history_db)),
        voice_reason=None,
    )
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    window.confirm_quit = lambda: True
    qtbot.addWidget(window)
    window.show()
    return window


def last_done_cell(window: MainWindow, name: str) -> str:
    model = window.library_view.proxy
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for r in range(model.rowCount(group)):
            if model.index(r, 0, group).data() == name:
                return str(model.index(r, 3, group).data())
    raise AssertionError(f"{name} not in the library")


def start(window: MainWindow, routine_id: str = "window-test") -> None:
    """Start a routine as the library's Start button does."""
    card = window.catalog.find(routine_id)
    assert card is not None, f"{routine_id} not in the library"
    window.start_card(card)


def session_of(window: MainWindow) -> SessionController:
    """The session on screen, which there must be."""
    assert window.session is not None, "no session on screen"
    return window.session


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    driver = session_of(window).driver
    for _ in range(10_000):
        if driver.state.over:
            return
        deadline = driver.engine.next_deadline()
        assert deadline is not None
        clock.t = max(clock.t, deadline)
        driver.tick()
    raise AssertionError("routine did not finish")


def test_start_from_library_run_rate_and_see_it_in_history(qtbot: QtBot, paths: AppPaths) -> None:
    clock, cues = FakeClock(), RecordingCuePlayer()
    window = make_window(qtbot, paths, clock, cues)
    view = window.library_view
    assert view.selected() is not None and view.selected().id == "window-test"
    assert view.title.text() == "Window test"
    view.pain_scale.group.button(6).click()
    with qtbot.waitSignal(window.routineStarted, timeout=1000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert session_of(window).driver.state is State.RUNNING
    assert window.stack.currentWidget() is session_of(window).player
    run_to_end(window, clock)
    assert session_of(window).driver.state is State.FINISHED
    assert CueKind.FINISHED in cues.played and CueKind.SWITCH in cues.played
    from supple.qt.player.rating import RatingView

    [rating] = session_of(window).player.findChildren(RatingView)
    rating.scale.group.button(2).click()
    rating.tightness.group.button(5).click()
    rating.note.setText("<i>looser</i>")
    qtbot.mouseClick(rating.save, Qt.MouseButton.LeftButton)
    window.close_player()
    assert window.stack.currentWidget() is window.library_view
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert session.outcome is Outcome.COMPLETED
    assert (session.pain_before, session.pain_after, session.note) == (6, 2, "<i>looser</i>")
    assert [(r.pain, r.tightness) for r in store.session_ratings(session.uuid)] == [(2, 5)]
    assert (session.steps_done, session.steps_skipped, session.steps_total) == (3, 0, 3)
    store.close()
    # The library now says when it was last done.
    assert last_done_cell(window, "Window test") == "today"
    assert last_done_cell(window, "Quick calf care") == "never"


def test_interrupted_session_is_offered_and_resumes_where_it_stopped(
    qtbot: QtBot, paths: AppPaths
) -> None:
    card = scan_catalog(None, [paths.routines]).find("window-test")
    loaded = load_card(card)[0] if card is not None else None
    assert loaded is not None
    store = HistoryStore(paths.history_db)
    record = store.begin_session(
        loaded.id, loaded.routine.name, loaded.routine.category, loaded.fingerprint, 3
    )
    from supple.core.history.model import StepStatus

    # Steps are recorded by their number among the routine's work segments.
    store.record_step(record.uuid, 0, "Calf raises", None, StepStatus.DONE, 6.0, 9.0)
    store.close()  # as if the app died here: the session is still "in progress"
    store = HistoryStore(paths.history_db)
    assert [r.uuid for r in store.mark_stale_in_progress_as_interrupted()] == [record.uuid]
    store.close()

    clock, cues = FakeClock(), RecordingCuePlayer()
    window = make_window(qtbot, paths, clock, cues)
    [interrupted] = window.services.history.interrupted_sessions()  # type: ignore[union-attr]
    window.offer_resume(interrupted)
    assert window.notices.isVisible()
    assert "interrupted" in window.notices.label.text()
    from PySide6.QtWidgets import QPushButton

    [resume] = [b for b in window.notices.findChildren(QPushButton) if b.text() == "Resume"]
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert session_of(window).driver.engine.segment is not None
    seg = session_of(window).driver.engine.segment
    # The next exercise, from its get-ready: "Wall stretch" left.
    assert (seg.kind.value, seg.name, seg.side) == ("lead_in", "Wall stretch", "left")
    engine = session_of(window).driver.engine
    run_to_end(window, clock)
    # The finish screen counts the whole session, the step done before the crash included.
    player = session_of(window).player
    assert player.done_stat.value.text() == "3"
    from supple.core.routines.durations import format_duration

    assert player.finish_page.time_stat.value.text() == format_duration(
        engine.active_seconds())
    window.close_player()
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert session.uuid == record.uuid and session.outcome is Outcome.COMPLETED
    # The active time from before the crash is kept (the engine starts from it, so the
    # finish screen shows the same total), and every step is counted once.
    assert session.active_seconds == pytest.approx(engine.active_seconds())
    assert engine.active_seconds() > 9.0
    assert (session.steps_done, session.steps_skipped, session.steps_total) == (3, 0, 3)
    assert [s.position for s in store.steps(session.uuid)] == [0, 1, 2]
    store.close()


def offered_after_a_crash(qtbot: QtBot, paths: AppPaths, steps_done: int) -> MainWindow:
    """A window offering to resume a session of "window-test" that was interrupted after
    ``steps_done`` steps (as if the app died then)."""
    from supple.core.history.model import StepStatus

    card = scan_catalog(None, [paths.routines]).find("window-test")
    loaded = load_card(card)[0] if card is not None else None
    assert loaded is not None
    store = HistoryStore(paths.history_db)
    record = store.begin_session(
        loaded.id, loaded.routine.name, loaded.routine.category, loaded.fingerprint, 3)
    for position in range(steps_done):
        store.record_step(record.uuid, position, "x", None, StepStatus.DONE, 1.0, 3.0)
    store.close()
    store = HistoryStore(paths.history_db)
    store.mark_stale_in_progress_as_interrupted()
    store.close()
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    [interrupted] = window.services.history.interrupted_sessions()  # type: ignore[union-attr]
    window.offer_resume(interrupted)
    return window


def test_a_session_interrupted_after_its_last_step_is_not_offered_for_resuming(
    qtbot: QtBot, paths: AppPaths
) -> None:
    """Regression: Resume raised IndexError when the crash came between the last step and
    the finish write."""
    from PySide6.QtWidgets import QPushButton

    window = offered_after_a_crash(qtbot, paths, steps_done=3)
    buttons = [b.text() for b in window.notices.findChildren(QPushButton)]
    assert "Resume" not in buttons and "Keep as it is" in buttons


def test_settings_dialog_changes_are_saved_and_applied(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = SettingsDialog(Settings(), "no speech engine here")
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled() and not dialog.voice.isChecked()
    # Regression: the disabled box used to save "voice off" for good.
    assert dialog.result_settings().cues.voice is True
    dialog.volume.setValue(30)
    dialog.routine_lead_in.setChecked(False)
    dialog.lead_in.setValue(10)
    dialog.cue_boxes["halfway"].setChecked(False)
    dialog.text_size.setCurrentIndex(2)
    chosen = dialog.result_settings()
    assert chosen.volume == pytest.approx(0.3)
    assert chosen.lead_in == 10 and chosen.cues.halfway is False
    assert chosen.text_scale == 1.5

    clock, cues = FakeClock(), RecordingCuePlayer()
    window = make_window(qtbot, paths, clock, cues)
    window.settings = chosen
    window.set_muted(True)
    assert cues.muted is True
    saved, message = load_settings(paths.settings_file)
    assert message is None and saved.muted and saved.lead_in == 10
    # The app-wide lead-in replaces the routine's 3 s get-ready time.
    start(window)
    first = session_of(window).driver.engine.timeline.segments[0]
    assert first.duration == 10


def test_search_filters_the_library(qtbot: QtBot, paths: AppPaths) -> None:
    (paths.routines / "other.yaml").write_text(
        "supple: 1\nname: Foam it\ncategory: foam rolling\n"
        "steps:\n  - {name: Roll calves, hold: 60s}\n"
    )
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.reload_library()
    view = window.library_view

    def visible_routines() -> list[str]:
        names = []
        for row in range(view.proxy.rowCount()):
            group = view.proxy.index(row, 0)
            names += [
                view.proxy.index(r, 0, group).data() for r in range(view.proxy.rowCount(group))
            ]
        return names

    assert {"Foam it", "Window test", "Quick calf care"} <= set(visible_routines())
    qtbot.keyClicks(view.search, "wall stretch")  # an exercise inside a routine
    assert visible_routines() == ["Window test"]
    assert view.selected() is not None and view.selected().id == "window-test"


def test_problems_in_routine_files_are_listed_once(qtbot: QtBot, paths: AppPaths) -> None:
    broken = "supple: 1\nname: Broken\nsteps:\n  - {name: x, hodl: 3}\n"
    (paths.routines / "broken.yaml").write_text(broken)
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.reload_library()
    view = window.library_view
    assert view.problems_button.isVisible()
    assert "1 problem" in view.problems_button.text()
    qtbot.mouseClick(view.problems_button, Qt.MouseButton.LeftButton)
    [item] = [view.problems_text.item(i) for i in range(view.problems_text.count())]
    assert "broken.yaml:4:" in item.text() and "did you mean 'hold'" in item.text()
    # Activating the problem opens the broken file in the editor, to fix it.
    view.problems_text.itemActivated.emit(item)
    assert (paths.routines / "broken.yaml").resolve() in window.files.editors
    assert view.selected() is not None  # the good routine still loaded


def test_customizing_a_builtin_edits_a_copy_that_replaces_it(qtbot: QtBot,
                                                            paths: AppPaths) -> None:
    from supple.core.resources import builtin_routines_dir

    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.reload_library()
    builtin = window.catalog.find("quick-calf-care")
    assert builtin is not None and builtin.builtin
    original = builtin.path.read_bytes()
    window.library_view.show_routine(builtin)
    assert window.library_view.edit_button.text() == "Customize"
    qtbot.mouseClick(window.library_view.edit_button, Qt.MouseButton.LeftButton)
    copy = paths.routines / "quick-calf-care.yaml"
    [editor] = window.files.editors.values()
    assert editor.isVisible() and "name: Quick calf care" in editor.text.toPlainText()
    # Only looking writes nothing: the built-in routine stays in the library.
    assert not copy.exists() and not editor.is_dirty()
    assert editor.close()
    assert window.catalog.find("quick-calf-care").builtin  # type: ignore[union-attr]
    # A change saved in the app creates the copy, which replaces the built-in routine.
    qtbot.mouseClick(window.library_view.edit_button, Qt.MouseButton.LeftButton)
    [editor] = window.files.editors.values()
    editor.text.setPlainText(editor.text.toPlainText().replace(
        "name: Quick calf care", "name: My calf care", 1))
    assert editor.save()
    assert (builtin_routines_dir() / "quick-calf-care.yaml").read_bytes() == original
    mine = window.catalog.find("quick-calf-care")
    assert mine is not None and not mine.builtin and mine.name == "My calf care"
    editor.close()


def test_new_routine_opens_an_editor_on_a_fresh_file_name(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from supple.qt.editor.window import RoutineEditor

    asked: list[Path] = []

    def discard(editor: RoutineEditor) -> QMessageBox.StandardButton:
        asked.append(editor.path)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(RoutineEditor, "ask_unsaved", discard)
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    qtbot.mouseClick(window.library_view.new_button, Qt.MouseButton.LeftButton)
    [(path, editor)] = window.files.editors.items()
    assert path.parent == paths.routines.resolve() and path.name == "my-routine.yaml"
    assert not path.exists()  # written on the first save
    assert editor.close() and asked == [editor.path]  # a new routine counts as unsaved work
    assert not path.exists()


def test_history_window_is_one_window_read_afresh_after_closing(qtbot: QtBot,
                                                                paths: AppPaths) -> None:
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.show_history()
    first = window.history_window
    assert first is not None and first.isVisible()
    window.show_history()
    assert window.history_window is first
    first.close()
    window.show_history()
    assert window.history_window is not first and window.history_window.isVisible()
    window.history_window.close()


def test_an_editor_closed_and_opened_again_reads_the_file_afresh(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the closed editor came back with the discarded text and no autosave."""
    from PySide6.QtWidgets import QMessageBox

    from supple.qt.editor.window import RoutineEditor

    monkeypatch.setattr(RoutineEditor, "ask_unsaved",
                        lambda editor: QMessageBox.StandardButton.Discard)
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    loaded = window.catalog.find("window-test")
    assert loaded is not None
    window.files.edit(loaded)
    [first] = window.files.editors.values()
    first.text.setPlainText("supple: 1\nname: discarded edit\n")
    assert first.close()
    window.files.edit(loaded)
    [second] = window.files.editors.values()
    assert second is not first
    assert second.text.toPlainText() == ROUTINE
    second.close()


def test_routine_text_in_tooltips_is_never_rendered(qtbot: QtBot, paths: AppPaths) -> None:
    from PySide6.QtGui import QTextDocument

    (paths.routines / "markup.yaml").write_text(
        'supple: 1\nname: Mark\ncategory: strength\ndescription: "<b>bold</b> <img src=x>"\n'
        "steps:\n  - {name: X, hold: 10s}\n")
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    model = window.library_view.model
    [cell] = [model.item(0).child(r, 0) for r in range(model.item(0).rowCount())
              if model.item(0).child(r, 0).text() == "Mark"]
    document = QTextDocument()
    document.setHtml(cell.toolTip())
    assert document.toPlainText() == "<b>bold</b> <img src=x>"  # shown as written
    # Search still finds the exercise names, markup and all.
    window.library_view.search.setText("<b>Calf</b>")
    assert window.library_view.selected() is not None


def test_library_keyboard_search_arrows_and_enter(qtbot: QtBot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reload_library()
    view = window.library_view
    # Arrow keys step over category headings: every stop is a routine.
    view.tree.setFocus()
    seen = []
    for _ in range(8):
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
        seen.append(view.selected())
    assert all(s is not None for s in seen)
    # A search hides the categories with no match and says when nothing matches.
    qtbot.keyClicks(view.search, "foam")
    groups = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert groups == ["Foam rolling"]
    view.search.clear()
    qtbot.keyClicks(view.search, "zzz-nothing")
    assert view.proxy.rowCount() == 0 and not view.no_match.isHidden()
    view.search.clear()
    # Down leaves the search box for the list; Enter starts what is selected.
    qtbot.keyClicks(view.search, "Window")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.tree.hasFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert session_of(window).driver.engine.timeline.name == "Window test"


def test_done_keeps_a_rating_chosen_but_not_saved(qtbot: QtBot, paths: AppPaths) -> None:
    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    start(window)
    run_to_end(window, clock)
    session_of(window).rating.scale.group.button(4).click()  # chosen, Save not pressed
    window.close_player()  # "Done"
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert [r.pain for r in store.session_ratings(session.uuid)] == [4]
    store.close()


def test_a_second_routine_after_done_starts(qtbot: QtBot, paths: AppPaths) -> None:
    """Regression: the screensaver inhibitor held the freed driver of the first session, and
    starting the second one raised, leaving the player stuck before its start."""
    from PySide6.QtCore import QCoreApplication, QEvent

    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    start(window)
    run_to_end(window, clock)
    window.close_player()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    start(window)
    assert session_of(window).driver.state is State.RUNNING
    run_to_end(window, clock)
    window.close_player()
    store = HistoryStore(paths.history_db)
    assert [s.outcome for s in store.sessions()] == [Outcome.COMPLETED, Outcome.COMPLETED]
    store.close()


def test_revert_on_an_unsaved_customized_copy_goes_back_to_the_builtin(
        qtbot: QtBot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.reload_library()
    builtin = window.catalog.find("quick-calf-care")
    assert builtin is not None
    window.files.edit(builtin)
    [editor] = window.files.editors.values()
    start = editor.text.toPlainText()
    editor.text.setPlainText(start + "\n# my note\n")
    assert editor.is_dirty() and editor.revert_action.isEnabled()
    editor.revert()
    assert editor.text.toPlainText() == start and not editor.is_dirty()
    assert editor.close()
    assert not (paths.routines / "quick-calf-care.yaml").exists()


def test_a_picture_beside_a_user_routine_shows_in_the_player(qtbot: QtBot,
                                                             paths: AppPaths) -> None:
    from supple.core.resources import images_dir

    (paths.routines / "my-calf.svg").write_bytes((images_dir() / "calf-raise.svg").read_bytes())
    (paths.routines / "own-picture.yaml").write_text(
        "supple: 1\nname: Own picture\ndefaults: {lead_in: 0}\nsteps:\n"
        "  - {name: Raise, hold: 10s, image: my-calf.svg}\n"
        "  - {name: Missing, hold: 10s, image: not-there.svg}\n"
        "  - {name: Later, hold: 10s, image: later.svg}\n")
    (paths.routines / "later.svg").write_bytes((images_dir() / "rest.svg").read_bytes())
    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    loaded = window.catalog.find("own-picture")
    assert loaded is not None
    window.start_card(loaded)
    player = session_of(window).player
    assert player.picture.path == paths.routines / "my-calf.svg"
    clock.advance(10.5)
    session_of(window).driver.tick()
    assert player.picture.path is None  # not there (a path is refused when loading)
    # Pictures are read when the routine starts, not when the step comes (the timer's path).
    (paths.routines / "later.svg").unlink()
    clock.advance(10.0)
    session_of(window).driver.tick()
    assert player.picture.path == paths.routines / "later.svg" and player.picture.isVisible()


def test_a_routine_broken_since_it_was_listed_is_not_started_and_the_list_is_updated(
        qtbot: QtBot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    view = window.library_view
    assert view.selected() is not None and view.selected().id == "window-test"
    (paths.routines / "window-test.yaml").write_text(
        "supple: 1\nname: Window test\nsteps:\n  - {name: x, hodl: 3}\n")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.session is None and window.stack.currentWidget() is view
    assert "Window test could not be started" in window.notices.label.text()
    assert "hodl" in window.notices.label.text()
    assert window.catalog.find("window-test") is None
    assert view.problems_button.isVisible()


def test_quitting_asks_only_while_a_routine_is_under_way(qtbot: QtBot, paths: AppPaths) -> None:
    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    asked: list[bool] = []

    def refuse() -> bool:
        asked.append(True)
        return False

    window.confirm_quit = refuse
    start(window)
    assert not window.close() and window.isVisible() and asked == [True]
    session_of(window).driver.pause()
    assert not window.close() and asked == [True, True]  # paused is still under way
    session_of(window).driver.resume()
    run_to_end(window, clock)
    # A rating chosen on the finish screen and not saved is kept when the window closes.
    from supple.qt.player.rating import RatingView

    [rating] = session_of(window).player.findChildren(RatingView)
    rating.scale.group.button(3).click()
    assert window.close() and asked == [True, True]
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert session.outcome is Outcome.COMPLETED
    assert [r.pain for r in store.session_ratings(session.uuid)] == [3]
    store.close()


@pytest.mark.parametrize(("size", "scale", "side_by_side"), [
    ((1100, 720), 1.0, True), ((800, 600), 1.0, False), ((800, 600), 1.8, False),
    ((1920, 1080), 1.8, True)])
def test_the_library_never_scrolls_sideways(qtbot: QtBot, paths: AppPaths,
                                            text_scale: Callable[[float], None],
                                            size: tuple[int, int], scale: float,
                                            side_by_side: bool) -> None:
    """A small window or large text puts the details under the list instead of cutting
    them off at the right."""
    from PySide6.QtWidgets import QApplication

    text_scale(scale)
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    QApplication.processEvents()
    view = window.library_view
    horizontal = view.splitter.orientation() == Qt.Orientation.Horizontal
    assert horizontal is side_by_side
    assert not view.detail_scroll.horizontalScrollBar().isVisible()
    assert not view.tree.horizontalScrollBar().isVisible()
    assert view.start_button.width() >= view.start_button.minimumSizeHint().width()


def test_category_headings_follow_the_palette_and_read_as_normal_bold_text(
        qtbot: QtBot, paths: AppPaths) -> None:
    """Regression: headings kept the colour of the theme they were built in, so switching to
    the dark theme left dark headings on a dark list."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    view = window.library_view
    heading = view.proxy.index(0, 0)
    assert heading.data() == "Strength"
    assert heading.data(Qt.ItemDataRole.ForegroundRole) is None  # no colour stored
    assert not heading.flags() & Qt.ItemFlag.ItemIsEnabled  # the arrow keys skip it
    option = QStyleOptionViewItem()
    view.tree.itemDelegate().initStyleOption(option, heading)  # type: ignore[attr-defined]
    assert option.state & QStyle.StateFlag.State_Enabled
    assert option.font.bold()
    routine = view.proxy.index(0, 0, heading)
    option = QStyleOptionViewItem()
    view.tree.itemDelegate().initStyleOption(option, routine)  # type: ignore[attr-defined]
    assert not option.font.bold()


def window_on_a_disk_that_fills(qtbot: QtBot, paths: AppPaths,
                                 clock: FakeClock) -> tuple[MainWindow, FaultSwitch]:
    """A window whose routine "window-test" has run to its end while the disk was full (the
    session row was written before)."""
    import sqlite3

    switch = FaultSwitch()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    window.services.open_recorder = lambda: SessionRecorder(
        lambda: HistoryStore(paths.history_db, connect=switch, retry_after_s=0))
    start(window)
    assert window.recorder is not None and window.recorder.drain()
    switch.error = sqlite3.OperationalError("database or disk is full")
    run_to_end(window, clock)
    return window, switch


def test_quitting_while_the_disk_refuses_the_history_asks_and_loses_nothing_unasked(
        qtbot: QtBot, paths: AppPaths) -> None:
    from supple.qt.main_window import UnsavedHistory

    window, switch = window_on_a_disk_that_fills(qtbot, paths, FakeClock())
    answers = [UnsavedHistory.TRY_AGAIN, UnsavedHistory.STAY]
    asked: list[int | None] = []

    def answer(held: HeldWrites | None) -> UnsavedHistory:
        asked.append(None if held is None else held.count)
        return answers.pop(0)

    window.ask_unsaved_history = answer
    player = session_of(window).player
    # Still full: asked, tried again, asked again; staying keeps the window and the writes
    # (three steps and the finish).
    assert not window.close()
    assert window.isVisible() and asked == [4, 4] and not answers
    assert window.stack.currentWidget() is window.library_view
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.session is None and not isValid(player)  # the old player is gone
    # Space freed: quitting now writes everything and asks nothing.
    switch.error = None
    assert window.close() and asked == [4, 4]
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert session.outcome is Outcome.COMPLETED and session.steps_done == 3
    store.close()


def test_quitting_without_saving_is_the_users_choice(qtbot: QtBot, paths: AppPaths) -> None:
    from supple.qt.main_window import UnsavedHistory

    window, _ = window_on_a_disk_that_fills(qtbot, paths, FakeClock())
    asked: list[int | None] = []

    def quit_anyway(held: HeldWrites | None) -> UnsavedHistory:
        asked.append(None if held is None else held.count)
        return UnsavedHistory.QUIT

    window.ask_unsaved_history = quit_anyway
    assert window.close() and not window.isVisible() and asked == [4]


def test_a_one_step_routine_says_step_not_steps(qtbot: QtBot, paths: AppPaths) -> None:
    (paths.routines / "one.yaml").write_text(
        "supple: 1\nname: One\ndefaults: {lead_in: 0s}\nsteps:\n  - {name: X, hold: 2s}\n")
    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    card = window.catalog.find("one")
    window.library_view.show_routine(card)
    assert " · 1 exercise · " in window.library_view.meta.text()
    start(window, "one")
    run_to_end(window, clock)
    assert session_of(window).player.done_stat.caption.text() == "of 1 step done"


def test_settings_fit_a_small_screen_with_large_text(
        qtbot: QtBot, text_scale: Callable[[float], None]) -> None:
    """The settings scroll inside the dialog: it is never taller than the screen, and OK and
    Cancel stay in view; with room, everything shows without a scroll bar."""
    from PySide6.QtWidgets import QApplication

    text_scale(1.8)
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.height_for_screen(10_000)
    assert dialog.height_for_screen(400) == 400 < needed
    for height, scrolls in ((400, True), (needed, False)):
        dialog.resize(dialog.width(), height)
        QApplication.processEvents()
        assert dialog.height() == height
        assert dialog.content_scroll.verticalScrollBar().isVisible() is scrolls
        assert not dialog.content_scroll.horizontalScrollBar().isVisible()
        assert dialog.rect().contains(dialog._buttons.geometry())


def test_resume_reads_the_routine_again_and_refuses_one_changed_since_the_offer(
        qtbot: QtBot, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QPushButton

    window = offered_after_a_crash(qtbot, paths, steps_done=1)
    [resume] = [b for b in window.notices.findChildren(QPushButton) if b.text() == "Resume"]
    (paths.routines / "window-test.yaml").write_text(ROUTINE.replace("reps: 2", "reps: 5"))
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert "has changed since" in window.notices.label.text()


def test_again_keeps_a_rating_chosen_but_not_saved(qtbot: QtBot, paths: AppPaths) -> None:
    """Regression: "Again" on the finish screen dropped a rating chosen and not saved, where
    Done and quitting kept it."""
    from supple.qt.player.rating import RatingView

    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    start(window)
    run_to_end(window, clock)
    first = session_of(window).player
    [rating] = first.findChildren(RatingView)
    rating.scale.group.button(5).click()  # chosen, Save not pressed
    qtbot.mouseClick(first.finish_page.again_button, Qt.MouseButton.LeftButton)
    assert session_of(window).player is not first
    run_to_end(window, clock)
    window.close_player()
    store = HistoryStore(paths.history_db)
    assert [[r.pain for r in store.session_ratings(s.uuid)]
            for s in store.sessions()] == [[], [5]]  # newest first
    store.close()


def test_the_heartbeat_marks_only_a_session_under_way_alive(
        qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every beat retries held history writes; only a session still under way says it is
    alive (a finished one left on screen must not keep its record "in progress")."""
    import supple.qt.main_window

    beats: list[str] = []

    class Recorder(SessionRecorder):
        def heartbeat(self) -> None:
            beats.append("alive")
            super().heartbeat()

        def flush(self) -> None:
            beats.append("flush")
            super().flush()

    monkeypatch.setattr(supple.qt.main_window, "HEARTBEAT_MS", 1)
    clock = FakeClock()
    window = make_window(qtbot, paths, clock, RecordingCuePlayer())
    window.services.open_recorder = lambda: Recorder(lambda: HistoryStore(paths.history_db))
    start(window)
    qtbot.waitUntil(lambda: beats.count("flush") >= 2)
    assert "alive" in beats
    session_of(window).driver.pause()
    beats.clear()
    qtbot.waitUntil(lambda: beats.count("flush") >= 2)
    assert "alive" in beats  # paused is still under way
    session_of(window).driver.resume()
    run_to_end(window, clock)
    beats.clear()
    qtbot.waitUntil(lambda: beats.count("flush") >= 2)
    assert "alive" not in beats


@pytest.mark.parametrize(("cadence", "beat", "noticed"), [(None, 173, True), (160, 168, False)])
def test_a_relative_metronome_follows_the_runners_cadence(
        qtbot: QtBot, paths: AppPaths, cadence: int | None, beat: int, noticed: bool) -> None:
    """The running player plans with the cadence from Settings; with none set it works from
    the default and says so once."""
    from supple.core.cadence import UNSET_NOTE

    (paths.routines / "relative.yaml").write_text(
        "supple: 1\nname: Relative\ndefaults: {lead_in: 0}\nsteps:\n"
        "  - {name: Quick steps, hold: 30s, metronome: +5%}\n")
    window = make_window(qtbot, paths, FakeClock(), RecordingCuePlayer())
    window.settings = window.settings.changed(cadence=cadence)
    window.reload_library()
    start(window, "relative")
    [work] = session_of(window).driver.engine.timeline.work_segments
    assert work.bpm == beat
    assert (window.notices.label.text() == UNSET_NOTE) is noticed


class WarmingCuePlayer(RecordingCuePlayer):
    """A sound server still warming up (a busy machine): ready only when the test says so."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Callable[[], None]] = []

    def when_ready(self, callback: Callable[[], None]) -> None:
        self.readied += 1
        self.waiting.append(callback)


def test_a_handed_over_routine_is_accepted_while_the_sound_warms_up(
        qtbot: QtBot, paths: AppPaths) -> None:
    """A second `supple run X` (or a reminder's Start) is answered at once; the clock starts
    only once the sound can keep up. The answer must not wait for that: it once said "a
    routine is under way" whenever the sound server was slower than the hand-over."""
    from supple.qt.platform.single_instance import Request, RoutineRef, answer

    clock, cues = FakeClock(), WarmingCuePlayer()
    window = make_window(qtbot, paths, clock, cues)
    ref = RoutineRef("window-test", paths.routines / "window-test.yaml", False)
    reply = answer(Request(ref), window, window.start_routine)
    assert reply.ok, reply.message
    assert reply.message == "Window test started in the open Supple window"
    assert session_of(window).driver.state is State.READY  # waiting for the sound
    with qtbot.waitSignal(window.routineStarted, timeout=1000):
        cues.waiting.pop()()
    assert session_of(window).driver.state is State.RUNNING

    again = answer(Request(ref), window, window.start_routine)  # now one is under way
    assert not again.ok
    assert "a routine is under way" in again.message
