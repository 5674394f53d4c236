"""The annotation browser dock, orphans after a re-import, and File → Export / Import (offscreen)."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from tests.conftest import SEEDS
from zzreader.core.highlights import Highlight
from zzreader.core.parse import parse_file
from zzreader.gui.annotation_browser import COLUMNS, HIGHLIGHT_ROLE
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import Qt
from zzreader.gui.text_map import body_start


def seed_articles(window: MainWindow) -> list:
    """(issue date, article) for articles with a long first block, one per issue."""
    out, seen = [], set()
    for issue, article in window.library.iter_articles():
        if issue.id not in seen and article.blocks and len(article.blocks[0].text) >= 20:
            seen.add(issue.id)
            out.append((issue.date, article))
    assert len(out) >= 3
    return out


@pytest.fixture
def annotated(window: MainWindow):
    """Highlights in three issues: colours, tags, a note, a collection."""
    lib = window.library
    (d1, a1), (d2, a2), (d3, a3) = seed_articles(window)[:3]
    h1 = lib.highlights.add(a1.id, 0, 6, color="green", tags=["医疗"], note="第一条批注").value
    h2 = lib.highlights.add(a2.id, 2, 9, color="blue", tags=["医疗", "待核实"]).value
    h3 = lib.highlights.add(a3.id, 1, 5, color="green", style="underline").value
    c = lib.collections.create("专题").value
    lib.collections.add_articles(c.id, [a2.id])
    window.annotator.notify()
    window.browser_dock.show()
    return {"h": (h1, h2, h3), "a": (a1, a2, a3), "dates": (d1, d2, d3), "collection": c}


def listed(window: MainWindow) -> set[str]:
    return {h.id for h in window.browser.model.rows}


def test_browser_lists_every_highlight_with_its_columns(window, annotated):
    h1, h2, h3 = annotated["h"]
    assert listed(window) == {h1.id, h2.id, h3.id}
    model = window.browser.model
    row = window.browser.row_of(h1.id)
    cell = {name: model.index(row, i).data() for i, name in enumerate(COLUMNS)}
    assert cell["quote"] == h1.exact and cell["note"] == "第一条批注" and cell["colour"] == "绿色"
    assert cell["tags"] == "医疗" and cell["article"] == annotated["a"][0].title
    assert cell["date"] == annotated["dates"][0]
    assert "共 3 条" in window.browser.count.text()


def test_browser_filters_by_tag_colour_collection_dates_and_text(qtbot, window, annotated):
    h1, h2, h3 = annotated["h"]
    b = window.browser
    b.set_filter(tag="医疗")
    assert listed(window) == {h1.id, h2.id}
    b.set_filter(tag=None, color="green")
    assert listed(window) == {h1.id, h3.id}
    b.set_filter(color=None, collection_id=annotated["collection"].id)
    assert listed(window) == {h2.id}
    b.set_filter(collection_id=None, date_from=annotated["dates"][1], date_to=annotated["dates"][1])
    assert listed(window) == {h2.id}
    b.set_filter(date_from=None, date_to=None, text="第一条")  # in a note
    assert listed(window) == {h1.id}
    b.set_filter(text=h3.exact[1:3])  # in a quote
    assert h3.id in listed(window)
    b.set_filter(text=None)
    assert len(listed(window)) == 3


def test_browser_sorts_by_any_column(window, annotated):
    b = window.browser
    b.table.sortByColumn(COLUMNS.index("colour"), Qt.SortOrder.AscendingOrder)
    colours = [h.color for h in b.model.rows]
    assert colours == ["green", "green", "blue"]
    b.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
    dates = [h.issue_date for h in b.model.rows]
    assert dates == sorted(dates, reverse=True)


def test_double_click_jumps_to_the_article_and_flashes_the_highlight(qtbot, window, annotated):
    h2 = annotated["h"][1]
    window.open_article(annotated["a"][0].id)
    b = window.browser
    row = b.row_of(h2.id)
    rect = b.table.visualRect(b.model.index(row, 0))
    # A real double-click starts with a press on the row (QTest's alone does not).
    qtbot.mouseClick(b.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(b.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_id == h2.article_id
    assert window.view.flashing
    (a, z), = window.view.flashing
    cursor = window.view.page.textCursor()
    cursor.setPosition(a)
    cursor.setPosition(z, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == h2.exact
    qtbot.waitUntil(lambda: not window.view.flashing, timeout=5000)


def test_edits_elsewhere_refresh_the_browser(window, annotated):
    h1 = annotated["h"][0]
    window.annotator.update_highlight(h1.id, {"note": "改过的批注"})
    row = window.browser.row_of(h1.id)
    assert window.browser.model.index(row, COLUMNS.index("note")).data() == "改过的批注"
    window.annotator.delete_highlight(h1.id)
    assert h1.id not in listed(window)
    window.annotator.undo()
    assert h1.id in listed(window)


def _edited_seed(tmp_path, replace: tuple[str, str]):
    source = SEEDS[0]
    text = parse_file(source).text
    assert text.count(replace[0]) == 1
    out = tmp_path / "edited" / source.name
    out.parent.mkdir()
    out.write_text(text.replace(*replace), encoding="utf-8")
    return out


def test_orphan_after_reimport_is_listed_and_reattached_by_hand(qtbot, window, tmp_path):
    lib = window.library
    info = lib.issue_by_source(SEEDS[0].name)
    article = next(a for a in lib.articles_of_issue(info.id) if len(lib.article(a.id).text) > 60)
    text = lib.article(article.id).text
    quote = next(text[i : i + 7] for i in range(len(text) - 7)
                 if parse_file(SEEDS[0]).text.count(text[i : i + 7]) == 1 and "\n" not in text[i : i + 7])
    h = lib.highlights.add_quote(article.id, quote, note="会丢失吗").value
    edited = _edited_seed(tmp_path, (quote, "（此处已更正）"))
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as blocker:
        window.imports.start_import([edited], show_dialog=False)
    assert blocker.args[0].count("updated") == 1
    assert lib.highlights.get(h.id).orphan  # the import job re-anchored the issue

    window.browser_dock.show()
    window.browser.set_filter(state="orphans")
    assert listed(window) == {h.id}
    row = window.browser.row_of(h.id)
    assert window.browser.model.index(row, COLUMNS.index("quote")).data() == quote
    assert "未定位" in window.browser.model.index(row, COLUMNS.index("article")).data()

    window.browser.table.selectRow(row)
    assert window.browser.b_reattach.isEnabled()
    window.browser.b_reattach.click()
    assert window.annotator.reattach_id == h.id and window.annotator.act_reattach.isEnabled()
    window.open_article(article.id)
    doc = window.view.page.document()
    cursor = doc.find("此处已更正", body_start(doc))
    window.view.page.setTextCursor(cursor)
    window.annotator.act_reattach.trigger()
    placed = lib.highlights.get(h.id)
    assert not placed.orphan and placed.exact == "此处已更正" and placed.note == "会丢失吗"
    assert listed(window) == set()  # still filtering orphans
    assert [x.id for x in window.view.highlights] == [h.id]


def test_export_markdown_csv_and_json_in_the_background(qtbot, window, annotated, tmp_path):
    h1, h2, h3 = annotated["h"]
    io = window.io
    for fmt in ("md", "csv", "json"):
        path = tmp_path / f"all.{fmt}"
        with qtbot.waitSignal(io.exported, timeout=10_000) as blocker:
            io.start_export(fmt, str(path))
        assert blocker.args == [str(path), 3]
        assert path.stat().st_size > 0
    md = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert "第一条批注" in md and "#医疗" in md and f"### {annotated['a'][1].title.split()[0]}" in md
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, as the CLI writes
    rows = list(csv.DictReader((tmp_path / "all.csv").open(encoding="utf-8-sig")))
    assert {r["id"] for r in rows} == {h1.id, h2.id, h3.id}
    assert next(r for r in rows if r["id"] == h2.id)["tags"] == "医疗; 待核实"
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    items = data["first"]["items"]
    ann = next(i for i in items if i["id"] == f"urn:uuid:{h1.id}")
    kinds = {s["type"] for s in ann["target"]["selector"]}
    assert kinds == {"TextPositionSelector", "TextQuoteSelector"}

    # Only the rows selected in the browser.
    window.browser.table.selectRow(window.browser.row_of(h2.id))
    assert window.browser.selected_ids() == [h2.id]
    path = tmp_path / "one.csv"
    with qtbot.waitSignal(io.exported, timeout=10_000):
        io.start_export("csv", str(path), window.browser.selected_ids())
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["id"] for r in rows] == [h2.id]


def test_import_w3c_into_another_library_is_an_idempotent_merge(qtbot, window, annotated, tmp_path,
                                                                    sample_library_file, settings):
    path = tmp_path / "all.json"
    with qtbot.waitSignal(window.io.exported, timeout=10_000):
        window.io.start_export("json", str(path))
    other_file = tmp_path / "other.sqlite"
    shutil.copy(sample_library_file, other_file)
    assert window.switch_library(other_file)
    assert window.library.highlights.count() == 0
    with qtbot.waitSignal(window.io.imported, timeout=10_000) as blocker:
        window.io.start_import(str(path))
    assert blocker.args[0].added == 3
    assert {h.exact for h in window.library.highlights.find()} == {h.exact for h in annotated["h"]}
    assert len(window.browser.model.rows) == 3  # the views were told
    with qtbot.waitSignal(window.io.imported, timeout=10_000) as blocker:
        window.io.start_import(str(path))
    assert (blocker.args[0].added, blocker.args[0].unchanged) == (0, 3)
    assert window.library.highlights.count() == 3
    # The import is one undoable step.
    assert window.annotator.act_undo.text() == "撤销：导入批注(&U)"


def test_a_bad_import_file_reports_instead_of_failing(qtbot, window, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(window.io.failed, timeout=10_000) as blocker:
        window.io.start_import(str(path))
    assert "JSON" in blocker.args[0]


def test_export_article_to_html_and_pdf(qtbot, window, annotated, tmp_path):
    h1 = annotated["h"][0]
    window.open_article(h1.article_id)
    html_path = window.io.export_article("html", str(tmp_path / "a.html"))
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert html_path and "第一条批注" in html and "background-color" in html and h1.exact[:3] in html
    pdf = tmp_path / "a.pdf"
    assert window.io.export_article("pdf", str(pdf))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_browser_rows_carry_the_highlight(window, annotated):
    index = window.browser.model.index(0, 0)
    assert isinstance(index.data(HIGHLIGHT_ROLE), Highlight)
