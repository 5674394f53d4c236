"""Two imports started at once (two drops, a drop while an import runs, a drop during an index rebuild).

The write lane runs them one after another. The one that waits says so in
its dialog (not a silent "preparing" for minutes), its Cancel ends it at
once with nothing imported (not "cancelling…" until the other ends), and
the window still knows the other one runs (a restore must wait for it).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from tests.gui.test_hostile_close_during_work import _many_issues, _sound
from zzreader.gui.qt import QDialogButtonBox
from zzreader.i18n import tr


def _hold_write_lane(window) -> threading.Event:
    """A write-lane job (standing for an index rebuild or an import) that runs until released."""
    release, begun = threading.Event(), threading.Event()

    def hold(_library, _progress, _cancel) -> None:
        begun.set()
        release.wait(60)

    window.workers.write.submit(hold, "hold")
    assert begun.wait(10)
    return release


def _issue_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM issues").fetchone()[0]
    finally:
        conn.close()


def test_a_second_import_says_it_waits_and_its_cancel_ends_it_at_once(qtbot, window, tmp_path: Path) -> None:
    before = _issue_count(window.library.path)
    release = _hold_write_lane(window)
    try:
        first = window.imports.start_import([_many_issues(tmp_path / "a", 3)])
        second = window.imports.start_import([_many_issues(tmp_path / "b", 3)])
        qtbot.wait(50)
        assert first.headline.text() == tr("import.waiting")
        assert second.headline.text() == tr("import.waiting")
        assert second.pos() != first.pos()  # beside it, not hiding it
        second.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert second.ended  # at once, while the lane is still held
        assert second.headline.text() == tr("import.cancelled_waiting")
        assert window.imports.running()  # the first still waits: a restore must not start
    finally:
        release.set()
    qtbot.waitUntil(lambda: first.ended, timeout=60_000)
    qtbot.waitUntil(lambda: not window.workers.write.busy(), timeout=60_000)
    assert first.report.count("imported") == 3
    assert second.report is None and second.headline.text() == tr("import.cancelled_waiting")
    assert not window.imports.running()
    assert _issue_count(window.library.path) == before + 3  # the cancelled one imported nothing
    _sound(window.library.path)


def test_two_drops_show_one_working_dialog_and_one_waiting(qtbot, window, tmp_path: Path) -> None:
    release = _hold_write_lane(window)
    try:
        first = window.imports.start_import([_many_issues(tmp_path / "a", 2)])
        release.set()
        qtbot.waitUntil(lambda: first.headline.text() != tr("import.waiting"), timeout=10_000)
        second = window.imports.start_import([_many_issues(tmp_path / "b", 2)])
        if not first.ended:  # still importing: the second is told it waits
            assert second.headline.text() == tr("import.waiting")
    finally:
        release.set()
    qtbot.waitUntil(lambda: first.ended and second.ended, timeout=60_000)
    assert first.report.count("imported") == 2
    assert second.report.count("unchanged") == 2  # the same texts under other names: reported, not added
    shown = [d for d in (first, second) if d.isVisible()]
    assert len(shown) == 2 and all(d.ended for d in shown)
