"""Focused checks for round AS: PDF text and e-paper scrapes from tools and platforms no earlier round imitated.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/pdf_text_410..417, epaper_410..417 and
the four named only by their date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


# --- 1. The paper's app: share pages saved one after another ----------------------------------------------

def _share(title: str, when: str, byline: str, text: str) -> list[str]:
    return ["株洲日报客户端", title, f"来源：株洲日报客户端{S}{when}", byline, text,
            f"责编：李{S}涵", f"审核：王{S}敏", "打开株洲日报客户端，阅读更多精彩内容", ""]


def test_the_apps_name_and_its_open_prompt_are_chrome_between_share_pages():
    """'株洲日报客户端' over each page and '打开株洲日报客户端，阅读更多精彩内容' under it: no headline, no title."""
    page = "\n".join([
        *_share("城西新建一座立体停车楼", "2026-11-17 07:30", f"株洲日报全媒体记者{S}孔{S}静",
                "11月16日，城西立体停车楼投入使用，设车位480个。"),
        *_share("攸县油茶加工园开园", "2026-11-17 08:05", f"通讯员{S}彭{S}丽",
                "11月16日，攸县油茶精深加工园开园，首批入驻企业6家。"),
    ])
    issue = _read(page)
    assert titles(issue) == ["城西新建一座立体停车楼", "攸县油茶加工园开园"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["孔静"], []), ([], ["彭丽"])]
    assert_nothing_lost(issue)


def test_an_apps_list_of_other_stories_with_their_posting_times_is_chrome():
    """'推荐阅读' over '标题　昨天 18:20' and '标题　11-25': the app's links, not a headline over the next story."""
    page = "\n".join([
        *_share("城区新增5处共享菜园", "3小时前", f"株洲日报全媒体记者{S}文{S}婧", "天元区利用闲置地块建起5处共享菜园。"),
        "推荐阅读", f"株洲火车站新增10台自助售票机{S}昨天 18:20", f"流感进入高发期 专家提醒接种疫苗{S}11-25", "",
        *_share("芦淞区开展冬季送温暖活动", "5小时前", f"通讯员{S}曹{S}颖", "近日，芦淞区慰问困难家庭860户。"),
    ])
    issue = _read(page, "2026-11-29T07-45-12_株洲日报.txt")
    assert titles(issue) == ["城区新增5处共享菜园", "芦淞区开展冬季送温暖活动"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert issue.date == "2026-11-29"
    assert_nothing_lost(issue)
