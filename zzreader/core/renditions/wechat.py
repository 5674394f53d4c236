"""What a copy of the paper's WeChat (公众号) article carries around the story.

Archives keep the paper's public-account posts copied as text: a follow
prompt on top (`点击上方蓝字关注我们`), an end mark (`END`, `- END -`), and
links and buttons at the foot (`往期推荐`, `阅读原文`, `点个在看`). None is
an article's text; `furniture.is_chrome` sends them to unassigned, as it does
an e-paper page's print and paging links.
"""

from __future__ import annotations

import re

CHROME = re.compile(
    r"^(?:(?:点击|点|戳)(?:上方|下方|这里|文末)?.{0,8}关注.{0,6}"
    r"|[-—–_\s]*END[-—–_\s]*"
    r"|(?:往期|近期)(?:推荐|精彩|回顾|热文)|推荐阅读|精彩推荐|热文推荐|猜你喜欢|喜欢此内容的人还喜欢"
    r"|(?:点击)?阅读原文|(?:点个|点亮)?在看|(?:分享|点赞|转发|收藏)(?:[、，,\s]*(?:分享|点赞|转发|收藏|在看))*"
    r"|长按.{0,10}关注.{0,6}|长按(?:识别|扫描|扫码).{0,12}|(?:扫码|扫描二维码)?关注.{1,12}[\s，,]*(?:获取|了解|看|阅读).{0,10}"
    r"|(?:觉得|如果)?.{0,6}[，,]?(?:请|记得)?(?:点个?|点亮|给个)[“\"]?在看[”\"]?吧?|(?:欢迎)?(?:分享到|转发到)朋友圈)[!！。~～\s]*$",
    re.IGNORECASE,
)


# '原创 株洲日报 株洲日报 2025-12-06 08:00 发表于湖南': the post's account line, with the day it was posted
POST = re.compile(
    r"^\s*(?:(?:原创|转载)\s+)?(?:\S{1,20}\s+){0,3}?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"\s*(?:\d{1,2}:\d{2})?\s*发表于\s*\S{1,8}\s*$"
)
POST_LINES = 15


def is_chrome(text: str) -> bool:
    """A WeChat post's follow prompt, end mark, foot link or account line."""
    return bool(CHROME.match(text.strip()) or POST.match(text))


def post_date(lines: list[str]) -> tuple[str, str, str] | None:
    """(year, month, day) of the post's account line among the first lines: the day the paper posted it."""
    for line in lines[:POST_LINES]:
        if "发表于" in line and (m := POST.match(line)):
            return m.group(1), m.group(2), m.group(3)
    return None
