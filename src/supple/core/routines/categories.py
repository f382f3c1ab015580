"""The categories the library groups routines by."""

from __future__ import annotations

from supple.core.wording import QT_TR_NOOP, tr

#: Categories the library groups by, in display order; any other text is the user's own.
#: They are values a routine file holds (written into it, compared with its text), so they
#: stay English here; QT_TR_NOOP lets whoever shows one as a label pass it through ``tr``.
KNOWN_CATEGORIES = (QT_TR_NOOP("pre-run warm-up"), QT_TR_NOOP("post-run stretch"),
                    QT_TR_NOOP("foam rolling"), QT_TR_NOOP("strength"), QT_TR_NOOP("drills"))
#: The category of a routine that names none.
DEFAULT_CATEGORY = QT_TR_NOOP("my routines")


def category_label(category: str, heading: bool = True) -> str:
    """``category`` as a person reads it: one of ours in the reader's language, the user's own
    as they wrote it; as a ``heading``, its first letter a capital (``Pre-run warm-up``)."""
    text = tr(category) if category in (*KNOWN_CATEGORIES, DEFAULT_CATEGORY) else category
    return text[:1].upper() + text[1:] if heading else text
