"""The categories the library groups routines by."""

from __future__ import annotations

#: Categories the library groups by, in display order; any other text is the user's own.
KNOWN_CATEGORIES = ("pre-run warm-up", "post-run stretch", "foam rolling", "strength", "drills")
#: The category of a routine that names none.
DEFAULT_CATEGORY = "my routines"
