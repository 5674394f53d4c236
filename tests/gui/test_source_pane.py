"""The original-lines pane over a hostile library: a message, never a crash; markup shown as text.

The pane shows an article's lines of the raw dump (Library.article_source),
rebuilt from the delta of migration m011. A library whose stored dump was
crafted (a bomb, a wrong CRC, text instead of a blob) or whose log table was
dropped shows one line saying so; a dump whose lines hold HTML shows that
HTML as text, loading nothing.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from zzreader.gui.qt import QSettings

BROKEN = {
    "a chunk count of 2**32-1": ("UPDATE issues SET source_packed = ?", [struct.pack("<4sII", b"ZZD1", 0, 2**32 - 1)]),
    "text instead of a blob": ("UPDATE issues SET source_packed = 'ZZD1'", []),
    "the CRC spliced": ("UPDATE issues SET source_packed = substr(source_packed, 1, 4) || x'00000000' || "
                        "substr(source_packed, 9)", []),
    "the dump column dropped": ("ALTER TABLE issues DROP COLUMN source_packed", []),
}  # fmt: skip


def _window(qtbot, path: Path, tmp_path: Path):
    from zzreader.gui.main_window import MainWindow

    win = MainWindow(path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_dump_that_cannot_be_rebuilt_is_a_message_in_the_pane(
    qtbot, library_path: Path, tmp_path: Path, name: str
) -> None:
    sql, params = BROKEN[name]
    conn = sqlite3.connect(library_path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    win = _window(qtbot, library_path, tmp_path)
    try:
        win.act_source.setChecked(True)
        win.open_article(1)
        shown = win.view.page.toPlainText()
        assert "cannot be rebuilt" in shown
        win.act_source.trigger()  # off, as the user would
        assert not win.act_source.isChecked()
        assert "cannot be rebuilt" not in win.view.page.toPlainText()  # the article itself still reads
    finally:
        win.shutdown()


def test_markup_in_the_dump_is_shown_as_text(qtbot, tmp_path: Path) -> None:
    dump = tmp_path / "zzrb-2024-03-08.txt"
    dump.write_text(
        "株洲日报 2024年3月8日 第1期\n\n"
        '神农公园<img src="/etc/passwd">樱花开了\n\n'
        "本报讯（记者 谭某）三月的神农公园<a href='http://evil.example'>樱花</a>盛开，"
        "市民<b>纷纷</b>前来赏花。公园管理处提醒游客文明游园。\n",
        encoding="utf-8",
    )
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, [dump], workers=0)
        article = library.db.execute("SELECT min(id) FROM articles").fetchone()[0]
    win = _window(qtbot, path, tmp_path)
    try:
        win.act_source.setChecked(True)
        win.open_article(article)
        page = win.view.page
        assert "<img" not in page.document().toHtml().replace("&lt;img", "")
        shown = page.toPlainText()
        assert '神农公园<img src="/etc/passwd">樱花开了' in shown
        assert "<a href='http://evil.example'>樱花</a>盛开，市民<b>纷纷</b>" in shown
    finally:
        win.shutdown()
