"""Another library chosen (File → Open / New / recent) while this window's long write runs.

Payloads: a switch during a compact (VACUUM cannot be stopped), during an
import, and during a search-index rebuild. Before: the switch closed the
lanes, which waited on the GUI thread (a frozen window, up to 30 s) for the
compact to end and then showed the other library while the compact still
held the first; an import was cancelled without a word. Now the switch is
refused in one line, as a restore is (gui/backup_controller.py), the window
stays on its library and the long write ends as it would have. The library
file deleted by another program during a compact: telling it closed the
lanes and waited for the compact on the GUI thread (20 s frozen in the test,
up to 30 s); now it is told at once, the compact ends on its own, and
another library opens after it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.gui.test_hostile_close_during_work import _many_issues, _sound
from tests.gui.test_hostile_queued_imports import _hold_write_lane
from zzreader.i18n import tr


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    from zzreader.gui import prompts

    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    return said


def _refused(window, other: Path, warned: list[str], why: str) -> None:
    before = window.library.path
    started = time.monotonic()
    assert window.switch_library(other) is False
    assert time.monotonic() - started < 5  # refused at once, not after waiting for the write
    assert warned == [tr(why)]
    assert window.library.path == before and not other.exists()
    assert window.statusBar().currentMessage() == tr(why)  # one line, in the status bar too


def test_a_switch_during_a_compact_is_refused_and_the_compact_ends(qtbot, window, warned, monkeypatch,
                                                                    tmp_path: Path) -> None:
    from zzreader.core import compact as compact_module

    holding, release = threading.Event(), threading.Event()
    real = compact_module.compact

    def slow(library):
        holding.set()
        release.wait(20)
        return real(library)

    monkeypatch.setattr(compact_module, "compact", slow)
    assert window.backups.compact_now() is not None
    assert holding.wait(10)
    try:
        _refused(window, tmp_path / "other.sqlite", warned, "library.switch_busy_writing")
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.backups.compacting is None, timeout=30_000)
    assert window.statusBar().currentMessage().startswith(tr("compact.done", before="", after="")[:4])
    assert window.switch_library(tmp_path / "other.sqlite")  # after it, the switch goes ahead
    assert window.library.path == tmp_path / "other.sqlite"


def test_a_switch_during_an_import_is_refused_and_the_import_goes_on(qtbot, window, warned, tmp_path: Path) -> None:
    release = _hold_write_lane(window)  # the import waits behind it: it runs, as far as the window knows
    try:
        dialog = window.imports.start_import([_many_issues(tmp_path / "a", 2)])
        _refused(window, tmp_path / "other.sqlite", warned, "library.switch_busy")
        assert not dialog.ended
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.ended, timeout=60_000)
    assert dialog.report.count("imported") == 2
    _sound(window.library.path)


def test_a_switch_during_a_rebuild_is_refused(qtbot, window, warned, tmp_path: Path) -> None:
    release = threading.Event()
    gate = window.workers.gate
    begun = threading.Event()

    def hold(_library, _progress, _cancel) -> None:
        with gate.held("重建索引 · rebuilding"):
            begun.set()
            release.wait(20)

    window.workers.write.submit(hold, "hold")
    assert begun.wait(10)
    try:
        _refused(window, tmp_path / "other.sqlite", warned, "library.switch_busy_writing")
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.workers.write.busy(), timeout=30_000)


def test_the_library_deleted_during_a_compact_is_told_without_waiting_for_it(qtbot, window, warned, monkeypatch,
                                                                              tmp_path: Path) -> None:
    from zzreader.core import compact as compact_module
    from zzreader.gui.qt import QMessageBox

    monkeypatch.setattr(QMessageBox, "show", lambda self: None)
    holding, release = threading.Event(), threading.Event()
    real = compact_module.compact

    def slow(library):
        holding.set()
        release.wait(20)
        return real(library)

    monkeypatch.setattr(compact_module, "compact", slow)
    assert window.backups.compact_now() is not None
    assert holding.wait(10)
    try:
        window.library.path.unlink()  # another program deletes the library meanwhile
        started = time.monotonic()
        assert window.external.file.check()
        waited = time.monotonic() - started
        assert tr("library.lost") in window.windowTitle()
    finally:
        release.set()
    assert waited < 5, waited  # told at once, the compact left to end on its own
    qtbot.waitUntil(lambda: window.backups.compacting is None, timeout=30_000)
    assert window.switch_library(tmp_path / "other.sqlite")  # and another library can be opened
