"""Two marks a scan's recognised text leaves that no typed page has: spaced figures and column rules.

OCR of a printed page often reads each digit as a word of its own
(`2 0 2 5 年 1 2 月 1 3 日`, `降低2 0 %`) and the thin rules between columns as
a bar at the end or start of a line (`…自动化 |`). The spaced figures hid the
masthead date and the bars stuck to every headline. Both are undone only when
the file shows them: a year spaced out digit by digit before 年, and bars on
many of its lines; the line count never changes.
"""

from __future__ import annotations

import re

_SPACED_YEAR = re.compile(r"(?<!\d)(?:1 9|2 0) \d \d\s*年")
_SPACED_FIGURES = re.compile(r"(?<![\dA-Za-z])\d(?: \d)+(?![\dA-Za-z])")
_UNIT_GAP = re.compile(r"(?<=\d) (?=[年月日%])|(?<=[年月]) (?=\d)")  # '2025 年 12 月' once its digits are joined
_RULE_END = re.compile(r"(?<![ \t\u3000])[ \t\u3000]+[|｜]\s*$")  # tried from a run's first space only: from each one of a long run was quadratic
_RULE_START = re.compile(r"^(\s*)[|｜][ \t\u3000]+(?=\S)")
MIN_RULED = 3
RULED_SHARE = 0.3


def fold(text: str) -> tuple[str, int]:
    """(the text with spaced figures joined and column rules taken off, how many lines changed)."""
    lines = text.split("\n")
    changed = 0
    if _SPACED_YEAR.search(text):
        for k, line in enumerate(lines):
            if (new := _SPACED_FIGURES.sub(lambda m: m.group(0).replace(" ", ""), line)) != line:
                new = _UNIT_GAP.sub("", new)
                lines[k], changed = new, changed + 1
    body = [line for line in lines if line.strip()]
    ruled = [k for k, line in enumerate(lines) if _one_bar(line) and (_RULE_END.search(line) or _RULE_START.match(line))]
    if len(ruled) >= MIN_RULED and len(ruled) >= RULED_SHARE * len(body):
        for k in ruled:
            lines[k] = _RULE_START.sub(r"\1", _RULE_END.sub("", lines[k]))
        changed += len(ruled)
    return ("\n".join(lines), changed) if changed else (text, 0)


def _one_bar(line: str) -> bool:
    """One bar only: a table row ('| 岗位 | 人数 |') has several."""
    return line.count("|") + line.count("｜") == 1
