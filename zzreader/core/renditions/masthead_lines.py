"""PDF text: the masthead's lines are lines of their own, never a paragraph's wrapped lines.

The front page opens on the masthead's small print, each item a line: the app's
name, the date with its weekday ('客户端2025年6月12日 星期四', an app's label run
into it), the lunar date and the issue number ('乙巳年五月十七 第24035期 今日8版'),
the imprint ('中共株洲市委主管、主办 国内统一连续出版物号CN 43-0005'). None ends
a sentence, so unwrapping ran them together and on into the first headline.
A reader sees a masthead: a line that carries one of its marks and no clause of
prose neither goes on from the line above nor takes the line below.
"""

from __future__ import annotations

import re

from .model import SourceLine

_MARK = re.compile(
    r"第\s*\d{3,6}\s*期|今日\s*\d{1,3}\s*版|CN\s*\d{2}\s*-\s*\d{4}|主管.{0,4}主办"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]\s*$"
    r"|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[正一二三四五六七八九十冬腊]{1,2}月"
    r"|^株洲日[报報]$"  # the paper's name alone, set right under a page's running head
)
_PROSE = re.compile(r"[，,。！？!?；;]")  # a clause of prose: a paragraph's line, whatever figures it quotes
_MAX = 48


def masthead_line(text: str) -> bool:
    text = text.strip()
    return len(text) <= _MAX and not _PROSE.search(text) and bool(_MARK.search(text))


def apart(prev: SourceLine, text: str) -> bool:
    """`text` and the open paragraph `prev` stay apart: either is a masthead's line."""
    return masthead_line(text) or (prev.no == prev.end and masthead_line(prev.text))
