"""An Evernote export (`.enex`): notes whose text is XHTML inside `<content><![CDATA[…]]></content>`.

A clipped page saved from Evernote is XML: an `<en-export>` of `<note>`s, each
with its own `<title>`, `<created>` stamp, `<note-attributes>` (the address it
was clipped from) and `<resource>`s (pictures as base64). The text is ENML, an
XHTML `<en-note>` wrapped in CDATA after its own XML declaration and doctype.
Each line is rewritten in place, as an RSS feed's are (renditions/feeds.py):
the note's XHTML stays, its wrappers and pictures (`<en-media …/>`) go, and every
other line becomes an empty tag the Markdown/HTML reading keeps as unassigned.
The note's title is the user's (`株洲日报 6月10日 A05 剪报`), no headline; the
address it was clipped from, which dates the issue, stays in the raw lines the
date reading looks at (renditions/url_dates.py).
"""

from __future__ import annotations

import re

from .feeds import EMPTY

_EXPORT = re.compile(r"<\s*en-export\b", re.IGNORECASE)
_CONTENT_OPEN = re.compile(r"<\s*content\b[^>]*>", re.IGNORECASE)
_CONTENT_CLOSE = re.compile(r"<\s*/\s*content\s*>", re.IGNORECASE)
# ENML's wrappers inside the CDATA: the declaration, the doctype, <en-note>, pictures and check boxes
# (each tag is looked for before a line's last '>' only, see `_before_last_close`, and a declaration
# stops at the next '<': a line of 200,000 '<content' or '<?xml' was read to its end from each of them)
_WRAPPERS = re.compile(
    r"<!\[CDATA\[|\]\]>|<\?xml[^<>]*\?>|<!DOCTYPE[^>]*>|<\s*/?\s*en-note\b[^>]*>|<\s*en-(?:media|todo|crypt)\b[^>]*/?>(?:\s*<\s*/\s*en-(?:media|todo|crypt)\s*>)?",
    re.IGNORECASE,
)


def looks_like(texts: list[str]) -> bool:
    """An Evernote export: its root element within the first lines."""
    return any("<" in t and _EXPORT.search(t) for t in texts[:6])


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as the notes' XHTML, no date of its own) for an Evernote export, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    inside = False
    notes = 0
    for text in texts:
        if not text.strip():
            out.append(text)
            continue
        line = EMPTY
        if not inside and (m := _CONTENT_OPEN.search(text, 0, _before_last_close(text))):
            inside, notes, text = True, notes + 1, text[m.end():]
        if inside:
            closing = _CONTENT_CLOSE.search(text)
            line = _unwrapped(text[: closing.start()] if closing else text).strip() or EMPTY
            inside = closing is None
        out.append(line)
    warnings.append(f"已按印象笔记导出读取 {notes} 篇笔记 / Read an Evernote export of {notes} note(s).")
    return out, None


def _before_last_close(text: str) -> int:
    """Where a line's last '>' ends: a tag's '[^>]*>' can match only before it, so the search stops there."""
    return text.rfind(">") + 1


def _unwrapped(text: str) -> str:
    """The text with ENML's wrappers cut out."""
    end = _before_last_close(text)
    return _WRAPPERS.sub("", text[:end]) + text[end:]
