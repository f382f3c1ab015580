"""The Qt side: the window and everything that shows, sounds or talks to the desktop.

``app`` (the one place the parts are wired), ``driver`` (the one QTimer that wakes the engine),
``main_window``, ``session_controller`` and ``today_controller`` (a routine's session, and the
Today view's side of the window), ``routine_files`` (editors, new, delete, the routines
folder), ``sharing_controller`` and ``calftest_controller``, ``settings_dialog``, ``theme``,
``desktop_tray`` (the tray and the reminders wired to the window), ``morning_rating`` (the calf
rating a morning reminder asks), ``i18n`` (``tr``, through which every shown string goes, and
the catalogues in ``translations/`` loaded at start-up); a package per screen (``player``,
``library``, ``editor``, ``history``, ``today``, ``calftest``), ``widgets`` (small pieces
several screens share) and ``platform`` (sound, speech, the screensaver, garbage collection on
the GUI thread, the tray, the reminders' timer and notifications).

May import: ``supple.core`` and PySide6; never ``supple.cli``. Screens do not import each
other; ``main_window`` and ``app`` put them together.
"""
