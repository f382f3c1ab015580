"""The player: the routine under way, full size or as a mini view, and the finish.

``view`` (the full player), ``mini`` (the small always-on-top view), ``rating`` (the calf rating
on the finish screen).

May import: ``supple.core``, ``supple.qt.driver``, ``supple.qt.widgets``.
"""
