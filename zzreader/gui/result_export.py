"""Search → Export results…: every article the current search finds, to a file.

A reporter who has found what a story needs takes it along: a CSV for a
spreadsheet, Markdown to read and quote, JSON lines for a script
(core/article_export.py writes them; `zzreader export articles --query`
writes the same). The format follows the file's suffix, else the filter
chosen in the dialog. The search runs again in the read lane with the
dock's filters and order, so the file holds every hit, not only the pages
the list has fetched, and the window stays free while it is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import shown
from zzreader.gui import file_dialogs
from zzreader.gui.qt import QFileDialog, QObject, QWidget, Signal
from zzreader.i18n import pick, tr

if TYPE_CHECKING:
    from zzreader.core.store import Library
    from zzreader.gui.search_panel import SearchRequest
    from zzreader.gui.workers import Workers

FILTERS = {"csv": "CSV (*.csv)", "md": "Markdown (*.md)", "txt": "TXT (*.txt)", "jsonl": "JSON Lines (*.jsonl)"}
SUFFIXES = {".csv": "csv", ".md": "md", ".markdown": "md", ".txt": "txt", ".jsonl": "jsonl"}


def format_of(path: str, chosen_filter: str = "") -> tuple[str, str]:
    """The format for `path`, and the path with its suffix when it had none the format knows."""
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is not None:
        return fmt, path
    fmt = next((f for f, label in FILTERS.items() if label == chosen_filter), "csv")
    return fmt, path + "." + fmt


class ResultExport(QObject):
    """The export of one search's results, in the background; `exported` or `failed` follows."""

    exported = Signal(str, int)  # path, articles written
    failed = Signal(str)

    def __init__(self, parent: QWidget, workers: Callable[[], Workers], status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.parent_widget, self.workers, self.status = parent, workers, status
        self.running = 0

    def ask(self, request: SearchRequest | None) -> None:
        """The file dialog, then the export; nothing without a search."""
        if request is None or not request.query:
            self.status(tr("results.export.none"))
            return
        name = file_dialogs.file_name(request.query, ".csv", "search")  # a query is never a path
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, tr("results.export.title"), file_dialogs.suggest("export", name),
            ";;".join(FILTERS.values()),
        )
        file_dialogs.remember("export", path)
        if path:
            self.start(request, *reversed(format_of(path, chosen)))

    def start(self, request: SearchRequest, path: str, fmt: str):
        """Search again for every hit and write them to `path` in the read lane."""
        self.running += 1
        self.status(tr("results.export.running"))

        def work(library: Library, progress, _cancel) -> int:
            from zzreader.core import article_export

            ids = article_export.found(
                library, request.query, date_from=request.date_from, date_to=request.date_to,
                sort=request.sort, types=[request.type] if request.type else None, section=request.section,
            )
            return article_export.save(library, path, fmt, ids, lambda n, total: progress(n, total))[0]

        return self.workers().read.submit(
            work, "export-results",
            done=lambda n: self._done(path, n),
            failed=lambda exc: self._failed(tr("export.failed", error=pick(shown.error(exc)))),
            owner=self,  # the window gone before the file is written: nothing to tell (gui/workers.py)
        )

    def _done(self, path: str, count: int) -> None:
        self.running -= 1
        self.status(tr("results.export.done", n=count, path=shown.name(path)))
        self.exported.emit(path, count)

    def _failed(self, message: str) -> None:
        self.running -= 1
        self.status(message)
        self.failed.emit(message)
