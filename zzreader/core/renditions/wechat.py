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
    r"|长按.{0,10}关注.{0,6}|(?:欢迎)?(?:分享到|转发到)朋友圈)[!！。~～\s]*$",
    re.IGNORECASE,
)


def is_chrome(text: str) -> bool:
    """A WeChat post's follow prompt, end mark, or foot link."""
    return bool(CHROME.match(text.strip()))
