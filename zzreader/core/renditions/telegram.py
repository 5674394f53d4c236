"""A Telegram channel exported as HTML (Telegram Desktop's `messages.html`): the posts without the chat's chrome.

The paper posts its stories to a Telegram channel; an archivist who exports the channel
gets `messages.html`: each post a `message default` block with the channel's initial in a
picture (`株`), the time (`07:30`, the full stamp in its `title`), the channel's name over the
first of a run, the text (`<strong>标题</strong><br><br>…`) and hashtag links (`#株洲新闻`),
and between days a service message (`30 December 2026`). Read as a page, the times, names
and days became untitled articles and the hashtags their text. The chrome's lines become empty
tags kept visible as unassigned and the hashtag links come off the text, line for line; the day
most posts were sent (their stamps' `title`) is the issue's when nothing on the page prints one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .feeds import EMPTY

_EXPORT = re.compile(r'<div class="page_wrap">|<div class="message default clearfix')
# the chat's own blocks: a time, the sender's picture and name, a signature, a service line, the page's header
_CHROME = re.compile(r'<div class="(?:pull_right date details|initials|from_name|signature details|body details|text bold'
                     r'|forwarded_from_name|reply_to details)"')
_CLOSE = re.compile(r"^\s*</div>\s*$")
_HASHTAG = re.compile(r'<a [^>]*onclick="return Show(?:Hashtag|CashTag|BotCommand)\([^>]*>[^<]*</a>')
_STAMP = re.compile(r'title="(\d{2})\.(\d{2})\.(\d{4}) \d{2}:\d{2}(?::\d{2})?')  # '30.12.2026 07:30:12 UTC+08:00'
MIN_POSTS = 2


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], str | None] | None:
    """(the lines with the chat's chrome as empty tags and no hashtag links; the day most posts were sent), or None."""
    if sum(1 for t in texts[:4000] if "<div" in t and _EXPORT.search(t)) < MIN_POSTS:
        return None
    out: list[str] = []
    inside = False
    days: Counter[dt.date] = Counter()
    for text in texts:
        if (stamp := _STAMP.search(text)) and (day := _day(stamp)):
            days[day] += 1
        if inside or _CHROME.search(text):
            inside = not _CLOSE.match(text)
            out.append(EMPTY if text.strip() else text)
            continue
        out.append(_HASHTAG.sub("", text).rstrip() if "Show" in text else text)
    warnings.append("已按 Telegram 频道导出读取：时间、发送者和话题标签不算正文 / Read a Telegram channel export: "
                    "times, senders and hashtags are no text.")
    return out, days.most_common(1)[0][0].isoformat() if days else None


def _day(stamp: re.Match) -> dt.date | None:
    try:
        return dt.date(int(stamp.group(3)), int(stamp.group(2)), int(stamp.group(1)))
    except ValueError:
        return None
