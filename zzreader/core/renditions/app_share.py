"""What a news app's share page carries around the story when it is copied as text.

A story shared from the paper's app (掌上株洲) or the province's (新湖南) opens
in a browser with the app's prompts round it: `打开APP 阅读体验更佳`,
`打开掌上株洲 查看更多精彩内容`, `下载客户端`, and under the headline a line
naming the outlet with the month, day and time it went out (`株洲日报 12-06 08:15`).
Toutiao's page sets the account's name under the headline, then the day and
time with the account's title and the poster's province (`2025-07-26 07:45 ·
株洲日报社官方账号 湖南`) and a `关注` button; at the foot `举报/反馈`,
`12条评论` and `相关推荐`. None is the story's text; like an e-paper page's links they are chrome only a
web page has, so they mark the file as a scrape too (`epaper.looks_like`).
"""

from __future__ import annotations

import re

from .model import SourceLine

_APPS = r"(?:APP|App|app|(?:株洲日报|株洲晚报)?客户端|掌上株洲|新湖南|红网|学习强国|今日头条|头条|百家号|抖音)"
_CHROME = re.compile(
    rf"^(?:(?:打开|下载|安装|前往)\s*{_APPS}.{{0,14}}|.{{0,8}}{_APPS}内?(?:打开|阅读|查看).{{0,10}}"
    r"|(?:点击)?(?:下载|安装)(?:客户端|APP|App)|阅读体验更佳|(?:查看|阅读|浏览)更多精彩(?:内容)?"
    r"|(?:株洲日报|株洲晚报|掌上株洲|新湖南)客户端"  # the app's name alone over its share page
    r"|[+＋]?\s*关注|已关注|举报\s*/\s*反馈|举报|发表评论|写评论|\d{1,7}\s*条评论|相关推荐|热门推荐)[!！。>》\s]*$"
)
# '株洲日报 12-06 08:15', '新湖南 2025-12-06 08:15:20': the outlet, the day and the time it went out
_SOURCE_TIME = re.compile(
    r"^\s*(?:来源[:：]\s*)?[\u4e00-\u9fff]{2,8}(?:客户端)?\s+(?:((?:19|20)\d{2})-)?(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)


# '株洲火车站新增10台自助售票机　昨天 18:20', '…　11-25', '…　3小时前': an app's list of other stories
# ('推荐阅读'), each title with when it went out ('11-25' as the app prints it, two figures each: no '3-2' score);
# printed text never closes a headline on its posting time
_LISTED = re.compile(
    r"^[^\s。；;：:]{2,}(?:[ \u3000][^\s。；;：:]+)*?[ \u3000]+(?:(?:昨天|前天|今天)\s*\d{1,2}:\d{2}|\d{2}-\d{2}|\d{1,2}\s*(?:分钟|小时)前)$"
)


def is_chrome(text: str) -> bool:
    """An app's prompt to open or download it, its outlet-and-time line, or a listed story with its posting time."""
    bare = text.strip()
    return len(bare) <= 40 and bool(_CHROME.match(bare) or _SOURCE_TIME.match(bare) or _listed(bare))


def _listed(bare: str) -> bool:
    return (bare[-1:].isdigit() or bare.endswith("前")) and sum("\u4e00" <= c <= "\u9fff" for c in bare) >= 6 and bool(_LISTED.match(bare))


def source_day(lines: list[SourceLine]) -> str | None:
    """The day in an app's outlet-and-time line with its year ('新湖南客户端 2026-01-05 09:12:33'): the day it went out.

    The line is chrome and leaves the text; without this its day was lost with it, and a file
    named by another day (the day it was saved) took that day instead.
    """
    for line in lines[:HEAD_LINES]:
        if len(line.text) <= 40 and (m := _SOURCE_TIME.match(line.text)) and m.group(1):
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None


# '2025-07-26 07:45 · 株洲日报社官方账号 湖南': the day and time a Toutiao account posted, its title, the province;
# newer pages set each field apart ('2026-12-08 07:30 · 湖南 · 株洲日报官方账号')
_POSTED = re.compile(
    r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?:\s*[·・]\s*\S{2,24}){1,3}(?:\s+[\u4e00-\u9fff]{2,3})?\s*$"
)
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,16}$")  # the account's name alone on its line
HEAD_LINES = 8


def drop_head(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> str | None:
    """Move a Toutiao copy's posting line, the account name over it and a follow button under it to `furniture`.

    The day it was posted ('2025-07-26') is returned: the paper posts the day's
    stories that day. Left in, the account's name under the headline read as
    the masthead and took the headline with it, the posting line as a title.
    """
    k = next((k for k, line in enumerate(lines[:HEAD_LINES]) if "·" in line.text and _POSTED.match(line.text)), None)
    if k is None:
        return None
    m = _POSTED.match(lines[k].text)
    start = k - 1 if k >= 2 and _ACCOUNT.match(lines[k - 1].text.strip()) else k  # a headline stays over it
    end = k + 1
    while end < len(lines) and end <= k + 2 and is_chrome(lines[end].text):
        end += 1
    furniture.extend(lines[start:end])
    del lines[start:end]
    warnings.append(f"已移除 {end - start} 行头条号发布信息 / Dropped {end - start} line(s) of a Toutiao account's posting line.")
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


# '网友热议', '网友评论', '精彩评论' over the readers' comments an app prints under a story ('@荷塘小陈：…', '株洲老徐：…'),
# and the platform's disclaimer at the foot ('免责声明：本文来自株洲日报，不代表本平台观点。')
_COMMENTS_LABEL = re.compile(r"^(?:网友|读者|热门|精彩|最新|全部)(?:热议|评论|留言)(?:区)?\s*(?:[(（]\d{1,6}[)）])?$")
_COMMENT = re.compile(r"^@?[^\s：:，。]{1,12}[：:]\S")
_COMMENT_MAX = 60
_DISCLAIMER = re.compile(r"^免责声明[：:].{0,40}(?:不代表|仅代表).{0,20}(?:平台|本站|本号).{0,12}$")


def drop_comments(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move readers' comments under their label, and the platform's disclaimer, to `furniture`: no one's story.

    Only a label followed by at least one short 'name：words' line is read so; a '网友评论' over a
    paragraph is a section's name."""
    drop: set[int] = set()
    for k, line in enumerate(lines):
        text = line.text.strip()
        if _DISCLAIMER.match(text):
            drop.add(k)
        elif len(text) <= 8 and _COMMENTS_LABEL.match(text):
            end = k + 1
            while end < len(lines) and len(lines[end].text.strip()) <= _COMMENT_MAX and _COMMENT.match(lines[end].text.strip()):
                end += 1
            if end > k + 1:
                drop.update(range(k, end))
    if drop:
        furniture.extend(lines[k] for k in sorted(drop))
        for k in sorted(drop, reverse=True):
            del lines[k]
        warnings.append(f"已移除 {len(drop)} 行网友评论和平台声明 / Dropped {len(drop)} line(s) of readers' comments and a platform's disclaimer.")
