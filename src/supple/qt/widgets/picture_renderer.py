"""Drawing checked pictures on a worker thread, and giving up on one that takes too long.

Why a worker, and why ``QImageReader``: a picture drawn on the GUI thread delays the first
paint and freezes the window while it draws. PySide keeps Python's GIL held through
``QSvgRenderer.render()``, so even a Python worker thread calling it stops the GUI thread's
Python code (measured: 4 wake-ups of a 1 ms loop in 19 s of drawing). ``QImageReader.read()``
releases the GIL, and its SVG plug-in is the same renderer, drawing into a ``QImage`` (safe
off the GUI thread, unlike ``QPixmap``). The worker is handed the very bytes it checked:
read from the file when it draws it (the library's icons), or read earlier and handed over
(the player reads its routine's pictures when it is made, so a change of step reads nothing).

A drawing cannot be interrupted. One that has used more than :data:`BUDGET_S` of its
thread's processor time, or is still running :data:`WALL_FACTOR` times that on the wall clock
(a drawing that blocks without working), is given up. Processor time, not the wall clock: on
a busy machine, or while the GUI thread holds Python's lock, a picture that costs Qt a few
milliseconds can wait far longer than the budget to be scheduled, and a good picture given up
is listed as broken for the rest of the run. Where a thread's processor clock cannot be read
(``time.pthread_getcpuclockid`` is Unix-only), the budget is wall-clock time. Given up, the
picture is marked failed (the step shows its name, the library lists a warning, and
:func:`supple.qt.widgets.pictures.find_picture` offers it no more), its late result is
dropped, and a fresh worker takes the remaining pictures. The abandoned thread runs on until
Qt returns; at most :data:`MAX_ABANDONED` such threads exist, after which pictures wait.
"""

from __future__ import annotations

import contextlib
import os
import queue
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader

from supple.core.problems import Problem
from supple.core.routines.picture_check import (
    CheckedPicture,
    PictureRejected,
    check_picture,
    check_svg,
    picture_problem,
)
from supple.core.safe_read import Stamp, file_stamp
from supple.qt.i18n import tr

BUDGET_S = 0.2  # of the drawing thread's processor time
WALL_FACTOR = 10  # and at most this many budgets on the wall clock
MAX_ABANDONED = 2
MAX_IMAGES = 128  # about 50 KB each at list-icon size
#: The player's pictures are larger (300 KB at 280 px) and a window being resized asks for
#: one at each size it passes through, so the cache is bounded by bytes too.
MAX_IMAGE_BYTES = 32 * 1024 * 1024
POLL_MS = 25  # while pictures are being drawn

Draw = Callable[[bytes, QSize], QImage]


def fitted(box: QSize, aspect: float) -> QSize:
    """The largest size of this aspect (width over height) inside ``box``."""
    w, h = box.width(), box.height()
    if w / h > aspect:
        return QSize(max(1, round(h * aspect)), h)
    return QSize(w, max(1, round(w / aspect)))


def draw_svg(data: bytes, size: QSize) -> QImage:
    """The SVG drawn to exactly ``size`` (a null image when Qt cannot draw it). Runs on the
    worker thread: everything it creates lives and dies there.

    ``QImageReader`` reads the checked bytes from a private temporary file, not from a
    ``QBuffer`` made here: the reader holds Qt's image-plugin lock while it calls its device,
    and a device made in Python asks Python (so waits for the GIL) at every call, while the
    GUI thread, holding the GIL in a constructor that loads an icon (a ``QToolBar``'s),
    waited for that same lock: the editor froze opening while thumbnails were drawn. A file
    the reader opens itself is plain C++. (``QSvgRenderer.render`` would keep the GIL for
    the whole drawing, so a slow picture would stall the GUI thread instead.)
    """
    if size.isEmpty():
        return QImage()
    try:
        # Private (0600) and gone once read: a crash mid-drawing is all that can leave one.
        handle, name = tempfile.mkstemp(prefix="supple-picture-", suffix=".svg")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            reader = QImageReader(name, QByteArray(b"svg"))
            reader.setScaledSize(size)
            return reader.read()
        finally:
            with contextlib.suppress(OSError):
                os.unlink(name)
    except OSError:  # no room in the temporary folder: not drawn (its name shows instead)
        return QImage()


class _Job(NamedTuple):
    path: Path
    size: QSize
    key: tuple[Path, int, int]
    data: bytes | None  # None: read (and check) the file when drawing it
    stamp: Stamp | None  # the file's when ``data`` was read from it


