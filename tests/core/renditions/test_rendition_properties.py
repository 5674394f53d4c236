"""Property tests: any text either parses or raises ParseError, and no non-blank line is lost."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_text

# Lines built from the pieces the renditions react to, so the pass is exercised, not just plain text.
PIECES = st.sampled_from([
    "\u3000\u3000", "株洲日报讯（全媒体记者/汤某 通讯员/邓海峰）", "7月16日，", "记者从市里获悉。", "39.", "2毫米",
    "第A03版：城事", "2025年7月17日 星期四 A02 要闻 责任编辑 贺某", "来源：株洲日报 作者：记者 罗某 发布时间：2025-06-13",
    "【字体：大 中 小】【打印】【关闭】", "上一篇 下一篇", "返回目录", "### ", "## ", "**", "> ", "- ", "1. ",
    "&nbsp;", "&ldquo;", "<br>", "<p>", "</p>", "<h2>", "</h2>", "遗失声明", "    ", "      ", "招聘", "电话：13907331234",
    "株洲某某有限公司", "2024年5月31日", "图为", "株洲日报全媒体记者/谭某 摄", "（上接A01版）", "株洲时评", "株洲日报评论员",
    "神农湖畔夜跑道开放", "，", "。", " ", "\t", "|", "——", "\ufeff",
])
LINE = st.lists(PIECES | st.text(max_size=6), max_size=8).map("".join)
DOC = st.lists(LINE, min_size=1, max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC)
def test_any_text_parses_and_keeps_every_line(text):
    try:
        issue = parse_text(text, "x.txt")
    except ParseError:
        return
    covered: set[int] = set()
    for article in issue.articles:
        assert article.line_start <= article.line_end
        covered.update(range(article.line_start, article.line_end + 1))
    for block in issue.unassigned:
        covered.update(range(block.line_start, block.line_end + 1))
    for no, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            assert no in covered, (no, line, issue.rendition)
    assert issue.rendition in ("plain", "pdf_text", "epaper", "single_newline", "markup")
