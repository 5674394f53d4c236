"""PDF text extraction: hard wraps every ~20 characters, `　　` paragraph indents.

A paragraph starts with two full-width spaces; the lines after it that are
not indented carry on the same paragraph until one ends short. Lines are
joined without a space (Chinese text, and numbers such as `39.` / `2` broken
mid-number), the joined paragraph keeps the first and last original line.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import SourceLine

INDENT = re.compile(r"^(?:\u3000{2}|\s{2,4}\u3000|\u3000\s)")
_TERMINAL = set("。！？!?…”’」』)）】》;；")


def looks_like(raw_lines: list[str]) -> bool:
    """Many indented paragraph starts, almost no blank lines, lines of one width."""
    body = [r for r in raw_lines if r.strip()]
    if len(body) < 12:
        return False
    indented = sum(1 for r in body if INDENT.match(r))
    blanks = len(raw_lines) - len(body)
    width = wrap_width(body)
    wrapped = sum(1 for r in body if width and abs(len(r.rstrip("\r\n")) - width) <= 2)
    return indented >= 3 and blanks <= len(body) * 0.1 and wrapped >= len(body) * 0.35


def wrap_width(body: list[str]) -> int:
    """The commonest length of a line inside a paragraph: the wrap width."""
    lengths = Counter(len(r.rstrip("\r\n")) for r in body if len(r.strip()) >= 10)
    return lengths.most_common(1)[0][0] if lengths else 0


def unwrap(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """Join hard-wrapped lines back into paragraphs; each paragraph its own block."""
    width = wrap_width([line.text for line in lines if not line.kind])
    out: list[SourceLine] = []
    last_len = 0  # length of the last physical line joined into out[-1]
    joined = 0
    for line in lines:
        text = line.text.rstrip("\r\n")  # a wrap may fall on the space between two names
        prev = _open_paragraph(out)
        if prev is not None and not line.kind and _continues(prev, last_len, line, width):
            prev.text += text
            prev.end = line.end
            joined += 1
        else:
            out.append(SourceLine(line.no, text.lstrip(" \u3000\t"), line.end, gap=max(line.gap, 1), kind=line.kind))
        if not line.kind:
            last_len = len(line.text.rstrip("\r\n"))
    if joined:
        warnings.append(f"已合并 {joined} 处硬换行 / Joined {joined} hard-wrapped line(s) back into their paragraphs.")
    return out


def _open_paragraph(out: list[SourceLine]) -> SourceLine | None:
    """The last paragraph, looking past page headers set in the middle of it."""
    for line in reversed(out):
        if line.kind != "section":
            return None if line.kind else line
    return None


def _continues(prev: SourceLine, last_len: int, line: SourceLine, width: int) -> bool:
    """An unindented line after a full-width line carries on its paragraph."""
    if INDENT.match(line.text) or last_len < width - 2:
        return False
    if prev.text[-1:] in _TERMINAL:
        return len(line.text.rstrip("\r\n")) >= width - 2  # a full line after a full stop: still the paragraph
    return True
