"""The programme format, version 1, as one set of pydantic models.

As with routines, these models are the single source of truth: the loader validates with them
and ``supple schema --programme`` prints the JSON Schema generated from them. A programme names
routines by id and says when each is due and how it changes week by week; it never copies a
routine's steps, so a runner's own copy of a built-in routine is what the programme plans.

Checks that span the file (week ranges beyond the programme's length or overlapping, answers
naming routines the programme does not use) are in :func:`cross_problems`, which returns each
with the path it is about, so the loader can point at the exact line and column.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from supple.core.routines.model import (
    Duration,
    Metronome,
    Name,
    Phase,
    PositiveDuration,
    Text,
    _format_version,
)
from supple.core.wording import tr

FORMAT_VERSION = 1
MAX_WEEKS = 104  # two years: longer than any protocol, short enough to expand at once
DEFAULT_SLOT = "day"
#: Wall-clock times for the slot names a programme may use without saying when they are.
STANDARD_SLOTS: dict[str, time] = {
    "morning": time(7, 30),
    "day": time(12, 0),
    "evening": time(19, 0),
}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Path = tuple[str | int, ...]

# --- small types -----------------------------------------------------------------------------

_RANGE = re.compile(r"^\s*(?:weeks?\s+)?(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?\s*$", re.IGNORECASE)
RANGE_PATTERN = r"^\s*([Ww]eeks?\s+)?\d{1,3}(\s*[-–]\s*\d{1,3})?\s*$"  # untranslated: a regex


def parse_weeks(text: str) -> tuple[int, int]:
    """``week 3``, ``weeks 1-2``, ``1-12`` or ``4`` as (first, last), both counted from 1."""
    match = _RANGE.match(text)
    if match is None:
        raise ValueError(tr("{text} is not a week or a range of weeks: write, for example, "
                            "'week 3' or 'weeks 1-2'").format(text=repr(text[:40])))
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else first
    if first < 1:
        raise ValueError(tr("weeks are counted from 1"))
    if last < first:
        raise ValueError(tr("the range ends before it starts: write weeks {last}-{first}").format(
            last=last, first=first))
    return first, last


def _week_range(value: str) -> str:
    parse_weeks(value)
    return value


# untranslated: JSON Schema, for editors
WeekRange = Annotated[str, PlainValidator(lambda v: _week_range(_text(v))),
                      WithJsonSchema({"type": "string", "pattern": RANGE_PATTERN,
                                      "description": "A week or a range: week 1, weeks 2-3"})]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(tr("expected text, got {kind}").format(kind=type(value).__name__))
    return value


_SLOT_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")
TIME_PATTERN = r"^\s*([01]?\d|2[0-3]):[0-5]\d\s*$"


def parse_time(value: object) -> time:
    """A wall-clock time, ``07:30`` or ``19:00``, 24-hour.

    YAML 1.1 reads ``19:00`` (not ``07:30``) as the number 1140, minutes in base 60; a whole
    number below 24 h of minutes is taken as what the file said, anything else is an error."""
    if isinstance(value, time):
        return value
    if isinstance(value, bool):
        raise ValueError(tr("expected a time such as 07:30, not true/false"))
    if isinstance(value, int):
        if 0 <= value < 24 * 60 and value >= 24:
            return time(value // 60, value % 60)
        raise ValueError(tr("expected a time such as 07:30 or 19:00, got the number {number}")
                         .format(number=value))
    if isinstance(value, str):
        match = _SLOT_TIME.match(value)
        if match is None:
            raise ValueError(tr("expected a 24-hour time such as 07:30 or 19:00, got {text}")
                             .format(text=repr(value[:40])))
        return time(int(match.group(1)), int(match.group(2)))
    raise ValueError(tr("expected a time such as 07:30, got {kind}").format(
        kind=type(value).__name__))


# untranslated: JSON Schema, for editors
SlotTime = Annotated[time, PlainValidator(parse_time),
                     WithJsonSchema({"type": "string", "pattern": TIME_PATTERN,
                                     "description": "24-hour wall-clock time, e.g. 07:30"})]
_SLOT_NAME = r"^[a-z][a-z0-9 -]{0,29}$"
# untranslated: JSON Schema, for editors
SlotName = Annotated[str, Field(pattern=_SLOT_NAME, description="e.g. morning, evening, "
                                "before run: lower-case words")]
# untranslated: JSON Schema, for editors
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$",
                          description="lower-case letters, digits and dashes")]
#: A routine id is its file name without ``.yaml``, as ``supple list`` shows it.
# untranslated: JSON Schema, for editors
RoutineId = Annotated[Name, Field(description="A routine's id: its file name without .yaml")]


def _one_or_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- what changes week by week ---------------------------------------------------------------


class StepChange(_Strict):
    """What a week changes in an exercise. Each value replaces the routine's own.

    ``reps`` and ``tempo`` apply to exercises counted in reps, ``hold`` and ``metronome`` to
    timed ones, the rest to every exercise; a value no exercise can take is an error."""

    sets: Annotated[int, Field(ge=1, le=50)] | None = None
    reps: Annotated[int, Field(ge=1, le=500)] | None = None
    hold: PositiveDuration | None = None
    # untranslated: JSON Schema, for editors
    tempo: PositiveDuration | dict[Phase, PositiveDuration] | None = Field(
        None, description="Seconds per rep, or phases in order, e.g. {up: 3s, down: 3s}")
    # untranslated: JSON Schema, for editors
    rest: Duration | None = Field(None, description="Rest between sets")
    metronome: Metronome | None = None
    # untranslated: JSON Schema, for editors
    rm: Annotated[int, Field(ge=1, le=50)] | None = Field(
        None, description="Repetition maximum: a load you can lift only this many times")
    # untranslated: JSON Schema, for editors
    load: Name | None = Field(None, description="Added load, e.g. +5 kg in a backpack")

    @model_validator(mode="after")
    def _not_empty_tempo(self) -> StepChange:
        if isinstance(self.tempo, dict) and not self.tempo:
            raise ValueError(tr("tempo needs at least one phase, e.g. {example}").format(
                example="{up: 3s, down: 3s}"))
        return self

    def changes(self) -> dict[str, Any]:
        """The values given, by routine field (``rm`` and ``load`` are not routine fields)."""
        return {k: getattr(self, k) for k in ("sets", "reps", "hold", "tempo", "rest",
                                              "metronome") if getattr(self, k) is not None}


class WeekChange(StepChange):
    """A week's changes: for every exercise of the routine, and for named steps."""

    # untranslated: JSON Schema, for editors
    note: Text | None = Field(None, description="Shown with the week, e.g. add load when "
                              "the drops are pain-free")
    # untranslated: JSON Schema, for editors
    steps: dict[Name, StepChange] = Field(
        default_factory=dict, max_length=100,
        description="Changes for one step, by its name in the routine")


