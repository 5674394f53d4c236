"""Page positions <-> Article.text offsets, with everything the page adds around the body."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from zzreader.core.highlights import Highlight
from zzreader.core.models import Article, Block
from zzreader.core.parse import parse_file
from zzreader.gui.article_html import ArticleMeta
from zzreader.gui.article_view import HIGHLIGHT_IDS, ArticleView
from zzreader.gui.highlight_style import fill, ink, mix, pieces
from zzreader.gui.preferences import Prefs
from zzreader.gui.qt import QTextCursor
from zzreader.gui.text_map import body_segments, cp_index, utf16_len

WIDE = "𠮷"  # outside the BMP: two UTF-16 units, one code point

ARTICLE = Article(
    title=f"{WIDE}野家 标题",
    subtitle=f"副题{WIDE}",
    reporters=[f"记者{WIDE}"],
    blocks=[
        Block("p", f"{WIDE}{WIDE}市二医院开诊，二医院。", 1, 1),
        Block("heading", "小标题", 2, 2),
        Block("caption", f"图为{WIDE}现场\n第二行说明", 3, 4),
        Block("table", f"线路\t时间\n南华{WIDE}变\t19:00\n备注\t\t", 5, 7,
              [["线路", "时间"], [f"南华{WIDE}变", "19:00"], ["备注", "", ""]]),
        Block("item", "一、鸣放时间", 8, 8),
        Block("item", f"遗失{WIDE}公章一枚", 9, 9),
        Block("p", "末段 with  two spaces", 10, 10),
    ],
)


def _highlight(hid: str, start: int, end: int, color: str = "yellow", style: str = "highlight",
               created: str = "2025-01-01T00:00:00.000Z") -> Highlight:
    text = ARTICLE.text
    return Highlight(
        id=hid, article_id=1, issue_source="x.txt", article_seq=1, start=start, end=end,
        exact=text[start:end], prefix="", suffix="", text_hash="", color=color, style=style,
        note="", anchor_state="anchored", created=created, modified=created,
    )


@pytest.fixture
def view(qtbot):
    v = ArticleView(Prefs())
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    v.show_article(ARTICLE, ArticleMeta("2025-10-31", 1, 1, 1))
    return v


def _doc_text(view: ArticleView, a: int, b: int) -> str:
    cursor = QTextCursor(view.page.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_utf16_helpers():
    assert utf16_len(f"a{WIDE}b") == 4
    assert [cp_index(f"a{WIDE}b", u) for u in (0, 1, 3, 4)] == [0, 1, 2, 3]


def test_segments_cover_the_text_between_line_and_cell_breaks():
    text = ARTICLE.text
    for seg in body_segments(ARTICLE):
        assert text[seg.text_start : seg.text_end] == seg.text
        assert "\n" not in seg.text and "\t" not in seg.text


def test_every_body_character_maps_to_itself_on_the_page(view):
    """Title, byline, ▲ and bullets and cells shift positions; 𠮷 takes two units."""
    text = ARTICLE.text
    tmap = view.text_map
    # Body text keeps its spaces (white-space: pre-wrap), so every segment is found.
    assert [s.text for s in tmap.segments] == [s.text for s in body_segments(ARTICLE)]
    for seg in tmap.segments:
        for i in range(seg.text_start, seg.text_end):
            (a, b), = tmap.to_doc(i, i + 1)
            assert _doc_text(view, a, b) == text[i], i
            assert tmap.to_text(a, b) == (i, i + 1)


def test_a_selection_spanning_header_and_blocks_gives_the_body_span(view):
    doc = view.page.document()
    text = ARTICLE.text
    start = doc.find("二医院开诊").selectionStart()
    end = doc.find("鸣放").selectionEnd()
    assert view.text_map.to_text(start, end) == (text.index("二医院开诊"), text.index("鸣放") + 2)
    assert view.text_map.to_text(0, 5) is None  # the date line is not body text
    # From the top of the page: the span starts at the body's first character (𠮷).
    assert view.text_map.to_text(0, start + 3) == (0, text.index("二医院开诊") + 3)


def test_highlights_paint_their_pieces_and_overlaps_blend(view):
    text = ARTICLE.text
    a = text.index("市二医院")
    b = text.index(f"南华{WIDE}变")
    view.set_highlights([
        _highlight("h1", a, a + 4, "green"),
        _highlight("h2", a + 2, a + 6, "blue", created="2025-01-02T00:00:00.000Z"),
        _highlight("h3", b, b + 4, "red", style="underline"),
    ])
    cursor = QTextCursor(view.page.document())

    def fmt_at(offset: int):
        (p, _q), = view.text_map.to_doc(offset, offset + 1)
        cursor.setPosition(p + 1)  # the format of the character before the cursor
        return cursor.charFormat()

    assert fmt_at(a).background().color().name() == fill("green")
    assert fmt_at(a + 2).background().color().name() == mix([fill("green"), fill("blue")])
    assert fmt_at(a + 2).property(HIGHLIGHT_IDS) == "h1,h2"
    assert fmt_at(a + 5).background().color().name() == fill("blue")
    assert fmt_at(a + 6).property(HIGHLIGHT_IDS) in (None, "")
    under = fmt_at(b + 2)  # the character after 𠮷 in a table cell
    assert under.underlineStyle() == under.UnderlineStyle.SingleUnderline
    assert under.underlineColor().name() == ink("red")
    assert [h.id for h in view.highlights_at(view.text_map.to_doc(a + 3, a + 4)[0][0])] == ["h2", "h1"]  # same length: newest first


def test_pieces_cut_at_every_boundary():
    h1, h2 = _highlight("a", 0, 4), _highlight("b", 2, 6, "pink")
    cut = [(s, e, st.ids) for s, e, st in pieces([h1, h2])]
    assert cut == [(0, 2, ("a",)), (2, 4, ("a", "b")), (4, 6, ("b",))]


def test_every_seed_article_maps_all_its_text(qtbot):
    view = ArticleView(Prefs())
    qtbot.addWidget(view)
    for path in SEEDS[:2]:
        for article in parse_file(path).articles:
            view.show_article(article, ArticleMeta())
            covered = sum(len(s.text) for s in view.text_map.segments)
            assert covered == sum(len(s.text) for s in body_segments(article)), article.title
