"""The paper's masthead printed again further down: a file of several pages, or of several days.

A dump of a whole issue repeats `株洲日报` over each page's date line, and an
archivist's file of a week repeats it over each day's. Only the first lines of a
file are read as its masthead (core/lines.py), so the paper's name further down
was read as a one-line paragraph and glued to the end of the story above it.
The name alone on its line, right over a date line, is the masthead again:
page furniture, in `unassigned` with the date line under it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .date_lines import is_date_line

if TYPE_CHECKING:
    from .lines import Line

_PAPER_ALONE = re.compile(r"^[《〈【\[]?株洲(?:日[报報]|晚[报報])[》〉】\]]?$")


def mark(lines: list[Line]) -> None:
    """Mark each later `株洲日报` line over a date line as the masthead (the date line too, unless the
    rendition pass already read it as the page's header: it then gives the page and section)."""
    for line, below in pairwise(lines):
        if line.kind == "masthead" or not _PAPER_ALONE.match("".join(line.text.split())):
            continue
        if below.kind == "section" and is_date_line(below.raw.strip()):
            line.kind = "masthead"
        elif is_date_line(below.text):
            line.kind = below.kind = "masthead"
