"""Importing issues from the window: the file and folder dialogs, the write-lane job, the summary.

The controller needs only the write lane and a parent for its dialogs; it
says `finished(report)` when an import has ended, and the window refreshes
what the report says changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core.store import Library
from zzreader.gui import file_dialogs
from zzreader.gui.qt import QDropEvent, QEvent, QObject, QWidget, Signal
from zzreader.gui.workers import Workers
from zzreader.i18n import tr

if TYPE_CHECKING:  # the importer (and its process pool) and the dialog load when an import starts
    from zzreader.core.importer import ImportReport
    from zzreader.gui.import_dialog import ImportDialog

IMPORT_FILTER = "株洲日报 (*.txt *.md *.markdown *.html *.htm *.xhtml *.mht *.mhtml *.xml *.rtf *.eml *.mbox *.srt *.vtt *.tex *.org *.warc);;*"


class ImportController(QObject):
    """File → Import files… / Import folder…, drops, and the import summary dialog."""

    finished = Signal(object)  # the ImportReport of an import that ended

    def __init__(self, workers: Callable[[], Workers], parent: QWidget) -> None:
        super().__init__(parent)
        self.workers, self.parent_widget = workers, parent
        self.dialog: ImportDialog | None = None  # the last one started
        self.dialogs: list[ImportDialog] = []  # every import not yet ended (two drops queue in the write lane)

    def drag(self, event: QDropEvent) -> None:
        """A drag over the window: accepted when it carries local files (also a drop: imported).

        A `file://host/share/…` URL is a network share (a UNC path on Windows, which
        would connect to that host): not a local file, so not imported."""
        urls = event.mimeData().urls()
        paths = [u.toLocalFile() for u in urls if u.isLocalFile() and u.host() in ("", "localhost")]
        if paths:
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.start_import(paths)

    def running(self) -> bool:
        """Whether an import runs or waits in line (a second one cancelled must not hide the first)."""
        self.dialogs = [d for d in self.dialogs if not d.ended]
        return bool(self.dialogs)

    def import_files(self) -> None:
        from zzreader.gui.qt import QFileDialog  # made on first use, not at start

        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, tr("import.files.title"), file_dialogs.folder("import"), IMPORT_FILTER
        )
        if paths:
            file_dialogs.remember("import", paths[0])
            self.start_import(paths)

    def import_folder(self) -> None:
        from zzreader.gui.qt import QFileDialog

        path = QFileDialog.getExistingDirectory(
            self.parent_widget, tr("import.folder.title"), file_dialogs.folder("import")
        )
        if path:
            file_dialogs.remember("import", path)
            self.start_import([path])

    def start_import(self, paths: list[str | Path], show_dialog: bool = True, replace: bool = False) -> ImportDialog:
        """Import `paths` in the write lane; the dialog shows progress, then the summary.

        `replace`: a file that is a stored issue again (a `duplicate`) takes its place,
        as `import --replace` does; the summary's Replace button asks for it."""
        paths = [str(p) for p in paths]
        from zzreader.core.importer import import_paths

        def work(library: Library, progress, cancel) -> ImportReport:
            progress(0, 0, "")  # begun: a dialog that said it waits in line now says it prepares
            # The importer re-anchors highlights on re-imported text itself.
            return import_paths(
                library, paths,
                progress=lambda done, total, path: progress(done, total, str(path or "")),
                cancel=cancel,
                replace=replace,
            )

        lane = self.workers().write
        job = lane.prepare(work, "import")
        from zzreader.gui.import_dialog import ImportDialog

        dialog = ImportDialog(job, self.parent_widget)  # connects before the job can end
        dialog.finished_report.connect(self.finished.emit)
        dialog.replace_wanted.connect(lambda again: self.start_import(again, show_dialog, replace=True))
        if lane.busy():  # another import or a rebuild writes: this one waits, and says so
            dialog.wait_in_line(self._last_shown())
        self.running()
        self.dialog = dialog
        self.dialogs.append(dialog)
        lane.start(job)
        if show_dialog:
            dialog.show()
        return dialog

    def _last_shown(self) -> ImportDialog | None:
        """The running import's dialog the user sees, so a waiting one opens beside it, not over it."""
        return next((d for d in reversed(self.dialogs) if not d.ended and d.isVisible()), None)
