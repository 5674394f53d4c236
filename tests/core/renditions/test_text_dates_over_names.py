"""The day a clipping or a shared copy states in its text wins over the day its file is named by.

An archivist names a clipping by the day it was saved ('2026-02-11 剪报.md'); the page
itself says which day the paper printed it. Found by `tests/bench/bench_rendition_variants.py`
(`name_wrong_day`): three ways of stating the day lost to the name. Each text below is
original; its day is read from it by eye.
"""

from __future__ import annotations

import pytest

from zzreader.core.parse import parse_text

OBSIDIAN_CALLOUT = """#剪报 #醴陵

> [!info] 来源
> [[株洲日报]] 2025年11月20日 第A03版

## 醴陵瓷谷新添非遗工坊

株洲日报全媒体记者 [[唐　宁]]

11月19日，醴陵陶瓷谷的非遗工坊正式开放，游客可以现场学习釉下五彩的绘制技艺。
"""

SOURCE_AFTER_DATE = """# 炎陵黄桃冷链专线开通

> 株洲日报 · 2025-08-14 · 来源：株洲新闻网

株洲日报全媒体记者 谭　笑

8月13日，炎陵黄桃冷链物流专线首发，当天运出黄桃40吨。
"""

APP_SOURCE_TIME = """新湖南
茶陵：湘赣边红色研学线路发布
新湖南客户端 2025-10-09 10:21:05
来源：株洲日报
株洲日报全媒体记者 邓　晨
10月8日，茶陵县发布三条湘赣边红色研学线路，串联工农兵政府旧址等12处红色遗址。
下载新湖南客户端
"""


@pytest.mark.parametrize(("text", "name", "day"), [
    (OBSIDIAN_CALLOUT, "2025-12-01 剪报.md", "2025-11-20"),  # a quoted callout, the paper as a wiki link
    (SOURCE_AFTER_DATE, "2025-09-02.md", "2025-08-14"),  # the paper and day, then where the copy came from
    (APP_SOURCE_TIME, "2025-10-30.txt", "2025-10-09"),  # an app's outlet line with the year and the time
], ids=["obsidian-callout", "source-after-date", "app-source-time"])
def test_the_day_the_text_states_wins_over_a_file_name_of_another_day(text: str, name: str, day: str) -> None:
    issue = parse_text(text, name)
    assert (issue.date, len(issue.articles)) == (day, 1)


def test_an_app_copy_named_by_no_day_takes_the_year_its_outlet_line_prints() -> None:
    """Without it the day was inferred from the story ('10月8日') in a wrong year."""
    assert parse_text(APP_SOURCE_TIME, "新湖南-茶陵.txt").date == "2025-10-09"
