"""What the editor remembers of its layout between runs: the share of the form tab the step
list gets when it sits above the form (the splitter the user dragged).

One small JSON file in the config folder. A file that cannot be read or holds nonsense is
ignored (the default share is used), and one that cannot be written is left as it was: a
layout is never worth an error message.
"""

from __future__ import annotations

import json
from pathlib import Path

from supple.core.atomic_file import write_atomically
from supple.core.safe_read import read_regular_file

FILE_NAME = "editor-layout.json"  # untranslated: a file name
KEY = "stacked_list_share"  # untranslated: a key in the file
DEFAULT_SHARE = 600  # per mille of the form tab for the list, above the form
LEAST, MOST = 150, 850  # neither the list nor the form is ever dragged away for good


def load_share(path: Path | None) -> int:
    """The list's remembered share (per mille) above the form, else the default."""
    if path is None:
        return DEFAULT_SHARE
    try:
        value = json.loads(read_regular_file(path, 4096).decode("utf-8")).get(KEY)
    except (OSError, ValueError, AttributeError, RecursionError):
        return DEFAULT_SHARE
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_SHARE
    return min(MOST, max(LEAST, value))


def save_share(path: Path | None, share: int) -> bool:
    """Remember ``share`` (kept between LEAST and MOST); False if the disk refused."""
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps({KEY: min(MOST, max(LEAST, share))}).encode("utf-8"))
    except OSError:
        return False
    return True
