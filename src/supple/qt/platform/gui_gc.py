"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to cross its allocation
threshold: here that can be the history writer or the speech renderer. A reference cycle that
holds a Qt object (a window's bound method kept in one of its own attributes is enough) would
then be destroyed on that thread, which Qt does not allow: "Timers cannot be stopped from
another thread", and at worst a crash. So automatic collection is switched off and a timer on
the GUI thread collects instead, generation by generation, against Python's own thresholds
(the approach of calibre, pyqtgraph and novelWriter).

A full collection walks every object (about 11 ms here once a routine is loaded), a pause the
timer could feel. So once start-up is done, and again once a routine has started, everything
alive is frozen (``gc.freeze``): the long-lived modules and models are then never walked again,
and later collections only look at what came after.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GuiThreadCollector(QObject):
    """While it exists, garbage is collected on the thread that made it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count has passed its threshold (with the
        younger ones). Returns the number of unreachable objects found."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def settle(self) -> None:
        """Collect everything, then freeze what is left alive: it is long-lived, and later
        collections need not walk it again."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Back to automatic collection (if it was on before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
