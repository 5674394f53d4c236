"""Quote boxes (代表委员说, 市民声音): a speaker's name and standing, then what they said.

A 两会 page sets a box of short quotes: `赵某某　市人大代表、某公司董事长` on
one line, `“希望……”` on the next, entry after entry. The speaker's line is
short and has no stop, so each read as the headline of an article of one
quote. A run of two entries or more is one box: the speakers' lines are read
as text of the box (under its own title), never as headlines. The lines keep
their numbers and their words.
"""

from __future__ import annotations

import re

from .model import SourceLine

# '赵文斌　市人大代表、醴陵市某陶瓷公司董事长', '■林秀英（市政协委员、市中心医院护理部主任）'
_SPEAKER = re.compile(
    r"^\s*[■□●◆▲]?\s*[\u4e00-\u9fff]{2,4}(?:[\u3000 \t]+|[（(])"
    r"(?=[^“”。！？]{0,36}(?:代表|委员|书记|主任|董事长|总经理|经理|局长|校长|院长|会长|厂长|村民|市民|居民|教师|医生|工程师|负责人|创始人))"
    r"[^“”。！？]{2,36}[)）]?\s*$"
)
_QUOTE_OPEN = ("“", "「", "\"", "‘")
MIN_ENTRIES = 2


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Read the speakers' lines of each box of two quotes or more as text."""
    entries = [i for i in range(len(lines) - 1) if _entry_at(lines, i)]
    if len(entries) < MIN_ENTRIES:
        return
    boxes = 0
    run: list[int] = []
    for i in [*entries, len(lines) + 10]:  # a last index far past the end closes the last run
        if run and i - run[-1] <= 3:  # the next speaker within a quote of two lines or so
            run.append(i)
            continue
        if len(run) >= MIN_ENTRIES:
            for k in run:
                lines[k].kind = "p"
            boxes += 1
        run = [i]
    if boxes:
        warnings.append(f"已将 {boxes} 组引语框的发言人读作正文 / Read the speakers of {boxes} quote box(es) as text.")


def _entry_at(lines: list[SourceLine], i: int) -> bool:
    """A speaker's line, with no kind yet, over a line that opens on a quote mark."""
    line, nxt = lines[i], lines[i + 1]
    return not line.kind and nxt.gap <= 1 and nxt.text.lstrip(" \u3000").startswith(_QUOTE_OPEN) and bool(_SPEAKER.match(line.text))
