"""A later day's masthead inside one file (core/repeated_mastheads.py)."""

from __future__ import annotations

import pytest

from zzreader.core.parse import parse_text

WEEK = """株洲日报
2026年3月4日 星期三

醴陵瓷谷春季招聘会举行
本报讯（记者 易某某）3月3日，醴陵瓷谷举行春季招聘会，60余家陶瓷企业提供岗位1200余个。

{later}

攸县开展春耕农资检查
本报讯（记者 贺某）3月4日，攸县农业农村局对全县农资门店开展春耕专项检查。
"""


@pytest.mark.parametrize("later", ["株洲日报 2026年3月5日", "株洲日报 2026-03-05", "株洲日报 2026/03/05 A02版", "2026-03-05 星期四"])
def test_the_next_days_masthead_line_is_not_the_end_of_the_story_above(later):
    issue = parse_text(WEEK.format(later=later), "week.txt")
    titles = [a.title for a in issue.articles]
    assert titles == ["醴陵瓷谷春季招聘会举行", "攸县开展春耕农资检查"]
    first = issue.articles[0]
    assert first.text.endswith("提供岗位1200余个。")  # the later masthead is furniture, not the story's last line
    assert issue.date == "2026-03-04"
