"""A background job's answer arriving after the window closed (or was deleted) is dropped.

Closing waits up to 30 s for each lane's running job; a reprint rebuild or
an entity index on ten years takes longer, and its answer then arrived on
a closed library and, after a language change's `deleteLater`, on deleted
widgets: "Cannot operate on a closed database" (annotation import, export),
"Internal C++ object (QProgressBar / QComboBox / QStandardItemModel /
MainWindow) already deleted" (discovery views, title filter, search,
export). Here each job is slowed and the wait cut short, so every answer is
late; the lanes now relay no answer once the window closed (gui/workers.py).
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from zzreader.gui import prompts
from zzreader.gui import workers as lanes
from zzreader.gui.qt import QApplication, QTimer

KINDS = ["search", "filter", "trends", "calendar", "entities", "reprints", "compact", "backup", "export",
         "import_notes", "import"]


def _start(win, kind: str, tmp_path: Path) -> None:
    if kind == "search":
        win.search.search_for("株洲")
    elif kind == "filter":
        win.titles.field.setText("株洲")
        win.titles.run()
    elif kind in ("trends", "calendar", "entities", "reprints"):
        win.discovery.show(kind)
        if kind == "reprints":
            win.discovery.view("reprints").refresh(rebuild=True)
    elif kind == "compact":
        win.backups.compact_now()
    elif kind == "backup":
        win.backups.backup_now()
    elif kind == "export":
        win.io.start_export("json", str(tmp_path / "out.json"))
    elif kind == "import_notes":
        notes = tmp_path / "notes.json"
        notes.write_text(json.dumps({"type": "AnnotationCollection", "items": []}), encoding="utf-8")
        win.io.start_import(str(notes))
    else:
        from tests.gui.test_hostile_close_during_work import _many_issues

        win.imports.start_import([_many_issues(tmp_path / "many", 3)], show_dialog=False)


def _slow_lanes(monkeypatch) -> None:
    """Every job takes 0.3 s more, and closing waits 20 ms for it: its answer comes after the close."""
    prepare, close = lanes.Lane.prepare, lanes.Lane.close

    def slow_prepare(self, fn, name="", owner=None):
        def slow(library, progress, cancel):
            time.sleep(0.3)
            return fn(library, progress, cancel)

        return prepare(self, slow, name, owner)

    monkeypatch.setattr(lanes.Lane, "prepare", slow_prepare)
    monkeypatch.setattr(lanes.Lane, "close", lambda self, timeout_ms=0, silence=False: close(self, 20, silence))


@pytest.mark.parametrize("kind", KINDS)
def test_a_late_answer_after_the_window_closed_and_was_deleted_is_harmless(
    qtbot, library_path: Path, settings, tmp_path: Path, monkeypatch, kind: str
) -> None:
    from zzreader.gui.main_window import MainWindow

    warned: list[tuple] = []
    monkeypatch.setattr(prompts, "warn", lambda *a, **_k: warned.append(a))
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    _slow_lanes(monkeypatch)
    win = MainWindow(library_path, settings)  # not qtbot.addWidget: it is deleted below, as a language change does
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(800)  # the daily backup and the warm-up are done
    _start(win, kind, tmp_path)
    qtbot.wait(100)  # the job runs
    win.close()
    win.deleteLater()
    qtbot.wait(1200)  # its answer (and any job it would start) arrives now: pytest-qt fails on any exception
    assert warned == []  # no warning box over a window that is gone
    assert [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()] == []


class _Stub:
    """A lane's library that is never used: the jobs here ignore it."""

    def __init__(self) -> None:
        self.notices: list[str] = []

    def take_planted_notices(self) -> list[str]:
        return []

    def close(self) -> None:
        pass


def test_a_job_the_close_cleared_still_ends(qtbot, tmp_path: Path) -> None:
    """A queued job that close() removed used to end never: a `call()` waiting on it waited for ever."""
    gate = threading.Event()
    lane = lanes.Lane("test", tmp_path / "none.sqlite", opener=lambda _p: _Stub())
    lane.submit(lambda *_a: gate.wait(5), "running")
    queued = lane.prepare(lambda *_a: 1, "queued")
    ended: list[int] = []
    failed: list[BaseException] = []
    queued.signals.finished.connect(lambda: ended.append(1))
    queued.signals.failed.connect(failed.append)
    lane.start(queued)
    QTimer.singleShot(100, gate.set)
    assert lane.close()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert [type(exc) for exc in failed] == [lanes.JobCancelled]
    qtbot.waitUntil(lambda: not lane.busy(), timeout=5000)  # both jobs released


