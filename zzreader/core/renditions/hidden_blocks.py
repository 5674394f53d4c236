"""HTML elements whose content no reader sees, spread over several lines.

A saved page carries its style sheet and scripts (`<style>…</style>`,
`<script>…</script>`, `<noscript>`, `<template>`) over many lines; their text
(`body { font-family: … }`, `document.write("株洲日报数字报平台")`) is no
article. Nor is a site's navigation bar (`<nav>` over `首页`, `往期回顾`,
`联系我们` links), unless it is a breadcrumb naming the date or the page,
which the e-paper reading uses. Nor is a list of links to anchors in the
page itself (`- [标题](#liling)`, `<li><a href="#a1">标题</a></li>`): an
export's table of contents, whose titles come again over their articles. Nor is a line
that is only links to other pages (a site bar, a saved e-paper page's list of
the articles on its page: `is_link_line`). An element opened and closed on one line is taken out by
`markup._HIDDEN`; this finds the lines of one that spans lines, from the line
that opens it to the line that closes it, so they become furniture (kept,
unassigned).
"""

from __future__ import annotations

import bisect
import re

_OPEN = re.compile(r"<\s*(style|script|noscript|template|nav)\b[^>]*>", re.I)
MAX_INNER = 5000  # lines a style sheet may run to (a bound: an unclosed one is followed no further)
# tags and spaces only before the opening tag ('<html><head><style>'): no visible text beside it
_TAGS_FIRST = re.compile(r"\s*(?:<(?!\s*(?:style|script|noscript|template|nav)\b)[^<>]*>\s*)*", re.IGNORECASE)
_NAV = re.compile(r"<\s*nav\b[^>]*>(.*?)<\s*/\s*nav\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
# what a breadcrumb tells: a date or a page ('2025年03月12日', '2025-03-12', '第A03版')
# (a page's spaces are tried from the run's start or its '第' only: from each space, each read the run to its end)
_TELLS = re.compile(r"\d{1,4}\s*+[年月]|\d{4}[-/.]\d{1,2}|(?:第|(?<!\s))\s*+[A-Za-z]?\d{1,2}\s*+版")


_ANCHOR_LINK = re.compile(
    r"^\s*(?:[-*+]\s*|\d{1,2}[.)]\s*)?\[[^\]]{2,80}\]\(#[^)\s]*\)\s*$"
    r"|^\s*(?:<li\b[^>]*>)?\s*<a\s[^>]*\bhref=[\"']#[^\"']*[\"'][^>]*>[^<]{2,80}</a>\s*(?:</li>)?\s*$",
    re.I,
)


# where an editor puts its table of contents: Typora's and MarkText's '[TOC]', GitLab's '[[_TOC_]]', '${toc}', '[toc]'
_TOC_MARK = re.compile(r"^\s*(?:\[TOC\]|\[\[_TOC_\]\]|\$\{toc\}|\{:toc\}|<!--\s*toc\s*-->)\s*$", re.IGNORECASE)


def is_anchor_link(text: str) -> bool:
    """A line that is only a link to an anchor in the same page (a table of contents entry), or a '[TOC]' mark."""
    if "#" not in text:
        return "toc" in text.lower() and bool(_TOC_MARK.match(text))
    return bool(_ANCHOR_LINK.match(text))


# a line of an HTML page that is only links to other pages: a saved page's site bar ('首页 | 往期回顾 | PDF下载')
# or its list of the page's articles (`<li><a href="content_218831.htm">标题</a></li>`), no one's text
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE)
_HEADING_TAG = re.compile(r"<h[1-6]\b", re.IGNORECASE)
_TITLE_OR_AUTHOR = re.compile(r"""\b(?:class|id)\s*=\s*["']?[^"'>]*(?:title|author|byline|headline)""", re.IGNORECASE)
_ROLE = re.compile(r"记者|通讯员|作者|编辑|摄影|撰稿|[文图]\s*/")
_BETWEEN_LINKS = re.compile(r"(?:&nbsp;|&#160;|[\s|｜·•/,，、\-—\[\]【】])*")


def is_link_line(text: str) -> bool:
    """Only links (and bars or spaces between them) on an HTML line that is no heading, no byline and no breadcrumb.

    A headline set as a link (`<h2><a …>标题</a></h2>`, `<td class="title"><a …>`) is a heading, a
    byline set as one (`<a …>株洲日报全媒体记者 张三</a>`) a byline; a breadcrumb ('首页 > 数字报 >
    第A03版') names the page, which the e-paper reading uses.
    """
    if "<a" not in text.lower() or _HEADING_TAG.search(text) or _TITLE_OR_AUTHOR.search(text):
        return False
    end = _last_link_end(text)
    links = _LINK.findall(text, 0, end)
    if any(_ROLE.search(_untagged(link)) for link in links):
        return False  # '<a href="/author/12">株洲日报全媒体记者 张三</a>': a byline set as a link
    outside = _untagged(_LINK.sub("", text[:end]) + text[end:])
    return bool(links) and all(_untagged(link).strip() for link in links) and _BETWEEN_LINKS.fullmatch(outside) is not None


