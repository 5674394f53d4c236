"""A column's rubric in brackets set bold over a headline ('**【新春走基层】**' / '# 凌晨四点的菜市场').

Markup's bold paragraphs are sub-headings inside a story; a bold line that is
only a rubric in 【】 or 〖〗, right over a marked headline, is that headline's
kicker (`headline_rules.kicker_over_title` reads it so in plain text), not an
untitled piece of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

_RUBRIC = re.compile(r"^[【〖][^【】〖〗]{2,14}[】〗]$")


def mark(lines: list[Line]) -> None:
    """Make each bold rubric right over a marked headline that headline's kicker."""
    for line, below in pairwise(lines):
        if line.kind == "subhead" and below.kind == "heading" and below.md and _RUBRIC.match(line.text.strip()):
            line.kind, line.kicker = "heading", True