class _Worker:
    """One worker thread's state, shared with it under the renderer's lock. (Plain classes
    and named tuples here: a dataclass costs about 0.4 ms to define, at start-up.)"""

    __slots__ = ("abandoned", "cpu_clock", "cpu_started", "job", "started", "thread")

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.job: _Job | None = None
        self.started = 0.0  # the job's start on the monotonic clock
        self.cpu_started = 0.0  # and on the thread's processor clock (time.thread_time)
        self.cpu_clock: int | None = None  # that clock, as the GUI thread reads it
        self.abandoned = False

    def spent(self) -> float | None:
        """The job's processor time so far, read from another thread; None if unknown."""
        if self.cpu_clock is None:
            return None
        try:
            return time.clock_gettime(self.cpu_clock) - self.cpu_started
        except OSError:  # the thread has just ended
            return None


class _Result(NamedTuple):
    worker: _Worker
    job: _Job
    stamp: Stamp | None
    image: QImage | None = None
    problem: Problem | None = None
    elapsed: float = 0.0  # processor time (wall-clock time where that is unknown)
    wall: float = 0.0
    aspect: float = 1.0
    skipped: bool = False


def _checked(job: _Job) -> CheckedPicture | Problem:
    if job.data is None:
        return check_picture(job.path)
    try:
        return check_svg(job.data)
    except PictureRejected as exc:
        return picture_problem(job.path, str(exc))


def _work(worker: _Worker, jobs: queue.SimpleQueue[_Job | None],
          results: queue.SimpleQueue[_Result], lock: threading.Lock,
          failures: dict[Path, Stamp | None], draw: Draw) -> None:
    """The worker thread: check each picture again (the file may have changed) and draw the
    bytes checked; results are collected by the GUI thread's poll. A picture given up while
    this job waited (the same file asked for at another size) is not tried again."""
    while True:
        job = jobs.get()
        if job is None:
            return
        stamp = file_stamp(job.path) if job.data is None else job.stamp
        with lock:
            if job.path in failures and failures[job.path] == stamp:
                results.put(_Result(worker, job, stamp, skipped=True))
                continue
            worker.job, worker.started = job, time.monotonic()
            worker.cpu_started = time.thread_time()
        checked = _checked(job)
        if isinstance(checked, CheckedPicture):
            image = draw(checked.data, fitted(job.size, checked.aspect))
            with lock:
                wall = time.monotonic() - worker.started
                cpu = time.thread_time() - worker.cpu_started
                worker.job = None
            results.put(_Result(worker, job, stamp, image=image,
                                elapsed=cpu if worker.cpu_clock is not None else wall,
                                wall=wall, aspect=checked.aspect))
        else:
            with lock:
                worker.job = None
            results.put(_Result(worker, job, stamp, problem=checked))
        if worker.abandoned:
            return


