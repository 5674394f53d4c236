"""What a copy of the paper's WeChat (公众号) article carries around the story.

Archives keep the paper's public-account posts copied as text: a follow
prompt on top (`点击上方蓝字关注我们`), an end mark (`END`, `- END -`), and
links and buttons at the foot (`往期推荐`, `阅读原文`, `点个在看`). None is
an article's text; `furniture.is_chrome` sends them to unassigned, as it does
an e-paper page's print and paging links.
"""

from __future__ import annotations

import re

from .model import SourceLine

CHROME = re.compile(
    r"^(?:(?:点击|点|戳)(?:上方|下方|这里|文末)?.{0,8}关注.{0,6}"
    r"|[-—–_\s]*END[-—–_\s]*"
    r"|(?:往期|近期)(?:推荐|精彩|回顾|热文)|推荐阅读|精彩推荐|热文推荐|猜你喜欢|喜欢此内容的人还喜欢"
    r"|(?:点击)?阅读原文|(?:点击|点|戳)(?:上方|下方|这里|文末|左下角)?[“\"]阅读原文[”\"].{0,12}|(?:点个|点亮)?在看|(?:分享|点赞|转发|收藏)(?:[、，,\s]*(?:分享|点赞|转发|收藏|在看))*"
    r"|长按.{0,10}关注.{0,6}|长按(?:识别|扫描|扫码).{0,12}|(?:扫码|扫描二维码)?关注.{1,12}[\s，,]*(?:获取|了解|看|阅读).{0,10}"
    r"|(?:觉得|如果)?.{0,6}[，,]?(?:请|记得)?(?:点个?|点亮|给个)[“\"]?在看[”\"]?吧?|(?:欢迎)?(?:分享到|转发到)朋友圈)[!！。~～\s]*$",
    re.IGNORECASE,
)


# '原创 株洲日报 株洲日报 2025-12-06 08:00 发表于湖南': the post's account line, with the day it was posted;
# since 2024 WeChat prints the poster's province after the time with no '发表于' ('… 2025-07-17 08:00 湖南');
# each run of spaces after the day read once (a date and 1,000 spaces split the run three ways: 1 s, 20,000 past 20 s)
POST = re.compile(
    r"^\s*(?:(?:原创|转载)\s+)?(?:\S{1,20}\s+){0,3}?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
    r"\s*+(?:日\s*+)?(?:(?:\d{1,2}:\d{2}\s*+)?发表于\s*+\S{1,8}|\d{1,2}:\d{2}\s++(?!星期|周)[\u4e00-\u9fff]{2,3})\s*+$"
)
POST_LINES = 15


def is_chrome(text: str) -> bool:
    """A WeChat post's follow prompt, end mark, foot link or account line."""
    return bool(CHROME.match(text.strip()) or POST.match(text))


def is_post_line(text: str) -> bool:
    """The account line with its posting day, cheaply ruled out first."""
    return ("发表于" in text or ":" in text) and POST.match(text) is not None


def post_date(lines: list[str]) -> tuple[str, str, str] | None:
    """(year, month, day) of the post's account line among the first lines: the day the paper posted it."""
    for line in lines[:POST_LINES]:
        if ("发表于" in line or ":" in line) and (m := POST.match(line)):
            return m.group(1), m.group(2), m.group(3)
    return None


# What only the page of a WeChat post prints under it, copied with the story when a reader selects all:
# the preview note, the QR prompt, the swipe hints and the screen reader's labels of the buttons
# (each a line of its own: '市民可微信扫一扫下方二维码报名。' is a story's sentence)
FOOT = re.compile(r"^\s*(?:预览时标签不可点|微信扫一扫(?:关注该公众号)?|关注该公众号|继续滑动看下一个|向上滑动看下一个|轻触阅读原文"
                  r"|微信扫一扫可打开此内容[，,]?(?:使用完整服务)?|使用完整服务|知道了)\s*$|轻点两下取消(?:赞|在看)")
# the account's list of its other posts above that foot: '推荐阅读' over one title a line
_LIST_HEAD = re.compile(r"^(?:推荐阅读|往期推荐|往期回顾|往期精彩|精彩推荐|热文推荐|相关阅读|猜你喜欢|近期热文)[:：]?$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_SHORT = 30


def drop_foot(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move a WeChat page's foot (and the list of other posts over it) from `lines` to `furniture`.

    Each piece of it is short and says nothing, but read one a line the swipe
    hints, the account's name and the listed titles became an article.
    """
    start = next((k for k, line in enumerate(lines) if FOOT.search(line.text)), None)
    if start is None:
        return
    end = start
    while end < len(lines) and _foot_line(lines[end].text.strip()):
        end += 1
    listed = {line.no for line in furniture if _LIST_HEAD.match(line.text.strip())}  # chrome already took '推荐阅读'
    head = _list_head(lines, start, listed)
    furniture.extend(lines[head:end])
    del lines[head:end]
    warnings.append(f"已移除 {end - head} 行微信页脚 / Dropped {end - head} line(s) of a WeChat page's foot.")


def _foot_line(text: str) -> bool:
    return bool(FOOT.search(text) or CHROME.match(text) or (len(text) <= _SHORT and not _SENTENCE_END.search(text)))


def _list_head(lines: list[SourceLine], start: int, listed: set[int]) -> int:
    """Where the list of other posts right over the foot starts; `start` when there is none.

    `listed` holds the line numbers of list heads already moved to furniture.
    Short lines over the foot with no list head above them are the story's own
    last lines (an editor's line, a photo credit) and stay.
    """
    k = start - 1
    while k >= 0 and (text := lines[k].text.strip()) and len(text) <= _SHORT and not _SENTENCE_END.search(text):
        above = lines[k - 1].no if k else 0
        if _LIST_HEAD.match(text) or any(above < no < lines[k].no for no in listed):
            return k
        k -= 1
    return start


# '株洲早新闻丨7月18日', '早安株洲 | 7月18日 星期五': a digest post's title, the column and the day: its section
_DIGEST_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,10})\s*[丨|｜]\s*\d{1,2}月\d{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?$")


# '文字丨株洲日报全媒体记者 刘芳', '图片 | 王军', '编辑丨谭丽': a post's credits set with the character 丨 (U+4E28)
# or a spaced bar for the bar the credit reader knows ('文字｜…', '图片|…'; core/bylines.py)
_BARRED_CREDIT = re.compile(r"^\s*(?:文字|文|图片|图|摄影|视频|编辑|责编|审核|校对|监制|统筹|一审|二审|三审)(\s*[丨|｜]\s*)(?=\S)")
CREDIT_CHARS = 40


def prepare(lines: list[SourceLine]) -> None:
    """Before chrome is read: credits barred with 丨 or a spaced bar as with ｜, and a digest post's title as its briefs' section.

    A digest's title on the first line ('株洲早新闻丨7月18日') is the column,
    so a brief's number under it ('01') is then a folio under a page head.
    """
    for line in lines:
        if len(line.text) <= CREDIT_CHARS and ("丨" in line.text or " " in line.text) and (m := _BARRED_CREDIT.match(line.text)):
            line.text = f"{line.text[:m.start(1)]}｜{line.text[m.end(1):]}"
    first = next((line for line in lines if line.text.strip()), None)
    if first is not None and not first.kind and (m := _DIGEST_HEAD.match(first.text.strip())):
        first.kind, first.source, first.text = "section", first.text, m.group(1)  # the briefs' column, no article
