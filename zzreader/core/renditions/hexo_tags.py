"""Hexo's tag plugins in a blog post of clippings: '{% blockquote 作者 %}' … '{% endblockquote %}', '{% asset_img … %}'.

A Hexo blog keeps clipped stories as Markdown with its own tags on lines of their own: a quote block
whose arguments name who is quoted (a clipper sets the story's byline there), a post's picture with its
caption after the file name, notes and raw blocks. Read as they stand, the braces made each tag a line
of text and hid the byline in the quote's opening tag. A quote's or picture's words stay (the byline,
the caption); every other tag line carries no text and goes to furniture (nothing is lost), and inline
'{% raw %}' marks come off.
"""

from __future__ import annotations

import re

from .model import SourceLine

# '{% name args %}' alone on its line; the arguments end on a non-space, so a run of spaces after them is read once
# (read lazily, '%}' was tried after each of its spaces: growing with the square)
_TAG_LINE = re.compile(r"^\s*\{%-?\s*([A-Za-z_]\w*)\b\s*+((?:.*?\S)??)\s*+-?%\}\s*$")
_RAW_MARK = re.compile(r"\{%-?\s*(?:raw|endraw)\s*-?%\}")
_QUOTES = frozenset({"blockquote", "quote"})
_PICTURES = frozenset({"asset_img", "img", "image"})
_HAN = re.compile(r"[\u3400-\u9fff]")


def strip(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with Hexo's tag lines read as their words or moved to `furniture`."""
    if not any("{%" in line.text for line in lines):
        return lines  # a cheap look first: most files hold none
    out: list[SourceLine] = []
    changed = 0
    for line in lines:
        m = _TAG_LINE.match(line.text) if "{%" in line.text else None
        if m is None:
            if "{%" in line.text and _RAW_MARK.search(line.text):
                line.text = _RAW_MARK.sub("", line.text)
                changed += 1
            out.append(line)
            continue
        changed += 1
        words = _words(m.group(1).lower(), m.group(2))
        if words:
            line.text = words
            out.append(line)
        else:
            furniture.append(line)
    if changed:
        warnings.append(f"已整理 {changed} 行 Hexo 标签 / Read {changed} line(s) of Hexo tag plugins.")
    return out


def _words(name: str, args: str) -> str:
    """What a tag says a reader reads: a quote's author line, a picture's caption; else nothing."""
    if name in _QUOTES:
        return args.split(",")[0].strip() if _HAN.search(args) else ""
    if name in _PICTURES:
        parts = args.split(None, 1)
        return parts[1].strip().strip("'\"") if len(parts) == 2 and _HAN.search(parts[1]) else ""
    return ""
