"""Markdown and HTML exports: headings, bold subtitles, quotes, lists, tags.

HTML entities are decoded, `<br>` splits a line, other tags are stripped.
Heading levels are made relative: the level most used for headlines becomes
`##` (a page headline) and deeper levels `###` (sub-headings), so an export
that sets every title as `###` still opens one article per title. Quotes and
list items are blocks of their own: never glued onto the next paragraph.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from .model import SourceLine

_TAG = re.compile(r"<[^<>]{0,200}>")
# Tags an HTML export is made of; a dump with only <script>/<img> in it is not one (its markup stays text).
_EXPORT_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|span|h[1-6]|li|ul|ol|blockquote|strong|b|em|table|tr|td|section|article)\b[^>]*>", re.I)
_BR = re.compile(r"<\s*br\s*/?\s*>", re.I)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|li|tr|blockquote)\b[^>]*>", re.I)
_QUOTE_TAG = re.compile(r"^\s*<\s*blockquote\b", re.I)
_ITEM_TAG = re.compile(r"^\s*<\s*li\b", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_HEADING = re.compile(r"^\s*<\s*h([1-6])[^>]*>(.*?)<\s*/\s*h\1\s*>\s*$", re.I)
_BOLD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$")
_QUOTE = re.compile(r"^\s*>\s?")
_LIST = re.compile(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)")
_EMPH = re.compile(r"(\*\*|__)(.+?)\1")


def looks_like(raw_lines: list[str]) -> bool:
    marks = sum(1 for r in raw_lines if _HEADING.match(r) or _BOLD.match(r) or _QUOTE.match(r) or _TAG.search(r) or _ENTITY.search(r))
    headings = sum(1 for r in raw_lines if _HEADING.match(r) or _HTML_HEADING.match(r))
    tags = sum(1 for r in raw_lines if _EXPORT_TAG.search(r) or _ENTITY.search(r))
    deep = _heading_levels(raw_lines).most_common(1)[0][0] >= 3  # '##' files read fine as they are
    styled = sum(1 for r in raw_lines if _BOLD.match(r) or _QUOTE.match(r))
    return (headings >= 2 and marks >= 3 and (deep or styled >= 1)) or tags >= 2


def _heading_levels(raw_lines: list[str]) -> Counter:
    levels: Counter = Counter()
    for raw in raw_lines:
        if m := _HEADING.match(raw):
            levels[len(m.group(1))] += 1
        elif m := _HTML_HEADING.match(raw):
            levels[int(m.group(1))] += 1
    return levels or Counter({2: 1})


def convert(
    lines: list[SourceLine], raw_lines: list[str], warnings: list[str], furniture: list[SourceLine]
) -> list[SourceLine]:
    """Rewrite every line into plain text with markdown heading marks pass one knows."""
    title_level = _heading_levels(raw_lines).most_common(1)[0][0]
    out: list[SourceLine] = []
    changed = 0
    for line in lines:
        parts = [line.text] if _HTML_HEADING.match(line.text) else _split_br(line.text)
        changed += len(parts) > 1 or parts[0] != line.text
        converted = [new for k, part in enumerate(parts) for new in _one(line, part, k, title_level)]
        out.extend(converted)
        if not converted:
            furniture.append(line)  # only tags or spaces: kept visible as unassigned
    _separate_blocks(out)
    _bold_roles(out)
    if changed:
        warnings.append(f"已转换 {changed} 行 Markdown/HTML 标记 / Converted Markdown/HTML markup on {changed} line(s).")
    return out


def _split_br(text: str) -> list[str]:
    pieces = _BR.split(_BLOCK_TAG.sub("<br>", text)) if _TAG.search(text) else [text]
    return [p for p in pieces if p.strip()] or [text]


def _one(line: SourceLine, text: str, k: int, title_level: int) -> list[SourceLine]:
    gap = line.gap if k == 0 else 1
    html_head = _HTML_HEADING.match(text)
    if _QUOTE_TAG.match(text):
        text = "> " + text
    elif _ITEM_TAG.match(text):
        text = "- " + text
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    if not text.strip():
        return []
    if html_head:
        text = "#" * int(html_head.group(1)) + " " + text.strip()
    if m := _HEADING.match(text):
        level = len(m.group(1)) - title_level + 2
        marks = "#" * max(1, min(level, 6))
        title = _EMPH.sub(r"\2", m.group(2))
        return [SourceLine(line.no, f"{marks} {title}", line.end, gap=max(gap, 1))]
    if m := _BOLD.match(text):
        return [SourceLine(line.no, m.group(1).strip(), line.end, gap=gap, kind="heading")]
    if _QUOTE.match(text):
        return [SourceLine(line.no, _QUOTE.sub("", text).strip() or text, line.end, gap=max(gap, 1), kind="quote")]
    if _LIST.match(text):
        return [SourceLine(line.no, "- " + _LIST.sub("", text).strip(), line.end, gap=max(gap, 1), kind="item")]
    return [SourceLine(line.no, _EMPH.sub(r"\2", text).strip(), line.end, gap=gap)]


def _separate_blocks(lines: list[SourceLine]) -> None:
    """A paragraph after a quote or list item starts a block of its own."""
    for prev, line in zip(lines, lines[1:]):
        if prev.kind in ("quote", "item") and line.kind not in ("quote", "item"):
            line.gap = max(line.gap, 1)
    for line in lines:
        if line.kind == "quote":
            line.kind = ""
        elif line.kind == "item":
            line.kind = ""  # pass one reads '- ' as a list item


def _bold_roles(lines: list[SourceLine]) -> None:
    """A bold line right under a headline is its subtitle; elsewhere a sub-heading."""
    has_titles = any(line.text.startswith("#") for line in lines)
    for prev, line in zip([None, *lines], lines):
        if line.kind != "heading":
            continue
        under_title = prev is not None and (prev.text.startswith("#") or prev.kind == "heading")
        line.kind = "heading" if under_title or not has_titles else "subhead"
