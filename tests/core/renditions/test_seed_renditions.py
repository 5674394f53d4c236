"""Parser round AK: what the seeds rendered as PDF text, e-paper scrapes and exports lost (tests/bench/bench_seed_renditions.py).

Every page here is ORIGINAL text written for these tests; what each test expects was
written by reading the page, not by running the parser.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text


def _titles(text: str, name: str = "株洲日报20250612.txt") -> list[str]:
    return [a.title for a in parse_text(text, name).articles]


# --------------------------------------------------------------------------
# An ad's slogans, one a line, are its copy, not headlines

AD_PAGE = """河西菜场完成提质改造

株洲日报讯(全媒体记者/林晓岚) 6月10日,改造后的河西菜场重新开门迎客,摊位由原来的86个增至120个,地面和排水全部翻新。

市场负责人介绍,下一步将引入电子秤统一监管,确保斤两足、价格明。

夏日纳凉音乐会
全程免费,老少皆宜
欢迎扶老携幼前来
来吧,一起唱响夏夜!
活动安排:
1、每周六晚7点开演,地点在神农公园南门广场。
2、现场设有饮水点和休息区。
咨询电话:0731-22880001

城区三条道路夜间封闭施工

株洲日报讯(全媒体记者/郭明远) 记者从市城管局获悉,6月13日起,城区三条道路将分段夜间封闭施工,请市民提前规划出行路线。
"""


def test_an_ads_slogans_stay_in_the_ad():
    issue = parse_text(AD_PAGE, "株洲日报20250612.txt")
    assert [a.title for a in issue.articles] == ["河西菜场完成提质改造", "夏日纳凉音乐会", "城区三条道路夜间封闭施工"]
    ad = issue.articles[1]
    assert ad.type == "ad"
    assert "来吧,一起唱响夏夜!" in ad.text


def test_an_ads_slogans_stay_in_the_ad_with_blank_lines():
    page = AD_PAGE.replace("老少皆宜\n", "老少皆宜\n\n").replace("前来\n", "前来\n\n").replace("夏夜!\n", "夏夜!\n\n")
    assert _titles(page) == ["河西菜场完成提质改造", "夏日纳凉音乐会", "城区三条道路夜间封闭施工"]
