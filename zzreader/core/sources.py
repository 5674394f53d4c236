"""How the library keeps each issue's raw dump: UTF-8, bzip2-compressed.

The raw dump is read rarely (the "original lines" view, re-parsing) but is
the largest thing in the file after the articles and their index. bzip2
packs Chinese text to about half (0.44 of the seeds, 0.51 of the synthetic
archive, against 0.49 and 0.60 for zlib) at ~2 ms an issue, which keeps a
ten-year library within three times its raw size. Everything readers browse
(issues, articles, annotations) stays plain text in the database; only this
archival copy is packed.
"""

from __future__ import annotations

import bz2

LEVEL = 9


def pack(text: str) -> bytes:
    return bz2.compress(text.encode("utf-8"), LEVEL)


def unpack(blob: bytes | None) -> str:
    return bz2.decompress(blob).decode("utf-8") if blob else ""
