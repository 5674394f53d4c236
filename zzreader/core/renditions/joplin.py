"""A Joplin note exported raw (`.md`): the note, then its metadata block at the foot.

Joplin's "RAW - Joplin Export Directory" writes each note as its title, its
Markdown body and, after a blank line, one `key: value` line a property:
`id: 8c1f…` (32 hex digits), `created_time: 2025-07-29T00:41:12.345Z`,
`source_url: …`, down to `type_: 1`. Read as text, the block ran on as the
story's last paragraphs. The block marks the file as a Markdown export, is the
app's chrome, and its `created_time` dates a note that names no day of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import SourceLine

_FIELD = re.compile(r"^([a-z_]{2,30}):(?: (.*))?$")
_ID = re.compile(r"^id: [0-9a-f]{32}$")
_TYPE = re.compile(r"^type_: \d{1,2}$")
_CREATED = re.compile(r"^(?:user_)?created_time: ((?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)$")
CHINA = dt.timezone(dt.timedelta(hours=8))  # the paper's readers clip it in China's time
MAX_BLOCK = 60


def _block(texts: list[str]) -> range | None:
    """Indexes of the metadata block: from its `id:` line to the `type_:` line that ends the file."""
    end = len(texts)
    while end and not texts[end - 1].strip():
        end -= 1
    if not end or not _TYPE.match(texts[end - 1].strip()):
        return None  # a cheap look first: almost no file ends on 'type_: 1'
    start = end - 1
    while start > 0 and end - start < MAX_BLOCK and _FIELD.match(texts[start - 1].strip()):
        start -= 1  # (stripped: a copy that set a margin before every line keeps the block)
    return range(start, end) if _ID.match(texts[start].strip()) else None


def looks_like(raw_lines: list[str]) -> bool:
    """A note whose last lines are Joplin's metadata, `id:` first and `type_:` last."""
    return _block(raw_lines) is not None


def chrome_lines(lines: list[SourceLine]) -> set[int]:
    """Line numbers of the metadata block."""
    found = _block([line.text for line in lines])
    return {lines[k].no for k in found} if found else set()


def created_date(raw_lines: list[str]) -> str | None:
    """The day the note was created ('2025-07-29'), in China's time; None without a Joplin block."""
    found = _block(raw_lines)
    for k in found or ():
        if m := _CREATED.match(raw_lines[k].strip()):
            stamp = dt.datetime.fromisoformat(m.group(1))  # Python 3.11 reads the "Z"
            return (stamp.astimezone(CHINA) if stamp.tzinfo else stamp).date().isoformat()
    return None
