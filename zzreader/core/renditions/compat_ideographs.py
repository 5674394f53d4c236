"""CJK compatibility ideographs that PDF extraction puts in place of ordinary characters.

Some fonts (Korean Hanja sets among them) map glyphs to the compatibility
blocks (`年` U+F98E for 年, `林` U+F9F4 for 林, `六` U+F9D1 for 六), so
`pdftotext` gives text that looks right but matches nothing: no date in
`2026年6月3日`, no reporter's name a reader can search for. Each such
character has a one-character canonical equivalent and is read as it; the
dozen in the block that are ordinary characters of their own (`﨎` U+FA0E)
have none and stay. One character for one, so lines keep their lengths.
See renditions/radicals.py for the radical blocks, which a PDF font misuses the same way.
"""

from __future__ import annotations

import re
import unicodedata

_COMPAT = re.compile("[\uF900-\uFAFF\U0002F800-\U0002FA1F]")


def fold(text: str) -> tuple[str, int]:
    """(the text with compatibility ideographs read as ordinary characters, how many were replaced)."""
    if not _COMPAT.search(text):
        return text, 0  # a cheap look first: almost no file has any
    count = 0

    def swap(m: re.Match) -> str:
        nonlocal count
        ordinary = unicodedata.normalize("NFC", m.group(0))
        count += ordinary != m.group(0)
        return ordinary

    return _COMPAT.sub(swap, text), count
