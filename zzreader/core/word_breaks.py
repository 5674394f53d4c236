"""Word's manual line break: a vertical tab ('\\v') that ends a line inside a paragraph.

Word keeps a Shift+Enter line break as U+000B, and text taken out of a
document by a macro, a PowerPoint outline or a copy into some editors keeps it
so: a headline, its byline and its lead end on '\\v', and only the paragraph
mark is a line end. A damaged file may hold a stray vertical tab, which
renditions/spaces.py reads as a space. A file that ends line after line on one
is a Word text, and every '\\v' in it is read as a line end; with one or two,
only a '\\v' a line plainly ends at is: after a closing mark ('（盖章）\\v'), or
before what opens a line (a lead's '本报讯', a byline's role, an indent, a
Markdown mark), so '湘江夜景\\v灯光改造完成' stays one headline.
"""

from __future__ import annotations

import re

MIN_BREAKS = 3  # lone vertical tabs: three or more are a document's line breaks, not damage
_LONE = re.compile(r"(?<![\v\n])\v(?![\v\n])")
_CLOSES = re.compile(r"[。！？；：）)」』”】]\s*$")
_OPENS = re.compile(
    r"\s*(?:本报|本報|株洲日[报報](?:讯|訊|全媒|记者|記者)|(?:特约|實習|实习)?记者|記者|通讯员|通訊員|□|■|◆|●|▲|#|>|[-*+] |\d+\. |=+\s*$|-{3,}\s*$)"
    r"|[\t\u3000]|  ")
_FENCE = re.compile(r"\s*-{3,}\s*")  # a front matter's fence ('---\vtitle: …'): a line of its own
WARNING = "已将 Word 手动换行符（\\v）读作换行 / Read Word's manual line breaks (\\v) as line ends."


def line_ends(text: str, warnings: list[str]) -> str:
    """`text` with Word's manual line breaks as '\\n' when it has them; the same text when not."""
    if "\v" not in text:
        return text
    if len(_LONE.findall(text)) >= MIN_BREAKS:
        warnings.append(WARNING)
        return text.replace("\v", "\n")
    read = _LONE.sub(_break, text)
    if read != text:
        warnings.append(WARNING)
    return read


def _break(m: re.Match[str]) -> str:
    """A lone '\\v' a line plainly ends at as a line end; any other stays (read as a space later)."""
    text = m.string
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    before, after = text[start : m.start()], text[m.end() : end if end >= 0 else len(text)]
    return "\n" if _CLOSES.search(before) or _FENCE.fullmatch(before) or _OPENS.match(after) else "\v"
