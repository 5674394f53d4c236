"""A QQ group's messages exported as text, a story pasted into one of them.

Archivists pass the day's stories round a QQ group, and a group's history
exported as `.txt` keeps them: a banner (`消息记录（此消息记录为文本格式，不支持
重新导入）`, rules of `=`, `消息分组:…`, `消息对象:…`), then each message under
a line with its time and sender (`2025-08-02 8:06:40 资料室-李老师(1203456789)`); WeChat's
export opens `与“株洲老乡群”的聊天记录`, rules each day (`————— 2026-12-08 —————`) and stamps a message
to the minute (`2026-12-08 07:41 李建国`).
Read as text, the rules made the file Markdown (setext underlines), each
sender's line a headline and each short remark (`收到`, `[图片]`) a story.
The banner, the senders' lines and messages of a short line or two are the
chat's, not the paper's: they are blanked before the rendition is detected
and kept as unassigned; the sending day of the first long message dates it.
"""

from __future__ import annotations

import datetime as dt
import re

_BANNER = re.compile(r"^消息记录[（(].{0,30}[)）]\s*$|^消息(?:分组|对象)\s*[:：].{0,40}$|^={10,}\s*$"
                     r"|^与“?[^“”]{1,30}”?的聊天记录\s*$|^[—-]{3,}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[—-]{3,}\s*$")
# WeChat's export: '与“株洲老乡群”的聊天记录' over a day's rule '————— 2026-12-08 —————'
_WECHAT = re.compile(r"^与“?[^“”]{1,30}”?的聊天记录\s*$")
# '2025-08-02 8:06:40 资料室-李老师(1203456789)', '资料室-李老师 2025/8/2 8:06:40': the time and the sender
_SENT = re.compile(
    r"^\s*(?:((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S.{0,40}"
    r"|\S.{0,40}?\s+((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}:\d{2})\s*$"
)
_SENDER_ID = re.compile(r"[(（]\d{5,12}[)）]\s*$|<[^<>@\s]+@[^<>\s]+>\s*$")  # '李老师(1203456789)', '李老师<li@qq.com>'
_CREDIT = re.compile(r"摄\s*$")  # a forwarded photo's caption ends on its credit: the paper's, however short
MIN_SENT = 2
SHORT = 40  # a remark's line
REMARK_LINES = 2
STORY_LINES = 3  # a message of this many lines or more may be a pasted story


def unwrap(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], list[int], str | None] | None:
    """(the lines with the chat's own blanked, their 1-based numbers, the story's sending day), or None for no chat export."""
    sent = [k for k, text in enumerate(raw_lines) if ":" in text and _SENT.match(text)]
    first = next((text.strip() for text in raw_lines if text.strip()), "")  # the banner, below any blank lines
    if len(sent) < MIN_SENT or not (first.startswith("消息记录") or _WECHAT.match(first) or sum(1 for k in sent if _SENDER_ID.search(raw_lines[k])) >= MIN_SENT):
        return None  # without QQ's banner, senders named with their numbers: a page's '时间　来源：…' lines are no messages
    chat: set[int] = {k for k, text in enumerate(raw_lines[: sent[0]]) if text.strip() and _BANNER.match(text.strip())}
    day = None
    for first, nxt in zip(sent, [*sent[1:], len(raw_lines)], strict=True):
        chat.add(first)
        body = [k for k in range(first + 1, nxt) if raw_lines[k].strip()]
        if len(body) <= REMARK_LINES and all(len(raw_lines[k].strip()) <= SHORT and not _CREDIT.search(raw_lines[k]) for k in body):
            chat.update(body)  # '收到', '[图片]', '今天A02版头条，大家存一下'
        elif day is None and len(body) >= STORY_LINES:
            day = _day(_SENT.match(raw_lines[first]))
    out = ["" if k in chat else text for k, text in enumerate(raw_lines)]
    warnings.append(f"已按聊天记录读取：{len(sent)} 条消息的发送行和短消息不算正文 / "
                    f"Read as an exported chat: the sender lines of {len(sent)} message(s) and the short remarks are no article.")
    return out, sorted(k + 1 for k in chat), day


def _day(m: re.Match | None) -> str | None:
    if m is None:
        return None
    year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
