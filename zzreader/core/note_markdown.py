"""A note written into a Markdown export under the same rules as the window shows it.

Notes are Markdown, so the Markdown export writes them as Markdown. But a
note may come from an imported file, and a Markdown viewer renders raw HTML
and loads images: a note holding `<img src=/etc/passwd>` or
`![x](file:///etc/passwd)` made the exported file open a local file in the
viewer, and `[x](javascript:…)` became a live link. The window never did
(core/notes.py: raw HTML shown as text, images as their alt text, links only
to http, https and mailto); the export now keeps the same rules: outside code
spans and fenced blocks, `<` is written as `&lt;`, an image's `!` is
escaped, and a link or link definition to any other target is escaped into text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.DOTALL)  # kept as written: their text is literal
_INLINE_LINK = re.compile(r"\]\(\s*<?([^\s)>]*)")
_DEFINITION = re.compile(r"^( {0,3})\[([^\]\n]+)\]:[ \t]*<?([^\s>]*)", re.MULTILINE)
_SCHEMES = ("http", "https", "mailto")


def _allowed(target: str) -> bool:
    try:
        return urlsplit(target).scheme.lower() in _SCHEMES
    except ValueError:  # an unparsable address is no link of ours
        return False


def _safe_prose(text: str) -> str:
    text = text.replace("<", "&lt;").replace("![", "\\![")
    text = _INLINE_LINK.sub(lambda m: m.group(0) if _allowed(m.group(1)) else "]\\(" + m.group(0)[2:], text)
    return _DEFINITION.sub(lambda m: m.group(0) if _allowed(m.group(3)) else m.group(1) + "\\" + m.group(0)[len(m.group(1)):], text)


def safe_note_markdown(note: str) -> str:
    """`note` as Markdown that renders no HTML, loads no image and links only to http, https or mailto."""
    parts = _CODE.split(note)
    return "".join(part if i % 2 else _safe_prose(part) for i, part in enumerate(parts))
