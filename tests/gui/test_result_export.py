"""Search → Export results… (gui/result_export.py): grey until a search finds something,
then every hit of the search, with the dock's filters and order, in the format of the file."""

from __future__ import annotations

import csv
import json

import pytest

from zzreader.core.search import search
from zzreader.gui.result_export import FILTERS, format_of
from zzreader.gui.qt import QFileDialog


def _search(qtbot, window, query: str) -> None:
    window.search.search_for(query)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)


def test_the_action_is_grey_until_a_search_finds_something(qtbot, window):
    act = window.act_export_results
    assert not act.isEnabled()
    _search(qtbot, window, "株洲")
    assert act.isEnabled()
    assert act in window.menus.results_menu_for(window.search.model.index(0)).actions()
    _search(qtbot, window, "没有这样的词语组合")
    assert not act.isEnabled()
    _search(qtbot, window, "献血")
    window.search.clear()
    assert not act.isEnabled()


def test_every_hit_is_written_in_the_dock_s_order(qtbot, window, tmp_path):
    _search(qtbot, window, "株洲")
    window.search.sort.setCurrentIndex(window.search.sort.findData("date"))  # re-runs the search
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    expect = [h.article_id for h in search(window.library, "株洲", limit=None, sort="date").hits]
    assert len(expect) > window.search.model.rowCount() or len(expect) > 20
    target = tmp_path / "found.jsonl"
    with qtbot.waitSignal(window.results_io.exported, timeout=10_000) as got:
        window.results_io.start(window.search.request, str(target), "jsonl")
    assert got.args == [str(target), len(expect)]
    assert [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()] == expect
    assert "found.jsonl" in window.statusBar().currentMessage()


def test_the_dialog_s_file_decides_the_format(qtbot, window, tmp_path, monkeypatch):
    _search(qtbot, window, "献血")
    chosen = tmp_path / "献血"  # no suffix: the filter chosen decides, and the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), FILTERS["csv"]))
    with qtbot.waitSignal(window.results_io.exported, timeout=10_000) as got:
        window.act_export_results.trigger()
    path = got.args[0]
    assert path == str(chosen) + ".csv"
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    assert [int(r[0]) for r in rows[1:]] == [h.article_id for h in search(window.library, "献血", limit=None).hits]


@pytest.mark.parametrize(
    ("path", "chosen", "expect"),
    [("a.md", FILTERS["csv"], ("md", "a.md")), ("a.CSV", "", ("csv", "a.CSV")),
     ("a", FILTERS["jsonl"], ("jsonl", "a.jsonl")), ("a.txt", "", ("txt", "a.txt")),
     ("a.doc", "", ("csv", "a.doc.csv")), ("a", FILTERS["txt"], ("txt", "a.txt"))],
)
def test_format_of(path, chosen, expect):
    assert format_of(path, chosen) == expect


def test_a_failed_write_is_one_line_in_the_status_bar(qtbot, window, tmp_path):
    _search(qtbot, window, "献血")
    with qtbot.waitSignal(window.results_io.failed, timeout=10_000) as got:
        window.results_io.start(window.search.request, str(tmp_path / "missing" / "x.csv"), "csv")
    message = got.args[0]
    assert message.startswith("导出失败：") and "Export" not in message and "\n" not in message  # one language
    assert window.results_io.running == 0
