"""The desktop around the window: sound, speech, the screensaver, Python's garbage collector
kept on the GUI thread, the tray (``tray``, ``due``, ``coach_due``: what its menu offers), and
the reminders (``reminder_timer``: the timer that asks the core; ``notifications``:
``org.freedesktop.Notifications`` over QtDBus; ``interruptions``: full screen, screen locked).

May import: ``supple.core`` and PySide6; no screen.
"""
