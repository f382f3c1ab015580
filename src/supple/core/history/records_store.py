"""The history store's methods for what is kept around the sessions: ratings apart, runs and
calf tests (the records of ``records``; enrolments are in ``enrolment_store``). A mixin of
``HistoryStore``, in a module of its own so the store stays readable; every write goes the
store's one way (``GuardedDatabase``: one ``BEGIN IMMEDIATE`` transaction, the cross-process
locking, the repair of a damaged file, read-only and full-disk handling).

Which writes may wait: a rating and a calf test are *recorded*, like a session's steps: they
never raise for a storage problem, they wait in memory and the user is told once (``submit``).
Adding a run is a thing the user does and must see done or refused, and must say whether it
was a duplicate: it raises a ``HistoryError`` instead.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from supple.core.history.db import GuardedDatabase
from supple.core.history.model import ImportResult, UnknownSession
from supple.core.history.records import (
    CalfTest,
    CalfTestKind,
    MorningRating,
    NewRun,
    RatingEntry,
    RatingMoment,
    RunRecord,
    RunSource,
    SessionRating,
    Side,
    UnknownRecord,
    check_calf_test,
    check_rating,
    check_run,
    day_text,
    time_text,
)
from supple.core.history.records_export import RecordsIn
from supple.core.history.sql import iso

_RUN_COLUMNS = (  # untranslated: SQL
    "source_key, day, start_time, minutes, distance_km, calf_feel, source, note, recorded_at")

def day_of(value: object) -> date:
    return date.fromisoformat(str(value))


def maybe_day(value: object) -> date | None:
    return None if value is None else day_of(value)


def maybe_time(value: object) -> time | None:
    return None if value is None else time.fromisoformat(str(value))


def maybe_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _run_from_row(row: Sequence[Any]) -> RunRecord:
    return RunRecord(
        source_key=str(row[0]), day=day_of(row[1]), start_time=maybe_time(row[2]),
        minutes=float(row[3]), distance_km=None if row[4] is None else float(row[4]),
        calf_feel=maybe_int(row[5]), source=RunSource(row[6]), note=str(row[7]),
        recorded_at=datetime.fromisoformat(str(row[8])),
    )  # fmt: skip


def _span(column: str, since: date | None, until: date | None) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    params: list[object] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(day_text(since))
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(day_text(until))
    return " AND ".join(clauses), params


def _insert_run(conn: sqlite3.Connection, run: NewRun, now: str) -> str | None:
    """The run's key if it went in, None if a run with that key is there already."""
    key = run.source_key if run.source_key is not None else f"manual:{uuid_module.uuid4()}"
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO runs ({_RUN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, day_text(run.day), time_text(run.start_time), float(run.minutes),
         None if run.distance_km is None else float(run.distance_km), run.calf_feel,
         RunSource(run.source).value, run.note, now),
    )  # fmt: skip
    return key if cursor.rowcount else None


