"""The planner: a routine expanded into a flat, exactly timed list of segments and cues.

Everything the engine and the player need is decided here, once, in pure Python: every lead-in,
side, set, round and rest becomes a :class:`Segment` with an exact start offset, and every sound a
:class:`CueEvent` at an exact offset. The engine then only has to compare offsets with a clock.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from supple.core import cadence as cadence_rules
from supple.core.routines.cue_choices import ResolvedCues
from supple.core.routines.model import Block, Exercise, Phase, RestStep, Routine
from supple.core.session.cues import CueKind
from supple.core.wording import tr

COUNTDOWN_FROM = 3  # seconds: the 3-2-1 before every change
HALFWAY_MIN_SECONDS = 20.0  # shorter holds get no halfway cue
_PHASE_CUE: dict[Phase | None, CueKind] = {
    None: CueKind.REP_UP,
    "up": CueKind.REP_UP,
    "forward": CueKind.REP_UP,
    "down": CueKind.REP_DOWN,
    "back": CueKind.REP_DOWN,
    "hold": CueKind.REP_HOLD,
    "pause": CueKind.REP_HOLD,
}


class SegmentKind(Enum):
    LEAD_IN = "lead_in"  # "get ready" before an exercise
    WORK = "work"  # a hold, reps or a metronome drill
    SWITCH = "switch"  # changing sides
    REST = "rest"  # between sets or rounds, or a rest step


@dataclass(frozen=True)
class RepPhase:
    rep: int  # 1-based
    phase: Phase | None
    start: float  # offset within the segment
    duration: float


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    start: float  # offset from the start of the routine, seconds
    duration: float
    name: str
    source: Exercise | RestStep | None  # for instructions, tips, picture
    side: str | None = None
    set: int = 1
    sets: int = 1
    round: int = 1
    rounds: int = 1
    reps: int | None = None
    rep_phases: tuple[RepPhase, ...] = ()
    bpm: int | None = None  # beats per minute, a relative metronome already worked out
    cues: ResolvedCues = field(default_factory=ResolvedCues)

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def title(self) -> str:
        """The name with the side, as shown and spoken: ``Wall calf stretch · left``."""
        return f"{self.name} · {self.side}" if self.side else self.name

    def rep_at(self, offset: float) -> RepPhase | None:
        """The rep phase under way ``offset`` seconds into this segment."""
        if not self.rep_phases:
            return None
        starts = [p.start for p in self.rep_phases]
        i = bisect.bisect_right(starts, offset) - 1
        return self.rep_phases[max(i, 0)]


@dataclass(frozen=True)
class CueEvent:
    at: float  # offset from the start of the routine
    kind: CueKind
    segment: int
    count: int | None = None  # 3-2-1 number, rep number or beat number
    say: str | None = None  # words for the voice, when voice is on


@dataclass(frozen=True)
class Timeline:
    name: str
    segments: tuple[Segment, ...]
    cues: tuple[CueEvent, ...]
    #: A metronome relative to the runner's cadence was worked out from
    #: :data:`~supple.core.cadence.DEFAULT_CADENCE`, as none was given: tell the runner
    #: (:data:`~supple.core.cadence.UNSET_NOTE`).
    default_cadence_used: bool = False

    @property
    def total(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    @property
    def work_segments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind is SegmentKind.WORK)

    def work_ordinal(self, segment_index: int) -> int:
        """Which work segment (0, 1, …) ``segment_index`` is. History records steps by this
        number, which does not change with settings such as the get-ready time."""
        return next(i for i, s in enumerate(self.work_segments) if s.index == segment_index)

    def resume_from(self, ordinal: int) -> int | None:
        """The segment to start at to do work segment ``ordinal`` next (with its get-ready or
        switch pause, if it has one); None when nothing is left."""
        work = self.work_segments
        if not 0 <= ordinal < len(work):
            return None
        index = work[ordinal].index
        before = self.segments[index - 1] if index > 0 else None
        if before is not None and before.kind in (SegmentKind.LEAD_IN, SegmentKind.SWITCH):
            return before.index
        return index

    @property
    def exercise_count(self) -> int:
        """Exercises as written (a sided, multi-set or repeated exercise counts once)."""
        return len({id(s.source) for s in self.work_segments})

    def segment_at(self, offset: float) -> Segment | None:
        """The segment running at ``offset``; None past the end."""
        if offset >= self.total:
            return None
        starts = [s.start for s in self.segments]
        return self.segments[max(bisect.bisect_right(starts, offset) - 1, 0)]

    def next_work(self, index: int) -> Segment | None:
        """The first exercise after segment ``index`` (what the player shows as "Next")."""
        return next((s for s in self.segments[index + 1 :] if s.kind is SegmentKind.WORK), None)

    def phrases(self) -> set[str]:
        """Everything the voice may say, so it can be prepared before the routine starts."""
        return {c.say for c in self.cues if c.say}


def plan(routine: Routine, app_cues: ResolvedCues | None = None,
         lead_in: float | None = None, *, with_cues: bool = True,
         cadence: int | None = None) -> Timeline:
    """Expand ``routine`` into a timeline. Pure and deterministic.

    ``app_cues`` are the app-wide cue choices the routine's own settings are laid over;
    ``lead_in``, when given, replaces the routine's default get-ready time. Without
    ``with_cues`` only the segments are worked out (enough to list or summarise a routine).
    ``cadence`` is the runner's own, in steps per minute: a metronome written relative to it
    (``+5%``) is worked out from it, or from the default cadence when it is None (and the
    timeline then says so).
    """
    planner = _Planner(routine, routine.defaults.cues.over(app_cues or ResolvedCues()), cadence)
    if lead_in is not None:
        planner.defaults = planner.defaults.model_copy(update={"lead_in": lead_in})
    planner.add_steps(routine.steps, 1, 1)
    segments = tuple(planner.segments)
    assumed = planner.default_cadence_used
    if not with_cues:
        return Timeline(routine.name, segments, (), assumed)
    cues = sorted(_cues(segments), key=lambda c: (c.at, c.segment))
    if segments and segments[-1].cues.finish:
        cues.append(CueEvent(segments[-1].end, CueKind.FINISHED, len(segments) - 1,
                             say=tr("Done", "spoken when the routine is over")))
    return Timeline(routine.name, segments, tuple(cues), assumed)


class _Planner:
    def __init__(self, routine: Routine, cues: ResolvedCues, cadence: int | None) -> None:
        self.defaults = routine.defaults
        self.cues = cues
        self.cadence = cadence
        self.default_cadence_used = False
        self.segments: list[Segment] = []
        self.clock = 0.0

    def beat(self, ex: Exercise) -> int | None:
        if ex.metronome is None:
            return None
        if isinstance(ex.metronome, str) and self.cadence is None:
            self.default_cadence_used = True
        return cadence_rules.beat(ex.metronome, self.cadence)

    def add(self, kind: SegmentKind, duration: float, name: str, **kw: object) -> None:
        if duration <= 0:
            return
        seg = Segment(len(self.segments), kind, self.clock, duration, name, **kw)  # type: ignore[arg-type]
        self.segments.append(seg)
        self.clock += duration

    def add_steps(self, steps: list[Exercise | RestStep | Block], round_: int, rounds: int) -> None:
        for step in steps:
            if isinstance(step, Block):
                self.add_block(step)
            elif isinstance(step, RestStep):
                cues = step.cues.over(self.cues) if step.cues else self.cues
                self.add(
                    SegmentKind.REST,
                    step.rest,
                    step.name,
                    source=step,
                    cues=cues,
                    round=round_,
                    rounds=rounds,
                )
            else:
                self.add_exercise(step, round_, rounds)

    def add_block(self, block: Block) -> None:
        rest = block.rest if block.rest is not None else self.defaults.rest
        for r in range(1, block.rounds + 1):
            if r > 1:
                self.add(
                    SegmentKind.REST,
                    rest,
                    tr("Rest"),
                    source=None,
                    cues=self.cues,
                    round=r,
                    rounds=block.rounds,
                )
            self.add_steps(block.steps, r, block.rounds)

    def add_exercise(self, ex: Exercise, round_: int, rounds: int) -> None:
        cues = ex.cues.over(self.cues) if ex.cues else self.cues
        common = {"source": ex, "sets": ex.sets, "round": round_, "rounds": rounds, "cues": cues}
        lead_in = ex.lead_in if ex.lead_in is not None else self.defaults.lead_in
        rest = ex.rest if ex.rest is not None else self.defaults.rest
        switch = ex.switch if ex.switch is not None else self.defaults.switch
        sides: list[str | None] = list(ex.sides) if ex.sides else [None]
        self.add(SegmentKind.LEAD_IN, lead_in, ex.name, side=sides[0], **common)
        reps, rep_phases, duration = _work_shape(ex)
        bpm = self.beat(ex)
        for set_no in range(1, ex.sets + 1):
            if set_no > 1:
                self.add(SegmentKind.REST, rest, tr("Rest"), set=set_no, **common)
            for i, side in enumerate(sides):
                if i > 0:
                    self.add(SegmentKind.SWITCH, switch, ex.name, side=side, set=set_no, **common)
                self.add(
                    SegmentKind.WORK,
                    duration,
                    ex.name,
                    side=side,
                    set=set_no,
                    reps=reps,
                    rep_phases=rep_phases,
                    bpm=bpm,
                    **common,
                )


def _work_shape(ex: Exercise) -> tuple[int | None, tuple[RepPhase, ...], float]:
    if ex.reps is None:
        assert ex.hold is not None
        return None, (), ex.hold
    phases: list[RepPhase] = []
    t = 0.0
    for rep in range(1, ex.reps + 1):
        for name, seconds in ex.phases:
            phases.append(RepPhase(rep, name, t, seconds))
            t += seconds
    return ex.reps, tuple(phases), t


def _spoken(seg: Segment) -> str:
    source = seg.source
    base = source.say if source is not None and source.say else seg.name
    return f"{base}, {seg.side}" if seg.side else base


def _cues(segments: tuple[Segment, ...]) -> Iterator[CueEvent]:
    for seg in segments:
        c = seg.cues
        voice = c.voice
        if seg.kind is SegmentKind.LEAD_IN:
            yield CueEvent(
                seg.start,
                CueKind.LEAD_IN,
                seg.index,
                say=tr("Get ready: {step}").format(step=_spoken(seg)) if voice else None,
            )
        elif seg.kind is SegmentKind.SWITCH:
            if c.switch:
                yield CueEvent(
                    seg.start,
                    CueKind.SWITCH,
                    seg.index,
                    say=tr("Switch sides: {side}").format(side=seg.side) if voice else None,
                )
        elif seg.kind is SegmentKind.REST:
            if c.rest:
                yield CueEvent(
                    seg.start, CueKind.REST, seg.index, say=_spoken(seg) if voice else None
                )
        else:
            yield from _work_cues(seg)
        if seg.kind is not SegmentKind.WORK or seg.reps is None:
            yield from _countdown(seg)


def _work_cues(seg: Segment) -> Iterator[CueEvent]:
    c = seg.cues
    if c.start:
        yield CueEvent(seg.start, CueKind.START, seg.index, say=_spoken(seg) if c.voice else None)
    if seg.reps is not None:
        previous_rep = 0
        for p in seg.rep_phases:
            first_of_rep, previous_rep = p.rep != previous_rep, p.rep
            say = str(p.rep) if c.say_reps and first_of_rep else None
            if c.tempo and not (p.start == 0 and c.start):
                yield CueEvent(seg.start + p.start, _PHASE_CUE[p.phase], seg.index, p.rep, say)
            elif say:
                yield CueEvent(seg.start + p.start, CueKind.REP_UP, seg.index, p.rep, say)
    elif seg.bpm is not None and c.metronome:
        beat = 60.0 / seg.bpm
        n = 1 if c.start else 0  # the start cue marks the first beat
        while n * beat < seg.duration - 1e-9:
            yield CueEvent(seg.start + n * beat, CueKind.TICK, seg.index, n + 1)
            n += 1
    if seg.reps is None and c.halfway and seg.duration >= HALFWAY_MIN_SECONDS:
        yield CueEvent(
            seg.start + seg.duration / 2,
            CueKind.HALFWAY,
            seg.index,
            say=tr("Halfway") if c.voice and seg.bpm is None else None,
        )


def _countdown(seg: Segment) -> Iterator[CueEvent]:
    if not seg.cues.countdown or seg.duration < COUNTDOWN_FROM + 1:
        return
    for n in range(COUNTDOWN_FROM, 0, -1):
        yield CueEvent(seg.end - n, CueKind.COUNTDOWN, seg.index, n)
