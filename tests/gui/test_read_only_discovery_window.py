"""The window's people list on a read-only library whose index lags: listed, with why it lags.

Before, the list showed only "the library is read-only; changes cannot be
saved" and no names (tests/cli/test_read_only_discovery.py says more).
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_read_only_discovery import lagging_library  # noqa: F401 - the fixture
from tests.gui.conftest import open_window
from zzreader.core import safe_open


def test_the_people_list_shows_a_lagging_index_and_says_so(qtbot, monkeypatch, lagging_library: Path,  # noqa: F811
                                                           settings) -> None:
    monkeypatch.setattr(safe_open, "writable", lambda _p: False)
    win = open_window(qtbot, lagging_library, settings)
    try:
        view = win.discovery.view("entities")
        qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
        assert "书库只读，索引未更新，缺 2 篇" in view.status.text()
        assert "不能保存" not in view.status.text()
    finally:
        win.shutdown()


def test_the_reprints_list_shows_a_lagging_index_and_says_so(qtbot, monkeypatch, lagging_library: Path,  # noqa: F811
                                                             settings) -> None:
    monkeypatch.setattr(safe_open, "writable", lambda _p: False)
    win = open_window(qtbot, lagging_library, settings)
    try:
        view = win.discovery.view("reprints")
        qtbot.waitUntil(lambda: "书库只读，索引未更新，缺 2 篇" in view.status.text(), timeout=20_000)
        assert "不能保存" not in view.status.text()
    finally:
        win.shutdown()
