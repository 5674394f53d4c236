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

from ..next_found import next_found as _next
from .feeds import EMPTY

_CODE = re.compile(r"\[/?(?:b|i|u|s|size|color|font|align|url|img|quote|code|hr|list|\*|attach|backcolor|p|indent)(?:=[^\]\n]{0,80})?\]", re.IGNORECASE)
# a code opened (looked for at every '[', as a search would) and a code closed: paired when one closes after it opened
# (one pattern '\[(b|…)\].*?\[/\1\]' read every unclosed '[b]' to the line's end: 20,000 of them took 27 s)
_OPENED = re.compile(r"(?=(\[(b|size|color|font|align|url|img|quote)(?:=[^\]\n]{0,80})?\]))", re.IGNORECASE)
_CLOSED = re.compile(r"\[/(b|size|color|font|align|url|img|quote)\]", re.IGNORECASE)
MIN_PAIRED = 2  # lines with a code opened and closed: one '[1]' or '[图]' makes no forum post
_PICTURE = ("img", "attach")  # a picture or an attachment: no words
_LINK = ("url",)  # a link: its words stay
_TAGS = {"b": "strong", "i": "em", "quote": "blockquote"}
_KEPT = re.compile(r"\[(/?)(b|i|quote)\]", re.IGNORECASE)
_HR = re.compile(r"\[hr\]", re.IGNORECASE)


def looks_like(texts: list[str]) -> bool:
    """Two or more lines with a BBCode opened and closed on them."""
    return sum(1 for t in texts[:400] if "[/" in t and _paired(t)) >= MIN_PAIRED


def _paired(text: str) -> bool:
    """A code opened and the same code closed after it ('[b]标题[/b]'), in one pass over the line."""
    first_end: dict[str, int] = {}
    for m in _OPENED.finditer(text):
        first_end.setdefault(m.group(2).lower(), m.end(1))
    return any(m.start() >= first_end.get(m.group(1).lower(), len(text) + 1) for m in _CLOSED.finditer(text))


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as HTML, one paragraph a line; no date of its own) for a BBCode post, else None."""
    if not looks_like(texts):
        return None
    out = [_line(text) if text.strip() else text for text in texts]
    warnings.append("已按论坛 BBCode 读取 / Read a forum post's BBCode.")
    return out, None


def _line(text: str) -> str:
    text = _unpair(_unpair(text, _PICTURE, keep=False), _LINK, keep=True)
    if _HR.search(text) and not _HR.sub("", text).strip():
        return "<hr>"
    escaped = html.escape(text, quote=False)
    kept = _KEPT.sub(lambda m: f"<{m.group(1)}{_TAGS[m.group(2).lower()]}>", escaped)
    plain = _CODE.sub("", kept).strip()
    if not plain:
        return EMPTY
    return plain if plain.startswith(("<blockquote>", "</blockquote>")) else f"<p>{plain}</p>"


def _unpair(text: str, names: tuple[str, ...], keep: bool) -> str:
    """Each code of `names` opened, up to its first closing code, cut out (`keep`: its words stay).

    What '\\[(img)(?:=[^\\]]*)?\\].*?\\[/\\1\\]' removes, left to right, but
    each look for a ']' or a closing code goes on from the last one found:
    the pattern read every unclosed '[img]' to the line's end (quadratic).
    """
    out: list[str] = []
    done = at = 0
    found: dict[str, int] = {}  # the last ']' or closing code found (-1: none after it), by what was looked for
    opening = re.compile(rf"\[({'|'.join(names)})([=\]])", re.IGNORECASE)
    while m := opening.search(text, at):
        name = m.group(1).lower()
        end = m.end() if m.group(2) == "]" else _next(text, "]", m.end(), found) + 1
        if end <= 0:
            break  # no ']' after it: no code opens any more
        close = _next(text, f"[/{name}]", end, found)
        if close < 0:  # never closed after this one: no later one closes either
            names = tuple(n for n in names if n != name)
            if not names:
                break
            opening = re.compile(rf"\[({'|'.join(names)})([=\]])", re.IGNORECASE)
            at = m.start() + 1
            continue
        out.append(text[done:m.start()])
        if keep:
            out.append(text[end:close])
        done = at = close + len(name) + 3
    out.append(text[done:])
    return "".join(out)


