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
certainly is: they stay, and the issue's text keeps every '?'. Unless what follows
the '?' cannot go on a lost character: an opening quote or bracket ('?“开学第一课”…',
a zero-width space lost), the paper's name or a county of the city ('?醴陵：…', a bullet
glyph lost; '?株洲日报 …', the byte-order mark of a joined file) whose opening words the
file never writes after a '?' inside a line. And once a line proves its '?' are
spaces, a single one inside another line's credit is a space too ('（记者 龙?飞 摄）').
A full date's lost '月' and '日' ('2025年8?14?') and the paper's lost '日' ('株洲?报'),
a PDF's radical glyphs GBK lacks, are read as the characters they can only be.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"^(\s*)\?+[ \u3000](?=[^\x00-\x7f?])")
_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")
# proof that a byline's '?' stand for spaces: one right after a role word ('记者?刘?畅'), or two inside one name ('邓?晓?峰');
# a single one inside a name may be a lost rare character ('谭?明' in a stored GBK file) and stays
_SPACES_LOST = re.compile(r"(?:记者|通讯员|摄影|实习生|编辑)\?|[\u4e00-\u9fff]\?[\u4e00-\u9fff]\?[\u4e00-\u9fff]")
# a '?' glued to a line's start before what no lost character goes on: an opening mark, the paper's name, a county
_GLUED = re.compile(r"^(\s*)\?+(?=[“‘《【〔（(「『]|(?:株洲|醴陵|攸县|茶陵|炎陵|渌口|天元|芦淞|荷塘|石峰|云龙))")
_INSIDE = re.compile(r"(?<=[^\s?])\?(?=(..))")
# a date and the paper's name whose '月', '日' a PDF set as radical glyphs ('⽉', '⽇') that GBK lacks: '2025年8?14?', '株洲?报'
_DAY_LOST = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})\?(\d{1,2})\?")
_PAPER_LOST = re.compile(r"株洲\?报")
_CREDIT = re.compile(r"[(（][^()（）]{0,12}(?:记者|通讯员|摄影|实习生)[ \u3000]*[\u4e00-\u9fff]\?[\u4e00-\u9fff]{1,2}(?:[ \u3000]+摄)?[)）]")


def read(raw_lines: list[str]) -> list[str]:
    """The lines with lost marks read as nothing (before a line's text) or as a space (inside a byline); the same
    list when no line holds a bare '?'."""
    if not any("?" in raw for raw in raw_lines):
        return raw_lines
    inside = {m.group(1) for raw in raw_lines if "?" in raw for m in _INSIDE.finditer(raw)}
    spaces = any(_SPACES_LOST.search(raw) for raw in raw_lines if "?" in raw)
    return [_read(raw, inside, spaces) if "?" in raw else raw for raw in raw_lines]


def _read(raw: str, inside: set[str], spaces: bool) -> str:
    """`inside`: the two characters after each '?' inside a line ('渌口区?口镇'): a '?' before them may be a character."""
    raw = _LEADING.sub(r"\1", raw)
    raw = _PAPER_LOST.sub("株洲日报", _DAY_LOST.sub(r"\1年\2月\3日", raw))
    if (glued := _GLUED.match(raw)) and raw[glued.end():glued.end() + 2] not in inside:
        raw = raw[:glued.end(1)] + raw[glued.end():]
    if "?" in raw and _SPACES_LOST.search(raw):
        return _IN_NAME.sub(" ", raw)
    if spaces and "?" in raw:
        return _CREDIT.sub(lambda m: _IN_NAME.sub(" ", m.group(0)), raw)  # '（记者 龙?飞 摄）' in a file of lost spaces
    return raw

