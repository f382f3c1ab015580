"""The player driven through whole routines with a fake clock: what it shows, and its keys."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.resources import images_dir
from supple.core.routines.loader import load_text
from supple.core.session.engine import SessionEngine, State
from supple.core.session.timeline import SegmentKind, Timeline, plan
from supple.qt.driver import SessionDriver
from supple.qt.player.view import PlayerView

ROUTINE = """
supple: 1
name: Test routine
defaults: {lead_in: 3s, rest: 4s, switch: 2s}
steps:
  - name: Wall calf stretch
    hold: 20s
    sides: both
    image: wall-calf-stretch.svg
    instructions: Lean in.
    tips: [Heel down.]
  - name: Heel drops
    reps: 3
    tempo: {up: 1s, down: 3s}
    sets: 2
    image: no-such-picture.svg
"""
# Segments: 0 lead-in [0,3) · 1 work left [3,23) · 2 switch [23,25) · 3 work right [25,45) ·
# 4 lead-in [45,48) · 5 reps set 1 [48,60) · 6 rest [60,64) · 7 reps set 2 [64,76); total 76 s.


def timeline_of(text: str) -> Timeline:
    routine, problems = load_text(text, "test.yaml")
    assert routine is not None, problems
    return plan(routine)


@dataclass
class Session:
    clock: FakeClock
    cues: RecordingCuePlayer
    driver: SessionDriver
    view: PlayerView
    t0: float = 0.0

    def at(self, position: float) -> None:
        """Move the clock to ``position`` seconds into the routine (no pauses) and wake up."""
        self.clock.t = self.t0 + position
        self.driver.tick()

    @property
    def engine(self) -> SessionEngine:
        return self.driver.engine


def make_session(qtbot: QtBot, text: str = ROUTINE, *, start: bool = True) -> Session:
    clock = FakeClock()
    cues = RecordingCuePlayer()
    timeline = timeline_of(text)
    driver = SessionDriver(SessionEngine(timeline, clock), cues)
    view = PlayerView(driver, timeline, images_dir())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    session = Session(clock, cues, driver, view, clock.t)
    if start:
        driver.start()
    return session


@pytest.fixture
def session(qtbot: QtBot) -> Iterator[Session]:
    s = make_session(qtbot)
    yield s
    s.driver.stop()


@pytest.fixture
def shown(qtbot: QtBot, session: Session) -> Session:
    """A session in a shown, active window, so keyboard shortcuts reach it."""
    session.view.show()
    qtbot.waitExposed(session.view)
    session.view.activateWindow()
    session.view.setFocus()
    qtbot.waitUntil(session.view.isActiveWindow)
    return session


def test_whole_routine_shows_each_moment(session: Session) -> None:
    v = session.view
    p = v.session_page
    # Lead-in.
    assert p.title_label.text() == "Get ready: Wall calf stretch"
    assert p.side_label.text() == "LEFT"
    assert p.countdown_label.text() == "0:03"
    assert v.banner == "Get ready"
    assert p.next_label.text() == "Next: Wall calf stretch · RIGHT"
    assert p.countdown_label.property("tint") == "ready"
    assert p.overlay.isHidden()

    # First side, 7 s in.
    session.at(10)
    assert p.title_label.text() == "Wall calf stretch"
    assert p.side_label.text() == "LEFT"
    assert p.countdown_label.text() == "0:13"
    assert p.count_label.text() == ""
    assert p.next_label.text() == "Next: Wall calf stretch · RIGHT"
    assert p.body.instructions_label.text() == "Lean in."
    assert p.body.tips_label.text() == "• Heel down."
    assert v.picture.path is not None and v.picture.path.name == "wall-calf-stretch.svg"
    assert p.countdown_label.property("tint") == "work"
    assert p.step_bar.value() == 350
    assert p.left_label.text() == "1:06 left"

    # Halfway: its visual twin.
    session.at(13)
    assert v.banner == "Halfway"
    assert p.cue_label.text() == "Halfway"

    # Switching sides.
    session.at(23.5)
    assert p.title_label.text() == "Switch sides → RIGHT"
    assert p.side_label.isHidden()
    assert p.countdown_label.text() == "0:02"
    assert p.countdown_label.property("tint") == "rest"
    session.at(30)
    assert p.side_label.text() == "RIGHT"
    assert p.next_label.text() == "Next: Heel drops · set 1 of 2"

    # A picture that does not exist: nothing shown, nothing raised.
    session.at(46)
    assert p.title_label.text() == "Get ready: Heel drops"
    assert v.picture.isHidden()

    # Reps: the rep is the big number; rep 2 of the first set, lowering.
    session.at(53.5)
    assert p.countdown_label.text() == "2/3"
    assert p.count_label.text().startswith("0:0") and p.count_label.text().endswith(
        "left · set 1 of 2")
    assert p.cue_label.text() == "DOWN"
    session.at(56.2)
    assert p.countdown_label.text() == "3/3"
    assert p.cue_label.text() == "UP"

    # Rest between sets.
    session.at(61)
    assert p.title_label.text() == "Rest"
    assert p.next_label.text() == "Next: Heel drops · set 2 of 2"
    assert p.countdown_label.property("tint") == "rest"
    session.at(70)
    assert p.countdown_label.text() == "2/3"
    assert p.count_label.text().endswith("left · set 2 of 2")

    # Finish.
    session.at(77)
    assert session.engine.state is State.FINISHED
    assert v.stack.currentWidget() is v.finish_scroll
    assert v.finish_page.title.text() == "Well done"
    assert v.done_stat.value.text() == "4"
    assert v.done_stat.caption.text() == "of 4 steps done"
    assert v.finish_page.skipped_stat.value.text() == "0"
    assert v.finish_page.time_stat.value.text() == "1:16"
    assert isinstance(v.rating_area, QWidget) and v.rating_area.layout() is not None


def test_countdown_flashes_briefly_on_cues(session: Session) -> None:
    v = session.view
    p = v.session_page
    session.at(20)  # the 3-2-1 before the end of the first side
    assert p.countdown_label.property("flash") == "on"
    timer = v._flash_timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() <= 1000
    timer.timeout.emit()  # the pulse ends by itself: no continuous animation
    assert p.countdown_label.property("flash") == "off"
    assert v.banner == "Halfway"  # passed on the way to 0:03, still up
    v._banner_timer.timeout.emit()
    assert v.banner == "" and p.cue_label.text() == ""


def test_skipping_everything_counts_skipped_steps(qtbot: QtBot, session: Session) -> None:
    v = session.view
    session.at(5)
    while session.engine.state is not State.FINISHED:
        session.driver.skip()
    assert v.stack.currentWidget() is v.finish_scroll
    assert v.done_stat.value.text() == "0"
    assert v.finish_page.skipped_stat.value.text() == "4"
    with qtbot.waitSignal(v.closed):
        v.finish_page.done_button.click()
    with qtbot.waitSignal(v.restartRequested):
        v.finish_page.again_button.click()


def test_back_on_the_finish_screen_keeps_it(session: Session) -> None:
    """Regression: Left on the finish screen reopened the session, and leaving it then
    recorded a completed routine as stopped."""
    v = session.view
    session.at(77)
    assert v.stack.currentWidget() is v.finish_scroll
    session.driver.back()
    assert v.stack.currentWidget() is v.finish_scroll
    assert session.driver.state is State.FINISHED


def test_paused_overlay(session: Session) -> None:
    v = session.view
    p = v.session_page
    session.at(8)
    session.driver.pause()
    assert not p.overlay.isHidden()
    assert p.overlay_label.text() == "Paused"
    assert p.controls.pause_button.accessibleName() == "Resume"
    session.clock.advance(60)  # time passes while paused: the countdown stands still
    session.driver.tick()
    assert p.countdown_label.text() == "0:15"
    session.driver.resume()
    assert p.overlay.isHidden()
    assert p.controls.pause_button.accessibleName() == "Pause"


def test_ready_before_start_says_how_to_start(qtbot: QtBot) -> None:
    s = make_session(qtbot, start=False)
    assert s.view.session_page.overlay_label.text() == "Ready"
    assert s.view.session_page.countdown_label.text() == "0:03"
    qtbot.keyClick(s.view, Qt.Key.Key_Space)
    assert s.engine.state is State.RUNNING
    s.driver.stop()


def test_space_pauses_and_resumes(qtbot: QtBot, shown: Session) -> None:
    qtbot.keyClick(shown.view, Qt.Key.Key_Space)
    assert shown.engine.state is State.PAUSED
    qtbot.keyClick(shown.view, Qt.Key.Key_Space)
    assert shown.engine.state is State.RUNNING


def test_arrow_keys_and_restart(qtbot: QtBot, shown: Session) -> None:
    v = shown.view
    p = v.session_page
    qtbot.keyClick(v, Qt.Key.Key_Right)
    assert shown.engine.segment is not None and shown.engine.segment.index == 1
    assert p.title_label.text() == "Wall calf stretch"
    qtbot.keyClick(v, Qt.Key.Key_Right)
    assert shown.engine.segment.index == 2
    qtbot.keyClick(v, Qt.Key.Key_Left)  # just began: back to the previous step
    assert shown.engine.segment.index == 1
    shown.clock.advance(6)
    shown.driver.tick()
    assert p.countdown_label.text() == "0:14"
    qtbot.keyClick(v, Qt.Key.Key_R)
    assert p.countdown_label.text() == "0:20"
    assert shown.engine.segment.index == 1



# The left arrow as media players have it: restart the exercise, and pressed again soon after
# (or at an exercise's start) go back one more, however many times it is pressed.

def test_left_restarts_then_goes_back_one_exercise_per_press(qtbot: QtBot, shown: Session) -> None:
    s = shown
    s.at(35.0)  # ten seconds into the right side (segment 3, [25, 45))
    assert s.engine.segment is not None and s.engine.segment.index == 3
    seen = []
    for pause in (0.0, 0.4, 0.4, 0.4):
        s.clock.advance(pause)
        s.driver.tick()
        qtbot.keyClick(s.view, Qt.Key.Key_Left)
        seg = s.engine.segment
        assert seg is not None
        seen.append((seg.index, round(s.engine.position() - seg.start, 3)))
    assert seen == [(3, 0.0), (1, 0.0), (0, 0.0), (0, 0.0)]


def test_left_while_paused_goes_back_too(qtbot: QtBot, shown: Session) -> None:
    s = shown
    s.at(35.0)
    qtbot.keyClick(s.view, Qt.Key.Key_Space)  # pause
    for expected in (3, 1, 0):
        qtbot.keyClick(s.view, Qt.Key.Key_Left)
        seg = s.engine.segment
        assert seg is not None and seg.index == expected


def test_left_pressed_again_a_few_seconds_after_a_restart_goes_back(qtbot: QtBot,
                                                                    shown: Session) -> None:
    """Watching the restarted step for three seconds, then pressing again: the previous step,
    not a second restart; long after the restart, it restarts again."""
    s = shown
    s.at(35.0)
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment is not None and s.engine.segment.index == 3
    s.clock.advance(3.0)
    s.driver.tick()
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment.index == 1
    s.clock.advance(10.0)
    s.driver.tick()
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment.index == 1 and s.engine.position() == s.engine.segment.start


def test_escape_asks_before_stopping(qtbot: QtBot, shown: Session) -> None:
    v = shown.view
    asked: list[bool] = []

    def refuse() -> bool:
        asked.append(True)
        assert shown.engine.state is State.PAUSED  # the routine waits while the user decides
        return False

    v.confirm_stop = refuse
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert asked == [True]
    assert shown.engine.state is State.RUNNING
    assert v.stack.currentWidget() is v.session_page

    v.confirm_stop = lambda: True
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert shown.engine.state is State.STOPPED
    assert v.stack.currentWidget() is v.finish_scroll
    assert v.finish_page.title.text() == "Stopped early"
    with qtbot.waitSignal(v.closed):  # Esc on the summary closes it
        qtbot.keyClick(v, Qt.Key.Key_Escape)


def test_m_toggles_mute(qtbot: QtBot, shown: Session) -> None:
    v = shown.view
    p = v.session_page
    with qtbot.waitSignal(v.muteToggled) as blocker:
        qtbot.keyClick(v, Qt.Key.Key_M)
    assert blocker.args == [True]
    assert v.muted and p.controls.mute_button.isChecked()
    assert p.controls.mute_button.accessibleName() == "Unmute"
    with qtbot.waitSignal(v.muteToggled) as blocker:
        p.controls.mute_button.click()
    assert blocker.args == [False]
    v.set_muted(True)  # the window's own state: shown, not re-emitted
    assert p.controls.mute_button.isChecked()


def test_f11_toggles_fullscreen(qtbot: QtBot, shown: Session) -> None:
    v = shown.view
    qtbot.keyClick(v, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(v.window().windowState() & Qt.WindowState.WindowFullScreen))
    qtbot.keyClick(v, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not v.window().windowState() & Qt.WindowState.WindowFullScreen)


def test_controls_are_accessible_and_send_commands(qtbot: QtBot, session: Session) -> None:
    v = session.view
    p = v.session_page
    for button in p.controls.buttons:
        assert button.accessibleName()
        assert button.toolTip()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "(Space)" in p.controls.pause_button.toolTip()
    assert "(Esc)" in p.controls.stop_button.toolTip()
    with qtbot.waitSignal(v.miniRequested):
        p.controls.mini_button.click()
    p.controls.next_button.click()
    assert session.engine.segment is not None and session.engine.segment.index == 1
    p.controls.pause_button.click()
    assert session.engine.state is State.PAUSED
    v.confirm_stop = lambda: True
    p.controls.stop_button.click()
    assert session.engine.state is State.STOPPED


def test_routine_text_is_plain(qtbot: QtBot) -> None:
    text = ROUTINE.replace("name: Wall calf stretch", "name: <b>bold</b> & <i>x</i>").replace(
        "Lean in.", "<a href='x'>link</a>"
    )
    s = make_session(qtbot, text)
    v = s.view
    p = v.session_page
    assert p.title_label.text() == "Get ready: <b>bold</b> & <i>x</i>"
    s.at(5)
    assert p.body.instructions_label.text() == "<a href='x'>link</a>"
    labels = v.findChildren(QLabel)
    assert len(labels) > 10
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.accessibleName()
    s.driver.stop()


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_countdown_is_a_quarter_of_the_height(qtbot: QtBot, session: Session,
                                              size: tuple[int, int]) -> None:
    v = session.view
    p = v.session_page
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    metrics = QFontMetrics(p.countdown_label.font())
    assert metrics.height() >= v.height() / 4
    # The digits themselves, not only the font's line box, are a quarter of the height.
    assert metrics.tightBoundingRect("0123456789").height() >= v.height() / 4 - 1
    assert p.countdown_label.height() >= metrics.tightBoundingRect("0:00").height()
    # Nothing pushed out of the view: the controls are inside it.
    bottom = p.controls.stop_button.mapTo(v, p.controls.stop_button.rect().bottomRight()).y()
    assert bottom <= v.height()


def test_unchanged_refresh_sets_no_text(monkeypatch: pytest.MonkeyPatch,
                                        session: Session) -> None:
    v = session.view
    p = v.session_page
    session.at(10.2)
    calls: list[str] = []
    original = QLabel.setText

    def counting(label: QLabel, text: str) -> None:
        calls.append(text)
        original(label, text)

    monkeypatch.setattr(QLabel, "setText", counting)
    session.driver.displayed.emit(session.driver.display)
    session.at(10.4)  # same second shown
    assert calls == []
    session.at(11.0)  # a second passes: exactly the two clocks change
    assert calls == ["0:12", "1:05 left"]
    assert p.countdown_label.text() == "0:12"


def test_segment_kinds_all_have_a_tint(session: Session) -> None:
    from supple.qt.player.looks import TINTS

    assert set(TINTS) == set(SegmentKind)


def test_space_on_a_focused_control_still_pauses(session: Session, qtbot: QtBot) -> None:
    """Regression: with the Next button focused, Space skipped the step instead of pausing."""
    v = session.view
    p = v.session_page
    session.at(8)
    skip = [b for b in p.controls.buttons if b.accessibleName() == "Next"]
    assert skip, [b.accessibleName() for b in p.controls.buttons]
    before = session.driver.engine.segment
    qtbot.keyClick(skip[0], Qt.Key.Key_Space)
    assert session.driver.state is State.PAUSED
    assert session.driver.engine.segment is before
    qtbot.keyClick(skip[0], Qt.Key.Key_Return)  # Enter presses the focused button
    assert session.driver.engine.segment is not before


def test_the_picture_is_mirrored_for_the_right_side(shown: Session) -> None:
    session = shown
    v = session.view
    p = v.session_page
    session.at(10)  # left side
    assert p.side_label.text() == "LEFT" and not v.picture.mirrored
    session.at(30)  # right side
    assert p.side_label.text() == "RIGHT" and v.picture.mirrored
    v.resize(900, 640)
    QApplication.processEvents()
    assert p.side_label.font().pixelSize() > p.title_label.font().pixelSize() > 0


# --- a small window and large text ---------------------------------------------------------

LONG_NAMES = """
supple: 1
name: Long names
defaults: {lead_in: 5s, rest: 30s, switch: 5s}
steps:
  - name: Wall calf stretch, straight knee
    hold: 30s
    sides: both
    image: wall-calf-stretch.svg
    instructions: >-
      Hands on the wall, step the stretching leg back with the knee straight and the heel
      down. Lean in until the upper calf pulls gently.
    tips: [Point the back foot straight ahead., Keep the back heel on the floor.]
  - name: Heel drops, straight knee
    reps: 15
    tempo: {up: 1s, down: 3s}
    sets: 3
    sides: both
    image: heel-drop-straight-knee.svg
    instructions: Rise on both feet, lower the working heel slowly over three seconds.
