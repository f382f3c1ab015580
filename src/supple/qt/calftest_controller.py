"""The calf test's side of the window: opening its screen from the toolbar or from the Today
view's "Calf test due" line, with the history, the sessions' cue player and clock, and the
leg to test first (the side of the programme followed, if it names one); and refreshing the
Today view once a test is saved. Apart from ``main_window`` so that it stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from supple.qt.i18n import tr

if TYPE_CHECKING:
    from supple.qt.calftest.screen import CalfTestScreen
    from supple.qt.main_window import Services
    from supple.qt.today_controller import TodayController


class CalfTestController(QObject):
    saved = Signal(object)  # the results, once written

    def __init__(self, services: Services, today: TodayController,
                 notify: Callable[[str], None], busy: Callable[[], bool],
                 parent: QWidget, history: Callable[[], QWidget | None] = lambda: None
                 ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self._notify = notify
        self._busy = busy
        self._parent = parent
        #: The screen open (or last opened), if any.
        self.screen: CalfTestScreen | None = None
        today.calfTestRequested.connect(self.open)
        self._history = history  # the history window, if one was opened
        self.saved.connect(self._refresh)

    def _refresh(self, _results: object) -> None:
        self._today.refresh()
        window = self._history()
        if window is not None and window.isVisible():
            from supple.qt.history.window import HistoryWindow

            if isinstance(window, HistoryWindow):
                window.calf_tests_changed()

    def open(self) -> CalfTestScreen | None:
        from supple.core.calf_test import first_side
        from supple.core.history.model import HistoryError
        from supple.core.resources import images_dir
        from supple.qt.calftest.screen import CalfTestScreen

        store = self._services.history
        if store is None:
            self._notify(tr("The history could not be opened, so a calf test cannot be saved."))
            return None
        if self._busy():
            self._notify(tr("A routine is under way: finish or stop it before the calf test."))
            return None
        old = self.screen
        if old is not None and old.isVisible():
            old.raise_()
            old.activateWindow()
            return old
        if old is not None:
            old.deleteLater()
        try:
            first = first_side(store.enrolments())
        except HistoryError as exc:
            self._notify(str(exc))
            first = None
        s = self._services
        screen = CalfTestScreen(store, s.cues, s.clock.now, lambda: s.wall().date(),
                                images_dir(), first, self._parent)
        screen.saved.connect(self.saved)
        self.screen = screen
        screen.show()
        return screen
