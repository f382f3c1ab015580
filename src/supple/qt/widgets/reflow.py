"""Panes side by side when there is room, one under the other when there is not.

The one way Supple refits a layout to its room: a ``Reflow`` watches a widget (its *room*) and,
at every resize and every change of font or style, checks whether the panes fit side by side
in the room's width, turning them when the answer changes. The widgets that hold panes write
no resize handling of their own. With a small window or large text a pane is never squeezed
into a strip that scrolls sideways or cut off at the right: it moves below.

Two arrangements share that decision:

* ``BoxReflow``: a frame with its panes in a box layout, each as wide as its own size hint
  asks and stretched by shares (the history's cards, calendar, charts and headings).
* ``SplitReflow``: the panes of a ``QSplitter`` the user can drag (the library's list and
  details, the editor's list and form), refitted to the room that holds the splitter. Their
  sizes are shared out afresh only when the orientation changes, so a size the user dragged
  to stays.
* ``TabReflow``: a pane beside a tab widget in a splitter while both fit, else one more tab
  of it (the editor's preview): stacked under the tabs it would leave each a strip.

The room is watched through an event filter, which Qt calls after the room's layout has
placed its children for the new size and before the room's own handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QSplitter, QTabWidget, QVBoxLayout, QWidget

_REFIT_ON = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class Reflow(QObject):
    """Side by side while ``wide_width()`` fits in the room's width, else stacked; the
    arrangements say how the panes turn."""

    def __init__(self, room: QWidget, wide_width: Callable[[], int]) -> None:
        super().__init__(room)
        self.room = room
        self.wide_width = wide_width
        room.installEventFilter(self)

    def is_wide(self) -> bool:
        raise NotImplementedError

    def _turn(self, wide: bool) -> None:
        """Lay the panes side by side (``wide``) or one under the other."""
        raise NotImplementedError

    def _keep(self, wide: bool) -> None:
        """What is renewed at every fit, turned or not (sizes that follow the font)."""

    def fit(self) -> None:
        wide = self.room.width() >= self.wide_width()
        self._keep(wide)
        if wide != self.is_wide():
            self._turn(wide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.room and event.type() in _REFIT_ON:
            self.fit()
        return False


class SplitReflow(Reflow):
    """``splitter``'s panes side by side (each at least its width in ``least_widths``) while
    ``wide_width`` fits in ``room``, else one under the other; both are asked afresh at every
    fit, as they follow the text size."""

    def __init__(self, splitter: QSplitter, *, room: QWidget, wide_width: Callable[[], int],
                 least_widths: Callable[[], Sequence[int]], wide_shares: Sequence[int],
                 stacked_shares: Sequence[int]) -> None:
        super().__init__(room, wide_width)
        self.splitter = splitter
        self._least_widths = least_widths
        self._wide_shares = list(wide_shares)
        #: How the panes share the room when one is under the other (a remembered drag may
        #: change it).
        self.stacked_shares = list(stacked_shares)

    def is_wide(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def _keep(self, wide: bool) -> None:
        for index, least in enumerate(self._least_widths()):
            pane = self.splitter.widget(index)
            if pane is not None:
                pane.setMinimumWidth(least if wide else 0)

    def _turn(self, wide: bool) -> None:
        splitter = self.splitter
        splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        total = splitter.width() if wide else splitter.height()
        shares = self._wide_shares if wide else self.stacked_shares
        splitter.setSizes([total * share // sum(shares) for share in shares])
        for index, share in enumerate(shares):  # and room that comes later, likewise
            splitter.setStretchFactor(index, share)


class TabReflow(Reflow):
    """``pane`` beside ``tabs`` in ``splitter`` while ``wide_width`` fits in ``room``, else
    the last tab of ``tabs``, titled ``title``; side by side, each is at least its width in
    ``least_widths`` and their sizes are shared as ``shares``.

    The splitter's children never change: ``pane`` sits in a holder that stays in the
    splitter (hidden while the pane is a tab). Taking a child out of a QSplitter deletes its
    handle, and an editor whose preview turned that way left a freed handle among the
    application's widgets, which the next style change walked into (a crash in
    tests/qt/test_main_window.py)."""

    def __init__(self, splitter: QSplitter, tabs: QTabWidget, pane: QWidget, title: str, *,
                 room: QWidget, wide_width: Callable[[], int],
                 least_widths: Callable[[], Sequence[int]], shares: Sequence[int]) -> None:
        super().__init__(room, wide_width)
        self.splitter = splitter
        self.tabs = tabs
        self.pane = pane
        self.title = title
        self.tip = ""
        self._least_widths = least_widths
        self._shares = list(shares)
        self._turning = False
        self.holder = QWidget()
        box = QVBoxLayout(self.holder)
        box.setContentsMargins(0, 0, 0, 0)
        index = splitter.indexOf(pane)
        if index >= 0:
            splitter.replaceWidget(index, self.holder)
        else:
            splitter.addWidget(self.holder)
        box.addWidget(pane)

    def is_wide(self) -> bool:
        return self.tabs.indexOf(self.pane) < 0

    def fit(self) -> None:
        if not self._turning:  # taking a tab out changes the current tab, which refits
            super().fit()

    def _keep(self, wide: bool) -> None:
        for widget, least in zip((self.tabs, self.holder), self._least_widths(), strict=False):
            widget.setMinimumWidth(least if wide else 0)

    def _turn(self, wide: bool) -> None:
        self._turning = True
        try:
            if wide:
                self.tabs.removeTab(self.tabs.indexOf(self.pane))
                layout = self.holder.layout()
                assert layout is not None
                layout.addWidget(self.pane)
                self.pane.show()
                self.holder.show()
                total = self.splitter.width()
                self.splitter.setSizes([total * share // sum(self._shares)
                                        for share in self._shares])
            else:
                index = self.tabs.addTab(self.pane, self.title)
                self.tabs.setTabToolTip(index, self.tip)
                self.holder.hide()
        finally:
            self._turning = False


class _BoxTurn(Reflow):
    """A ``BoxReflow``'s panes, turned in its own box."""

    def __init__(self, frame: BoxReflow, stretches: Sequence[int]) -> None:
        super().__init__(frame, frame.wide_width)
        self._frame = frame
        self._stretches = list(stretches)

    def is_wide(self) -> bool:
        return self._frame.box.direction() == QBoxLayout.Direction.LeftToRight

    def _turn(self, wide: bool) -> None:
        box = self._frame.box
        box.setDirection(QBoxLayout.Direction.LeftToRight if wide
                         else QBoxLayout.Direction.TopToBottom)
        for index, stretch in enumerate(self._stretches):
            box.setStretch(index, stretch if wide else 0)
        self._frame.updateGeometry()


