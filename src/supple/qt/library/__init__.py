"""The library screen: routines by category, their details, and the start button;
``import_preview``, a shared routine shown before it is added (``qt/sharing_controller``
asks the questions of Export… and Import… and calls the core).

May import: ``supple.core``, ``supple.qt.widgets``.
"""
