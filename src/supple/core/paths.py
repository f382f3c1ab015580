"""Where Supple keeps what it writes: the platform's conventions (XDG on Linux), or one folder.

``--data-dir DIR`` or ``SUPPLE_DATA_DIR=DIR`` puts everything under DIR (portable use, tests).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "supple"
ENV_VAR = "SUPPLE_DATA_DIR"
#: A folder of catalogues (``supple_<language>.qm``) tried before the shipped ones, by the
#: window and the terminal alike: a translation before it ships, or a pseudo-translation.
TRANSLATIONS_ENV_VAR = "SUPPLE_TRANSLATIONS_DIR"  # untranslated: an environment variable


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None,
                env: Mapping[str, str] = os.environ) -> AppPaths:
        chosen = data_dir if data_dir is not None else env.get(ENV_VAR) or None
        if chosen is not None:
            root = Path(chosen).expanduser().absolute()
            return cls(root, root, root / "cache")
        return cls(
            Path(platformdirs.user_data_dir(APP, appauthor=False)),
            Path(platformdirs.user_config_dir(APP, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP, appauthor=False)),
        )

    @property
    def routines(self) -> Path:
        """The user's own routines."""
        return self.data / "routines"

    @property
    def programmes(self) -> Path:
        """The user's own programmes, beside their routines."""
        return self.data / "programmes"

    @property
    def history_db(self) -> Path:
        return self.data / "history.db"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def library_index(self) -> Path:
        """What the library lists, kept so start-up need not read every routine file."""
        return self.cache / "library-index.json"

    @property
    def speech_cache(self) -> Path:
        return self.cache / "speech"
