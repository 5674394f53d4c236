"""Glyphs a PDF's text layer gives without a character: `(cid:123)` and symbol-font bullets.

`pdftotext` writes a glyph its font maps to no character as `(cid:N)`; in a
headline or a byline that residue hid the title's end and the writer's name
(`株洲日报全媒体记者 何(cid:27)璐` was no byline at all). Such a glyph carries
no text a reader can see, so it is taken out. A symbol font (Wingdings,
Symbol) maps its bullets into the private use area at U+F020-U+F0FF: set at a
line's start (`\\uf06c炎陵：黄桃深加工项目投产`) that glyph is the page's box
mark and is read as `■`, which the parser already knows over a brief's title
(zzreader/core/box_dress.py). Other private-use characters (a rare name's
character in the GBK user area) stay as they are; lines never change in number.
"""

from __future__ import annotations

import re

_CID = re.compile(r"\(cid:\d{1,5}\)")
_SYMBOL_BULLET = re.compile(r"^([ \t\u3000]*)[\uf020-\uf0ff](?=[ \t\u3000]*[^\s\uf020-\uf0ff])", re.MULTILINE)


def fold(text: str) -> tuple[str, int]:
    """(the text with `(cid:N)` taken out and a line's leading symbol-font bullet read as '■', how many glyphs changed)."""
    if "(cid:" not in text and not re.search("[\uf020-\uf0ff]", text):
        return text, 0  # a cheap look first: almost no file has any
    text, cids = _CID.subn("", text)
    text, bullets = _SYMBOL_BULLET.subn(r"\1■", text)
    return text, cids + bullets
