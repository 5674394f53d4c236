"""A man page as `man` prints it to a file: its running head and foot, the text set in from a margin.

Formatted for a terminal, a page opens on its head (`株洲日报(7)   A03 城事   株洲日报(7)`: its name
and section at both ends, the manual in the middle), sets each section's title at the left edge and
its text seven columns in, wrapped at the terminal's width, and closes on its foot (`株洲日报社   2026-12-02
株洲日报(7)`: the source, the day, the name again). Read as text, the head became the first story's
headline and the page had no date. The head is rewritten as a running head of the foot's day and its manual (`2026年12月2日　A03 城事`),
the foot as its source, line for line; the wrapped text is then read as PDF text is.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"^(\S+)\((\d\w*)\)\s{2,}(\S.*?)\s{2,}\1\(\2\)\s*$")
MAX_LINE = 200  # a head or foot fits a terminal's line: longer lines are not tried (their gaps would be tried every way)
_FOOT = re.compile(r"^(\S.*?)\s{2,}((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s{2,}(\S+)\((\d\w*)\)\s*$")


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines with the head as the page's label and the foot as its day; no date of its own), or None."""
    heads = [k for k, text in enumerate(texts) if "(" in text and len(text) <= MAX_LINE and _HEAD.match(text)]
    feet = [k for k, text in enumerate(texts) if "(" in text and len(text) <= MAX_LINE and _FOOT.match(text)]
    if not heads or not feet:
        return None
    out = list(texts)
    foot = _FOOT.match(texts[feet[0]])
    day = f"{foot.group(2)}年{int(foot.group(3))}月{int(foot.group(4))}日"
    for k in heads:
        out[k] = f"{day}\u3000{_HEAD.match(texts[k]).group(3).strip()}"  # '2026年12月2日　A03 城事': a running head
    for k in feet:
        out[k] = _FOOT.match(texts[k]).group(1).strip()  # the source ('株洲日报社'): the page's imprint
    warnings.append("已按 man 输出的手册页读取：页眉为版面，页脚为日期 / "
                    "Read a formatted man page: its head names the page, its foot gives the day.")
    return out, None