"""
# 0 lead-in [0,5) · 1 hold left [5,35) · 2 switch [35,40) · 3 hold right [40,70) ·
# 4 lead-in [70,75) · 5 reps left, set 1 of 3 [75,135): rep 3 is lowering at 75 + 8 + 2.


def rect_in(view: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def text_fits(label: QLabel) -> bool:
    """The label is given the room its text needs: all its lines, the whole width."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    metrics = label.fontMetrics()
    return (label.height() >= metrics.height()
            and label.width() >= metrics.horizontalAdvance(label.text()))


@pytest.mark.parametrize(("size", "scale"), [((800, 600), 1.8), ((1100, 720), 1.0),
                                             ((1920, 1080), 1.0), ((560, 420), 1.0)])
@pytest.mark.parametrize("position", [85.0, 10.0])  # a rep, lowering; a hold, left side
def test_small_window_and_large_text_overlap_nothing(
        qtbot: QtBot, text_scale: Callable[[float], None], size: tuple[int, int],
        scale: float, position: float) -> None:
    """Regression: at 800x600 and 1.8x text the tempo word sat on the countdown's digits,
    the step bar and the instructions ran over the countdown and the view outgrew the
    window. Everything now has its own room; the picture and instructions give way first."""
    text_scale(scale)
    s = make_session(qtbot, LONG_NAMES)
    v = s.view
    p = v.session_page
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    s.at(position)
    QApplication.processEvents()
    assert v.size() == QSize(*size)  # the view did not insist on more room than the window
    if position > 75:
        assert p.cue_label.text() == "DOWN"
    assert p.side_label.text() == "LEFT"

    metrics = QFontMetrics(p.countdown_label.font())
    assert metrics.tightBoundingRect("0123456789").height() >= v.height() / 4 - 1
    digits = metrics.tightBoundingRect(p.countdown_label.text())
    assert p.countdown_label.height() >= digits.height()

    shown: list[QWidget] = [p.title_label, p.side_label, p.countdown_label, p.step_bar,
                            p.next_label, p.left_label, p.total_bar, *p.controls.buttons]
    if p.count_label.text():
        shown.append(p.count_label)
    if p.cue_label.text():
        shown.append(p.cue_label)
    if v.picture.isVisibleTo(v):
        shown.append(v.picture)
    if p.body.instructions_label.isVisibleTo(v):
        viewport = p.body.instructions_label.parentWidget().parentWidget()  # of its scroll area
        viewport.setAccessibleName("Instructions' viewport")
        shown.append(viewport)
    view = v.rect()
    for widget in shown:
        assert widget.isVisibleTo(v), widget.accessibleName()
        assert view.contains(rect_in(v, widget)), widget.accessibleName()
        if isinstance(widget, QLabel) and widget is not p.countdown_label:
            assert text_fits(widget), widget.accessibleName()
    for i, first in enumerate(shown):
        for second in shown[i + 1:]:
            overlap = rect_in(v, first).intersects(rect_in(v, second))
            assert not overlap, (first.accessibleName(), second.accessibleName())
    if size[1] >= 720:  # room to spare: the picture and instructions show
        assert v.picture.isVisibleTo(v) and p.body.instructions_label.isVisibleTo(v)
    s.driver.stop()


