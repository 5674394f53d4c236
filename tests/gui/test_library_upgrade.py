"""A library that must be re-indexed opens under a progress dialog, then as usual."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from tests.gui.conftest import open_window
from zzreader.core import index_version
from zzreader.core.migrations import SCHEMA_VERSION
from zzreader.gui import busy, library_upgrade
from zzreader.gui.qt import QApplication, QTimer


def _as_version_2(path) -> None:
    with sqlite3.connect(path) as conn:  # what an older zzreader left
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'tokenizer_version'")


def test_the_window_opens_a_library_to_reindex_with_a_progress_dialog(qtbot, library_path, settings, monkeypatch):
    _as_version_2(library_path)
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 0)
    shown: list[tuple[str, int]] = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "busyDialog" and w.isVisible():
                shown.append((w.labelText(), w.maximum()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1)
    calls: list[bool] = []
    real = busy.run_busy
    monkeypatch.setattr(busy, "run_busy", lambda *a, **k: calls.append(k.get("progress")) or real(*a, **k))
    real_open = library_upgrade.open_library

    def slow_open(path, progress=None):  # the sample library re-indexes faster than a first look
        deadline = time.monotonic() + 5
        while not shown and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_open(path, progress)

    monkeypatch.setattr(library_upgrade, "open_library", slow_open)
    win = open_window(qtbot, library_path, settings)
    try:
        timer.stop()
        assert calls == [True]  # the open ran under the dialog, with a bar
        assert shown and all(text.startswith("正在为新版本升级书库") for text, _ in shown)
        assert index_version.index_is_current(win.library.db)
        assert win.model.rowCount() == len(win.library.years()) > 0  # the tree as after any open
        assert win.current_id is not None  # an article is open
        hits = win.library.search("株洲").hits
        assert hits
    finally:
        win.shutdown()


def test_a_current_library_opens_without_a_dialog(library_path, monkeypatch):
    monkeypatch.setattr(busy, "run_busy", lambda *a, **k: (_ for _ in ()).throw(AssertionError("no dialog")))
    with library_upgrade.open_upgrading(library_path) as lib:
        assert lib.stats().articles > 0


def test_an_older_schema_is_migrated_under_the_dialog_and_opens(qtbot, tmp_path, settings, monkeypatch):
    old = tmp_path / "v12.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "core" / "data" / "library_v12.sqlite", old)
    calls: list[bool] = []
    real = busy.run_busy
    monkeypatch.setattr(busy, "run_busy", lambda *a, **k: calls.append(k.get("progress")) or real(*a, **k))
    win = open_window(qtbot, old, settings)
    try:
        assert calls == [True]
        assert win.library.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert win.model.rowCount() == len(win.library.years())
        assert list(tmp_path.glob("v12.bak-*"))  # the upgrade's backup, as without the dialog
    finally:
        win.shutdown()
