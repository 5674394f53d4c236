"""A byline a line end broke inside a role word: one line again.

A narrow column breaks `株洲日报全媒体记者 汤某 通讯` / `员 罗某某`. Read line
by line, '通讯' is taken for a second reporter and '员 罗某某' is text. When a
short line ends on the first characters of a role word, the next line starts
with the rest of it, and the two read together as one credit, they are one line.
"""

from __future__ import annotations

from ..bylines import ROLE_WORDS, parse_credit
from .model import SourceLine, joined_where

# '通讯' -> ('员',), '全媒体记' -> ('者',), '实习' -> ('生',): every split of every role word
_SPLITS: dict[str, set[str]] = {}
for _word in ROLE_WORDS:
    for _k in range(1, len(_word)):
        _SPLITS.setdefault(_word[:_k], set()).add(_word[_k:])
_LONGEST = max(map(len, ROLE_WORDS))
_MAX_LINE = 40


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each credit broken inside a role word joined to the line that ends the word."""
    out, joined = joined_where(lines, _broken_role)
    if joined:
        warnings.append(f"已合并 {joined} 处断在职务词中间的署名 / Joined {joined} byline(s) broken inside a role word.")
    return out


def _broken_role(above: str, below: str) -> bool:
    above, below = above.rstrip(), below.strip()
    if len(above) > _MAX_LINE or len(below) > _MAX_LINE or not below:
        return False
    if not any(below.startswith(tuple(_SPLITS.get(above[-k:], ()))) for k in range(1, min(_LONGEST, len(above)) + 1)
               if above[-k:] in _SPLITS):
        return False  # a cheap look first: no role word runs on from the line end
    credit = parse_credit(above + below)
    return bool(credit) and parse_credit(below) is None
