"""The calf ratings around a session read the same in the history window and the terminal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from supple.core.history.export import format_table
from supple.core.history.model import Outcome, SessionRecord, format_pain

STARTED = datetime(2026, 6, 1, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def _session(pain_before: int | None, pain_after: int | None) -> SessionRecord:
    return SessionRecord(
        uuid=f"u-{pain_before}-{pain_after}", routine_id="calf-care", routine_name="Calf care",
        category="post-run stretch", fingerprint="f", started_at=STARTED, ended_at=STARTED,
        updated_at=STARTED, active_seconds=300.0, steps_done=3, steps_skipped=0, steps_total=3,
        outcome=Outcome.COMPLETED, resume_position=0, pain_before=pain_before,
        pain_after=pain_after, note="", resumable=False,
    )  # fmt: skip


@pytest.mark.parametrize(("before", "after", "text"), [
    (5, 2, "5 → 2"),
    (0, 10, "0 → 10"),
    (5, None, "5 → –"),  # rated before starting, not after
    (None, 3, "– → 3"),
    (None, None, "—"),  # not rated at all
])
def test_format_pain(before: int | None, after: int | None, text: str) -> None:
    assert format_pain(before, after) == text


def test_the_terminal_table_writes_the_ratings_as_the_window_does() -> None:
    sessions = [_session(5, 2), _session(5, None), _session(None, None)]
    rows = format_table(sessions).splitlines()[2:]
    pain_column = [
        [cell.strip() for cell in row.split("  ") if cell.strip()][6] for row in rows
    ]
    assert pain_column == ["5 → 2", "5 → –", "—"]
