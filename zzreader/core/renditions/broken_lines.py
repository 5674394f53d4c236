"""Plain text whose paragraphs a scan's OCR broke into lines mid-sentence, even mid-word.

Recognised text keeps the printed column's line ends (`…家庭完成适老` /
`化改造,安装扶手…`) in a file that otherwise reads as a plain dump, so each
piece of a paragraph became a paragraph of its own and a closing credit
(`(记者 王 强)`) on the last piece was never seen as the article's. A line
of prose (it holds a comma or a stop) that stops without finishing its
sentence is joined with the next line when that one carries on the prose:
it is not indented, not blank-separated, and holds a comma or stop itself,
or the first line ended on a comma. A headline (no comma) is never joined,
nor a short line (an ad's slogans), nor a line with a gap inside (a table row, columns side by side), and only
in a file whose half-width marks after Chinese characters (`适老,`, `缩短.`)
show it was recognised rather than typeset.
"""

from __future__ import annotations

import re

from .model import SourceLine

_PAUSE = re.compile(r"[，,、；;：:]")
_STOP = re.compile(r"[。！？!?]|(?<=[\u4e00-\u9fff）)”])\.")
_FINISHED = re.compile(r"(?:[。！？!?”」』…）)]|(?<=[\u4e00-\u9fff])\.)\s*$")
_ENDS_ON_PAUSE = re.compile(r"[，,、]\s*$")
_INDENT = re.compile(r"^(?:\u3000|\s{2,}|\t)")
_INNER_GAP = re.compile(r"\S(?: {2,}|\t|\u3000+)\S")  # a table row, columns side by side, a padded name
_HALF_WIDTH_MARK = re.compile(r"[\u4e00-\u9fff][,.;:?!](?!\d)")  # '适老,' '缩短.': OCR's marks, never a typesetter's
MIN_MARKS = 3
MIN_WRAPPED = 16  # characters in a line the column's edge broke: a slogan's short lines are lines of their own


def _prose(text: str) -> bool:
    return bool(_PAUSE.search(text) or _STOP.search(text))


def _carries_on(prev: SourceLine, line: SourceLine) -> bool:
    text = prev.text.strip()
    if line.gap or prev.kind or line.kind or _INDENT.match(line.text) or not _prose(text) or _FINISHED.search(text):
        return False
    if len(text) < MIN_WRAPPED or _INNER_GAP.search(text) or _INNER_GAP.search(line.text.strip()):
        return False
    return _prose(line.text) or bool(_ENDS_ON_PAUSE.search(text))


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each broken paragraph joined back into one line."""
    if sum(len(_HALF_WIDTH_MARK.findall(line.text)) for line in lines[:200]) < MIN_MARKS:
        return lines  # no sign of OCR: a plain dump's lines are its paragraphs
    out: list[SourceLine] = []
    joined = 0
    for line in lines:
        if out and _carries_on(out[-1], line):
            out[-1].text = out[-1].text.rstrip() + line.text.strip()
            out[-1].end = line.end
            joined += 1
        else:
            out.append(line)
    if joined:
        warnings.append(f"已接回 {joined} 处断在句中的行 / Joined {joined} line(s) broken mid-sentence.")
    return out
