"""A Logseq page: an outline where every paragraph is a bullet, and the page's properties above it.

Logseq keeps a page as Markdown whose every block is a list item, nested by
tabs ('- ## 标题', '\t- 本报讯（记者…）…'), with `key:: value` properties at
the top of the page (`title::`, `date:: [[2026-08-05]]`, `tags::`) and under
blocks (`collapsed:: true`, `id:: 64f…`). Read as Markdown, the whole page is
one list. Each line is rewritten in place, as a feed's are (renditions/feeds.py):
a bullet becomes its own paragraph or heading in HTML tags, so no two blocks
run together and no bullet is a list item; a property line becomes an empty
tag the Markdown/HTML reading keeps as unassigned. The page's `date::` dates it.
"""

from __future__ import annotations

import html
import re

from .feeds import EMPTY
from .front_dates import value_date

_PROPERTY = re.compile(r"^\s*([A-Za-z][\w-]*)::\s?(.*)$")
_BULLET = re.compile(r"^[\t ]*-\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
_PAGE_LINK = re.compile(r"\[\[([^\[\]]+)\]\]")
MIN_BULLETS = 0.6  # without page properties: most lines are bullets, some nested by tabs


def looks_like(texts: list[str]) -> bool:
    """Page properties on the first line, or an outline of tab-nested bullets with a heading among them."""
    body = [t for t in texts if t.strip()]
    if not body:
        return False
    if "::" in body[0] and _PROPERTY.match(body[0]) and not body[0].lstrip().startswith(("http", "<")):
        return any(_BULLET.match(t) for t in body)
    if not any(t.startswith("\t") and _BULLET.match(t) for t in body):
        return False  # a cheap look first: no bullet nested by a tab (most files)
    headed = any((m := _BULLET.match(t)) and _HEADING.match(m.group(1)) for t in body)
    return headed and sum(1 for t in body if _BULLET.match(t)) >= len(body) * MIN_BULLETS


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], str | None] | None:
    """(the lines rewritten as HTML blocks, the page's date) for a Logseq page, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    date = None
    head = [t for t in texts[:12] if _PROPERTY.match(t)]
    for text in texts:
        if not text.strip():
            out.append(text)
        elif m := _PROPERTY.match(text):
            if m.group(1).lower() in ("date", "published", "issue-date") and date is None:
                date = value_date(_PAGE_LINK.sub(r"\1", m.group(2)), head)
            out.append(EMPTY)  # 'tags:: 剪报', 'collapsed:: true': the page's or a block's properties
        else:
            out.append(_block(text))
    warnings.append("已按 Logseq 大纲读取，每个条目一段 / Read a Logseq outline, one paragraph a bullet.")
    return out, date


def _block(text: str) -> str:
    m = _BULLET.match(text)
    inner = (m.group(1) if m else text).strip()
    if h := _HEADING.match(inner):
        level = len(h.group(1))
        return f"<h{level}>{html.escape(h.group(2).strip(), quote=False)}</h{level}>"
    return f"<p>{html.escape(inner, quote=False)}</p>" if inner else EMPTY
