"""Where a report finds the programmes and routines: the library's, as the window and the
command line both see them (built-in ones, and the user's own that replace them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from supple.core.library.catalog import Catalog, load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.problems import Problem
from supple.core.programmes.loader import LoadedProgramme, load_folders
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.core.routines.model import Routine


@dataclass
class Sources:
    catalog: Catalog
    programmes: list[LoadedProgramme]
    problems: list[Problem]
    _routines: dict[str, Routine | None] = field(default_factory=dict)

    def routine_of(self, routine_id: str) -> Routine | None:
        """The routine with this id, read from its file once; None when it is gone or has
        errors now."""
        if routine_id not in self._routines:
            card = self.catalog.by_id(routine_id)
            loaded = load_card(card)[0] if card is not None else None
            self._routines[routine_id] = loaded.routine if loaded is not None else None
        return self._routines[routine_id]


def sources_for(paths: AppPaths | None) -> Sources:
    """The built-in library, and the user's under ``paths`` (None: the built-in one alone)."""
    catalog = scan_catalog(builtin_routines_dir(),
                           [paths.routines] if paths is not None else [],
                           paths.library_index if paths is not None else None)
    programmes, problems = load_folders(builtin_programmes_dir(),
                                        [paths.programmes] if paths is not None else [],
                                        {c.id for c in catalog.cards})
    return Sources(catalog, programmes, problems)
