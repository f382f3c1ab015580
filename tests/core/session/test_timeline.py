"""The planner: exact segments, offsets, cues and totals, worked out by hand."""

from __future__ import annotations

import textwrap

import pytest

from supple.core.routines.cue_choices import ResolvedCues
from supple.core.routines.loader import load_text
from supple.core.routines.model import Routine
from supple.core.session.cues import CueKind
from supple.core.session.timeline import CueEvent, RepPhase, SegmentKind, Timeline, plan

L, W, S, R = SegmentKind.LEAD_IN, SegmentKind.WORK, SegmentKind.SWITCH, SegmentKind.REST


def routine(steps: str, defaults: str = "{lead_in: 5s, rest: 10s, switch: 5s}") -> Routine:
    text = f"supple: 1\nname: T\ndefaults: {defaults}\nsteps:\n" + textwrap.indent(
        textwrap.dedent(steps), "  "
    )
    loaded, problems = load_text(text, "t.yaml")
    assert loaded is not None, [str(p) for p in problems]
    return loaded


def shape(tl: Timeline) -> list[tuple[SegmentKind, float, float, str | None, int, int]]:
    return [(s.kind, s.start, s.duration, s.side, s.set, s.round) for s in tl.segments]


def cues(tl: Timeline, *kinds: CueKind) -> list[tuple[float, CueKind, int | None]]:
    return [(c.at, c.kind, c.count) for c in tl.cues if not kinds or c.kind in kinds]


def test_a_single_hold() -> None:
    tl = plan(routine("- {name: Calf, hold: 30s}\n"))
    assert shape(tl) == [(L, 0.0, 5.0, None, 1, 1), (W, 5.0, 30.0, None, 1, 1)]
    assert tl.total == 35.0
    assert [s.index for s in tl.segments] == [0, 1]
    assert tl.segments[1].end == 35.0 and tl.segments[1].title == "Calf"
    assert cues(tl) == [
        (0.0, CueKind.LEAD_IN, None),
        (2.0, CueKind.COUNTDOWN, 3),
        (3.0, CueKind.COUNTDOWN, 2),
        (4.0, CueKind.COUNTDOWN, 1),
        (5.0, CueKind.START, None),
        (20.0, CueKind.HALFWAY, None),
        (32.0, CueKind.COUNTDOWN, 3),
        (33.0, CueKind.COUNTDOWN, 2),
        (34.0, CueKind.COUNTDOWN, 1),
        (35.0, CueKind.FINISHED, None),
    ]
    assert tl.cues[-1].segment == 1


def test_sides_and_sets_sides_inside_sets() -> None:
    tl = plan(routine("- {name: Calf, hold: 20s, sets: 2, sides: both}\n"))
    assert shape(tl) == [
        (L, 0.0, 5.0, "left", 1, 1),
        (W, 5.0, 20.0, "left", 1, 1),
        (S, 25.0, 5.0, "right", 1, 1),
        (W, 30.0, 20.0, "right", 1, 1),
        (R, 50.0, 10.0, None, 2, 1),
        (W, 60.0, 20.0, "left", 2, 1),
        (S, 80.0, 5.0, "right", 2, 1),
        (W, 85.0, 20.0, "right", 2, 1),
    ]
    assert tl.total == 105.0
    assert all(s.sets == 2 for s in tl.segments)
    assert tl.segments[1].title == "Calf · left"
    assert cues(tl, CueKind.SWITCH) == [(25.0, CueKind.SWITCH, None), (80.0, CueKind.SWITCH, None)]
    switch = next(c for c in tl.cues if c.kind is CueKind.SWITCH)
    assert switch.say == "Switch sides: right"
    assert cues(tl, CueKind.REST) == [(50.0, CueKind.REST, None)]


