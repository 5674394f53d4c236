"""The same page stored the ways archives store it reads the same.

Metamorphic checks on small original pages: line ends, byte-order marks,
encodings, trailing whitespace, indents, blank lines and date-style file
names change the bytes but not what a reader sees, so titles, bylines, types
and the date must stay (tests/bench/bench_rendition_variants.py runs the same
rewrites over every test issue).
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes
from zzreader.core.renditions import line_tails

S = "\u3000"

# A page of briefs, one paragraph a line and no blank line at all.
BRIEFS = [
    "株洲日报　2026年3月12日　星期四　A04　县域",
    "炎陵县新建三座乡村图书室",
    "株洲日报全媒体记者 龙　燕",
    "3月11日，炎陵县策源乡、下村乡、船形乡的三座乡村图书室同时开放，共有图书1.2万册。",
    "醴陵市开通两条城乡公交线路",
    "株洲日报全媒体记者 易　凡　通讯员 贺　林",
    "3月11日起，醴陵市新开通的两条城乡公交线路正式运营，沿线12个村的村民出行更方便。",
    "寻物启事",
    "本人于3月10日在神农公园遗失黑色背包一个，内有证件若干，拾到者请联系：13807330000。",
]
BRIEF_TITLES = ["炎陵县新建三座乡村图书室", "醴陵市开通两条城乡公交线路", "寻物启事"]


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _assert_briefs(issue) -> None:
    assert titles(issue) == BRIEF_TITLES
    first, second, notice = issue.articles
    assert first.reporters == ["龙燕"] and first.type == "news"
    assert (second.reporters, second.correspondents) == (["易凡"], ["贺林"])
    assert notice.type == "notice"
    assert issue.date == "2026-03-12"
    assert_nothing_lost(issue)


def test_the_briefs_as_stored():
    _assert_briefs(_read("\n".join(BRIEFS) + "\n"))


@pytest.mark.parametrize("tail", ["  ", "\t", " \t", S, "\f"])
def test_whitespace_after_the_last_line_end_is_no_blank_line(tail: str):
    """'…13807330000。\\n  ': a dump of one paragraph a line stays one, whatever follows its last line end."""
    _assert_briefs(_read("\n".join(BRIEFS) + "\n" + tail))


def test_every_line_padded_with_spaces_reads_as_unpadded():
    _assert_briefs(_read("\n".join(line + "    " for line in BRIEFS) + "\n  "))


def test_a_tab_after_every_line_makes_no_table_rows():
    _assert_briefs(_read("\n".join(line + ("\t" if i % 2 else " \t") for i, line in enumerate(BRIEFS)) + "\n"))


def test_line_tails_keep_what_tells_something():
    """A wrap's one space and a Markdown hard break stay; tabs and whitespace-only lines go."""
    plain = ["壬癸。"] * 5
    assert line_tails.clean(["甲乙丙 ", "记者 周某  ", "丁戊\t", "己庚  \t", " \t\u3000", "\f", "", *plain]) == [
        "甲乙丙 ", "记者 周某  ", "丁戊", "己庚  ", "", "", "", *plain]
    assert line_tails.clean(["甲乙丙  ", "丁戊己  ", "庚辛"]) == ["甲乙丙", "丁戊己", "庚辛"]  # padded: nothing told
    assert line_tails.clean(["## 标题  ", "记者 周某  ", "## 二  ", "正文。"])[1] == "记者 周某  "  # Markdown keeps them


# A plain dump: a blank line between paragraphs, none between a headline and its byline.
PLAIN = [
    "株洲日报　2026年4月8日　星期三　A03　城事",
    "",
    "荷塘区新增两处口袋公园",
    "株洲日报全媒体记者 吴　迪",
    "",
    "　　4月7日，荷塘区月塘街道两处口袋公园建成开放，新增绿地3200平方米。",
    "",
    "　　公园内设置了健身步道和儿童游乐设施，周边居民步行5分钟即可到达。",
    "",
    "石峰区开展春季植树活动",
    "株洲日报通讯员 秦　峰",
    "",
    "　　4月6日，石峰区机关干部和志愿者200余人在九郎山参加义务植树，栽下樟树、桂花树1500余株。",
]


