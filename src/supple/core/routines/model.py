"""The routine format, version 1, as one set of pydantic models.

These models are the single source of truth: the loader validates with them and ``supple schema``
prints the JSON Schema generated from them, so the documentation, the editor support and the
loader can never disagree.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    WithJsonSchema,
    model_validator,
)

from supple.core import cadence
from supple.core.routines.categories import DEFAULT_CATEGORY
from supple.core.routines.cue_choices import ResolvedCues
from supple.core.routines.durations import DURATION_PATTERN, parse_duration
from supple.core.wording import QT_TR_NOOP, tr

FORMAT_VERSION = 1


def _duration_schema(*, strict: bool) -> dict[str, Any]:
    lower = "exclusiveMinimum" if strict else "minimum"
    return {
        "anyOf": [
            {"type": "number", lower: 0, "maximum": 14400},
            {"type": "string", "pattern": DURATION_PATTERN},
        ],
        # The JSON Schema's descriptions stay English: `supple schema` writes one file for
        # editors, the same whatever the language (a machine format, like the keys).
        "description": "Seconds, or text such as "
        "30s, 1m30s, 90 s, 2 min.",  # untranslated: JSON Schema
    }


def _format_version(value: object) -> object:
    """Only the integer 1: ``true`` and ``1.0`` compare equal to 1 but are not what the format
    says, and a future format 2 must never be mistaken for them."""
    if type(value) is int and value != FORMAT_VERSION:
        raise ValueError(tr("this file is written for format {found}, and this Supple reads "
                            "format {version}: a newer Supple may read it").format(
                                found=value, version=FORMAT_VERSION))
    if type(value) is int or value is None:
        return value
    if isinstance(value, str) and value.strip() == str(FORMAT_VERSION):
        raise ValueError(tr("must be the number {version}, not text: write "
                            "supple: {version} without quotes").format(version=FORMAT_VERSION))
    shown = "true/false" if isinstance(value, bool) else repr(value)[:40]
    raise ValueError(tr("must be the number {version} (the format version), not {found}")
                     .format(version=FORMAT_VERSION, found=shown))


def _positive(seconds: float) -> float:
    if seconds <= 0:
        raise ValueError(tr("must be longer than zero"))
    return seconds


#: A duration that may be zero (a lead-in or rest of 0 turns it off).
Duration = Annotated[
    float, BeforeValidator(parse_duration), WithJsonSchema(_duration_schema(strict=False))
]
#: A duration that must be longer than zero (holds, tempo phases).
PositiveDuration = Annotated[
    float,
    BeforeValidator(lambda v: _positive(parse_duration(v))),
    WithJsonSchema(_duration_schema(strict=True)),
]

#: Characters no routine text may hold: C0 and C1 controls (ESC, BEL, NUL, VT, NEL…), line
#: and paragraph separators, and the bidirectional overrides and isolates that can make a name
#: read differently from what it is. Multi-line texts may still hold newlines and tabs. (The
#: patterns are for the JSON Schema; the validators below say which character and where.)
_SEPARATORS_AND_BIDI = "\u2028\u2029\u202a-\u202e\u2066-\u2069"
_ONE_LINE_PATTERN = "^[^\x00-\x1f\x7f-\x9f" + _SEPARATORS_AND_BIDI + "]*$"
_MULTI_LINE_PATTERN = "^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _SEPARATORS_AND_BIDI + "]*$"
_NAMED = {"\n": QT_TR_NOOP("a line break"), "\r": QT_TR_NOOP("a line break"),
          "\t": QT_TR_NOOP("a tab"),
          "\x1b": QT_TR_NOOP("an escape character (ESC)"), "\x00": QT_TR_NOOP("a NUL character"),
          "\x07": QT_TR_NOOP("a bell character (BEL)"), "\x0b": QT_TR_NOOP("a vertical tab"),
          "\x85": QT_TR_NOOP("a next-line character (NEL)"),
          "\u2028": QT_TR_NOOP("a line separator"),
          "\u2029": QT_TR_NOOP("a paragraph separator")}


_FIRST_UNWANTED = {
    False: re.compile(_ONE_LINE_PATTERN.replace("^[^", "[").replace("]*$", "]")),
    True: re.compile(_MULTI_LINE_PATTERN.replace("^[^", "[").replace("]*$", "]")),
}


def _unwanted(text: str, *, lines: bool = False) -> str | None:
    """The first character of ``text`` that a routine text may not hold, named, or None;
    with ``lines``, newlines and tabs are allowed. One regular-expression search: every name
    and text of every routine file passes through here when the library is read."""
    found = _FIRST_UNWANTED[lines].search(text)
    if found is None:
        return None
    ch = found.group()
    code = ord(ch)
    bidi = 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    named = _NAMED.get(ch)
    if named is not None:
        what = tr(named)
    elif bidi:
        what = tr("a direction override ({code})").format(code=f"U+{code:04X}")
    else:
        what = tr("a control character ({code})").format(code=f"U+{code:04X}")
    return tr("{character} at character {position}").format(
        character=what, position=found.start() + 1)


def _one_line(text: str) -> str:
    found = _unwanted(text)
    if found is not None:
        raise ValueError(tr("must be one line of plain text; it holds {character}").format(
            character=found))
    if not text.strip():
        raise ValueError(tr("must not be blank"))
    return text


def _plain_text(text: str) -> str:
    found = _unwanted(text, lines=True)
    if found is not None:
        raise ValueError(tr("must be plain text; it holds {character}").format(character=found))
    return text


Name = Annotated[
    str,
    Field(min_length=1, max_length=80, json_schema_extra={"pattern": _ONE_LINE_PATTERN}),
    AfterValidator(_one_line),
]
def _picture_name(name: str) -> str:
    """A file name only: pictures are looked up beside the routine file and among the
    built-in ones, never at a path or address of the file's choosing."""
    if "://" in name or name.lower().startswith(("http:", "https:", "data:", "file:")):
        raise ValueError(tr("a picture is a file name, not a web address: put the picture "
                            "beside the routine file and give its name, e.g. my-stretch.svg"))
    if "/" in name or "\\" in name or name in (".", ".."):
        raise ValueError(tr("a picture is a file name, not a path: put the picture beside the "
                            "routine file (or use a built-in one) and give just its name, "
                            "e.g. calf-raise.svg"))
    return name


