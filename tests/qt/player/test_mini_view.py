"""The mini view follows the same driver as the full player, and its buttons work."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.resources import images_dir
from supple.core.routines.loader import load_text
from supple.core.session.engine import SessionEngine, State
from supple.core.session.timeline import plan
from supple.qt.driver import SessionDriver
from supple.qt.player.mini import MiniView
from supple.qt.player.view import PlayerView
from supple.qt.widgets.plain_text import plain_tooltip

ROUTINE = """
supple: 1
name: Mini
defaults: {lead_in: 3s, switch: 2s}
steps:
  - {name: A very long exercise name that cannot fit in the small window, hold: 20s,
     sides: both}
  - {name: Calf raises, hold: 10s}
"""


def setup(qtbot: QtBot) -> tuple[FakeClock, SessionDriver, PlayerView, MiniView]:
    routine, problems = load_text(ROUTINE, "mini.yaml")
    assert routine is not None, problems
    timeline = plan(routine)
    clock = FakeClock()
    driver = SessionDriver(SessionEngine(timeline, clock), RecordingCuePlayer())
    player = PlayerView(driver, timeline, images_dir())
    mini = MiniView(driver)
    qtbot.addWidget(player)
    qtbot.addWidget(mini)
    driver.start()
    return clock, driver, player, mini


def test_shows_the_same_countdown_and_title(qtbot: QtBot) -> None:
    clock, driver, player, mini = setup(qtbot)
    name = "A very long exercise name that cannot fit in the small window"
    assert mini.title == f"Get ready: {name} · LEFT"
    clock.advance(10.5)
    driver.tick()
    assert mini.countdown_label.text() == player.session_page.countdown_label.text() == "0:13"
    assert mini.title == f"{name} · LEFT"
    assert mini.title_label.text().endswith("…")  # shortened to fit, whole in the tooltip
    # The whole title, shown literally (escaped, so markup in a name is never rendered).
    assert mini.title_label.toolTip() == plain_tooltip(mini.title)
    assert mini.countdown_label.property("tint") == "work"
    flags = mini.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.Tool
    driver.stop()


def test_buttons_pause_skip_and_restore(qtbot: QtBot) -> None:
    _, driver, player, mini = setup(qtbot)
    mini.next_button.click()
    assert driver.engine.segment is not None and driver.engine.segment.index == 1
    assert player.session_page.side_label.text() == "LEFT"
    mini.pause_button.click()
    assert driver.state is State.PAUSED
    assert mini.pause_button.accessibleName() == "Resume"
    assert not player.session_page.overlay.isHidden()  # the full player agrees
    mini.pause_button.click()
    assert driver.state is State.RUNNING
    with qtbot.waitSignal(mini.restoreRequested):
        mini.restore_button.click()
    qtbot.keyClick(mini, Qt.Key.Key_Space)
    assert driver.state is State.PAUSED
    qtbot.keyClick(mini, Qt.Key.Key_Right)
    assert driver.engine.segment.index == 2
    with qtbot.waitSignal(mini.restoreRequested):
        qtbot.keyClick(mini, Qt.Key.Key_Escape)
    for button in (mini.pause_button, mini.next_button, mini.restore_button):
        assert button.accessibleName() and button.toolTip()
    driver.stop()
    assert mini.title == "Stopped"
    assert not mini.pause_button.isEnabled()


def test_can_be_dragged(qtbot: QtBot) -> None:
    _, driver, _, mini = setup(qtbot)
    mini.show()
    qtbot.waitExposed(mini)
    mini.move(100, 100)
    start = mini.pos()
    inside = QPoint(20, 20)
    qtbot.mousePress(mini, Qt.MouseButton.LeftButton, pos=inside)
    qtbot.mouseMove(mini, inside + QPoint(40, 30))
    qtbot.mouseRelease(mini, Qt.MouseButton.LeftButton, pos=inside + QPoint(40, 30))
    assert mini.pos() != start
    driver.stop()


def test_during_reps_it_shows_the_rep_and_the_tempo_word(qtbot: QtBot) -> None:
    from fakes import FakeClock
    from supple.core.routines.loader import load_text
    from supple.core.session.engine import SessionEngine
    from supple.core.session.timeline import plan
    from supple.qt.driver import SessionDriver
    from supple.qt.player.mini import MiniView

    routine, problems = load_text(
        "supple: 1\nname: R\ndefaults: {lead_in: 0}\nsteps:\n"
        "  - {name: Heel drops, reps: 5, tempo: {up: 1s, down: 3s}}\n", "r.yaml")
    assert routine is not None, problems
    clock = FakeClock()
    driver = SessionDriver(SessionEngine(plan(routine), clock))
    mini = MiniView(driver)
    qtbot.addWidget(mini)
    driver.start()
    clock.advance(5.5)  # rep 2, lowering
    driver.tick()
    assert mini.countdown_label.text() == "2/5"
    assert mini.title == "Heel drops · DOWN"
    driver.stop()
