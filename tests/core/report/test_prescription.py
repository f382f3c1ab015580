"""The prescription's words: a week's changes described, the direction of a load change, and
the exercises of a routine as a week makes them."""

from __future__ import annotations

from report_histories import programmes
from supple.core.programmes.model import StepChange, WeekChange
from supple.core.programmes.weeks import apply_week
from supple.core.report.prescription import _direction, describe, exercises_of, prescribed
from supple.core.routines.model import Routine


def week(**values: object) -> WeekChange:
    return WeekChange.model_validate(values)


def test_every_kind_of_change_is_described() -> None:
    assert describe(None) == "as the routine is written"
    assert describe(week(sets=4)) == "4 sets"
    assert describe(week(hold="45s", rest="2m")) == "hold 45 s, rest 2:00"
    assert describe(week(reps=8, tempo={"up": "3s", "down": "3s"}, rm=8)) == (
        "8 reps, tempo 3 s up, 3 s down, 8RM")
    assert describe(week(reps=10, tempo="2s")) == "10 reps, tempo 2 s a rep"
    assert describe(week(metronome="+5%")) == "metronome +5% of your cadence"
    assert describe(week(metronome=176, load="+5 kg in a backpack")) == (
        "metronome 176 bpm, +5 kg in a backpack")
    assert describe(week(steps={"Seated calf raises": StepChange(reps=6)})) == (
        "Seated calf raises: 6 reps")
    assert describe(week(note="only a note")) == "as the routine is written"


def test_the_direction_of_a_change() -> None:
    assert _direction(week(sets=3, reps=15, rm=15), week(sets=3, reps=12, rm=12)) == "up"
    assert _direction(week(sets=4, reps=6, rm=6), week(sets=4, reps=10, rm=10)) == "down"
    assert _direction(week(sets=3, reps=15), week(sets=4, reps=15)) == "up"
    assert _direction(week(sets=3, reps=15), week(sets=2, reps=15)) == "down"
    assert _direction(None, week(load="+5 kg")) == "changed"
    assert _direction(week(reps=15), week(reps=15, note="add weight")) == "changed"


ROUTINE = Routine.model_validate({
    "supple": 1, "name": "Drill", "steps": [
        {"name": "Hops", "reps": 20, "sets": 2},
        {"rounds": 3, "steps": [{"name": "Skips", "hold": "30s"},
                                {"name": "Rest", "rest": "15s"}]}]})


def test_blocks_count_their_rounds() -> None:
    assert [(e.name, e.dose) for e in exercises_of(ROUTINE)] == [
        ("Hops", "20 reps · 2 sets"), ("Skips", "30 s · 3 rounds")]
    item = prescribed("drill", ROUTINE, None, None, None)
    assert item.how_often.startswith("on the runner's own") and item.weeks is None


def test_a_week_that_does_not_fit_the_runners_copy_shows_it_as_written() -> None:
    """The cadence programme sets a metronome, and this copy of the routine has none."""
    [cadence] = [p for p in programmes() if p.id == "cadence-retraining"]
    entry = cadence.programme.routines[0]
    item = prescribed("cadence-run", ROUTINE, cadence.programme, entry, 1)
    assert item.weeks == "week 1 of 6" and item.how_often == "run days (run 18:00)"
    assert [e.dose for e in item.exercises] == ["20 reps · 2 sets", "30 s · 3 rounds"]


def test_the_load_is_read_back_out_of_a_tip_in_another_language() -> None:
    """The week's load tip is written through tr, so the report finds the load by the
    translated tip's frame, not by an English prefix."""
    from supple.core import wording

    french = {"This week: {changes}.": "Cette semaine : {changes}.",
              "{rm}RM: a load you can lift only %n time(s) with good form":
              "{rm}RM : une charge soulevable %n fois"}

    def translate(source: str, disambiguation: str | None, n: int) -> str:
        text = french.get(source, "")
        return text.replace("%n", str(n)) if n >= 0 else text

    previous = wording.install_translator(translate)
    try:
        drops = Routine.model_validate({"supple": 1, "name": "Drops", "steps": [
            {"name": "Heel drops", "reps": 15, "tips": ["Slowly"]}]})
        [entry] = [e for e in exercises_of(apply_week(drops, week(rm=12, load="+5 kg")))]
    finally:
        wording.install_translator(previous)
    assert entry.load == "12RM : une charge soulevable 12 fois; +5 kg"


def test_counts_agree_with_one() -> None:
    assert describe(week(sets=3, reps=1)) == "3 × 1 rep"
    assert describe(week(sets=1)) == "1 set"
