"""The Today view's side of the window: its summary worked out from the history and the
programmes, enrolling, pausing, resuming, switching and finishing, the next-morning rating,
and the routine due next (with its week's changes laid over it) for the window to start.

At start-up the view is painted from the summary saved at the last start (``today/summary``'s
index: no programme model, no history); once the history is open (:meth:`attach`) the summary
is worked out afresh, once, and again after each change or when the date changes, never per
paint. The programme files are read on that first refresh, after the window is shown.

The view itself (its module, and some fifty widgets the style sheet would polish) is made when
it is first asked for (:attr:`TodayController.view`): at start-up only when Today opens first.
Until then the summary waits here and is painted when the view is made. When the index holds
no programme under way (the usual start), it is read in full, with its module, only once needed:
after the first paint.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from supple.qt.i18n import tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore
    from supple.core.library.catalog import Catalog
    from supple.core.paths import AppPaths
    from supple.core.programmes.loader import LoadedProgramme
    from supple.core.routines.loader import LoadedRoutine
    from supple.qt.today.enrol import EnrolChoice, EnrolDialog
    from supple.qt.today.summary import TodayIndex, TodaySummary
    from supple.qt.today.view import TodayView

DAY_CHECK_MS = 60_000


def index_path(paths: AppPaths) -> Path:
    return paths.cache / "today-index.json"


def _lists_plans(path: Path) -> bool:
    """Whether the index at ``path`` may hold a programme under way (a summary with plans, as
    ``today/summary``'s ``to_json`` writes it). When it cannot, the usual case, the index and
    its module (five dataclasses) are read only after the window's first paint."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return bool(data["summary"]["plans"])
    except (OSError, ValueError, LookupError, TypeError):
        return False


def zone_of(now: datetime) -> str:
    """The IANA zone an enrolment keeps: ``now``'s own, else the computer's (the history's
    ``local_time_zone``, which ``supple programme start`` uses too)."""
    key = getattr(now.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    from supple.core.history.records import local_time_zone  # not needed for the first paint

    return local_time_zone()


class TodayController(QObject):
    """Owns the :class:`TodayView`; asks the window to start a routine by ``startRoutine``."""

    startRoutine = Signal(object)  # LoadedRoutine
    changed = Signal()  # a fresh summary is on screen
    calfTestRequested = Signal()  # the view's "Calf test…"

    def __init__(self, paths: AppPaths, wall: Callable[[], datetime],
                 catalog: Callable[[], Catalog], notify: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._wall = wall
        self._catalog = catalog
        self._notify = notify
        self._store: HistoryStore | None = None
        self._programmes: list[LoadedProgramme] | None = None
        self._asking = False
        self._start_day = wall().date()
        self._index: TodayIndex | None = None
        #: What the index said at start-up: whether Today opens first.
        self.wanted = False
        if _lists_plans(index_path(paths)):
            saved = self.index.summary
            self.wanted = saved is not None and saved.active
        self._view: TodayView | None = None
        #: What the view is to show once it is made: the summary, and whether to ask the
        #: morning rating (None: the index's summary, if it is of the day of the start).
        self._pending: tuple[TodaySummary | None, bool] | None = None
        #: Replaceable (tests fill the dialog in): the choice made, or None if cancelled.
        self.ask_enrolment: Callable[[EnrolDialog], EnrolChoice | None] = _run_dialog
        #: Replaceable: asked before finishing a programme.
        self.confirm: Callable[[str], bool] = self._ask
        self._day_check = QTimer(self)
        self._day_check.setInterval(DAY_CHECK_MS)
        self._day_check.timeout.connect(self._check_day)
        self._day_check.start()

    # --- the summary ------------------------------------------------------------------------

    @property
    def index(self) -> TodayIndex:
        """What is kept between starts: as read from the file when first needed, then as this
        controller last saved it."""
        if self._index is None:
            from supple.qt.today.summary import read_index

            self._index = read_index(index_path(self._paths))
        return self._index

    @index.setter
    def index(self, index: TodayIndex) -> None:
        self._index = index

    def _waiting(self) -> tuple[TodaySummary | None, bool]:
        if self._pending is None:
            saved = self.index.summary
            fresh = saved if saved is not None and saved.day == self._start_day else None
            self._pending = (fresh, False)
        return self._pending

    @property
    def view(self) -> TodayView:
        """The Today view, made (and painted with the summary known so far) on first use."""
        if self._view is None:
            from supple.qt.today.view import TodayView

            summary, ask_morning = self._waiting()
            v = self._view = TodayView(summary)
            if ask_morning:
                v.show_summary(summary, ask_morning=True)
            v.startRequested.connect(self.start_due)
            v.enrolRequested.connect(lambda: self.enrol())
            v.pauseRequested.connect(self.pause)
            v.resumeRequested.connect(self.resume)
            v.finishRequested.connect(self.finish)
            v.switchRequested.connect(self.switch)
            v.morningRated.connect(self.rate_morning)
            v.morningDismissed.connect(self._morning_done)
            v.calfTestRequested.connect(self.calfTestRequested)
        return self._view

    @property
    def summary(self) -> TodaySummary | None:
        return self._view.summary if self._view is not None else self._waiting()[0]

    def attach(self, store: HistoryStore) -> None:
        self._store = store
        self.refresh()

    def programmes(self) -> list[LoadedProgramme]:
        if self._programmes is None:
            from supple.core.programmes.loader import load_folders
            from supple.core.resources import builtin_programmes_dir

            self._programmes, problems = load_folders(builtin_programmes_dir(),
                                                      [self._paths.programmes])
            for problem in problems:
                self._notify(str(problem))
        return self._programmes

    def refresh(self) -> None:
        """Work the summary out afresh and paint it (after a change, or a new day)."""
        if self._store is None:
            return
        from supple.qt.today.gather import gather
        from supple.qt.today.summary import TodayIndex, write_index

        now = self._wall()
        names = {c.id: c.name for c in self._catalog().cards}
        summary = gather(self._store, self.programmes(), names, now)
        today = summary.day
        if summary.morning_due and not self._asking and self.index.morning_asked != today:
            self._asking = True  # asked once: shown until answered or put off
            self.index = TodayIndex(self.index.summary, today)
        if not summary.morning_due:
            self._asking = False
        self.wanted = summary.active or self._asking
        self.index = TodayIndex(summary, self.index.morning_asked)
        problem = write_index(index_path(self._paths), self.index)
        if problem:
            self._notify(problem)
        if self._view is not None:
            self._view.show_summary(summary, ask_morning=self._asking)
        else:
            self._pending = (summary, self._asking)
        self.changed.emit()

    def _check_day(self) -> None:
        summary = self.summary
        if summary is not None and summary.day != self._wall().date():
            self.refresh()

    # --- the morning rating -----------------------------------------------------------------

    def rate_morning(self, pain: int | None, tightness: int | None) -> None:
        from supple.core.history.model import HistoryError

        if self._store is None:
            return
        try:
            self._store.rate_morning(self._wall().date(), pain=pain, tightness=tightness)
        except (HistoryError, ValueError) as exc:
            self._notify(tr("The morning rating could not be saved: {exc}").format(
                exc=exc))
            return
        self._morning_done()

    def _morning_done(self) -> None:
        self._asking = False
        self.refresh()

    # --- the routine due ----------------------------------------------------------------------

    def due_routine(self) -> LoadedRoutine | None:
        """Today's next due routine as this week has it; None, with a notice, if there is
        none or it cannot be read."""
        from supple.core.coach import Coach
        from supple.core.library.catalog import load_card
        from supple.core.programmes.weeks import WeekChangeError, apply_week
        from supple.core.routines.loader import LoadedRoutine

        if self._store is None:
            return None
        now = self._wall()
        found = Coach(self._store, self.programmes()).next_due(now)
        if found is None or found[1].day != now.date():
            self._notify(tr("Nothing more is due today."))
            self.refresh()
            return None
        occurrence = found[1]
        card = self._catalog().find(occurrence.routine_id)
        if card is None:
            self._notify(tr("The routine {routine_id!r} that the programme asks for is not in "
                            "your library.").format(routine_id=occurrence.routine_id))
            return None
        loaded, problems = load_card(card)
        if loaded is None:
            first = str(problems[0]) if problems else tr("it could not be read")
            self._notify(tr("{name} could not be started: {first}").format(
                name=card.name, first=first))
            return None
        try:
            routine = apply_week(loaded.routine, occurrence.change)
        except WeekChangeError as exc:
            self._notify(tr("This week's changes do not fit {name}: {exc}").format(
                name=card.name, exc=exc))
            return None
        return LoadedRoutine(loaded.id, loaded.path, routine, loaded.builtin,
                             routine.fingerprint())

    def start_due(self) -> None:
        loaded = self.due_routine()
        if loaded is not None:
            self.startRoutine.emit(loaded)

    # --- enrolments ---------------------------------------------------------------------------

    def _change(self, what: str, change: Callable[[HistoryStore], object]) -> bool:
        """``what``: the notice if ``change`` fails, its ``{error}`` the reason."""
        from supple.core.history.model import HistoryError

        if self._store is None:
            self._notify(tr("The history could not be opened, so programmes cannot be changed."))
            return False
        try:
            change(self._store)
        except (HistoryError, ValueError, LookupError) as exc:
            self._notify(what.format(error=exc))
            return False
        finally:
            self.refresh()
        return True

    def enrol(self, *, title: str | None = None,
              before: Callable[[HistoryStore], object] | None = None) -> bool:
        """Ask which programme and how; ``before`` (finishing the one switched from) is done
        only once the new choice is made, just before enrolling in it."""
        from supple.qt.today.enrol import EnrolDialog

        owner = self.parent()  # the window, which may not have shown Today yet
        parent = owner.window() if isinstance(owner, QWidget) else self.view.window()
        dialog = EnrolDialog(self.programmes(), self._wall().date(), parent, title=title)
        try:
            choice = self.ask_enrolment(dialog)
        finally:
            dialog.deleteLater()
        if choice is None:
            return False
        zone = zone_of(self._wall())

        def apply(store: HistoryStore) -> None:
            if before is not None:
                before(store)
            store.enrol(choice.programme_id, choice.start, time_zone=zone, name=choice.name,
                        side=choice.side, location=choice.location,
                        morning_slot=choice.morning_slot, evening_slot=choice.evening_slot)

        return self._change(tr("The programme could not be started: {error}"), apply)

    def _today(self) -> date:
        return self._wall().date()

    def pause(self, uuid: str) -> None:
        self._change(tr("The programme could not be paused: {error}"),
                     lambda s: s.pause_enrolment(uuid, self._today()))

    def resume(self, uuid: str) -> None:
        self._change(tr("The programme could not be resumed: {error}"),
                     lambda s: s.resume_enrolment(uuid, self._today()))

    def finish(self, uuid: str) -> None:
        if self.confirm(tr("Finish this programme? It stays in your history; you can start it "
                           "again later, from its first week.")):
            self._change(tr("The programme could not be finished: {error}"),
                         lambda s: s.finish_enrolment(uuid, self._today()))

    def switch(self, uuid: str) -> None:
        self.enrol(title=tr("Switch to another programme"),
                   before=lambda s: s.finish_enrolment(uuid, self._today()))

    def _ask(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.view, tr("Finish the programme?"), question)
        return answer == QMessageBox.StandardButton.Yes


def _run_dialog(dialog: EnrolDialog) -> EnrolChoice | None:
    return dialog.choice() if dialog.exec() else None
