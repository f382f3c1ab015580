"""The calf test screen: each leg's heel raises to fatigue, paced by the metronome and
counted by the app (``supple.core.calf_test``), the count corrected if need be, then the
knee-to-wall distance of each leg, saved to the history left and right apart.

``screen`` (the window and its pages), ``pacing`` (the one precise timer that wakes the
core's pacer at its next deadline, and plays its beats through the cue player).
``supple.qt.calftest_controller`` opens it from the window and the Today view.

May import: ``supple.core``, ``supple.qt.widgets``, PySide6; never another screen.
"""
