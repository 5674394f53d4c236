"""A name with a character its file's charset could not hold, written '?' ('谭?明', '曾 ?').

A GB2312 encoder writes '?' for a rare character, and rare characters are often in names; a byline
('本报记者 曾 ?') with one was read as no byline at all. core/bylines.py reads the name with a stand-in
Han character in the '?''s place, and gives the name back with its '?'. Only a '?' that finishes a name
of two or three characters after a surname is read so: '记者去哪儿了?' stays a question.

A typesetter's own character (造字) for a rare name character sits in the private use area
(U+E000–U+F8FF; GBK's user-defined rows decode there): '通讯员 李\ue000华' is read the same way, each
private character standing in for a Han one and given back in the names.
"""

from __future__ import annotations

import re

from .discovery.entity_extract import SURNAMES

MARK = "\u4db5"  # a CJK Extension A character no byline carries: a Han stand-in the name patterns accept
# OCR's marks for a character it could not read on a worn page ('蒋□华', '刘■'): each has a stand-in of its own
_OCR_MARKS = {"□": "\u4dae", "■": "\u4dad"}
_HAN = "\u3400-\u9fff"
# a surname, at most one more character, padding, the '?' (or OCR's □/■), at most one more character: '谭?明', '王小?', '曾 ?'
_UNKNOWN_IN_NAME = re.compile(rf"(?<![{_HAN}?？□■])([{SURNAMES}])([{_HAN}]?)([ \u3000]{{0,2}})([?？□■])([{_HAN}]?)(?![{_HAN}?？□■])")


def _stand_in(m: re.Match) -> str:
    size = 2 + len(m.group(2)) + len(m.group(5))
    mark = _OCR_MARKS.get(m.group(4), MARK)
    return m.group(1) + m.group(2) + m.group(3) + mark + m.group(5) if size <= 3 else m.group(0)


def hide(text: str) -> str:
    """`text` with each '?' (or □, ■) that finishes a name replaced by a stand-in; `text` itself when there is none or a stand-in is in it."""
    if MARK in text or any(s in text for s in _OCR_MARKS.values()) or not ("?" in text or "？" in text or "□" in text or "■" in text):
        return text
    return _UNKNOWN_IN_NAME.sub(_stand_in, text)


def show(names: list[str]) -> list[str]:
    """The names with their '?' (or OCR's □, ■) back."""
    back = {ord(MARK): "?", **{ord(s): c for c, s in _OCR_MARKS.items()}}
    return [name.translate(back) for name in names]


_PRIVATE = re.compile("[\ue000-\uf8ff]")
_STAND_INS = "\u4db4\u4db3\u4db2\u4db1\u4db0"  # Extension A characters no byline carries, one for each private character


def hide_private(text: str) -> tuple[str, dict[str, str]]:
    """`text` with each private-use character replaced by a Han stand-in, and the stand-ins' originals.

    Nothing is replaced when there are none, or more distinct ones than stand-ins (no byline holds so many)."""
    found = sorted(set(_PRIVATE.findall(text)))
    if not found or len(found) > len(_STAND_INS) or any(c in text for c in _STAND_INS):
        return text, {}
    originals = dict(zip(_STAND_INS, found))
    return text.translate({ord(c): s for s, c in originals.items()}), originals


def show_private(names: list[str], originals: dict[str, str]) -> list[str]:
    """The names with their private-use characters back."""
    table = {ord(s): c for s, c in originals.items()}
    return [name.translate(table) for name in names]
