"""The text and CSV renderings carry the report's figures, in the words and columns promised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from report_histories import (
    HSR_START,
    START,
    History,
    full_twelve_weeks,
    heavy_slow_load_change,
    interrupted_fortnight,
    open_history,
    programmes,
    routine_of,
)
from supple.core.report.build import build_report
from supple.core.report.csv_text import HEADER, render_csv
from supple.core.report.model import Query, Report
from supple.core.report.text import render_text


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.db")
    yield opened
    opened.store.close()


def report(history: History, first: date = START, days: int = 84) -> Report:
    last = first + timedelta(days=days - 1)
    return build_report(history.store, programmes(), routine_of,
                        Query(first, last, last + timedelta(days=7)))


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_full_period_as_text(history: History) -> None:
    full_twelve_weeks(history)
    r = report(history)
    text = render_text(r)
    assert "Period: Mon 7 Sep 2026 to Sun 29 Nov 2026 (84 days)" in text
    assert "Runner: Sam Runner" in text
    assert "left side, mid-portion Achilles pain" in text
    assert "Planned sessions done: 156 of 168 (93 %)." in text
    assert "Active days in the last 30 (Sat 31 Oct 2026 to Sun 29 Nov 2026): 30 of 30." in text
    change = r.ratings.change
    assert change is not None
    assert (f"{change.first_mean:.1f} in the first two weeks ({change.first_count} ratings), "
            f"{change.last_mean:.1f} in the last two") in text
    assert "a clinically important improvement" in text and "Farrar et al. 2001" in text
    assert "12 runs on 12 days (480 min, 90.0 km); 0 rest days" in text
    # Pain above 5 on the first 17 days: ease; within 5 on the other 67: go on.
    assert "On the 84 days rated, the rules said: go on on 67, ease on 17." in text
    assert "Left: 12 → 20 raises" in text and "Right: 25 → 29 raises" in text
    assert "Heel drops, straight knee: 15 reps · 1 s up, 3 s down · each side · 3 sets" in text
    # The week of 7 Sep: week 1 of the programme, 14 planned, 13 done, none stopped, 1 missed.
    assert any(line.split() == ["Mon", "7", "Sep", "2026", "1", "14", "13", "0", "1", "13"]
               for line in text.splitlines())


def test_the_full_period_as_csv(history: History) -> None:
    full_twelve_weeks(history)
    r = report(history)
    table = rows(render_csv(r))
    assert tuple(table[0]) == HEADER

    def value(section: str, measure: str, day: str = "") -> str:
        [found] = [t["value"] for t in table if t["section"] == section
                   and t["measure"] == measure and t["date"] == day]
        return found

    assert value("adherence", "planned") == "168"
    assert value("adherence", "planned done") == "156"
    assert value("adherence", "active days in the last 30", "2026-11-29") == "30"
    assert value("week", "missed", "2026-09-07") == "1"
    assert value("rating", "pain during", "2026-09-07") == "6"
    assert value("rating", "pain next morning", "2026-11-29") == "0"
    change = r.ratings.change
    assert change is not None
    assert float(value("pain change", "change")) == pytest.approx(change.change, abs=0.01)
    assert value("pain change", "MCID") == "2"
    assert value("calf test", "left (raises)", "2026-11-02") == "20"
    assert len([t for t in table if t["section"] == "run"
                and t["measure"] == "minutes"]) == 12


def test_an_empty_period_says_so_in_both(history: History) -> None:
    text = render_text(report(history, days=10))
    assert "Nothing was recorded in this period" in text
    assert "No calf ratings in this period." in text
    assert "Nothing was prescribed or done in this period." in text
    table = rows(render_csv(report(history, days=10)))
    assert any(t["section"] == "statement" and t["text"].startswith("Nothing was recorded")
               for t in table)


def test_interrupted_sessions_and_notes(history: History) -> None:
    interrupted_fortnight(history)
    r = report(history, days=14)
    text = render_text(r)
    assert "Sessions: 28, of which 24 completed and 4 stopped early or interrupted; " \
        "1 step skipped." in text
    assert "Wed 9 Sep 2026  Alfredson eccentric heel drops: stopped early after 1 of 2 " \
        "steps, 0 skipped" in text
    assert "Fri 18 Sep 2026  Alfredson eccentric heel drops: interrupted" in text
    assert "Sat 19 Sep 2026  Alfredson eccentric heel drops: Bent knee hurt" in text
    table = rows(render_csv(r))
    notes = [t["text"] for t in table if t["section"] == "note"]
    # A note a spreadsheet would take for a formula is written as text.
    assert notes == ["'=calf too sore, stopped", "Bent knee hurt"]


def test_a_load_change_in_both(history: History) -> None:
    heavy_slow_load_change(history)
    r = report(history, HSR_START, days=21)
    text = render_text(r)
    assert ("Mon 12 Oct 2026  Heavy slow calf raises, seated, week 2: load up, "
            "3 × 15 reps, 15RM → 3 × 12 reps, 12RM") in text
    assert "load: 12RM: a load you can lift only 12 times with good form" in text
    table = rows(render_csv(r))
    changes = [(t["date"], t["subject"], t["measure"], t["value"]) for t in table
               if t["section"] == "load change"]
    assert changes == [("2026-10-12", "Heavy slow calf raises, seated", "load up", "2"),
                       ("2026-10-12", "Heavy slow calf raises, standing", "load up", "2")]



def test_dates_are_written_in_english_without_the_locale() -> None:
    """Qt sets the process's locale from the environment; the report's dates do not follow
    it (they are not made with strftime), so one report never mixes two languages."""
    from supple.core.report.model import day_text

    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec"]
    assert [day_text(date(2026, m, 1)).split()[2] for m in range(1, 13)] == months
    week = [day_text(date(2026, 12, 7) + timedelta(days=i)).split()[0] for i in range(7)]
    assert week == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert day_text(date(2026, 12, 7)) == "Mon 7 Dec 2026"
