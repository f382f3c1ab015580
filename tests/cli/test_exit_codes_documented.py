"""Every exit code the command line can end with is in the format's documentation, once."""

from __future__ import annotations

import re
from pathlib import Path

import supple.cli.faults as faults

DOC = Path(__file__).resolve().parents[2] / "docs" / "routine-format.md"


def test_the_documented_exit_codes_are_the_codes() -> None:
    section = DOC.read_text(encoding="utf-8").split("## Command line exit codes", 1)[1]
    section = section.split("\n## ", 1)[0]
    documented = [int(code) for code in re.findall(r"^\| (\d+) \|", section, re.MULTILINE)]
    codes = sorted(value for name, value in vars(faults).items() if name.startswith("EXIT_"))
    assert documented == [*codes, 130]
