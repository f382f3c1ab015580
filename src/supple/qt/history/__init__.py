"""The history window: sessions, streaks, the calendar and the charts.

``window`` (the page), ``charts`` (the painted charts and calendar), ``table_model`` (the
sessions as a Qt table model).

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``.
"""
