"""Programmes: routines planned over weeks, the schedule they make, and how well it was kept.

``model`` (the programme format, version 1, as pydantic models, and its JSON Schema),
``loader`` (file to programme, every problem with its ``FILE:LINE:COLUMN``, and the folders of
built-in and user programmes), ``weeks`` (a week's changes laid over a loaded routine, giving a
routine the session engine plans like any other), ``schedule`` (an enrolment expanded into dated
occurrences in wall-clock time, and the queries the Today view and the reminders ask), and
``adherence`` (planned against done, from a plain list of sessions); ``pain_monitoring`` turns
the calf ratings into the next session's advice.

Pure functions of their inputs and of a time zone: nothing here reads a clock, the history or
the library. Whoever calls passes in what they know (today's date, the sessions done, the run
dates, the routine ids that exist), so every rule can be tested with hand-made data.

May import: ``supple.core.routines`` (the routine model and the YAML reader it shares) and the
base modules; never ``supple.core.history``, ``.library``, ``.session`` or ``.settings``, which
sit beside or above it.
"""
