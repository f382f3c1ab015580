"""``supple run --due``: the routine due now, with the week's changes, handed to the player
(the window's start is replaced by a recorder in-process; the rest runs as a real command)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrolment_cli import ok, supple_cmd

from supple.cli.main import main
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine
from supple.core.routines.model import Exercise

MINE = """\
supple: 1
name: Rolling, longer each week
weeks: 2
routines:
  - routine: foam-rolling
    when: every day
    changes: {week 1: {hold: 2m}, week 2: {hold: 3m}}
"""


def with_programme(data: Path) -> None:
    folder = data / "programmes"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[LoadedRoutine]:
    """The data folder ``tmp_path`` and what the player was handed."""
    import supple.qt.app

    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path))
    handed: list[LoadedRoutine] = []

    def run_app(paths: object, routine: LoadedRoutine | None, *args: object,
                **kwargs: object) -> int:
        assert routine is not None
        handed.append(routine)
        return 0

    monkeypatch.setattr(supple.qt.app, "run_app", run_app)
    return handed


def test_nothing_due_without_a_programme(tmp_path: Path) -> None:
    done = supple_cmd(tmp_path, "run", "--due")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("supple: nothing is due: you are not following a programme (start "
                           "one with `supple programme start PROGRAMME`)\n")
    assert supple_cmd(tmp_path, "run").returncode == 2  # neither a routine nor --due
    assert supple_cmd(tmp_path, "run", "foam-rolling", "--due").returncode == 2


def test_the_due_routine_is_started_as_the_week_prescribes(
        tmp_path: Path, started: list[LoadedRoutine], capsys: pytest.CaptureFixture[str]) -> None:
    with_programme(tmp_path)
    ok(tmp_path, "programme", "start", "mine")
    assert main(["run", "--due"]) == 0
    [routine] = started
    assert routine.id == "foam-rolling"  # the session counts for the programme
    holds = [s.hold for s in routine.routine.steps if isinstance(s, Exercise)]
    assert holds and set(holds) == {120.0}
    out = capsys.readouterr().out
    assert out.startswith("Due now: Foam rolling (Rolling, longer each week, week 1, day at ")


def test_nothing_more_today_names_what_comes_next(tmp_path: Path) -> None:
    with_programme(tmp_path)
    ok(tmp_path, "programme", "start", "mine")
    with HistoryStore(tmp_path / "history.db") as store:
        record = store.begin_session("foam-rolling", "Foam rolling", "recovery", "fp", 3)
        store.finish_session(record.uuid, Outcome.COMPLETED, 600.0)
    done = supple_cmd(tmp_path, "run", "--due")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("supple: nothing is due today: today's routines are done or "
                                  "none was planned. Next: foam-rolling, ")
    assert done.stderr.rstrip().endswith("To do it now anyway: supple run foam-rolling")
    assert "  Next due: Foam rolling, " in ok(tmp_path, "programme", "status")


def test_without_a_display_the_due_routine_is_named_then_refused(tmp_path: Path) -> None:
    with_programme(tmp_path)
    ok(tmp_path, "programme", "start", "mine")
    done = supple_cmd(tmp_path, "run", "--due")  # the children have no DISPLAY: see env()
    assert done.stdout.startswith("Due now: Foam rolling (Rolling, longer each week, week 1")
    assert done.returncode == 2 and "no display" in done.stderr


def test_an_open_window_is_handed_the_routine_with_its_week(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import supple.qt.platform.single_instance as single
    from supple.qt.platform.single_instance import Answer, OtherInstance, Request, WeekRef

    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path))
    with_programme(tmp_path)
    ok(tmp_path, "programme", "start", "mine")
    sent: list[Request] = []
    monkeypatch.setattr(single, "claim_instance", lambda data: OtherInstance(tmp_path / "s", 1))

    def hand_over(other: object, request: Request) -> Answer:
        sent.append(request)
        return Answer(True, "Foam rolling started in the open Supple window")

    monkeypatch.setattr(single, "hand_over", hand_over)
    assert main(["run", "--due"]) == 0
    [request] = sent
    assert request.run is not None and request.run.id == "foam-rolling"
    assert request.run.week == WeekRef((tmp_path / "programmes" / "mine.yaml").absolute(), 0, 1)
