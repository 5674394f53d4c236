"""The article page: what it renders, what it escapes, and how it marks text."""

from __future__ import annotations

from zzreader.core.models import Article, Block
from zzreader.core.parse import parse_file
from zzreader.gui.article_html import ArticleMeta, Style, article_html, link, parse_link
from zzreader.gui.article_view import ArticleView, Utf16Map, find_all
from zzreader.gui.preferences import Prefs
from zzreader.gui.qt import QTextDocument
from tests.conftest import SEEDS

STYLE = Style("Noto Serif CJK SC", 16, 180, "#000", "#666", "#b00", "#fee", "#ccc", "#eee", "#fff")


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _seed_article(predicate):
    for path in SEEDS:
        for article in parse_file(path).articles:
            if predicate(article):
                return article
    raise AssertionError("no seed article matches")


def test_page_shows_title_byline_and_body(qapp):
    article = _seed_article(lambda a: a.reporters and a.photographers and a.title)
    text = _plain(article_html(article, ArticleMeta("2025-10-31", 23847, 5, 15), STYLE))
    assert article.title.split()[0] in text
    for name in article.reporters + article.photographers:
        assert name in text
    assert "记者" in text and "摄影" in text
    assert "2025年10月31日 星期五" in text and "第23847期" in text and "第5/15篇" in text
    assert article.blocks[-1].text in text


def test_byline_names_are_links_that_search_by_author():
    article = Article(title="标题", reporters=["谢嘉"], section="城区·新闻")
    html = article_html(article, ArticleMeta("2025-10-31"), STYLE)
    assert f'href="{link("author", "谢嘉")}"' in html
    assert f'href="{link("section", "城区·新闻")}"' in html
    assert parse_link(link("author", "谢嘉")) == ("author", "谢嘉")
    assert parse_link("https://example.com/x") is None


def test_data_is_escaped_never_run_as_markup(qapp):
    evil = '<img src="http://example.com/x.png"><script>alert(1)</script>&amp;'
    article = Article(title=evil, subtitle=evil, reporters=[evil],
                      blocks=[Block("p", evil, 1, 1), Block("table", f"a\t{evil}", 2, 2)])
    html = article_html(article, ArticleMeta(), STYLE)
    assert "<img" not in html and "<script" not in html
    assert _plain(html).count(evil) >= 3  # shown literally


def test_tables_captions_and_headings_get_their_own_markup(qapp):
    article = Article(title="表", blocks=[
        Block("heading", "小标题", 1, 1),
        Block("caption", "图为现场", 2, 2),
        Block("table", "线路\t时间\n南华变\t19:00", 3, 4, [["线路", "时间"], ["南华变", "19:00"]]),
        Block("item", "一、鸣放时间", 5, 5),
        Block("item", "遗失公章一枚", 6, 6),
    ])
    html = article_html(article, ArticleMeta(), STYLE)
    assert 'class="heading"' in html and "▲" in html
    assert html.count("<td") == 4 + 1  # four table cells and the caption box
    assert "•&nbsp;遗失公章一枚" in html and "•&nbsp;一、" not in html


def test_source_mode_numbers_the_original_lines(qapp):
    article = Article(title="T", line_start=41)
    text = _plain(article_html(article, ArticleMeta(), STYLE, source="第一行\n第二行"))
    assert "41" in text and "42" in text and "第二行" in text


def test_find_all_ignores_latin_case_and_utf16_map_counts_surrogates():
    assert find_all("AI与ai", "ai") == [(0, 2), (3, 5)]
    to16 = Utf16Map("𠮷野家𠮷")
    assert [to16(i) for i in (0, 1, 2, 3, 4)] == [0, 2, 3, 4, 6]


def test_find_bar_counts_matches_and_steps(qtbot):
    view = ArticleView(Prefs())
    qtbot.addWidget(view)
    view.show()
    article = Article(title="医院", blocks=[Block("p", "二医院在医院路。", 1, 1)])
    view.show_article(article, ArticleMeta("2025-10-31"))
    view.open_find()
    view.find_bar.field.setText("医院")
    assert len(view.finds.spans) == 3
    assert view.find_bar.count.text() == "第 1/3 处"
    view.step_marks(True)
    assert view.find_bar.count.text() == "第 2/3 处"
    view.step_marks(False)
    view.step_marks(False)
    assert view.find_bar.count.text() == "第 3/3 处"  # wraps around
    doc_text = view.page.document().toRawText()
    assert all(doc_text[a:b] == "医院" for a, b in view.finds.spans)


def test_search_hits_are_marked_even_after_a_character_outside_the_bmp(qtbot):
    view = ArticleView(Prefs())
    qtbot.addWidget(view)
    article = Article(title="𠮷祥", blocks=[Block("p", "𠮷𠮷市二医院，二医院。", 1, 1)])
    view.show_article(article, ArticleMeta(), query="二医院")
    assert len(view.hits.spans) == 2
    cursor = view.page.textCursor()
    for start, end in view.hits.spans:
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "二医院"
    assert view.hits.current == 0
    assert view.mark_summary() == "检索命中 第 1/2 处（F3 下一处）"


def test_remote_resources_are_never_loaded(qtbot):
    view = ArticleView(Prefs())
    qtbot.addWidget(view)
    from zzreader.gui.qt import QTextDocument as Doc, QUrl

    image = view.page.loadResource(Doc.ResourceType.ImageResource.value, QUrl("http://example.com/a.png"))
    assert image.size().width() == 1 and image.pixelColor(0, 0).alpha() == 0  # a blank pixel, nothing fetched
