"""Notes are visible on the page: a badge after a noted highlight, the note on hover as
plain text; the browser shows a note's words, not its Markdown; search hits look
different from a yellow highlight."""

from __future__ import annotations

from zzreader.gui.highlight_style import fill, ink
from zzreader.gui.qt import (
    QApplication,
    QColor,
    QEvent,
    QHelpEvent,
    QImage,
    Qt,
    QTextCursor,
    QToolTip,
)
from zzreader.i18n import tr

NOTE = "**核实**：数字与 `<b>` 标签\n\n- 来源：市医保局"


def _noted(window):
    for _issue, article in window.library.iter_articles():
        if article.type == "news" and len(article.text) > 80:
            h = window.library.highlights.add(article.id, 10, 20, color="green", note=NOTE).value
            plain = window.library.highlights.add(article.id, 40, 50, color="yellow").value
            window.open_article(article.id)
            return article, h, plain
    raise AssertionError("no news story")


def test_a_noted_highlight_has_a_badge_in_its_colour(qtbot, window):
    _article, h, plain = _noted(window)
    markers = window.view.note_markers.markers()
    assert [m[1].id for m in markers] == [h.id]  # the highlight without a note has none
    rect = markers[0][0]
    page = window.view.page
    page.viewport().repaint()
    image: QImage = page.viewport().grab().toImage()
    centre = image.pixelColor(rect.center())
    assert centre == QColor(ink("green")), centre.name()


def test_hovering_a_noted_highlight_shows_the_note_as_plain_text(qtbot, window):
    _article, h, _plain = _noted(window)
    markers = window.view.note_markers
    text = markers.tooltip_text(h)
    assert text == f"{tr('note.tip.title')}\n核实：数字与 <b> 标签\n• 来源：市医保局"
    (doc_a, doc_b), *_ = window.view.text_map.to_doc(h.start, h.end)
    cursor = QTextCursor(window.view.page.document())
    cursor.setPosition((doc_a + doc_b) // 2)
    point = window.view.page.cursorRect(cursor).center()
    assert markers.note_at(point).id == h.id
    viewport = window.view.page.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    assert QApplication.sendEvent(viewport, event)  # as Qt delivers it: through ArticlePage.viewportEvent
    shown = QToolTip.text()
    assert "&lt;b&gt;" in shown and "<b>" not in shown.replace('<p style="white-space:pre-wrap">', "")


def test_the_browser_shows_the_notes_words_not_markdown(qtbot, window):
    _article, h, _plain = _noted(window)
    window.browser_dock.show()
    browser = window.browser
    browser.reload()
    model = browser.model
    row = browser.row_of(h.id)
    note_col = [model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(model.columnCount())].index(tr("browser.col.note"))
    shown = model.index(row, note_col).data()
    assert "核实：数字与 <b> 标签" in shown and "**" not in shown and "- 来源" not in shown


def test_search_hits_are_drawn_unlike_a_yellow_highlight(qtbot, window):
    theme = window.view.theme
    assert QColor(theme.hit) != QColor(fill("yellow"))
    article, _h, _plain = _noted(window)
    term = article.text[60:62]
    window.open_article(article.id, term)
    selections = window.view.page.extraSelections()
    assert selections  # the hits of the term
    fmt = selections[0].format
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DashUnderline
    assert fmt.underlineColor() == QColor(theme.hit_rule)