def test_step_rest_and_switch_override_defaults() -> None:
    tl = plan(routine("- {name: A, hold: 10s, sets: 2, rest: 30s, switch: 2s, sides: [cw, ccw]}\n"))
    assert [(s.kind, s.duration) for s in tl.segments] == [
        (L, 5.0), (W, 10.0), (S, 2.0), (W, 10.0), (R, 30.0), (W, 10.0), (S, 2.0), (W, 10.0)
    ]  # fmt: skip
    assert [s.side for s in tl.work_segments] == ["cw", "ccw", "cw", "ccw"]


def test_rounds_with_rest_between_rounds_only() -> None:
    tl = plan(
        routine(
            """\
            - rounds: 3
              rest: 20s
              steps:
                - {name: Knees, hold: 10s, lead_in: 0}
                - {name: Kicks, hold: 10s, lead_in: 0}
            """
        )
    )
    assert [(s.kind, s.start, s.name, s.round, s.rounds) for s in tl.segments] == [
        (W, 0.0, "Knees", 1, 3),
        (W, 10.0, "Kicks", 1, 3),
        (R, 20.0, "Rest", 2, 3),
        (W, 40.0, "Knees", 2, 3),
        (W, 50.0, "Kicks", 2, 3),
        (R, 60.0, "Rest", 3, 3),
        (W, 80.0, "Knees", 3, 3),
        (W, 90.0, "Kicks", 3, 3),
    ]
    assert tl.total == 100.0


def test_block_rest_defaults_to_routine_rest() -> None:
    tl = plan(routine("- rounds: 2\n  steps: [{name: A, hold: 5s, lead_in: 0}]\n"))
    assert [(s.kind, s.duration) for s in tl.segments] == [(W, 5.0), (R, 10.0), (W, 5.0)]


def test_nested_rounds_multiply() -> None:
    tl = plan(
        routine(
            """\
            - rounds: 2
              rest: 0
              steps:
                - rounds: 3
                  rest: 0
                  steps: [{name: A, hold: 5s, lead_in: 0}]
            """
        )
    )
    assert [s.kind for s in tl.segments] == [W] * 6
    assert tl.total == 30.0


def test_rest_steps() -> None:
    tl = plan(routine("- {name: A, hold: 10s}\n- rest: 1m\n- {rest: 30s, name: Water}\n"))
    assert [(s.kind, s.start, s.duration, s.name) for s in tl.segments] == [
        (L, 0.0, 5.0, "A"),
        (W, 5.0, 10.0, "A"),
        (R, 15.0, 60.0, "Rest"),
        (R, 75.0, 30.0, "Water"),
    ]
    rest_cues = [c for c in tl.cues if c.kind is CueKind.REST]
    assert [(c.at, c.say) for c in rest_cues] == [(15.0, "Rest"), (75.0, "Water")]


def test_lead_in_zero_turns_it_off() -> None:
    tl = plan(routine("- {name: A, hold: 10s}\n", "{lead_in: 0}"))
    assert shape(tl) == [(W, 0.0, 10.0, None, 1, 1)]
    assert not any(c.kind is CueKind.LEAD_IN for c in tl.cues)
    tl = plan(routine("- {name: A, hold: 10s, lead_in: 0}\n- {name: B, hold: 10s}\n"))
    assert [s.kind for s in tl.segments] == [W, L, W]


def test_rest_zero_and_switch_zero_turn_them_off() -> None:
    tl = plan(routine("- {name: A, hold: 10s, sets: 2, sides: both, rest: 0, switch: 0}\n"))
    assert [s.kind for s in tl.segments] == [L, W, W, W, W]
    assert tl.total == 45.0


