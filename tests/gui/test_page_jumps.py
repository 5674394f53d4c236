"""A story that jumps pages ('下转A03版' … '上接A01版'), kept one file a page: the reader follows it.

The two pieces are two articles of two files on the same day; the second
piece's note links back to the start and the first piece ends in a link to
the rest (core/continuations.py). The text below is original.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import open_window
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from zzreader.gui.article_html import link

HEAD = "株洲日报 2025年12月6日 星期六 {page} 第12346期\n\n"
TITLE = "我市启动老旧小区改造三年行动"
PAGE_ONE = (TITLE + "\n\n株洲日报讯（记者 罗明）12月5日，记者从市住建局获悉，我市将用三年时间完成全市老旧小区改造，"
            "涉及居民四万余户。\n\n根据方案，改造内容包括屋面防水、管网更新、加装电梯和停车位增设。（下转A03版）\n")
PAGE_THREE = (TITLE + "\n\n（上接A01版）各区将按“一小区一方案”推进，改造前征求居民意见，改造后由物业企业接管。\n\n"
              "市住建局负责人表示，今年首批改造的38个小区已全部开工。\n")  # fmt: skip


def _library(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "zzrb_20251206_A01.txt").write_text(HEAD.format(page="A01 要闻") + PAGE_ONE, encoding="utf-8")
    (pages / "zzrb_20251206_A03.txt").write_text(HEAD.format(page="A03 城事") + PAGE_THREE, encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        assert import_paths(library, [pages], workers=0).count("imported") == 2
    return path


def test_the_library_finds_both_pieces(tmp_path: Path) -> None:
    with open_library(_library(tmp_path)) as library:
        start, rest = (row[0] for row in library._db.execute("SELECT id FROM articles ORDER BY issue_id, seq"))
        assert library.jumps(start) == (None, rest)
        assert library.jumps(rest) == (start, None)


def test_the_page_links_each_piece_to_the_other(qtbot, tmp_path: Path, settings) -> None:
    win = open_window(qtbot, _library(tmp_path), settings)
    try:
        start, rest = (row[0] for row in win.library._db.execute("SELECT id FROM articles ORDER BY issue_id, seq"))
        win.open_article(start)
        assert link("article", str(rest)) in win.view.page.toHtml()
        assert "下转：接着读 →" in win.view.plain_text()
        win.view.page.anchorClicked.emit(win.view.page.source().resolved(link("article", str(rest))))
        assert win.current_id == rest
        assert "（接A01版） 从头读" in win.view.plain_text()
        win.page_links.follow("article", str(start))
        assert win.current_id == start
        win.page_links.follow("article", "9" * 5000)  # a link another tool wrote: nothing happens
        assert win.current_id == start
    finally:
        win.shutdown()


def test_the_tree_tells_the_page_files_of_one_issue_apart(qtbot, tmp_path: Path) -> None:
    """Two files of one day and number showed two identical rows ('12月6日 周六 · 第12346期');
    each row now names the pages (sections) its file holds."""
    from zzreader.gui.tree_model import ISSUE, KIND_ROLE, LABEL_ROLE, MONTH, ArchiveModel

    with open_library(_library(tmp_path)) as library:
        model = ArchiveModel(library, "")
        parent = model.index(0, 0)  # the one year, then its one month
        while parent.data(KIND_ROLE) != MONTH:
            model.fetchMore(parent)
            parent = model.index(0, 0, parent)
        model.fetchMore(parent)
        rows = [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
        assert [i.data(KIND_ROLE) for i in rows] == [ISSUE, ISSUE]
        labels = [i.data(LABEL_ROLE) for i in rows]
        assert {tuple(label.split(" · ")[1:]) for label in labels} == {("要闻", "第12346期"), ("城事", "第12346期")}


def test_values_another_tool_stored_find_no_jump_and_raise_nothing(tmp_path: Path) -> None:
    """A title or text another tool stored as a number or bytes: no piece is matched by it."""
    import sqlite3

    path = _library(tmp_path)
    with sqlite3.connect(path) as conn:
        first = conn.execute("SELECT min(id) FROM articles").fetchone()[0]
        conn.execute("UPDATE articles SET text = x'00ff', title = 5 WHERE id = ?", [first])
    with open_library(path) as library:
        ids = [row[0] for row in library._db.execute("SELECT id FROM articles ORDER BY id")]
        assert [library.jumps(i) for i in ids] == [(None, None), (None, None)]
