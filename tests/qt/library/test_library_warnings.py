"""The library's problem list shows the warnings the catalog finds between and in files."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from supple.core.library.catalog import scan_catalog
from supple.core.resources import images_dir
from supple.qt.library.view import LibraryView

TINY = "supple: 1\nname: {name}\nsteps:\n  - {{name: Calf stretch, hold: 30s{image}}}\n"


def test_duplicates_and_missing_pictures_are_listed_as_warnings(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    (tmp_path / "calf.yaml").write_text(TINY.format(name="Calf", image=", image: none.svg"))
    (tmp_path / "calf.yml").write_text(TINY.format(name="Other", image=""))
    view = LibraryView(scan_catalog(None, [tmp_path]), {}, images_dir())
    qtbot.addWidget(view)
    view.show()
    assert "2 problems" in view.problems_button.text()
    texts = [view.problems_text.item(i).text() for i in range(view.problems_text.count())]
    assert texts[0].startswith(f"{tmp_path / 'calf.yaml'}:4:44: warning: steps[0].image: "
                               "picture not shown: no file named none.svg")
    assert texts[1].startswith(f"{tmp_path / 'calf.yml'}: warning: has the same id, 'calf'")
