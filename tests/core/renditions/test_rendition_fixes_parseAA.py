"""Focused checks for the repairs of parser round AA: every date an archivist's file gives.

Each test feeds a name or a few lines of original text and asserts the issue date a reader sees.
The rule when a name and a page disagree: the page's masthead wins (core/dates.py `find_date`).
"""

from __future__ import annotations

import datetime as dt

from tests.core.parse_checks import assert_nothing_lost
from zzreader.core import name_dates
from zzreader.core.dates import date_from_filename
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a camera's or a scanner's timestamp as the whole name ---

def test_a_fourteen_figure_timestamp_name_gives_its_day():
    assert date_from_filename("20250717093015.txt") == dt.date(2025, 7, 17)
    assert date_from_filename("IMG_202507170930.txt") == dt.date(2025, 7, 17)


def test_figures_that_are_no_clock_time_or_sit_in_a_hash_give_no_day():
    assert date_from_filename("20250717099915.txt") is None  # minute 99
    assert date_from_filename("a3f20250717093015b.txt") is None
    assert name_dates.timestamp_date("20250717253015", []) is None  # hour 25


# --- b. a two-digit year last: day first or month first ---

def test_a_two_digit_year_last_with_one_real_reading_is_read():
    assert date_from_filename("17-07-88.txt") == dt.date(1988, 7, 17)
    assert date_from_filename("170788.txt") == dt.date(1988, 7, 17)


def test_an_either_way_name_alone_gives_no_day():
    assert date_from_filename("07-05-88.txt") is None
    assert date_from_filename("5.7.88.txt") is None
    assert date_from_filename("050788.txt") is None
    assert date_from_filename("7a050788be90f1c3.txt") is None


def test_a_year_first_two_digit_name_still_reads_year_first():
    assert date_from_filename("25-07-17.txt") == dt.date(2025, 7, 17)
    assert date_from_filename("zzrb_880705.txt") == dt.date(1988, 7, 5)


def test_the_page_s_yearless_masthead_picks_the_reading():
    issue = parse_text(_text(
        "株洲日报",
        "7月5日　星期二",
        "第1版",
        "车站新开一处候车室",
        "本报讯（记者 石　砚）7月4日，株洲车站新候车室启用，可容纳旅客八百人。",
    ), "07-05-88.txt")
    assert issue.date == "1988-07-05"
    assert_nothing_lost(issue)


def test_the_stories_datelines_pick_the_reading():
    issue = parse_text(_text(
        "株洲日报 第2版",
        "湘江大桥夜间限行",
        "本报讯（记者 方　舟）5月6日，市交警支队通告，湘江大桥夜间对货车限行。",
    ), "070588.txt")
    assert issue.date == "1988-05-07"  # 7 May, the day after the story's 5月6日; 5 July would be two months on
    assert name_dates.by_datelines([{dt.date(1988, 7, 5), dt.date(1988, 5, 7)}], [(9, 1)]) is None


# --- c. a masthead's date on a line of its own: Chinese numerals, traditional characters, full-width figures ---

def test_a_chinese_numeral_date_under_the_paper_s_name_is_masthead_not_an_article():
    issue = parse_text(_text(
        "株洲日报",
        "二〇二五年七月十七日",
        "第A05版：城事",
        "河西新建口袋公园",
        "本报讯（记者 吕　澄）7月16日，河西一处口袋公园建成开放，园内设有健身步道和儿童游乐区。",
    ), "z.txt")
    assert issue.date == "2025-07-17"
    assert [a.title for a in issue.articles] == ["河西新建口袋公园"]
    assert_nothing_lost(issue)


def test_a_traditional_masthead_with_its_lunar_line_and_weekday_after_it():
    issue = parse_text(_text(
        "株洲日報",
        "一九九二年十月八日",
        "農曆九月十三　星期四",
        "第2版",
        "電廠擴建工程竣工",
        "本報訊（記者 夏　青）十月七日，株洲電廠擴建工程竣工，新增裝機容量二十萬千瓦。",
    ), "z.txt")
    assert issue.date == "1992-10-08"
    assert issue.date_source == "masthead"
    assert [a.title for a in issue.articles] == ["電廠擴建工程竣工"]
    assert_nothing_lost(issue)


