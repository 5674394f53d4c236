"""A single-newline dump whose paragraphs were cut at one width: the cut lines carried on, the rest one a line.

Text copied from a PDF column without blank lines or indents keeps the
column's line ends inside each paragraph ('……3月26日，神农公园' /
'“智慧跑道”启用，…'; '……拟向登记机关申' / '请注销，…'), while titles, credits,
phone lines and short paragraphs stay lines of their own. A reader sees the
cut: many lines exactly as wide as one another that stop mid-sentence. A
dump's lines that stop so (headlines, bylines) have every length, so the cut
lines must be most of them, and at least three.
"""

from __future__ import annotations

import re
from collections import Counter

from ..bylines import opens_lead, parse_credit
from .line_widths import char_len, visual_len
from .lone_titles import names_notice
from .model import SourceLine
from .pdf_text import glue  # a byline's names broken at the edge keep their space

_FINISHED = set("。！？!?…”’」』)）】》;；:：摄")  # a caption closed by its photo credit (…左一鸣 摄) is whole
_GAP = re.compile(r"\S(?: {2,}|\t|\u3000{2,})\S")  # between a table's cells, or columns side by side
_HAN = re.compile(r"[\u4e00-\u9fff]")  # a table's border ('+------+') is no prose
_PROSE = re.compile(r"[，,、；;。（(]")
# a whole phone number ends its line ('电话：0731-28561234', '138……'); a cut one ('0731-225' / '58888') does not
_PHONE_END = re.compile(r"(?<!\d)(?:1\d{10}|0\d{2,3}[-－—]?\d{7,8})$")
MIN_CUTS = 3
MIN_WIDTH = 16  # narrower lines that stop mid-sentence are a page's labels and short headlines, no column


def _open(text: str) -> bool:
    """Stops mid-sentence; a whole byline ('株洲日报全媒体记者 符　建 通讯员 易新华'), or a table's row is no cut."""
    return (len(text) >= MIN_WIDTH and text[-1:] not in _FINISHED and not _GAP.search(text) and parse_credit(text) is None
            and not names_notice(text) and not _PHONE_END.search(text))


def _column(texts: list[str], cuts: list[bool]) -> tuple[object, int] | None:
    """The measure and width most lines that may be cuts share, if they show a column's edge.

    Two only show it when they are the only ones and one runs on into the other: one paragraph cut twice
    ('……中小学生在醴' / '陵渌江书院……通讯员 汤晓' / '东 摄'), not two headlines alike by chance.
    """
    best = None
    chained = [k for k in range(len(cuts) - 1) if cuts[k] and cuts[k + 1]]
    for measure in (char_len, visual_len):
        widths = Counter(measure(t) for t, cut in zip(texts, cuts) if cut)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        whole = sum(widths.values())
        two = count == whole == 2 and len(chained) == 1 and measure(texts[chained[0]]) == measure(texts[chained[0] + 1])
        if (count >= MIN_CUTS and count >= 0.6 * whole or two) and (best is None or count > best[2]):
            best = (measure, width, count)
    return (best[0], best[1]) if best else None


def _may_be_cut(text: str, below: str) -> bool:
    """Stops mid-sentence over a line of text, and the two hold prose: a signer over a date, a label over a
    name ('……有限公司管理人' / '2025年10月16日') are lines of their own, however wide."""
    return bool(below) and _open(text) and bool(_HAN.search(text)) and bool(_PROSE.search(text) or _PROSE.search(below))


# a compound surname alone is no name: '通讯员/欧阳' + '某某）' is one name cut, not two
_COMPOUND_SURNAME = re.compile(r"(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|司徒|慕容|公孙|尉迟|夏侯|长孙|宇文|端木|独孤|南宫|申屠|太史)$")


def _glue(paragraph: str, text: str) -> str:
    # the surname ends the paragraph: only its last characters are read (searching the whole paragraph again for
    # every line glued onto it made a paragraph of 6,000 cut lines take seconds, growing with the square)
    return paragraph + text if _COMPOUND_SURNAME.search(paragraph, max(0, len(paragraph) - 3)) else glue(paragraph, text)


_TAIL = 200  # characters of a paragraph a join reads: `glue` looks at its last 90, `_glue` at its last 3


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each line cut at the column's edge joined to the line after it."""
    texts = [line.text.strip() if not line.kind else "" for line in lines]
    below = [nxt if not line.gap else "" for nxt, line in zip(texts[1:], lines[1:])] + [""]
    cuts = [_may_be_cut(text, after) for text, after in zip(texts, below)]
    found = _column(texts, cuts)
    if found is None:
        return lines
    measure, width = found
    out: list[SourceLine] = []
    joined = 0
    cut = False  # the last physical line joined into out[-1] stopped at the column's edge
    pieces: list[str] = []  # out[-1]'s text in pieces, joined once (a copy of the paragraph a line grew with the square)
    for line, text, may in zip(lines, texts, cuts):
        if cut and text and not line.gap and not opens_lead(text) and not _GAP.search(text):
            if not pieces:
                pieces.append(out[-1].text.rstrip())
                tail = pieces[0][-_TAIL:]
            glued = _glue(tail, text)  # the tail and what it gains: the glue reads the paragraph's last 90 characters only
            pieces.append(glued[len(tail):])
            tail = glued[-_TAIL:]
            out[-1].end = line.end
            joined += 1
        else:
            if pieces:
                out[-1].text, pieces = "".join(pieces), []
            out.append(line)
        cut = may and measure(text) == width
    if pieces:
        out[-1].text = "".join(pieces)
    if joined:
        warnings.append(f"已合并 {joined} 处按栏宽断开的行 / Joined {joined} line(s) cut at the column's width.")
    return out
