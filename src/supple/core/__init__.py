"""The core: everything Supple knows and decides, in plain Python. It never imports Qt.

What lives here: routines (the format, loading, files), the library of routines, sessions (the
plan, the engine, cues as a port), the history (the SQLite store and what is computed from it),
settings, runs read from watches' files, and where things are on disk. It may import the
standard library, pydantic, PyYAML, platformdirs and (in ``runs``) fitdecode; never PySide6,
``supple.qt`` or ``supple.cli`` (an import-linter contract in pyproject.toml and
``tests/core`` run with no Qt installed hold it to that).

Inside it the arrows run one way (also a contract): ``history`` and ``library`` (and, later,
``programmes``) may use ``session``, which may use ``routines``; ``runs`` sits beside
``routines`` and uses only the base modules; all may use the modules at this level
(``problems``, ``atomic_file``, ``paths``, ``resources``, ``safe_read``), and ``settings``
sits beside ``library``. ``coach`` joins the history with the programmes, and ``report`` (the
progress report for a physiotherapist) sits above ``coach``, at the top,
beside ``reminders`` (what to remind of and when); neither imports the other.
"""