def test_tempo_phases_expand_to_rep_phases() -> None:
    tl = plan(routine("- {name: Heel drop, reps: 3, tempo: {up: 1s, hold: 500ms, down: 3s}}\n"))
    work = tl.segments[1]
    assert (work.kind, work.start, work.duration, work.reps) == (W, 5.0, 13.5, 3)
    assert work.rep_phases == (
        RepPhase(1, "up", 0.0, 1.0),
        RepPhase(1, "hold", 1.0, 0.5),
        RepPhase(1, "down", 1.5, 3.0),
        RepPhase(2, "up", 4.5, 1.0),
        RepPhase(2, "hold", 5.5, 0.5),
        RepPhase(2, "down", 6.0, 3.0),
        RepPhase(3, "up", 9.0, 1.0),
        RepPhase(3, "hold", 10.0, 0.5),
        RepPhase(3, "down", 10.5, 3.0),
    )
    assert tl.total == 18.5
    # The first phase shares the START cue; every later phase has its own sound.
    assert cues(tl, CueKind.START, CueKind.REP_UP, CueKind.REP_DOWN, CueKind.REP_HOLD) == [
        (5.0, CueKind.START, None),
        (6.0, CueKind.REP_HOLD, 1),
        (6.5, CueKind.REP_DOWN, 1),
        (9.5, CueKind.REP_UP, 2),
        (10.5, CueKind.REP_HOLD, 2),
        (11.0, CueKind.REP_DOWN, 2),
        (14.0, CueKind.REP_UP, 3),
        (15.0, CueKind.REP_HOLD, 3),
        (15.5, CueKind.REP_DOWN, 3),
    ]
    # Reps have their own rhythm: no halfway and no 3-2-1 over them.
    assert not [c for c in tl.cues if c.segment == 1 and c.kind is CueKind.COUNTDOWN]
    assert not any(c.kind is CueKind.HALFWAY for c in tl.cues)
    assert work.rep_at(0.0) == work.rep_phases[0]
    assert work.rep_at(6.2) == work.rep_phases[5]
    assert work.rep_at(13.4) == work.rep_phases[8]


def test_a_hold_has_no_rep_phase_at_any_moment() -> None:
    """The player asks every work segment which rep is under way; a hold answers none."""
    [_lead_in, hold] = plan(routine("- {name: A, hold: 20s}\n")).segments
    assert hold.kind is SegmentKind.WORK and hold.rep_phases == ()
    assert hold.rep_at(0.0) is None and hold.rep_at(19.9) is None


def test_plain_tempo_and_default_tempo() -> None:
    tl = plan(routine("- {name: A, reps: 3, tempo: 4s, lead_in: 0}\n- {name: B, reps: 2}\n"))
    a, _, b = tl.segments
    assert a.duration == 12.0 and [p.start for p in a.rep_phases] == [0.0, 4.0, 8.0]
    assert all(p.phase is None for p in a.rep_phases)
    assert b.duration == 4.0  # two seconds a rep when no tempo is given
    assert cues(tl, CueKind.REP_UP)[:2] == [(4.0, CueKind.REP_UP, 2), (8.0, CueKind.REP_UP, 3)]


def test_metronome_beats() -> None:
    tl = plan(routine("- {name: Cadence, metronome: 180, hold: 2s, lead_in: 0}\n"))
    ticks = [c for c in tl.cues if c.kind is CueKind.TICK]
    assert [c.count for c in ticks] == [2, 3, 4, 5, 6]  # beat 1 is the START cue
    assert [c.at for c in ticks] == pytest.approx([1 / 3, 2 / 3, 1.0, 4 / 3, 5 / 3])
    assert tl.segments[0].bpm == 180


def test_a_relative_metronome_is_worked_out_from_the_runners_cadence() -> None:
    r = routine("- {name: Cadence, metronome: +5%, hold: 2s, lead_in: 0}\n")
    tl = plan(r, cadence=160)
    assert tl.segments[0].bpm == 168 and not tl.default_cadence_used
    ticks = [c.at for c in tl.cues if c.kind is CueKind.TICK]
    assert ticks == pytest.approx([n * 60 / 168 for n in range(1, 6)])
    assert plan(r, cadence=180).segments[0].bpm == 189


