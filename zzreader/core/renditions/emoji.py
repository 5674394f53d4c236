"""Emoji and arrows that lead a line in text copied from the paper's app or its public account.

New-media copies dress lines up: `📍 A03 城事` over the page, `✍️ 记者 某某`
for the byline, `▶ 8月6日晚，…` before each paragraph, `📷 记者 某某 摄` for
the photo credit. The marks are decoration; the line under them is the page
label, the byline, the paragraph or the credit it would be without them. Box
marks that mean something in print (`■ □ ● ◆ ★`) are left alone
(`zzreader/core/box_dress.py`, `zzreader/core/bylines.py`).
"""

from __future__ import annotations

import re

from .model import SourceLine

# pictographs, dingbats such as ✍ ✅ ✨, arrows and pointing hands, with variation selectors and joiners
_MARKS = (
    "\U0001F300-\U0001FAFF\U0001F000-\U0001F2FF\u2700-\u27BF\u2600-\u2604\u2607-\u26FF\u2B50\u2B06\u2B07\u2B05\u27A1"
    "\u25B6\u25BA\u25B7\u27A4\u27A2\u279C\u2192\u21D2\u21E8\uFE0F\uFE0E\u200D\u20E3"
)
_LEADING = re.compile(rf"^([\s\u3000]*)[{_MARKS}]+[\s\u3000]*")
_LED = re.compile(rf"(?m)^[ \t\u3000]*[{_MARKS}]")


def strip(lines: list[SourceLine], warnings: list[str]) -> None:
    """Take the decoration off the front of each line; the source keeps it."""
    changed = 0
    if not _LED.search("\n".join(line.text for line in lines)):
        return  # one search over the whole file first: almost no line leads with a mark
    marks = [_mark(line) for line in lines]
    for k, line in enumerate(lines):
        if not marks[k]:
            continue
        bare = _LEADING.sub(r"\1", line.text)
        if bare != line.text and bare.strip():
            line.source = line.source or line.text
            line.text = "• " + bare.strip() if _bullet(lines, marks, k) else bare
            changed += 1
    if changed:
        warnings.append(f"已去掉 {changed} 行行首的表情符号和箭头 / Took emoji and arrows off the start of {changed} line(s).")


_BULLET_MAX = 40  # a list item is a short line; a headline between paragraphs may carry the same mark


def _mark(line: SourceLine) -> str:
    """The emoji or arrow that leads the line ('' for none)."""
    first = line.text.lstrip(" \u3000")[:1]
    if line.kind or not first or not (0x2190 <= ord(first) < 0x2E80 or ord(first) >= 0x1F000):
        return ""  # a cheap look first: Chinese, Latin and punctuation lead almost every line
    m = _LEADING.match(line.text)
    return m.group(0).strip() if m else ""


def _bullet(lines: list[SourceLine], marks: list[str], k: int) -> bool:
    """The same pictograph leads a line next to it (no blank line between), both short: a list's bullets
    ('🔸 …' / '🔸 …'), kept as items; a headline dressed with a mark stands between paragraphs."""
    if len(lines[k].text.strip()) > _BULLET_MAX or ord(marks[k][0]) < 0x1F000:
        return False  # an arrow ('▶6月25日，…') leads a paragraph or a brief, however short a wrap left it
    before = k > 0 and not lines[k].gap and marks[k - 1] == marks[k] and len(lines[k - 1].text.strip()) <= _BULLET_MAX
    after = k + 1 < len(lines) and not lines[k + 1].gap and marks[k + 1] == marks[k] and len(lines[k + 1].text.strip()) <= _BULLET_MAX
    return before or after
