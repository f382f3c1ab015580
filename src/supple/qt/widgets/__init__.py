"""Small widgets and helpers that several screens share: pictures, plain-text labels,
layouts that refit on resize, the exercise row, the 0–10 pain scale.

May import: ``supple.core`` and PySide6; no screen.
"""
