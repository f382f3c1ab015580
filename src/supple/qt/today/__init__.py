"""The Today view: what the active programmes ask of today, the advice from the last ratings,
and the next due routine's Start button; the enrolment dialog; the next-morning rating.

``summary`` is the plain data the view paints (and its small JSON index, read at start-up
without the programme model or the history, as the library paints from its own index);
``gather`` fills a summary from the core's ``Coach``; ``view`` paints one; ``enrol`` is the
dialog that starts (or switches to) a programme; ``morning`` asks how the calves feel on
waking.

May import: ``supple.core``, ``supple.qt.widgets``, PySide6; never another screen
(``player``, ``library``, ``editor``, ``history``): ``main_window`` and ``today_controller``
put it together with them.
"""
