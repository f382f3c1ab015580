"""The library screen: routines by category, their details, and the start button.

May import: ``supple.core``, ``supple.qt.widgets``.
"""