def with_tips(tips: list[str]) -> str:
    return f"""
supple: 1
name: Tips
defaults: {{lead_in: 5s}}
steps:
  - name: Heel drops, straight knee
    hold: 30s
    image: heel-drop-straight-knee.svg
    instructions: >-
      Stand with the balls of both feet on the edge of a step, holding a rail or wall. Rise
      onto your toes using both legs, then take the other foot off and lower the working heel
      slowly below the step over three seconds. Keep the knee straight.
    tips: {tips!r}
"""


FEW_TIPS = ["Keep the knee straight.", "Breathe out as you lower."]
MANY_TIPS = [f"Tip {n}: rise with both legs and lower on the working leg only, slowly, "
             "counting three, and stop if the pain goes above five out of ten." for n in range(8)]


@pytest.mark.parametrize(("tips", "shown"), [(FEW_TIPS, True), (MANY_TIPS, False)])
def test_tips_show_only_when_they_fit_under_the_instructions(
        qtbot: QtBot, tips: list[str], shown: bool) -> None:
    """A runner mid-exercise cannot scroll: the tips give way before the instructions are
    cut off behind a scroll bar."""
    s = make_session(qtbot, with_tips(tips))
    v = s.view
    p = v.session_page
    v.resize(1280, 800)
    v.show()
    qtbot.waitExposed(v)
    s.at(10)
    QApplication.processEvents()
    assert p.body.instructions_label.isVisibleTo(v)
    assert p.body.tips_label.isVisibleTo(v) is shown
    assert not p.body.scroll_area.verticalScrollBar().isVisible()


