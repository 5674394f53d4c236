"""A Founder (方正) e-paper system's XML export of a page: `<founder-title>`, `<founder-author>`, `<founder-content>`.

The paper's e-paper system exports each page as XML: the page's code, name
and date (as attributes or elements), then one element per article holding
its kicker, title, subtitle, author and text (`<p>` paragraphs, or the text in
`<![CDATA[…]]>` over several lines). Read as Markdown/HTML the tags were
stripped but the page's date and the page itself were lost; read as a dump
the XML declaration became a headline and nothing else was found. Each line is
rewritten in place, so line numbers stay: a title, kicker or subtitle
becomes its words on its own line, the author a meta line (`作者：…`), a paragraph its text, the page its page
line (`第A05版：民生`), and every other element an empty line; the result is
read as an e-paper scrape and the page's date dates the issue.
"""

from __future__ import annotations

import html
import re

# an export's own elements: the XML declaration or a Founder container ('<founder-article>', '<founder-item>', …)
_ROOT = re.compile(r"<\?xml\b|<\s*founder-(?:export|doc|page|item|article)\b", re.I)
# a web page's layout: a page that sets Founder's fields in its table cells is HTML, read as Markdown/HTML
_WEB = re.compile(r"<\s*(?:html|body|div|head|table|tr|td|span|font|center)\b", re.I)
# '<founder-title>…</founder-title>', with or without CDATA
_FIELD = re.compile(r"<\s*founder-(introtitle|title|subtitle|author|pagename|pagenum|date)\s*>(.*?)<\s*/\s*founder-\1\s*>", re.I)
_CONTENT_OPEN = re.compile(r"<\s*founder-content\s*>", re.I)
_CONTENT_CLOSE = re.compile(r"<\s*/\s*founder-content\s*>", re.I)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_TAG = re.compile(r"<[^>]*>")
# '<founder-page pageno="A05" pagename="民生">': the page's code, then its name, inside the element's tag (`page_attrs`)
_PAGE_OPEN = re.compile(r"<\s*founder-page\b", re.I)
_PAGE_NO = re.compile(r"\bpage(?:no|num)\s*=\s*[\"']([A-Za-z]?\d{1,2})[\"']", re.I)
_PAGE_NAME = re.compile(r"\bpagename\s*=\s*[\"']", re.I)
_VALUE = re.compile(r"([^\"']+)[\"']")
_DATE_ATTR = re.compile(r"\bdate\s*=\s*[\"']((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})[\"']")
_DATE = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*$")
MAX_FIELD = 2000


def looks_like(raw_lines: list[str]) -> bool:
    """An XML declaration or Founder's container elements near the top, Founder's fields, and no web page round
    them (a page that sets `<founder-title>` in its table cells is a web page, read as Markdown/HTML)."""
    head = raw_lines[:40]
    return (any(_ROOT.search(r) for r in head) and any("founder-title" in r.lower() for r in raw_lines[:200])
            and not any(_WEB.search(r) for r in raw_lines[:200]))


def rewrite(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], str | None, list[int]] | None:
    """The lines as an e-paper scrape would print them, the page's date and the numbers of the lines that were
    only markup (they stay in `unassigned` as printed); None for any other file."""
    if not looks_like(raw_lines):
        return None
    out: list[str] = []
    date: str | None = None
    page_code = ""
    inside = False
    for raw in raw_lines:
        text = raw
        if (m := _DATE_ATTR.search(raw)) and date is None:
            date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if (attrs := page_attrs(raw)) is not None:
            out.append(f"第{attrs[0]}版：{attrs[1]}")
            continue
        if len(raw) <= MAX_FIELD and (field := _FIELD.search(raw)) is not None:  # a field is short: no scan of a long line per tag
            kind, value = field.group(1).lower(), _words(field.group(2))
            if kind == "date" and (d := _DATE.match(value)):
                date = date or f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
                value = ""
            elif kind == "pagenum":
                page_code, value = value, ""
            elif kind == "pagename":
                value = f"第{page_code}版：{value}" if page_code and value else ""
            elif kind == "author" and value:
                value = f"作者：{value}"  # the author element is the page's meta field, as a scrape prints it
            out.append(value)
            continue
        opens, closes = _CONTENT_OPEN.search(raw), _CONTENT_CLOSE.search(raw)
        if opens:
            inside = True
        if inside or "<p" in raw or "<P" in raw:
            text = _words(raw, keep_indent=True)  # '<p>…</p>': the tags go with every other tag
        else:
            text = ""
        if closes:
            inside = False
        out.append(text)
    warnings.append("已按方正电子报 XML 导出解析 / Read as a Founder e-paper XML export.")
    markup_only = [no for no, (raw, text) in enumerate(zip(raw_lines, out), 1) if raw.strip() and not text.strip()]
    return out, date, markup_only


def page_attrs(raw: str) -> tuple[str, str] | None:
    """(code, name) of the first `<founder-page>` whose tag gives a page code and then a page name.

    Each is looked for inside its tag (before the next '>'; the name's value may run past it), each tag once: read by
    one pattern from every '<founder-page', 2,000 of them with a code and no '>' ran past 200 s (the cube, hardening
    round 38). A tag that lacks them leaves every '<founder-page' before its '>' without them.
    """
    last_quote = max(raw.rfind('"'), raw.rfind("'"))
    searched_to = -1
    for opened in _PAGE_OPEN.finditer(raw):
        if opened.start() < searched_to:
            continue  # inside a tag already read: no code and name after this start either
        tag_end = raw.find(">", opened.end())
        searched_to = tag_end = len(raw) if tag_end < 0 else tag_end
        code = _PAGE_NO.search(raw, opened.end(), tag_end)
        if code is None:
            continue
        for name in _PAGE_NAME.finditer(raw, code.end(), tag_end):
            if (value := _VALUE.match(raw, name.end(), last_quote + 1)) is not None:
                return code.group(1), value.group(1)
    return None


def _words(fragment: str, keep_indent: bool = False) -> str:
    """The text of an element: CDATA marks and tags out, entities decoded; a '<' with no '>' after it stays (each
    such '<' was read to the line's end: 100,000 of them grew with the square)."""
    fragment = _CDATA.sub("", fragment)
    cut = fragment.rfind(">") + 1
    text = html.unescape(_TAG.sub("", fragment[:cut]) + fragment[cut:])
    return text.rstrip() if keep_indent else text.strip()
