"""The progress report a runner takes to the physiotherapist, as plain data and as text.

``model`` (what the report holds: the period, the complaint, the prescription, adherence,
the ratings with their 7-day average and the change in pain against the minimal clinically
important difference, runs and rest days, the advice, the load changes, the calf tests),
``build`` (a history and the programmes into a :class:`~supple.core.report.model.Report`),
``prescription`` (the routines as done: sets × reps or hold, tempo, side, load, how often;
the weeks whose load changed), ``ratings`` (the daily series and the change in pain), and the
renderers for the terminal and the clinician's spreadsheet: ``text`` and ``csv_text``;
``sources`` finds the library's programmes and routines for the window and the command line.
The PDF (with its charts) is drawn by the Qt side from the same :class:`Report`.

It sits above :mod:`supple.core.coach` in the core's layers: it asks the coach how each
enrolment expands into its schedule and what the pain rules advised, and reads the history
store itself for the sessions, steps, ratings, runs and calf tests of the period. Nothing in
the core imports it. Everything is a function of the store's records and the dates handed
in: no clock is read.

May import: everything else in the core; never PySide6, ``supple.qt`` or ``supple.cli``.
"""
