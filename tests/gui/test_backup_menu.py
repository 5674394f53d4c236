"""Backups in the window: on close, daily on open, File → Back up now / Restore a backup… (offscreen)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core.highlights import Highlight
from zzreader.gui import prompts
from zzreader.gui.backup_dialog import RestoreDialog
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QSettings

NOTE = "备份之后的批注 / a note made after the backup"


def settled(qtbot, window: MainWindow) -> MainWindow:
    """Wait for the daily backup (queued once the window is drawn) to finish in the write lane."""
    qtbot.waitUntil(lambda: window.backups.daily_backup is not None and not window.workers.write.busy(), timeout=10_000)
    return window


def open_window(qtbot, path: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return settled(qtbot, win)


def reasons(path: Path) -> list[str]:
    return [b.reason for b in bk.list_backups(path)]


def annotate(window: MainWindow, note: str = NOTE) -> Highlight:
    """A highlight with a note on the open article, through the window's connection."""
    h = window.library.highlights.add(window.current_id, 0, 4, note=note).value
    window.annotator.notify()
    return h


def back_up_now(qtbot, window: MainWindow) -> bk.BackupInfo:
    """File → Back up now; the action is off until the write lane reports back."""
    window.act_backup_now.trigger()
    assert not window.act_backup_now.isEnabled()  # no second click while one runs
    qtbot.waitUntil(window.act_backup_now.isEnabled, timeout=10_000)
    return bk.list_backups(window.library.path)[0]


def restore_from_list(qtbot, window: MainWindow, backup: Path, monkeypatch) -> list[str]:
    """File → Restore a backup…, pick `backup`, confirm; returns the confirmation asked."""
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm_action", lambda _p, _t, text, _b: asked.append(text) or True)
    window.act_restore.trigger()
    dialog = window.backups.restore_dlg
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    dialog.select(backup)
    dialog.b_restore.click()
    assert not dialog.isVisible()
    return asked


# -- automatic backups -------------------------------------------------------------------
def test_the_window_backs_up_daily_on_open_and_on_close_only_after_a_change(
    qtbot, library_path, settings
):
    win = open_window(qtbot, library_path, settings)
    assert reasons(library_path) == ["daily"]  # queued in the write lane, not on the GUI thread
    assert win.backups.daily_backup is not None and win.backups.daily_backup.name == "daily-backup"
    win.close()
    assert win.closed
    assert reasons(library_path) == ["daily"]  # nothing changed: no closing copy

    win = open_window(qtbot, library_path, settings)
    assert reasons(library_path) == ["daily"]  # once a day
    annotate(win)
    win.close()
    newest = bk.list_backups(library_path)[0]
    assert newest.reason == "close"
    assert table_dump(newest.path) == table_dump(library_path)  # holds the new note
    assert rs.check_backup(newest.path) >= 1


def test_switching_libraries_backs_up_the_one_left_and_the_one_opened(
    qtbot, window, sample_library_file, tmp_path
):
    settled(qtbot, window)
    first = window.library.path
    annotate(window)
    other = tmp_path / "other" / "library.sqlite"
    other.parent.mkdir()
    other.write_bytes(sample_library_file.read_bytes())
    assert window.switch_library(other)
    assert reasons(first) == ["close", "daily"]
    settled(qtbot, window)
    assert reasons(other) == ["daily"]


def test_a_failing_closing_backup_is_logged_and_the_window_still_closes(
    qtbot, library_path, settings, monkeypatch, capsys
):
    win = open_window(qtbot, library_path, settings)
    annotate(win)

    def refuse(_library):
        raise bk.BackupError("磁盘已满 / The disk is full")

    monkeypatch.setattr(bk, "backup_on_close", refuse)
    win.close()
    assert win.closed and not win.isVisible()
    assert "备份失败 / Backup failed: 磁盘已满 / The disk is full" in capsys.readouterr().err


def test_a_window_replaced_for_a_language_change_makes_no_closing_backup(qtbot, window, monkeypatch):
    settled(qtbot, window)
    annotate(window)
    calls = []
    monkeypatch.setattr(bk, "backup_on_close", lambda library: calls.append(library))
    window.shutdown(backup=False)
    assert calls == [] and window.closed


# -- File → Back up now ------------------------------------------------------------------
def test_back_up_now_adds_a_backup_and_names_it_in_the_status_bar(qtbot, window):
    settled(qtbot, window)
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.act_backup_now, window.act_restore} <= set(file_menu.actions())
    assert window.act_backup_now.text() == "立即备份(&B)"
    before = bk.list_backups(window.library.path)
    made = back_up_now(qtbot, window)
    assert made.reason == "manual" and made.path.exists()
    assert bk.list_backups(window.library.path) == [made] + before
    message = window.statusBar().currentMessage()
    assert message.startswith("已备份到 ") and made.path.name in message
    assert table_dump(made.path) == table_dump(window.library.path)


