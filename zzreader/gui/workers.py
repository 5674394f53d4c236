"""Background work for the window: imports and searches off the GUI thread.

Threading and SQLite, the choice made here: the GUI
thread keeps its own `Library` for the short indexed reads that draw the tree
and open an article. Everything slow runs in one of two *lanes*, each a
QThreadPool with exactly one thread that never expires and its own `Library`
(connection), opened lazily in that thread:

- the **write** lane runs imports, one after another, so there is only ever
  one writer;
- the **read** lane runs searches and title filters, so a search never waits
  for an import and never blocks a tree expansion;
- the **edits** lane runs the user's small writes (a highlight, a note, a
  tag, a correction) with `call()`, which waits in a local event loop: the
  window keeps painting and answering input while the edit waits for the
  importer's current per-file transaction (SQLite allows one writer at a
  time), instead of the GUI thread blocking in SQLite for up to its busy
  timeout.

The library file is in WAL mode, so readers see the last committed state
while an import writes. Jobs get `(library, progress, cancel)`: `progress`
(done, total, text) is forwarded as a Qt signal (queued onto the GUI thread),
and `cancel` is a `threading.Event` that the core checks between files.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from zzreader.core.errors import ZZReaderError
from zzreader.core.store import Library, open_library
from zzreader.gui.qt import (
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
    alive,
)
from zzreader.gui.write_gate import WriteGate

JobFn = Callable[[Library, Callable[[int, int, str], None], threading.Event], Any]


class JobSignals(QObject):
    """Lives on the GUI thread; its signals reach GUI slots as queued calls.

    The lane's thread emits the `_sent_*` signals; they are relayed to the
    public ones on the GUI thread only while the answer is still wanted
    (`live()`): an answer arriving after the window closed (a reprint rebuild
    outlasting the close's wait) or after the widget that asked was deleted
    touched a closed library or a deleted C++ object.
    """

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception, so callers can tell a QueryError apart
    finished = Signal()  # after done or failed, always (even when they were not relayed)
    planted = Signal(str)  # a write removed what another program planted (core/immediate_writes.py)
    _sent_progress = Signal(int, int, str)
    _sent_done = Signal(object)
    _sent_failed = Signal(object)
    _sent_planted = Signal(str)

    def __init__(self, release: Callable[[], None], live: Callable[[], bool] = lambda: True) -> None:
        super().__init__()
        self._release = release
        self._live = live
        self.finished.connect(self._finished)
        self._sent_progress.connect(self._relay_progress)
        self._sent_done.connect(self._relay_done)
        self._sent_failed.connect(self._relay_failed)
        self._sent_planted.connect(self._relay_planted)

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self._live():
            self.progress.emit(done, total, text)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        if self._live():
            self.done.emit(result)

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        if self._live():
            self.failed.emit(exc)

    @Slot(str)
    def _relay_planted(self, notice: str) -> None:
        if self._live():
            self.planted.emit(notice)

    @Slot()
    def _finished(self) -> None:
        # Runs on the GUI thread after every done/failed call queued before it
        # has been delivered; only now may the job (and this object) go away.
        self._release()


class LaneSignals(QObject):
    """Made on the GUI thread: what the lane's thread emits reaches the window as a queued call."""

    waiting = Signal(str)  # a write waits for another process (core/immediate_writes.py)


class Job(QRunnable):
    """One call of `fn` in a lane's thread; cancel() asks it to stop between steps."""

    def __init__(self, lane: Lane, fn: JobFn, name: str = "", owner: QObject | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the lane holds the Python object until it ends
        self.lane = lane
        self.fn = fn
        self.name = name
        self.owner = owner  # the widget that asked: its answer is dropped once it is deleted
        self.started = False  # set in the lane's thread; a job never started was cleared by close()
        self.signals = JobSignals(lambda: lane.forget(self), self.wanted)
        self.cancel_event = threading.Event()
        self._start_lock = threading.Lock()  # between run()'s start and cancel_unstarted()

    def wanted(self) -> bool:
        """Whether the answer may still be delivered (GUI thread): the window is open, the asker alive."""
        return not self.lane.silenced and (self.owner is None or alive(self.owner))

    def cancel(self) -> None:
        self.cancel_event.set()

    def cancel_unstarted(self) -> bool:
        """Cancel the job if it has not started (it is queued behind another): True then,
        and it will do nothing at all; False when it runs already (cancel() asks it to stop)."""
        with self._start_lock:
            if self.started:
                return False
            self.cancel_event.set()
            return True

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        with self._start_lock:
            self.started = True
            cancelled = self.cancelled
        try:
            if cancelled:
                raise JobCancelled()
            result = self.fn(self.lane.library(), self._progress, self.cancel_event)
        except BaseException as exc:  # reported on the GUI thread, never lost
            self.signals._sent_failed.emit(exc)
        else:
            self.signals._sent_done.emit(result)
        finally:
            self._tell_planted()
            self.signals.finished.emit()

    def _tell_planted(self) -> None:
        """Before `finished`: a waiting `call()` returns after the window has the notice."""
        try:
            notices = self.lane.take_notices()
        except Exception:  # noqa: BLE001 - a closed connection has nothing to tell
            return
        for notice in notices:
            self.signals._sent_planted.emit(notice)

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals._sent_progress.emit(done, total, str(text or ""))


class JobCancelled(ZZReaderError):
    """A job cancelled before it started (its lane closed for a switch, a restore or the
    window's close); a handler that shows errors shows this one line."""

    def __init__(self, message: str = "已取消：书库已关闭 / Cancelled: the library was closed") -> None:
        super().__init__(message)


def open_existing(path: Path) -> Library:
    """The lanes' opener: the library as the window opened it, never a new one.

    The window opens (or, for a new library, makes) the file before any lane
    does. A file gone since was deleted or moved by another program; opening
    it would make a new, empty library at its old name, and the window would
    then call the file replaced (gui/library_file_watch.py).
    """
    if not os.path.exists(path):
        from zzreader.gui.library_file_watch import LibraryFileLost, lost

        raise LibraryFileLost(lost(path, None) or str(path))
    return open_library(path)


class Lane:
    """One worker thread with its own library connection."""

    def __init__(
        self, name: str, path: Path, opener: Callable[[Path], Library] | None = None,
        planted: Callable[[str], None] | None = None, waiting: Callable[[str], None] | None = None,
    ) -> None:
        self.name = name
        self.path = path
        self._opener = opener or open_existing
        self._planted = planted  # told, on the GUI thread, what this lane's writes removed
        self.signals = LaneSignals()
        if waiting is not None:
            self.signals.waiting.connect(waiting)
        self._library: Library | None = None
        self._fresh: list[str] = []
        self._jobs: set[Job] = set()
        self._lock = threading.Lock()
        self.gate: WriteGate | None = None  # the edits lane's: passed before each write (gui/write_gate.py)
        self.closed = False
        self.silenced = False  # the window closed for good: no answer is delivered any more
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one thread for the lane's lifetime, so one connection

    def library(self) -> Library:
        """The lane's connection; called only from the lane's thread."""
        if self._library is None:
            self._library = self._opener(self.path)
            if hasattr(self._library, "db"):  # a test's stand-in may have none
                self._library.db.waiting = self.signals.waiting.emit
            self._fresh = list(self._library.notices)  # planted after the window opened, removed now
        return self._library

    def take_notices(self) -> list[str]:
        """What opening the lane's connection and its writes since the last call removed (lane thread)."""
        if self._library is None:
            return []
        fresh, self._fresh = self._fresh, []
        return fresh + self._library.take_planted_notices()

    def prepare(self, fn: JobFn, name: str = "", owner: QObject | None = None) -> Job:
        """A job not yet started: connect to its signals, then `start()` it.

        Connecting after the start would race with a job that ends at once
        (a query error is raised in microseconds) and miss its answer. Its
        answers are dropped once `owner` (the widget that asked) is deleted.
        """
        job = Job(self, fn, name, owner)
        if self._planted is not None:
            job.signals.planted.connect(self._planted)
        return job

    def start(self, job: Job) -> Job:
        """Run `job`; on a closed lane it ends at once with JobCancelled, opening nothing.

        A late timer or click after the window closed its library (to switch
        or restore it) must not reopen a connection behind its back.
        """
        if self.closed:
            job.cancel()
        with self._lock:
            self._jobs.add(job)
        self.pool.start(job)
        return job

    def submit(
        self,
        fn: JobFn,
        name: str = "",
        done: Callable[[Any], Any] | None = None,
        failed: Callable[[BaseException], Any] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run `fn` in this lane; `done` / `failed` are connected before it starts."""
        job = self.prepare(fn, name, owner)
        if done is not None:
            job.signals.done.connect(done)
        if failed is not None:
            job.signals.failed.connect(failed)
        return self.start(job)

    def call(self, fn: Callable[[Library], Any], name: str = "") -> Any:
        """Run `fn(library)` in this lane and return its result (or raise its error).

        Waits in a local event loop, so the GUI thread stays responsive.
        """
        outcome: dict[str, Any] = {}
        loop = QEventLoop()
        job = self.prepare(lambda library, _p, _c: self._through_gate(fn, library), name)
        job.signals.done.connect(lambda result: outcome.setdefault("done", result))
        job.signals.failed.connect(lambda exc: outcome.setdefault("failed", exc))
        job.signals.finished.connect(loop.quit)
        self.start(job)
        if not outcome:
            loop.exec()
        if "failed" in outcome:
            raise outcome["failed"]
        if "done" not in outcome:  # the window closed meanwhile: its answer was not delivered
            raise JobCancelled()
        return outcome["done"]

    def _through_gate(self, fn: Callable[[Library], Any], library: Library) -> Any:
        """`fn(library)`, after the window's own long write (an index rebuild) has ended (lane thread)."""
        if self.gate is None:
            return fn(library)
        with self.gate.passed(self.signals.waiting.emit):
            return fn(library)

    def forget(self, job: Job) -> None:
        with self._lock:
            self._jobs.discard(job)

    def busy(self) -> bool:
        with self._lock:
            return bool(self._jobs)

    def cancel_all(self) -> None:
        with self._lock:
            jobs = list(self._jobs)
        for job in jobs:
            job.cancel()

    def close(self, timeout_ms: int = 30_000, silence: bool = False) -> bool:
        """Cancel queued work, wait for the running job, close the connection.

        `silence`: the window closes for good, so no answer is delivered after
        this (see JobSignals); a restore or a switch still hears its jobs end.
        """
        self.closed = True
        self.silenced = self.silenced or silence
        self.cancel_all()
        self.pool.clear()
        finished = self.pool.waitForDone(timeout_ms)
        self._end_cleared()
        if finished and self._library is not None:
            self._library.close()
            self._library = None
        return finished

    def _end_cleared(self) -> None:
        """Jobs `pool.clear()` removed never run: end them here, so a waiting `call()` returns."""
        with self._lock:
            cleared = [job for job in self._jobs if not job.started]
        for job in cleared:
            job.signals._sent_failed.emit(JobCancelled())
            job.signals.finished.emit()


class Workers:
    """The window's two lanes (see the module docstring)."""

    def __init__(
        self, path: Path, opener: Callable[[Path], Library] | None = None,
        planted: Callable[[str], None] | None = None, waiting: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.read = Lane("read", path, opener, planted, waiting)
        self.write = Lane("write", path, opener, planted, waiting)
        self.edits = Lane("edits", path, opener, planted, waiting)
        self.gate = WriteGate()  # a long write in the write lane holds it; edits wait for it, not time out
        self.edits.gate = self.gate

    def close(self, silence: bool = False, wait: bool = True) -> bool:
        """Close the three lanes; `silence` when the window closes for good (Lane.close);
        `wait=False`: a running job is left to end on its own (keep this object until then).

        The write lane's jobs are cancelled first: an edit waiting at the gate for a
        rebuild is then saved as soon as the rebuild has rolled back, not dropped."""
        self.write.cancel_all()
        timeout_ms = 30_000 if wait else 0
        closed = [lane.close(timeout_ms, silence) for lane in (self.edits, self.write, self.read)]  # each, always
        return all(closed)
