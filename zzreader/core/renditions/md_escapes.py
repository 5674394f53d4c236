"""Markdown that pandoc wrote from a Word file: backslash escapes and backslash line breaks.

`pandoc -t markdown` escapes every ASCII mark that Markdown could read as
syntax (`1\\.` for a numbered paragraph that is not a list, `\\*`, `\\[`) and
writes a manual line break (Shift+Enter in Word) as a backslash at the line's
end (`株洲日报\\`). Such a file is Markdown even when its titles are only bold
lines; a reader sees the marks without their backslashes, and a line that ended
in a break is no soft wrap to join onto the next.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before an ASCII punctuation mark
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")
# what pandoc escapes that a plain dump never has: '1\. ', '\*', '\[', '\#', '\_' and a backslash line end
_PANDOC = re.compile(r"^\s*\d{1,2}\\\.\s|\\[*_\[\]#`<>|~]|[^\\\s]\\[ \t]*$")
MIN_LINES = 2


def looks_escaped(raw_lines: list[str]) -> bool:
    """At least two lines carry pandoc's escapes or backslash line breaks."""
    count = 0
    for raw in raw_lines:
        if "\\" in raw and _PANDOC.search(raw):
            count += 1
            if count >= MIN_LINES:
                return True
    return False


def unescape(text: str) -> tuple[str, bool]:
    """(the text without escapes or a trailing break, whether it ended in a backslash line break)."""
    broke = bool(_HARD_BREAK.search(text))
    if broke:
        text = _HARD_BREAK.sub("", text)
    return _ESCAPE.sub(r"\1", text), broke
