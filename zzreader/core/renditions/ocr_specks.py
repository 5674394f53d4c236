"""A speck a scan's OCR reads as a letter on a line of its own ('i', 'l', 'J').

Dust, a fold or the dot over a column rule comes out of recognition as one or
two Latin letters alone on a line between lines of Chinese. Read as text, such
a line ended the story above as a headline would and took the next headline
with it. No line of the paper's Chinese text is a lone Latin letter or two, so
between two lines of Chinese it is furniture (a page code such as 'A3' holds a
figure and stays).
"""

from __future__ import annotations

import re

from .model import SourceLine

_SPECK = re.compile(r"^[A-Za-z]{1,2}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move each lone Latin letter or two between lines of Chinese from `lines` to `furniture`."""
    gone = [k for k in range(1, len(lines) - 1)
            if not lines[k].kind and _SPECK.match(lines[k].text.strip())
            and _HAN.search(lines[k - 1].text) and _HAN.search(lines[k + 1].text)]
    if not gone:
        return
    for k in reversed(gone):
        nxt = lines[k + 1]
        nxt.gap = max(nxt.gap, lines[k].gap)  # the speck's blank line above stays a break
        furniture.append(lines.pop(k))
    warnings.append(f"已移除 {len(gone)} 行扫描识别出的孤立字母 / Dropped {len(gone)} stray letter line(s) a scan's OCR left.")
