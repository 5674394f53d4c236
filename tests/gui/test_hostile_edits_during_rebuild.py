"""A highlight and a note made while the window rebuilds its search index.

The rebuild (gui/index_repair.py) is one transaction, minutes long on
decades of the paper. Before: an edit made meanwhile waited in SQLite for
the write lock and, after the busy timeout, failed with "another program
kept the library busy" (the program was the window itself): the highlight
was not saved. Now the edit waits at the window's gate (gui/write_gate.py)
while the window keeps answering, the status line says the rebuild runs
and that changes wait, and the edit is saved when the rebuild ends. Closing
the window mid-rebuild rolls the rebuild back and still saves the edit.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from zzreader.core import fts_index, immediate_writes
from zzreader.i18n import tr


@pytest.fixture
def slow_rebuild(monkeypatch):
    """The rebuild holds its transaction (after indexing everything) until released; busy timeout 0.5 s."""
    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.5)
    holding, release = threading.Event(), threading.Event()
    real = fts_index.rebuild_index

    def slow(db, progress=None) -> int:
        done = real(db, progress)
        holding.set()
        while not release.wait(0.02):
            if progress is not None:
                progress(done - 1, done)  # still running: a cancelled job stops here
        return done

    monkeypatch.setattr(fts_index, "rebuild_index", slow)
    yield holding, release
    release.set()


def _start_rebuild(qtbot, window, holding: threading.Event) -> None:
    window.external.index._checked(True)  # as if an opened article proved the index stale
    assert holding.wait(20)


def _highlights(path: Path, article_id: int) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM highlights WHERE article_id = ?", [article_id]).fetchone()[0]
    finally:
        conn.close()


def test_a_highlight_made_during_a_rebuild_waits_and_is_saved(qtbot, window, slow_rebuild) -> None:
    holding, release = slow_rebuild
    article_id = window.current_id
    before = _highlights(window.library.path, article_id)
    _start_rebuild(qtbot, window, holding)
    saved: list[object] = []
    ticks: list[int] = []
    timer_id = window.startTimer(20)
    window.timerEvent = lambda _e: ticks.append(1)  # the GUI thread keeps running while the edit waits

    def release_later() -> None:
        assert tr("index.rebuilding", done=0, total=1).split("（")[0] in window.statusBar().currentMessage() or \
            tr("index.edit_waits").split("；")[0] in window.statusBar().currentMessage()
        release.set()

    qtbot.wait(100)
    from zzreader.gui.qt import QTimer

    QTimer.singleShot(1500, release_later)  # three busy timeouts later
    saved.append(window.annotator._do(lambda lib: lib.highlights.add(article_id, 0, 4, color="yellow")))
    window.killTimer(timer_id)
    assert saved[0] is not None, window.statusBar().currentMessage()
    assert len(ticks) > 10
    assert _highlights(window.library.path, article_id) == before + 1
    qtbot.waitUntil(lambda: not window.external.index.repairing, timeout=20_000)
    assert tr("index.rebuilt", n=1).split("（")[0][:6] in window.statusBar().currentMessage()


def test_closing_during_a_rebuild_saves_the_waiting_edit(qtbot, library_path: Path, settings, slow_rebuild) -> None:
    holding, _release = slow_rebuild
    win = open_window(qtbot, library_path, settings)
    article_id = win.current_id
    before = _highlights(library_path, article_id)
    _start_rebuild(qtbot, win, holding)
    from zzreader.gui.qt import QTimer

    QTimer.singleShot(300, win.shutdown)  # the window closes while the edit waits at the gate
    win.annotator._do(lambda lib: lib.highlights.add(article_id, 0, 4, color="yellow"))  # None: the window closed
    qtbot.waitUntil(lambda: win.closed, timeout=20_000)
    assert _highlights(library_path, article_id) == before + 1
    conn = sqlite3.connect(library_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_highlight_made_during_a_compact_waits_and_is_saved(qtbot, window, monkeypatch) -> None:
    from zzreader.core import compact as compact_module
    from zzreader.gui import prompts
    from zzreader.gui.qt import QTimer

    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.5)
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    holding, release = threading.Event(), threading.Event()
    real = compact_module.compact

    def slow(library):  # VACUUM of a big library: the write lock held for minutes
        with library.db.atomic():
            library.db.execute("UPDATE meta SET value = value WHERE key = 'tokenizer_version'")
            holding.set()
            release.wait(30)
        return real(library)

    monkeypatch.setattr(compact_module, "compact", slow)
    article_id = window.current_id
    before = _highlights(window.library.path, article_id)
    assert window.backups.compact_now() is not None
    assert holding.wait(20)
    QTimer.singleShot(1500, release.set)
    assert window.annotator._do(lambda lib: lib.highlights.add(article_id, 0, 4, color="yellow")) is not None
    assert _highlights(window.library.path, article_id) == before + 1
    qtbot.waitUntil(lambda: window.backups.compacting is None, timeout=30_000)


def test_a_highlight_made_during_an_annotation_import_waits_and_is_saved(qtbot, window, tmp_path: Path,
                                                                        monkeypatch) -> None:
    import json

    from zzreader.core import w3c
    from zzreader.gui.qt import QTimer

    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.5)
    holding, release = threading.Event(), threading.Event()

    def slow(library, items, source=None):  # a file of a million annotations: one long transaction
        with library.db.atomic():
            library.db.execute("UPDATE meta SET value = value WHERE key = 'tokenizer_version'")
            holding.set()
            release.wait(30)

    monkeypatch.setattr(w3c, "import_w3c", slow)
    monkeypatch.setattr(window.io, "_imported", lambda _report: None)
    dump = tmp_path / "notes.json"
    dump.write_text(json.dumps({"type": "AnnotationCollection", "items": []}), encoding="utf-8")
    article_id = window.current_id
    before = _highlights(window.library.path, article_id)
    window.io.start_import(str(dump))
    assert holding.wait(20)
    QTimer.singleShot(1500, release.set)
    assert window.annotator._do(lambda lib: lib.highlights.add(article_id, 0, 4, color="yellow")) is not None
    assert _highlights(window.library.path, article_id) == before + 1
    qtbot.waitUntil(lambda: not window.workers.write.busy(), timeout=30_000)


def test_a_merge_in_the_people_index_during_a_rebuild_waits_off_the_gui_thread(qtbot, window, slow_rebuild) -> None:
    from tests.gui.test_discovery_views import wait_idle
    from zzreader.gui.qt import QTimer

    holding, release = slow_rebuild
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    view.kind.setCurrentIndex(1)  # places
    qtbot.waitUntil(lambda: any(e.name == "株洲市" for e in view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    view.table.selectRow(next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "株洲市"))
    _start_rebuild(qtbot, window, holding)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    QTimer.singleShot(1500, release.set)  # three busy timeouts later
    assert view.merge_selected("株洲")
    timer.stop()
    assert len(ticks) > 10  # the window kept running while the merge waited (on the GUI thread it froze)
    qtbot.waitUntil(lambda: not any(e.name == "株洲市" for e in view.entries), timeout=20_000)


def test_every_shortcut_during_a_rebuild_ends_and_the_library_is_sound(qtbot, window, slow_rebuild, monkeypatch) -> None:
    from tests.gui.test_hostile_close_during_work import _sound
    from tests.gui.test_hostile_keys_during_work import (
        _answer_every_dialog_at_once,
        _press_every_shortcut,
    )
    from zzreader.gui.qt import QTimer

    holding, release = slow_rebuild
    _answer_every_dialog_at_once(monkeypatch)
    window.view.select_span(0, 4)  # so the highlight keys write
    _start_rebuild(qtbot, window, holding)
    QTimer.singleShot(1500, release.set)  # a write among the shortcuts waits until then, the window running
    assert _press_every_shortcut(qtbot, window) >= 20
    qtbot.waitUntil(lambda: not any(lane.busy() for lane in (window.workers.write, window.workers.edits)),
                    timeout=60_000)
    qtbot.waitUntil(lambda: not window.external.index.repairing, timeout=20_000)
    _sound(window.library.path)


def test_a_restore_asked_during_a_rebuild_is_refused_in_one_line(qtbot, window, slow_rebuild, monkeypatch,
                                                                  tmp_path: Path) -> None:
    from zzreader.gui import prompts

    holding, release = slow_rebuild
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    _start_rebuild(qtbot, window, holding)
    assert window.backups.restore_backup(tmp_path / "any-backup.sqlite") is False  # asked before the file is read
    assert warned == [tr("restore.busy_writing")]
    release.set()
    qtbot.waitUntil(lambda: not window.external.index.repairing, timeout=20_000)
    assert window.library.path.exists() and _highlights(window.library.path, window.current_id) >= 0
