"""Focused checks for the repairs found with the seventh round of test issues (round G).

UTF-16 without a byte-order mark, digest and table-of-contents boxes, weather
boxes, briefs columns and briefs side by side, the paper's corrections and
obituaries, a continued page that repeats its headline, reprints in
traditional characters, padded editor names in page labels, scrapes led by a
breadcrumb and a dated source line, a masthead of the paper's name and date,
and a box line in PDF text over a headline. Each test feeds a few lines of
original text and asserts what a reader sees.
"""

from __future__ import annotations

import os

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import furniture
from zzreader.core.renditions import page_heads


def _unassigned_text(issue) -> str:
    return "\n".join(u.text for u in issue.unassigned)


# --- 1. UTF-16 without a byte-order mark ---------------------------------------------------------------

_UTF16_TEXT = "\n".join([
    "株洲日报",
    "2026年6月2日　星期二",
    "炎陵县黄桃进入采摘期",
    "株洲日报讯（全媒体记者/邓晓红）6月1日，炎陵县首批黄桃成熟上市，今年预计产量8万吨。",
])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_text_in_utf16_without_a_bom_is_read(codec):
    issue = parse_bytes(_UTF16_TEXT.replace("\n", "\r\n").encode(codec), "x.txt")
    assert issue.encoding == codec
    assert titles(issue) == ["炎陵县黄桃进入采摘期"]
    assert issue.articles[0].reporters == ["邓晓红"]
    assert issue.date == "2026-06-02"


def test_bytes_with_nuls_that_read_as_no_text_stay_binary():
    data = bytes(range(256)) * 8 + os.urandom(2048)
    with pytest.raises(ParseError):
        decode(data)


# --- 2. digests and tables of contents ------------------------------------------------------------------


