"""The history store's methods for the enrolments in programmes: started, paused, resumed,
finished. A mixin of ``HistoryStore`` beside ``RecordsMixin``; each change is one transaction
the user sees done or refused (a ``HistoryError``), so a programme's state survives restarts
and crashes as the sessions do.

Where someone is in a programme follows from its start day, its pauses and the programme's
schedule; only those are kept, never a "current week" that could disagree with them.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from supple.core.history.db import GuardedDatabase
from supple.core.history.records import (
    Enrolment,
    EnrolmentState,
    Location,
    Pause,
    Side,
    UnknownRecord,
    check_time_zone,
    day_text,
    time_text,
)
from supple.core.history.records_store import day_of, maybe_day, maybe_time
from supple.core.history.sql import iso
from supple.core.wording import tr

_ENROLMENT_COLUMNS = (  # untranslated: SQL
    "uuid, programme_id, start_day, name, side, location, state, finished_day, morning_slot, "
    "evening_slot, time_zone, created_at, updated_at")


def _enrolment_from_row(row: Sequence[Any], pauses: tuple[Pause, ...]) -> Enrolment:
    return Enrolment(
        uuid=str(row[0]), programme_id=str(row[1]), start_day=day_of(row[2]),
        name=None if row[3] is None else str(row[3]),
        side=None if row[4] is None else Side(row[4]), location=Location(row[5]),
        state=EnrolmentState(row[6]), finished_day=maybe_day(row[7]),
        morning_slot=maybe_time(row[8]), evening_slot=maybe_time(row[9]),
        time_zone=str(row[10]), pauses=pauses,
        created_at=datetime.fromisoformat(str(row[11])),
        updated_at=datetime.fromisoformat(str(row[12])),
    )  # fmt: skip


class AlreadyFollowing(ValueError):
    """The programme is followed already; ``uuid`` is that enrolment's."""

    def __init__(self, enrolment_uuid: str) -> None:
        super().__init__(tr("this programme is followed already (enrolment {uuid})").format(
            uuid=enrolment_uuid))
        self.uuid = enrolment_uuid


