"""Unsaved editor text, kept on disk so a crash or a power cut loses nothing.

Kept apart from the routine files: a draft belongs to the editor, not to the user's library,
and writing one must never get in the way of typing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from supple.core.atomic_file import write_atomically
from supple.core.safe_read import read_regular_file

#: A draft holds one routine's text (at most 256 KB to load, as JSON): anything far larger at a
#: draft's name is not one, and is not read.
MAX_DRAFT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Draft:
    path: Path
    text: str
    saved_at: datetime


class DraftStore:
    """Unsaved editor text, one file per routine, so a crash or power cut loses nothing.

    Writing a draft never raises: autosave must not interrupt typing, and the editor still has
    the text. A draft is keyed by the routine's resolved path.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, path: Path) -> Path:
        key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / f"{key[:32]}.json"

    def save(self, path: Path, text: str) -> bool:
        record = {
            "path": str(path.resolve()),
            "saved_at": datetime.now(UTC).isoformat(),
            "text": text,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
            write_atomically(self._file(path), data, 0o600)
        except (OSError, UnicodeEncodeError):
            return False
        return True

    def load_draft(self, path: Path) -> Draft | None:
        try:
            record = json.loads(read_regular_file(self._file(path), MAX_DRAFT_BYTES))
            return Draft(
                Path(record["path"]), str(record["text"]),
                datetime.fromisoformat(record["saved_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no draft, or a torn one: nothing worth offering

    def load(self, path: Path) -> str | None:
        draft = self.load_draft(path)
        return draft.text if draft is not None else None

    def discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            self._file(path).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Every draft left behind, e.g. to offer after a crash."""
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        drafts = []
        for file in files:
            try:
                path = Path(json.loads(read_regular_file(file, MAX_DRAFT_BYTES))["path"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            draft = self.load_draft(path)
            if draft is not None:
                drafts.append(draft)
        return drafts
