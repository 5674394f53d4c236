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

_CJK = re.compile(r"[\u3400-\u9fff]")
MIN_CJK = 2  # Chinese characters in a line before its UTF-8 reading counts (a short GBK line may pass by chance)
MAX_REPAIRS = 3  # bad bytes a UTF-8 line may hold and still be UTF-8 with a few damaged characters


def decode_lines(data: bytes) -> tuple[str, int, int] | None:
    """(the text, UTF-8 lines, GB18030 lines) when the file mixes both encodings line by line, else None."""
    utf8 = gbk = 0
    out: list[str] = []
    for raw in data.split(b"\n"):
        if raw.isascii():
            out.append(raw.decode("ascii"))
            continue
        text = _as_utf8(raw)
        if text is not None:
            utf8 += 1
            out.append(text)
            continue
        try:
            out.append(raw.decode("gb18030"))
        except UnicodeDecodeError:
            return None  # neither reading holds: not a file of these two encodings
        gbk += 1
    if not (utf8 and gbk):
        return None
    return "\n".join(out), utf8, gbk


def _as_utf8(raw: bytes) -> str | None:
    """The line as UTF-8 when it is (with a damaged character or two) and holds Chinese text."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") > MAX_REPAIRS:
            return None
    return text if len(_CJK.findall(text)) >= MIN_CJK else None
