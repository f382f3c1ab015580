"""A routine being done: the plan of timed segments and the engine that runs it.

``timeline`` (a routine planned into segments and a cue schedule), ``engine`` (the session
state machine on an injected clock), ``events`` (the typed events it emits), ``clock``,
``cues`` and ``cue_port`` (what a cue player must do, and the silent and switchable ones),
``display`` (what a player shows, as plain data computed from the engine).

May import: ``supple.core.routines`` and the core modules below it; never the history or
the library.
"""
