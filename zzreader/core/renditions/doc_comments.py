"""The comments a Google Docs download (`.txt`) prints at its end, each under the mark it left in the text.

Google Docs writes a comment's anchor into the text as a letter in brackets
(`…326名棋手参赛[a]。`) and the comments themselves after the last paragraph,
one a line, each led by its mark (`[a]资料室：原版为“326名”…`). They are the
archivist's notes, not the paper's: read as text they became the last story's
last paragraphs. A run of such lines ending the file, each mark found earlier
in the text, goes to furniture; the marks in the text stay.
"""

from __future__ import annotations

import re

from .model import SourceLine

_COMMENT = re.compile(r"^\s*\[([a-z]{1,2})\]\S")


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move the comments that end the file (marks `[a]`, `[b]` … used earlier in the text) to `furniture`."""
    start = len(lines)
    while start and _COMMENT.match(lines[start - 1].text):
        start -= 1
    if start == len(lines) or start == 0:
        return
    text = "".join(line.text for line in lines[:start])
    if any(f"[{_COMMENT.match(line.text).group(1)}]" not in text for line in lines[start:]):
        return  # a mark the text never left: a list of its own, not comments
    furniture.extend(lines[start:])
    warnings.append(f"已移除 {len(lines) - start} 条文档批注 / Dropped {len(lines) - start} document comment(s).")
    del lines[start:]
