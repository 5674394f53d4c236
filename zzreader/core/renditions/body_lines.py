"""Has an article's text begun? A line of prose, however short a hard wrap cut it.

renditions/furniture.py reads a date line ('2026年3月14日（星期六）') as the
masthead's only until the page's text has begun. A line over 30 characters
shows it has; so does a line of a column a hard wrap cut at 16 to 30
characters that holds two of a sentence's marks ('3月11日，记者从神农城管理处获悉，神农城音').
A headline or masthead of that length holds at most one.

And does a line of the text stop inside its sentence, so that the next line,
whatever its words (`扫码查询药品来源。` reads like a QR prompt), carries it on?
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[，。；！？]")
LONG_LINE = 30
WRAPPED_MIN = 16


def opens_body(text: str) -> bool:
    return len(text) > LONG_LINE or (len(text) >= WRAPPED_MIN and len(_MARKS.findall(text)) >= 2)


def wraps_on(above: str) -> bool:
    """'…参保人购药时可' over '扫码查询药品来源。': a line of text cut inside its sentence, which the next line carries on."""
    above = above.rstrip()
    return len(above) >= 8 and ("\u4e00" <= above[-1] <= "\u9fff" or above[-1] in "，、")
