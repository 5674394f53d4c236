"""A writer named alone on the line under a headline ('湘江边的老码头' / '刘某某'): the byline, not a subtitle.

Literary pages and serials set the writer's name with no role and no
'文/' under the title. Pass one read the name as a second headline line,
so it became the subtitle and the piece had no byline. A line that is only a
personal name (a common surname and one or two characters, spaced or not),
between a headline and a paragraph of text (or a speech's '同志们：'), is
taken as the writer's byline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bylines import ROLE_ONLY, Byline, parse_credit
from .discovery.entity_extract import SURNAMES
from .speeches import SALUTATION

if TYPE_CHECKING:
    from .lines import Line

_COMPOUND = "欧阳|司马|上官|诸葛|东方|皇甫|司徒|夏侯|令狐|慕容|长孙|宇文|端木|南宫|西门"
_NAME = re.compile(rf"^(?:(?:{_COMPOUND})[\u4e00-\u9fff]{{1,2}}|[{SURNAMES}](?:[\u4e00-\u9fff]{{1,2}}|[ \u3000]{{1,3}}[\u4e00-\u9fff]))$")
MIN_TEXT = 20


def is_bare_name(text: str) -> bool:
    """'刘新民', '丁　帆': a personal name alone, no role (a common surname and one or two characters)."""
    return bool(_NAME.match(text.strip()))


def mark(lines: list[Line]) -> None:
    """Mark each bare name between a headline and its text as the writer's byline."""
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if above.kind == "byline" and not above.byline and line.kind in ("heading", "p") and _role_above(line, above):
            continue
        if line.kind != "heading" or line.md or above.kind != "heading" or not _NAME.match(line.text.strip()):
            continue
        if not _verse_under(lines, i + 1) and (below.kind != "p" or below.lead or (len(below.text) < MIN_TEXT and not SALUTATION.match(below.text.strip()))):
            continue
        line.kind = "byline"
        line.byline = Byline(reporters=["".join(line.text.split())])


POEM_LINES = 3  # short lines under a poet's name before they read as a poem, not as the next headlines
_VERSE_CHARS = 16
_NOT_VERSE = re.compile(r"[:：0-9０-９]|^\W")  # a field, a figure or a mark: a notice's or a listing's line


def _verse_under(lines: list[Line], j: int) -> bool:
    """Three short lines or more under the name, none a field or a lead ('江雾慢慢散开' / '渡船载着…'): a poem's lines."""
    run = lines[j:j + POEM_LINES]
    return len(run) == POEM_LINES and all(
        x.kind in ("heading", "p") and not x.md and x.lead is None and x.byline is None and 2 <= len(x.text.strip()) <= _VERSE_CHARS
        and not _NOT_VERSE.search(x.text.strip()) and "。" not in x.text[:-1]
        for x in run
    )


def _role_above(line: Line, above: Line) -> bool:
    """'株洲日报全媒体记者' / '段　亮': a role set alone over its name; the name line takes the role's byline."""
    if not ROLE_ONLY.match(above.text.strip()) or not (_NAME.match(line.text.strip()) or len(line.text) <= 14):
        return False
    credit = parse_credit(above.text.strip() + " " + line.text.strip())
    if not credit:
        return False
    line.kind, line.byline = "byline", credit
    return True
