#!/usr/bin/env bash
# The tray menu's screenshot under Xvfb, with trayer (Debian package trayer) as the tray host.
#   tools/screenshot_tray.sh OUT_DIR [--paused]
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
exec xvfb-run -a -s "-screen 0 800x500x24" bash -c '
    trayer --edge top --align right --widthtype pixel --width 120 --height 32 \
        --tint 0x33404a --transparent true --alpha 0 &
    tray=$!
    sleep 1
    "$0" tools/screenshot_tray.py "$@"; code=$?
    kill $tray
    exit $code' "$python" "$@"
