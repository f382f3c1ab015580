"""The library of routines: every routine file found, as cards the window lists.

``catalog`` (cards and problems of the built-in and the user's folders, kept in a small index
so an unchanged library is listed without parsing YAML).

May import: ``supple.core.session`` (to plan a card's total time), ``supple.core.routines``
and the core modules below them.
"""
