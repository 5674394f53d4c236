"""Control and bidi-override characters in an article's body, shown as visible marks.

The body is shown exactly as stored, since highlights are anchored to it, but
a NUL, an escape or a backspace another tool left there reached the page as
is (an invisible character, or a box), and a U+202E turned the rest of its
paragraph around: "尾巴" read "巴尾", a spoof the reader cannot see. On the
page each control character becomes its Control Picture (U+2400 ␀, ␛, ␈…;
DEL ␡), a C1 control or a bidi embedding, override or isolate becomes U+FFFD.
Every replacement is one BMP character for one BMP character, so page
positions and text offsets still match (gui/text_map.py looks the body up
through `visible`). Line breaks and tabs keep their meaning.
"""

from __future__ import annotations

_TABLE = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_TABLE.update({code: 0xFFFD for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """`text` with control and bidi-override characters as visible marks, length unchanged."""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_TABLE)
