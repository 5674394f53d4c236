"""Two text files of different encodings joined into one ('copy /b a.txt+b.txt'): each part in its own encoding.

Notepad marks its UTF-8 and its 'Unicode' (UTF-16) files with a byte-order mark,
so two such files joined show a second mark where the second file starts, right
after a line end. Read as the first mark says, the whole file was refused (a UTF-8
mark over UTF-16 bytes) or its second part turned silently into rare characters
(UTF-8 bytes read two by two as UTF-16). A UTF-16 file may also have UTF-8 text
without a mark joined after its last line end. The file is cut there and each part
decoded on its own (core/decode.py), when every part reads strictly in its encoding.
"""

from __future__ import annotations

import codecs
import re

_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MARK = re.compile(b"\\xef\\xbb\\xbf|\\xff\\xfe|\\xfe\\xff")
MIN_TAIL = 6  # two characters of UTF-8 text at the least
_HAN = re.compile(r"[\u3400-\u9fff]")


def split(data: bytes) -> list[bytes] | None:
    """The parts of `data`, each starting at its own mark (or at UTF-8 text after UTF-16), when there are two or more."""
    if not (any(m in data[2:] for m in _MARKS) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        return None  # a cheap look first: most files have one mark or none
    cuts = [m.start() for m in _MARK.finditer(data, 2) if _after_line_end(data, m.start())]
    parts = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
    if not all(_could_be_utf16(part) for part in parts):
        return None  # stray '\xff\xfe' bytes at a line's start in a UTF-8 file: bad bytes, not a second file
    tail = _utf8_after_utf16(parts[-1])
    if tail:
        parts[-1:] = [parts[-1][:tail], parts[-1][tail:]]
    return parts if len(parts) > 1 else None


def _could_be_utf16(part: bytes) -> bool:
    """A part under a UTF-16 mark holds NUL bytes (its ASCII and its line ends have one each).

    Almost any bytes decode as UTF-16, so decoding proves nothing: UTF-8 or GBK
    lines after two stray bytes that look like a mark turned into rare characters
    and passed. UTF-8 and GBK text never holds a NUL.
    """
    if not part.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" in part[2:]


def _after_line_end(data: bytes, at: int) -> bool:
    """A mark at `at` follows a line end: LF or CR in one byte, or in UTF-16 LE or BE ('\\n\\x00', '\\x00\\n')."""
    return data[at - 1 : at] in (b"\n", b"\r") or data[at - 2 : at] in (b"\n\x00", b"\r\x00", b"\x00\n", b"\x00\r")


def _utf8_after_utf16(part: bytes) -> int:
    """Where UTF-8 text without a mark starts after the last line end of a UTF-16 LE or BE part; 0 if none."""
    for mark, line_end, codec in ((codecs.BOM_UTF16_LE, b"\n\x00", "utf-16-le"), (codecs.BOM_UTF16_BE, b"\x00\n", "utf-16-be")):
        if not part.startswith(mark):
            continue
        at = part.rfind(line_end)
        while at > 0 and at % 2:
            at = part.rfind(line_end, 0, at)  # a UTF-16 line end is at an even place
        if at <= 0:
            return 0
        tail = part[at + 2 :]
        if len(tail) < MIN_TAIL or b"\x00" in tail:
            return 0
        try:
            text = tail.decode("utf-8")
            part[len(mark) : at + 2].decode(codec)
        except UnicodeDecodeError:
            return 0
        # UTF-16 LE Han whose two bytes are both ASCII ('株洲' is '*h2m') is valid UTF-8 too: UTF-8 text has its Han
        return at + 2 if _HAN.search(text) else 0
    return 0
