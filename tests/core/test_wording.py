"""The core's tr and date_text, with and without a catalogue; counts in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest

from supple.core import wording
from supple.core.wording import date_text, english_forms, tr


@pytest.fixture
def no_catalogue() -> Iterator[None]:
    """The core as the command line has it in English: no translator installed."""
    translator = wording.install_translator(None)
    dates = wording.install_date_formatter(None)
    yield
    wording.install_translator(translator)
    wording.install_date_formatter(dates)


@pytest.mark.usefixtures("no_catalogue")
def test_tr_gives_the_english_of_a_count_from_its_s() -> None:
    assert [tr("%n step(s) left", None, n) for n in (0, 1, 2)] == [
        "0 steps left", "1 step left", "2 steps left"]
    assert tr("%n match(es)", None, 1) == "1 match"
    assert tr("%n match(es)", None, 5) == "5 matches"


@pytest.mark.usefixtures("no_catalogue")
def test_tr_gives_a_listed_plural_its_own_english() -> None:
    source = next(iter(wording.ENGLISH_PLURALS))
    assert tr(source, None, 1).startswith("1 change to your history could not be saved and is")
    assert tr(source, None, 4).startswith("4 changes to your history could not be saved and are")


@pytest.mark.usefixtures("no_catalogue")
def test_tr_without_a_count_is_the_source_with_its_fields_left_to_format() -> None:
    assert tr("Step {index} has no name").format(index=3) == "Step 3 has no name"
    assert tr("%n in a plain message") == "%n in a plain message"  # no count: left as written


def test_english_forms_are_none_for_a_word_without_its_s() -> None:
    assert english_forms("%n sheep") is None
    assert english_forms("%n day(s)") == ("%n day", "%n days")


@pytest.mark.usefixtures("no_catalogue")
def test_an_installed_translator_is_asked_and_english_fills_its_gaps() -> None:
    asked: list[tuple[str, str | None, int]] = []

    def german(source: str, disambiguation: str | None, n: int) -> str:
        asked.append((source, disambiguation, n))
        return {"Rest": "Pause"}.get(source, "")

    previous = wording.install_translator(german)
    try:
        assert tr("Rest") == "Pause"
        assert tr("Hold", "a step's kind") == "Hold"  # not in the catalogue: its English
        assert tr("%n set(s)", None, 2) == "2 sets"
    finally:
        assert wording.install_translator(previous) is german
    assert asked == [("Rest", None, -1), ("Hold", "a step's kind", -1), ("%n set(s)", None, 2)]
    assert tr("Rest") == "Rest"


@pytest.mark.usefixtures("no_catalogue")
@pytest.mark.parametrize(("value", "pattern", "text"), [
    (date(2026, 12, 7), wording.WEEKDAY, "Monday"),
    (date(2026, 12, 7), wording.DAY_MONTH, "7 Dec"),
    (date(2026, 12, 7), wording.WEEKDAY_DAY_MONTH, "Mon 7 Dec"),
    (date(2026, 3, 1), wording.LONG_DATE, "Sunday 1 March"),
    (date(2026, 3, 1), wording.FULL_DATE, "1 March 2026"),
    (time(7, 5), wording.CLOCK, "07:05"),
    (datetime(2026, 12, 7, 18, 30), wording.DAY_MONTH_CLOCK, "7 Dec 18:30"),
    (datetime(2026, 12, 7, 18, 30), wording.WEEKDAY_DAY_MONTH_CLOCK, "Mon 7 Dec, 18:30"),
])
def test_dates_in_english_without_a_formatter(value: date | time, pattern: str,
                                              text: str) -> None:
    assert date_text(value, pattern) == text


@pytest.mark.usefixtures("no_catalogue")
def test_an_installed_date_formatter_writes_the_dates() -> None:
    previous = wording.install_date_formatter(lambda value, pattern: f"<{pattern}>")
    try:
        assert date_text(date(2026, 1, 2), wording.DAY_MONTH) == "<d MMM>"
    finally:
        wording.install_date_formatter(previous)
    assert date_text(date(2026, 1, 2), wording.DAY_MONTH) == "2 Jan"