def test_without_a_cadence_the_default_is_used_and_the_timeline_says_so() -> None:
    from supple.core.cadence import DEFAULT_CADENCE

    r = routine("- {name: Cadence, metronome: -5%, hold: 2s, lead_in: 0}\n")
    tl = plan(r)
    assert tl.segments[0].bpm == round(DEFAULT_CADENCE * 0.95) and tl.default_cadence_used
    assert plan(r, with_cues=False).default_cadence_used
    absolute = plan(routine("- {name: Cadence, metronome: 176, hold: 2s}\n"))
    assert absolute.segments[1].bpm == 176 and not absolute.default_cadence_used
    assert not plan(routine("- {name: A, hold: 2s}\n")).default_cadence_used


def test_metronome_60_bpm_with_halfway_but_silent_voice() -> None:
    tl = plan(routine("- {name: Cadence, metronome: 60, hold: 20s, lead_in: 0}\n"))
    assert [c.at for c in tl.cues if c.kind is CueKind.TICK] == [float(n) for n in range(1, 20)]
    halfway = [c for c in tl.cues if c.kind is CueKind.HALFWAY]
    assert [(c.at, c.say) for c in halfway] == [(10.0, None)]


def test_halfway_only_for_holds_of_20_seconds_or_more() -> None:
    tl = plan(routine("- {name: A, hold: 19s, lead_in: 0}\n- {name: B, hold: 20s, lead_in: 0}\n"))
    assert cues(tl, CueKind.HALFWAY) == [(29.0, CueKind.HALFWAY, None)]


def test_countdown_only_on_segments_of_4_seconds_or_more() -> None:
    tl = plan(routine("- {name: A, hold: 3.9s, lead_in: 0}\n- {name: B, hold: 4s, lead_in: 0}\n"))
    assert [c.at for c in tl.cues if c.kind is CueKind.COUNTDOWN] == pytest.approx([4.9, 5.9, 6.9])


def test_full_cue_schedule_for_sides_and_rest() -> None:
    tl = plan(routine("- {name: A, hold: 20s, sides: both, lead_in: 4s, switch: 4s}\n"))
    assert cues(tl) == [
        (0.0, CueKind.LEAD_IN, None),
        (1.0, CueKind.COUNTDOWN, 3),
        (2.0, CueKind.COUNTDOWN, 2),
        (3.0, CueKind.COUNTDOWN, 1),
        (4.0, CueKind.START, None),
        (14.0, CueKind.HALFWAY, None),
        (21.0, CueKind.COUNTDOWN, 3),
        (22.0, CueKind.COUNTDOWN, 2),
        (23.0, CueKind.COUNTDOWN, 1),
        (24.0, CueKind.SWITCH, None),
        (25.0, CueKind.COUNTDOWN, 3),
        (26.0, CueKind.COUNTDOWN, 2),
        (27.0, CueKind.COUNTDOWN, 1),
        (28.0, CueKind.START, None),
        (38.0, CueKind.HALFWAY, None),
        (45.0, CueKind.COUNTDOWN, 3),
        (46.0, CueKind.COUNTDOWN, 2),
        (47.0, CueKind.COUNTDOWN, 1),
        (48.0, CueKind.FINISHED, None),
    ]
    assert [c.at for c in tl.cues] == sorted(c.at for c in tl.cues)


def test_spoken_words() -> None:
    tl = plan(routine("- {name: Calf, say: Calf stretch, hold: 20s, sides: both}\n"))
    said = [(c.kind, c.say) for c in tl.cues if c.say]
    assert said == [
        (CueKind.LEAD_IN, "Get ready: Calf stretch, left"),
        (CueKind.START, "Calf stretch, left"),
        (CueKind.HALFWAY, "Halfway"),
        (CueKind.SWITCH, "Switch sides: right"),
        (CueKind.START, "Calf stretch, right"),
        (CueKind.HALFWAY, "Halfway"),
        (CueKind.FINISHED, "Done"),
    ]
    assert tl.phrases() == {s for _, s in said}


