"""Focused checks for round AP: held-out issues in forms the test data lacked.

Each test feeds a few lines of original text in one form a held-out issue
showed (tests/core/renditions/data/*_380..*_389 and the files named by their
date in round AP) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


# --- 1. A framed kind of ad on a page that frames its notices' titles is that ad's title ------------------

def test_a_framed_kind_over_an_ads_text_is_its_title_where_the_page_frames_titles():
    """'【招聘】' over a sentence of jobs, among '【减资公告】', '【讣告】': the ad's title, not a heading over the next notice."""
    issue = _read("\n".join([
        "株洲日报　分类广告　2026年10月20日　星期二　B03", "",
        "【讣告】",
        "株洲市第八中学退休教师欧阳志明同志，因病于2026年10月18日逝世，享年91岁。",
        "特此讣告。", "2026年10月20日", "",
        "【招聘】",
        "某某物业服务有限公司招聘：保安员10名，月薪3200元起；保洁员6名，月薪2600元起。",
        "电话：18173312345（王经理）", "",
        "【遗失声明】",
        "株洲某某建材有限公司遗失营业执照副本一份，声明作废。",
    ]))
    assert titles(issue) == ["讣告", "招聘", "遗失声明"]
    assert [a.type for a in issue.articles] == ["notice", "ad", "notice"]
    assert "月薪3200元" not in "".join(issue.articles[0].paragraphs)  # the job ad is not the obituary's
    assert issue.articles[2].section != "招聘"
    assert_nothing_lost(issue)
    # a page that frames only kinds: '【招聘】' over a titled ad still heads it as its section
    page = _read("\n".join([
        "株洲日报　2019年10月24日　星期四　B04　分类广告", "",
        "【招聘】",
        "招聘",
        "株洲某某物流有限公司因业务扩展，招聘货车司机5名，持B2驾照，月薪6000元以上，包食宿。",
        "联系人：刘先生　电话：15173300002",
    ]))
    assert titles(page) == ["招聘"] and page.articles[0].section == "招聘"


# --- 2. A blog theme's post meta line that carries the paper's byline -----------------------------------------

def test_a_byline_in_a_posts_meta_line_is_the_storys():
    """'<div class="entry-meta"><span class="author">株洲日报全媒体记者 …</span> <time>…</time></div>': the byline is kept."""
    page = "\n".join([
        "<html><body>",
        "<div class=\"paper-date\">2026年10月20日 星期二 第A07版：民生</div>",
        "<article class=\"post\">",
        "<header><h2 class=\"entry-title\">家门口的托育园开园了</h2>",
        "<div class=\"entry-meta\"><span class=\"author\">株洲日报全媒体记者 易 敏 通讯员 胡 茜</span> "
        "<time datetime=\"2026-10-20T07:30:00+08:00\">2026-10-20</time></div></header>",
        "<p>10月19日，天元区泰山路街道普惠托育园开园，首批招收婴幼儿60名。</p>",
        "</article>",
        "<article class=\"post\">",
        "<header><h2 class=\"entry-title\">托育服务要托得住更要育得好</h2></header>",
        "<div class=\"entry-meta\"><span class=\"author\">文/肖 然</span></div>",
        "<p>普惠托育园开到家门口，解了不少双职工家庭的燃眉之急。</p>",
        "</article>",
        "<article class=\"post\">",
        "<header><h2 class=\"entry-title\">石峰公园菊花展开幕</h2></header>",
        "<div class=\"entry-meta\">发布于 <time>2026-10-20</time> 作者 <a href=\"/author/admin\">admin</a></div>",
        "<p>10月19日，第二十届石峰公园菊花展开幕，展出菊花200余个品种。</p>",
        "</article>",
        "</body></html>",
    ])
    issue = _read(page, "page.html")
    assert titles(issue) == ["家门口的托育园开园了", "托育服务要托得住更要育得好", "石峰公园菊花展开幕"]
    first, second, third = issue.articles
    assert (first.reporters, first.correspondents) == (["易敏"], ["胡茜"])
    assert second.reporters == ["肖然"]
    assert third.reporters == [] and not any("admin" in p for p in third.paragraphs)  # a site user's meta line stays chrome
    assert_nothing_lost(issue)


