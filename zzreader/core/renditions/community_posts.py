"""A reader's repost of the day's stories on a community site (a Zhihu column, a Douban group), copied as it shows.

Readers pass the paper's stories on: a Zhihu column post sets its own title, the author's
name and bio and `12 人赞同了该文章` over a note (`以下内容转自《株洲日报》2026年12月26日A02版…`),
and under the stories `编辑于 2026-12-26 09:18・IP 属地湖南`, its topics, its buttons and
`著作权归作者所有…`; a Douban group topic sets the group's name and the topic's title over
`来自: 湘江边的老杨 2026-12-27 08:31:05 湖南` and a line of the poster's own, and under the
stories its replies (`最赞回应`, each reader's name, time, words and `赞(3)  回应`). None of it
is the paper's: the head and the note, and the foot or the replies, go to furniture; the day
the post went out is the issue's when nothing on the page prints one.
"""

from __future__ import annotations

import re

from .model import SourceLine

_LIKED = re.compile(r"^\d[\d,.万]*\s*人赞同了该(?:文章|回答)$")
_EDITED = re.compile(r"^(?:编辑于|发布于)\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2})?(?:\s*.?\s*IP\s*属地\S+)?$")  # '・' lost to '?' in GBK
_POSTER = re.compile(r"^来自\s*[:：]\s*\S.{0,30}?\s((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S{2,8})?$")
_REPLIES = re.compile(r"^(?:最赞回应|全部回应|热门回应|\d+\s*条回应|\d+\s*条评论)$")
# a reposter's note: it names the paper and says it passes its stories on
_NOTE = re.compile(r"(?:转自|转载自|搬|分享|摘编|原载|来自).{0,30}(?:株洲日报)|(?:株洲日报).{0,30}(?:转|搬|分享|摘编|看看)")
_NOTE_DAY = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
MAX_HEAD = 15
MAX_NOTE = 80


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> str | None:
    """Move a community repost's head, note and foot (or replies) from `lines` to `furniture`; return the post's day."""
    texts = [line.text.strip().lstrip("#").strip() for line in lines]
    head = next((k for k, t in enumerate(texts[:MAX_HEAD]) if _LIKED.match(t) or _POSTER.match(t)), None)
    foot = next((k for k, t in enumerate(texts) if _EDITED.match(t) or _REPLIES.match(t)), None)
    if head is None or foot is None or foot <= head:
        return None
    date = _day(_POSTER.match(texts[head])) or _day(_EDITED.match(texts[foot]))
    cut = head + 1
    if cut < foot and len(texts[cut]) <= MAX_NOTE and _NOTE.search(texts[cut]):
        date = date or _day(_NOTE_DAY.search(texts[cut]))
        cut += 1  # the reposter's own line over the stories
    gone = [*range(cut), *range(foot, len(lines))]
    furniture.extend(lines[k] for k in gone)
    lines[:] = lines[cut:foot]
    warnings.append(f"已移除 {len(gone)} 行社区转帖的帖头、帖尾和回应 / Dropped {len(gone)} line(s) of a community repost's "
                    f"head, foot and replies.")
    return date


def _day(m: re.Match | None) -> str | None:
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
