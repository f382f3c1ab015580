"""Enrolling from the app, and pausing, resuming, switching and finishing from Today."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from fakes import FakeClock
from supple.core.history.records import EnrolmentState, Location, Side
from supple.core.paths import AppPaths
from supple.qt.today.enrol import EnrolDialog
from today_app import BERLIN, START, Wall, fill_in, open_app


def test_pause_resume_switch_and_finish_from_today(qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    window, store = open_app(qtbot, paths, wall, clock)
    today = window.today
    today.ask_enrolment = fill_in("alfredson", where="insertion", side="Both")
    assert today.enrol()
    [first] = store.enrolments()
    assert (first.location, first.side) == (Location.INSERTION, Side.BOTH)
    assert window.stack.currentWidget() is window.library_view  # enrolled from the code
    today.view.plan_buttons(first.uuid)["Pause"].click()
    assert store.enrolment(first.uuid).state is EnrolmentState.PAUSED
    assert today.summary is not None and today.summary.plans[0].paused
    assert "Pause" not in today.view.plan_buttons(first.uuid)
    today.view.plan_buttons(first.uuid)["Resume"].click()
    assert store.enrolment(first.uuid).state is EnrolmentState.ACTIVE
    # Switching: cancelled changes nothing; chosen finishes the old one and starts the new.
    today.ask_enrolment = lambda dialog: None
    today.view.plan_buttons(first.uuid)["Switch…"].click()
    assert store.enrolment(first.uuid).state is EnrolmentState.ACTIVE
    today.ask_enrolment = fill_in("heavy-slow-resistance", side="Right")
    today.view.plan_buttons(first.uuid)["Switch…"].click()
    old, new = store.enrolments()
    assert old.state is EnrolmentState.FINISHED and old.finished_day == START
    assert (new.programme_id, new.state, new.side) == (
        "heavy-slow-resistance", EnrolmentState.ACTIVE, Side.RIGHT)
    assert [p.programme_id for p in today.summary.plans] == ["heavy-slow-resistance"]
    # Finishing asks first.
    asked: list[str] = []
    today.confirm = lambda question: asked.append(question) or False
    today.view.plan_buttons(new.uuid)["Finish"].click()
    assert asked and store.enrolment(new.uuid).state is EnrolmentState.ACTIVE
    today.confirm = lambda question: True
    today.view.plan_buttons(new.uuid)["Finish"].click()
    assert store.enrolment(new.uuid).state is EnrolmentState.FINISHED
    assert today.summary is not None and not today.summary.active
    # Pausing a finished one is refused with a notice, and nothing is lost.
    today.pause(new.uuid)
    assert any("could not be paused: only an active programme" in text
               for text, _ in window.notices._queue)
    assert [e.state for e in store.enrolments()] == [EnrolmentState.FINISHED] * 2
    store.close()


def test_a_due_routine_missing_from_the_library_is_named_not_started(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    (paths.routines / "alfredson-heel-drops.yaml").unlink()
    window, store = open_app(qtbot, paths, wall, clock)
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    window.today.refresh()
    assert window.today.due_routine() is None
    assert window.session is None
    assert window.notices.label.text() == ("The routine 'alfredson-heel-drops' that the "
                                           "programme asks for is not in your library.")
    store.enrol("running-companion", START, time_zone="Europe/Berlin")
    wall.now = datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN) + timedelta(days=200)
    window.today.refresh()
    assert window.today.due_routine() is None  # long over: nothing due
    assert any(text == "Nothing more is due today." for text, _ in window.notices._queue)
    store.close()


def test_the_dialog_asks_each_programmes_own_questions(qtbot: QtBot) -> None:
    from supple.core.programmes.loader import load_folders
    from supple.core.resources import builtin_programmes_dir

    programmes, _ = load_folders(builtin_programmes_dir())
    dialog = EnrolDialog(programmes, START)
    qtbot.addWidget(dialog)
    dialog.select("alfredson")
    assert list(dialog.questions) == ["where"]
    assert dialog.about.text() == (
        "The Alfredson eccentric protocol for Achilles tendon pain: heel drops with a straight "
        "knee and with a bent knee, 3 sets of 15 each, twice a day, 7 days a week, for 12 "
        "weeks.")
    dialog.name.setText("   ")
    choice = dialog.choice()
    assert choice is not None
    assert (choice.programme_id, choice.start, choice.name, choice.side, choice.location) == (
        "alfredson", START, None, None, Location.MID_PORTION)
    dialog.select("heavy-slow-resistance")
    assert dialog.questions == {}
    assert dialog.about.text().endswith("3 seconds up and 3 seconds down (12 weeks).")
    assert dialog.choice().location is Location.NONE
    with pytest.raises(KeyError):
        dialog.select("no-such-programme")
    empty = EnrolDialog([], START)
    qtbot.addWidget(empty)
    assert not empty.ok.isEnabled() and empty.choice() is None
    assert empty.about.text() == "No programmes found."


def test_the_runner_may_set_the_morning_and_evening_times(qtbot: QtBot,
                                                           paths: AppPaths) -> None:
    from datetime import time

    from PySide6.QtCore import QTime

    wall, clock = Wall(datetime(2026, 3, 2, 6, 0, tzinfo=BERLIN)), FakeClock()
    window, store = open_app(qtbot, paths, wall, clock)
    seen: list[EnrolDialog] = []

    def answer(dialog: EnrolDialog):  # type: ignore[no-untyped-def]
        dialog.select("alfredson")
        seen.append(dialog)
        assert [e.time().toString("HH:mm") for e in dialog.slot_times.values()] == [
            "07:30", "19:00"]
        dialog.slot_times["morning"].setTime(QTime(6, 45))
        return dialog.choice()

    window.today.ask_enrolment = answer
    assert window.today.enrol()
    [enrolment] = store.enrolments()
    assert (enrolment.morning_slot, enrolment.evening_slot) == (time(6, 45), None)
    summary = window.today.summary
    assert summary is not None
    assert [i.time for i in summary.plans[0].items] == ["06:45", "19:00"]
    assert seen
    # A programme whose one slot is "day" asks for no times.
    dialog = EnrolDialog(window.today.programmes(), START)
    qtbot.addWidget(dialog)
    dialog.select("heavy-slow-resistance")
    assert dialog.slot_times == {}
    choice = dialog.choice()
    assert choice is not None and (choice.morning_slot, choice.evening_slot) == (None, None)
    store.close()
