"""The library screen: ``view`` (routines by category with New routine and Import… above
them, a routine's details with Start, Customize and Export…),
``rows`` (what the list's rows show, its headings and its search filter); ``import_preview``,
a shared routine shown before it is added (``qt/sharing_controller`` asks the questions of
Export… and Import… and calls the core).

May import: ``supple.core``, ``supple.qt.widgets``.
"""