def _assert_plain(issue) -> None:
    assert titles(issue) == ["荷塘区新增两处口袋公园", "石峰区开展春季植树活动"]
    first, second = issue.articles
    assert (first.reporters, first.type) == (["吴迪"], "news")
    assert (second.correspondents, second.type) == (["秦峰"], "news")
    assert len(first.paragraphs) == 2
    assert issue.date == "2026-04-08"
    assert_nothing_lost(issue)


def _more_blanks(lines: list[str], times: int) -> list[str]:
    return [extra for line in lines for extra in ([line] if line else [""] * times)]


def test_the_plain_page_as_stored():
    _assert_plain(_read("\n".join(PLAIN) + "\n"))


@pytest.mark.parametrize("times", [2, 3])
def test_every_blank_line_doubled_is_no_photo_slot(times: int):
    """An exporter that writes two or three blank lines for each: still paragraph breaks, not empty photo slots."""
    _assert_plain(_read("\n".join(_more_blanks(PLAIN, times)) + "\n"))


def test_two_blank_lines_under_the_masthead_of_a_one_paragraph_a_line_dump():
    """The only blank run, under the masthead, doubled: still a dump of one paragraph a line."""
    _assert_briefs(_read("\n".join([BRIEFS[0], "", "", *BRIEFS[1:]]) + "\n"))


def test_a_tab_for_every_paragraph_indent_in_a_plain_page():
    _assert_plain(_read("\n".join(line.replace(S + S, "\t") for line in PLAIN) + "\n"))


def test_a_tab_for_every_paragraph_indent_in_pdf_text():
    """Wrapped lines under a tab indent: joined back as in the page with '　　' (the tab is no table cell)."""
    lines = [
        "株洲日报 2026年5月20日 星期三 A02 要闻",
        "渌口区建成首座湘江渡口候船亭",
        "\t株洲日报全媒体记者 何　琳　通讯员 罗",
        "明",
        "\t5月19日，渌口区朱亭镇湘江渡口的候船亭建成启用，亭内设有座椅、",
        "遮阳棚和安全告示，过往群众候船不再日晒雨淋。该镇今年还将改造两处",
        "渡口码头，方便沿江群众出行。",
        "芦淞区举办服饰产业招聘会",
        "\t株洲日报全媒体记者 龚　平",
        "\t5月19日，芦淞区服饰产业专场招聘会在董家塅街道举行，86家企业提供",
        "岗位1300余个，现场达成就业意向420人。",
    ]
    issue = _read("\n".join(lines) + "\n")
    assert titles(issue) == ["渌口区建成首座湘江渡口候船亭", "芦淞区举办服饰产业招聘会"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["何琳"], ["罗明"])
    assert first.paragraphs[0].startswith("5月19日，渌口区") and first.paragraphs[0].endswith("方便沿江群众出行。")
    assert second.reporters == ["龚平"] and second.type == "news"
    assert not any(block.kind == "table" for article in issue.articles for block in article.blocks)
    assert_nothing_lost(issue)


def test_tab_indents_leave_table_rows_and_markup_alone():
    from zzreader.core.renditions import indents

    assert indents.normalise(["\t正文。", "\t\t标题", "\t姓名\t电话", "\t<p>正文</p>", "甲\t乙"]) == [
        S + S + "正文。", " " * 16 + "标题", "\t姓名\t电话", "\t<p>正文</p>", "甲\t乙"]


def test_a_tab_for_every_paragraph_indent_in_a_one_paragraph_a_line_dump():
    """'\\t3月11日，…': the indented lines are paragraphs, not rows of a table under the headline."""
    _assert_briefs(_read("\n".join("\t" + line if line.startswith(("3月", "本人")) else line for line in BRIEFS) + "\n"))


# --- line ends and what follows the last line ---------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\r\r\n"])
def test_other_line_ends_read_as_the_plain_page(eol: str):
    """'\\r\\r\\n' too: a CRLF file converted once more is no blank line after every line."""
    _assert_plain(_read(eol.join(PLAIN) + eol))
    _assert_briefs(_read(eol.join(BRIEFS) + eol))


