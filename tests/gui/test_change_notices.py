"""The window's writes run off the GUI thread, and every change reaches the views
as one `Changes` record that each view filters (gui/change_notices.py)."""

from __future__ import annotations

import threading

from tests.gui.test_annotations import body_article, select
from zzreader.core import changes
from zzreader.core.store import open_library
from zzreader.gui.qt import Qt


def test_a_highlight_is_written_on_the_edits_lane_and_announced_once(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    threads: list[int] = []
    seen = []
    window.notices.changed.connect(seen.append)
    lane_library = window.workers.edits.library

    def spy():
        threads.append(threading.get_ident())
        return lane_library()

    window.workers.edits.library = spy
    select(window, article.blocks[1].text[2:9])
    qtbot.keyClick(window.view.page, Qt.Key.Key_3)
    h = window.library.highlights.for_article(article.id)[0]
    assert threads and threading.get_ident() not in threads  # not on the GUI thread
    assert len(seen) == 1 and seen[0].highlights == {h.id} and seen[0].articles == {article.id}
    assert [x.id for x in window.view.highlights] == [h.id]  # the page shows it


def test_views_refresh_only_for_what_concerns_them(qtbot, window, monkeypatch):
    article = body_article(window)
    window.open_article(article.id)
    reloads: list[str] = []
    monkeypatch.setattr(window.collections, "reload", lambda: reloads.append("collections"))
    window.annotator._do(lambda lib: lib.highlights.add(article.id, 0, 3, note="只是批注"))
    assert reloads == []  # a note is not a collection's business
    window.annotator._do(lambda lib: lib.collections.create("追踪报道"))
    assert reloads == ["collections"]


def test_another_programs_highlight_appears_on_the_open_page(qtbot, window, monkeypatch):
    article = body_article(window)
    window.open_article(article.id)
    window.external.own_write()
    seen = []
    window.notices.changed.connect(seen.append)
    with open_library(window.library.path) as other:
        monkeypatch.setattr(changes, "ORIGIN", "another-program")
        h = other.highlights.add(article.id, 5, 11, note="别处加的").value
        monkeypatch.undo()
    qtbot.waitUntil(window.external.poll, timeout=5000)
    assert seen and seen[-1].external and seen[-1].highlights == {h.id} and not seen[-1].everything
    assert h.id in {x.id for x in window.view.highlights}
