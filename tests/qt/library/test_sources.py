"""The library shows each routine's sources, one publication per line, selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supple.core.library.catalog import scan_catalog
from supple.core.resources import builtin_routines_dir, images_dir
from supple.qt.library.rows import sources_text
from supple.qt.library.view import LibraryView


def test_one_source_or_several() -> None:
    assert sources_text("") == ""
    assert sources_text("ACSM guideline") == "Source: ACSM guideline"
    assert sources_text("A (1998). One.\nB (2003). Two.\n") == (
        "Sources:\n• A (1998). One.\n• B (2003). Two.")


def test_a_built_in_routine_shows_its_publications(qtbot: QtBot) -> None:
    catalog = scan_catalog(builtin_routines_dir())
    view = LibraryView(catalog, {}, images_dir())
    qtbot.addWidget(view)
    card = catalog.find("alfredson-heel-drops")
    assert card is not None
    view.show_routine(card)
    lines = view.source.text().splitlines()
    assert lines[0] == "Sources:" and len(lines) == 3
    assert lines[1].startswith("• Alfredson H, Pietilä T, Jonsson P, Lorentzon R (1998).")
    assert lines[2].startswith("• Fahlström M") and "11(5):327–333" in lines[2]
    assert view.source.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
