"""The history window: sessions, streaks, the activity grid and the charts.

``window`` (the page), ``activity_grid`` (the last 16 weeks, painted), ``charts`` (what both
charts share), ``minutes_chart``, ``pain_chart``, ``weeks`` (the days and weeks they place),
``table_model`` (the sessions as a Qt table model).

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``.
"""
