"""RSS and Atom feeds of the day's articles, read as the HTML export they carry.

Some archives saved the paper's feed instead of its pages: a `<channel>` (or
`<feed>`) of `<item>`s (`<entry>`s), each with a `<title>`, a `<pubDate>`
(`<published>`, `<updated>`) and its text as HTML inside `<description>` or
`<content:encoded>`, often in `<![CDATA[…]]>` or escaped once (`&lt;p&gt;`).
Each line is rewritten in place, so line numbers stay: an item's title becomes
an `<h2>` headline, its writer (`<dc:creator>`, `<author>`) a paragraph
where a byline stands, its HTML text is unwrapped, everything else (channel
title, links, ids, dates) becomes an empty tag, which the Markdown/HTML
reading keeps as unassigned. The items' publication date dates the issue.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from email.utils import parsedate_to_datetime

_FEED = re.compile(r"<\s*(?:rss\b|feed\b[^>]*xmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom)", re.I)
_ITEM_OPEN = re.compile(r"<\s*(?:item|entry)\b[^>]*>", re.I)
_ITEM_CLOSE = re.compile(r"<\s*/\s*(?:item|entry)\s*>", re.I)
_TITLE = re.compile(r"<\s*title\b[^>]*>(.*?)<\s*/\s*title\s*>", re.I | re.S)
_BODY_OPEN = re.compile(r"<\s*(description|content:encoded|content|summary)\b[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"<\s*/\s*(?:description|content:encoded|content|summary)\s*>", re.I)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_WHEN = re.compile(r"<\s*(pubDate|published|updated|dc:date)\b[^>]*>(.*?)<\s*/\s*\1\s*>", re.I)
# '<link>https://…</link>' (RSS) or '<link href="https://…"/>' (Atom)
_LINK = re.compile(r"<\s*link\b(?:[^>]*\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*/?>|[^>]*>([^<]*)<\s*/\s*link\s*>)", re.IGNORECASE)
# '<dc:creator>株洲日报全媒体记者 邓勇</dc:creator>', RSS's '<author>zzrb@… (邓勇)</author>', Atom's '<name>邓勇</name>'
_CREATOR = re.compile(r"<\s*(dc:creator|author|name)\b[^>]*>(.*?)<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_MAIL = re.compile(r"(?<!\S)\S+@\S+")  # a word with an '@' inside, tried from its start only (from each character: quadratic)
_HAN = re.compile(r"[\u3400-\u9fff]")
EMPTY = "<span></span>"  # a line of feed furniture: only a tag, so the HTML reading keeps it unassigned


def looks_like(texts: list[str]) -> bool:
    """An RSS or Atom document: its root element within the first lines."""
    return any("<" in t and _FEED.search(t) for t in texts[:8])  # a tag on the line first: most files have none


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], str | None] | None:
    """(the lines rewritten as HTML, the items' publication date) for a feed, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    days: Counter[dt.date] = Counter()
    in_item = in_body = False
    items = 0
    link: int | None = None  # the open item's link line, its only text when it carries none
    bodied = False
    for text in texts:
        if not text.strip():
            out.append(text)
            continue
        if _ITEM_OPEN.search(text) and not in_body:
            in_item, items, link, bodied = True, items + 1, None, False
        line = _rewrite_line(text, in_item, in_body)
        if in_item and link is None and _LINK.search(text):
            link = len(out)
        bodied = bodied or (in_item and bool(_BODY_OPEN.search(text)))
        if in_item and (when := _WHEN.search(text)) and (day := _day(when.group(2))):
            days[day] += 1
        if _BODY_OPEN.search(text) and not _BODY_CLOSE.search(text):
            in_body = True
        elif in_body and _BODY_CLOSE.search(text):
            in_body = False
        out.append(line)
        if _ITEM_CLOSE.search(text) and not in_body:
            in_item = False
            if link is not None and not bodied:
                out[link] = _link_text(texts[link])
    warnings.append(f"已按 RSS/Atom 订阅读取 {items} 篇 / Read an RSS/Atom feed of {items} item(s).")
    date = days.most_common(1)[0][0].isoformat() if days else None
    return out, date


def _rewrite_line(text: str, in_item: bool, in_body: bool) -> str:
    if in_body and not _BODY_CLOSE.search(text):
        return _unwrap_html(text)  # a line of the item's HTML text
    if in_item and (m := _BODY_OPEN.search(text)):
        inner = text[m.end():]
        inner = _BODY_CLOSE.split(inner, maxsplit=1)[0]
        return _unwrap_html(inner) or EMPTY
    if in_body:
        return _unwrap_html(_BODY_CLOSE.split(text, maxsplit=1)[0]) or EMPTY
    if in_item and (m := _TITLE.search(text)):
        title = _unwrap_html(m.group(1)).strip()
        return f"<h2>{title}</h2>" if title else EMPTY
    if in_item and (m := _CREATOR.search(text)) and _HAN.search(m.group(2)):
        return f"<p>{_credit(m.group(2))}</p>"  # the item's writer: its byline
    return EMPTY  # <channel>, <link>, <guid>, <pubDate>, the feed's own title: no article's text


def _link_text(text: str) -> str:
    """An item without a description: its address is all the text it has (a paragraph, so the title is an article)."""
    m = _LINK.search(text)
    address = (m.group(1) or m.group(2) or "").strip() if m else ""
    return f"<p>{html.escape(address)}</p>" if address else EMPTY


def _credit(value: str) -> str:
    """A creator's words without a mail address or the brackets RSS sets the name in."""
    words = _MAIL.sub("", re.sub(r"<[^>]*>", "", _CDATA.sub("", value))).strip()
    return html.escape(words[1:-1].strip() if words[:1] in "(（" and words[-1:] in ")）" else words, quote=False)


def _unwrap_html(text: str) -> str:
    """The HTML inside CDATA, or escaped once ('&lt;p&gt;'), as HTML."""
    text = _CDATA.sub("", text)
    if "&lt;" in text:
        text = html.unescape(text)
    return text.strip()


def _day(value: str) -> dt.date | None:
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date()  # 'Wed, 30 Jul 2025 07:30:00 +0800'
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.date.fromisoformat(value[:10])  # '2025-07-30T07:30:00+08:00'
    except ValueError:
        return None
