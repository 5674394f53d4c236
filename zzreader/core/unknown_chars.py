"""A name with a character its file's charset could not hold, written '?' ('谭?明', '曾 ?').

A GB2312 encoder writes '?' for a rare character, and rare characters are often in names; a byline
('本报记者 曾 ?') with one was read as no byline at all. core/bylines.py reads the name with a stand-in
Han character in the '?''s place, and gives the name back with its '?'. Only a '?' that finishes a name
of two or three characters after a surname is read so: '记者去哪儿了?' stays a question.
"""

from __future__ import annotations

import re

from .discovery.entity_extract import SURNAMES

MARK = "\u4db5"  # a CJK Extension A character no byline carries: a Han stand-in the name patterns accept
_HAN = "\u3400-\u9fff"
# a surname, at most one more character, padding, the '?', at most one more character: '谭?明', '王小?', '曾 ?'
_UNKNOWN_IN_NAME = re.compile(rf"(?<![{_HAN}?？])([{SURNAMES}])([{_HAN}]?)([ \u3000]{{0,2}})[?？]([{_HAN}]?)(?![{_HAN}?？])")


def _stand_in(m: re.Match) -> str:
    size = 2 + len(m.group(2)) + len(m.group(4))
    return m.group(1) + m.group(2) + m.group(3) + MARK + m.group(4) if size <= 3 else m.group(0)


def hide(text: str) -> str:
    """`text` with each '?' that finishes a name replaced by `MARK`; `text` itself when there is none or MARK is in it."""
    if MARK in text or ("?" not in text and "？" not in text):
        return text
    return _UNKNOWN_IN_NAME.sub(_stand_in, text)


def show(names: list[str]) -> list[str]:
    """The names with their '?' back."""
    return [name.replace(MARK, "?") for name in names]
