"""A post on the paper's Weibo account copied as text.

The paper posts a story on Weibo as one long paragraph with its headline in
`【】` at the head, after the post's topic tags (`#株洲身边事# 【标题】1月5日晚，…`),
and the credit in brackets after the text. Around it the page leaves the
post's time and client (`26-1-6 08:30 来自 微博网页版`), the fold link
(`收起全文d`) and the counters (`转发 12`, `评论 36`, `赞 208`). Those are
chrome; in a file that carries them, a bracketed headline at the head of a
paragraph is the post's headline, split from its text (the line number stays).
"""

from __future__ import annotations

import re

from .model import SourceLine

_CHROME = re.compile(
    r"^(?:(?:\d{2,4}-\d{1,2}-\d{1,2}|\d{1,2}月\d{1,2}日|今天|昨天)\s+)?\d{1,2}:\d{2}\s+来自\s*\S{1,20}"
    r"|^(?:收起全文|展开全文)[a-z]?|^(?:转发|评论|赞|点赞)\s*\d+(?:\.\d+)?万?$"  # with its count: '评论' alone is a page's section
)
# '#株洲身边事# 【炎陵“雪窝窝”迎来首场降雪】1月5日晚，…': topic tags, the bracketed headline, the text
_HEADED = re.compile(r"^\s*((?:#[^#\s]{1,20}#\s*)*)【([^【】]{4,40})】\s*(\S.{9,})$")
_NOT_TITLE = re.compile(r"(?:讯|按|语|图|视频|提示|通知|声明|简讯|快讯|关注|转发|话题)$")


def is_chrome(text: str) -> bool:
    """The post's time and client, its fold link, or a counter."""
    return len(text) <= 40 and bool(_CHROME.match(text.strip()))


def looks_like(raw_lines: list[str]) -> bool:
    """The post's time-and-client line or its fold link: a copied Weibo post."""
    return any(("来自" in r or "全文" in r) and is_chrome(r) for r in raw_lines[:60])


def split(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """Each paragraph led by a bracketed headline as that headline over the paragraph (topic tags dropped)."""
    out: list[SourceLine] = []
    split_ = 0
    for line in _bracket_whole(lines):
        m = _HEADED.match(line.text) if not line.kind and "【" in line.text else None
        if m is None or _NOT_TITLE.search(m.group(2)):
            out.append(line)
            continue
        out.append(SourceLine(line.no, m.group(2), line.no, gap=max(line.gap, 1), kind="heading"))
        out.append(SourceLine(line.no, m.group(3), line.end, gap=1))
        split_ += 1
    if split_:
        warnings.append(f"已拆出 {split_} 个微博正文前的【标题】 / Split {split_} bracketed Weibo headline(s) from their text.")
    return out


def _bracket_whole(lines: list[SourceLine]) -> list[SourceLine]:
    """'#话题# 【炎陵…降雪' / '】1月5日晚，…': a headline's bracket a column's wrap cut, whole again on its first line."""
    out: list[SourceLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and not prev.kind and not line.kind and not line.gap and prev.text.count("【") > prev.text.count("】")
                and "】" in line.text[:40] and "【" not in line.text.split("】", 1)[0]):
            out[-1] = SourceLine(prev.no, prev.text.rstrip() + line.text.strip(), line.end, prev.gap, prev.kind, prev.source, prev.editor)
            continue
        out.append(line)
    return out
