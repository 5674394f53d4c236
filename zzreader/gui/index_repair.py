"""The window notices a search index another tool left stale, and rebuilds it.

Each article opened is checked in the read lane (core/index_check.py: a few
phrases of the article as it stands, asked of the index under its key).
When the index does not hold them, another program changed the library
without it, so search silently missed the new words and still found the old
ones: the status bar says so in one line and the index is rebuilt in the
write lane, once per window; the search shown is run again. A read-only
library cannot be rebuilt: the line says that instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core import shown
from zzreader.gui.first_paint import after_first_paint
from zzreader.gui.qt import QObject
from zzreader.gui.workers import JobCancelled
from zzreader.i18n import both, pick, tr

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

STATUS_MS = 15_000


class IndexRepair(QObject):
    """Checks every opened article against the index; one rebuild when it is stale."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.repairing = False  # a rebuild is queued or running: no second one
        self.told = False  # stale and read-only: said once
        window.article_opened.connect(self.check)
        # The article the window opened with, once drawn: the index modules are not loaded before.
        after_first_paint(window, lambda: window.current_id is not None and self.check(window.current_id))

    def check(self, article_id: int) -> None:
        if self.repairing or self.told or self.window.closed:
            return

        def stale(library, _progress, _cancel) -> bool:
            # Imported in the read lane: fts_index is not loaded before the first paint.
            from zzreader.core import index_check

            return index_check.stale(library.db, article_id)

        self.window.workers.read.submit(stale, "index-check", done=self._checked, owner=self.window)

    def _checked(self, is_stale: bool) -> None:
        if not is_stale or self.repairing or self.told:
            return
        if self.window.library.read_only:
            self.told = True
            self.window.show_status(tr("index.stale_read_only"), STATUS_MS)
            return
        self.repairing = True
        self.window.show_status(tr("index.stale"))
        gate = self.window.workers.gate

        def rebuild(library, progress, cancel) -> int:
            from zzreader.core import index_check

            def step(done: int, total: int) -> None:
                if cancel.is_set():  # the window closes: roll back now, so an edit waiting at the gate is saved
                    raise JobCancelled()
                progress(done, total, "")

            # One transaction for minutes: the window's edits wait at the gate, not in SQLite (gui/write_gate.py).
            with gate.held(both("index.edit_waits")):
                return index_check.rebuild(library, step)

        job = self.window.workers.write.prepare(rebuild, "index-rebuild", owner=self.window)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._rebuilt)
        job.signals.failed.connect(self._failed)
        self.window.workers.write.start(job)

    def _progress(self, done: int, total: int, _text: str) -> None:
        """The rebuild runs (and writes wait): said until it ends, every 500 articles (core/fts_index.py)."""
        if done < total:
            self.window.show_status(tr("index.rebuilding", done=done, total=total))

    def _rebuilt(self, count: int) -> None:
        self.repairing = False
        self.window.edits.own_write()  # the rebuild's commit is not another program's
        self.window.show_status(tr("index.rebuilt", n=count), STATUS_MS)
        if self.window.search.request is not None:
            self.window.search.run()

    def _failed(self, exc: BaseException) -> None:
        self.repairing = False
        if isinstance(exc, JobCancelled):  # the lanes closed for a restore or a switch: the next open checks again
            return
        self.told = True  # not again and again for every article opened
        self.window.show_status(tr("index.rebuild_failed", error=pick(shown.error(exc))), STATUS_MS)