class BoxReflow(QFrame):
    """Its widgets side by side while each gets the width it needs, else one under the other.

    Its minimum width is that of the stacked form, so it never holds the window wider than a
    small screen; a ``BoxReflow`` inside another one counts with its side-by-side width.
    """

    def __init__(self, widgets: Sequence[QWidget], stretches: Sequence[int], *,
                 spacing: int = 12, preferred: bool = False) -> None:
        super().__init__()
        self._preferred = preferred  # side by side only at their preferred widths
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        for widget, stretch in zip(widgets, stretches, strict=True):
            self.box.addWidget(widget, stretch)
        self.reflow = _BoxTurn(self, stretches)

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if w is not None and not w.isHidden()]

    def _needed(self, widget: QWidget) -> int:
        if isinstance(widget, BoxReflow):
            return widget.wide_width()
        hint = widget.sizeHint() if self._preferred else widget.minimumSizeHint()
        return max(hint.width(), widget.minimumWidth())

    def _margins_width(self) -> int:
        margins = self.box.contentsMargins()
        return margins.left() + margins.right()

    def wide_width(self) -> int:
        """The width its widgets need side by side."""
        widgets = self._widgets()
        spacing = self.box.spacing() * max(0, len(widgets) - 1)
        return sum(self._needed(w) for w in widgets) + spacing + self._margins_width()

    def is_wide(self) -> bool:
        return self.reflow.is_wide()

    def fit(self) -> None:
        self.reflow.fit()

    def minimumSizeHint(self) -> QSize:
        widths = [max(w.minimumSizeHint().width(), w.minimumWidth()) for w in self._widgets()]
        return QSize(max(widths, default=0) + self._margins_width(),
                     self.box.minimumSize().height())
