"""File names whose day and month read either way round ('zzrb-08-07-2026.txt', '07.08.2026.txt').

The rule (core/name_dates.py): the one real reading when only one is a day; otherwise the text's own
evidence (a labelled 发布时间, the page's weekday); otherwise no day, and a warning that names both readings.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

STORY = (
    "市区新增三处口袋公园\n\n株洲日报全媒体记者 柳青岚\n\n"
    "近日，芦淞区建设中路旁的口袋公园完工开放，附近居民多了一处散步休闲的好去处。\n"
)


def test_a_weekday_alone_in_the_page_head_picks_the_reading():
    # 8 July 2026 is a Wednesday, 7 August 2026 a Friday
    assert parse_text("株洲日报　星期三　A03　城事\n\n" + STORY, "zzrb-08-07-2026.txt").date == "2026-07-08"
    assert parse_text("株洲日报　星期五　A03　城事\n\n" + STORY, "zzrb-08-07-2026.txt").date == "2026-08-07"
    assert parse_text("株洲日报　星期五　A03　城事\n\n" + STORY, "07.08.2026.txt").date == "2026-08-07"


def test_a_weekday_that_fits_neither_reading_decides_nothing():
    issue = parse_text("株洲日报　星期一　A03　城事\n\n" + STORY, "zzrb-08-07-2026.txt")
    assert issue.date is None
    assert any("2026-07-08" in w and "2026-08-07" in w for w in issue.warnings)


def test_a_posted_time_with_its_clock_time_dates_the_page():
    head = "发布时间：2026-08-07 10:15　　来源：株洲日报\n\n"
    assert parse_text(head + STORY, "zzrb-08-07-2026.txt").date == "2026-08-07"
    assert parse_text(STORY + "\n发布时间：2026-07-08 09:30\n", "07.08.2026.txt").date == "2026-07-08"  # at the story's foot


def test_no_evidence_gives_no_day_and_a_warning_naming_both_readings():
    issue = parse_text(STORY, "zzrb-08-07-2026.txt")
    assert issue.date is None
    assert any("2026-07-08" in w and "2026-08-07" in w for w in issue.warnings)


def test_a_running_head_with_the_weekday_and_no_date_is_the_pages_label():
    issue = parse_text("株洲日报　星期三　A03　城事　责任编辑：王海燕\n\n" + STORY, "zzrb-08-07-2026.txt")
    assert [(a.title, a.section) for a in issue.articles] == [("市区新增三处口袋公园", "A03 城事")]  # as a page label names it
