"""Export and import from the window: the file dialogs, the preview before adding, a clash
asked both ways, an invalid file said plainly with nothing added."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import images_dir
from supple.core.routines.shared_file import SharedRoutine
from supple.core.settings import Settings
from supple.qt.library.import_preview import ImportPreview
from supple.qt.main_window import MainWindow, Services

MINE = ("# my notes\nsupple: 1\nname: Mine\ncategory: calves\nsteps:\n"
        "  - {name: Stretch, hold: 20s}\n  - {name: Raises, reps: 12, image: own.svg}\n")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.routines.mkdir(parents=True)
    (paths.routines / "mine.yaml").write_text(MINE)
    history = HistoryStore(paths.history_db)
    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                        history=history, voice_reason=None,
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)))
    win = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    win.confirm_quit = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    win.reload_library()
    return win


def user_files(window: MainWindow) -> dict[str, bytes]:
    folder = window.services.paths.routines
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def export_mine(qtbot: QtBot, window: MainWindow, target: Path | None) -> list[Path]:
    asked: list[Path] = []

    def ask(suggested: Path) -> Path | None:
        asked.append(suggested)
        return target

    window.sharing.ask_export_path = ask
    window.library_view.select_routine("mine")
    qtbot.mouseClick(window.library_view.export_button, Qt.MouseButton.LeftButton)
    return asked


def test_export_then_import_round_trip_through_the_preview(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "out" / "mine.yaml"
    target.parent.mkdir()
    asked = export_mine(qtbot, window, target)
    assert [p.name for p in asked] == ["mine.yaml"]  # no pictures of its own: a .yaml
    assert target.read_bytes() == MINE.encode()
    assert "Exported Mine" in window.notices.label.text()
    (window.services.paths.routines / "mine.yaml").unlink()
    window.reload_library()
    assert window.catalog.find("mine") is None

    seen: list[tuple[str, str, list[str]]] = []

    def accept_preview() -> None:  # the real dialog, answered as a user would
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreview)
        seen.append((dialog.name.text(), dialog.meta.text(),
                     [dialog.steps.item(i).text() for i in range(dialog.steps.count())]))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    window.sharing.ask_import_path = lambda: target
    QTimer.singleShot(0, accept_preview)
    qtbot.mouseClick(window.library_view.import_button, Qt.MouseButton.LeftButton)
    [(name, meta, steps)] = seen
    assert name == "Mine"
    assert "Calves" in meta and "2 exercises" in meta and " in all" in meta
    assert [s.split("\n")[0] for s in steps] == ["Stretch", "Raises"]
    assert user_files(window) == {"mine.yaml": MINE.encode()}  # byte for byte, comment kept
    selected = window.library_view.selected()
    assert selected is not None and selected.id == "mine"


def test_cancelling_the_preview_adds_nothing(qtbot: QtBot, window: MainWindow,
                                             tmp_path: Path) -> None:
    shared = tmp_path / "other.yaml"
    shared.write_text(MINE.replace("name: Mine", "name: Other"))
    before = user_files(window)
    shown: list[SharedRoutine] = []

    def refuse(routine: SharedRoutine, _pictures: Path) -> bool:
        shown.append(routine)
        return False

    window.sharing.confirm_import = refuse
    assert window.sharing.import_file(shared) is None
    assert [s.routine.name for s in shown] == ["Other"]
    assert user_files(window) == before


@pytest.mark.parametrize("rename", [True, False])
def test_a_name_clash_is_asked_and_never_overwrites(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path, rename: bool) -> None:
    target = tmp_path / "mine-shared.yaml"
    export_mine(qtbot, window, target)
    before = user_files(window)
    questions: list[str] = []

    def answer(text: str) -> bool:
        questions.append(text)
        return rename

    window.sharing.ask_import_path = lambda: target
    window.sharing.confirm_import = lambda _shared, _pictures: True
    window.sharing.ask_rename = answer
    qtbot.mouseClick(window.library_view.import_button, Qt.MouseButton.LeftButton)
    [question] = questions
    assert "'Mine'" in question and '"Mine (2)"' in question and "--rename" not in question
    after = user_files(window)
    assert after["mine.yaml"] == before["mine.yaml"]  # never overwritten
    if rename:
        assert set(after) == {"mine.yaml", "mine-shared.yaml"}
        assert "name: Mine (2)" in after["mine-shared.yaml"].decode()
        assert "# my notes" in after["mine-shared.yaml"].decode()
        selected = window.library_view.selected()
        assert selected is not None and selected.name == "Mine (2)"
        assert window.library_view.title.text() == "Mine (2)"
    else:
        assert after == before
        assert all(c.name != "Mine (2)" for c in window.catalog.cards)


def test_an_invalid_zip_gets_a_plain_message_and_adds_nothing(window: MainWindow,
                                                              tmp_path: Path) -> None:
    bad = tmp_path / "evil.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        for name, text in (("routine.yaml", MINE.replace("name: Mine", "name: Evil")),
                           ("../../x.svg", "<svg/>")):
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, text)
    before = user_files(window)
    errors: list[tuple[str, str]] = []
    previews: list[SharedRoutine] = []
    window.sharing.show_error = lambda title, text: errors.append((title, text))
    window.sharing.confirm_import = lambda shared, _p: previews.append(shared) or True
    assert window.sharing.import_file(bad) is None
    [(title, text)] = errors
    assert title == "evil.zip was not imported"
    assert str(bad) in text and "../../x.svg" in text and "Nothing was added" in text
    assert "<" not in title
    assert previews == []
    assert user_files(window) == before
    assert all(c.name != "Evil" for c in window.catalog.cards)


def test_a_routine_with_its_own_picture_exports_as_a_zip_and_comes_back(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    routines = window.services.paths.routines
    picture = (images_dir() / "ankle-rolls.svg").read_bytes()
    (routines / "own.svg").write_bytes(picture)
    window.reload_library()
    target = tmp_path / "mine.zip"
    asked = export_mine(qtbot, window, target)
    assert [p.suffix for p in asked] == [".zip"]  # the core's rule: it has a picture
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["mine.yaml", "own.svg"]
    for name in ("mine.yaml", "own.svg"):
        (routines / name).unlink()
    window.reload_library()
    drawn: list[list[str]] = []

    def look(shared: SharedRoutine, pictures: Path) -> bool:
        drawn.append(sorted(p.name for p in pictures.iterdir()))
        return True

    window.sharing.confirm_import = look
    installed = window.sharing.import_file(target)
    assert installed is not None and installed.pictures == ("own.svg",)
    assert drawn == [["own.svg"]]  # the preview draws the zip's own picture
    assert (routines / "own.svg").read_bytes() == picture


def test_exporting_onto_an_existing_file_is_refused_plainly(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "taken.yaml"
    target.write_text("keep me")
    errors: list[tuple[str, str]] = []
    window.sharing.show_error = lambda title, text: errors.append((title, text))
    export_mine(qtbot, window, target)
    [(title, text)] = errors
    assert title == "Mine was not exported" and "exists already" in text
    assert target.read_text() == "keep me"


def answer_modal(qtbot: QtBot, seen: list[str], click: str | None = None,
                 choose: Path | None = None) -> None:
    """Answer the next modal dialog as a user would: pick a file, or click a button."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        wanted = QFileDialog if choose is not None else QMessageBox
        if not isinstance(dialog, wanted) or not dialog.isVisible():
            QTimer.singleShot(10, act)  # not open yet: the one before is still closing
            return
        if isinstance(dialog, QFileDialog):
            assert choose is not None
            seen.append(dialog.windowTitle())
            dialog.selectFile(str(choose))
            dialog.accept()
            return
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        [button] = [b for b in dialog.buttons() if b.text().replace("&", "") == click]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("click", ["Add under a new name", "Cancel"])
def test_the_real_dialogs_pick_files_and_ask_about_the_clash(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, click: str) -> None:
    target = tmp_path / "shared.yaml"
    seen: list[str] = []
    window.library_view.select_routine("mine")
    answer_modal(qtbot, seen, choose=target)
    qtbot.mouseClick(window.library_view.export_button, Qt.MouseButton.LeftButton)
    assert seen == ["Export routine"] and target.read_bytes() == MINE.encode()
    before = user_files(window)
    window.sharing.confirm_import = lambda _shared, _pictures: True
    answer_modal(qtbot, seen, choose=target)
    answer_modal(qtbot, seen, click=click)  # waits for the question after the file dialog
    qtbot.mouseClick(window.library_view.import_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "Import routine"
    assert "'Mine' is in the library already" in seen[2]
    after = user_files(window)
    assert after["mine.yaml"] == before["mine.yaml"]
    assert ("shared.yaml" in after) == (click == "Add under a new name")


def test_the_real_error_box_names_the_file_and_the_reason(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("supple: 1\nname: Broken\nsteps: []\n")
    seen: list[str] = []
    answer_modal(qtbot, seen, click="OK")
    assert window.sharing.import_file(bad) is None
    [text] = seen
    assert str(bad) in text and "steps" in text and "Nothing was added" in text


def test_cancelled_dialogs_write_nothing_and_a_bare_name_gets_the_suffix(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    errors: list[tuple[str, str]] = []
    window.sharing.show_error = lambda title, text: errors.append((title, text))
    window.sharing.ask_import_path = lambda: None
    assert window.sharing.import_file() is None
    assert window.sharing.export(None) is None
    export_mine(qtbot, window, None)  # the dialog cancelled
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    export_mine(qtbot, window, tmp_path / "bare")
    assert (tmp_path / "bare.yaml").read_bytes() == MINE.encode()
    assert errors == []


def test_a_routine_broken_since_the_library_read_it_is_not_exported(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.library_view.select_routine("mine")
    (window.services.paths.routines / "mine.yaml").write_text("supple: 1\nname: Mine\n")
    errors: list[tuple[str, str]] = []
    window.sharing.show_error = lambda title, text: errors.append((title, text))
    export_mine(qtbot, window, tmp_path / "out.yaml")
    [(title, text)] = errors
    assert title == "Mine was not exported" and "mine.yaml could not be read" in text
    assert "steps" in text and not (tmp_path / "out.yaml").exists()


def test_a_folder_that_refuses_the_file_is_said_and_nothing_is_left(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from supple.core.routines import sharing

    def refuse(target: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sharing, "write_new", refuse)  # a fake disk: root ignores modes
    shared = tmp_path / "other.yaml"
    shared.write_text(MINE.replace("name: Mine", "name: Other"))
    before = user_files(window)
    errors: list[tuple[str, str]] = []
    window.sharing.show_error = lambda title, text: errors.append((title, text))
    window.sharing.confirm_import = lambda _shared, _pictures: True
    assert window.sharing.import_file(shared) is None
    [(title, text)] = errors
    assert title == "other.yaml was not imported"
    assert "Permission denied" in text and "nothing was added" in text
    assert user_files(window) == before


def test_a_long_shared_routine_scrolls_inside_a_preview_that_fits(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    from supple.core.routines.shared_file import read_shared

    words = " ".join(["Stretch gently and breathe."] * 70)[:1990]
    steps = "".join(f"  - {{name: Step {i}, hold: 20s}}\n" for i in range(40))
    shared_file = tmp_path / "long.yaml"
    shared_file.write_text(f"supple: 1\nname: Long\ndescription: {words}\nsteps:\n{steps}")
    dialog = ImportPreview(read_shared(shared_file), images_dir(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() < 400  # whatever the file holds
    assert dialog.steps.count() == 40
    assert dialog.body_scroll.verticalScrollBar().maximum() > 0  # the routine scrolls as a whole
    assert dialog.steps.verticalScrollBar().maximum() == 0  # not a list inside it
