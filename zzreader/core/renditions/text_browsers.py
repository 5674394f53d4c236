"""Web pages dumped by a text browser (`lynx -dump`, `w3m -dump`): link numbers, the reference list, terminal wraps.

`lynx -dump` numbers every link where it stands (`[4]第A03版：城事`,
`[6]上一版 [7]下一版`) and lists the addresses after the page under
`References` (`   4. https://…/node_3.htm`); both browsers wrap the text at
the terminal's width (about 79 columns, a Chinese character two), so each
paragraph of an e-paper page comes out cut every 36 to 39 characters, mid-word.
Read as they stand, the numbers hid the page line (the file was no scrape),
the addresses ran on in the last story, and each cut line was a paragraph.
The numbers come off the lines, the reference list stays in `unassigned`, and
in an e-paper page a line that fills the terminal's width without ending a
sentence goes on in the line under it.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text_width import width as display_width
from .model import SourceLine

_REF_HEAD = re.compile(r"^\s*(?:References|Visible links|Hidden links)\s*$")
_REF = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|ftp|file|mailto):\S*\s*$")
_LINK_NO = re.compile(r"\[(\d{1,4})\]")
_STOP = "。！？!?”』」）)"
TERMINAL = (64, 80)  # the display widths a terminal's wrap falls at
MIN_FULL = 3


def rewrite(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines without lynx's link numbers and the numbers of the reference list's lines (they become blank
    here and stay in `unassigned`); None when the file has no reference list."""
    head = next((k for k, r in enumerate(raw_lines) if "References" in r or "links" in r and _REF_HEAD.match(r)), None)
    if head is None or not _REF_HEAD.match(raw_lines[head]):
        return None
    refs = [k for k in range(head + 1, len(raw_lines)) if _REF.match(raw_lines[k])]
    if not refs or any(raw_lines[k].strip() and not _REF.match(raw_lines[k]) for k in range(head + 1, len(raw_lines))):
        return None
    count = len(refs)
    out = [_LINK_NO.sub(lambda m: "" if int(m.group(1)) <= count else m.group(0), r) if k < head else "" for k, r in enumerate(raw_lines)]
    warnings.append(f"已移除文本浏览器的 {count} 个链接编号及地址列表 / Dropped a text browser's {count} link number(s) and its list of addresses.")
    return out, [k + 1 for k in range(head, len(raw_lines)) if raw_lines[k].strip()]


def unwrap(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """A line cut at the terminal's width (it fills the width and ends no sentence) joined to the line under it."""
    widths = [display_width(line.text.rstrip()) if not line.kind else 0 for line in lines]
    full = Counter(w for w, line, nxt in zip(widths, lines, lines[1:])
                   if TERMINAL[0] <= w <= TERMINAL[1] and not nxt.gap and line.text.rstrip()[-1:] not in _STOP)
    if not full:
        return lines
    width = max(full, key=lambda w: (full[w] + full[w - 1], w))  # the terminal's width: a wide character may stop a cell short
    at_width = full[width] + full[width - 1]
    longer = sum(1 for w in widths if w > TERMINAL[1])  # a scrape's paragraphs run past any terminal; a dump's never do
    if at_width < MIN_FULL or longer > at_width:
        return lines
    out: list[SourceLine] = []
    joined = 0
    for line, w in zip(lines, widths):
        prev = out[-1] if out else None
        if (prev is not None and not line.gap and not line.kind and not prev.kind and prev.end == line.no - 1
                and prev.text.rstrip()[-1:] not in _STOP and width - 2 <= display_width(prev.text.rstrip()) <= width):
            prev.text = prev.text.rstrip() + line.text.strip()
            prev.end = line.end
            joined += 1
        else:
            out.append(line)
    if joined:
        warnings.append(f"已合并 {joined} 处按终端宽度断开的行 / Joined {joined} line(s) cut at a terminal's width.")
    return out