# --- when a routine is due -------------------------------------------------------------------

# untranslated: the file's words
Every = Literal["every day", "twice a day", "run days", "day after a run"]
TWICE_A_DAY: Every = "twice a day"  # untranslated: the file's words
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class Entry(_Strict):
    """One routine in the programme, when it is due and how it changes."""

    routine: RoutineId
    # untranslated: JSON Schema, for editors
    when: Every | Annotated[list[Weekday], Field(min_length=1, max_length=7)] = Field(
        description="every day, twice a day, run days, day after a run, or weekdays such as "
        "[mon, wed, fri]")
    # untranslated: JSON Schema, for editors
    slots: Annotated[list[SlotName], BeforeValidator(_one_or_list),
                     Field(min_length=1, max_length=6)] | None = Field(
        None, description="The times of day it is due: a slot name or a list (default: day; "
        "for twice a day, [morning, evening])")
    # untranslated: JSON Schema, for editors
    weeks: WeekRange | None = Field(None, description="The weeks it is part of (default: all)")
    # untranslated: JSON Schema, for editors
    changes: dict[WeekRange, WeekChange] = Field(
        default_factory=dict, max_length=MAX_WEEKS,
        description="Week by week, what changes: {weeks 1-2: {sets: 3, reps: 15}}")

    @model_validator(mode="after")
    def _slots_fit(self) -> Entry:
        if isinstance(self.when, list) and len(set(self.when)) != len(self.when):
            raise ValueError(tr("a weekday is given twice"))
        if self.slots is not None and len(set(self.slots)) != len(self.slots):
            raise ValueError(tr("a slot is given twice"))
        if self.when == TWICE_A_DAY and self.slots is not None and len(self.slots) != 2:
            # untranslated: the example is in the file's words
            raise ValueError(tr("{when} needs two slots, e.g. {example}").format(
                when=TWICE_A_DAY, example="[morning, evening]"))
        return self

    @property
    def slot_names(self) -> tuple[str, ...]:
        if self.slots is not None:
            return tuple(self.slots)
        return ("morning", "evening") if self.when == TWICE_A_DAY else (DEFAULT_SLOT,)

    @property
    def active_weeks(self) -> tuple[int, int] | None:
        return parse_weeks(self.weeks) if self.weeks is not None else None

    def change_for(self, week: int) -> WeekChange | None:
        """The changes of ``week`` (counted from 1), or None: the routine as written."""
        for key, change in self.changes.items():
            first, last = parse_weeks(key)
            if first <= week <= last:
                return change
        return None


