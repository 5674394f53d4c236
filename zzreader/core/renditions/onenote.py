"""A OneNote page exported as HTML: the page's title and its creation stamp above the text.

OneNote writes every page as its title (a large-font paragraph the user typed,
'剪报 6月2日'), then the day and the time the page was made ('2027年6月3日',
'8:42'), then the page's text in positioned `<div>`s. The stamp is no one's
text, and it is the day of the note, not of the paper; the title is the
user's name for the page when the paper's own masthead follows it. Those
lines are rewritten in place to an empty tag, which the Markdown/HTML reading
keeps as unassigned; a title over a story (no masthead under it) stays, as the
story's headline.
"""

from __future__ import annotations

import html
import re

from .feeds import EMPTY
from .page_heads import is_header

_ONENOTE = re.compile(r"content\s*=\s*[\"']?OneNote\.File|Microsoft OneNote", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_STAMP = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)(?:\s*(?:星期|周)[一二三四五六日天])?$")
LOOK = 6  # text lines read after the title for the stamp and the masthead


def looks_like(texts: list[str]) -> bool:
    return any("OneNote" in t and _ONENOTE.search(t) for t in texts[:12])


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines with the page's stamp, and its title when a masthead follows, emptied; no date) for OneNote, else None."""
    if not looks_like(texts):
        return None
    shown = [(k, _text(t)) for k, t in enumerate(texts) if "<p" in t.lower() and _text(t)]
    if not shown:
        return None
    out = list(texts)
    title, after = shown[0][0], shown[1 : 1 + LOOK]
    stamps = [k for k, text in after if _STAMP.match(text)]
    rest = [text for k, text in after if k not in stamps]
    for k in stamps:
        out[k] = EMPTY
    if rest and is_header(rest[0]):
        out[title] = EMPTY  # the user's name for a page whose own masthead follows
    if stamps:
        warnings.append("已略去 OneNote 页面的创建时间 / Left out the OneNote page's creation stamp.")
    return out, None


def _text(line: str) -> str:
    return html.unescape(_TAG.sub("", line)).replace("\xa0", " ").strip()