def test_full_width_figures_and_dashes_in_a_masthead_are_read():
    from zzreader.core.renditions.cn_dates import to_figures

    assert to_figures("株洲日报　２０２５－０７－１７　星期四　Ａ０６版") == "株洲日报　2025-07-17　星期四　A06版"
    issue = parse_text(_text(
        "株洲日报　２０２５－０７－１７　星期四　Ａ０６版",
        "炎陵黄桃开园",
        "本报讯（记者 唐　宁）7月16日，炎陵黄桃开园采摘，首批鲜果发往长沙、广州等地。",
    ), "z.txt")
    assert issue.date == "2025-07-17"
    assert [a.title for a in issue.articles] == ["炎陵黄桃开园"]


# --- d. a two-digit name read year first that the stories show is year last; an either-way dated folder ---

def test_stories_of_the_year_last_reading_reread_a_two_digit_name():
    lines = _text(
        "株洲日报 A04 经济",
        "高新区新签约项目18个",
        "本报讯（记者 葛　颂）7月16日，高新区集中签约项目18个，总投资96亿元。",
    )
    assert parse_text(lines, "zzrb 17-07-25.txt").date == "2025-07-17"  # 17 July 2025, the day after 7月16日
    assert parse_text(lines, "zzrb 25-07-17.txt").date == "2025-07-17"
    assert name_dates.reread(dt.date(2017, 7, 25), "17-07-25.txt", []) == dt.date(2017, 7, 25)  # no dateline: year first


def test_a_folder_named_either_way_dates_its_page_by_the_stories(tmp_path):
    from zzreader.core.dated_folders import dated_name
    from zzreader.core.parse import parse_file

    assert dated_name(["archive", "05.07.1988"], "1.txt") == "05.07.1988_1.txt"
    assert dated_name(["archive", "notes"], "1.txt") == "1.txt"
    page = tmp_path / "05.07.1988" / "1.txt"
    page.parent.mkdir()
    page.write_text(_text(
        "株洲日报 第1版",
        "市区新辟两条公交线路",
        "本报讯（记者 庞　立）7月4日，市区新辟的7路、8路公交线路通车。",
    ), encoding="utf-8")
    assert parse_file(page).date == "1988-07-05"


def test_the_masthead_wins_over_a_name_that_disagrees():
    issue = parse_text(_text(
        "株洲日报",
        "1988年7月5日　星期二",
        "第4版",
        "市体育馆维修完工",
        "本报讯（记者 包　容）7月4日，市体育馆维修工程完工，更换座椅两千个。",
    ), "ZZRB_19880706.txt")
    assert (issue.date, issue.date_source) == ("1988-07-05", "masthead")


# --- e. 号 for 日 in a name, a year's folder over a month-day name, a two-digit year in the masthead ---

def test_a_name_with_hao_for_ri_gives_its_day():
    assert date_from_filename("2025年7月17号.txt") == dt.date(2025, 7, 17)
    assert date_from_filename("株洲日报 25年7月17号.txt") == dt.date(2025, 7, 17)


def test_a_year_folder_joins_a_month_day_name():
    from zzreader.core.dated_folders import dated_name

    assert dated_name(["archive", "2025"], "7月17日 A03.txt") == "2025年7月17日 A03.txt"
    assert dated_name(["archive", "2025"], "A03.txt") == "A03.txt"


def test_a_two_digit_year_masthead_is_read_by_its_weekday():
    from zzreader.core.short_year_mastheads import masthead_day

    assert masthead_day("株洲日报　88年7月5日　星期二") == dt.date(1988, 7, 5)
    assert masthead_day("88.7.5　星期二") == dt.date(1988, 7, 5)
    assert masthead_day("25.7.17 星期四") == dt.date(2025, 7, 17)
    assert masthead_day("88.7.5　星期三") is None  # the weekday fits neither century
    assert masthead_day("版本 25.7.5") is None  # no weekday: no masthead
    issue = parse_text(_text(
        "株洲日报",
        "88.7.5　星期二",
        "第2版",
        "市邮电局开通长途直拨",
        "本报讯（记者 邬　文）7月4日，市邮电局开通至北京、广州等城市的长途直拨电话。",
    ), "z.txt")
    assert issue.date == "1988-07-05"
    assert [a.title for a in issue.articles] == ["市邮电局开通长途直拨"]
    assert_nothing_lost(issue)


