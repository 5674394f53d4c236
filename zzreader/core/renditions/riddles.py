"""Riddle and crossword corners (周末猜谜, 灯谜, 周末填字): riddles, clues and last issue's answers.

A weekend page sets `1．一口咬掉牛尾巴（打一字）` line after line under the
corner's name, the last issue's answers (`上期谜底：…`) under them. A riddle
is short and has no stop, so the first one read as the corner's headline and
the corner's name as its section. A line that names what the riddle asks for
(`（打一字）`, `（猜一物）`), a crossword's clue line (`横向：1．…`, `纵向：…`) and
a line of answers are the corner's text, never a headline; the lines keep
their numbers and their words.
"""

from __future__ import annotations

import re

from .model import SourceLine

# '（打一字）', '（打一自然现象）', '(猜一动物)', '（打一成语）': the bracket that makes a line a riddle
_ASKS = re.compile(r"[（(](?:打|猜)一[\u4e00-\u9fff]{1,6}[)）]\s*$")
# '上期谜底：1．田　2．扇子', '谜底：…', '本期答案：…' under the riddles; a crossword's clues ('横向：1．…', '纵向：一．…')
_ANSWERS = re.compile(r"^\s*(?:(?:上期|本期)?(?:谜底|答案)|横向|纵向|横排|竖排)[:：]")


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Read riddles, crossword clues and answers as text."""
    riddles = [line for line in lines if not line.kind and (
        ("一" in line.text and _ASKS.search(line.text)) or (line.text.lstrip()[:1] in "上本谜答横纵竖" and _ANSWERS.match(line.text)))]
    if not riddles:
        return  # a cheap look first: most pages hold no riddle
    for line in riddles:
        line.kind = "p"
    warnings.append(f"已将 {len(riddles)} 行谜语、填字或答案读作正文 / Read {len(riddles)} line(s) of riddles, clues or answers as text.")
