"""A page's own list of its stories ('本版新闻', '【本版文章】', '今日新闻：') is a digest: page furniture, no article."""

from __future__ import annotations

import pytest

from zzreader.core.parse import parse_text

PAGE = """株洲日报 2025年7月17日 第A03版：城事
{head}
· 神农公园荷花进入盛花期
· 市区新增5处“口袋停车场”

神农公园荷花进入盛花期
株洲日报全媒体记者 贺雨桐
7月16日，神农公园荷花池里，500余亩荷花竞相开放，吸引大批市民前来观赏。

市区新增5处“口袋停车场”
7月16日，记者从市城管局获悉，市区利用闲置地块新建的5处“口袋停车场”投入使用，新增停车位600余个。（记者 邓佳）
"""


@pytest.mark.parametrize("head", ["本版新闻", "【本版文章】", "今日新闻：", "本期其他稿件", "本版标题导航"])
def test_a_list_of_the_page_s_stories_under_its_head_is_no_article(head):
    issue = parse_text(PAGE.format(head=head), "2025-07-17_A03.txt")
    assert [a.title for a in issue.articles] == ["神农公园荷花进入盛花期", "市区新增5处“口袋停车场”"]
    assert [a.reporters for a in issue.articles] == [["贺雨桐"], ["邓佳"]]
    unassigned = "\n".join(u.text for u in issue.unassigned)
    assert head in unassigned and "· 神农公园荷花进入盛花期" in unassigned
