"""Focused checks for the repairs of parser round T: the ways people save a page of the paper.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import mail_quotes, nav_menus, wechat, wiki_links
from zzreader.core.renditions.model import SourceLine


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a website's menu pasted with the page, one item a line --------------------------------------------------

def test_a_site_menu_one_item_a_line_is_furniture():
    issue = parse_text(_text(
        "县区新闻网 首页", "新闻", "时政", "教育", "数字报",
        "株洲日报 2025年12月06日 第A02版：要闻",
        "炎陵黄桃冷库扩容", "作者：杨帆", "日期：2025-12-06",
        "　　12月5日，炎陵县新建的两座黄桃冷库投入使用。",
    ), "x.txt")
    assert titles(issue) == ["炎陵黄桃冷库扩容"]
    assert_nothing_lost(issue)


def test_short_lines_without_menu_words_stay():
    lines = [SourceLine(k, t) for k, t in enumerate(["春雨", "夜归人", "小城", "灯火"], 1)]
    furniture: list[SourceLine] = []
    nav_menus.drop(lines, furniture, [])
    assert not furniture and len(lines) == 4


# --- b. a WeChat post: the account line dates it, the 三审 credits and the QR blurb are no article ---------------

def test_a_wechat_post_is_dated_by_its_account_line():
    issue = parse_text(_text(
        "渌口区新增一处城市书房",
        "原创 株洲日报 株洲日报 2025-11-20 07:30 发表于湖南",
        "株洲日报全媒体记者 唐　英",
        "11月19日，渌口区第三家城市书房在滨江路开放，藏书8000余册。",
        "来源：株洲日报",
        "编辑：陈　洁",
        "审核：罗志远",
        "长按识别下方二维码",
        "关注株洲日报 获取更多资讯",
        "觉得不错，请点个“在看”吧",
    ), "x.txt")
    assert (issue.date, titles(issue)) == ("2025-11-20", ["渌口区新增一处城市书房"])
    assert issue.articles[0].reporters == ["唐英"]
    assert_nothing_lost(issue)


def test_the_post_line_needs_its_posting_mark():
    assert wechat.post_date(["株洲日报 2025-11-20 发表于湖南"]) == ("2025", "11", "20")
    assert wechat.post_date(["会议定于2025-11-20召开"]) is None


# --- c. a note app's wiki links -----------------------------------------------------------------------------

def test_wiki_links_read_as_the_app_shows_them():
    assert wiki_links.unlink("记者 [[胡晓岚]]　[[清水塘#历史|老工业区]]") == "记者 胡晓岚　老工业区"
    assert wiki_links.unlink("[普通链接](http://x)") == "[普通链接](http://x)"


def test_a_clipped_note_is_dated_by_its_source_line_and_keeps_its_byline():
    issue = parse_text(_text(
        "#剪报", "", "> 出处：[[株洲日报]] 2025年11月3日 第A03版", "",
        "# 茶陵新建两座人行天桥", "", "株洲日报全媒体记者 [[谭　丽]]", "",
        "11月2日，茶陵县城区两座人行天桥完工，方便学生上下学。",
    ), "note.md")
    assert (issue.date, titles(issue)) == ("2025-11-03", ["茶陵新建两座人行天桥"])
    assert issue.articles[0].reporters == ["谭丽"]


# --- d. a forwarded mail: quote marks off, the note and the header to unassigned -----------------------------

MAIL = _text(
    "小王：这篇给你参考。",
    "-----原始邮件-----",
    "发件人: 张三 <zs@example.com>",
    "发送时间: 2025年11月5日 8:10",
    "主题: 转发：报纸",
    "",
    "> 株洲日报 2025年11月4日 星期二 A03 城事",
    ">",
    "> 石峰区老旧小区加装电梯40台",
    ">",
    "> 株洲日报全媒体记者 蒋　晨",
    ">",
    "> 今年以来，石峰区老旧小区加装电梯40台，惠及居民1100余户。",
)


def test_a_forwarded_mail_reads_the_quoted_page():
    issue = parse_text(MAIL, "mail.txt")
    assert (issue.date, titles(issue)) == ("2025-11-04", ["石峰区老旧小区加装电梯40台"])
    assert issue.articles[0].reporters == ["蒋晨"]
    assert_nothing_lost(issue)


def test_quote_marks_stay_without_a_mail_header():
    lines = ["> 引文一", "> 引文二", "> 引文三"]
    assert mail_quotes.unquote(lines, []) is None


# --- e. Firefox's Reader view keeps the page's address in its domain link --------------------------------------

def test_a_reader_view_page_is_dated_by_its_domain_link():
    issue = parse_text(_text(
        '<html><body><div class="header reader-header">',
        '<a class="domain reader-domain" href="https://epaper.example.cn/zzrb/html/2025-11/07/content_1.htm">epaper.example.cn</a>',
        '<h1 class="reader-title">荷塘区新增两处口袋公园</h1>',
        '<div class="credits reader-credits">株洲日报全媒体记者 周　敏</div>',
        '</div><div class="content"><p>11月6日，荷塘区两处口袋公园建成开放。</p></div></body></html>',
    ), "reader.html")
    assert (issue.date, titles(issue)) == ("2025-11-07", ["荷塘区新增两处口袋公园"])
