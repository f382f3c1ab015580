"""What the Today view paints, as plain data, and the small index it is kept in.

The view is painted from a :class:`TodaySummary` alone. At start-up that is the one saved in
the index (a few hundred bytes of JSON, read without importing the programme model or opening
the history, as the library paints from its own index); once the history is open the summary
is worked out afresh (``gather``), painted again, and saved for the next start. Nothing here
imports more than the standard library.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from supple.qt.i18n import QT_TR_NOOP, tr

INDEX_VERSION = 2

#: How each advice kind is headed in the view; the advice's own sentence follows.
ADVICE_HEADINGS = {
    "go_on": QT_TR_NOOP("Go on as planned"),
    "ease": QT_TR_NOOP("Ease the next session"),
    "progress": QT_TR_NOOP("You may step up"),
    "see_professional": QT_TR_NOOP("Stop and see a professional"),
}

#: How each status of a due routine is shown.
STATUS_WORDS = {
    "done": QT_TR_NOOP("✓ done"),
    "stopped": QT_TR_NOOP("stopped early"),
    "missed": QT_TR_NOOP("missed"),
    "due": QT_TR_NOOP("due"),
    "upcoming": QT_TR_NOOP("later"),
}


@dataclass(frozen=True)
class ItemLine:
    """One routine due today in one slot."""

    routine_id: str
    title: str
    slot: str
    time: str  # "07:30", the runner's wall clock
    status: str  # a key of STATUS_WORDS


@dataclass(frozen=True)
class PlanLine:
    """One enrolment (active or paused) as today sees it."""

    enrolment_uuid: str
    programme_id: str
    title: str  # the runner's name for it, else the programme's
    programme_name: str
    detail: str  # "left side · mid-portion", or ""
    paused: bool
    week: int | None
    weeks: int
    phase: str | None
    load: str | None  # today's load, "3 × 15 reps · +5 kg in a backpack"
    note: str | None  # the week's note, if the programme gives one
    week_done: int
    week_planned: int
    items: tuple[ItemLine, ...] = ()
    missed: tuple[str, ...] = ()  # the last 7 days' missed, "Tue 3 Mar 19:00", oldest first


@dataclass(frozen=True)
class NextDue:
    enrolment_uuid: str
    routine_id: str
    title: str
    day: date
    slot: str
    time: str


@dataclass(frozen=True)
class TodaySummary:
    day: date
    plans: tuple[PlanLine, ...] = ()
    advice_kind: str | None = None  # a key of ADVICE_HEADINGS
    advice_text: str | None = None
    next_due: NextDue | None = None
    morning_due: bool = False  # the next-morning rating is to be asked today
    missing: tuple[str, ...] = ()  # programmes enrolled in whose file is gone
    calf_test: str | None = None  # "Calf test due: about 5 minutes · …", when one is due
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def active(self) -> bool:
        """Any programme under way (paused ones count: the view says how to resume)."""
        return bool(self.plans)

    @property
    def due_today(self) -> NextDue | None:
        return self.next_due if self.next_due is not None and \
            self.next_due.day == self.day else None


def _day(value: Any) -> date:
    return date.fromisoformat(str(value))


def to_json(summary: TodaySummary) -> dict[str, Any]:
    data = asdict(summary)
    data["day"] = summary.day.isoformat()
    if summary.next_due is not None:
        data["next_due"]["day"] = summary.next_due.day.isoformat()
    data.pop("problems")
    return {"version": INDEX_VERSION, "summary": data}


def from_json(data: Any) -> TodaySummary | None:
    """The summary in ``data``, or None for anything not written by :func:`to_json` of this
    version (an index is a cache: a bad one is worked out afresh, never an error)."""
    try:
        if data.get("version") != INDEX_VERSION:
            return None
        s = data["summary"]
        plans = tuple(PlanLine(**{**p, "items": tuple(ItemLine(**i) for i in p["items"]),
                                  "missed": tuple(str(m) for m in p["missed"])})
                      for p in s["plans"])
        nd = s["next_due"]
        next_due = None if nd is None else NextDue(**{**nd, "day": _day(nd["day"])})
        return TodaySummary(_day(s["day"]), plans, s["advice_kind"], s["advice_text"],
                            next_due, bool(s["morning_due"]), tuple(s["missing"]),
                            None if s.get("calf_test") is None else str(s["calf_test"]))
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class TodayIndex:
    """What is kept between starts: the last summary, and the day the morning rating was
    last asked (so it is asked once)."""

    summary: TodaySummary | None = None
    morning_asked: date | None = None


def read_index(path: Path) -> TodayIndex:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return TodayIndex()
    if not isinstance(data, dict):
        return TodayIndex()
    asked = data.get("morning_asked")
    try:
        asked_day = None if asked is None else _day(asked)
    except ValueError:
        asked_day = None
    return TodayIndex(from_json(data), asked_day)


def write_index(path: Path, index: TodayIndex) -> str | None:
    """Save ``index``; the problem as a sentence if it could not be (the app goes on)."""
    from supple.core.atomic_file import write_atomically

    data: dict[str, Any] = to_json(index.summary) if index.summary is not None else {
        "version": INDEX_VERSION}
    data["morning_asked"] = None if index.morning_asked is None else \
        index.morning_asked.isoformat()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                         mode=0o600 if os.name == "posix" else None)
    except OSError as exc:
        return tr("The Today view's index could not be saved ({error}).").format(
            error=exc.strerror or exc)
    return None