class EnrolmentsMixin:
    """Enrolments in programmes; mixed into ``HistoryStore``."""

    _db: GuardedDatabase

    def _now(self) -> datetime:  # pragma: no cover - HistoryStore's own replaces it
        raise NotImplementedError

    def enrol(
        self,
        programme_id: str,
        start_day: date,
        *,
        time_zone: str,
        name: str | None = None,
        side: Side | None = None,
        location: Location = Location.NONE,
        morning_slot: time | None = None,
        evening_slot: time | None = None,
        once: bool = False,
    ) -> Enrolment:
        """Start following a programme. Several may be active at once (heel drops and the
        running companion); switching is finishing one and enrolling in another. With
        ``once``, :class:`AlreadyFollowing` is raised instead if this programme is followed
        already (active or paused), checked in the same transaction, so that two processes
        starting it at once make one enrolment."""
        if not programme_id.strip():
            raise ValueError(tr("{field} must not be empty").format(field="programme_id"))
        check_time_zone(time_zone)
        now = iso(self._now())
        row = (str(uuid_module.uuid4()), programme_id, day_text(start_day), name,
               None if side is None else Side(side).value, Location(location).value,
               EnrolmentState.ACTIVE.value, time_text(morning_slot), time_text(evening_slot),
               time_zone, now, now)  # fmt: skip

        def apply(conn: sqlite3.Connection) -> None:
            if once:
                found = conn.execute("SELECT uuid FROM enrolments WHERE programme_id = ? AND "
                                     "state != 'finished' ORDER BY id LIMIT 1",
                                     (programme_id,)).fetchone()
                if found is not None:
                    raise AlreadyFollowing(str(found[0]))
            conn.execute(
                "INSERT INTO enrolments (uuid, programme_id, start_day, name, side, location, "
                "state, morning_slot, evening_slot, time_zone, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

        self._db.run(apply, write=True)
        return self.enrolment(row[0])

    def enrolments(self, state: EnrolmentState | None = None) -> list[Enrolment]:
        """Oldest first, with their pauses."""
        where = "1" if state is None else "state = ?"
        params = () if state is None else (EnrolmentState(state).value,)

        def read(conn: sqlite3.Connection) -> list[Enrolment]:
            pauses: dict[str, list[Pause]] = {}
            for r in conn.execute("SELECT enrolment_uuid, first_day, last_day FROM "
                                  "enrolment_pauses ORDER BY enrolment_uuid, first_day"):
                pauses.setdefault(str(r[0]), []).append(Pause(day_of(r[1]), maybe_day(r[2])))
            rows = conn.execute(
                f"SELECT {_ENROLMENT_COLUMNS} FROM enrolments WHERE {where} ORDER BY id", params)
            return [_enrolment_from_row(r, tuple(pauses.get(str(r[0]), ()))) for r in rows]

        return self._db.read(read)

    def enrolment(self, enrolment_uuid: str) -> Enrolment:
        found = [e for e in self.enrolments() if e.uuid == enrolment_uuid]
        if not found:
            raise UnknownRecord(enrolment_uuid)
        return found[0]

    def _change_enrolment(
        self,
        enrolment_uuid: str,
        change: Callable[[sqlite3.Connection, EnrolmentState], None],
    ) -> Enrolment:
        now = iso(self._now())

        def apply(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT state FROM enrolments WHERE uuid = ?",
                               (enrolment_uuid,)).fetchone()
            if row is None:
                raise UnknownRecord(enrolment_uuid)
            change(conn, EnrolmentState(row[0]))
            conn.execute("UPDATE enrolments SET updated_at = ? WHERE uuid = ?",
                         (now, enrolment_uuid))

        self._db.run(apply, write=True)
        return self.enrolment(enrolment_uuid)

    def pause_enrolment(self, enrolment_uuid: str, first_day: date) -> Enrolment:
        """Nothing is due from ``first_day`` on until it is resumed."""
        first = day_text(first_day)

        def change(conn: sqlite3.Connection, state: EnrolmentState) -> None:
            if state is not EnrolmentState.ACTIVE:
                raise ValueError(tr("only an active programme can be paused; this one is "
                                    "{state}").format(state=state.value))
            conn.execute("INSERT OR REPLACE INTO enrolment_pauses (enrolment_uuid, first_day, "
                         "last_day) VALUES (?, ?, NULL)", (enrolment_uuid, first))
            conn.execute("UPDATE enrolments SET state = 'paused' WHERE uuid = ?",
                         (enrolment_uuid,))

        return self._change_enrolment(enrolment_uuid, change)

    def resume_enrolment(self, enrolment_uuid: str, day: date) -> Enrolment:
        """Due again from ``day`` on: the pause ends the day before (a pause resumed on the
        day it began leaves no paused day, and no range)."""
        resumed = day_text(day)

        def change(conn: sqlite3.Connection, state: EnrolmentState) -> None:
            if state is not EnrolmentState.PAUSED:
                raise ValueError(tr("only a paused programme can be resumed; this one is "
                                    "{state}").format(state=state.value))
            _close_pauses(conn, enrolment_uuid, resumed)
            conn.execute("UPDATE enrolments SET state = 'active' WHERE uuid = ?",
                         (enrolment_uuid,))

        return self._change_enrolment(enrolment_uuid, change)

    def finish_enrolment(self, enrolment_uuid: str, day: date) -> Enrolment:
        """Done with it (completed or given up) on ``day``; it stays in the history."""
        finished = day_text(day)

        def change(conn: sqlite3.Connection, state: EnrolmentState) -> None:
            if state is EnrolmentState.FINISHED:
                raise ValueError(tr("this programme is finished already"))
            _close_pauses(conn, enrolment_uuid, finished)
            conn.execute("UPDATE enrolments SET state = 'finished', finished_day = ? "
                         "WHERE uuid = ?", (finished, enrolment_uuid))

        return self._change_enrolment(enrolment_uuid, change)

    def update_enrolment(
        self,
        enrolment_uuid: str,
        *,
        name: str | None = None,
        side: Side | None = None,
        location: Location | None = None,
        morning_slot: time | None = None,
        evening_slot: time | None = None,
        time_zone: str | None = None,
    ) -> Enrolment:
        """Change what is given (``None`` leaves a field as it was)."""
        if time_zone is not None:
            check_time_zone(time_zone)
        changes: dict[str, object] = {
            "name": name,
            "side": None if side is None else Side(side).value,
            "location": None if location is None else Location(location).value,
            "morning_slot": time_text(morning_slot),
            "evening_slot": time_text(evening_slot),
            "time_zone": time_zone,
        }
        given = {column: value for column, value in changes.items() if value is not None}

        def change(conn: sqlite3.Connection, state: EnrolmentState) -> None:
            if given:
                assignments = ", ".join(f"{column} = ?" for column in given)
                conn.execute(f"UPDATE enrolments SET {assignments} WHERE uuid = ?",
                             (*given.values(), enrolment_uuid))

        return self._change_enrolment(enrolment_uuid, change)


def _close_pauses(conn: sqlite3.Connection, enrolment_uuid: str, day: str) -> None:
    """End the open pause the day before ``day``; one that would end before it began (a
    pause resumed the day it started) goes."""
    conn.execute("DELETE FROM enrolment_pauses WHERE enrolment_uuid = ? AND last_day IS NULL "
                 "AND first_day >= ?", (enrolment_uuid, day))
    conn.execute("UPDATE enrolment_pauses SET last_day = date(?, '-1 day') "
                 "WHERE enrolment_uuid = ? AND last_day IS NULL", (day, enrolment_uuid))
