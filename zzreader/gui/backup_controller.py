"""Backups from the window: the daily one, the closing one, Back up now and Restore;
and Compact the library, the other whole-file upkeep (core/compact.py).

The controller knows the window only through `LibraryHost`, the few things
a backup or a restore needs (the library, closing and showing it again, the
status line), so it can be read and tested without the rest of the window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from zzreader import i18n
from zzreader.core import shown
from zzreader.core.errors import ZZReaderError
from zzreader.core.store import Library, open_library
from zzreader.gui import prompts
from zzreader.gui.qt import QAction, QApplication, QObject, Qt, QWidget
from zzreader.gui.workers import Job, JobCancelled, Workers
from zzreader.i18n import both, tr

if TYPE_CHECKING:  # core/backup.py loads with the first backup (after the first paint), the dialog when opened
    from zzreader.core import backup as bk
    from zzreader.core import restore as rs
    from zzreader.core.compact import CompactReport
    from zzreader.gui.backup_dialog import RestoreDialog

STATUS_MS = 15_000  # how long a backup's message stays in the status bar


class LibraryHost(Protocol):
    """What the backups need of the window."""

    library: Library | None
    workers: Workers

    def close_library(self, backup: bool) -> None: ...

    def adopt(self, library: Library) -> None: ...

    def busy_importing(self) -> bool: ...

    def before_restore(self) -> bool: ...

    def after_restore(self, searched: bool) -> None: ...

    def show_status(self, text: str, ms: int = 0) -> None: ...


class BackupController(QObject):
    """File → Back up now / Restore a backup…, and the automatic backups."""

    def __init__(self, host: LibraryHost, parent: QWidget, act_backup_now: QAction) -> None:
        super().__init__(parent)
        self.host, self.parent_widget, self.act_backup_now = host, parent, act_backup_now
        self.daily_backup: Job | None = None
        self.restore_dlg: RestoreDialog | None = None
        self.restoring = False  # the library is closed while a restore runs
        self.compacting: Job | None = None

    @property
    def library(self) -> Library:
        assert self.host.library is not None, "no library is open"
        return self.host.library

    # -- automatic backups ---------------------------------------------------------
    def queue_daily_backup(self) -> Job:
        """The daily backup in the write lane: before any import, never delaying the window."""
        from zzreader.core import backup as bk

        self.act_backup_now.setEnabled(True)  # a Back up now the old lanes dropped
        self.daily_backup = self.host.workers.write.submit(
            lambda library, _p, _c: bk.backup_if_due(library), "daily-backup",
            done=self._daily_backup_done, failed=self._failed_quietly,
        )
        return self.daily_backup

    def _daily_backup_done(self, made: bk.BackupInfo | None) -> None:
        if made is not None:
            self.host.show_status(tr("backup.daily_done", name=made.path.name), STATUS_MS)

    def _failed_quietly(self, exc: BaseException) -> None:
        """An automatic backup failed: say so in the status bar and the log, go on."""
        if isinstance(exc, JobCancelled):
            return
        print(f"{both('backup.failed')}: {shown.error(exc)}", file=sys.stderr)
        self.host.show_status(f"{tr('backup.failed')}: {i18n.pick(shown.error(exc))}", STATUS_MS)

    def backup_on_close(self) -> bk.BackupInfo | None:
        """The closing backup, if the library changed; a failure is logged, never stops the close."""
        from zzreader.core import backup as bk

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return bk.backup_on_close(self.library)
        except Exception as exc:  # noqa: BLE001 - whatever went wrong, the window still closes
            print(f"{both('backup.failed')}: {shown.error(exc)}", file=sys.stderr)  # our words, one line
            return None
        finally:
            QApplication.restoreOverrideCursor()

    # -- File → Back up now --------------------------------------------------------
    def backup_now(self) -> Job:
        """In the write lane (after an import already running)."""
        from zzreader.core import backup as bk

        self.act_backup_now.setEnabled(False)
        self.host.show_status(tr("backup.running"))
        workers = self.host.workers
        job = workers.write.prepare(lambda library, _p, _c: bk.make_backup(library, "manual"), "backup")
        job.signals.done.connect(self._backup_made)
        job.signals.failed.connect(self._backup_failed)
        return workers.write.start(job)

    def _backup_made(self, made: bk.BackupInfo) -> None:
        from zzreader.gui.backup_dialog import size_text

        self.act_backup_now.setEnabled(True)
        self.host.show_status(tr("backup.done", name=made.path.name, size=size_text(made.size)), STATUS_MS)

    def _backup_failed(self, exc: BaseException) -> None:
        self.act_backup_now.setEnabled(True)
        if isinstance(exc, JobCancelled):
            self.host.show_status("")
            return
        self.host.show_status(f"{tr('backup.failed')}: {i18n.pick(shown.error(exc))}", STATUS_MS)
        prompts.warn(self.parent_widget, tr("backup.failed"), i18n.pick(shown.error(exc)))

    # -- File → Compact the library… -----------------------------------------------
    def compact_now(self) -> Job | None:
        """Merge the index and rewrite the file in the write lane, after a confirmation
        naming the free space it needs; None when not confirmed or one already runs."""
        from zzreader.core.compact import compact
        from zzreader.gui.backup_dialog import size_text

        if self.compacting is not None:
            self.host.show_status(tr("compact.running"))
            return None
        size = size_text(self.library.path.stat().st_size)
        if not prompts.confirm_action(
            self.parent_widget, tr("compact.title"), tr("compact.confirm", size=size), tr("compact.button")
        ):
            return None
        self.host.show_status(tr("compact.running"))
        workers = self.host.workers
        gate, why = workers.gate, both("compact.edit_waits")

        def work(library, _progress, _cancel) -> CompactReport:
            with gate.held(why):  # minutes of one write: edits wait for it, not time out (gui/write_gate.py)
                return compact(library)

        job = workers.write.prepare(work, "compact")
        job.signals.done.connect(self._compacted)
        job.signals.failed.connect(self._compact_failed)
        self.compacting = workers.write.start(job)
        return self.compacting

    def _compacted(self, report: CompactReport) -> None:
        from zzreader.gui.backup_dialog import size_text

        self.compacting = None
        text = tr("compact.done", before=size_text(report.before), after=size_text(report.after))
        self.host.show_status(text, STATUS_MS)

    def _compact_failed(self, exc: BaseException) -> None:
        self.compacting = None
        if isinstance(exc, JobCancelled):
            self.host.show_status("")
            return
        self.host.show_status(f"{tr('compact.failed')}: {i18n.pick(shown.error(exc))}", STATUS_MS)
        prompts.warn(self.parent_widget, tr("compact.failed"), i18n.pick(shown.error(exc)))

    # -- what must end before the library is closed ------------------------------------
    def busy_with(self) -> str | None:
        """A long write of this window: "import", "write" (a compact, an index rebuild, an
        annotation import, a people-index merge) or None. A restore or a switch closes the
        lanes first, and the close waited up to 30 s on the GUI thread for a VACUUM that
        cannot be stopped, then went on with the write still running."""
        if self.host.busy_importing():
            return "import"
        if self.compacting is not None or self.host.workers.gate.why:
            return "write"
        return None

    def refuse_switch(self) -> bool:
        """Whether another library must not be opened now; if so, says why in one line."""
        busy = self.busy_with()
        if busy is None:
            return False
        text = tr("library.switch_busy" if busy == "import" else "library.switch_busy_writing")
        self.host.show_status(text, STATUS_MS)
        prompts.warn(self.parent_widget, tr("library.open_failed"), text)
        return True

    # -- File → Restore a backup… --------------------------------------------------
    def restore_dialog(self) -> RestoreDialog:
        """Choose a backup; `restore_backup` confirms and restores."""
        from zzreader.core import backup as bk
        from zzreader.gui.backup_dialog import RestoreDialog

        if self.restore_dlg is not None:
            self.restore_dlg.deleteLater()

        path = self.library.path
        dialog = RestoreDialog(bk.list_backups(path), bk.backups_dir(path), self.parent_widget)
        dialog.chosen.connect(self.restore_backup)
        self.restore_dlg = dialog
        dialog.open()
        return dialog

    def restore_backup(self, backup: str | Path) -> bool:
        """Replace the library's contents with `backup` (after a confirmation); True if restored.

        The core saves the current library as a pre-restore backup first and
        refuses a damaged backup before changing anything; either way the
        library is opened again and shown, then any error is shown.
        """
        backup = Path(backup)
        parent = self.parent_widget
        busy = self.busy_with()
        if busy is not None:
            prompts.warn(parent, tr("restore.title"), tr("restore.busy" if busy == "import" else "restore.busy_writing"))
            return False
        if not prompts.confirm_action(parent, tr("restore.title"), self._question(backup), tr("restore.confirm.button")):
            return False
        searched = self.host.before_restore()
        self.host.show_status(tr("restore.running"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.restoring = True
        try:
            result, error, reopened = self._replace_library(backup)
        finally:
            self.restoring = False
            QApplication.restoreOverrideCursor()
        if reopened is None:  # nothing left to show: say where things are, and close
            prompts.warn(parent, tr("restore.failed"), error or "")
            parent.close()
            return False
        self.host.after_restore(searched)
        if error is not None:
            self.host.show_status(f"{tr('restore.failed')}: {error}", STATUS_MS)
            prompts.warn(parent, tr("restore.failed"), error)
            return False
        previous = result.previous.name if result is not None and result.previous else "—"
        self.host.show_status(tr("restore.done", name=backup.name, previous=previous), STATUS_MS)
        return True

    def _question(self, backup: Path) -> str:
        from zzreader.core import backup as bk
        from zzreader.gui.backup_dialog import kind_text, local_time

        info = next((b for b in bk.list_backups(self.library.path) if b.path == backup), None)
        if info is not None:
            when = tr("restore.when", time=local_time(info.created), kind=kind_text(info.reason))
        else:
            when = str(backup.parent)
        return tr("restore.confirm", name=backup.name, when=when, library=self.library.path.name)

    def _replace_library(self, backup: Path) -> tuple[rs.RestoreResult | None, str | None, Library | None]:
        """Close lanes and library, restore, open and show the library again.

        Returns the restore's result, its error message, and the reopened
        library (None if even that failed; the window then has no library).
        """
        from zzreader.core import restore as rs
        from zzreader.gui.busy import run_busy

        path = self.library.path
        self.host.close_library(backup=False)  # restore() keeps the pre-restore copy itself
        result, error = None, None
        try:  # seconds on a large library: in a thread, the window painted meanwhile
            result = run_busy(
                self.parent_widget, tr("restore.running"), lambda: rs.restore(path, backup), tr("restore.title")
            )
        except Exception as exc:  # noqa: BLE001 - whatever went wrong, the library is shown again
            error = shown.error(exc)
        try:
            new = open_library(path)
        except ZZReaderError as exc:
            self.host.library = None
            return result, "\n\n".join(filter(None, [error, shown.error(exc)])), None
        self.host.adopt(new)
        return result, error, new
