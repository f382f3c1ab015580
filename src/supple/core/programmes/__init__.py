"""Plans over weeks: the programmes, their schedules and the pain-monitoring rules, as pure
functions of the runner's records and a date (no Qt, no SQLite: the history is read by whoever
calls them). ``pain_monitoring`` turns ratings into the next session's advice.
"""