def test_a_silenced_lane_ends_a_call_without_an_answer(qtbot, tmp_path: Path) -> None:
    """An edit waiting when the window closes for good returns JobCancelled, which Edits.run turns into None."""
    lane = lanes.Lane("test", tmp_path / "none.sqlite", opener=lambda _p: _Stub())
    lane.silenced = True
    with pytest.raises(lanes.JobCancelled):
        lane.call(lambda _library: 5)
    lane.close()


def test_an_import_queued_when_the_library_is_switched_ends(qtbot, window, tmp_path: Path, sample_library_file,
                                                            monkeypatch) -> None:
    """Before: an import queued behind another was dropped by the switch's close and never answered;
    its dialog said 'preparing' for ever and Restore refused to run ('an import is running').
    Since round 25 the switch is refused while an import runs (tests/gui/test_hostile_switch_during_work.py):
    both imports end as they would have, and the switch goes ahead after them."""
    import shutil

    from tests.gui.test_hostile_close_during_work import _many_issues

    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: warned.append(text))
    other = tmp_path / "other.sqlite"
    shutil.copy(sample_library_file, other)
    running = window.imports.start_import([_many_issues(tmp_path / "many", 30)], show_dialog=False)
    queued = window.imports.start_import([_many_issues(tmp_path / "more", 3)], show_dialog=False)
    qtbot.wait(200)
    assert not window.switch_library(other) and warned
    qtbot.waitUntil(lambda: running.ended and queued.ended, timeout=60_000)
    assert queued.report is not None and not queued.report.cancelled  # it ran (its issues are the first 3 again)
    assert not window.imports.running()
    assert window.switch_library(other)


def test_a_compact_queued_when_the_library_is_switched_can_run_again(
    qtbot, window, tmp_path: Path, sample_library_file, monkeypatch
) -> None:
    """Before: the dropped compact never answered, so every later File → Compact said 'already running'.
    Since round 25 the switch waits for no compact: it is refused while one is queued or runs, and
    the compact then runs (tests/gui/test_hostile_switch_during_work.py)."""
    import shutil

    from tests.gui.test_hostile_close_during_work import _many_issues

    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    monkeypatch.setattr(prompts, "warn", lambda *_a: None)
    other = tmp_path / "other.sqlite"
    shutil.copy(sample_library_file, other)
    window.imports.start_import([_many_issues(tmp_path / "many", 30)], show_dialog=False)
    assert window.backups.compact_now() is not None  # queued behind the import
    qtbot.wait(200)
    assert not window.switch_library(other)
    qtbot.waitUntil(lambda: window.backups.compacting is None and not window.imports.running(), timeout=60_000)
    assert window.switch_library(other)
    qtbot.waitUntil(lambda: window.backups.compacting is None, timeout=30_000)
    assert window.backups.compact_now() is not None
    qtbot.waitUntil(lambda: window.backups.compacting is None, timeout=30_000)


def test_the_discovery_views_follow_a_library_switch(qtbot, window, tmp_path: Path) -> None:
    """Before: a people/places view (or any discovery dock) kept the library the window left, and a
    click opened that library's article ids in the new one; an old lane's late answer could
    overwrite the new one's too."""
    from tests.conftest import SEEDS
    from tests.gui.test_discovery_views import wait_idle
    from zzreader.core.discovery import entities
    from zzreader.core.importer import import_paths
    from zzreader.core.store import open_library

    other = tmp_path / "one_issue.sqlite"
    with open_library(other) as library:
        import_paths(library, SEEDS[:1], workers=0)
        entities.update(library)
        expected = [e.name for e in entities.entries(library, "person")]
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    before = [e.name for e in view.entries]
    assert window.switch_library(other)
    qtbot.waitUntil(lambda: [e.name for e in view.entries] == expected, timeout=20_000)
    assert before != expected
