"""The Today summary and the history's programme weeks read only the sessions their
enrolments' windows need; over a long real history they say exactly what a read of every
session and run says (``FullRead``), on days around each window's edges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, cast

import pytest

from long_history import BERLIN, TODAY, FullRead, generate
from supple.core.coach import Coach
from supple.core.history.records import Enrolment
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.programmes.loader import LoadedProgramme, load_folders
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.qt.history.calf_data import programme_weeks
from supple.qt.today.gather import gather

YEARS = 10


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HistoryStore, int]]:
    path = tmp_path_factory.mktemp("long") / "history.db"
    made = generate(path, YEARS)
    store = HistoryStore(path)
    yield store, made
    store.close()


@pytest.fixture(scope="module")
def programmes() -> list[LoadedProgramme]:
    loaded, problems = load_folders(builtin_programmes_dir())
    assert not problems
    return loaded


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    catalog = scan_catalog(builtin_routines_dir(), [],
                           tmp_path_factory.mktemp("cat") / "library-index.json")
    return {c.id: c.name for c in catalog.cards}


def _edges(e: Enrolment) -> set[date]:
    """The days around an enrolment's start, end and finish."""
    ends = [e.start_day, e.start_day + timedelta(days=83)]
    if e.finished_day is not None:
        ends.append(e.finished_day)
    near = {d + timedelta(days=k) for d in ends for k in (-1, 0, 1, 2)}
    return {d for d in near if d <= TODAY}


def _open_edges(store: HistoryStore) -> list[date]:
    """Today, a month ago, and the edges of the enrolments not finished."""
    days = {TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=29)}
    for e in store.enrolments():
        if e.finished_day is None:
            days |= _edges(e)
    return sorted(days)


def test_the_history_is_long_and_reaches_the_edges(history: tuple[HistoryStore, int]) -> None:
    store, made = history
    assert made > 8_000 and len(store.sessions()) == made
    assert len(store.enrolments()) == YEARS + 1
    # Sessions whose recorded date is a day off their Berlin date, at the windows' edges.
    assert any(s.started_at.date() != s.started_at.astimezone(BERLIN).date()
               for s in store.sessions())


def test_today_summary_is_the_full_reads(history: tuple[HistoryStore, int],
                                         programmes: list[LoadedProgramme],
                                         names: dict[str, str]) -> None:
    store, _ = history
    compared = 0
    everything = FullRead(store)
    for day in _open_edges(store):
        for hour in (6, 23):
            now = datetime(day.year, day.month, day.day, hour, 0, tzinfo=BERLIN)
            narrowed = gather(store, programmes, names, now)
            full = gather(cast(HistoryStore, everything), programmes, names, now)
            assert narrowed == full, now
            compared += len(narrowed.plans)
    assert compared > 20  # the days compared had plans under way


def test_programme_weeks_are_the_full_reads(history: tuple[HistoryStore, int],
                                            programmes: list[LoadedProgramme]) -> None:
    store, _ = history
    days = {d.day for d in store.day_totals()}
    every = len(store.enrolments())
    everything = FullRead(store)
    for today in _open_edges(store):
        for most in (2, 3, every):  # the card's three, and the earliest starting each
            narrowed = programme_weeks(store, programmes, days, today, most=most)
            full = programme_weeks(cast(HistoryStore, everything), programmes, days, today,
                                   most=most)
            assert len(narrowed) == most
            assert narrowed == full, (today, most)
    assert sum(w.done for p in narrowed for w in p.weeks) > 500


def test_every_enrolment_is_kept_as_the_full_reads_say(
        history: tuple[HistoryStore, int], programmes: list[LoadedProgramme]) -> None:
    """Adherence of each enrolment, finished ones too, asked about each edge day."""
    from supple.core.coach import Plan, schedule_for

    store, _ = history
    known = {p.id: p for p in programmes}
    runs = store.runs()
    narrowed, full = Coach(store, programmes), Coach(cast(HistoryStore, FullRead(store)),
                                                     programmes)
    for e in store.enrolments():
        plan = Plan(e, known[e.programme_id],
                    schedule_for(e, known[e.programme_id], runs, TODAY))
        for day in sorted(_edges(e) | {TODAY}):
            assert narrowed.adherence(plan, day) == full.adherence(plan, day), (e.uuid, day)


class Counting:
    """The store, counting the session rows each read hands back."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store
        self.rows: dict[str, int] = {}

    def __getattr__(self, name: str) -> Any:
        read = getattr(self._store, name)
        if not name.startswith("sessions"):
            return read

        def counted(*args: Any, **kwargs: Any) -> Any:
            found = read(*args, **kwargs)
            self.rows[name] = self.rows.get(name, 0) + len(found)
            return found

        return counted


def test_today_reads_the_running_windows_not_the_history(
        history: tuple[HistoryStore, int], programmes: list[LoadedProgramme],
        names: dict[str, str]) -> None:
    store, made = history
    counting = Counting(store)
    now = datetime(TODAY.year, TODAY.month, TODAY.day, 12, 0, tzinfo=BERLIN)
    summary = gather(cast(HistoryStore, counting), programmes, names, now)
    assert len(summary.plans) == 2  # the Alfredson under way, the companion left running
    assert "sessions" not in counting.rows  # never the whole history
    # Two windows of 12 weeks and the last month: a few hundred rows of the thousands.
    assert 0 < sum(counting.rows.values()) < made // 10, counting.rows
