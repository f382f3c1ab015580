"""The command line: ``supple list | show | run | validate | schema | history``.

``main`` (argument parsing and the routine commands), ``history`` (``supple history``).

May import: ``supple.core``, and ``supple.qt`` only to open the window (``supple``, ``run``).
"""
