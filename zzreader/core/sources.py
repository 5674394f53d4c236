"""How the library keeps each issue's raw dump: UTF-8, zlib-compressed.

The raw dump is read rarely (the "original lines" view, re-parsing) but is
the largest thing in the file after the articles; compressed, Chinese text
takes about half the room, which keeps a ten-year library under three times
its raw size. Everything readers browse (issues, articles, annotations) stays
plain text in the database; only this archival copy is packed.
"""

from __future__ import annotations

import zlib

LEVEL = 9


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(blob: bytes | None) -> str:
    return zlib.decompress(blob).decode("utf-8") if blob else ""
