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
