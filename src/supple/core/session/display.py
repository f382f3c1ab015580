"""What the player shows, as plain data: the words and numbers of a session at one moment.

The full player and the mini view show the same session at two sizes. Both render the one
:class:`Display` the driver computes per wake-up (after that wake-up's events), so they cannot
disagree, neither reads the clock, and every word and number they show is tested here, without
Qt, on a fake clock. What is only a visual twin of an event (a banner, a flash) stays with the
widgets: it belongs to the event and to a moment of screen time, not to the session's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from supple.core.routines.durations import format_clock, format_duration
from supple.core.session.engine import SessionEngine, State
from supple.core.session.events import every_step_skipped
from supple.core.session.timeline import Segment, SegmentKind, Timeline
from supple.core.wording import QT_TR_NOOP, tr

#: The picture of a rest that belongs to no exercise.
REST_PICTURE = "rest.svg"
#: The tempo words shown during reps, by the routine file's phase names.
_PHASE_WORDS = {"up": QT_TR_NOOP("UP"), "down": QT_TR_NOOP("DOWN"), "hold": QT_TR_NOOP("HOLD"),
                "pause": QT_TR_NOOP("PAUSE"), "forward": QT_TR_NOOP("FORWARD"),
                "back": QT_TR_NOOP("BACK")}


@dataclass(frozen=True)
class StepDisplay:
    """What changes only with the segment; widgets redo it only when ``index`` changes."""

    index: int  # of the segment in the timeline
    kind: SegmentKind
    headline: str  # "Get ready: Wall calf stretch", "Switch sides → RIGHT", "Rest"
    side: str  # "LEFT" under the headline, during the exercise and its get-ready
    next: str  # "Next: Wall calf stretch · RIGHT · set 2 of 2", "Next: finish"
    pictures: tuple[str, ...]  # picture names to show, the first one found wins
    mirrored: bool  # the pictures show the left side; the right side flips them
    instructions: str
    tips: str  # one "• tip" a line


@dataclass(frozen=True)
class FinishDisplay:
    """The summary once the session is over; "done" counts each side and set as a step,
    the unit of the history's "3 of 5"."""

    title: str  # "Well done", "Stopped early"
    active_time: str  # "1:16"
    done: str  # "4"
    done_caption: str  # "of 4 steps done"
    skipped: str  # "0"


@dataclass(frozen=True)
class Display:
    """A session at one moment, as shown. Once it is over, the step is the last one shown,
    the countdown reads 0:00 and the counts and tempo words are empty."""

    state: State
    step: StepDisplay | None  # None only for a timeline with nothing in it
    countdown: str  # the number read from across the room: "0:23", or the rep "7/15"
    count: str  # "0:42 left · set 2 of 3 · round 1 of 2" beside the headline
    phase: str  # the tempo word during reps: "UP", "DOWN", "HOLD"
    pace: str  # "176 steps a minute" during a metronome drill
    mini_title: str  # one line: "Wall calf stretch · LEFT · DOWN", "Finished"
    left: str  # the routine's time left: "4:12 left"
    step_progress: float  # 0 to 1
    routine_progress: float  # 0 to 1
    overlay: str  # over the step while it waits: "Paused", "Ready"; empty when running
    overlay_hint: str  # what to press, under the overlay
    finish: FinishDisplay | None  # once over

    @property
    def running(self) -> bool:
        return self.state is State.RUNNING

    @property
    def paused(self) -> bool:
        return self.state is State.PAUSED

    @property
    def over(self) -> bool:
        return self.state.over


def snapshot(engine: SessionEngine, now: float, *, slept: bool = False) -> Display:
    """What ``engine`` shows at monotonic time ``now``; ``slept``: the pause under way began
    with the computer going to sleep (the engine's Suspended event), which the hint says."""
    state = engine.state
    overlay, hint = _overlay(state, slept)
    seg = engine.segment
    if seg is None:
        return Display(state=state, step=None, countdown="", count="", phase="", pace="",
                       mini_title="", left="", step_progress=0.0, routine_progress=0.0,
                       overlay=overlay, overlay_hint=hint, finish=None)
    pos = engine.position(now)
    if state.over:
        countdown, count, phase, pace = format_clock(0), "", "", ""
        title = tr("Finished") if state is State.FINISHED else tr("Stopped")
    else:
        remaining = engine.remaining_in_segment(now)
        rep = seg.rep_at(pos - seg.start) if seg.kind is SegmentKind.WORK else None
        # During counted reps the rep is the big number: it is what the runner keeps track of.
        if rep is not None and seg.reps:
            countdown = f"{rep.rep}/{seg.reps}"
        else:
            countdown = format_clock(remaining)
        count = count_text(seg, remaining)
        phase = tr(_PHASE_WORDS.get(rep.phase, rep.phase.upper())) if rep is not None \
            and rep.phase else ""
        pace = tr("{bpm} steps a minute").format(bpm=seg.bpm) if seg.kind is SegmentKind.WORK \
            and seg.bpm else ""
        title = f"{mini_title(seg)} · {phase}" if phase else mini_title(seg)
    return Display(
        state=state,
        step=step_display(engine.timeline, seg),
        countdown=countdown,
        count=count,
        phase=phase,
        pace=pace,
        mini_title=title,
        left=tr("{time} left").format(time=format_clock(engine.remaining_total(now))),
        step_progress=_fraction(pos - seg.start, seg.duration),
        routine_progress=_fraction(pos, engine.timeline.total),
        overlay=overlay,
        overlay_hint=hint,
        finish=_finish(engine, now) if state.over else None,
    )