def test_a_failing_manual_backup_is_shown(qtbot, window, monkeypatch):
    settled(qtbot, window)
    shown = []
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: shown.append((title, text)))

    def refuse(_library, _reason):
        raise bk.BackupError("无法备份书库 / Could not back up the library: no space")

    monkeypatch.setattr(bk, "make_backup", refuse)
    window.backups.backup_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("备份失败", "无法备份书库")]  # the interface language only
    assert window.act_backup_now.isEnabled()


# -- File → Restore a backup… ---------------------------------------------------------------
def test_restore_brings_back_the_chosen_backup_and_keeps_the_state_it_replaced(
    qtbot, window, monkeypatch
):
    settled(qtbot, window)
    lib = window.library
    gone = lib.issue_summaries()[0]
    seed = next(p for p in SEEDS if p.name == Path(gone.source).name)
    lib.delete_issue(gone.id)
    window.refresh_tree()
    saved = back_up_now(qtbot, window)
    saved_rows = table_dump(saved.path)
    issues_then = lib.stats().issues

    # After the backup: the issue comes back by import and a note is added.
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.imports.start_import([seed], show_dialog=False)
    back = next(s for s in window.library.issue_summaries() if s.date == gone.date)
    assert window.model.find_issue(back.id, back.date).isValid()
    window.browser_dock.show()
    annotate(window)
    assert NOTE in [h.note for h in window.browser.model.rows]
    changed_rows = table_dump(window.library.path)
    window.search.search_for("株洲")
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)

    asked = restore_from_list(qtbot, window, saved.path, monkeypatch)
    assert len(asked) == 1 and saved.path.name in asked[0] and "恢复前" in asked[0]
    assert "手动" in asked[0]  # the kind of the chosen backup

    # The window shows the restored library: rows, tree, annotations, search.
    assert window.library is not lib and window.library.path == saved.path.parent.parent / "library.sqlite"
    assert table_dump(window.library.path) == saved_rows
    assert window.library.stats().issues == issues_then
    assert all(s.date != gone.date for s in window.library.issue_summaries())
    assert not window.model.find_issue(back.id, back.date).isValid()
    assert NOTE not in [h.note for h in window.browser.model.rows]
    assert NOTE not in [h.note for h in window.library.highlights.find()]
    assert window.current_id is not None and window.tree.currentIndex().isValid()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.request is not None  # the search ran again on the restored library
    assert window.act_backup_now.isEnabled()

    # The state it replaced is kept as a pre-restore backup, and can itself be restored.
    pre = bk.list_backups(window.library.path)[0]
    assert pre.reason == "pre-restore"
    assert table_dump(pre.path) == changed_rows
    message = window.statusBar().currentMessage()
    assert saved.path.name in message and pre.path.name in message
    restore_from_list(qtbot, window, pre.path, monkeypatch)
    assert NOTE in [h.note for h in window.library.highlights.find()]


def test_a_damaged_backup_shows_the_error_and_leaves_the_library_as_it_was(
    qtbot, window, monkeypatch
):
    settled(qtbot, window)
    annotate(window)
    path = window.library.path
    damaged = bk.backups_dir(path) / "library-20260101-080000Z-manual.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = table_dump(path)
    listed = bk.list_backups(path)
    shown = []
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: shown.append((title, text)))

    restore_from_list(qtbot, window, damaged, monkeypatch)

    assert len(shown) == 1 and shown[0][0] == "恢复失败"
    assert "损坏" in shown[0][1] and "damaged" in shown[0][1] and damaged.name in shown[0][1]
    assert table_dump(path) == before
    assert bk.list_backups(path) == listed  # no pre-restore copy: nothing was replaced
    assert window.library is not None and window.current_id is not None
    assert NOTE in [h.note for h in window.library.highlights.find()]
    assert window.model.rowCount() > 0
    assert window.statusBar().currentMessage().startswith("恢复失败")


def test_declining_the_confirmation_changes_nothing(qtbot, window, monkeypatch):
    settled(qtbot, window)
    saved = back_up_now(qtbot, window)
    annotate(window)
    lib = window.library
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: False)
    assert window.backups.restore_backup(saved.path) is False
    assert window.library is lib
    assert NOTE in [h.note for h in lib.highlights.find()]
    assert reasons(lib.path).count("pre-restore") == 0


def test_restore_from_a_file_elsewhere(qtbot, window, monkeypatch, tmp_path):
    settled(qtbot, window)
    saved = back_up_now(qtbot, window)
    elsewhere = tmp_path / "usb" / "copy.sqlite"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(saved.path.read_bytes())
    annotate(window)
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: True)
    monkeypatch.setattr(prompts, "ask_open_path", lambda *_a: str(elsewhere))
    dialog = window.backups.restore_dialog()
    dialog.b_file.click()
    assert NOTE not in [h.note for h in window.library.highlights.find()]
    assert table_dump(window.library.path) == table_dump(elsewhere)


