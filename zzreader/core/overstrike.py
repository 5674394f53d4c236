"""A page as a terminal pager prints it: bold and underline made by overstriking (`株\\b株`, `_\\b株`).

`man` and `nroff` set bold by printing a character, a backspace and the character again, and
underline by `_`, a backspace and the character; a page saved from them (`man 7 株洲日报 > a.txt`)
keeps the backspaces, and was refused as a binary file. The overstrikes are read as the characters
they strike, as `col -b` does, when the file's text decodes and no other backspace is left.
"""

from __future__ import annotations

WARNING = "已去掉终端排版的重叠打印（加粗、下划线） / Read the overstruck bold and underlined characters a terminal pager printed."
MIN_STRIKES = 5


def strip(data: bytes) -> tuple[bytes, bool]:
    """`data` without its overstrikes and whether there were any; `data` unchanged when it is not such a page."""
    if data.count(b"\x08") < MIN_STRIKES:
        return data, False
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        plain = _strike_out(text)
        return (plain.encode(codec), True) if "\x08" not in plain else (data, False)
    return data, False


def _strike_out(text: str) -> str:
    """'X\\bX' as X, '_\\bX' as X, and any other 'A\\bB' as B: the character printed last shows."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if i + 2 < len(text) and text[i + 1] == "\x08" and text[i] not in "\n\x08":
            i += 2  # the struck-over character: what is printed over it stays
            continue
        out.append(text[i])
        i += 1
    return "".join(out)