# --- 3. Bylines: the pictures' credit after the words' behind bars ('文 | … 图 | …') ---------------------------

def test_words_and_pictures_credited_behind_bars_on_one_line():
    """'文 | 株洲日报全媒体记者 彭 晓　图 | 通讯员 罗 斌' (a WeChat post's credits): the writer and the photographer."""
    from zzreader.core.bylines import parse_credit

    for text in ("文 | 株洲日报全媒体记者 彭 晓　图 | 通讯员 罗 斌", "文｜株洲日报全媒体记者 彭 晓 图｜通讯员 罗 斌"):
        credit = parse_credit(text)
        assert credit is not None, text
        assert (credit.reporters, credit.correspondents, credit.photographers) == (["彭晓"], [], ["罗斌"])
    page = "\n\n".join([
        "原创 株洲日报 *株洲日报* 2026年10月24日 07:00 *湖南*",
        "## 神农城“秋夜市集”开市",
        "文 | 株洲日报全媒体记者 彭 晓　图 | 通讯员 罗 斌",
        "10月23日晚，神农城“秋夜市集”开市，120个摊位汇集本地小吃、文创和非遗手作。",
    ])
    article = _read(page, "post.md").articles[0]
    assert (article.reporters, article.photographers) == (["彭晓"], ["罗斌"])


# --- 4. Types: a report that a notice was issued is news --------------------------------------------------------

def test_a_headline_saying_a_notice_was_issued_over_a_dated_report_is_news():
    """'我市发布秋冬季森林防火通告' over '10月23日，市森林防火指挥部发布通告，…': news; the notice's own title stays a notice."""
    report = _read("\n\n".join([
        "株洲日报　2026年10月24日　星期六　A02　要闻",
        "我市发布秋冬季森林防火通告",
        "10月23日，市森林防火指挥部发布通告，10月25日至次年4月30日为全市森林防火期，期间严禁野外用火。",
    ]))
    assert [a.type for a in report.articles] == ["news"]
    notice = _read("\n\n".join([
        "株洲日报　2026年10月24日　星期六　B04　公告",
        "关于发布秋冬季森林防火期的通告",
        "根据《森林防火条例》，现将全市森林防火期通告如下：10月25日至次年4月30日为全市森林防火期。",
        "特此通告。",
        "株洲市森林防火指挥部",
        "2026年10月23日",
    ]))
    assert [a.type for a in notice.articles] == ["notice"]


# --- 5. Wrapped in a column: a framed ad's text, and a phone with the person to call behind it ------------------

def test_a_framed_ad_wrapped_in_a_column_keeps_its_title_and_ends_on_its_contact():
    """A column's cut first line under '【招聘】' is still the ad's text; '电话：181…（王经理）' closes it before '【遗失声明】'."""
    from zzreader.core.renditions.contact_ends import closes

    assert closes("电话：18173312345（王经理）", "【遗失声明】")
    assert not closes("电话：18173312345（王经理）", "（王经理）可电话预约")
    page = "\n".join([
        "株洲日报　分类广告　2026年10月20日　星期二　B03", "",
        "【讣告】",
        "株洲市第八中学退休教师、中共党员欧阳志明同志",
        "，因病于2026年10月18日逝世，享年91",
        "岁。丧事从简，不举行遗体告别仪式。",
        "2026年10月20日", "",
        "【招聘】",
        "某某物业服务有限公司招聘：1.保安员10名，",
        "55岁以下，月薪3200元起；2.保洁员6名",
        "，60岁以下，月薪2600元起。包午餐，缴纳",
        "社保。",
        "电话：18173312345（王经理）", "",
        "【遗失声明】",
        "株洲某某建材有限公司遗失营业执照副本一份，统",
        "一社会信用代码：91430203MA4R12",
        "345X，声明作废。",
    ])
    issue = _read(page)
    assert titles(issue) == ["讣告", "招聘", "遗失声明"]
    assert issue.articles[1].paragraphs[-1] == "电话：18173312345（王经理）"
    assert_nothing_lost(issue)
