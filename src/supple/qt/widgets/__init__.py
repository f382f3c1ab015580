"""Small widgets and helpers that several screens share: pictures, plain-text labels,
layouts that refit on resize, the exercise row.

May import: ``supple.core`` and PySide6; no screen.
"""
