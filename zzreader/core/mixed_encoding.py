"""Files whose lines are saved in two encodings: GBK text with UTF-8 lines added, or the reverse.

An archive's file may have been written by two programs: a GBK dump to
which an editor appended a report in UTF-8, or UTF-8 text with a pasted GBK
paragraph. Read whole, one encoding turns the other's lines into mojibake
(or, for the GBK reading of UTF-8 bytes, into text with hardly any Chinese,
which was refused as no issue at all). Each line is read in the encoding it
decodes in: a line that is valid UTF-8 and holds Chinese characters as UTF-8,
one that is not as GB18030; only when the file holds both kinds.
"""

from __future__ import annotations

import re

from . import big5

_CJK = re.compile(r"[\u3400-\u9fff]")
MIN_CJK = 2  # Chinese characters in a line before its UTF-8 reading counts (a short GBK line may pass by chance)
# CRLF, LF or an old Mac's lone CR: neither byte is ever part of a GBK, GB18030, Big5 or UTF-8 character
_LINE_END = re.compile(rb"\r\n|\r|\n")
MAX_REPAIRS = 3  # bad bytes a UTF-8 line may hold and still be UTF-8 with a few damaged characters


def decode_lines(data: bytes) -> tuple[str, int, int] | None:
    """(the text, UTF-8 lines, GB18030 lines) when the file mixes both encodings line by line, else None."""
    mixed = decode_mixed(data)
    return mixed[:3] if mixed is not None else None


def decode_mixed(data: bytes) -> tuple[str, int, int, str] | None:
    """(the text, UTF-8 lines, legacy lines, the legacy codec) for a file mixing UTF-8 with GB18030 or Big5 lines.

    The lines that are not UTF-8 are read together as Big5 when that reads as
    Chinese far better than GB18030 (see big5.py): traditional text from a
    Taiwan or Hong Kong system to which a UTF-8 editor added lines.
    """
    utf8 = 0
    out: list[str] = []
    legacy: list[int] = []
    raws = _LINE_END.split(data)
    for raw in raws:
        if raw.isascii():
            out.append(raw.decode("ascii"))
            continue
        text = _as_utf8(raw)
        if text is not None:
            utf8 += 1
            out.append(text)
            continue
        legacy.append(len(out))
        out.append("")
    if not (utf8 and legacy):
        return None
    chunk = b"\n".join(raws[k] for k in legacy)
    try:
        gbk_text: str | None = chunk.decode("gb18030")
    except UnicodeDecodeError:
        gbk_text = None
    big5_text = big5.reads_better(chunk, gbk_text)
    read, codec = (big5_text, "big5") if big5_text is not None else (gbk_text, "gb18030")
    if read is None:
        return None  # neither reading holds: not a file of these encodings
    for k, text in zip(legacy, read.split("\n"), strict=True):
        out[k] = text
    return "\n".join(out), utf8, len(legacy), codec


def _as_utf8(raw: bytes) -> str | None:
    """The line as UTF-8 when it is (with a damaged character or two) and holds Chinese text."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") > MAX_REPAIRS:
            return None
    return text if len(_CJK.findall(text)) >= MIN_CJK else None
