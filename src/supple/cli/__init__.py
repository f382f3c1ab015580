"""The command line: ``supple list | show | run | validate | schema | history | programme |
runs | rate-morning | export | import``.

``main`` (argument parsing and the routine commands), ``history`` (``supple history``),
``programme`` (``programme list|show``) and ``enrolment`` (``programme start|status|pause|
resume|finish``), ``runs`` (``runs add|import|list``), ``rating`` (``rate-morning``), ``due``
(``run --due``), ``sharing`` (``export``, ``import``); ``arguments`` (dates, scores, sides as
typed) and ``history_access`` (opening the history, and making sure a recorded write is on
disk before a command ends).

May import: ``supple.core``, and ``supple.qt`` only to open the window (``supple``, ``run``).
"""
