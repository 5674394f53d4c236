"""Corrections in the window: Edit menu, the dialog, History with restore, split, undo, the name on revisions."""

from __future__ import annotations

from dataclasses import replace

from tests.gui.test_annotations import article_where, select
from zzreader.core import corrections as co
from zzreader.gui.correction_dialog import CorrectionDialog, names
from zzreader.gui.history_panel import marked


def long_news(window):
    return article_where(window, lambda a: a.type == "news" and a.title and len(a.text) > 300)


def test_the_edit_menu_offers_every_correction(window):
    edit = next(m for m in window.menuBar().findChildren(type(window.recent_menu)) if m.title() == "编辑(&E)")
    names_shown = [a.objectName() for a in edit.actions()]
    for key in ("correct.action", "correct.split", "correct.merge", "correct.not_article", "history.action"):
        assert key in names_shown


def test_a_corrected_title_shows_in_the_page_and_history_restores_the_original(qtbot, window):
    article = long_news(window)
    window.open_article(article.id)
    revision = window.corrections.apply_edit(article.id, {"title": "改正后的标题"}, "错字")
    assert revision == 1
    assert window.current_id == article.id
    assert "改正后的标题" in window.view.page.toPlainText()

    panel = window.corrections.show_history()
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 2
    assert [panel.table.item(1, c).text() for c in (0, 3, 4)] == ["1", "错字", "标题"]
    assert "改正后的标题" in panel.after.toPlainText() and article.title in panel.before.toPlainText()

    panel.select(0)
    panel.restore_requested.emit(panel.selected_revision())
    assert window.library.article(article.id).title == article.title
    assert article.title in window.view.page.toPlainText()
    assert panel.table.rowCount() == 3  # restoring is itself a revision


def test_undo_takes_a_correction_back(qtbot, window):
    article = long_news(window)
    window.open_article(article.id)
    window.corrections.apply_edit(article.id, {"section": "更正后的栏目"})
    assert window.library.article(article.id).section == "更正后的栏目"
    window.annotator.act_undo.trigger()
    assert window.library.article(article.id).section == article.section


def test_split_at_the_cursor_makes_the_second_part_its_own_article(qtbot, window):
    article = long_news(window)
    window.open_article(article.id)
    second_half = article.text[len(article.text) // 2:]
    quote = second_half[second_half.index("\n") + 1:][:6] if "\n" in second_half else second_half[:6]
    select(window, quote)
    at = window.view.cursor_offset()
    assert article.text[at:at + len(quote)] == quote
    first, second = window.corrections.split_at_cursor(title="下半篇")
    assert first == article.id
    assert window.library.article(second).title == "下半篇"
    assert window.library.article(second).text.startswith(quote)
    assert window.library.article(first).text == article.text[:at].rstrip("\n")


def test_revisions_are_signed_with_the_name_from_preferences(qtbot, window):
    article = long_news(window)
    window.open_article(article.id)
    window.appearance.apply(replace(window.prefs, user_name="档案员甲"))
    window.corrections.apply_edit(article.id, {"subtitle": "补上副题"})
    assert window.library.corrections.history(article.id)[-1].user == "档案员甲"


def test_the_dialog_reports_only_what_changed_and_shows_hostile_text_as_text(qtbot, window):
    article = long_news(window)
    dialog = CorrectionDialog(replace(article, title="<img src=/etc/passwd>标题"))
    qtbot.addWidget(dialog)
    assert dialog.lines["title"].text() == "<img src=/etc/passwd>标题"
    assert dialog.changes() == {}
    dialog.lines["reporters"].setText("张三、李四")
    assert dialog.changes() == {"reporters": ["张三", "李四"]}
    assert names("甲，乙; 丙") == ["甲", "乙", "丙"]


def test_the_side_by_side_view_marks_only_the_changed_characters_and_escapes_the_rest():
    left, right = marked("株洲<b>日报", "株洲<b>晚报")
    assert "&lt;b&gt;" in left and "<b>" not in left
    assert left.count("<span") == 1 and ">日</span>" in left
    assert right.count("<span") == 1 and ">晚</span>" in right


def test_stray_lines_of_the_issue_can_be_moved_into_the_article(qtbot, window):
    from zzreader.gui.qt import Qt

    article = article_where(
        window, lambda a: a.title and window.library.corrections.stray_lines(a.id) and a.type == "news")
    window.open_article(article.id)
    dialog = window.corrections.stray_lines_dialog()
    qtbot.addWidget(dialog)
    first = dialog.list.item(0)
    stray_text = window.library.corrections.stray_lines(article.id)[0][1]
    first.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    moved = window.library.article(article.id)
    assert moved.text.endswith(stray_text.strip()) or stray_text.strip() in moved.text
    assert all(line[1] != stray_text for line in window.library.corrections.stray_lines(article.id))


def test_a_search_hit_only_in_the_original_says_so(qtbot, window):
    from zzreader.gui.search_panel import snippet_html

    article = long_news(window)
    word = next(article.text[i:i + 4] for i in range(len(article.text) - 4)
                if "\n" not in article.text[i:i + 4] and window.library.search(article.text[i:i + 4]).total == 1)
    window.corrections.apply_edit(article.id, {"text": article.text.replace(word, "（已更正）")})
    hits = window.library.search(word).hits
    assert [h.article_id for h in hits] == [article.id] and hits[0].in_original
    assert "仅见于更正前的原文" in snippet_html(hits[0], "#ff0")


def test_the_review_list_shows_what_a_reimport_could_not_put_back(qtbot, window, monkeypatch):
    item = co.ReviewItem(article_id=None, issue_source="x.txt", revision=2, fields=("text",), title="某篇")
    monkeypatch.setattr(co.Corrections, "pending_review", lambda _self: [item])
    dialog = window.corrections.show_review()
    qtbot.addWidget(dialog)
    from zzreader.gui.qt import QTableWidget

    table = dialog.findChild(QTableWidget, "reviewTable")
    assert table is not None
    assert [table.item(0, c).text() for c in range(4)] == ["2", "某篇", "正文", "x.txt"]