def step_display(timeline: Timeline, seg: Segment) -> StepDisplay:
    upcoming = timeline.next_work(seg.index)
    if seg.kind is SegmentKind.LEAD_IN and upcoming is not None:
        upcoming = timeline.next_work(upcoming.index)  # the exercise itself is what is ready
    source = seg.source
    bare_rest = seg.kind is SegmentKind.REST and source is None
    if bare_rest and upcoming is not None:
        source = upcoming.source  # a rest of its own: show what to get ready for
    pictures = (source.image,) if source is not None and source.image else ()
    if bare_rest:
        pictures = (*pictures, REST_PICTURE)
    return StepDisplay(
        index=seg.index,
        kind=seg.kind,
        headline=headline(seg),
        side=side_text(seg.side) if seg.kind in (SegmentKind.WORK, SegmentKind.LEAD_IN) else "",
        next=next_text(upcoming),
        pictures=pictures,
        mirrored=(seg.side or "").casefold().startswith("right"),
        instructions=(source.instructions or "") if source is not None else "",
        tips="\n".join(f"• {tip}" for tip in source.tips) if source is not None else "",
    )


def side_text(side: str | None) -> str:
    return side.upper() if side else ""


def titled(seg: Segment) -> str:
    """A step's name with its side in capitals: ``Wall calf stretch · LEFT``."""
    return f"{seg.name} · {side_text(seg.side)}" if seg.side else seg.name


def headline(seg: Segment) -> str:
    """The full player's title; the side has a line of its own under it."""
    match seg.kind:
        case SegmentKind.LEAD_IN:
            return tr("Get ready: {step}").format(step=seg.name)
        case SegmentKind.SWITCH:
            return tr("Switch sides → {side}").format(side=side_text(seg.side)) if seg.side \
                else tr("Switch sides")
        case SegmentKind.WORK | SegmentKind.REST:
            return seg.name
        case _:  # pragma: no cover - every kind is handled above
            assert_never(seg.kind)


def mini_title(seg: Segment) -> str:
    """The mini view's one line, which has no room for a side line: the side joins it."""
    match seg.kind:
        case SegmentKind.WORK:
            return titled(seg)
        case SegmentKind.LEAD_IN:
            return tr("Get ready: {step}").format(step=titled(seg))
        case SegmentKind.SWITCH | SegmentKind.REST:
            return headline(seg)
        case _:  # pragma: no cover - every kind is handled above
            assert_never(seg.kind)


def next_text(upcoming: Segment | None) -> str:
    """``Next: Wall calf stretch · RIGHT · set 2 of 2``, or the finish."""
    if upcoming is None:
        return tr("Next: finish")
    if upcoming.sets > 1:
        return tr("Next: {step} · set {set} of {sets}").format(
            step=titled(upcoming), set=upcoming.set, sets=upcoming.sets)
    return tr("Next: {step}").format(step=titled(upcoming))


def count_text(seg: Segment, remaining: float) -> str:
    """``0:42 left · set 2 of 3`` during reps (the rep is the big number, so the time goes
    here), ``set 2 of 3`` during other work; empty outside work."""
    if seg.kind is not SegmentKind.WORK:
        return ""
    parts = []
    if seg.reps:
        parts.append(tr("{time} left").format(time=format_clock(remaining)))
    if seg.sets > 1:
        parts.append(tr("set {set} of {sets}").format(set=seg.set, sets=seg.sets))
    if seg.rounds > 1:
        parts.append(tr("round {round} of {rounds}").format(round=seg.round, rounds=seg.rounds))
    return " · ".join(parts)


def _overlay(state: State, slept: bool) -> tuple[str, str]:
    if state is State.PAUSED:
        hint = tr("The computer slept. Space to resume") if slept else tr(
            "Space to resume · Esc to stop")
        return tr("Paused"), hint
    if state is State.READY:
        return tr("Ready"), tr("Space to start")
    return "", ""


def _finish(engine: SessionEngine, now: float) -> FinishDisplay:
    total = len(engine.timeline.work_segments)
    return FinishDisplay(
        title=finish_title(engine),
        active_time=format_duration(engine.active_seconds(now)),
        done=str(engine.done),
        done_caption=tr("of %n step(s) done", None, total),
        skipped=str(engine.skipped),
    )


def finish_title(engine: SessionEngine) -> str:
    """The finish screen's heading: a routine skipped through is not "Well done"."""
    if engine.state is State.STOPPED:
        return tr("Stopped early")
    return tr("Every step skipped") if every_step_skipped(engine.done, engine.skipped) else tr(
        "Well done")


def _fraction(part: float, whole: float) -> float:
    return min(max(part / whole, 0.0), 1.0) if whole > 0 else 1.0