# A link or a tag ends on the line's last '</a>' or '>': looking past it, every '<a' or '<' after it read
# the rest of the line in vain (a line of 300,000 '<a' ran for minutes).
_LINK_END = re.compile(r"</a\s*>", re.IGNORECASE)


def _last_link_end(text: str) -> int:
    end = 0
    for m in _LINK_END.finditer(text):
        end = m.end()
    return end


def _untagged(text: str, by: str = "") -> str:
    end = text.rfind(">") + 1
    return _TAG.sub(by, text[:end]) + text[end:]


def _plain_nav(inner: str) -> bool:
    """A navigation bar of links that names no date or page."""
    return not _TELLS.search(_untagged(inner, " "))


def strip_nav(text: str) -> str:
    """A line with its navigation bars taken out (breadcrumbs naming a date or page stay)."""
    if "nav" not in text.lower():
        return text
    return _NAV.sub(lambda m: "" if _plain_nav(m.group(1)) else m.group(0), text)


def spans(texts: list[str]) -> set[int]:
    """Indexes of lines inside a hidden element that spans lines (its opening and closing lines included).

    Only an element whose opening tag starts its line (after spaces and other tags) and whose
    closing tag ends its line counts, so visible text beside the tags is never
    swallowed; an element never closed hides nothing.
    """
    hidden: set[int] = set()
    if not _OPEN.search("\n".join(texts)):
        return hidden  # a cheap look first: most exports hold no such element
    i = 0
    # by tag, the line its closing tag was last found on (None: on no line after): 10,000 '<script>' lines never
    # closed were each followed to the file's end (minutes); the next close is the same for all before it
    closes: dict[str, int | None] = {}
    closing: dict[str, list[int]] = {}  # by tag, the lines that start with its closing tag
    while i < len(texts):
        m = _OPEN.match(texts[i], _TAGS_FIRST.match(texts[i]).end())
        if m is None and (inner := _inner_lines(texts, i, closing)) is not None:
            hidden.update(range(i + 1, inner))  # '…<title>标题</title><style>' … '</style></head><body>正文…': the sheet's own lines
            i = inner
            continue
        if m and not re.search(rf"</\s*{m.group(1)}\s*>", texts[i], re.I):
            tag = m.group(1).lower()
            if tag not in closes or (closes[tag] is not None and closes[tag] <= i):
                close = re.compile(rf"</\s*{tag}\s*>\s*(?:<[^<>]*>\s*)*$", re.I)  # '</style></head><body>': tags only after it
                closes[tag] = next((j for j in range(i + 1, len(texts)) if close.search(texts[j])), None)
            end = closes[tag]
            plain = m.group(1).lower() != "nav" or (end is not None and _plain_nav("\n".join(texts[i:end + 1])))
            if end is not None and plain:
                hidden.update(range(i, end + 1))
                i = end + 1
                continue
        i += 1
    return hidden


_OPEN_LAST = re.compile(r"<\s*(style|script)\b[^>]*>\s*$", re.IGNORECASE)  # a style sheet or script opened at the end of a line of text


def _inner_lines(texts: list[str], i: int, closing: dict[str, list[int]]) -> int | None:
    """Where the style sheet or script opened at the end of line `i` closes, when a later line starts with its closing tag.

    Notion's export sets '<style>' after the page's `<title>` and the body
    after '</style>': neither line is tags only, but the lines between hold
    only the sheet. None when line `i` opens nothing so, or nothing closes it.
    `closing` keeps each tag's closing lines, found once: 10,000 lines opening
    a sheet never closed must not each look through the rest of the file.
    """
    m = _OPEN_LAST.search(texts[i]) if "<" in texts[i] else None
    if m is None:
        return None
    tag = m.group(1).lower()
    if tag not in closing:
        close = re.compile(rf"^\s*</\s*{tag}\s*>", re.IGNORECASE)
        closing[tag] = [j for j, text in enumerate(texts) if "</" in text and close.match(text)]
    k = bisect.bisect_right(closing[tag], i)
    return closing[tag][k] if k < len(closing[tag]) and closing[tag][k] - i <= MAX_INNER else None
