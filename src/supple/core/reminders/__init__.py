"""Reminders: what to remind the runner of, and when, as pure functions of a clock.

``pause`` (a pause from the tray's menu, light enough for before the first paint), ``rules``
(what a reminder is, the runner's own reminders, quiet hours, and :func:`decide`: which of the
reminders due may be shown now), ``state`` (what was already shown, what was put
off till later, a pause; kept in a small JSON file so a restart shows nothing twice),
``config`` (the runner's reminders and quiet hours, read from ``reminders.json`` in the config
folder, every problem named and a bad entry skipped), ``zone`` (the machine's time zone, read
again at each question, so travel moves the reminders with the runner) and ``desk`` (the
reminders of the day, from the active programmes through :mod:`supple.core.coach` and from the
runner's own, and the next-morning calf rating).

Times are wall-clock times: a reminder at 07:30 is at 07:30 where the machine is, on both sides
of a daylight-saving change and after a flight, because each day's times are made afresh from
the local date, the time of day and the zone (the schedule's
:func:`~supple.core.programmes.schedule.wall_clock`). Nothing is counted in ticks: a machine
asleep at 07:30 asks on waking and is shown the reminder it missed, once.

Nothing here reads a clock of its own or imports Qt: the desktop's timer asks with ``now``.

May import: everything else in the core (it sits above ``coach``).
"""
