"""A byline a line end broke inside its last name: one line again.

A narrow column breaks `株洲日报全媒体记者 罗某某 摄影 唐` / `浩`. Read line by
line, '唐' is taken for a photographer and '浩' for a one-character
paragraph, the story's first. When a credit line ends on a name of one or two
characters and the next line opens on the one or two characters that
complete it (a name of two or three), alone or before the credit's next role
('…记者 曹 阳 李' / '思敏 通讯员 周某某'), the two are one line. The sibling
modules mend a role word (split_credits.py) and a lead's bracket
(split_leads.py) broken so.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .model import SourceLine, joined_where

_HAN = r"[\u3400-\u9fff\U00020000-\U0003134f]"
# the rest of the name, alone on its line or before the credit's next role ('思敏 通讯员 周某某')
_REST = re.compile(rf"^({_HAN}{{1,2}})(?:[ \u3000]|$)")
_LAST = re.compile(rf"(?:^|[\s/:：／])({_HAN}{{1,2}})$")  # the cut name after its space, role or mark
_NO_NAME = frozenset("摄图文")  # '摄' or '图' alone under a credit is a mark of it, no end of a name
_MAX_LINE = 40


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each credit broken inside its last name joined to the line that ends the name."""
    out, joined = joined_where(lines, _broken_name)
    if joined:
        warnings.append(f"已合并 {joined} 处断在姓名中间的署名 / Joined {joined} byline(s) broken inside a name.")
    return out


def _broken_name(above: str, below: str) -> bool:
    above, below = above.rstrip(), below.strip()
    rest = _REST.match(below)
    if len(above) > _MAX_LINE or len(below) > _MAX_LINE or rest is None or below in _NO_NAME:
        return False
    last = _LAST.search(above)
    if last is None or len(last.group(1)) + len(rest.group(1)) > 3:
        return False  # a name of two or three characters, cut after its first or second
    if _padded_pairs_end(above):
        return False  # '图/株洲日报全媒体记者　姜　涛' over '晒秋': a padded name is whole, the line below a headline
    if last.group(1) in _NO_NAME or (credit := parse_credit(above)) is None or (joined := parse_credit(above + below)) is None:
        return False  # '…通讯员 李某某 摄' over '简讯': the credit's mark, no name begun
    if not any(name.endswith(last.group(1)) for name in _names(credit)):
        return False  # ('曹 阳 李' is read as one padded name '曹阳李' until the line below completes '李思敏')
    return last.group(1) + rest.group(1) in _names(joined)


_SINGLE = re.compile(rf"^{_HAN}$")


def _padded_pairs_end(above: str) -> bool:
    """The line ends on single characters set one space apart, an even run of them ('姜　涛', '邝　勇　朱　琳'):
    names of two padded to the width of three, each whole. An odd run ('摄影 唐', '曹 阳 李') ends on a cut name."""
    run = 0
    for token in reversed(re.split(r"[ \u3000]", above)):
        if not _SINGLE.match(token):
            break
        run += 1
    return run >= 2 and run % 2 == 0


def _names(credit) -> list[str]:
    return [*credit.reporters, *credit.correspondents, *credit.photographers]
