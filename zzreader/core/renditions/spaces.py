"""Zero-width characters and typographic spaces read as nothing and as a plain space.

Web pages and Word exports put zero-width spaces inside words (`邓\u200b晓峰`)
and `&ensp;`, `&emsp;`, `&nbsp;`, thin spaces between a role and a name
(`记者&ensp;邓晓峰`). The byline and headline patterns
(`zzreader/core/bylines.py`, `zzreader/core/lines.py`) split names on a plain or
an ideographic space, so the text they read is normalised here; the issue's
text and line numbers stay as they were. Control characters a damaged or
hand-made file carries (a NUL, an escape, U+202E that reverses what follows)
are read as nothing too, and the separators among them (a vertical tab, a form
feed, U+001C to U+001F, U+0085) as a space, so no headline or name holds one;
a form feed that opens a line stays: it opens a PDF text's page.
"""

from __future__ import annotations

import re

from .model import SourceLine

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_ODD_SPACE = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f\x0b\x0c\x1c-\x1f\x85]")
# A terminal's escape sequence copied into a dump ('ESC ] 0 ; title BEL' retitles a window, 'ESC [ 2 J' clears
# the screen): the whole sequence is read as nothing, not only its ESC, so no ']0;title' is left in the text
_TERMINAL = re.compile(r"\x1b\][^\x07\x1b\n]{0,256}(?:\x07|\x1b\\)|(?:\x1b\[|\x9b)[\x30-\x3f]{0,32}[\x20-\x2f]{0,4}[\x40-\x7e]|\x1b[\x40-\x5f]")
_NBSP_PAIR = "\u00a0\u00a0"  # '&nbsp;&nbsp;': a web page's stand-in for one ideographic space ('周&nbsp;&nbsp;岚')
_ANY = re.compile(f"{_ZERO_WIDTH.pattern}|{_ODD_SPACE.pattern}")


def normalise(lines: list[SourceLine], warnings: list[str], furniture: list[SourceLine] | None = None) -> None:
    """Drop zero-width characters, read two no-break spaces as the ideographic space they stand for, and turn
    other typographic spaces (not the ideographic one) into plain spaces.

    A line of nothing but such characters has nothing to read: it goes to `furniture`, which keeps it visible
    (unassigned), instead of being joined into the headline or paragraph around it ('株洲时评' / NUL / '护河…').
    """
    changed, kept, gap = 0, [], 0
    for line in lines:
        if _ANY.search(line.text) and (text := _read(line.text)) != line.text:
            if text.strip():
                line.text = text
                changed += 1
            elif furniture is not None:
                furniture.append(line)
                gap = max(gap, line.gap)  # a blank line above it is still a paragraph break
                continue
        line.gap, gap = max(line.gap, gap), 0
        kept.append(line)
    lines[:] = kept
    if changed:
        warnings.append(f"已规范 {changed} 行中的零宽字符与特殊空格 / Normalised zero-width characters and special spaces on {changed} line(s).")


def _read(text: str) -> str:
    text = _ZERO_WIDTH.sub("", _terminal_free(text)).replace(_NBSP_PAIR, "\u3000")
    page = len(text) - len(text.lstrip("\f"))  # '\f株洲日报': a PDF text's new page, which later passes look for
    return text[:page] + _ODD_SPACE.sub(" ", text[page:])


def raw_spaces(raw_lines: list[str]) -> list[str]:
    """Raw lines without the zero-width characters a web page puts inside words ('株洲日\u200b报'), and with
    each pair of no-break spaces read as the ideographic space it stands for ('周\xa0\xa0岚', an indent of two pairs).

    The masthead and file-name dates (dates.py) and the rendition tests read raw
    lines, before `normalise` runs. A line of nothing but such characters stays
    as it is, so it is still kept (unassigned).
    """
    if not any(map(_RAW.search, raw_lines)):
        return raw_lines
    return [text if (text := _ZERO_WIDTH.sub("", _terminal_free(line)).replace(_NBSP_PAIR, "\u3000")).strip() else line
            for line in raw_lines]


def _terminal_free(text: str) -> str:
    return _TERMINAL.sub("", text) if "\x1b" in text or "\x9b" in text else text


_RAW = re.compile(f"{_ZERO_WIDTH.pattern}|{_NBSP_PAIR}")
