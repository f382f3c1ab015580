"""Problems found in routine files, collected rather than raised one at a time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from supple.core.wording import tr


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, located as precisely as the file allows."""

    file: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    field: str = ""  # e.g. "steps[2].hold"
    expected: str | None = None
    severity: Severity = Severity.ERROR
    #: Another file the problem is about (a picture the routine names), so that the same
    #: trouble met again while drawing that file is not listed twice.
    about: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.severity is Severity.WARNING:
            text += tr("warning: ")
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.expected:
            text += f" ({self.expected})"
        return text


class RoutineError(Exception):
    """A file that could not be loaded; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