def test_a_dos_end_of_file_mark_is_no_text():
    issue = _read("\r\n".join(BRIEFS) + "\r\n\x1a", encoding="gbk")
    _assert_briefs(issue)
    assert "\x1a" not in issue.text


@pytest.mark.parametrize("page", [PLAIN, BRIEFS], ids=["plain", "briefs"])
def test_blank_lines_before_and_after_the_page(page: list[str]):
    text = "\n\n" + "\n".join(page) + "\n\n\n"
    (_assert_plain if page is PLAIN else _assert_briefs)(_read(text))


def test_front_matter_after_blank_lines_still_gives_the_date():
    lines = ["", "", "---", 'title: "A05 文体"', 'date: "2026-06-02"', "---", "", "## 株洲选手获全省游泳锦标赛三金", "",
             "株洲日报全媒体记者 夏　雨", "", "6月1日，全省游泳锦标赛落幕，株洲代表队获得3枚金牌。", ""]
    issue = _read("\n".join(lines), "page.md")
    assert titles(issue) == ["株洲选手获全省游泳锦标赛三金"]
    assert issue.articles[0].reporters == ["夏雨"]
    assert (issue.date, issue.rendition) == ("2026-06-02", "markup")


def test_a_page_saved_on_one_line_after_blank_lines():
    """Every piece of the one line is a block of its own, not one after an empty photo slot."""
    page = ('<html><body><div class="head">株洲日报　2026年6月3日　星期三　A02　要闻</div>'
            '<h2>神农城新增夜间公交线路</h2><p class="author">株洲日报全媒体记者 陶　然</p>'
            '<p>　　6月2日起，神农城至火车站的夜间公交线路开通，末班车延至23时。</p>'
            '<h2>荷塘区完成老旧管网改造</h2><p class="author">株洲日报通讯员 汪　洋</p>'
            '<p>　　近日，荷塘区完成老旧供水管网改造12公里，惠及居民5000余户。</p></body></html>')
    for text in (page, "\n\n" + page + "\n"):
        issue = _read(text, "page.html")
        assert titles(issue) == ["神农城新增夜间公交线路", "荷塘区完成老旧管网改造"]
        assert issue.articles[0].reporters == ["陶然"] and issue.articles[1].correspondents == ["汪洋"]
        assert issue.date == "2026-06-03"


# --- encodings -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk"])
def test_other_encodings_read_as_the_same_page(encoding: str):
    data = "\r\n".join(PLAIN).encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data  # UTF-16 LE with its byte-order mark, as Notepad saves it
    _assert_plain(parse_bytes(data, "x.txt"))
    _assert_briefs(parse_bytes("\n".join(BRIEFS).encode(encoding), "x.txt"))


def test_utf16_big_endian_with_its_mark():
    _assert_plain(parse_bytes(b"\xfe\xff" + "\n".join(PLAIN).encode("utf-16-be"), "x.txt"))


# --- file names with a date ----------------------------------------------------------------------------------

NAMES = ["株洲日报2026年4月8日.txt", "ZZRB_20260408.txt", "2026-04-08.txt"]
UNDATED = [line for line in PLAIN[2:]]  # the page without its masthead: nothing in the text dates it


@pytest.mark.parametrize("name", NAMES)
def test_a_date_style_name_dates_a_page_without_a_masthead(name: str):
    issue = _read("\n".join(UNDATED) + "\n", name)
    assert (issue.date, issue.date_source) == ("2026-04-08", "filename")
    assert titles(issue) == ["荷塘区新增两处口袋公园", "石峰区开展春季植树活动"]


@pytest.mark.parametrize("name", ["株洲日报2026年4月11日.txt", "ZZRB_20260411.txt", "2026-04-11.txt"])
def test_a_masthead_beats_a_name_of_another_day(name: str):
    issue = _read("\n".join(PLAIN) + "\n", name)
    assert (issue.date, issue.date_source) == ("2026-04-08", "masthead")


