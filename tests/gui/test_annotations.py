"""Annotating in the reader window: highlights, notes, tags, collections, undo (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import annotation_state
from zzreader.core.palette import PALETTE
from zzreader.core.highlights import Highlight
from zzreader.core.palette import COLORS
from zzreader.core.parse import parse_file
from zzreader.gui import prompts
from zzreader.gui.article_view import HIGHLIGHT_IDS
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QApplication, QEvent, QKeyEvent, Qt, QTextCursor
from zzreader.gui.tag_manager import TagManager
from zzreader.gui.text_map import body_start
from zzreader.gui.tree_model import ID_ROLE

WIDE = "𠮷"


def article_where(window: MainWindow, predicate):
    for _issue, article in window.library.iter_articles():
        if predicate(article):
            return article
    raise AssertionError("no article matches")


def select(window: MainWindow, quote: str) -> tuple[int, int]:
    """Select `quote` in the page body the way a mouse would (document positions from Qt)."""
    doc = window.view.page.document()
    cursor = doc.find(quote, body_start(doc))
    assert not cursor.isNull(), quote
    window.view.page.setTextCursor(cursor)
    window.view.page.setFocus()
    return cursor.selectionStart(), cursor.selectionEnd()


def unique_piece(source: str, block_text: str, n: int) -> str | None:
    """The first n characters of `block_text` that occur once in the issue's source."""
    for i in range(len(block_text) - n):
        piece = block_text[i : i + n]
        if source.count(piece) == 1 and "\n" not in piece:
            return piece
    return None


