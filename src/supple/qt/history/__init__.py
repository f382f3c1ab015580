"""The history window: sessions, streaks, the activity grid and the charts.

``window`` (the page and its reading), ``cards`` (streaks and session counts),
``activity_grid`` (the last 16 weeks, painted), ``charts`` (what both charts share),
``minutes_chart``, ``pain_chart``, ``weeks`` (the days and weeks they place), ``table_model``
(the sessions as a Qt table model), ``rating_dialog`` (changing a session's rating).

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``, and the player's
pain scale (``supple.qt.player.rating``), which the rating dialog shares with the player.
"""
