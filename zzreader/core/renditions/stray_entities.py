"""HTML entities left in a plain text scrape ('&nbsp;&nbsp;1月7日，…', '&ldquo;首小时免费&rdquo;'), read as the characters they name.

A scraper that took a page's text without its tags may keep its entities. Read
as an HTML export, such a dump lost its e-paper reading (the page line ran into
the headline as a soft wrap). A text with entities but no tag and no Markdown
mark is plain text: its entities are written out before the rendition is told.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?][^<>]*>|^\s{0,3}#{1,6}(?:\s|$)|\*\*|\]\(|^\s{0,3}(?:[-*_]\s*){3,}$|^\s{0,3}(?:=+|-{3,})\s*$")
_LINE_END = re.compile(r"[\r\n\u2028\u2029\x85]")
MIN_ENTITY_LINES = 2  # one '&' in a company's name ('A&amp;B') is no scrape's habit


def unescape(raw_lines: list[str], warnings: list[str]) -> list[str] | None:
    """The lines with their entities written out, when the text has entities on two lines or more and no markup; else None."""
    with_entities = [k for k, line in enumerate(raw_lines) if "&" in line and _ENTITY.search(line)]
    if len(with_entities) < MIN_ENTITY_LINES or any(_MARKUP.search(line) for line in raw_lines):
        return None
    out = list(raw_lines)
    for k in with_entities:
        text = _LINE_END.sub(" ", html.unescape(out[k]))  # '&nbsp;' as U+00A0, which indents and spaces read
        out[k] = text if text.strip() else out[k]  # a line of '&nbsp;' alone stays as it is: a line, kept, not a blank
    warnings.append(f"已将 {len(with_entities)} 行中的 HTML 字符实体读作字符 / Read the HTML entities on {len(with_entities)} "
                    "line(s) of a plain text as the characters they name.")
    return out