class RecordsMixin:
    """Ratings, runs, calf tests and enrolments; mixed into ``HistoryStore``."""

    _db: GuardedDatabase

    def _now(self) -> datetime:  # pragma: no cover - HistoryStore's own replaces it
        raise NotImplementedError

    # ----- ratings ----------------------------------------------------------------------------

    def rate_split(
        self,
        session_uuid: str,
        *,
        pain: int | None = None,
        tightness: int | None = None,
        moment: RatingMoment = RatingMoment.AFTER,
        sharp: bool = False,
    ) -> None:
        """Pain and tightness of a session, apart, during or right after it. Rating the same
        moment again replaces what is given (``None`` keeps a value as it was). Recorded like
        a step: a disk that refuses it keeps it in memory."""
        check_rating(pain, "pain")
        check_rating(tightness, "tightness")
        moment = RatingMoment(moment)
        if moment not in (RatingMoment.DURING, RatingMoment.AFTER):
            # untranslated: a caller's bug (a moment from the code, never typed)
            raise ValueError(f"a session is rated during or after it, not {moment.value}")
        if pain is None and tightness is None and not sharp:
            return
        row = (session_uuid, moment.value, pain, tightness, int(bool(sharp)), iso(self._now()))

        def apply(conn: sqlite3.Connection) -> None:
            if conn.execute("SELECT 1 FROM sessions WHERE uuid = ?", (session_uuid,)).fetchone() \
                    is None:
                raise UnknownSession(session_uuid)
            if moment is RatingMoment.AFTER and pain is not None:
                # The session's headline pain, which the history window, its charts and the
                # CSV read (rating_entries tells it from a mixed one by the row below). A
                # mixed rating from before the split is never overwritten.
                conn.execute(
                    "UPDATE sessions SET pain_after = ? WHERE uuid = ? AND (pain_after IS NULL "
                    "OR EXISTS (SELECT 1 FROM session_ratings WHERE session_uuid = ? AND "
                    "moment = 'after' AND pain IS sessions.pain_after))",
                    (pain, session_uuid, session_uuid))
            conn.execute(
                "INSERT INTO session_ratings (session_uuid, moment, pain, tightness, sharp, "
                "rated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_uuid, moment) DO "
                "UPDATE SET pain = coalesce(excluded.pain, pain), "
                "tightness = coalesce(excluded.tightness, tightness), "
                "sharp = max(excluded.sharp, sharp), rated_at = excluded.rated_at",
                row,
            )

        self._db.submit("rate session", apply)  # untranslated: a write's label, for debugging

    def session_ratings(self, session_uuid: str) -> list[SessionRating]:
        """The separated ratings of one session (during first); [] for an older session,
        whose only ratings are its mixed ``pain_before``/``pain_after``."""

        def read(conn: sqlite3.Connection) -> list[SessionRating]:
            rows = conn.execute(
                "SELECT session_uuid, moment, pain, tightness, sharp, rated_at "
                "FROM session_ratings WHERE session_uuid = ? ORDER BY moment DESC",
                (session_uuid,),
            )
            return [SessionRating(str(r[0]), RatingMoment(r[1]), maybe_int(r[2]),
                                  maybe_int(r[3]), bool(r[4]), datetime.fromisoformat(r[5]))
                    for r in rows]

        return self._db.read(read)

    def rate_morning(
        self,
        day: date,
        *,
        pain: int | None = None,
        tightness: int | None = None,
        side: Side | None = None,
    ) -> MorningRating:
        """How the calves feel on the morning of ``day`` (the runner's local date). Once a
        day: rating it again replaces it. Recorded like a step."""
        check_rating(pain, "pain")
        check_rating(tightness, "tightness")
        side = None if side is None else Side(side)
        now = self._now()
        record = MorningRating(day, pain, tightness, side, now)
        row = (day_text(day), pain, tightness, None if side is None else side.value, iso(now))

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO morning_ratings (day, pain, tightness, side, rated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                row,
            )

        self._db.submit("rate morning", apply)  # untranslated: as above
        return record

    def morning_ratings(
        self, since: date | None = None, until: date | None = None
    ) -> list[MorningRating]:
        """Oldest first, ``since`` .. ``until`` both included."""
        where, params = _span("day", since, until)

        def read(conn: sqlite3.Connection) -> list[MorningRating]:
            rows = conn.execute(
                "SELECT day, pain, tightness, side, rated_at FROM morning_ratings "
                f"WHERE {where} ORDER BY day",
                params,
            )
            return [MorningRating(day_of(r[0]), maybe_int(r[1]), maybe_int(r[2]),
                                  None if r[3] is None else Side(r[3]),
                                  datetime.fromisoformat(r[4])) for r in rows]

        return self._db.read(read)

    def rating_entries(
        self, since: date | None = None, until: date | None = None
    ) -> list[RatingEntry]:
        """Every rating in one list, by day (each day: before, during, after, then the next
        morning's on the next day): the sessions' separated ratings, their mixed ones (from
        before the split, ``mixed`` set) and the mornings'. What the pain rules read."""
        where, params = _span("day", since, until)
        joined, _ = _span("s.day", since, until)
        order = {RatingMoment.MORNING: 0, RatingMoment.BEFORE: 1, RatingMoment.DURING: 2,
                 RatingMoment.AFTER: 3}

        def read(conn: sqlite3.Connection) -> list[RatingEntry]:
            found: list[tuple[int, str, RatingEntry]] = []  # (moment order, started_at, entry)
            for r in conn.execute(
                # A pain_after equal to a separated "after" rating's pain is that rating's
                # headline, not a mixed one.
                "SELECT day, started_at, uuid, pain_before, CASE WHEN EXISTS (SELECT 1 FROM "
                "session_ratings AS r WHERE r.session_uuid = sessions.uuid AND r.moment = "
                "'after' AND r.pain IS sessions.pain_after) THEN NULL ELSE pain_after END "
                "FROM sessions "
                f"WHERE {where} AND (pain_before IS NOT NULL OR pain_after IS NOT NULL)",
                params,
            ):
                for moment, value in ((RatingMoment.BEFORE, r[3]), (RatingMoment.AFTER, r[4])):
                    if value is not None:
                        found.append((order[moment], str(r[1]), RatingEntry(
                            day_of(r[0]), moment, mixed=int(value), session_uuid=str(r[2]))))
            for r in conn.execute(
                "SELECT s.day, s.started_at, r.session_uuid, r.moment, r.pain, r.tightness, "
                "r.sharp FROM session_ratings AS r JOIN sessions AS s ON s.uuid = r.session_uuid "
                f"WHERE {joined}",
                params,
            ):
                moment = RatingMoment(r[3])
                found.append((order[moment], str(r[1]), RatingEntry(
                    day_of(r[0]), moment, pain=maybe_int(r[4]), tightness=maybe_int(r[5]),
                    sharp=bool(r[6]), session_uuid=str(r[2]))))
            for r in conn.execute(
                f"SELECT day, pain, tightness FROM morning_ratings WHERE {where}", params
            ):
                found.append((0, "", RatingEntry(
                    day_of(r[0]), RatingMoment.MORNING, pain=maybe_int(r[1]),
                    tightness=maybe_int(r[2]))))
            # By day; in a day the morning first, then each session's ratings in the order
            # the sessions started.
            found.sort(key=lambda item: (item[2].day, item[0] != 0, item[1], item[0]))
            return [entry for _, _, entry in found]

        return self._db.read(read)

    # ----- export and import --------------------------------------------------------------

    def all_session_ratings(self) -> list[SessionRating]:
        """Every separated session rating, in the order they were first given (for export)."""
        return self._db.read(lambda conn: [
            SessionRating(str(r[0]), RatingMoment(r[1]), maybe_int(r[2]), maybe_int(r[3]),
                          bool(r[4]), datetime.fromisoformat(r[5]))
            for r in conn.execute("SELECT session_uuid, moment, pain, tightness, sharp, "
                                  "rated_at FROM session_ratings ORDER BY rowid")])

    def import_records(self, records: RecordsIn) -> ImportResult:
        """Add the records of an export this history does not hold yet, in one transaction
        (see ``records_export``); importing the same file again adds nothing."""
        return self._db.run(lambda conn: _import_records(conn, records), write=True)

    # ----- runs --------------------------------------------------------------------------------

    def add_run(self, run: NewRun) -> RunRecord | None:
        """Add one run; None if a run with its ``source_key`` is already there."""
        check_run(run)
        now = iso(self._now())

        def apply(conn: sqlite3.Connection) -> RunRecord | None:
            key = _insert_run(conn, run, now)
            if key is None:
                return None
            row = conn.execute(f"SELECT {_RUN_COLUMNS} FROM runs WHERE source_key = ?",
                               (key,)).fetchone()
            return _run_from_row(row)

        return self._db.run(apply, write=True)

    def add_runs(self, runs: Iterable[NewRun],
                 same_run: Callable[[str, Sequence[str]], bool] | None = None) -> ImportResult:
        """Add many runs (an import) in one transaction: all of them or, if anything fails,
        none. Runs whose key is already there are skipped and counted, and so are those
        ``same_run(key, keys)`` finds among the keys stored (the importer's looser match, see
        ``supple.core.runs.duplicates``), read in the same transaction: another process that
        imported the same run from another file meanwhile is seen."""
        items = list(runs)
        for run in items:
            check_run(run)
        now = iso(self._now())

        def apply(conn: sqlite3.Connection) -> ImportResult:
            keys: list[str] = []
            if same_run is not None:
                keys = [str(r[0]) for r in conn.execute("SELECT source_key FROM runs")]
            added = 0
            for run in items:
                if same_run is not None and run.source_key is not None \
                        and same_run(run.source_key, keys):
                    continue
                key = _insert_run(conn, run, now)
                if key is not None:
                    added += 1
                    keys.append(key)
            return ImportResult(added=added, skipped_duplicates=len(items) - added)

        return self._db.run(apply, write=True)

    def runs(self, since: date | None = None, until: date | None = None) -> list[RunRecord]:
        """Oldest first, ``since`` .. ``until`` both included."""
        where, params = _span("day", since, until)
        return self._db.read(lambda conn: [_run_from_row(r) for r in conn.execute(
            f"SELECT {_RUN_COLUMNS} FROM runs WHERE {where} ORDER BY day, start_time, id",
            params)])

    def update_run(
        self,
        source_key: str,
        *,
        calf_feel: int | None = None,
        note: str | None = None,
        distance_km: float | None = None,
        minutes: float | None = None,
    ) -> RunRecord:
        """Change what is given (``None`` leaves a field as it was)."""
        check_rating(calf_feel, "calf_feel")
        changes = {"calf_feel": calf_feel, "note": note, "distance_km": distance_km,
                   "minutes": minutes}
        given = {column: value for column, value in changes.items() if value is not None}
        probe = NewRun(date(2000, 1, 1), minutes if minutes is not None else 1.0,
                       distance_km=distance_km)
        check_run(probe)

        def apply(conn: sqlite3.Connection) -> RunRecord:
            if given:
                assignments = ", ".join(f"{column} = ?" for column in given)
                conn.execute(f"UPDATE runs SET {assignments} WHERE source_key = ?",
                             (*given.values(), source_key))
            row = conn.execute(f"SELECT {_RUN_COLUMNS} FROM runs WHERE source_key = ?",
                               (source_key,)).fetchone()
            if row is None:
                raise UnknownRecord(source_key)
            return _run_from_row(row)

        return self._db.run(apply, write=True)

    def delete_run(self, source_key: str) -> None:
        def apply(conn: sqlite3.Connection) -> None:
            if conn.execute("DELETE FROM runs WHERE source_key = ?", (source_key,)).rowcount == 0:
                raise UnknownRecord(source_key)

        self._db.run(apply, write=True)

    # ----- calf tests -----------------------------------------------------------------------

    def add_calf_test(self, day: date, side: Side, kind: CalfTestKind, value: float) -> CalfTest:
        """One leg's result on ``day``; recorded like a step (the app counted it)."""
        stored = check_calf_test(side, kind, value)
        now = self._now()
        record = CalfTest(str(uuid_module.uuid4()), day, Side(side), CalfTestKind(kind), stored,
                          now)
        row = (record.uuid, day_text(day), record.side.value, record.kind.value, stored, iso(now))

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO calf_tests (uuid, day, side, kind, value, recorded_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", row)

        self._db.submit("calf test", apply)  # untranslated: as above
        return record

    def calf_tests(
        self, side: Side | None = None, kind: CalfTestKind | None = None
    ) -> list[CalfTest]:
        """Oldest first; each side and kind apart if asked."""
        clauses, params = ["1"], []
        if side is not None:
            clauses.append("side = ?")
            params.append(Side(side).value)
        if kind is not None:
            clauses.append("kind = ?")
            params.append(CalfTestKind(kind).value)

        def read(conn: sqlite3.Connection) -> list[CalfTest]:
            rows = conn.execute(
                "SELECT uuid, day, side, kind, value, recorded_at FROM calf_tests "
                f"WHERE {' AND '.join(clauses)} ORDER BY day, id",
                params,
            )
            return [CalfTest(str(r[0]), day_of(r[1]), Side(r[2]), CalfTestKind(r[3]),
                             float(r[4]), datetime.fromisoformat(r[5])) for r in rows]

        return self._db.read(read)

    def delete_calf_test(self, test_uuid: str) -> None:
        def apply(conn: sqlite3.Connection) -> None:
            if conn.execute("DELETE FROM calf_tests WHERE uuid = ?", (test_uuid,)).rowcount == 0:
                raise UnknownRecord(test_uuid)

        self._db.run(apply, write=True)


def _import_records(conn: sqlite3.Connection, records: RecordsIn) -> ImportResult:
    """Insert the records not there yet (by their identity); inside a write transaction. A
    rating of a session this history does not hold is left out (and counted as skipped)."""
    added = 0
    for r in records.session_ratings:
        added += conn.execute(
            "INSERT OR IGNORE INTO session_ratings (session_uuid, moment, pain, tightness, "
            "sharp, rated_at) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS "
            "(SELECT 1 FROM sessions WHERE uuid = ?)",
            (r.session_uuid, r.moment.value, r.pain, r.tightness, int(r.sharp),
             iso(r.rated_at), r.session_uuid),
        ).rowcount  # fmt: skip
    for m in records.morning_ratings:
        added += conn.execute(
            "INSERT OR IGNORE INTO morning_ratings (day, pain, tightness, side, rated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (day_text(m.day), m.pain, m.tightness, None if m.side is None else m.side.value,
             iso(m.rated_at)),
        ).rowcount  # fmt: skip
    for run in records.runs:
        added += conn.execute(
            f"INSERT OR IGNORE INTO runs ({_RUN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run.source_key, day_text(run.day), time_text(run.start_time), run.minutes,
             run.distance_km, run.calf_feel, run.source.value, run.note,
             iso(run.recorded_at)),
        ).rowcount  # fmt: skip
    for t in records.calf_tests:
        added += conn.execute(
            "INSERT OR IGNORE INTO calf_tests (uuid, day, side, kind, value, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (t.uuid, day_text(t.day), t.side.value, t.kind.value,
             check_calf_test(t.side, t.kind, t.value), iso(t.recorded_at)),
        ).rowcount  # fmt: skip
    for e in records.enrolments:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO enrolments (uuid, programme_id, start_day, name, side, "
            "location, state, finished_day, morning_slot, evening_slot, time_zone, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e.uuid, e.programme_id, day_text(e.start_day), e.name,
             None if e.side is None else e.side.value, e.location.value, e.state.value,
             None if e.finished_day is None else day_text(e.finished_day),
             time_text(e.morning_slot), time_text(e.evening_slot), e.time_zone,
             iso(e.created_at), iso(e.updated_at)),
        )  # fmt: skip
        if cursor.rowcount:
            added += 1
            conn.executemany(
                "INSERT OR IGNORE INTO enrolment_pauses (enrolment_uuid, first_day, last_day) "
                "VALUES (?, ?, ?)",
                [(e.uuid, day_text(p.first_day),
                  None if p.last_day is None else day_text(p.last_day)) for p in e.pauses],
            )  # fmt: skip
    return ImportResult(added=added, skipped_duplicates=records.count - added)