# --- enrolment questions ---------------------------------------------------------------------


class Answer(_Strict):
    id: Id
    label: Name
    # untranslated: JSON Schema, for editors
    routines: dict[RoutineId, RoutineId] = Field(
        default_factory=dict, max_length=20,
        description="Routines this answer replaces: {programme's routine: the one to use}")


class Question(_Strict):
    """Asked when the runner enrols, e.g. where it hurts; an answer may swap routines."""

    id: Id
    ask: Name
    answers: list[Answer] = Field(min_length=2, max_length=10)
    # untranslated: JSON Schema, for editors
    default: Id | None = Field(None, description="The answer taken when none is given "
                               "(default: the first)")

    @property
    def default_answer(self) -> Answer:
        return next((a for a in self.answers if a.id == self.default), self.answers[0])


# --- the file --------------------------------------------------------------------------------


class Programme(_Strict):
    """A programme file."""

    # untranslated: JSON Schema, for editors
    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, title="Supple programme",
        json_schema_extra={"$id": "https://supple.invalid/schema/programme-1.json"})

    # untranslated: JSON Schema, for editors
    supple: Annotated[Literal[1], BeforeValidator(_format_version)] = Field(
        description="Format version; always the number 1 for now")
    name: Name
    description: Text | None = None
    # untranslated: JSON Schema, for editors
    source: Text | None = Field(None, description="Where the figures come from")
    # untranslated: JSON Schema, for editors
    weeks: Annotated[int, Field(ge=1, le=MAX_WEEKS)] = Field(
        description="How many weeks the programme lasts")
    # untranslated: JSON Schema, for editors
    slots: dict[SlotName, SlotTime] = Field(
        default_factory=dict, max_length=20,
        description="Default times of the slots, e.g. {morning: '07:30'}; the runner may "
        "change them")
    # untranslated: JSON Schema, for editors
    phases: dict[WeekRange, Name] = Field(
        default_factory=dict, max_length=MAX_WEEKS,
        description="Names for stretches of weeks, e.g. {weeks 1-4: Getting used to the load}")
    questions: list[Question] = Field(default_factory=list, max_length=10)
    routines: list[Entry] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _whole(self, info: ValidationInfo) -> Programme:
        """The cross checks, unless the loader runs them itself (to place each problem)."""
        if not (info.context or {}).get("cross_checks_by_caller"):
            problems = cross_problems(self)
            if problems:
                raise ValueError("; ".join(f"{_show(p)}: {m}" for p, m in problems))
        return self

    def slot_time(self, slot: str) -> time | None:
        return self.slots.get(slot, STANDARD_SLOTS.get(slot))

    def phase(self, week: int) -> str | None:
        for key, name in self.phases.items():
            first, last = parse_weeks(key)
            if first <= week <= last:
                return name
        return None

    def routine_ids(self, answers: dict[str, str] | None = None) -> tuple[str, ...]:
        """Each entry's routine id once the enrolment's answers have swapped variants in."""
        swaps = swaps_for(self, answers or {})
        return tuple(swaps.get(e.routine, e.routine) for e in self.routines)