# --- what the driver displays --------------------------------------------------------------


def test_one_display_per_wake_after_its_events(session: Session) -> None:
    order: list[str] = []
    session.driver.happened.connect(lambda event: order.append(type(event).__name__))
    session.driver.displayed.connect(lambda shown: order.append(shown.countdown))
    session.driver.refreshed.connect(lambda: order.append("refreshed"))
    session.at(3)  # the lead-in ends and the first side starts
    assert order == ["StepStarted", "0:20", "refreshed"]
    assert session.driver.display.countdown == "0:20"


def test_the_views_show_the_display_and_read_no_clock(qtbot: QtBot, session: Session) -> None:
    """Both views render what the driver hands them, not what they work out themselves."""
    from supple.qt.player.mini import MiniView

    mini = MiniView(session.driver)
    qtbot.addWidget(mini)
    session.at(10)
    made_up = dataclasses.replace(session.driver.display, countdown="9:59", left="7:00 left",
                                  mini_title="Made up")
    session.driver.displayed.emit(made_up)
    assert session.view.session_page.countdown_label.text() == "9:59"
    assert session.view.session_page.left_label.text() == "7:00 left"
    assert (mini.countdown_label.text(), mini.title) == ("9:59", "Made up")


def test_after_the_computer_slept_the_overlay_says_so(session: Session) -> None:
    p = session.view.session_page
    session.at(8)
    session.clock.suspend(600)
    session.driver.tick()
    assert session.engine.state is State.PAUSED
    assert not p.overlay.isHidden()
    assert (p.overlay_label.text(), p.overlay_hint.text()) == (
        "Paused", "The computer slept. Space to resume")
    session.driver.resume()
    assert p.overlay.isHidden()
    session.driver.pause()  # an ordinary pause says the ordinary thing
    assert p.overlay_hint.text() == "Space to resume · Esc to stop"
