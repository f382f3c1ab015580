"""The routine editor window: the YAML text, live checking and a preview.

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``.
"""