@pytest.mark.parametrize("date_line", ["date: 2026年6月2日", "date: 2026/06/02", "date: 2026-06-02T08:00:00+08:00"])
def test_a_front_matter_date_in_any_figures_beats_the_name(date_line: str):
    lines = ["---", "title: A05 文体", date_line, "---", "", "## 株洲选手获全省游泳锦标赛三金", "",
             "株洲日报全媒体记者 夏　雨", "", "6月1日，全省游泳锦标赛落幕，株洲代表队获得3枚金牌。", ""]
    assert _read("\n".join(lines), "2026-06-05.md").date == "2026-06-02"


def test_a_front_matter_title_naming_the_paper_and_its_day():
    lines = ["---", "title: 株洲日报 2026年6月2日 第A05版", "---", "", "## 株洲选手获全省游泳锦标赛三金", "",
             "株洲日报全媒体记者 夏　雨", "", "6月1日，全省游泳锦标赛落幕，株洲代表队获得3枚金牌。", ""]
    assert _read("\n".join(lines), "2026-06-05.md").date == "2026-06-02"


def test_a_masthead_set_as_a_markdown_heading_beats_the_name():
    lines = ["# 株洲日报 2026年6月2日", "", "## A05 文体", "", "### 株洲选手获全省游泳锦标赛三金", "",
             "株洲日报全媒体记者 夏　雨", "", "6月1日，全省游泳锦标赛落幕，株洲代表队获得3枚金牌。", ""]
    issue = _read("\n".join(lines), "ZZRB_20260605.md")
    assert (issue.date, issue.date_source) == ("2026-06-02", "masthead")


def test_a_cms_table_date_beats_the_name():
    page = ("<html><body><table class=\"meta\"><tr><th>稿件标题</th><td>渌口区新建两座农村公路桥</td></tr>\n"
            "<tr><th>作者</th><td>记者 卢 涛</td></tr>\n<tr><th>刊发日期</th><td>2026-06-02</td></tr></table>\n"
            "<p>　　6月1日，渌口区南洲镇两座农村公路桥建成通车，沿线3个村的群众出行更便捷。</p>\n</body></html>\n")
    issue = _read(page, "zzrb_20260605_A04.html")
    assert titles(issue) == ["渌口区新建两座农村公路桥"]
    assert issue.articles[0].reporters == ["卢涛"]
    assert issue.date == "2026-06-02"


# --- paragraph indents ---------------------------------------------------------------------------------------

# Three stories set side by side, as `pdftotext -layout` writes a page; '{i}' is the paragraph indent.
COLUMNS = [
    ("攸县新建两座乡村骨科诊室", "株洲日报全媒体记者 彭　芳", ["{i}5月12日，攸县网岭镇、", "皇图岭镇的骨科诊室开诊，", "村民看病不用再进城。"]),
    ("茶陵县开展防汛应急演练", "株洲日报全媒体记者 颜　雷", ["{i}5月12日，茶陵县在洣", "水河畔开展防汛应急演练，", "300余人参加。"]),
    ("炎陵黄桃基地迎来授粉期", "株洲日报全媒体记者 段　明", ["{i}近日，炎陵县中村乡的", "黄桃基地进入人工授粉期，", "果农们忙个不停。"]),
]


def _layout(indent: str) -> str:
    rows = [[title, byline, *[p.format(i=indent) for p in body]] for title, byline, body in COLUMNS]
    width = 30  # every column starts 30 characters after the one before
    lines = ["株洲日报" + " " * 22 + "2026年5月13日 星期三" + " " * 22 + "A03 县域", ""]
    for k in range(len(rows[0])):
        cells = [row[k] for row in rows]
        lines.append("".join(cell + " " * max(3, width - len(cell)) for cell in cells[:-1]) + cells[-1])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("indent", [S + S, "    "])
def test_columns_side_by_side_with_any_paragraph_indent(indent: str):
    """'　　5月12日' or '    5月12日' in the left column: the indent parts the byline from the text either way.

    (Two spaces are left out: in a right-hand column they read as the column edge wandering, side_by_side._split.)
    """
    issue = _read(_layout(indent))
    assert titles(issue) == [title for title, _, _ in COLUMNS]
    assert [a.reporters for a in issue.articles] == [["彭芳"], ["颜雷"], ["段明"]]
    assert issue.articles[0].paragraphs == ["5月12日，攸县网岭镇、皇图岭镇的骨科诊室开诊，村民看病不用再进城。"]
    assert issue.date == "2026-05-13"


