"""Two panes side by side when there is room, one under the other when there is not.

The library (list | details) and the editor (text | preview) share this: with a small window or
large text a pane never gets squeezed into a strip that scrolls sideways, it moves below.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter


def fit_splitter(splitter: QSplitter, *, wide: bool, least_widths: Sequence[int],
                 wide_shares: Sequence[int], stacked_shares: Sequence[int]) -> None:
    """Lay ``splitter``'s panes side by side (``wide``, each at least its width in
    ``least_widths``) or one under the other. Their sizes are shared out afresh, in the given
    proportions, only when the orientation changes: a size the user dragged to stays."""
    for index, least in enumerate(least_widths):
        pane = splitter.widget(index)
        if pane is not None:
            pane.setMinimumWidth(least if wide else 0)
    wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
    if splitter.orientation() == wanted:
        return
    splitter.setOrientation(wanted)
    total = splitter.width() if wide else splitter.height()
    shares = wide_shares if wide else stacked_shares
    splitter.setSizes([total * share // sum(shares) for share in shares])
