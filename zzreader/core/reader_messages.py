"""Readers' short messages ('@荷塘区王女士：希望…', '网友“小鱼”：…？'): a column's items, not headlines.

A page prints a column of readers' messages or web posts ('市民心声',
'市民留言板'), each a line that opens on its writer and a colon. A message
that asks a question ends on '？' and has no stop inside, so it read as the
headline of the next article; and the column, unsigned and undated, was
typed news. Read by zzreader/core/lines.py (headlines) and
zzreader/core/type_rules.py (a column of them is neither news nor commentary).
"""

from __future__ import annotations

import re

_MESSAGE = re.compile(
    r"^(?:网友|市民|读者)?\s*[@＠][^\s:：@＠]{1,16}[:：]\s*\S"  # '@荷塘区王女士：…'
    r"|^(?:网友|市民|读者)[“\"「][^”\"」]{1,12}[”\"」][:：]\s*\S"  # '网友“天元小陈”：…'
)


def is_message(text: str) -> bool:
    """A line that opens on its writer's handle and a colon."""
    return bool(_MESSAGE.match(text.strip()))


def message_column(paragraphs: list[str]) -> bool:
    """Two messages or more, and most of the text: a column of readers' messages."""
    messages = sum(1 for p in paragraphs if is_message(p))
    return messages >= 2 and messages * 2 >= len(paragraphs)
