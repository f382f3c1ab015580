"""The picture picker: built-in thumbnails searched by name, or a checked file of one's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hostile_pictures import write_hostile
from supple.core.resources import images_dir
from supple.qt.editor.picture_picker import NAME_ROLE, PicturePicker, picture_names

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5"/></svg>'


def make(qtbot: QtBot, routine_dir: Path, current: str | None = None) -> PicturePicker:
    picker = PicturePicker(images_dir(), routine_dir, current)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_every_built_in_picture_is_offered_as_a_thumbnail(qtbot: QtBot, tmp_path: Path) -> None:
    picker = make(qtbot, tmp_path, "calf-raise.svg")
    built_in = sorted(p.name for p in images_dir().glob("*.svg") if p.name != "supple.svg")
    assert picker.shown_names() == built_in
    assert picker.pictures.currentItem().data(NAME_ROLE) == "calf-raise.svg"
    assert all(not picker.pictures.item(i).icon().isNull()
               for i in range(picker.pictures.count()))


def test_search_filters_as_you_type_and_enter_takes_the_first(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    picker = make(qtbot, tmp_path)
    qtbot.keyClicks(picker.search, "foam roll")
    assert picker.shown_names() == ["foam-roll-calves.svg", "foam-roll-glutes.svg",
                                    "foam-roll-hamstrings.svg", "foam-roll-quads.svg"]
    qtbot.keyClicks(picker.search, " qu")
    assert picker.shown_names() == ["foam-roll-quads.svg"]
    picker.accept()
    assert picker.chosen == "foam-roll-quads.svg"


def test_the_routine_s_own_pictures_come_first(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "my-stretch.svg").write_bytes(SVG)
    assert picture_names(images_dir(), tmp_path)[0] == "my-stretch.svg"


def test_a_file_of_ones_own_is_copied_beside_the_routine(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, routines = tmp_path / "home", tmp_path / "routines"
    home.mkdir()
    routines.mkdir()
    (home / "lunge.svg").write_bytes(SVG)
    picker = make(qtbot, routines)
    monkeypatch.setattr(picker, "ask_file", lambda: home / "lunge.svg")
    picker.own_button.click()
    assert picker.chosen == "lunge.svg"  # a name, never a path
    assert (routines / "lunge.svg").read_bytes() == SVG


def test_a_hostile_file_is_refused_with_the_reason(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    hostile = write_hostile(tmp_path / "downloads")["nested-use.svg"]
    picker = make(qtbot, routines, "calf-raise.svg")
    monkeypatch.setattr(picker, "ask_file", lambda: hostile)
    picker.own_button.click()
    assert picker.isVisible() and picker.error.isVisible()
    assert picker.error.text().startswith("Not used: ")
    assert picker.chosen == "calf-raise.svg"
    assert list(routines.iterdir()) == []


def test_no_picture(qtbot: QtBot, tmp_path: Path) -> None:
    picker = make(qtbot, tmp_path, "calf-raise.svg")
    picker.none_button.click()
    assert picker.chosen == ""