# --- f. a zoned publish time read in Beijing's day; an English masthead with its weekday ---

def test_a_utc_publish_time_is_the_day_in_zhuzhou():
    from zzreader.core.renditions.head_dates import beijing_day, time_date, title_date

    assert beijing_day("2025-07-16T17:30:00Z") == "2025-07-17"  # 01:30 on 17 July in Beijing
    assert beijing_day("2025-07-17T09:30:00+0800") == "2025-07-17"
    assert beijing_day("2025-07-16") is None  # no zone: read as written
    assert title_date(['<meta property="article:published_time" content="2025-07-16T17:30:00Z">']) == "2025-07-17"
    assert time_date(['<time datetime="2025-07-16T16:05:00Z">今天</time>']) == "2025-07-17"
    assert time_date(['<time datetime="2025-07-16">7月16日</time>']) == "2025-07-16"


def test_an_english_masthead_with_its_own_weekday_dates_the_page():
    from zzreader.core.english_mastheads import masthead_day

    assert masthead_day("Thursday, July 17, 2025") == dt.date(2025, 7, 17)
    assert masthead_day("Thu 17 Jul 2025") == dt.date(2025, 7, 17)
    assert masthead_day("Friday, July 17, 2025") is None  # not that day's weekday
    assert masthead_day("July 17, 2025") is None
    issue = parse_text(_text(
        "ZHUZHOU DAILY",
        "Thursday, July 17, 2025",
        "A08 城事",
        "神农公园夜间延时开放",
        "本报讯（记者 甘　霖）7月16日起，神农公园夜间开放时间延长至22时。",
    ), "z.txt")
    assert issue.date == "2025-07-17"
    assert [a.title for a in issue.articles] == ["神农公园夜间延时开放"]
    assert_nothing_lost(issue)


# --- g. e-paper meta dates in full-width figures or the US order; a bilingual masthead ---

def test_an_e_paper_meta_date_in_full_width_figures():
    issue = parse_text(_text(
        "株洲日报 > 第A04版：经济",
        "老旧厂房变身文创园",
        "发布时间：２０２５－０７－１７　０９：３０　来源：株洲日报　作者：记者 殷　实",
        "　　7月16日，一处老旧厂房改造成文创园后开园，首批入驻商户30家。",
        "【关闭窗口】",
    ), "z.txt")
    assert issue.date == "2025-07-17"


def test_a_us_order_date_after_an_english_label_is_read_only_when_one_order_is_real():
    from zzreader.core.renditions.english_labels import rewrite

    head = ["Zhuzhou Daily 株洲日报 | Page A05: 文体", "标题", "Source: 株洲日报  Author: 记者 某某  Published: {}"]
    assert "发布时间：2025-07-17" in rewrite([*head[:2], head[2].format("07/17/2025 09:30")], [])[2]
    assert "发布时间：2025-07-17" in rewrite([*head[:2], head[2].format("17/07/2025")], [])[2]
    assert "发布时间：07/05/2025" in rewrite([*head[:2], head[2].format("07/05/2025")], [])[2]  # either way: left as it is


def test_a_bilingual_masthead_with_an_english_weekday():
    issue = parse_text(_text(
        "株洲日报 ZHUZHOU DAILY",
        "2025年7月17日 Thursday",
        "A02 要闻",
        "市区新增公共自行车站点",
        "本报讯（记者 计　程）7月16日，市区新增公共自行车站点40个。",
    ), "z.txt")
    assert (issue.date, issue.date_source) == ("2025-07-17", "masthead")
    assert [a.title for a in issue.articles] == ["市区新增公共自行车站点"]
    assert_nothing_lost(issue)


# --- h. a clipping's citation: '《株洲日报》1988年7月5日第1版' on top, '（原载《株洲日报》…）' or '> 来源：株洲日报，…' at its foot ---

def test_a_citation_in_book_title_marks_on_top_is_the_masthead():
    issue = parse_text(_text(
        "《株洲日报》1988年7月5日第1版",
        "市自来水公司新建水塔",
        "本报讯（记者 祁　山）市自来水公司在河西新建水塔一座，日供水能力增加两万吨。",
    ), "clip.txt")
    assert (issue.date, issue.date_source) == ("1988-07-05", "masthead")
    assert [a.title for a in issue.articles] == ["市自来水公司新建水塔"]


