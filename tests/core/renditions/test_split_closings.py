"""A brief's closing byline broken inside its brackets by a line end (core/renditions/split_closings.py).

Original text; the credits are read from it by eye. Found by the hard-wrap rewrite of
`tests/bench/bench_rendition_variants.py`: a wrapped dump of briefs lost every closing credit.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

BRIEFS = """株洲日报 2025年11月6日 星期四 A04 民生
芦淞区新增两处便民菜市场
11月5日，芦淞区建宁街道两处便民菜市场开业，周边3000余户居民买菜
步行不超过10分钟。（全媒体记者 夏青 通讯员 罗
湘 报道）
攸县开通乡村定制公交
11月5日，攸县首批3条乡村定制公交线路开通，村民可提前一天预约。（通讯员 龙
飞）
天元区举办银龄健身操比赛
11月4日，天元区30支社区队伍参加银龄健身操比赛，400余名老人同台展示。（记者
 何敏）
"""


def test_a_closing_credit_broken_inside_its_brackets_names_the_writers_and_leaves_the_text() -> None:
    issue = parse_text(BRIEFS, "zzrb-2025-11-06.txt")
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("芦淞区新增两处便民菜市场", ["夏青"], ["罗湘"]),
        ("攸县开通乡村定制公交", [], ["龙飞"]),
        ("天元区举办银龄健身操比赛", ["何敏"], []),
    ]
    assert all(a.paragraphs[-1].endswith("。") for a in issue.articles)  # no stray '飞）' left in the text


def test_a_bracket_that_only_closes_on_the_next_line_is_text() -> None:
    """'（以下简称' / '“市场”）' closes no credit: the lines stay as they are."""
    text = """株洲日报 2025年11月6日 星期四 A04 民生
芦淞区新增两处便民菜市场
11月5日，建宁街道两处便民菜市场开业。（下称
新市场）两处市场共有摊位120个。
"""
    [article] = parse_text(text, "zzrb-2025-11-06.txt").articles
    assert (article.reporters, article.correspondents) == ([], [])
    assert "下称" in "".join(article.paragraphs)