def test_restore_waits_for_a_running_import(qtbot, window, monkeypatch):
    settled(qtbot, window)
    saved = back_up_now(qtbot, window)
    shown = []
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: pytest.fail("asked while importing"))
    window.imports.start_import(SEEDS[:1], show_dialog=False)  # queued: still running below
    lib = window.library
    assert window.backups.restore_backup(saved.path) is False
    assert shown == ["正在导入，请等导入结束后再恢复。"] and window.library is lib
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        pass


def test_the_restore_dialog_lists_time_kind_contents_size_and_file(qtbot, window):
    settled(qtbot, window)
    stats = window.library.stats()
    window.library.highlights.add(window.current_id, 0, 4, note="核实")
    back_up_now(qtbot, window)
    backups = bk.list_backups(window.library.path)
    dialog = window.backups.restore_dialog()
    table = dialog.table
    assert table.rowCount() == len(backups) == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["手动", "每日"]
    # What each backup holds: the manual one has the highlight made since the daily one.
    span = f"{stats.first_date} — {stats.last_date}"
    assert table.item(0, 2).text() == f"{stats.issues} 期 · {stats.articles} 篇 · 1 条批注 · {span}"
    assert table.item(1, 2).text() == f"{stats.issues} 期 · {stats.articles} 篇 · 0 条批注 · {span}"
    assert table.item(0, 4).text() == backups[0].path.name
    assert table.item(0, 3).text().endswith(("KB", "MB"))
    assert table.item(0, 0).text()[:2] == "20"
    assert dialog.selected() == backups[0] and dialog.b_restore.isEnabled()
    dialog.reject()

    empty = RestoreDialog([], bk.backups_dir(window.library.path), window)
    assert empty.table.isHidden() and not empty.empty.isHidden()
    assert not empty.b_restore.isEnabled()


def test_if_the_library_cannot_be_opened_after_a_restore_the_window_says_so_and_closes(
    qtbot, window, monkeypatch
):
    from zzreader.core.store import LibraryError
    from zzreader.gui import backup_controller

    settled(qtbot, window)
    saved = back_up_now(qtbot, window)
    shown = []
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: True)

    def cannot_open(_path):
        raise LibraryError("无法打开书库 / Cannot open the library: test")

    monkeypatch.setattr(backup_controller, "open_library", cannot_open)
    assert window.backups.restore_backup(saved.path) is False
    assert shown == [("恢复失败", "无法打开书库 / Cannot open the library: test")]
    assert window.library is None and not window.isVisible()


@pytest.mark.parametrize("press", ["cancel", "restore"])
def test_the_restore_confirmation_is_a_warning_with_cancel_as_default(qtbot, press):
    from zzreader.gui.qt import QApplication, QMessageBox, QTimer

    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["icon"] = box.icon()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        go = next(b for b in box.buttons() if b.text() == "恢复")
        (go if press == "restore" else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, answer)
    answered = prompts.confirm_action(None, "恢复备份", "用备份……替换书库？", "恢复")
    assert answered is (press == "restore")
    assert seen == {"icon": QMessageBox.Icon.Warning, "default": True}


def test_the_window_stays_painted_and_open_while_a_restore_runs(qtbot, window, monkeypatch):
    from zzreader.gui.qt import QTimer

    settled(qtbot, window)
    saved = back_up_now(qtbot, window)
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: True)
    real_restore, during = rs.restore, []

    def slow_restore(path, backup):
        during.append(window.backups.restoring)
        threading.Event().wait(0.3)
        return real_restore(path, backup)

    monkeypatch.setattr(rs, "restore", slow_restore)
    QTimer.singleShot(100, window.close)  # fires mid-restore: timers run, the close waits
    assert window.backups.restore_backup(saved.path)
    assert during == [True]
    assert window.isVisible() and window.library is not None and not window.backups.restoring
    window.close()
    assert window.closed


# -- File → Compact the library… ------------------------------------------------------------
def contents(path: Path) -> list[tuple]:
    """The rows of what was imported and written by hand (the index and the
    discovery tables, derived and rebuilt in the background, left out)."""
    return [r for r in table_dump(path) if r[0] in ("issues", "articles", "unassigned", "highlights", "tags")]


def test_compact_asks_first_then_rewrites_the_file_in_the_write_lane_and_says_how_big(
    qtbot, library_path, settings, monkeypatch
):
    win = open_window(qtbot, library_path, settings)
    before = contents(library_path)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm_action", lambda _p, _t, text, _b: asked.append(text) or False)
    assert win.act_compact in win.menuBar().actions()[0].menu().actions()
    win.act_compact.trigger()
    assert len(asked) == 1 and ("MB" in asked[0] or "KB" in asked[0])  # names the space it needs
    assert win.backups.compacting is None  # declined: nothing runs

    monkeypatch.setattr(prompts, "confirm_action", lambda *_a: True)
    win.act_compact.trigger()
    assert win.backups.compacting is not None
    qtbot.waitUntil(lambda: win.backups.compacting is None, timeout=20_000)
    shown = win.statusBar().currentMessage()
    assert "→" in shown and ("整理" in shown or "compacted" in shown)
    assert contents(library_path) == before  # the same contents, rewritten (the index merged)
