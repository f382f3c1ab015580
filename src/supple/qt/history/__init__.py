"""The history window: sessions, streaks, the activity grid and the charts.

``window`` (the page and its reading), ``cards`` (streaks and session counts),
``activity_grid`` (the last 16 weeks, painted), ``charts`` (what the charts share),
``minutes_chart``, ``pain_chart``, ``calf_chart`` (pain during, after and the next morning and
tightness apart, mixed ratings, runs), ``programme_card`` (each programme week done against
planned, with runs and rest days), ``calf_test_chart`` (each leg's calf tests over the
weeks, left against right), ``calf_data`` (what those three show, as plain data),
``weeks`` (the days and weeks they place), ``table_model`` (the sessions as a Qt table model),
``rating_dialog`` (changing a session's rating), ``report_action`` (the "Report…" button
and the progress report's dialog).

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``, ``supple.qt.report``
(the report's preview, which is no screen), and the player's
pain scale (``supple.qt.player.rating``), which the rating dialog shares with the player.
"""
