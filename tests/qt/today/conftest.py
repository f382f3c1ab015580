"""The Today tests' user folder: the short copy of the heel drops in the user's routines."""

from __future__ import annotations

from pathlib import Path

import pytest

from supple.core.paths import AppPaths
from today_app import user_paths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return user_paths(tmp_path)
