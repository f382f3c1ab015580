"""The player: the routine under way, full size or as a mini view, and the finish.

``view`` (the full player: a stack of ``session_page``, with ``step_body`` and ``controls``,
and ``finish``), ``mini`` (the small always-on-top view), ``looks`` (writing to widgets only
what changed, tints and pulses shared by both views), ``rating`` (the calf rating on the
finish screen). Both views render the driver's ``supple.core.session.display.Display``.

May import: ``supple.core``, ``supple.qt.driver``, ``supple.qt.widgets``.
"""
