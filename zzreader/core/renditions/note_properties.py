"""A note app's page export: the title, then the page's properties as `Key: value` lines.

Notion exports a page as Markdown with its title as `# 标题` and, under it, one
line a property (`作者: …`, `来源: 株洲日报 2025年12月26日 A03版`,
`标签: 医疗, 天元区`, `Created: December 26, 2025 8:10 AM`). One `#` heading is
too little to call a file Markdown, and read as text the properties became the
story's first paragraphs. The block marks the export; its properties are the
app's chrome, except a credit (`作者: 株洲日报全媒体记者 钱程`), which is the byline.
A callout the clipper set on the page (`<aside>` / `📌 本页为剪报整理…` / `</aside>`) is chrome too.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .english_labels import iso_date
from .model import SourceLine

_PROPERTY = re.compile(r"^([^\s:：#>*\-][^:：]{0,19}): (\S.*)$")  # 'Created: December 26, 2025', '标签: 医疗'
MIN_PROPERTIES = 2
LOOK_LINES = 12


def _block(texts: list[str]) -> list[int]:
    """Indexes (into `texts`) of the properties right under a first '# ' title; empty when fewer than two."""
    body = [k for k, t in enumerate(texts[:LOOK_LINES]) if t.strip()]
    if not body or not texts[body[0]].lstrip().startswith("# "):  # (a copy may set a margin before every line)
        return []
    run: list[int] = []
    for k in body[1:]:
        if not _PROPERTY.match(texts[k].strip()):
            break
        run.append(k)
    return run if len(run) >= MIN_PROPERTIES else []


def looks_like(raw_lines: list[str]) -> bool:
    """A '# ' title first, then two or more 'Key: value' properties in a row."""
    return bool(_block(raw_lines))


def chrome_lines(lines: list[SourceLine]) -> set[int]:
    """Line numbers of the properties that are no credit, and of the page's callouts."""
    texts = [line.text for line in lines]
    block = _block(texts)
    out = {lines[k].no for k in block if (m := _PROPERTY.match(texts[k].strip())) and parse_credit(m.group(2)) is None}
    return out | _callouts(lines) if block else out


_ASIDE_OPEN = re.compile(r"^\s*<aside\b[^>]*>", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"</aside\s*>\s*$", re.IGNORECASE)
ASIDE_MAX = 12  # lines a callout holds; an '<aside>' left open is no callout


def _callouts(lines: list[SourceLine]) -> set[int]:
    """Line numbers of Notion's callouts ('<aside>' / '📌 本页为剪报整理…' / '</aside>'): the clipper's own note."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if _ASIDE_OPEN.match(lines[k].text):
            end = next((j for j in range(k, min(k + ASIDE_MAX, len(lines))) if _ASIDE_CLOSE.search(lines[j].text)), None)
            if end is not None:
                out.update(line.no for line in lines[k : end + 1])
                k = end
        k += 1
    return out


# 'Created: July 17, 2025 8:41 AM', '创建时间: 2025/07/17 08:41': the day the page was made; never 'Last edited'
_CREATED = re.compile(r"^(?:Created|Created time|Date created|Created at|创建时间|创建日期|创建于)$", re.IGNORECASE)
_FIGURES = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


# Notion's HTML export: '<table class="properties">' of rows, the creation row '…created_time"><th>…Created</th><td><time>@August 6, 2025 8:12 AM</time>'
_HTML_TABLE = re.compile(r"<table class=\"properties\">.*?</table>", re.DOTALL)
_HTML_CREATED = re.compile(r"property-row-created_time\b[^>]*>.{0,300}?<time>@?([^<]{6,60})</time>", re.DOTALL)
HTML_LINES = 40


def drop_html_table(lines: list[SourceLine]) -> None:
    """Notion's HTML properties table taken out of its line: the app's fields, no article's text (the raw line keeps them)."""
    for line in lines[:HTML_LINES]:
        if 'class="properties"' in line.text:  # no table opened after the last '</table>' closes: read from each, they grew with the square
            cut = line.text.rfind("</table>") + len("</table>") if "</table>" in line.text else 0
            line.text = _HTML_TABLE.sub("", line.text[:cut]) + line.text[cut:]


def created_date(raw_lines: list[str]) -> str | None:
    """The day a note app's page was created ('2025-07-17'), from its properties block; None without one.

    A reader clips the paper's story into the app the day it runs or later, so
    the day only dates an issue that names no day of its own.
    """
    for text in raw_lines[:HTML_LINES]:
        if "created_time" in text and (m := _HTML_CREATED.search(text)):
            return iso_date(m.group(1))
    for k in _block(raw_lines):
        m = _PROPERTY.match(raw_lines[k].strip())
        if m and _CREATED.match(m.group(1).strip()):
            if found := _FIGURES.search(m.group(2)):
                return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
            return iso_date(m.group(2))
    return None
