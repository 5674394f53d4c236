"""Closing the window while long work runs in its lanes leaves a sound library and no error after the close.

An import of a big folder, a compact and a reprint rebuild run off the GUI
thread while the user keeps reading and searching. Closing the window during
the import cancelled it between files, but the import's answer arrived after
the library had closed, and the window's slot raised "Cannot operate on a
closed database" in the event loop. Each case now ends with the library
passing PRAGMA integrity_check, every issue with its articles, every article
in the search index, and nothing raised after the close.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS


def _many_issues(folder: Path, n: int) -> Path:
    """`n` issue files: one seed under other dates and issue numbers."""
    lines = SEEDS[4].read_text(encoding="utf-8").split("\n")
    folder.mkdir()
    for k in range(n):
        day = dt.date(2023, 1, 2) + dt.timedelta(days=k)
        copy = list(lines)
        copy[3] = f"客户端{day.year}年{day.month}月{day.day}日 星期{'一二三四五六日'[day.weekday()]}  "
        copy[4] = f"第{22000 + k}期 今日8版"
        (folder / f"issue_{k:03d}.txt").write_text("\n".join(copy), encoding="utf-8")
    return folder


def _sound(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM articles_fts_keys").fetchone()[0] == articles
        assert conn.execute(
            "SELECT count(*) FROM issues i WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.issue_id = i.id)"
        ).fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("work", ["import", "compact", "reprints"])
def test_closing_during_long_work_leaves_the_library_sound(qtbot, window, tmp_path: Path, work, monkeypatch) -> None:
    path = window.library.path
    if work == "import":
        window.imports.start_import([_many_issues(tmp_path / "many", 30)])
    elif work == "compact":
        from zzreader.gui import prompts

        monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
        assert window.backups.compact_now() is not None
    else:
        window.discovery.show("reprints")
        window.discovery.view("reprints").refresh(rebuild=True)
    qtbot.wait(300)
    window.search.query.setText("株洲")  # the user keeps reading and searching meanwhile
    window.search.query.returnPressed.emit()
    window.open_article(window.library.db.execute("SELECT min(id) FROM articles").fetchone()[0])
    window.shutdown()
    qtbot.wait(500)  # the lanes' last answers are delivered: none may touch the closed library
    _sound(path)
