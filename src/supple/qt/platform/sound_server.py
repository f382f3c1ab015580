"""Does the sound server answer? Asked through libpulse directly, off the GUI thread, with a bound.

Why not just create the Qt sound effects and see: Qt Multimedia connects to PulseAudio the first
time a ``QSoundEffect`` is made, on the thread that makes it, and waits for the server's answer
in ``pa_threaded_mainloop_wait`` with libpulse's own 30 s timeout. A server that is gone is
refused at once, but one that accepts the connection and never answers (a wedged PulseAudio, a
stale socket someone still listens on) held the GUI thread for 30 s, and the app's start-up and
first step with it. So before Qt touches the server, this module connects with a private
``pa_mainloop`` of its own (nothing shared with Qt), waits at most ``timeout_s`` for the server
to say it is ready, and gives up. It never spawns a server (``PA_CONTEXT_NOAUTOSPAWN``): a
machine with no server is for Qt to find out, quickly, as before.

No Qt here: :func:`probe` may run on any thread (``app.py`` runs it on a worker and polls it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time
from enum import Enum

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 1.5  # a local server answers in ~5 ms; an autospawn is not waited for
_POLL_US = 20_000
_NOAUTOSPAWN = 1
_READY, _FAILED, _TERMINATED = 4, 5, 6  # pa_context_state


class ServerState(Enum):
    READY = "ready"  # it answered: Qt may talk to it
    REFUSED = "refused"  # no server (or it refused us): Qt finds that out quickly too
    SILENT = "silent"  # it accepted and did not answer in time: Qt must not touch it
    UNKNOWN = "unknown"  # libpulse is not on this machine: leave it to Qt, as before


def _libpulse() -> ctypes.CDLL | None:
    try:
        lib = ctypes.CDLL("libpulse.so.0")  # find_library runs ldconfig: ~50 ms, only if needed
    except OSError:
        name = ctypes.util.find_library("pulse")
        try:
            lib = ctypes.CDLL(name or "libpulse.so.0")
        except OSError:
            return None
    vp, ci = ctypes.c_void_p, ctypes.c_int
    for fn, res, args in (
        ("pa_mainloop_new", vp, []),
        ("pa_mainloop_get_api", vp, [vp]),
        ("pa_mainloop_prepare", ci, [vp, ci]),
        ("pa_mainloop_poll", ci, [vp]),
        ("pa_mainloop_dispatch", ci, [vp]),
        ("pa_mainloop_free", None, [vp]),
        ("pa_context_new", vp, [vp, ctypes.c_char_p]),
        ("pa_context_connect", ci, [vp, ctypes.c_char_p, ci, vp]),
        ("pa_context_get_state", ci, [vp]),
        ("pa_context_disconnect", None, [vp]),
        ("pa_context_unref", None, [vp]),
    ):
        f = getattr(lib, fn)
        f.restype, f.argtypes = res, args
    return lib


def probe(timeout_s: float = PROBE_TIMEOUT_S) -> ServerState:
    """Connect to the default server the way Qt would (same library, same address rules),
    wait at most ``timeout_s`` for it to become ready, then disconnect."""
    lib = _libpulse()
    if lib is None:
        return ServerState.UNKNOWN
    loop = lib.pa_mainloop_new()
    if not loop:
        return ServerState.UNKNOWN
    context = lib.pa_context_new(lib.pa_mainloop_get_api(loop), b"Supple sound check")
    try:
        if not context or lib.pa_context_connect(context, None, _NOAUTOSPAWN, None) < 0:
            return ServerState.REFUSED
        deadline = time.monotonic() + timeout_s
        while True:
            state = lib.pa_context_get_state(context)
            if state == _READY:
                return ServerState.READY
            if state in (_FAILED, _TERMINATED):
                return ServerState.REFUSED
            left_us = round((deadline - time.monotonic()) * 1e6)
            if left_us <= 0:
                log.warning("the sound server accepted a connection but did not answer "
                            "within %.1f s", timeout_s)  # fmt: skip
                return ServerState.SILENT
            if lib.pa_mainloop_prepare(loop, min(left_us, _POLL_US)) < 0:
                return ServerState.REFUSED
            lib.pa_mainloop_poll(loop)
            lib.pa_mainloop_dispatch(loop)
    finally:
        if context:
            lib.pa_context_disconnect(context)
            lib.pa_context_unref(context)
        lib.pa_mainloop_free(loop)
