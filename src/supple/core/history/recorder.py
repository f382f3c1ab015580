"""Recording a running session into the history, never on the timer's path.

The engine's events arrive on the GUI thread; each write is handed to one worker thread that
owns its own :class:`HistoryStore` (SQLite connections stay on the thread that made them). The
session row exists from the first second, and every finished step is written as it happens, so
a crash or a power cut loses at most the step under way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from supple.core.history.held import HeldWrites
from supple.core.history.model import HistoryError, Outcome, StepStatus
from supple.core.history.outcome import session_outcome
from supple.core.history.records import RatingMoment
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine
from supple.core.session.events import Event, RoutineFinished, RoutineStopped, StepFinished
from supple.core.session.timeline import Timeline
from supple.core.wording import tr

T = TypeVar("T")
log = logging.getLogger(__name__)


class SessionRecorder:
    def __init__(self, open_store: Callable[[], HistoryStore],
                 on_error: Callable[[str], None] | None = None) -> None:
        self._open_store = open_store
        self._on_error = on_error
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="supple-history")
        self._store: HistoryStore | None = None
        self._uuid: str | None = None  # touched only on the worker thread
        self._timeline: Timeline | None = None
        self._closed = False
        self._told: set[str] = set()  # messages given since the last write that worked

    # --- called on the GUI thread; each returns at once ----------------------------------------

    def begin(self, loaded: LoadedRoutine, timeline: Timeline,
              pain_before: int | None = None) -> Future[str | None]:
        steps_total = len(timeline.work_segments)
        self._timeline = timeline

        def work(store: HistoryStore) -> str:
            self._uuid = None  # if this fails, nothing may go to the previous session
            record = store.begin_session(loaded.id, loaded.routine.name, loaded.routine.category,
                                         loaded.fingerprint, steps_total, pain_before)
            self._uuid = record.uuid
            return record.uuid

        return self._submit(work)

    def resume(self, session_uuid: str, timeline: Timeline) -> Future[str | None]:
        """Go on recording an interrupted session. Its earlier active time is the engine's to
        add (``SessionEngine.start(active_before=...)``), so the finish screen and the history
        show one total."""
        self._timeline = timeline

        def work(store: HistoryStore) -> str:
            self._uuid = None  # if this fails, nothing may go to the previous session
            store.resume_session(session_uuid)
            self._uuid = session_uuid
            return session_uuid

        return self._submit(work)

    def handle(self, event: Event, active_seconds: float) -> None:
        """Record what ``event`` means for the history (most events mean nothing);
        ``active_seconds`` is the engine's: the session's whole active time so far."""
        if isinstance(event, StepFinished) and event.segment is not None:
            seg = event.segment
            assert self._timeline is not None, "begin() or resume() first"
            position = self._timeline.work_ordinal(seg.index)
            status = StepStatus.SKIPPED if event.skipped else StepStatus.DONE
            self._submit(lambda s: s.record_step(self._need_uuid(), position, seg.name,
                                                 seg.side, status, event.seconds,
                                                 active_seconds))
        elif isinstance(event, RoutineFinished | RoutineStopped):
            self._finish(session_outcome(event), event.active_seconds)

    def rate(self, pain_before: int | None, pain_after: int | None, note: str | None) -> None:
        """The one mixed "tightness or pain" number of before issue 13 (the library still
        asks it before a routine); after a session, rate pain and tightness apart with
        ``rate_split``."""
        self._submit(lambda s: s.rate_session(self._need_uuid(), pain_after=pain_after,
                                              pain_before=pain_before, note=note))

    def rate_split(self, pain: int | None, tightness: int | None, note: str | None = None, *,
                   moment: RatingMoment = RatingMoment.AFTER, sharp: bool = False) -> None:
        """Pain and tightness apart, during or right after the session, and its note: what
        the pain-monitoring rules read (a mixed rating they cannot)."""

        def work(store: HistoryStore) -> None:
            session_uuid = self._need_uuid()
            store.rate_split(session_uuid, pain=pain, tightness=tightness, moment=moment,
                             sharp=sharp)
            if note:
                store.rate_session(session_uuid, note=note)

        self._submit(work)

    def heartbeat(self) -> None:
        """Tell other copies of the app that this session is alive (call now and then)."""
        self._submit(lambda s: s.touch(self._need_uuid()) if self._uuid else None)

    def drain(self, timeout: float = 2.0) -> bool:
        """Wait (at most ``timeout`` s) until every write asked for so far has been tried."""
        try:
            self._submit(lambda s: None).result(timeout=timeout)
        except TimeoutError:
            return False
        return True

    def flush(self) -> None:
        """Retry writes the disk refused earlier (full, read-only, locked)."""
        self._submit(lambda s: s.flush())

    def unsaved(self, timeout: float = 5.0) -> int | None:
        """Retry the writes the disk refused, and say how many are still held in memory:
        0 when everything recorded is on disk (or no history could be opened at all, so
        nothing is held), None when the writer gave no answer within ``timeout`` s."""
        held = self.held(timeout)
        return None if held is None else held.count

    def held(self, timeout: float = 5.0) -> HeldWrites | None:
        """Retry the writes the disk refused, and say what is still held in memory and why;
        None when the writer gave no answer within ``timeout`` s."""

        def retry(store: HistoryStore) -> HeldWrites:
            try:
                store.flush()
            except Exception:  # whatever the retry met, what is still held is what counts
                log.exception("retrying held history writes failed")
            return store.held()

        try:
            held = self._submit(retry).result(timeout=timeout)
        except TimeoutError:
            return None
        return held or HeldWrites(0)

    def close(self) -> None:
        """Finish pending writes and release the store; waits for the worker."""
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._close_store)
        self._pool.shutdown(wait=True)

    def session_uuid(self) -> str | None:
        """The session being recorded, once ``begin`` has run on the worker."""
        return self._uuid

    # --- worker thread ---------------------------------------------------------------------

    def _finish(self, outcome: Outcome, active_seconds: float) -> None:
        self._submit(lambda s: s.finish_session(self._need_uuid(), outcome, active_seconds))

    def _need_uuid(self) -> str:
        if self._uuid is None:
            raise HistoryError(tr("the session could not be started in the history"))
        return self._uuid

    def _submit(self, work: Callable[[HistoryStore], T]) -> Future[T | None]:
        def run() -> T | None:
            try:
                if self._store is None:
                    self._store = self._open_store()
                result = work(self._store)
                self._told.clear()
                return result
            except (HistoryError, OSError) as exc:
                self._report(tr("The history could not be written: {reason}").format(reason=exc))
            except Exception as exc:  # a bug: recording must never take the session down
                log.exception("history write failed")
                self._report(tr("The history could not be written (internal error: {error})")
                             .format(error=repr(exc)))
            return None

        if self._closed:
            done: Future[T | None] = Future()
            done.set_result(None)
            return done
        return self._pool.submit(run)

    def _report(self, message: str) -> None:
        """Once per problem: a history that cannot be opened fails every write of a session
        the same way, and one notice says it."""
        if message in self._told:
            return
        self._told.add(message)
        if self._on_error is not None:
            self._on_error(message)

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.flush()
            self._store.close()
            self._store = None