def swaps_for(programme: Programme, answers: dict[str, str]) -> dict[str, str]:
    """Routine id → the id to use instead, from the answers (a question not answered takes
    its default). ValueError names an unknown question or answer."""
    known = {q.id: q for q in programme.questions}
    for qid in answers:
        if qid not in known:
            raise ValueError(tr("the programme asks no question {question} (it asks: "
                                "{questions})").format(
                question=repr(qid), questions=", ".join(known) or tr("nothing")))
    swaps: dict[str, str] = {}
    for question in programme.questions:
        chosen = answers.get(question.id)
        answer = question.default_answer if chosen is None else next(
            (a for a in question.answers if a.id == chosen), None)
        if answer is None:
            raise ValueError(tr("{answer} is not an answer to {question} (answers: {answers})")
                             .format(answer=repr(chosen), question=repr(question.id),
                                     answers=", ".join(a.id for a in question.answers)))
        swaps.update(answer.routines)
    return swaps


def _show(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _ranges(keys: list[str], weeks: int, where: Path, *,
            keyed: bool = True) -> list[tuple[Path, str]]:
    problems = []
    taken: list[tuple[int, int, str]] = []
    for key in keys:
        first, last = parse_weeks(key)
        if last > weeks:
            problems.append(((*where, key) if keyed else where,
                             tr("week {week} is past the programme's end (it lasts %n week(s))",
                                None, weeks).format(week=last)))
        for other_first, other_last, other in taken:
            if first <= other_last and other_first <= last:
                problems.append(((*where, key), tr("{range} overlaps {other}: give each week "
                                                   "once").format(range=repr(key),
                                                                  other=repr(other))))
                break
        taken.append((first, last, key))
    return problems


def cross_problems(programme: Programme) -> list[tuple[Path, str]]:
    """What is wrong across the file, each with the path it is about; [] when nothing."""
    problems = _ranges(list(programme.phases), programme.weeks, ("phases",))
    used = {e.routine for e in programme.routines}
    for i, entry in enumerate(programme.routines):
        where: Path = ("routines", i)
        problems += _ranges(list(entry.changes), programme.weeks, (*where, "changes"))
        if entry.weeks is not None:
            problems += _ranges([entry.weeks], programme.weeks, (*where, "weeks"), keyed=False)
        for slot in entry.slot_names:
            if programme.slot_time(slot) is None:
                problems.append(((*where, "slots"), tr(
                    "slot {slot} has no time: give it one under slots, e.g. {example}").format(
                        slot=repr(slot), example=f"slots: {{{slot}: '18:00'}}")))
        if (entry.routine, entry.slot_names) in [
                (e.routine, e.slot_names) for e in programme.routines[:i]]:
            problems.append(((*where, "routine"), tr(
                "{routine} is already in the programme at the same slots").format(
                    routine=repr(entry.routine))))
    question_ids: set[str] = set()
    for i, question in enumerate(programme.questions):
        where = ("questions", i)
        if question.id in question_ids:
            problems.append(((*where, "id"), tr("question {question} is asked twice").format(
                question=repr(question.id))))
        question_ids.add(question.id)
        answer_ids = [a.id for a in question.answers]
        if len(set(answer_ids)) != len(answer_ids):
            problems.append(((*where, "answers"), tr("two answers have the same id")))
        if question.default is not None and question.default not in answer_ids:
            problems.append(((*where, "default"), tr(
                "{answer} is not one of the answers ({answers})").format(
                    answer=repr(question.default), answers=", ".join(answer_ids))))
        for j, answer in enumerate(question.answers):
            for original in answer.routines:
                if original not in used:
                    problems.append(((*where, "answers", j, "routines", original),
                                     tr("{routine} is not one of the programme's routines")
                                     .format(routine=repr(original))))
    return problems


Programme.model_rebuild()


def json_schema() -> dict[str, Any]:
    """The programme format as JSON Schema, for editors' YAML language servers."""
    return Programme.model_json_schema()