def test_per_step_cues_halfway_off_and_say_reps_on() -> None:
    tl = plan(
        routine(
            """\
            - {name: A, hold: 30s, lead_in: 0, cues: {halfway: false, countdown: false}}
            - {name: B, reps: 3, tempo: 2s, lead_in: 0, cues: {say_reps: true}}
            - {name: C, hold: 30s, lead_in: 0}
            """
        )
    )
    a, b, c = tl.segments
    assert not a.cues.halfway and not a.cues.countdown and a.cues.start
    assert b.cues.say_reps and not a.cues.say_reps and not c.cues.say_reps
    assert [x.at for x in tl.cues if x.kind is CueKind.HALFWAY] == [51.0]  # C: 36 + 15
    assert [x.segment for x in tl.cues if x.kind is CueKind.COUNTDOWN] == [2, 2, 2]
    spoken_reps = [(x.at, x.kind, x.count, x.say) for x in tl.cues if x.segment == 1 and x.count]
    assert spoken_reps == [
        (30.0, CueKind.REP_UP, 1, "1"),
        (32.0, CueKind.REP_UP, 2, "2"),
        (34.0, CueKind.REP_UP, 3, "3"),
    ]


def test_say_reps_with_tempo_sounds_off_still_counts() -> None:
    tl = plan(
        routine(
            "- {name: A, reps: 2, tempo: {up: 1, down: 2}, lead_in: 0,"
            " cues: {say_reps: true, tempo: false}}\n"
        )
    )
    reps = [(c.at, c.kind, c.say) for c in tl.cues if c.count]
    assert reps == [(0.0, CueKind.REP_UP, "1"), (3.0, CueKind.REP_UP, "2")]


def test_routine_default_cues_and_app_cues() -> None:
    r = routine(
        "- {name: A, hold: 30s, sides: both, lead_in: 0}\n- rest: 10s\n",
        "{lead_in: 0, cues: {halfway: false, switch: false}}",
    )
    tl = plan(r)
    kinds = {c.kind for c in tl.cues}
    assert CueKind.HALFWAY not in kinds and CueKind.SWITCH not in kinds
    assert CueKind.REST in kinds
    quiet = plan(r, ResolvedCues(rest=False, finish=False, voice=False, halfway=True))
    kinds = {c.kind for c in quiet.cues}
    assert CueKind.REST not in kinds and CueKind.FINISHED not in kinds
    assert CueKind.HALFWAY not in kinds  # the routine's own choice wins over the app's
    assert all(c.say is None for c in quiet.cues)
    # the segments are the same whatever the cues
    assert [s.start for s in quiet.segments] == [s.start for s in tl.segments]


def test_rest_step_cue_settings() -> None:
    tl = plan(routine("- {name: A, hold: 5s, lead_in: 0}\n- {rest: 10s, cues: {rest: false}}\n"))
    assert not any(c.kind is CueKind.REST for c in tl.cues)
    assert cues(tl, CueKind.COUNTDOWN)[-3:] == [
        (12.0, CueKind.COUNTDOWN, 3),
        (13.0, CueKind.COUNTDOWN, 2),
        (14.0, CueKind.COUNTDOWN, 1),
    ]


def test_totals_for_a_known_routine() -> None:
    r = routine(
        """\
        - {name: Calf, hold: 30s, sets: 2, sides: both}
        - {name: Drops, reps: 15, tempo: {up: 1s, down: 3s}, sets: 3, rest: 1m}
        - rounds: 2
          rest: 15s
          steps:
            - {name: Knees, hold: 30s}
            - rest: 10s
        - {name: Cadence, metronome: 176, hold: 1m}
        """
    )
    tl = plan(r)
    calf = 5 + 30 + 5 + 30 + 10 + 30 + 5 + 30  # lead, L, switch, R, rest, L, switch, R
    drops = 5 + 60 + 60 + 60 + 60 + 60  # lead, set, rest, set, rest, set
    circuit = (5 + 30 + 10) + 15 + (5 + 30 + 10)
    cadence = 5 + 60
    assert tl.total == calf + drops + circuit + cadence == 620
    assert len(tl.work_segments) == 4 + 3 + 2 + 1
    assert tl.cues[-1] == CueEvent(620.0, CueKind.FINISHED, len(tl.segments) - 1, say="Done")
    ends = [s.end for s in tl.segments]
    assert [s.start for s in tl.segments[1:]] == ends[:-1]  # no gaps, no overlaps