def test_a_digest_box_of_page_coded_headlines_is_no_article():
    text = "\n".join([
        "株洲日报",
        "2026年5月6日 星期三",
        "今日导读",
        "A02 渌口区新建农贸市场3个",
        "A04 攸县：高山蔬菜喜获丰收",
        "A01 要闻",
        "渌口区新建农贸市场3个",
        "株洲日报讯（全媒体记者/袁立新）5月5日，渌口区3个新建农贸市场同时开业，新增摊位420个。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["渌口区新建农贸市场3个"]
    assert "攸县：高山蔬菜喜获丰收" in _unassigned_text(issue)
    assert_nothing_lost(issue)


def test_a_file_that_is_only_a_table_of_contents_has_no_articles():
    html = "\n".join([
        "<html><head><meta charset='utf-8'><title>株洲日报 2026年5月6日 版面目录</title></head><body>",
        "<h2>株洲日报 2026年5月6日 星期三</h2>",
        "<h3>本期目录</h3>",
        "<ul><li>第A01版：要闻<ul>",
        "<li><a href='c1.htm'>市政府召开第十次常务会议</a></li>",
        "<li><a href='c2.htm'>株洲西站新增高铁车次</a></li>",
        "</ul></li><li>第A02版：城事<ul>",
        "<li><a href='c3.htm'>神农公园月季盛开</a></li>",
        "</ul></li></ul></body></html>",
    ])
    issue = parse_text(html, "x.html")
    assert issue.articles == []
    assert issue.date == "2026-05-06"
    assert_nothing_lost(issue)


def test_an_e_paper_page_menu_under_the_papers_name_and_date():
    text = "\n".join([
        "株洲日报数字报 2026年5月6日",
        "版面导航",
        "第A01版：要闻",
        "· 市政府召开第十次常务会议",
        "· 株洲西站新增高铁车次",
        "第A02版：城事",
        "· 神农公园月季盛开",
        "【往期回顾】【PDF下载】",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.articles == []
    assert (issue.date, issue.date_source) == ("2026-05-06", "masthead")
    assert_nothing_lost(issue)


def test_related_news_links_under_a_scraped_article_are_no_text():
    text = "\n".join([
        "首页 > 株洲日报 > 2026年5月6日 > 第A04版：文体",
        "株洲队获省运会游泳金牌5枚",
        "2026-05-06 来源：株洲日报",
        "株洲日报全媒体记者 贺明辉",
        "5月5日，记者从市体育局获悉，株洲游泳队在省运会上获得金牌5枚。",
        "相关新闻：",
        "· 省运会株洲代表团出征",
        "【纠错】 【打印本页】 【关闭窗口】",
        "醴陵举办少儿象棋赛",
        "2026-05-06 来源：株洲日报",
        "株洲日报全媒体记者 贺明辉 通讯员 杨　柳",
        "5月4日，醴陵市少儿象棋赛举行，参赛选手320名。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "epaper"
    assert titles(issue) == ["株洲队获省运会游泳金牌5枚", "醴陵举办少儿象棋赛"]
    assert [a.reporters for a in issue.articles] == [["贺明辉"], ["贺明辉"]]
    assert issue.articles[1].correspondents == ["杨柳"]
    assert "省运会株洲代表团出征" in _unassigned_text(issue)


# --- 3. weather boxes and briefs -----------------------------------------------------------------------


def test_a_weather_box_is_furniture_and_the_next_headline_keeps_its_byline():
    text = "\n".join([
        "2026年5月6日　星期三　A06　区县　责任编辑：肖　丽",
        "茶陵县茶油产量创新高",
        "株洲日报全媒体记者 邓凯文",
        "　　5月5日，记者从茶陵县林业局获悉，去年全县茶",
        "油产量达1.9万吨，创历史新高。",
        "今日天气",
        "　　多云转雷阵雨　22℃～30℃　南风2～3级",
        "醴陵瓷谷新引进企业12家",
        "株洲日报全媒体记者 肖　丽",
        "　　5月5日，醴陵瓷谷举行项目签约仪式，新引进",
        "陶瓷电商、设计企业12家。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["茶陵县茶油产量创新高", "醴陵瓷谷新引进企业12家"]
    assert issue.articles[1].reporters == ["肖丽"]
    assert "22℃～30℃" in _unassigned_text(issue)


@pytest.mark.parametrize("head", ["区县简讯", "■ 区县简讯"])
def test_a_briefs_column_after_a_report_is_a_piece_of_its_own(head):
    text = "\n\n".join([
        "株洲日报　2026年5月6日　星期三　A05　区县",
        "攸县新签约项目8个",
        "株洲日报讯（全媒体记者/易　翔）5月5日，攸县举行项目集中签约仪式，新签约项目8个。",
        head,
        "　　芦淞区：5月5日，芦淞区举办服装设计大赛。",
        "　　天元区：5月5日，天元区新开通社区巴士2条。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["攸县新签约项目8个", "区县简讯"]
    assert issue.articles[1].paragraphs[0].startswith("芦淞区：5月5日")


def test_briefs_in_the_same_box_dress_are_side_by_side_not_sub_headings():
    text = "\n".join([
        "株洲日报　2026年2月24日　星期二　A01　要闻",
        "■ 简讯",
        "　　■ 市“春风行动”招聘会举行",
        "　　2月23日，市“春风行动”大型招聘会在神农",
        "城举行，236家企业提供就业岗位1.1万个。",
        "　　■ 株洲方特新春游园会闭幕",
        "　　2月22日，为期一个月的株洲方特新春游园会闭",
        "幕，累计接待游客46万人次。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["市“春风行动”招聘会举行", "株洲方特新春游园会闭幕"]
    assert [a.type for a in issue.articles] == ["news", "news"]  # a job fair is an event, not a job ad


# --- 4. corrections and obituaries ---------------------------------------------------------------------


def test_a_correction_is_a_notice_and_the_desk_signs_it():
    text = "\n\n".join([
        "株洲日报",
        "2026年5月6日 星期三",
        "讣　告",
        "株洲市原副市长陈建国同志，因病医治无效，于2026年5月4日逝世，享年90岁。",
        "陈建国同志治丧小组",
        "更　正",
        "本报5月5日A03版《市区新增停车位》一文中，“3000个”应为“300个”，特此更正。",
        "本报编辑部",
        "致歉声明",
        "因本公司管道抢修，建设中路5月5日停水一天，特此致歉。",
        "株洲市某某水务有限公司",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["讣告", "更正", "致歉声明"]
    assert [a.type for a in issue.articles] == ["notice", "notice", "notice"]
    assert issue.articles[1].paragraphs[-1] == "本报编辑部"


# --- 5. continued pages and traditional characters -----------------------------------------------------


def test_a_continued_page_that_repeats_its_headline_keeps_its_text():
    text = "\n".join([
        "2026年5月6日 星期三 A04 要闻 责任编辑 孔令辉",
        "我市今年将新建保障性住房4000套",
        "（上接A01版）",
        "今年新建的保障性住房主要分布在天元区和石峰区。",
        "首批1000套预计明年交付。",
        "市中心医院开通互联网门诊",
        "株洲日报讯（全媒体记者/程　亮）5月5日，市中心医院互联网门诊上线。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["我市今年将新建保障性住房4000套", "市中心医院开通互联网门诊"]
    first = issue.articles[0]
    assert first.continued_from is not None and first.type == "news"
    assert first.paragraphs[0].startswith("今年新建的保障性住房")


def test_a_reprint_in_traditional_characters_keeps_its_bylines():
    text = "\n".join([
        "株洲日報",
        "2026年5月6日 星期三",
        "A02 要聞",
        "株洲西站新增站台2座",
        "株洲日報訊（全媒體記者/何志剛 通訊員/羅文靜）5月5日，株洲西站改擴建工程完工。",
        "天元區舉辦人才招聘月活動",
        "株洲日報訊（全媒體記者/楊　帆）5月5日，天元區人才招聘月活動啓動。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["株洲西站新增站台2座", "天元區舉辦人才招聘月活動"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["何志剛"], ["羅文靜"]), (["楊帆"], [])]
    assert [a.type for a in issue.articles] == ["news", "news"]
    assert issue.articles[0].paragraphs[0].startswith("5月5日，株洲西站改擴建")  # the text keeps its characters


# --- 6. page labels and mastheads ----------------------------------------------------------------------


def test_a_page_label_with_a_padded_editors_name():
    assert page_heads.page_label("A07 财经 责任编辑：胡 静") == ("A07 财经", "胡静")
    issue = parse_text("\n\n".join([
        "株洲日报",
        "2026年5月6日　星期三",
        "A07　财经　责任编辑：胡　静",
        "株洲银行业一季度新增贷款300亿元",
        "株洲日报讯（全媒体记者/龚　颖）5月5日，记者从金融监管部门获悉，一季度全市新增贷款300亿元。",
    ]), "x.txt")
    assert titles(issue) == ["株洲银行业一季度新增贷款300亿元"]
    assert issue.articles[0].section == "A07 财经"


# --- 7. picture slots and phone QR prompts (batch three) ----------------------------------------------


@pytest.mark.parametrize("line", ["[图片]", "【图片】", "[图片：市民在公园晨练]", "图片：渌口古镇夜景.jpg", "（组图）", "手机扫码阅读本版"])
def test_picture_slots_and_phone_qr_prompts_are_chrome(line):
    assert furniture.is_chrome(line)


@pytest.mark.parametrize("line", ["图片新闻", "图为市民在公园晨练。", "照片里的株洲", "扫黑除恶专项斗争取得新成效，全市破获案件120起。"])
def test_captions_and_titles_are_no_picture_slots(line):
    assert not furniture.is_chrome(line)


def test_a_picture_slot_over_a_photo_credit_is_no_article():
    text = "\n".join([
        "株洲日报 2026年5月6日 第A06版：区县",
        "攸县：万亩荷塘迎来采莲季",
        "作者：通讯员 谭丽娟 发布时间：2026-05-06",
        "5月5日，攸县鸾山镇的万亩荷塘里，村民们划着小船采摘莲蓬。",
        "[图片]",
        "（通讯员 谭丽娟 摄）",
        "编辑：刘　敏",
        "【打印】【关闭】",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["攸县：万亩荷塘迎来采莲季"]
    assert (issue.articles[0].correspondents, issue.articles[0].photographers) == (["谭丽娟"], ["谭丽娟"])
