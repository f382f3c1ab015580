"""The day's reminders, gathered for the desktop's timer: from the active programmes (through
the :class:`~supple.core.coach.Coach`), from the runner's own reminders, and the next-morning
calf rating; then :func:`~supple.core.reminders.rules.decide` says what to show, and the state
file remembers it.

- A programme's routine is reminded of at its slot's time of day, made afresh on today's date
  in the machine's zone (07:30 stays 07:30 after a flight), while the coach says it is still
  to do; once done, it is not reminded of.
- The runner's own reminder is left out when its routine was done, completed, since two hours
  before its time.
- The calf rating is asked once, in the morning (from ``morning_rating`` to
  ``morning_ends``), when a routine was done the day before or a programme is under way, and
  today's morning has no rating yet.

The history may be missing (not open yet, or broken): the runner's own reminders still come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from supple.core.history.model import HistoryError, Outcome
from supple.core.reminders.config import load_config
from supple.core.reminders.rules import (
    LATER,
    Candidate,
    Decision,
    Kind,
    ReminderConfig,
    decide,
    user_candidates,
    zone_of,
)
from supple.core.reminders.state import ReminderPause, ReminderState, load_state, save_state
from supple.core.reminders.zone import at_on, end_of
from supple.core.wording import tr

if TYPE_CHECKING:  # the app makes the desk before its first paint; these come after it
    from supple.core.coach import Coach, Day
    from supple.core.history.model import SessionRecord
    from supple.core.history.store import HistoryStore

STATE_FILE = "reminders-shown.json"
DONE_BEFORE = timedelta(hours=2)  # a routine done this long before its reminder answers it
MORNING_KEY = "morning-rating"
RECENT_SESSIONS = 200  # enough for two days of anyone's routines


@dataclass(frozen=True)
class History:
    """Where the reminders read what was done and planned; attached once the store is open."""

    store: HistoryStore
    coach: Coach


class ReminderDesk:
    """Asked by the desktop's timer (:meth:`check`), and told what the runner did with a
    reminder (:meth:`later`). ``name`` gives a routine's name from its id (the library's)."""

    def __init__(self, config: ReminderConfig, state_path: Path,
                 name: Callable[[str], str] = lambda rid: rid,
                 pause: ReminderPause | None = None) -> None:
        self.config = config
        self.name = name
        self.history: History | None = None
        self._path = state_path
        self.state, problem = load_state(state_path)
        self.problems: list[str] = [problem] if problem else []
        self._config_path: Path | None = None
        self._config_stamp: tuple[int, int] | None = None
        self._on_problems: Callable[[list[str]], None] | None = None
        self._added: dict[tuple[str, str], datetime] = {}  # (routine, HH:MM): when added
        # The tray's pause, made before the desk (the tray comes before the first paint):
        # a pause chosen meanwhile wins over the file's.
        self.pause = pause if pause is not None else ReminderPause()
        if self.pause.until is None:
            self.pause.until = self.state.paused_until
        else:
            self._paused(self.pause.until)
        self.pause.on_change = self._paused

    @classmethod
    def from_files(cls, config_path: Path, state_path: Path,
                   name: Callable[[str], str] = lambda rid: rid,
                   on_problems: Callable[[list[str]], None] | None = None,
                   pause: ReminderPause | None = None) -> ReminderDesk:
        """A desk whose reminders are ``config_path`` (``reminders.json``), read again
        whenever the file changes (the Reminders dialog, or an editor, saved it): each
        reading's problems go to ``on_problems``; the first reading's are in
        :attr:`problems`."""
        config, problems = load_config(config_path)
        desk = cls(config, state_path, name, pause)
        desk.problems[:0] = problems
        desk._config_path, desk._config_stamp = config_path, _stamp(config_path)
        desk._on_problems = on_problems
        return desk

    def attach(self, store: HistoryStore, coach: Coach) -> None:
        self.history = History(store, coach)

    def _reload_config(self, now: datetime) -> None:
        if self._config_path is None:
            return
        stamp = _stamp(self._config_path)
        if stamp == self._config_stamp:
            return
        self._config_stamp = stamp
        before = _times(self.config)
        self.config, problems = load_config(self._config_path)
        # A reminder just added for a time already past today is not "missed": it starts
        # tomorrow (kept in memory: after a restart, today's would show as missed once).
        self._added.update((pair, now) for pair in _times(self.config) - before
                           if pair not in self._added)
        if problems and self._on_problems is not None:
            self._on_problems(problems)

    def _paused(self, until: datetime | None) -> None:
        self._save(replace(self.state, paused_until=until))

    def _save(self, state: ReminderState) -> None:
        if state == self.state:
            return
        self.state = state
        problem = save_state(self._path, state)
        if problem and problem not in self.problems:  # said once, not at every check
            self.problems.append(problem)
            if self._on_problems is not None:
                self._on_problems([problem])

    # --- the questions -------------------------------------------------------------------

    def today(self, now: datetime) -> list[Day]:
        """What the active programmes ask of today: the coach reads the history once, and
        the desktop's timer hands the answer to :meth:`check` and to the tray's snapshot."""
        if self.history is None:
            return []
        try:
            return self.history.coach.today(now.date())
        except (HistoryError, ValueError):
            return []

    def check(self, now: datetime, *, not_now: bool | Callable[[], bool] = False,
              days: Sequence[Day] | None = None) -> Decision:
        """What to show at ``now`` (aware, the machine's zone); remembered as shown.
        ``days``: :meth:`today`'s answer, if the caller has it."""
        decision = decide(now, self.candidates(now, days), self.state, self.config,
                          not_now=not_now)
        self._save(decision.state)
        return decision

    def later(self, key: str, now: datetime) -> None:
        """Show this reminder once more in :data:`~supple.core.reminders.rules.LATER`."""
        self._save(self.state.put_off(key, now + LATER))

    def candidates(self, now: datetime, days: Sequence[Day] | None = None) -> list[Candidate]:
        zone_of(now)
        self._reload_config(now)
        days = self.today(now) if days is None else days
        sessions = self._recent_sessions()
        found = _programme(now, days, self.name)
        found += [c for c in user_candidates(self.config.reminders, now,
                                             {r.routine_id: self.name(r.routine_id)
                                              for r in self.config.reminders})
                  if not _done_since(sessions, c.routine_id, c.at - DONE_BEFORE)
                  and not self._added_after(c)]
        morning = self._morning(now, sessions, programme=bool(days))
        if morning is not None:
            found.append(morning)
        return found

    def _added_after(self, candidate: Candidate) -> bool:
        # The time as set (the key's end), not as it falls: 02:30 is 03:30 on a spring day.
        added = self._added.get((str(candidate.routine_id), candidate.key[-5:]))
        return added is not None and added > candidate.at

    def _recent_sessions(self) -> list[SessionRecord]:
        if self.history is None:
            return []
        try:
            return self.history.store.sessions(limit=RECENT_SESSIONS)
        except HistoryError:
            return []

    def _morning(self, now: datetime, sessions: Sequence[SessionRecord], *,
                 programme: bool) -> Candidate | None:
        at = self.config.morning_rating
        if at is None or self.history is None:
            return None
        zone = zone_of(now)
        today = now.date()
        yesterday = today - timedelta(days=1)
        trained = any(_local_day(s.started_at, now) == yesterday for s in sessions)
        if not (trained or programme):
            return None
        try:
            if self.history.store.morning_ratings(since=today, until=today):
                return None
        except HistoryError:
            return None
        return Candidate(f"{MORNING_KEY}:{today.isoformat()}", Kind.MORNING_RATING,
                         at_on(today, at, zone), at_on(today, self.config.morning_ends, zone),
                         None, tr("How do your calves feel this morning?"))


def _programme(now: datetime, days: Sequence[Day], name: Callable[[str], str]
               ) -> list[Candidate]:
    from supple.core.programmes.adherence import Status

    zone = zone_of(now)
    today = now.date()
    found = []
    for day in days:
        for item in day.items:
            if item.status not in (Status.DUE, Status.STOPPED):
                continue
            o = item.occurrence
            found.append(Candidate(
                f"programme:{day.plan.enrolment.uuid}:{today.isoformat()}:{o.slot}:{o.entry}",
                Kind.ROUTINE, at_on(today, o.wall_time, zone), end_of(today, zone),
                o.routine_id, f"{name(o.routine_id)}, {o.slot} (week {o.week})"))
    return found


def _times(config: ReminderConfig) -> set[tuple[str, str]]:
    return {(r.routine_id, f"{t:%H:%M}") for r in config.reminders for t in r.times}


def _stamp(path: Path) -> tuple[int, int] | None:
    """What tells that a file changed (or appeared, or went): its time and size."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _local_day(started: datetime, now: datetime) -> object:
    return (started.astimezone(now.tzinfo) if started.tzinfo is not None else started).date()


def _done_since(sessions: Sequence[SessionRecord], routine_id: str | None,
                since: datetime) -> bool:
    for s in sessions:
        started = s.started_at if s.started_at.tzinfo is not None else \
            s.started_at.replace(tzinfo=since.tzinfo)
        if s.routine_id == routine_id and s.outcome is Outcome.COMPLETED and started >= since:
            return True
    return False