# --- Markdown with a hard break after every line -------------------------------------------------------------

MARKDOWN = [
    "# 株洲日报 2026年7月9日 星期四 A04 城事", "",
    "## 石峰区启动夏季送清凉活动", "",
    "株洲日报讯（全媒体记者/聂某某",
    "通讯员/丁某）7月8日，石峰区总工会启动夏季送清凉活动，为环卫工人、",
    "快递小哥等户外劳动者送去防暑降温物资。", "",
    "## 株洲西站新增共享充电宝", "",
    "株洲日报全媒体记者 柳　青",
    "7月8日，株洲西站候车大厅新增共享充电宝租借点12处。", "",
]


def _assert_markdown(issue) -> None:
    assert titles(issue) == ["石峰区启动夏季送清凉活动", "株洲西站新增共享充电宝"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["聂某某"], ["丁某"])
    assert second.reporters == ["柳青"]
    assert second.paragraphs == ["7月8日，株洲西站候车大厅新增共享充电宝租借点12处。"]
    assert issue.date == "2026-07-09"


def test_markdown_as_exported():
    _assert_markdown(_read("\n".join(MARKDOWN), "page.md"))


def test_markdown_with_two_spaces_after_every_line():
    """Every line hard-broken: the wrapped lead still joins, the byline on its own line still stands apart."""
    _assert_markdown(_read("\n".join(line + "  " for line in MARKDOWN), "page.md"))


# --- other indents: no-break spaces, a page margin --------------------------------------------------------------

# PDF text wrapped at one width, each paragraph opened with an indent ('{i}').
WRAPPED = [
    "株洲日报 2026年8月14日 星期五 A03 城事",
    "天元区新增两处城市书房",
    "{i}株洲日报全媒体记者 贺　芸",
    "{i}8月13日，天元区泰山路、黄河北路两处城",
    "市书房对外开放，每处藏书5000余册，市民",
    "可凭社保卡免费借阅。",
    "{i}书房每天开放至晚上10点，周末不闭馆。",
    "芦淞区开展燃气安全检查",
    "{i}株洲日报全媒体记者 钟　毅",
    "{i}8月13日，芦淞区组织应急、市场监管等部门",
    "对辖区餐饮店开展燃气安全检查，整改隐患",
    "36处。",
]


def _assert_wrapped(issue) -> None:
    assert titles(issue) == ["天元区新增两处城市书房", "芦淞区开展燃气安全检查"]
    first, second = issue.articles
    assert first.reporters == ["贺芸"] and second.reporters == ["钟毅"]
    assert first.paragraphs == ["8月13日，天元区泰山路、黄河北路两处城市书房对外开放，每处藏书5000余册，市民可凭社保卡免费借阅。",
                                "书房每天开放至晚上10点，周末不闭馆。"]
    assert (issue.date, issue.rendition) == ("2026-08-14", "pdf_text")


@pytest.mark.parametrize("indent", [S + S, "    ", "\xa0" * 4, "\xa0\xa0", "\t"])
def test_wrapped_pdf_text_with_any_paragraph_indent(indent: str):
    """'&nbsp;' indents from a web copy read as the indent they stand for."""
    _assert_wrapped(_read("\n".join(line.format(i=indent) for line in WRAPPED) + "\n"))


