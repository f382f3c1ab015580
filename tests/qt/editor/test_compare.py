"""The compare view marks exactly the lines that differ, in colour and in the gutter."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from supple.qt.editor.compare import CHANGED, ONLY_HERE, CompareDialog, line_diff, summary
from supple.qt.theme import LIGHT

BASE = [f"  - {{name: Step {i}, hold: 30s}}" for i in range(60)]


def texts() -> tuple[str, str]:
    mine = ["supple: 1", "name: Mine", "steps:", *BASE]
    theirs = list(mine)
    theirs[40] = "  - {name: Step 37, hold: 45s}"  # changed
    theirs.insert(50, "  # a note of theirs")  # only on disk
    del theirs[55]  # only in mine (Step 51 in mine, after the insert above)
    return "\n".join(mine) + "\n", "\n".join(theirs) + "\n"


def test_line_diff_marks_exactly_the_differing_lines() -> None:
    mine, theirs = texts()
    diff = line_diff(mine, theirs)
    assert diff.mine == {40: CHANGED, 54: ONLY_HERE}
    assert diff.theirs == {40: CHANGED, 50: ONLY_HERE}
    assert diff.count == 3
    assert summary(diff).startswith("3 lines differ")
    same = line_diff(mine, mine)
    assert (same.mine, same.theirs, same.count) == ({}, {}, 0)
    assert summary(same) == "The two versions are the same."
    assert summary(line_diff("a\n", "b\n")).startswith("1 line differs")


def test_the_dialog_tints_marks_and_scrolls_to_the_first_difference(qtbot: QtBot) -> None:
    mine, theirs = texts()
    dialog = CompareDialog(mine, theirs, LIGHT)
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.summary.text().startswith("3 lines differ")
    for pane, expected in zip(dialog.panes, ({40, 54}, {40, 50}), strict=True):
        tinted = {sel.cursor.blockNumber() for sel in pane.extraSelections()}
        assert tinted == expected
        assert pane.verticalScrollBar().value() > 0  # line 41 is far below the first screen
        first = pane.firstVisibleBlock().blockNumber()
        assert first < 40 < first + 25
    assert dialog.panes[0].toPlainText() == mine and dialog.panes[1].toPlainText() == theirs


def test_the_gutter_draws_the_mark_beside_a_differing_line_only(qtbot: QtBot) -> None:
    dialog = CompareDialog("same\nmine\nsame\n", "same\ntheirs\nsame\n", LIGHT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pane = dialog.panes[0]
    image = QImage(pane.gutter.size(), QImage.Format.Format_ARGB32)
    pane.gutter.render(image)
    text = QColor(LIGHT.text)
    mark_width = pane.fontMetrics().horizontalAdvance("~") + 4

    def dark_pixels(line: int) -> int:
        box = pane.blockBoundingGeometry(pane.document().findBlockByNumber(line)).translated(
            pane.contentOffset())
        return sum(1 for x in range(mark_width) for y in range(int(box.top()),
                                                               int(box.bottom()))
                   if image.pixelColor(x, y).lightness() < (text.lightness() + 255) // 2)

    assert dark_pixels(1) > 0  # "~" drawn
    assert dark_pixels(0) == 0 and dark_pixels(2) == 0
