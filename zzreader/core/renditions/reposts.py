"""What a content platform prints round the paper's stories it reposts (百家号, 网易号).

The paper posts each day's stories to Baidu's Baijiahao and NetEase Hao; an
archivist who copies such a page gets the platform's head and foot with it.
Baijiahao sets the account's name under the headline, then the day and time
with the poster's province run on (`2026-11-18 08:12湖南`), the account's
title (`株洲日报社官方帐号`) and a `关注` button. NetEase sets the day and time
with the source (`2026-11-26 07:05:18　来源: 株洲日报`) under the post's title,
then the province, `举报`, the comment count and its share prompts; at the
foot `本文来自网易号“…”`, its storage disclaimer in Chinese and English and
links back to the site. None of it is the story's text: read as text, the
posting line became each story's headline and the account's title its
subtitle, and the disclaimer ran on in the last story. A post that gathers
several stories under its own title (`株洲早知道｜城区首条公交专用道本周启用`)
repeats the first one's headline inside; the post's title goes with the head.
"""

from __future__ import annotations

import re

from . import app_share
from .model import SourceLine

# '2026-11-18 08:12湖南': the day and time posted, the province run on or after a space (the run read once: with no
# province the two runs around it split 50,000 spaces every way)
_POSTED = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}\s*+(?:[\u4e00-\u9fff]{2,3})?\s*$")
_ACCOUNT_TITLE = re.compile(r"^\S{2,16}官方[帐账]号$|^\S{2,16}(?:领域|优质)创作者$")
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,16}$")
# '2026-11-26 07:05:18　来源: 株洲日报': a NetEase post's day, time and source under its title
_SOURCED = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]+来源\s*[:：]\s*\S{2,16}\s*$")
# under it: the province, '举报', the comment count, the share prompts
_HEAD_CHROME = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}|举报|\d{1,6}|分享至|用微信扫码二维码|分享至好友和朋友圈)$")
_SHARE_PROMPT = {"举报", "分享至", "用微信扫码二维码", "分享至好友和朋友圈"}
_SOURCE_NOTE = re.compile(r"^[（(]\s*来源\s*[:：]\s*\S{2,16}\s*[)）]$")  # '（来源：株洲日报）' opening the post's text
_FOOT = re.compile(
    r"^(?:本文来自(?:网易号|百家号|搜狐号|头条号|企鹅号)\S{0,24}|特别声明\s*[:：].{0,80}(?:网易号|百家号|搜狐号|自媒体平台).*"
    r"|Notice:\s*The content above.*|/?阅读下一篇/?|返回网易首页|下载网易新闻客户端|换一换)$"
)
_BAR = re.compile(r"[｜|]")
HEAD_CHROME_LINES = 8


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> str | None:
    """Move each repost's head and foot from `lines` to `furniture`; return the first day a post went out."""
    date: str | None = None
    gone: set[int] = set()
    texts = [line.text.strip() for line in lines]
    for k, text in enumerate(texts):
        if _FOOT.match(text):
            gone.add(k)
            continue
        m = _POSTED.match(text)
        if m and k + 1 < len(lines) and _ACCOUNT_TITLE.match(texts[k + 1]):
            gone.update((k, k + 1))
            if k >= 2 and _ACCOUNT.match(texts[k - 1]):
                gone.add(k - 1)  # the account's name between the headline and the posting line
            gone.update(j for j in range(k + 2, min(k + 4, len(lines))) if app_share.is_chrome(texts[j]))
        elif (m := _SOURCED.match(text)) is not None:
            j = k + 1
            while j < len(lines) and j <= k + HEAD_CHROME_LINES and _HEAD_CHROME.match(texts[j]):
                j += 1
            if not _SHARE_PROMPT.intersection(texts[k + 1:j]):
                continue  # an e-paper's own meta line ('… 来源：株洲日报' over a byline): epaper.py reads it
            gone.update(range(k, j))
            if j < len(lines) and _SOURCE_NOTE.match(texts[j]):
                gone.add(j)
            if k >= 1 and _repeated_post_title(texts[k - 1], texts[k + 1:]):
                gone.add(k - 1)
        else:
            continue
        date = date or f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if gone:
        furniture.extend(lines[k] for k in sorted(gone))
        lines[:] = [line for k, line in enumerate(lines) if k not in gone]
        warnings.append(f"已移除 {len(gone)} 行平台转载信息 / Dropped {len(gone)} line(s) of a platform repost's head and foot.")
    return date


def _repeated_post_title(title: str, below: list[str]) -> bool:
    """'株洲早知道｜城区首条公交专用道本周启用' over a post that prints '城区首条公交专用道本周启用' again."""
    if not _BAR.search(title):
        return False
    tail = _BAR.split(title)[-1].strip()
    return len(tail) >= 4 and tail in below[:40]
