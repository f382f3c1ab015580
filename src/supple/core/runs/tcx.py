"""TCX (Garmin's Training Center XML v2): each ``<Activity>`` is one run.

The start is its earliest lap's ``StartTime`` (a required attribute; the ``<Id>`` is the same
instant in the watches' files, but other writers put other things there, so it is not read);
the duration is the sum of its laps' ``TotalTimeSeconds`` (timer time), the
distance the sum of their ``DistanceMeters`` when every lap has one. The track points are not
needed for these and are not read: the laps carry the watch's own totals. Courses and
workouts, which TCX can also hold, are plans, not runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from supple.core.runs.run import ParsedRun, file_error
from supple.core.runs.xml_events import xml_number, xml_time
from supple.core.wording import tr


@dataclass
class _Activity:
    line: int
    sport: str | None
    lap_starts: list[datetime] = field(default_factory=list)
    duration_s: float = 0.0
    distance_m: float | None = 0.0
    lap_line: int = 0
    lap_time: float | None = None
    lap_distance: float | None = None


class TcxHandler:
    def __init__(self, file: str, name: str) -> None:
        self.file = file
        self.name = name
        self.runs: list[ParsedRun] = []
        self.activity: _Activity | None = None

    def start(self, name: str, parent: str, attrs: dict[str, str], line: int) -> None:
        if name == "Activity" and parent == "Activities":  # untranslated: TCX's names
            # untranslated: as above
            self.activity = _Activity(line, attrs.get("Sport", "").lower() or None)
        elif (name == "Lap" and parent == "Activity"  # untranslated: as above
              and self.activity is not None):
            started = attrs.get("StartTime")
            if started is None:
                raise file_error(self.file, tr("a lap has no {attribute}").format(
                    attribute="StartTime"), line=line)
            self.activity.lap_starts.append(xml_time(
                started, self.file, line, tr("a lap's {element}").format(element="StartTime")))
            self.activity.lap_line = line
            self.activity.lap_time = self.activity.lap_distance = None

    def end(self, name: str, parent: str, text: str, line: int) -> None:
        activity = self.activity
        if activity is None:
            return
        if name == "TotalTimeSeconds" and parent == "Lap":  # untranslated: TCX's names
            activity.lap_time = xml_number(text, self.file, line, tr("a lap's {element}").format(
                element="TotalTimeSeconds"))
        elif name == "DistanceMeters" and parent == "Lap":  # untranslated: TCX's names
            activity.lap_distance = xml_number(text, self.file, line, tr(
                "a lap's {element}").format(element="DistanceMeters"))
        elif name == "Lap" and parent == "Activity":  # untranslated: TCX's names
            if activity.lap_time is None:
                raise file_error(self.file, tr("a lap has no {element}").format(
                    element="TotalTimeSeconds"), line=activity.lap_line)
            activity.duration_s += activity.lap_time
            if activity.distance_m is not None and activity.lap_distance is not None:
                activity.distance_m += activity.lap_distance
            else:
                activity.distance_m = None
        elif name == "Activity" and parent == "Activities":  # untranslated: TCX's names
            self._close(activity)
            self.activity = None

    def _close(self, activity: _Activity) -> None:
        if not activity.lap_starts:
            raise file_error(self.file, tr("an activity has no lap"), line=activity.line)
        self.runs.append(ParsedRun(
            started_at=min(activity.lap_starts),
            duration_s=round(activity.duration_s), distance_m=activity.distance_m,
            source="tcx", file_name=self.name, sport=activity.sport))

    def finish(self) -> list[ParsedRun]:
        if not self.runs:
            raise file_error(self.file, tr("has no activity: courses and workouts are not runs"))
        return self.runs
