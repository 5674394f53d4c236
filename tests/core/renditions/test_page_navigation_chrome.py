"""A scraped e-paper page's navigation links are chrome, whatever words the site uses for them.

`上一版 下一版 版面导航` over the page line became an article of its own (its title the links).
Original text; titles read from it by eye.
"""

from __future__ import annotations

import pytest

from zzreader.core.parse import parse_text

PAGE = """株洲日报数字报
2025年11月06日
{links}
第A03版：城事
天元区首届菊花文化节开幕
作者：株洲日报全媒体记者 赵一凡
11月5日，天元区首届菊花文化节在神农公园开幕，展出菊花品种200余个、盆景3000余盆。
渌口区新增3条城乡公交线路
作者：通讯员 文某
11月5日，渌口区新开通3条城乡公交线路，覆盖沿线14个行政村。
"""


@pytest.mark.parametrize("links", ["上一版 下一版 版面导航", "返回目录 | 标题导航", "上一期　下一期　本版导航"])
def test_navigation_links_over_the_page_line_are_no_article(links: str) -> None:
    issue = parse_text(PAGE.format(links=links), "zzrb-2025-11-06.txt")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("天元区首届菊花文化节开幕", "城事"), ("渌口区新增3条城乡公交线路", "城事")]
    assert any(links in u.text for u in issue.unassigned)


def test_a_navigation_word_alone_still_heads_the_page_menu() -> None:
    """'版面导航' over a list of the pages' titles is the menu's head (core/renditions tests of round G), not chrome."""
    text = "株洲日报数字报 2026年5月6日\n版面导航\n第A01版：要闻\n· 市政府召开第十次常务会议\n· 株洲西站新增高铁车次\n"
    assert parse_text(text, "x.txt").articles == []
