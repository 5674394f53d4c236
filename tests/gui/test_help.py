"""Help → Search syntax shows the query language in the window's language."""

from __future__ import annotations

from zzreader import i18n


def test_search_help_lists_the_query_language(window, qtbot):
    window.act_search_help.trigger()
    dialog = window.help.search_help
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    for needle in ("二医院", "title:", "author:", "tag:", "note:", "date:2024-12", "OR"):
        assert needle in text
    assert dialog.windowTitle() == "检索语法"
    assert window.act_search_help.shortcut().toString() == "F1"


def test_search_help_in_english():
    i18n.set_language("en")
    try:
        assert "Search syntax" in i18n.tr("help.search.html")
        assert "finds 市二医院" in i18n.tr("help.search.html")
    finally:
        i18n.set_language("zh")
