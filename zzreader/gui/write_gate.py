"""The window's own long writes and its small edits take turns here, not in SQLite's busy wait.

A search index rebuild (gui/index_repair.py) is one transaction for minutes
on decades of the paper. An edit typed meanwhile (a highlight, a note, a
tag) waited in SQLite for the write lock and failed after BUSY_TIMEOUT_S
(core/immediate_writes.py) with "another program kept the library busy":
the note was not saved, and the program named was the window itself.

A long write holds the gate for its whole transaction; an edit passes the
gate first, in the edits lane's thread (the window keeps painting: gui/workers.py
`call`), told once why it waits, and then writes at once. The holder is
always this window's job, which ends (or is cancelled when the window
closes: gui/workers.py Workers.close), so the edit is never dropped on a
timeout.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

POLL_S = 0.05


class WriteGate:
    """One lock, and why it is held ("中文 / English"), for the edit that has to wait."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.why = ""

    @contextmanager
    def held(self, why: str) -> Iterator[None]:
        """Hold the gate for a long write (in the write lane's thread); edits wait for its end."""
        with self._lock:
            self.why = why
            try:
                yield
            finally:
                self.why = ""

    @contextmanager
    def passed(self, tell: Callable[[str], None]) -> Iterator[None]:
        """Wait for a long write to end (telling `tell` once why), then write; the gate is held meanwhile,
        so no long write starts between the wait and the edit's own transaction."""
        told = False
        while not self._lock.acquire(timeout=POLL_S):
            if not told and self.why:
                told = True
                tell(self.why)
        try:
            yield
        finally:
            self._lock.release()