def type_text(widget, text: str) -> None:
    """Type any characters (QTest only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def char_format(window: MainWindow, position: int):
    cursor = QTextCursor(window.view.page.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def only_highlight(window: MainWindow) -> Highlight:
    found = window.library.highlights.for_article(window.current_id)
    assert len(found) == 1
    return found[0]


def body_article(window: MainWindow):
    return article_where(window, lambda a: len(a.blocks) >= 3 and len(a.blocks[1].text) > 30)


def test_select_text_and_press_2_highlights_exactly_that_text_in_green(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    quote = article.blocks[1].text[4:16]
    doc_start, doc_end = select(window, quote)
    qtbot.keyClick(window.view.page, Qt.Key.Key_2)

    h = only_highlight(window)
    start = article.text.index(quote)
    assert (h.exact, h.start, h.end, h.color, h.style) == (quote, start, start + len(quote), "green", "highlight")
    assert not window.view.page.textCursor().hasSelection()
    for pos in (doc_start, doc_end - 1):
        fmt = char_format(window, pos)
        assert fmt.background().color().name() == PALETTE["green"][0]
        assert fmt.property(HIGHLIGHT_IDS) == h.id
    assert char_format(window, doc_end).property(HIGHLIGHT_IDS) in (None, "")
    assert char_format(window, doc_start - 1).property(HIGHLIGHT_IDS) in (None, "")
    assert window.annotator.act_undo.isEnabled()
    assert window.annotator.act_undo.text() == "撤销：划线(&U)"


def test_offsets_survive_a_character_outside_the_bmp_and_captions(qtbot, window, tmp_path):
    """Re-import a seed with 𠮷 in a title and a caption: offsets stay code points of Article.text."""
    def plan(article):
        if not article.title or not any(b.kind == "caption" for b in article.blocks):
            return None
        info = window.library.issue(window.library.article_summary(article.id).issue_id)
        source = next(p for p in SEEDS if p.name == info.source)
        text = parse_file(source).text
        caption = next(b for b in article.blocks if b.kind == "caption").text
        body = next((b.text for b in article.blocks if b.kind == "p"), "")
        pieces = unique_piece(text, caption, 6), unique_piece(text, body, 8)
        return (article, source, text, *pieces) if all(pieces) else None

    issue_art, source, text, cap_piece, body_piece = next(
        found for _i, a in window.library.iter_articles() if (found := plan(a)))
    text = text.replace(cap_piece, WIDE + cap_piece).replace(body_piece, WIDE + WIDE + body_piece)
    edited = tmp_path / source.name
    edited.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.imports.start_import([edited], show_dialog=False)
    window.open_article(issue_art.id)
    article = window.library.article(issue_art.id)
    assert WIDE in article.text

    for key, color, quote in ((Qt.Key.Key_3, "blue", body_piece[2:7]), (Qt.Key.Key_6, "orange", cap_piece[1:5])):
        select(window, quote)
        qtbot.keyClick(window.view.page, key)
        h = next(x for x in window.library.highlights.for_article(article.id) if x.color == color)
        start = article.text.index(quote)
        assert (h.exact, h.start, h.end) == (quote, start, start + len(quote))
        assert article.text[h.start - 1] != WIDE or quote == body_piece[2:7]
    # What is painted is what was selected, even after the wide characters.
    doc_start, _end = select(window, body_piece[2:7])
    assert char_format(window, doc_start).background().color().name() == PALETTE["blue"][0]


def test_underline_strike_and_overlapping_highlights_render(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    para = article.blocks[1].text
    select(window, para[0:10])
    qtbot.keyClick(window.view.page, Qt.Key.Key_1)
    select(window, para[5:15])
    qtbot.keyClick(window.view.page, Qt.Key.Key_U)
    select(window, para[20:24])
    qtbot.keyClick(window.view.page, Qt.Key.Key_S)
    marks = window.library.highlights.for_article(article.id)
    assert [(m.style, m.color) for m in marks] == [("highlight", "yellow"), ("underline", "yellow"),
                                                 ("strike", "yellow")]
    overlap_start, _e = select(window, para[6:9])
    fmt = char_format(window, overlap_start)
    assert fmt.background().color().name() == PALETTE["yellow"][0]
    assert fmt.underlineStyle() == fmt.UnderlineStyle.SingleUnderline
    assert fmt.property(HIGHLIGHT_IDS) == f"{marks[0].id},{marks[1].id}"
    strike_start, _e = select(window, para[21:23])
    assert char_format(window, strike_start).fontStrikeOut()


def test_keys_without_a_selection_only_explain(qtbot, window):
    window.view.clear_selection()
    qtbot.keyClick(window.view.page, Qt.Key.Key_4)
    assert window.library.highlights.count() == 0
    assert "选中" in window.statusBar().currentMessage()


def test_clicking_a_highlight_opens_the_note_popup_with_a_safe_live_preview(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    quote = article.blocks[1].text[2:12]
    doc_start, _doc_end = select(window, quote)
    qtbot.keyClick(window.view.page, Qt.Key.Key_1)
    h = only_highlight(window)

    page = window.view.page
    cursor = QTextCursor(page.document())
    cursor.setPosition(doc_start + 3)
    point = page.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # on the character after the cursor
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = window.annotator.editor
    assert editor is not None and editor.isVisible() and editor.highlight.id == h.id

    editor.note.setPlainText("**要核实** 见 [报道](https://example.com)\n\n<script>alert(1)</script>"
                             "![图](http://example.com/x.png)")
    qtbot.waitUntil(lambda: "要核实" in editor.preview.toPlainText(), timeout=3000)
    html = editor.preview.toHtml()
    assert "font-weight:700" in html.replace(" ", "") or "<b>" in html  # bold rendered
    assert "<script>alert(1)</script>" in editor.preview.toPlainText()  # shown, never run
    assert "[图]" in editor.preview.toPlainText() and "<img" not in html
    editor.colours.button(3).click()  # pink
    editor.tags.setText("待核实, 医保")
    editor.save()

    h2 = window.library.highlights.get(h.id)
    assert h2.note.startswith("**要核实**") and h2.color == "pink" and h2.tags == ("医保", "待核实")
    assert window.annotator.act_undo.text() == "撤销：编辑划线(&U)"
    assert char_format(window, doc_start).background().color().name() == PALETTE["pink"][0]


def test_note_only_edit_and_delete_from_the_popup_are_named_undo_steps(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    select(window, article.blocks[1].text[0:6])
    qtbot.keyClick(window.view.page, Qt.Key.Key_N)  # highlight and open the note
    editor = window.annotator.editor
    assert editor is not None and editor.isVisible()
    editor.note.setPlainText("只改批注")
    editor.save()
    assert window.annotator.act_undo.text() == "撤销：编辑批注(&U)"
    h = only_highlight(window)
    window.annotator.edit_highlight(h.id).delete_button.click()
    assert window.library.highlights.count() == 0
    assert window.annotator.act_undo.text() == "撤销：删除划线(&U)"
    window.annotator.act_undo.trigger()
    assert only_highlight(window).note == "只改批注"


def test_tag_editor_completes_existing_tags(qtbot, window):
    lib = window.library
    ids = [a.id for _i, a in list(lib.iter_articles())[:3]]
    lib.tags.set_for_article(ids[0], ["待核实", "医保"])
    lib.tags.set_for_article(ids[1], ["待核实", "待办"])
    window.open_article(ids[2])
    edit = window.article_tags
    assert edit.tags() == []
    edit.setFocus()
    type_text(edit, "医保, 待")
    popup = edit.completer.popup()
    assert popup.isVisible()
    shown = [edit.completer.completionModel().index(r, 0).data()
             for r in range(edit.completer.completionModel().rowCount())]
    assert shown == ["待核实", "待办"]  # most used first
    edit.insert_completion(shown[0])
    assert edit.text() == "医保, 待核实, "
    popup.hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert lib.tags.of_article(ids[2]) == ["医保", "待核实"]
    assert window.annotator.act_undo.text() == "撤销：更改标签(&U)"


def test_tag_manager_lists_counts_renames_and_merges(qtbot, window, monkeypatch):
    lib = window.library
    ids = [a.id for _i, a in list(lib.iter_articles())[:3]]
    lib.tags.set_for_article(ids[0], ["待核实", "医保"])
    lib.tags.set_for_article(ids[1], ["待核实"])
    h = lib.highlights.add(ids[2], 0, 4, tags=["医疗"]).value
    manager = window.show_tag_manager()
    assert isinstance(manager, TagManager)
    assert manager.counts("待核实") == (2, 0) and manager.counts("医疗") == (0, 1)

    manager.select("待核实")
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "核实")
    manager.rename_selected()
    assert manager.counts("待核实") is None and manager.counts("核实") == (2, 0)

    manager.select("医保", "医疗")
    monkeypatch.setattr(prompts, "ask_item", lambda *a, **k: "医疗卫生")
    manager.merge_selected()
    assert manager.counts("医疗卫生") == (1, 1) and manager.counts("医保") is None
    assert lib.highlights.get(h.id).tags == ("医疗卫生",)

    manager.select("核实")
    manager.recolor_selected("red")
    assert next(t for t in lib.tags.all() if t.name == "核实").color == "red"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    manager.select("核实")
    manager.delete_selected()
    assert manager.counts("核实") is None
    for _ in range(2):  # delete, recolour
        window.annotator.undo()
    assert manager.counts("核实") == (2, 0) and manager.counts("医疗卫生") == (1, 1)
    window.annotator.undo()  # merge
    assert manager.counts("医保") == (1, 0) and manager.counts("医疗") == (0, 1)
    window.annotator.undo()  # rename
    assert manager.counts("待核实") == (2, 0)


def test_add_to_collection_from_the_tree_search_results_and_page(qtbot, window, monkeypatch):
    tree_index = window.tree.currentIndex()
    first = tree_index.data(ID_ROLE)
    menu = window.menus.tree_menu_for(tree_index)
    sub = next(a.menu() for a in menu.actions() if a.menu())
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "二医院专题")
    next(a for a in sub.actions() if a.objectName() == "collection.new").trigger()
    info = window.library.collections.all()[0]
    assert info.name == "二医院专题" and window.library.collections.article_ids(info.id) == [first]
    assert window.collections.tree.topLevelItemCount() == 1

    window.search.search_for("二医院")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
    hits = [h.article_id for h in window.search.model.hits if h.article_id != first]
    row = next(i for i, h in enumerate(window.search.model.hits) if h.article_id == hits[0])
    menu = window.menus.results_menu_for(window.search.model.index(row))
    sub = next(a.menu() for a in menu.actions() if a.menu())
    act = next(a for a in sub.actions() if a.objectName() == f"collection.{info.id}")
    assert not act.isChecked()
    act.trigger()
    assert set(window.collections.article_ids(info.id)) == {first, hits[0]}

    third = next(a.id for _i, a in window.library.iter_articles() if a.id not in (first, hits[0]))
    window.open_article(third)
    window.fill_collection_menu(window.collection_button.menu())
    page_act = next(a for a in window.collection_button.menu().actions()
                    if a.objectName() == f"collection.{info.id}")
    page_act.trigger()
    assert set(window.library.collections.article_ids(info.id)) == {first, hits[0], third}
    window.fill_collection_menu(window.collection_button.menu())
    assert next(a for a in window.collection_button.menu().actions()
                if a.objectName() == f"collection.{info.id}").isChecked()

    # Opening from the sidebar; removing from its context menu.
    item = window.collections.collection_item(info.id).child(0)
    window.collections._activated(item)
    assert window.current_id == item.data(0, Qt.ItemDataRole.UserRole + 2)
    next(a for a in window.collections.menu_for(item).actions()
         if a.objectName() == "collection.remove").trigger()
    assert len(window.library.collections.article_ids(info.id)) == 2


def test_undo_and_redo_walk_every_annotation_action_through_the_core_journal(qtbot, window, monkeypatch):
    lib = window.library
    article = body_article(window)
    window.open_article(article.id)
    states = [annotation_state(lib)]
    para = article.blocks[1].text

    select(window, para[0:8])
    qtbot.keyClick(window.view.page, Qt.Key.Key_5)
    states.append(annotation_state(lib))
    h = only_highlight(window)
    window.annotator.update_highlight(h.id, {"note": "批注", "tags": ["甲"]})
    states.append(annotation_state(lib))
    window.annotator.recolor(h.id, "red")
    states.append(annotation_state(lib))
    window.article_tags.setText("乙")
    window.article_tags.committed.emit(window.article_tags.tags())
    states.append(annotation_state(lib))
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "合集一")
    window.annotator.new_collection()
    states.append(annotation_state(lib))
    window.annotator.delete_highlight(h.id)
    states.append(annotation_state(lib))

    # Ctrl+Z through the window's shortcut, back to the start.
    window.activateWindow()
    window.view.page.setFocus()
    for expected in reversed(states[:-1]):
        qtbot.keyClick(window.view.page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert annotation_state(lib) == expected
    assert not window.annotator.act_undo.isEnabled()
    assert lib.highlights.for_article(article.id) == []
    assert window.view.highlights == []
    # Ctrl+Shift+Z forward to the end; the page follows.
    for expected in states[1:]:
        assert window.annotator.act_redo.text().startswith("重做：")
        qtbot.keyClick(window.view.page, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert annotation_state(lib) == expected
        if expected is states[3]:
            assert [x.color for x in window.view.highlights] == ["red"]
    assert window.annotator.act_redo.text() == "重做(&R)"
    assert not window.annotator.act_redo.isEnabled()


def test_edits_from_elsewhere_can_be_undone_in_the_window(window):
    """The journal is the core's: a CLI edit shows up as the window's Undo."""
    article_id = window.current_id
    window.library.highlights.add_quote(article_id, window.library.article(article_id).text[:3])
    window.annotator.update_undo_actions()
    assert window.annotator.act_undo.text() == "撤销：划线(&U)"
    window.annotator.act_undo.trigger()
    assert window.library.highlights.count() == 0


@pytest.mark.parametrize("language", ["en"])
def test_undo_label_follows_the_language(window, language):
    from zzreader import i18n

    i18n.set_language(language)
    window.library.highlights.add(window.current_id, 0, 2)
    window.annotator.update_undo_actions()
    assert window.annotator.act_undo.text() == "&Undo Highlight"


def test_search_reaches_highlight_tags_and_notes(qtbot, window):
    lib = window.library
    article = body_article(window)
    lib.highlights.add(article.id, 0, 4, tags=["口述史"], note="与 2019 年版本不同")
    for query in ("tag:口述史", "note:2019", 'note:"2019 年版本"'):
        window.search.search_for(query)
        qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
        assert window.search.hit_ids() == [article.id], query


def test_page_context_menu_offers_colours_on_a_selection_and_edits_on_a_highlight(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    quote = article.blocks[1].text[3:9]
    doc_start, _e = select(window, quote)
    menu = window.view.page.createStandardContextMenu()
    window.annotator.extend_page_menu(menu, doc_start)
    names = [a.objectName() for a in menu.actions()]
    assert names[:8] == [f"mark.{c}" for c in COLORS]
    assert "mark.underline" in names and "mark.strike" in names and "mark.note" in names
    next(a for a in menu.actions() if a.objectName() == "mark.purple").trigger()
    h = only_highlight(window)
    assert (h.exact, h.color) == (quote, "purple")

    window.view.clear_selection()
    menu = window.view.page.createStandardContextMenu()
    window.annotator.extend_page_menu(menu, doc_start + 1)
    sub = next(a.menu() for a in menu.actions() if a.menu() and quote[:3] in a.text())
    colours = next(a.menu() for a in sub.actions() if a.menu())
    next(a for a in colours.actions() if a.text() == "橙色").trigger()
    assert only_highlight(window).color == "orange"
    next(a for a in sub.actions() if a.text() == "删除划线").trigger()
    assert window.library.highlights.count() == 0


def test_highlights_stay_readable_in_the_dark_theme(qtbot, window):
    article = body_article(window)
    window.open_article(article.id)
    doc_start, _e = select(window, article.blocks[1].text[0:6])
    qtbot.keyClick(window.view.page, Qt.Key.Key_1)
    window.appearance.set_theme("dark")
    fmt = char_format(window, doc_start)
    assert fmt.background().color().name() == PALETTE["yellow"][0]
    assert fmt.foreground().color().lightness() < 80  # dark ink on the pale fill


def test_export_dialog_offers_formats_and_the_browser_selection(qtbot, window):
    from zzreader.gui.annotation_io import ExportDialog

    dialog = ExportDialog(2, window)
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "md" and dialog.only_selected()
    dialog.formats.button(2).setChecked(True)
    dialog.scope_all.setChecked(True)
    assert dialog.fmt() == "json" and not dialog.only_selected()
    none_selected = ExportDialog(0, window)
    qtbot.addWidget(none_selected)
    assert not none_selected.scope_selected.isEnabled() and not none_selected.only_selected()


def test_tags_typed_but_not_saved_follow_their_article_when_moving_on(qtbot, window):
    first = window.current_id
    window.article_tags.setFocus()
    type_text(window.article_tags, "未保存的标签")
    window.act_next.trigger()  # keyboard navigation: the field never lost focus
    assert window.current_id != first
    assert window.library.tags.of_article(first) == ["未保存的标签"]
    assert window.article_tags.tags() == []


def test_a_half_typed_tag_is_not_saved_when_focus_leaves(qtbot, window):
    lib = window.library
    ids = [a.id for _i, a in list(lib.iter_articles())[:3]]
    lib.tags.set_for_article(ids[0], ["医保", "医疗"])
    window.open_article(ids[2])
    edit = window.article_tags
    edit.setFocus()
    type_text(edit, "待核实, 医")
    popup = edit.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # moving through the suggestions ...
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # ... and leaving them
    assert edit.text() == "待核实, 医"
    window.filter.setFocus()  # focus leaves: the finished tag is saved, the half one is not
    edit.clearFocus()
    qtbot.waitUntil(lambda: lib.tags.of_article(ids[2]) == ["待核实"], timeout=3_000)
    assert "医" not in lib.tags.names()
    assert edit.text() == "待核实"  # the field shows what was saved
    edit.setFocus()
    edit.setCursorPosition(len(edit.text()))
    type_text(edit, ", 医")
    edit.completer.popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter saves what stands, by choice
    assert sorted(lib.tags.of_article(ids[2])) == sorted(["待核实", "医"])


def test_tag_manager_removes_unused_tags(qtbot, window, monkeypatch):
    lib = window.library
    ids = [a.id for _i, a in list(lib.iter_articles())[:2]]
    lib.tags.set_for_article(ids[0], ["待核实", "医"])
    lib.tags.set_for_article(ids[0], ["待核实"])  # "医" now tags nothing
    lib.tags.set_for_article(ids[1], ["误建"])
    lib.tags.set_for_article(ids[1], [])
    manager = window.show_tag_manager()
    assert sorted(manager.unused_names()) == sorted(["医", "误建"])
    assert manager.b_unused.isEnabled() and manager.b_unused.text() == "清理未用的标签（2）"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    manager.b_unused.click()
    assert manager.unused_names() == [] and not manager.b_unused.isEnabled()
    assert lib.tags.names() == ["待核实"]
    assert manager.counts("待核实") == (1, 0)