def test_queries() -> None:
    tl = plan(routine("- {name: A, hold: 10s}\n- rest: 5s\n- {name: B, hold: 10s}\n"))
    assert [s.name for s in tl.segments] == ["A", "A", "Rest", "B", "B"]
    seg = tl.segment_at(0.0)
    assert seg is not None and seg.index == 0
    seg = tl.segment_at(14.999)
    assert seg is not None and seg.index == 1
    seg = tl.segment_at(15.0)
    assert seg is not None and seg.index == 2
    assert tl.segment_at(tl.total) is None
    nxt = tl.next_work(1)
    assert nxt is not None and (nxt.name, nxt.index) == ("B", 4)
    assert tl.next_work(4) is None


def test_planning_is_linear_in_the_number_of_reps() -> None:
    """Regression: finding a rep's first phase with list.index made planning quadratic (500
    reps x 6 phases x 50 sets took ~28 s). This is a count, not a timing."""
    r = routine(
        "- {name: A, reps: 500, sets: 10, rest: 0, lead_in: 0,"
        " tempo: {up: .5, hold: .5, down: .5, pause: .5, forward: .5, back: .5}}\n"
    )
    calls = 0
    original = RepPhase.__eq__

    def counting_eq(self: RepPhase, other: object) -> bool:
        nonlocal calls
        calls += 1
        return original(self, other)

    RepPhase.__eq__ = counting_eq  # type: ignore[method-assign,assignment]
    try:
        tl = plan(r)
    finally:
        RepPhase.__eq__ = original  # type: ignore[method-assign]
    assert len(tl.cues) == 10 * 500 * 6 + 1
    assert calls < 10_000


def test_work_ordinals_and_where_to_resume() -> None:
    from supple.core.routines.loader import load_text

    routine, problems = load_text(
        "supple: 1\nname: R\ndefaults: {lead_in: 5s, rest: 10s}\nsteps:\n"
        "  - {name: A, hold: 10s, sides: both, sets: 2}\n  - {name: B, hold: 10s}\n", "r.yaml")
    assert routine is not None, problems
    timeline = plan(routine)
    kinds = [s.kind.value for s in timeline.segments]
    # lead-in, A-l, switch, A-r, rest, A-l, switch, A-r, lead-in, B
    assert kinds == ["lead_in", "work", "switch", "work", "rest", "work", "switch", "work",
                     "lead_in", "work"]
    assert [timeline.work_ordinal(s.index) for s in timeline.work_segments] == [0, 1, 2, 3, 4]
    assert timeline.resume_from(0) == 0  # from the get-ready
    assert timeline.resume_from(1) == 2  # from the switch pause before A-right
    assert timeline.resume_from(2) == 5  # set 2 starts right after its rest
    assert timeline.resume_from(4) == 8
    assert timeline.resume_from(5) is None and timeline.resume_from(-1) is None
    # Without lead-ins the numbering of work is the same: it does not depend on settings.
    no_lead = plan(routine, lead_in=0)
    assert len(no_lead.segments) == len(timeline.segments) - 2
    assert [s.title for s in no_lead.work_segments] == [s.title for s in timeline.work_segments]


def test_a_plan_without_cues_has_the_same_segments() -> None:
    routine, _ = load_text(textwrap.dedent("""\
        supple: 1
        name: T
        steps:
          - {name: Raises, reps: 3, sets: 2, rest: 10s, tempo: {up: 1s, down: 2s}}
          - {name: Stretch, hold: 30s, sides: both}
        """), "t.yaml")
    assert routine is not None
    full, bare = plan(routine), plan(routine, with_cues=False)
    assert bare.segments == full.segments and full.cues and not bare.cues
    assert (bare.total, bare.exercise_count) == (full.total, full.exercise_count)
