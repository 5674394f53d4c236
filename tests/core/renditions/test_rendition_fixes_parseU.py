"""Focused checks for the repairs of parser round U: scale and combinations the test issues rarely show.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import words_mark
from zzreader.core.lines import heading_like
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. unsigned briefs with no blank lines: a plain headline after a dated one opens the next, one character too ---

def test_a_one_character_headline_after_an_unsigned_brief_opens_the_next():
    issue = parse_text(_text(
        "株洲日报　２０２６年２月１８日　星期三　第Ａ０３版　城事",
        "回家",
        "２月１７日是正月初一，株洲火车站迎来返乡客流高峰，当天发送旅客约３．２万人次。",
        "车站在进站口增设了两条快速安检通道，并安排志愿者为老人引路。",
        "雪",
        "石峰公园的腊梅开得正好，园内已有约三百株腊梅吐蕊。",
        "公园管理处提醒，赏花时请勿攀折花枝。",
    ), "x.txt")
    assert titles(issue) == ["回家", "雪"]
    assert_nothing_lost(issue)


def test_a_lone_credit_mark_is_no_headline():
    assert heading_like("春") and not heading_like("图") and not heading_like("文")


def test_a_signed_feature_keeps_its_sub_heading():
    issue = parse_text(_text(
        "老街新生",
        "株洲日报全媒体记者 何　平",
        "２月１７日，记者走进芦淞区的老街，青石板路旁的店铺重新开张。",
        "街坊们说，这条街上一次这么热闹，还是二十年前。",
        "旧",
        "老街的房子大多建于上世纪五十年代，墙面斑驳，屋顶漏雨。",
    ), "x.txt")
    assert titles(issue) == ["老街新生"]


# --- b. '文　静': a name of two set to the width of three is no '文/' mark ------------------------------------------

def test_a_surname_wen_padded_is_a_name_not_the_words_mark():
    assert not words_mark("文　静") and not words_mark("文 静")
    assert words_mark("文/易某某") and words_mark("文　易某某") and words_mark("文　图/易某某")


def test_an_e_paper_report_by_wen_is_news():
    issue = parse_text(_text(
        "株洲日报 2026年03月04日 第A02版：要闻",
        "醴陵瓷博馆推出夜场",
        "作者：文　静",
        "日期：2026-03-04",
        "　　从3月7日起，醴陵陶瓷博物馆每周六开放夜场，闭馆时间延至晚上9时。",
    ), "x.txt")
    assert [a.type for a in issue.articles] == ["news"]


# --- c. a site's menu in traditional characters is furniture --------------------------------------------------------

def test_a_traditional_menu_is_furniture_and_a_traditional_headline_keeps_its_characters():
    issue = parse_text(_text(
        "株洲新聞網 首頁", "新聞", "要聞", "時政", "數字報",
        "株洲日報 2026年03月04日 第A02版：要聞",
        "新聞發布會通報春耕備耕情況",
        "作者：羅曉峰",
        "日期：2026-03-04",
        "　　3月3日，市農業農村局召開新聞發布會，通報全市春耕備耕情況。",
        "【打印本頁】【關閉窗口】",
    ), "x.txt")
    assert titles(issue) == ["新聞發布會通報春耕備耕情況"]
    assert_nothing_lost(issue)


# --- d. '文／易　梅': the contributor's mark over a name of two set as three --------------------------------------

def test_a_padded_name_under_the_words_mark_is_the_writer():
    from zzreader.core.bylines import writer_credit

    assert writer_credit("文／易　梅").reporters == ["易梅"]
    assert writer_credit("文/易 梅").reporters == ["易梅"]
    issue = parse_text(_text("## 雪", "", "文／易　梅", "", "小时候盼雪，是盼着能在院子里堆一个比自己还高的雪人。"), "x.md")
    assert titles(issue) == ["雪"] and issue.articles[0].reporters == ["易梅"]


# --- e. a reader's letter on the 评论 page, signed with the writer's place and a polite name ------------------------

def test_a_letter_on_a_comment_page_is_a_letter_and_its_signer_no_article():
    issue = parse_text(_text(
        "株洲日报　2026年1月9日　星期五　A05　评论",
        "",
        "小区门口的井盖该修了",
        "",
        "编辑同志：我家住在荷塘区某某小区，小区门口的井盖破损已有一个多月，夜间行人容易踩空，希望尽快修复。",
        "",
        "荷塘区　李先生",
    ), "x.txt")
    assert titles(issue) == ["小区门口的井盖该修了"]
    assert issue.articles[0].type == "other"
    assert_nothing_lost(issue)


# --- f. a page label in full-width letters: '（上接Ｂ０３版）' marks a continuation too --------------------------------

def test_a_full_width_page_turn_marks_the_continuation():
    from zzreader.core.continuations import JUMP_ON

    issue = parse_text(_text(
        "株洲日报　２０２６年４月１６日　星期四　Ｂ０４　公告",
        "（上接Ｂ０３版）本次招聘的岗位均为全日制岗位，报名截止时间为４月３０日。",
        "遗失声明",
        "周某某遗失湖南工业大学毕业证书，声明作废。",
    ), "x.txt")
    first = issue.articles[0]
    assert first.continued_from == "B03版" and first.paragraphs[0].startswith("本次招聘")
    assert JUMP_ON.search("……确保按期完工。（下转Ａ０２版）")


# --- g. a report's jumped end that closes on a phone number is still the report ---------------------------------

def test_a_continuation_ending_on_a_phone_is_news_not_an_ad():
    issue = parse_text(_text(
        "# 株洲日报 2026年7月8日 星期三 B03 服务", "",
        "（上接Ｂ０２版）报名者须携带身份证和近期一寸照片，到所在社区服务中心现场办理。", "",
        "咨询电话：０７３１－２２６６１２３４",
    ), "x.md")
    assert [(a.continued_from, a.type) for a in issue.articles] == [("B02版", "news")]
