"""Focused checks for the repairs of parser round W: exports from other editors, encodings, names and notices.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import cms_chrome, front_dates


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a blog's own furniture around the post: comments, widgets, the meta line ---

def test_a_wordpress_page_keeps_only_the_post():
    issue = parse_text(_text(
        "<html><body>",
        '<header id="masthead" class="site-header"><p class="site-description">又一个站点</p></header>',
        '<div class="entry-meta"><span class="posted-on">发布于 2026年6月2日</span></div>',
        '<div class="entry-content">',
        "<p>株洲日报　2026年5月14日　星期四　A04　城事</p>",
        "<h2>新建口袋公园12个</h2>",
        "<p>本报讯（记者 李文）5月13日，记者从市城管局获悉，今年新建的12个口袋公园全部开放。</p>",
        "<h2>夜跑道月底亮灯</h2>",
        "<p>本报讯（记者 王可）5月12日，湘江风光带夜跑道基本完工。</p>",
        "</div>",
        '<div id="comments" class="comments-area">',
        '<h2 class="comments-title">上有1条评论</h2>',
        '<ol class="comment-list"><li><div class="comment-content"><p>谢谢分享。</p></div></li></ol>',
        "</div>",
        '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2>'
        "<ul><li><a href='/a'>株洲日报5月13日</a></li></ul></section></aside>",
        "</body></html>",
    ), "x.html")
    assert titles(issue) == ["新建口袋公园12个", "夜跑道月底亮灯"]
    assert_nothing_lost(issue)


def test_chrome_keeps_the_line_count_and_text_beside_it():
    lines = ['<p>正文一句。</p><div class="widget"><div>近期</div>', "<p>归档</p></div><p>正文二句。</p>"]
    assert cms_chrome.blank(lines) == ["<p>正文一句。</p>", "<p>正文二句。</p>"]
    assert cms_chrome.blank(['<p class="title">标题</p>']) == ['<p class="title">标题</p>']


# --- b. a setext heading whose paragraph has two lines: both are the headline ---

def test_a_setext_heading_over_two_lines_is_one_headline():
    issue = parse_text(_text(
        "醴陵釉下五彩瓷",
        "申报工作启动",
        "=========",
        "",
        "本报讯（记者 黎佳）4月19日，醴陵市召开申报工作会。",
        "",
        "读书会开到第100期",
        "------------",
        "",
        "本报讯（记者 何畅）4月18日晚，书香社区读书会迎来第100期活动。",
    ), "x.md")
    assert [a.title + a.subtitle for a in issue.articles] == ["醴陵釉下五彩瓷申报工作启动", "读书会开到第100期"]
    assert_nothing_lost(issue)


# --- c. front matter dates in a note app's locale ---

def test_front_matter_dates_in_other_shapes():
    assert front_dates.value_date("20/04/2026", []) == "2026-04-20"
    assert front_dates.value_date("04/20/2026", []) == "2026-04-20"
    assert front_dates.value_date("Apr 20, 2026", []) == "2026-04-20"
    assert front_dates.value_date("20 April 2026", []) == "2026-04-20"
    assert front_dates.value_date("03/04/2026", ["created: 2026-03-05T01:00:00Z"]) == "2026-03-04"
    assert front_dates.value_date("03/04/2026", ["created: 2026-04-04T01:00:00Z"]) == "2026-04-03"


def test_a_joplin_note_is_dated_by_its_front_matter():
    issue = parse_text(_text(
        "---", "title: 剪报", "日期: 20.04.2026", "---", "",
        "## 读书会开到第100期", "", "本报讯（记者 何畅）昨晚，书香社区读书会迎来第100期活动。",
    ), "note.md")
    assert issue.date == "2026-04-20"
