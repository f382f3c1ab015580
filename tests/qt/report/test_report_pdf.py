"""The PDF: rendered from real histories, its text read back with ``pdftotext`` (poppler-utils,
which ./dev installs for the tests), its pages counted and sized with ``pdfinfo``."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
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
from supple.core.report.model import Note, Query, Report
from supple.qt.report import charts
from supple.qt.report.pdf import pdf_bytes

pytestmark = pytest.mark.usefixtures("qapp")
POPPLER = "pdftotext and pdfinfo (poppler-utils) are needed: ./dev installs them"


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.db")
    yield opened
    opened.store.close()


def report(history: History, first: date = START, days: int = 84) -> Report:
    last = first + timedelta(days=days - 1)
    return build_report(history.store, programmes(), routine_of,
                        Query(first, last, last + timedelta(days=7)))


def pdf_text(tmp_path: Path, data: bytes, *, layout: bool = False) -> str:
    assert shutil.which("pdftotext"), POPPLER
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligatures as two letters


def pdf_info(tmp_path: Path, data: bytes) -> dict[str, str]:
    assert shutil.which("pdfinfo"), POPPLER
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def words(text: str) -> str:
    return " ".join(text.split())


def rows_with(layout_text: str, *cells: str) -> int:
    """How many lines of ``pdftotext -layout`` output hold ``cells`` in this order (a table's
    rows; the plain extraction may read a table's cells in another order)."""
    pattern = r"\s+".join(re.escape(c) for c in cells)
    return sum(1 for line in layout_text.splitlines() if re.search(pattern, line))


def has_row(layout_text: str, *cells: str) -> bool:
    return rows_with(layout_text, *cells) > 0


def test_the_full_period(history: History, tmp_path: Path) -> None:
    full_twelve_weeks(history)
    r = report(history)
    text = words(pdf_text(tmp_path, pdf_bytes(r, "a4")))
    assert "Period: Mon 7 Sep 2026 to Sun 29 Nov 2026 (84 days)" in text
    assert "Runner: Sam Runner" in text
    assert "Planned sessions done: 156 of 168 (93 %)." in text
    assert "Active days in the last 30 (Sat 31 Oct 2026 to Sun 29 Nov 2026): 30 of 30." in text
    change = r.ratings.change
    assert change is not None
    assert (f"{change.first_mean:.1f} in the first two weeks ({change.first_count} ratings), "
            f"{change.last_mean:.1f} in the last two ({change.last_count} ratings)") in text
    assert "a clinically important improvement" in text and "Salaffi et al. 2004" in text
    assert "Left: 12 → 20 raises; Right: 25 → 29 raises" in text
    assert "156 of 168 (93 %)" in text
    # The charts' labels are text too: the legend, the strips, a week's bar.
    for label in ("pain during", "pain after", "next morning", "7-day average", "runs (12)",
                  "rest days (0)", "13/14", "week starting (Monday)"):
        assert label in text, label
    assert "On the 84 days rated, the rules said: go on on 67, ease on 17." in text
    assert text.count("page 1 of ") == 1


def test_a4_and_letter(history: History, tmp_path: Path) -> None:
    full_twelve_weeks(history)
    r = report(history)
    a4 = pdf_info(tmp_path, pdf_bytes(r, "a4"))
    letter = pdf_info(tmp_path, pdf_bytes(r, "letter"))
    assert "(A4)" in a4["Page size"] and "(letter)" in letter["Page size"]
    assert a4["Creator"].strip() == "Supple"
    assert "Calf care progress report" in a4["Title"]
    assert int(a4["Pages"]) >= 2 and int(letter["Pages"]) >= 2


def test_an_empty_period(history: History, tmp_path: Path) -> None:
    text = words(pdf_text(tmp_path, pdf_bytes(report(history, days=14))))
    assert "Nothing was recorded in this period: no sessions, ratings, runs or calf tests." \
        in text
    assert "No calf ratings in this period" in text  # written across the empty chart
    assert "Nothing was prescribed or done in this period." in text
    assert "The period is shorter than four weeks" in text
    assert "Single-leg heel raises to fatigue: none in this period." in text


def test_interrupted_sessions(history: History, tmp_path: Path) -> None:
    interrupted_fortnight(history)
    data = pdf_bytes(report(history, days=14))
    text = words(pdf_text(tmp_path, data))
    assert "Sessions: 28, of which 24 completed and 4 stopped early or interrupted; " \
        "1 step skipped." in text
    assert "Planned sessions done: 24 of 28 (86 %)." in text
    table = pdf_text(tmp_path, data, layout=True)
    assert has_row(table, "Fri 18 Sep 2026", "Alfredson eccentric heel drops", "interrupted",
                   "1 of 2", "0")
    assert has_row(table, "Wed 9 Sep 2026", "Alfredson eccentric heel drops", "stopped early",
                   "1 of 2", "0")
    assert has_row(table, "Heel drops, bent knee", "23 of 28 (82 %)", "1")
    assert has_row(table, "Sat 12 Sep 2026", "Alfredson eccentric heel drops",
                   "=calf too sore, stopped")
    assert has_row(table, "Sat 19 Sep 2026", "Alfredson eccentric heel drops", "Bent knee hurt")


def test_a_load_change(history: History, tmp_path: Path) -> None:
    heavy_slow_load_change(history)
    data = pdf_bytes(report(history, HSR_START, 21))
    text = words(pdf_text(tmp_path, data))
    table = pdf_text(tmp_path, data, layout=True)
    # Seated and standing (the routine's name wraps in its column).
    assert rows_with(table, "Mon 12 Oct 2026", "Heavy slow calf raises,", "2", "up",
                     "3 × 15 reps, 15RM", "3 × 12 reps, 12RM") == 2
    assert "progress" in text
    assert "12RM: a load you can lift only 12 times with good form" in text


def test_mixed_ratings_are_shown_as_what_they_were(history: History, tmp_path: Path) -> None:
    from report_histories import DROPS, at

    for i in range(28):
        uuid = history.session(DROPS, at(START + timedelta(days=i), 8))
        history.store.rate_session(uuid, pain_before=6, pain_after=3)
    text = words(pdf_text(tmp_path, pdf_bytes(report(history, days=28))))
    assert "56 ratings from before pain and tightness were rated apart are shown as what " \
        "they were" in text
    assert "mixed (tightness or pain)" in text  # the chart's legend: crosses, not a pain line
    assert "pain during" not in text
    assert "No pain was rated in the first or the last two weeks" in text


def test_one_mixed_rating_is_told_in_the_singular(history: History, tmp_path: Path) -> None:
    from report_histories import DROPS, at

    uuid = history.session(DROPS, at(START, 8))
    history.store.rate_session(uuid, pain_before=6)
    text = words(pdf_text(tmp_path, pdf_bytes(report(history, days=7))))
    assert "1 rating from before pain and tightness were rated apart is shown as what it " \
        "was: one mixed" in text


def test_markup_in_a_note_is_shown_as_text(history: History, tmp_path: Path) -> None:
    interrupted_fortnight(history)
    r = report(history, days=14)
    odd = Note(START, "<b>Routine</b>", "<img src='x'> & <script>")
    r = replace(r, adherence=replace(r.adherence, notes=(odd,)))
    text = words(pdf_text(tmp_path, pdf_bytes(r)))
    assert "<b>Routine</b>" in text and "<img src='x'> & <script>" in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_chart_is_split_across_pages(history: History, paper: str) -> None:
    """Whatever comes before them (here: ever more notes), each chart lies on one page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from supple.qt.report.document import build_document
    from supple.qt.report.pdf import page_layout

    full_twelve_weeks(history)
    base = report(history)
    seen_pages: set[int] = set()
    for extra in range(0, 60, 3):
        notes = tuple(Note(START, "Alfredson", f"note {i}") for i in range(extra))
        r = replace(base, adherence=replace(base.adherence, notes=notes))
        buffer = QBuffer(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        writer.setPageLayout(page_layout(paper))
        laid = build_document(r, writer)
        height = laid.doc.pageSize().height()
        placed = laid.placed()
        assert len(placed) == 3  # the weeks, the ratings, the heel raises
        for chart in placed:
            # Within a pixel: the layout's positions are fixed-point (1/64 of a pixel).
            first = int((chart.rect.top() + 1) // height)
            last = int((chart.rect.bottom() - 1) // height)
            assert first == last, (extra, chart.rect, height)
            assert chart.rect.width() <= laid.doc.pageSize().width()
            seen_pages.add(first)
    assert len(seen_pages) >= 2  # the notes did push charts onto later pages


def test_a_heading_goes_to_the_page_of_its_chart(history: History) -> None:
    """Qt's rich text has no "keep with next": a section's heading left at the foot of a
    page while its chart went over is moved to the chart's page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from supple.qt.report.document import build_document
    from supple.qt.report.pdf import page_layout

    full_twelve_weeks(history)
    base = report(history)
    checked = 0
    for extra in range(0, 40):
        notes = tuple(Note(START, "Alfredson", f"note {i}") for i in range(extra))
        r = replace(base, adherence=replace(base.adherence, notes=notes))
        buffer = QBuffer(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(page_layout("a4"))
        laid = build_document(r, writer)
        height = laid.doc.pageSize().height()
        for chart in laid.placed():
            block = laid.doc.findBlockByNumber(laid.keep[chart.name])
            top = laid.doc.documentLayout().blockBoundingRect(block).top()
            assert (top + 1) // height == (chart.rect.top() + 1) // height, extra
            checked += 1
    assert checked == 40 * 3


def test_each_line_is_told_apart_without_colour() -> None:
    """In black and white a line is known by its pen and its marker: no two the same."""
    lines = [charts.DURING, charts.AFTER, charts.MORNING, charts.AVERAGE, charts.MIXED]
    kinds = {(s.pen, s.marker, s.filled, s.width) for s in lines}
    assert len(kinds) == len(lines)
    assert len({(s.pen, s.marker, s.filled) for s in (charts.LEFT, charts.RIGHT)}) == 2


def test_a_single_day_and_one_side_tested(history: History, tmp_path: Path) -> None:
    from report_histories import DROPS, at
    from supple.core.history.records import CalfTestKind, Side

    uuid = history.session(DROPS, at(START, 8))
    history.rate(uuid, 4, 3)
    history.store.add_calf_test(START, Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 9.5)
    history.store.flush()
    text = words(pdf_text(tmp_path, pdf_bytes(report(history, days=1))))
    assert "Period: Mon 7 Sep 2026 to Mon 7 Sep 2026 (1 day)" in text
    assert "Knee to wall (cm): Right: 9.5 → 9.5 cm" in text
    assert "Single-leg heel raises to fatigue: none in this period." in text
