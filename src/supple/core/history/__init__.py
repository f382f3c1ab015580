"""What was done: the SQLite history, and what is computed from it.

``store`` (the one writer thread and the reads), ``schema`` (tables and migrations),
``sql`` (the statements), ``db`` (a connection that turns SQLite errors into ours), ``model``
(records and errors), ``liveness`` (which session is still running, across processes),
``recorder`` (a session's events into the store), ``stats`` (streaks, weeks, pain over time),
``export`` (JSON and CSV out, the table the command line prints), ``importing`` (JSON in:
one validator, then one transaction); ``records``, ``records_store``, ``records_export`` and
``enrolment_store`` (what is kept around the sessions since schema 2: pain and tightness rated
apart, next-morning ratings, runs, calf tests, enrolments).

May import: ``supple.core.session``, ``supple.core.routines`` and the core modules below them.
"""
