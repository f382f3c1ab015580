#!/usr/bin/env bash
# A reminder as the desktop shows it, beside the tray's open menu, under Xvfb: trayer (Debian
# package trayer) is the tray host, dunst (package dunst) the notification server, on a session
# bus of its own (dbus-run-session, package dbus-daemon).
#   tools/screenshot_reminder.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
exec xvfb-run -a -s "-screen 0 900x560x24" dbus-run-session -- bash -c '
    trayer --edge top --align right --widthtype pixel --width 120 --height 32 \
        --tint 0x33404a --transparent true --alpha 0 &
    tray=$!
    dunst -config tools/dunstrc &
    notifications=$!
    sleep 1
    "$0" tools/screenshot_reminder.py "$@"; code=$?
    kill $tray $notifications
    exit $code' "$python" "$@"
