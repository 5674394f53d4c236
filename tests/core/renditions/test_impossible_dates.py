"""A day that does not exist is never an issue's date, whichever line of the page gives it.

An e-paper page's meta line, a front matter or a note app's properties may say
'2025-02-30' (a typo, a cut line, a hostile file); the rendition pass passed
such a string on as the issue's date, and the library stored it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from zzreader.core.parse import parse_text

EPAPER = """A05版：民生
株洲新增12家医保服务站
作者：株洲日报记者 汤某
来源：株洲日报 发布时间：{day}
打印本页 关闭窗口
3月4日，记者从市医保局获悉，全市新增12家医保服务站，参保群众在家门口就能办理业务。
上一篇：株洲启动春季爱国卫生运动
"""

FRONT_MATTER = """---
title: 渌口区新建两座口袋公园
date: {day}
---

# 渌口区新建两座口袋公园

株洲日报全媒体记者 何　青

近日，渌口区两座口袋公园建成开放，市民在家门口多了休闲去处。
"""


@pytest.mark.parametrize("page", [EPAPER, FRONT_MATTER], ids=["epaper-meta", "front-matter"])
@pytest.mark.parametrize("day", ["2025-02-30", "2025-03-00", "2025-13-01"])
def test_a_day_that_does_not_exist_gives_no_date(page: str, day: str) -> None:
    issue = parse_text(page.format(day=day), "page.md" if page is FRONT_MATTER else "page.txt")
    assert issue.date is None or dt.date.fromisoformat(issue.date)  # never the impossible day
    assert issue.date != day


@pytest.mark.parametrize("page", [EPAPER, FRONT_MATTER], ids=["epaper-meta", "front-matter"])
def test_a_real_day_from_the_same_line_is_still_read(page: str) -> None:
    assert parse_text(page.format(day="2025-03-05"), "page.md" if page is FRONT_MATTER else "page.txt").date == "2025-03-05"