class PictureRenderer(QObject):
    """Draws pictures on request, one worker thread at a time; lives on the GUI thread."""

    #: A picture was drawn or given up: whatever shows pictures may repaint.
    ready = Signal()
    #: A picture failed (its warning, a Problem).
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, budget: float = BUDGET_S,
                 draw: Draw = draw_svg) -> None:
        super().__init__(parent)
        self.budget = budget
        self._draw = draw
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()  # None: stop
        self._queued: set[tuple[Path, int, int]] = set()
        self._images: OrderedDict[tuple[Path, int, int], tuple[Stamp | None, QImage]] = \
            OrderedDict()
        self._image_bytes = 0
        self._failures: dict[Path, Stamp | None] = {}  # shared with the workers, under the lock
        self._aspects: dict[Path, tuple[Stamp | None, float]] = {}
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._abandoned: list[_Worker] = []
        self._results: queue.SimpleQueue[_Result] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_worker)
        self.drawn = 0  # pictures drawn, for tests and benches

    # --- asked by the GUI -----------------------------------------------------------------

    # ``stamp``, in what follows: the file's stamp when the caller read it (see
    # :meth:`request`); None for the file as it is now.

    def image(self, path: Path, size: QSize, stamp: Stamp | None = None) -> QImage | None:
        """The picture drawn to fit ``size`` (keeping its aspect) if it is ready and the file
        is unchanged."""
        key = (path, size.width(), size.height())
        cached = self._images.get(key)
        if cached is None or cached[0] != (stamp or file_stamp(path)):
            return None
        self._images.move_to_end(key)
        return cached[1]

    def aspect(self, path: Path, stamp: Stamp | None = None) -> float | None:
        """The picture's width over its height, once it has been drawn at any size."""
        known = self._aspects.get(path)
        return known[1] if known is not None and known[0] == (stamp or file_stamp(path)) \
            else None

    def idle(self) -> bool:
        """Nothing asked for is still to be drawn."""
        return not self._queued

    def gave_up(self, path: Path, stamp: Stamp | None = None) -> bool:
        """Whether this file, as it is now, failed to draw (it is then not offered again)."""
        return path in self._failures and self._failures[path] == (stamp or file_stamp(path))

    def request(self, path: Path, size: QSize, data: bytes | None = None,
                stamp: Stamp | None = None) -> None:
        """Draw ``path`` to fit ``size`` on the worker; :attr:`ready` says when it is done.
        With ``data`` (the file's content, read when its stamp was ``stamp``), those bytes
        are checked and drawn and the file is not read again."""
        key = (path, size.width(), size.height())
        if key in self._queued or size.isEmpty() or self.gave_up(path, stamp) or (
                self.image(path, size, stamp) is not None):
            return
        self._queued.add(key)
        self._jobs.put(_Job(path, size, key, data, stamp if data is not None else None))
        self._ensure_worker()
        self._poll.start()

    def shutdown(self, wait_s: float = 0.0) -> bool:
        """Stop drawing: the worker ends after the picture it is drawing. With ``wait_s``,
        wait up to that long for every drawing thread to end; whether they all have.

        The app waits before it exits: a thread still inside Qt's SVG plug-in when the
        process tears Qt down crashes it (seen once in 30 starts quit at once, under load).
        """
        workers = [*self._abandoned, *([self._worker] if self._worker is not None else [])]
        if self._worker is not None:
            self._worker.abandoned = True
            self._worker = None
        self._jobs.put(None)
        deadline = time.monotonic() + wait_s
        for worker in workers:
            if worker.thread is not None:
                worker.thread.join(max(0.0, deadline - time.monotonic()))
        return not any(w.thread is not None and w.thread.is_alive() for w in workers)

    # --- the worker -------------------------------------------------------------------------

    def _ensure_worker(self) -> None:
        if self._worker is not None or len(self._abandoned) >= MAX_ABANDONED:
            return
        worker = _Worker()
        # The thread is given plain Python objects only, never this QObject: were it to
        # drop the last reference to a Qt object, that object would die on the wrong thread.
        worker.thread = threading.Thread(
            target=_work, args=(worker, self._jobs, self._results, self._lock,
                                self._failures, self._draw),
            name="supple-pictures", daemon=True)
        self._worker = worker
        worker.thread.start()  # returns once the thread runs: its ident is known
        clock_of = getattr(time, "pthread_getcpuclockid", None)
        if clock_of is not None and worker.thread.ident is not None:
            with contextlib.suppress(OSError):
                worker.cpu_clock = clock_of(worker.thread.ident)

    def _poll_worker(self) -> None:
        """What the worker has done, then whether the picture it is drawing is late."""
        while not self._results.empty():
            self._on_finished(self._results.get())
        self._check_budget()
        if not self._queued and not self._abandoned:
            self._poll.stop()

    def _check_budget(self) -> None:
        """Give up the picture being drawn once it has taken longer than the budget."""
        worker = self._worker
        if worker is None:
            return
        with self._lock:
            job = worker.job
            late = job is not None and self._late(worker)
            if late:
                worker.abandoned = True
        if job is not None and late:
            self._abandon(worker, job)

    def _late(self, worker: _Worker) -> bool:
        wall = time.monotonic() - worker.started
        spent = worker.spent()
        return wall > self.budget * WALL_FACTOR or (spent if spent is not None
                                                     else wall) > self.budget

    def _abandon(self, worker: _Worker, job: _Job) -> None:
        self._worker = None
        self._abandoned.append(worker)
        self._queued.discard(job.key)
        stamp = job.stamp if job.data is not None else file_stamp(job.path)
        self._fail(job.path, stamp, self._too_slow())
        if not self._jobs.empty():
            self._ensure_worker()

    def _too_slow(self) -> str:
        return tr("took more than {ms} ms to draw, so it was given up").format(
            ms=f"{self.budget * 1000:.0f}")

    def _on_finished(self, result: _Result) -> None:
        worker, job = result.worker, result.job
        if worker in self._abandoned:  # given up already; its thread has now ended
            self._abandoned.remove(worker)
            if not self._jobs.empty():
                self._ensure_worker()
            return
        self._queued.discard(job.key)
        if result.skipped:
            return
        if result.problem is not None:
            self._fail(job.path, result.stamp, result.problem)
        elif result.elapsed > self.budget or result.wall > self.budget * WALL_FACTOR:
            self._fail(job.path, result.stamp, self._too_slow())
        elif result.image is None or result.image.isNull():
            self._fail(job.path, result.stamp, tr("could not be drawn by Qt"))
        else:
            self.drawn += 1
            old = self._images.pop(job.key, None)
            self._image_bytes += result.image.sizeInBytes() - (
                old[1].sizeInBytes() if old is not None else 0)
            self._images[job.key] = (result.stamp, result.image)
            self._aspects[job.path] = (result.stamp, result.aspect)
            while len(self._images) > MAX_IMAGES or (
                    self._image_bytes > MAX_IMAGE_BYTES and len(self._images) > 1):
                self._image_bytes -= self._images.popitem(last=False)[1][1].sizeInBytes()
            self.ready.emit()

    def _fail(self, path: Path, stamp: Stamp | None, why: str | Problem) -> None:
        with self._lock:
            self._failures[path] = stamp
        self.failed.emit(why if isinstance(why, Problem) else picture_problem(path, why))
        self.ready.emit()
