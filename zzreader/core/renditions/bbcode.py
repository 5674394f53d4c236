"""A forum post saved as its BBCode: '[size=5][b]标题[/b][/size]', '[img]…[/img]', '[quote]…[/quote]'.

Discuz!, phpBB and other forums keep a post in BBCode, and a post copied from
the editor, or saved by a forum backup, keeps the codes. Read raw, the
codes hid the masthead and every headline. Each line is rewritten in place,
as a feed's are (renditions/feeds.py), into the HTML the codes stand for: bold
becomes `<strong>` (a line all bold is a headline, as in any HTML export), a
quote a `<blockquote>`, a picture or an attachment nothing, and size, colour,
font and alignment, which carry no structure, go. Each line is its own
paragraph: a forum shows a line break as one.
"""

from __future__ import annotations

import html
import re

from .feeds import EMPTY

_CODE = re.compile(r"\[/?(?:b|i|u|s|size|color|font|align|url|img|quote|code|hr|list|\*|attach|backcolor|p|indent)(?:=[^\]\n]{0,80})?\]", re.IGNORECASE)
_PAIRED = re.compile(r"\[(b|size|color|font|align|url|img|quote)(?:=[^\]\n]{0,80})?\].*?\[/\1\]", re.IGNORECASE)
MIN_PAIRED = 2  # lines with a code opened and closed: one '[1]' or '[图]' makes no forum post
_DROP = re.compile(r"\[(img|attach)(?:=[^\]]*)?\].*?\[/\1\]", re.IGNORECASE)  # a picture or an attachment: no words
_URL = re.compile(r"\[url(?:=[^\]]*)?\](.*?)\[/url\]", re.IGNORECASE)
_TAGS = {"b": "strong", "i": "em", "quote": "blockquote"}
_KEPT = re.compile(r"\[(/?)(b|i|quote)\]", re.IGNORECASE)
_HR = re.compile(r"\[hr\]", re.IGNORECASE)


def looks_like(texts: list[str]) -> bool:
    """Two or more lines with a BBCode opened and closed on them."""
    return sum(1 for t in texts[:400] if "[/" in t and _PAIRED.search(t)) >= MIN_PAIRED


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as HTML, one paragraph a line; no date of its own) for a BBCode post, else None."""
    if not looks_like(texts):
        return None
    out = [_line(text) if text.strip() else text for text in texts]
    warnings.append("已按论坛 BBCode 读取 / Read a forum post's BBCode.")
    return out, None


def _line(text: str) -> str:
    text = _URL.sub(r"\1", _DROP.sub("", text))
    if _HR.search(text) and not _HR.sub("", text).strip():
        return "<hr>"
    escaped = html.escape(text, quote=False)
    kept = _KEPT.sub(lambda m: f"<{m.group(1)}{_TAGS[m.group(2).lower()]}>", escaped)
    plain = _CODE.sub("", kept).strip()
    if not plain:
        return EMPTY
    return plain if plain.startswith(("<blockquote>", "</blockquote>")) else f"<p>{plain}</p>"
