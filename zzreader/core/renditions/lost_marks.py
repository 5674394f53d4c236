"""'?' where a conversion to GBK lost a character: '记者?刘?畅', '?? 株洲日报全媒体记者 乔　薇'.

A converter told to go on past what the target encoding lacks (Python's
errors='replace', Windows' default character) writes an ASCII '?' for it: an
emoji and its space before a byline or a headline, a no-break space or a
zero-width space between a name's characters. Chinese text asks with a
full-width '？', so a reader takes a bare '?' there as a lost mark: '?' marks
and a space before a line's first Chinese character are read as nothing, and
a '?' between the characters of a byline as the space it was, when the line
proves its '?' are spaces ('记者?刘?畅', '邓?晓?峰'; '谭?明' alone may be a name
with a rare character lost). A '?' right before a headline's first character may be
that character ('?口镇新修三座便民桥', 渌 lost), and one inside a word ('株洲?报')
certainly is: they stay, and the issue's text keeps every '?'.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"^(\s*)\?+[ \u3000](?=[^\x00-\x7f?])")
_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")
# proof that a byline's '?' stand for spaces: one right after a role word ('记者?刘?畅'), or two inside one name ('邓?晓?峰');
# a single one inside a name may be a lost rare character ('谭?明' in a stored GBK file) and stays
_SPACES_LOST = re.compile(r"(?:记者|通讯员|摄影|实习生|编辑)\?|[\u4e00-\u9fff]\?[\u4e00-\u9fff]\?[\u4e00-\u9fff]")


def read(raw_lines: list[str]) -> list[str]:
    """The lines with lost marks read as nothing (before a line's text) or as a space (inside a byline); the same
    list when no line holds a bare '?'."""
    if not any("?" in raw for raw in raw_lines):
        return raw_lines
    return [_read(raw) if "?" in raw else raw for raw in raw_lines]


def _read(raw: str) -> str:
    raw = _LEADING.sub(r"\1", raw)
    return _IN_NAME.sub(" ", raw) if "?" in raw and _SPACES_LOST.search(raw) else raw
