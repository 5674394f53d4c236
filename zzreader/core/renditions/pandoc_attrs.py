"""What pandoc's Markdown of a Word file adds round the words: attributes and fenced divs.

`pandoc -f docx -t markdown` keeps Word's formatting as Markdown extensions:
an image's size after it (`![](media/image1.jpeg){width="5.76in" height="3.24in"}`),
underlined or styled words as spans (`[金钩山小学]{.underline}`), and, with
styles kept, each styled paragraph inside a fenced div (`::: {custom-style="正文缩进"}`
… `:::`). Read as they stand, the attributes stayed in the text as words and
the fences hid the headline between them. The spans give back their words, the
attributes go, and the fence lines go to furniture (nothing is lost).
"""

from __future__ import annotations

import re

from .model import SourceLine

_ITEM = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s{}\"]+))"
# '{.underline}', '{width="5.7in" height="3.2in"}': items apart by spaces, so no run of them is read two ways
_ATTR = r"\{\s*" + _ITEM + r"(?:\s+" + _ITEM + r")*\s*\}"
_SPAN = re.compile(r"(?<!!)\[([^\[\]\n]*)\]" + _ATTR)  # '[金钩山小学]{.underline}': the words
_AFTER = re.compile(r"(?<=[)\]])" + _ATTR)  # '![](media/image1.jpeg){width=…}': the size goes
_FENCE = re.compile(r"^\s*:{3,}\s*(?:" + _ATTR + r"|[\w-]+)?\s*:*\s*$")  # '::: {custom-style="正文缩进"}', ':::'


def strip(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with pandoc's spans read as their words, attributes gone and fence lines moved to `furniture`."""
    if not any("{" in line.text or ":::" in line.text for line in lines):
        return lines  # a cheap look first: most files hold neither
    out: list[SourceLine] = []
    changed = 0
    for line in lines:
        text = line.text
        if ":::" in text and _FENCE.match(text):
            furniture.append(line)
            changed += 1
            continue
        if "{" in text and "}" in text:
            new = _AFTER.sub("", _SPAN.sub(r"\1", text))
            changed += new != text
            line.text = new
        out.append(line)
    if changed:
        warnings.append(f"已整理 {changed} 行 pandoc 属性或分块标记 / Read {changed} line(s) of pandoc attributes or fenced divs.")
    return out