def test_a_citation_at_the_foot_dates_a_clipping():
    body = ["一座老桥的新生", "本报讯（记者 关　山）经过半年维修加固，建设路老桥日前重新通车，桥面拓宽了两米。"]
    assert parse_text(_text(*body, "（原载《株洲日报》2025年7月17日A07版）"), "clip.txt").date == "2025-07-17"
    assert parse_text(_text(*body, "", "> 来源：株洲日报，2025-07-17，第A08版"), "clip.md").date == "2025-07-17"
    assert parse_text(_text(*body), "clip.txt").date is None


# --- i. a day-first meta date, eight figures in a title, an archivist's labelled date ---

def test_a_head_date_in_a_meta_year_last_or_a_title_in_eight_figures():
    from zzreader.core.renditions.head_dates import title_date

    assert title_date(['<meta name="date" content="17/07/2025">']) == "2025-07-17"
    assert title_date(['<meta name="date" content="07/05/2025">']) is None  # 7 May or July 5
    assert title_date(["<title>株洲日报-20250717-A03</title>"]) == "2025-07-17"
    assert title_date(["<title>株洲日报-20251317-A03</title>"]) is None


def test_an_archivist_s_labelled_date_heads_the_page():
    issue = parse_text(_text(
        "报名：株洲日报",
        "日期：2025年7月17日",
        "版次：A03",
        "市区新建两座过街天桥",
        "本报讯（记者 卜　文）两座过街天桥日前在建设南路建成，方便学生上下学。",
    ), "z.txt")
    assert (issue.date, issue.date_source) == ("2025-07-17", "masthead")
    assert [a.title for a in issue.articles] == ["市区新建两座过街天桥"]


# --- j. dated folders: a month in Chinese units, a page's folder under the day's, a day name with its page run on ---

def test_dated_folders_in_more_layouts():
    from zzreader.core.dated_folders import dated_name

    assert dated_name(["archive", "1988年07月"], "05日 第1版.txt") == "1988-07-05_第1版.txt"
    assert dated_name(["archive", "20250717", "A03"], "正文.txt") == "20250717_A03_正文.txt"
    assert dated_name(["archive", "2025", "07"], "17日A05.txt") == "2025-07-17_A05.txt"
    assert dated_name(["archive", "notes", "A03"], "正文.txt") == "正文.txt"
    assert dated_name(["archive", "2025", "07"], "A05.txt") == "A05.txt"


def test_a_supplement_s_masthead_names_its_day():
    issue = parse_text(_text(
        "株洲日报·周末 2025年7月19日",
        "B01 周末",
        "山里人家的夏天",
        "记者 闻　溪",
        "　　盛夏的炎陵山村，溪水潺潺，竹林成荫，城里来的游客在农家小院里纳凉。",
    ), "z.txt")
    assert (issue.date, issue.date_source) == ("2025-07-19", "masthead")


# --- k. a figures date with an English weekday; a lone posting-time line on top ---

def test_a_figures_date_with_an_english_weekday_and_a_lone_posting_time():
    from zzreader.core.english_mastheads import masthead_day

    assert masthead_day("2025/07/17 Thu.") == dt.date(2025, 7, 17)
    assert masthead_day("2025-07-17 Fri") is None
    body = ("市区新建公园", "本报讯（记者 房　远）某某公园日前建成开放，占地一百二十亩，设有游乐区和健身区。")
    issue = parse_text(_text("株洲日报 ZHUZHOU DAILY", "2025/07/17 Thu.", *body), "z.txt")
    assert ((issue.date, issue.date_source), [a.title for a in issue.articles]) == (("2025-07-17", "masthead"), ["市区新建公园"])
    assert parse_text(_text("发布时间：2025-07-17 09:30", *body), "z.txt").date == "2025-07-17"


def test_a_notice_the_paper_signs_at_the_foot_is_no_citation():
    issue = parse_text(_text(
        "征订启事",
        "　　2026年度《株洲日报》征订工作已经开始，欢迎广大读者到各邮政网点订阅。",
        "株洲日报",
        "2025年10月8日",
    ), "ZZRB_20251010_B04.txt")
    assert (issue.date, issue.date_source) == ("2025-10-10", "filename")
