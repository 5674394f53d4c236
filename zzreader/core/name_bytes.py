"""A file name whose bytes are GBK, not UTF-8: read as the Chinese it spells, for its date.

A zip made on a Chinese Windows, or a disk mounted without a character set, hands Python a
name like '株洲日报2012年5月4日.txt' in GBK bytes; Python keeps the bytes that are not UTF-8 as
lone surrogates, and core/issue_import.py stores them as '\\xNN' escapes. Either way
'2012\\udcc4\\udcea5…' shows no '年', so core/dates.py found no date in the name. The name itself
is never changed: this reading is only for the date.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")


def readable(name: str) -> str:
    """`name` with its non-UTF-8 bytes (lone surrogates or '\\xNN' escapes) read as GB18030; else `name` as it is."""
    if not any("\udc80" <= ch <= "\udcff" for ch in name) and "\\x" not in name:
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return name
    raw = _ESCAPE.sub(lambda m: bytes.fromhex(m.group(0).replace("\\x", "")).decode("latin-1"), raw.decode("latin-1")).encode("latin-1")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace")
