"""The desktop around the window: sound, speech, the screensaver, and Python's
garbage collector kept on the GUI thread.

May import: ``supple.core`` and PySide6; no screen.
"""
