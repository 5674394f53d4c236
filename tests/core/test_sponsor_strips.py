"""A page's sponsor strip is page furniture, also where a page break cuts it from the piece below.

A special page carries its sponsors in a strip (`电广传媒 湖南经视 芒果文化`,
`首届合作伙伴：兴业银行`) over the piece it sponsors. Set in a dump, the strip
sits in the headline run above that piece's title and was already dropped
(core/headline_runs.py `_drop_furniture_labels`). In PDF text the strip often
closes the page before (the page foot and the next running head come between
it and the title), and it became an untitled-looking piece of its own,
`首届合作伙伴：兴业银行` with no text.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text


def _page(strip: list[str]) -> list[str]:
    return [
        "株洲日报　2026年6月12日　星期五　A06　文体",
        "",
        "　　炎陵县举办首届黄桃文化旅游节",
        "",
        "　　株洲日报全媒体记者　冯　岚　通讯员　马　腾",
        "",
        "　　6月11日，炎陵县首届黄桃文化旅游节在中村瑶族乡开",
        "幕，来自长沙、株洲等地的游客走进桃园采摘、品鉴，感受",
        "瑶乡风情。",
        "",
        *strip,
        "",
        "— 6 —",
        "株洲日报　2026年6月12日　星期五　A07　文体",
        "",
        "　　“唱响株洲”歌手大赛复赛开锣",
        "",
        "　　株洲日报全媒体记者　龙　晴",
        "",
        "　　6月11日晚，“唱响株洲”歌手大赛复赛在神农大剧院举行，",
        "32名选手同台竞技，争夺决赛席位。",
    ]


def test_a_sponsor_strip_that_closes_a_page_is_furniture() -> None:
    strip = ["　　湖南经视　株洲广电　神农文旅", "", "　　独家冠名：株洲某某酒业"]
    issue = parse_text("\n".join(_page(strip)), "zzrb-2026-06-12.txt")
    assert [a.title for a in issue.articles] == ["炎陵县举办首届黄桃文化旅游节", "“唱响株洲”歌手大赛复赛开锣"]
    assert issue.articles[0].text.endswith("感受瑶乡风情。")
    assert any("独家冠名：株洲某某酒业" in u.text for u in issue.unassigned)
    assert any("湖南经视" in u.text for u in issue.unassigned)


def test_a_headline_that_names_a_sponsor_still_opens_its_story_after_a_page_break() -> None:
    lines = _page([])
    lines[lines.index("　　“唱响株洲”歌手大赛复赛开锣")] = "　　企业赞助助力乡村学校添新书"
    issue = parse_text("\n".join(lines), "zzrb-2026-06-12.txt")
    assert [a.title for a in issue.articles] == ["炎陵县举办首届黄桃文化旅游节", "企业赞助助力乡村学校添新书"]
    assert issue.articles[1].reporters == ["龙晴"]