@pytest.mark.parametrize("margin", ["  ", "    "])
def test_a_margin_every_line_shares_is_no_indent(margin: str):
    _assert_wrapped(_read("\n".join(margin + line.format(i=S + S) for line in WRAPPED) + "\n"))
    _assert_plain(_read("\n".join(margin + line if line else line for line in PLAIN) + "\n"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_under_a_ruled_banner(encoding: str):
    """'━━━━' and '★' rules are neither Han nor ASCII: the page is still UTF-16 text, not a binary file."""
    lines = ["株洲日报　2026年3月12日　星期四　A04　县域", "━" * 24, "★" * 12, "━" * 24, *BRIEFS[1:]]
    issue = parse_bytes("\r\n".join(lines).encode(encoding), "x.txt")
    assert issue.encoding == encoding
    assert titles(issue) == BRIEF_TITLES
    assert issue.date == "2026-03-12"


def test_a_byte_order_mark_written_twice():
    issue = parse_bytes(("\ufeff\ufeff" + "\n".join(PLAIN)).encode("utf-8"), "x.txt")
    _assert_plain(issue)
    assert not issue.text.startswith("\ufeff")


def test_headlines_as_wide_as_ruled_page_banners_are_no_wrap_width():
    """Masthead, '━━━━ 第A01版 要闻 ━━━' rules and headlines all 14 wide: no wrap width, one paragraph a line.

    A headline over its byline, and a rule, end mid-sentence at that width without any line going on from them.
    """
    lines = ["株洲日报 2026年1月5日 星期一", "━━━━ 第A01版 要闻 ━━━", "全市新建改建农村公路三百公里",
             "株洲日报全媒体记者 向 晴", "1月4日，记者从市交通运输局获悉，去年全市新建改建农村公路312公里。",
             "━━━━ 第A02版 经济 ━━━", "株洲跨境电商交易额增长了三成", "株洲日报全媒体记者 俞 航",
             "据市商务局统计，去年全市跨境电商交易额达到46亿元，同比增长31%。",
             "━━━━ 第A03版 城事 ━━━", "神农湖公园新添两座观景平台", "株洲日报通讯员 贺 琦",
             "1月4日，神农湖公园新建的两座观景平台对市民开放。"]
    issue = _read("\n".join(lines) + "\n")
    assert titles(issue) == ["全市新建改建农村公路三百公里", "株洲跨境电商交易额增长了三成", "神农湖公园新添两座观景平台"]
    assert [a.reporters or a.correspondents for a in issue.articles] == [["向晴"], ["俞航"], ["贺琦"]]
    assert issue.rendition == "single_newline"


# --- several rewrites at once --------------------------------------------------------------------------------


def test_a_margin_in_front_of_no_break_space_indents_in_utf16_with_doubled_cr():
    text = "\r\r\n".join("  " + line.format(i="\xa0" * 4) for line in WRAPPED) + "\r\r\n"
    _assert_wrapped(parse_bytes(text.encode("utf-16-le"), "x.txt"))


def test_blank_lines_first_then_a_doubled_blank_under_the_masthead_in_gbk():
    """The run under the masthead counts from the first text line, not from the top of the file."""
    lines = ["", "", BRIEFS[0], "", "", *BRIEFS[1:]]
    issue = parse_bytes(("\r\n".join(line + "  " for line in lines) + "\r\n\x1a").encode("gbk"), "株洲日报2026年3月12日.txt")
    _assert_briefs(issue)


def test_blank_lines_around_a_page_of_columns():
    """Blank lines after the columns end the page: the right column still opens with its headline."""
    issue = _read("\n\n" + _layout(S + S) + "\n\n\n")
    assert titles(issue) == [title for title, _, _ in COLUMNS]
    assert [a.reporters for a in issue.articles] == [["彭芳"], ["颜雷"], ["段明"]]


def test_blank_lines_around_two_columns():
    """The right column's headline on two lines, next to the left column's headline and byline."""
    rows = [("渌口区新建两座农村公路桥", "石峰区开通两条"), ("株洲日报全媒体记者 卢　涛", "社区巴士线路"),
            ("　　6月1日，渌口区南洲镇两座农村", "株洲日报全媒体记者 方　圆"), ("公路桥建成通车，沿线3个村的群众", "　　6月1日，石峰区两条社区巴士线"),
            ("出行更便捷。", "路开通，串起12个小区和3家医院，"), ("", "票价1元。")]
    lines = ["2026.6.2　星期二" + S * 8 + "株洲日报" + S * 8 + "A04 区县",
             *[left + S * (22 - len(left)) + right for left, right in rows]]
    for text in ("\n".join(lines) + "\n", "\n\n" + "\n".join(lines) + "\n\n\n"):
        issue = _read(text)
        assert [a.title + a.subtitle for a in issue.articles] == ["渌口区新建两座农村公路桥", "石峰区开通两条社区巴士线路"]
        assert [a.reporters for a in issue.articles] == [["卢涛"], ["方圆"]]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_set_with_ideographic_spaces(encoding: str):
    """A page padded with '　' (U+3000, whose low byte is a NUL): the NULs do not say the byte order, the text does."""
    lines = ["株洲日报" + S * 12 + "2026年6月2日" + S * 12 + "A04"] + [
        S * 12 + line.format(i=S + S) + S * 12 for line in WRAPPED[1:]]
    issue = parse_bytes("\n".join(lines).encode(encoding), "x.txt")
    assert issue.encoding == encoding
    assert titles(issue) == ["天元区新增两处城市书房", "芦淞区开展燃气安全检查"]


def test_an_ascii_safe_html_export():
    """Every Han character as '&#26666;': the same page, title, byline and masthead date; '&#60;' stays text."""
    page = ("<html><head><title>株洲日报 2026年6月3日 A02</title></head><body>"
            "<div class=\"head\">株洲日报　2026年6月3日　星期三　A02　要闻</div>\n"
            "<h2>神农城新增夜间公交线路</h2>\n<p class=\"author\">株洲日报全媒体记者 陶　然</p>\n"
            "<p>　　6月2日起，神农城至火车站的夜间公交线路开通，末班车延至23时。</p>\n"
            "<h2>荷塘区完成老旧管网改造</h2>\n<p class=\"author\">株洲日报通讯员 汪　洋</p>\n"
            "<p>　　近日，荷塘区完成老旧供水管网改造12公里，惠及居民5000余户。</p>\n</body></html>\n")
    escaped = "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in page)
    for text in (page, escaped):
        issue = _read(text, "page.html")
        assert titles(issue) == ["神农城新增夜间公交线路", "荷塘区完成老旧管网改造"]
        assert issue.articles[0].reporters == ["陶然"] and issue.articles[1].correspondents == ["汪洋"]
        assert issue.date == "2026-06-03"
    from zzreader.core.decode import decode

    assert decode(("<p>&#26666;&#27954; &#60;b&#62;</p>" * 3).encode()).text.startswith("<p>株洲 &#60;b&#62;</p>")


def test_zero_width_spaces_inside_words():
    """'株洲日\u200b报' on the masthead, '记\u200b者' in a byline: read as the words they are."""
    def hide(line: str) -> str:
        return line.replace("日报", "日\u200b报").replace("记者", "记\u200b者").replace("通讯员", "通\u200b讯员")

    _assert_briefs(_read("\n".join(hide(line) for line in BRIEFS) + "\n"))
    named = ["株洲日报 2026年4月8日", *PLAIN[1:]]  # the paper's name and the day, no weekday: the name makes it the masthead
    _assert_plain(_read("\n".join(hide(line) for line in named) + "\n", "株洲日报2026年4月11日.txt"))
    issue = _read("\n".join([*PLAIN, "\u200b", "\ufeff"]) + "\n")
    assert_nothing_lost(issue)  # a line of nothing but zero-width characters is still kept


def test_two_no_break_spaces_for_every_ideographic_space():
    """'&nbsp;&nbsp;' wherever the page had '　': in indents, between a name's two characters, on the page line."""
    def web(line: str) -> str:
        return line.replace(S, "\xa0\xa0")

    _assert_plain(_read("\n".join(web(line) for line in PLAIN) + "\n"))
    paged = ["株洲日报　２０２６年４月８日　星期三", "第Ａ０３版　城事　责任编辑：谢　军", *PLAIN[1:]]  # the page line is no article
    _assert_plain(_read("\n".join(web(line) for line in paged) + "\n"))
    _assert_briefs(_read("\n".join(web(line) for line in BRIEFS) + "\n"))
    _assert_wrapped(_read("\n".join(web(line.format(i=S + S)) for line in WRAPPED) + "\n"))
