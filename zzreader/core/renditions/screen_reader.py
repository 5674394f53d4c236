"""A screen reader's speech log (NVDA's Speech Viewer): each spoken element a line, led by its role.

A blind reader's copy of an e-paper page keeps what the screen reader said: '标题 级别 2  醴陵市…'
(a heading and its level), '链接  上一篇' (a link), '图形  比赛现场' (a picture's text), '列表 3 项' /
'项目符号  …' / '退出列表' (a list), '文档' and the browser window's title. Read as text, every headline
kept its role words, so none was a headline. The role words come off: a heading's line is its words,
a list item a '• ' item; roles that carry no story (links, pictures, list bounds, the document and the
window's title) are blanked before the rendition is detected and kept as unassigned, in the shape chat
exports take (renditions/chat_export.py).
"""

from __future__ import annotations

import re

# the role words, two spaces or more, and what was spoken, to its last non-space: the run of spaces after it is read
# once (read lazily, the tail was tried from each of its spaces: a heading and 8,000 spaces 0.36 s, growing with the square)
_ROLE = re.compile(
    r"^\s*(?:(?P<heading>标题\s*级别\s*\d|heading\s+level\s+\d)"
    r"|(?P<item>项目符号|bullet)"
    r"|(?P<chrome>链接|已访问\s*链接|图形|图像|按钮|link|visited\s+link|graphic|button))\s{2,}(?P<text>\S(?:.*?\S)??)\s*+$",
    re.IGNORECASE,
)
_BARE = re.compile(r"^\s*(?:列表\s*\d+\s*项|退出列表|文档|list\s+with\s+\d+\s+items|out\s+of\s+list|document)\s*$", re.IGNORECASE)
_WINDOW = re.compile(r"\s-\s(?:Google Chrome|Microsoft\u200b? Edge|Mozilla Firefox|Internet Explorer|Firefox)\s*$")
MIN_HEADINGS = 2
MIN_ROLES = 4


def unwrap(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], list[int], None] | None:
    """(the lines without their role words and chrome blanked, the blanked lines' numbers, no date), or None."""
    roles = [_ROLE.match(text) if "  " in text else None for text in raw_lines]
    headings = sum(1 for m in roles if m and m.group("heading"))
    if headings < MIN_HEADINGS or sum(1 for m in roles if m) + sum(1 for t in raw_lines if _BARE.match(t)) < MIN_ROLES:
        return None
    out: list[str] = []
    blanked: list[int] = []
    for no, (text, m) in enumerate(zip(raw_lines, roles, strict=True), 1):
        if m is not None and not m.group("chrome"):
            out.append(("• " if m.group("item") else "") + m.group("text"))
        elif m is not None or _BARE.match(text) or (no <= 2 and _WINDOW.search(text)):
            out.append("")
            blanked.append(no)
        else:
            out.append(text)
    warnings.append(f"已按读屏软件的朗读记录读取，去掉角色词，{len(blanked)} 行链接、图形和列表边界不算正文 / Read as a screen "
                    f"reader's speech log: took the role words off; {len(blanked)} link, graphic and list line(s) are no article.")
    return out, blanked, None