PictureName = Annotated[Name, AfterValidator(_picture_name)]
Text = Annotated[
    str,
    Field(min_length=1, max_length=2000, json_schema_extra={"pattern": _MULTI_LINE_PATTERN}),
    AfterValidator(_plain_text),
]
SideLabel = Annotated[
    str,
    Field(min_length=1, max_length=30, json_schema_extra={"pattern": _ONE_LINE_PATTERN}),
    AfterValidator(_one_line),
]
Phase = Literal["up", "down", "hold", "pause", "forward", "back"]


class _Strict(BaseModel):
    """Unknown keys are errors and types are not coerced: a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class CueSettings(_Strict):
    """Which cues play. Unset keys inherit: app settings < routine defaults < step."""

    start: bool | None = None
    # untranslated: JSON Schema
    countdown: bool | None = Field(None, description="3-2-1 before every change")
    halfway: bool | None = None
    # untranslated: JSON Schema
    switch: bool | None = Field(None, description="the switch-sides cue")
    rest: bool | None = None
    # untranslated: JSON Schema
    tempo: bool | None = Field(None, description="a sound on each rep phase (up, down…)")
    metronome: bool | None = None
    finish: bool | None = None
    # untranslated: JSON Schema
    voice: bool | None = Field(None, description="speak step names and 'switch sides'")
    # untranslated: JSON Schema
    say_reps: bool | None = Field(None, description="speak the rep count")

    def over(self, base: ResolvedCues) -> ResolvedCues:
        """These settings laid over ``base``."""
        given = {k: v for k, v in self.model_dump().items() if v is not None}
        return ResolvedCues(**{**base.__dict__, **given})


class Defaults(_Strict):
    # untranslated: JSON Schema
    lead_in: Duration = Field(5.0, description="'Get ready' time before each exercise")
    # untranslated: JSON Schema
    rest: Duration = Field(15.0, description="Rest between sets and between rounds")
    switch: Duration = Field(5.0, description="Pause to change sides")  # untranslated: JSON Schema
    cues: CueSettings = CueSettings()


class _StepText(_Strict):
    instructions: Text | None = None
    tips: list[Text] = Field(default_factory=list, max_length=20)
    image: PictureName | None = Field(  # untranslated: JSON Schema
        None, description="A picture's file name, beside the routine or built in, e.g. "
        "calf-raise.svg")
    # untranslated: JSON Schema
    say: Name | None = Field(None, description="What the voice says (default: the name)")
    cues: CueSettings | None = None


def _sides(value: object) -> object:
    if value == "both":
        return ["left", "right"]
    return value


Sides = Annotated[
    list[SideLabel],
    BeforeValidator(_sides),
    Field(min_length=2, max_length=4),
    WithJsonSchema(
        {
            "anyOf": [
                {"const": "both"},
                {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
            ],
            "description": "both (= [left, right]) or a list such as "
            "[clockwise, anticlockwise]",  # untranslated: JSON Schema
        }
    ),
]


def _metronome(value: object) -> int | str:
    """Beats per minute (30-300), or a change to the runner's cadence kept as ``+5%``. One
    validator for both, so a bad value gets one message that names both forms."""
    if isinstance(value, bool):
        raise ValueError(tr("expected beats per minute (e.g. 176) or a change to your cadence "
                            "(e.g. +5%), not true/false"))
    if isinstance(value, int):
        if not 30 <= value <= 300:
            if value == 0:
                message = tr("must be between 30 and 300 beats per minute, got {value} "
                             "(for your own cadence, write 0%)")
            elif 0 < value <= cadence.MAX_OFFSET:
                message = tr("must be between 30 and 300 beats per minute, got {value} "
                             "(for {percent} % faster than your cadence, write {offset}%)")
            elif 0 < -value <= cadence.MAX_OFFSET:
                message = tr("must be between 30 and 300 beats per minute, got {value} "
                             "(for {percent} % slower than your cadence, write {offset}%)")
            else:
                message = tr("must be between 30 and 300 beats per minute, got {value}")
            raise ValueError(message.format(value=value, percent=abs(value),
                                            offset=f"{value:+d}"))
        return value
    if isinstance(value, str):
        return cadence.format_offset(cadence.parse_offset(value))
    raise ValueError(tr("expected beats per minute (e.g. 176) or a change to your cadence "
                        "(e.g. +5%), got {kind}").format(kind=type(value).__name__))


Metronome = Annotated[
    int | str,
    PlainValidator(_metronome),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 30, "maximum": 300},
                {"type": "string", "pattern": cadence.OFFSET_PATTERN},
            ],
            "description": "Beats per minute, e.g. 176, or a change to the runner's own "
            "cadence (set in Settings), e.g. +5% or -5%",  # untranslated: JSON Schema
        }
    ),
]


class Exercise(_StepText):
    """A timed hold or counted reps, possibly on each side, possibly in sets."""

    name: Name
    hold: PositiveDuration | None = None
    reps: Annotated[int, Field(ge=1, le=500)] | None = None
    tempo: PositiveDuration | dict[Phase, PositiveDuration] | None = Field(
        None, description="Seconds per rep, or phases in order, "
        "e.g. {up: 1s, down: 3s}")  # untranslated: JSON Schema
    metronome: Metronome | None = None
    sets: Annotated[int, Field(ge=1, le=50)] = 1
    sides: Sides | None = None
    # untranslated: JSON Schema
    rest: Duration | None = Field(None, description="Rest between sets")
    # untranslated: JSON Schema
    switch: Duration | None = Field(None, description="Pause to change sides")
    lead_in: Duration | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Exercise:
        if self.hold is not None and self.reps is not None:
            raise ValueError(tr("give either hold (a duration) or reps (a count), not both"))
        if self.hold is None and self.reps is None:
            raise ValueError(tr("give hold (a duration) or reps (a count): it has neither"))
        if self.tempo is not None and self.reps is None:
            raise ValueError(tr("tempo only applies to reps"))
        if isinstance(self.tempo, dict) and not self.tempo:
            raise ValueError(tr("tempo needs at least one phase, e.g. {up: 1s, down: 3s}"))
        if self.metronome is not None and self.hold is None:
            raise ValueError(tr("a metronome needs a hold duration, e.g. hold: 30s"))
        if self.sides is not None and len(set(self.sides)) != len(self.sides):
            raise ValueError(tr("sides must be different from each other"))
        return self

    @property
    def phases(self) -> tuple[tuple[Phase | None, float], ...]:
        """One rep as (phase, seconds) pairs; a plain tempo is one unnamed phase."""
        if isinstance(self.tempo, dict):
            return tuple(self.tempo.items())
        return ((None, self.tempo if self.tempo is not None else 2.0),)


class RestStep(_StepText):
    """A rest on its own, written ``- rest: 1m``."""

    rest: PositiveDuration
    name: Name = QT_TR_NOOP("Rest")  # data (the fingerprint): tr() it where it is shown


class Block(_Strict):
    """Steps repeated for a number of rounds (a circuit)."""

    name: Name | None = None
    rounds: Annotated[int, Field(ge=1, le=50)] = 1
    # untranslated: JSON Schema
    rest: Duration | None = Field(None, description="Rest between rounds")
    steps: list[Step] = Field(min_length=1, max_length=500)


def step_kind(value: object) -> str:
    """Which model a step mapping is, decided by its keys (so errors speak of the right one)."""
    if isinstance(value, dict):
        if "steps" in value or "rounds" in value:
            return "block"
        if "rest" in value and "hold" not in value and "reps" not in value:
            return "rest"
        return "exercise"
    if isinstance(value, Block):
        return "block"
    if isinstance(value, RestStep):
        return "rest"
    return "exercise"


STEP_TAGS = ("exercise", "rest", "block")

Step = Annotated[
    Annotated[Exercise, Tag("exercise")]
    | Annotated[RestStep, Tag("rest")]
    | Annotated[Block, Tag("block")],
    Discriminator(step_kind),
]


class Routine(_Strict):
    """A routine file."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        title="Supple routine",  # untranslated: JSON Schema
        json_schema_extra={"$id": "https://supple.invalid/schema/routine-1.json"},
    )

    supple: Annotated[Literal[1], BeforeValidator(_format_version)] = Field(
        description="Format version; always the number 1 for now")  # untranslated: JSON Schema
    name: Name
    description: Text | None = None
    category: Name = DEFAULT_CATEGORY
    tags: list[Name] = Field(default_factory=list, max_length=20)
    # untranslated: JSON Schema
    source: Text | None = Field(None, description="Where the advice comes from")
    defaults: Defaults = Defaults()
    steps: list[Step] = Field(min_length=1, max_length=500)

    @model_validator(mode="after")
    def _bounded(self) -> Routine:
        """Refuse a routine whose expansion would be enormous (every limit met one by one, but
        300 bpm x 4 h x 50 sets x 4 sides x nested rounds is millions of cues)."""
        segments, cues, seconds = _expansion(self.steps, self.defaults)
        if segments > MAX_SEGMENTS or cues > MAX_CUES or seconds > MAX_TOTAL_SECONDS:
            raise ValueError(tr(
                "the routine expands to {segments} segments, {cues} cues and {hours} h "
                "(at most {most_segments} segments, {most_cues} cues and {most_hours} h): "
                "use fewer sets, rounds, reps or beats").format(
                    segments=f"{segments:,}", cues=f"{cues:,}", hours=f"{seconds / 3600:,.1f}",
                    most_segments=f"{MAX_SEGMENTS:,}", most_cues=f"{MAX_CUES:,}",
                    most_hours=MAX_TOTAL_SECONDS // 3600))
        return self

    def fingerprint(self) -> str:
        """A short content hash, so history can tell which version of a routine was done."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]


MAX_SEGMENTS = 10_000
MAX_CUES = 100_000
MAX_TOTAL_SECONDS = 8 * 3600


def _expansion(steps: list[Exercise | RestStep | Block], d: Defaults) -> tuple[int, int, float]:
    """(segments, cues, seconds) the planner would make, counted without making them.

    An upper bound is enough: it only has to stop a file from freezing the app."""
    segments = cues = 0
    seconds = 0.0
    for step in steps:
        if isinstance(step, Block):
            s, c, t = _expansion(step.steps, d)
            rest = step.rest if step.rest is not None else d.rest
            segments += step.rounds * (s + 1)
            cues += step.rounds * (c + 4)
            seconds += step.rounds * (t + rest)
        elif isinstance(step, RestStep):
            segments += 1
            cues += 4
            seconds += step.rest
        else:
            sides = len(step.sides) if step.sides else 1
            per_rep = sum(t for _, t in step.phases)
            work = step.hold if step.hold is not None else per_rep * (step.reps or 0)
            bpm = cadence.highest_beat(step.metronome) if step.metronome is not None else 0
            ticks = work * bpm / 60
            reps = (step.reps or 0) * len(step.phases)
            pauses = max(step.lead_in or 0, d.lead_in) + max(step.rest or 0, d.rest)
            pauses += max(step.switch or 0, d.switch) * sides
            units = step.sets * sides
            segments += 1 + units * 3
            cues += units * (int(ticks) + reps + 10)
            seconds += units * work + step.sets * pauses
    return segments, cues, seconds


Block.model_rebuild()
Routine.model_rebuild()


def json_schema() -> dict[str, Any]:
    """The routine format as JSON Schema, for editors' YAML language servers.

    Step kinds are told apart by their keys (see :func:`step_kind`); in the schema they are
    alternatives (``anyOf``), since a rest step with a name also fits the exercise shape.
    """

    def relax(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                ("anyOf" if k == "oneOf" else k): relax(v)
                for k, v in node.items()
                if k != "discriminator"
            }
        if isinstance(node, list):
            return [relax(v) for v in node]
        return node

    schema: dict[str, Any] = relax(Routine.model_json_schema())
    return schema
