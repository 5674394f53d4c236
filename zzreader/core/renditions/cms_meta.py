"""A CMS export's metadata table over each story (`稿件标题 | …`, `作者 | …`, `刊发日期 | …`).

Editorial systems export a story as a small two-column table of fields and
then its text. Read as a table, the headline and the byline were cells of one
`table` article and the story's text a piece with no title. Here a run of
two-cell rows whose first cells are field names is read as what the fields
say (in any rendition: HTML cells, Markdown pipes or tabs): the title as a headline, the author as a byline line, and the other
fields (page, date, editor) as furniture, which `unassigned` keeps; the date
fields, when they agree, date the issue.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .head_dates import figures_date
from .model import SourceLine

_TITLE = re.compile(r"^(?:稿件|文章|新闻)?(?:标题|题目|主标题|正题)$")
_AUTHOR = re.compile(r"^(?:作者|署名|作者署名|记者|稿件作者)$")
_OTHER = re.compile(r"^(?:版面|版次|版号|刊发日期|见报日期|发布日期|日期|出版日期|来源|稿件来源|栏目|责任编辑|编辑|字数|稿件状态|稿号|稿件编号|签发人)$")
_DATE = re.compile(r"^(?:刊发日期|见报日期|出版日期|发布日期|日期)$")
_ROW = re.compile(r"^([^\t]{1,6})\t+([^\t]*)$")
# '| 字段 | 内容 |' over '| --- | --- |': the head of a Markdown table of fields
_HEAD_ROW = re.compile(r"^\|?\s*(?:字段|项目|名称|属性|-{3,}|:?-{3,}:?)\s*\|\s*(?:内容|值|信息|:?-{3,}:?)\s*\|?$")


def rewrite(lines: list[SourceLine], furniture: list[SourceLine]) -> list[SourceLine]:
    """Replace each metadata table holding a title with a headline and a byline line."""
    if not any("\t" in line.text or line.text.startswith("|") for line in lines):
        return lines
    out: list[SourceLine] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and (_field(lines[j].text) or _HEAD_ROW.match(lines[j].text.strip())):
            j += 1
        run = lines[k:j]
        if len(run) >= 2 and any((field := _field(line.text)) and _TITLE.match(field[0]) for line in run):
            out.extend(_read(run, furniture))
            k = j
            continue
        out.append(lines[k])
        k += 1
    return out


def print_date(lines: list[SourceLine]) -> str | None:
    """The day the tables say the stories ran ('刊发日期 | 2025-12-05'), when every date field agrees: the issue's date."""
    if not any("\t" in line.text or line.text.startswith("|") for line in lines):
        return None
    days = {day for line in lines if (field := _field(line.text)) and _DATE.match(field[0]) and (day := figures_date(field[1]))}
    return days.pop() if len(days) == 1 else None


def _field(text: str) -> tuple[str, str] | None:
    m = _ROW.match(text.strip())
    cells = m.groups() if m else _pipe_row(text.strip())
    if not cells:
        return None
    name = re.sub(r"[\s:：]", "", cells[0])
    return (name, cells[1].strip()) if _TITLE.match(name) or _AUTHOR.match(name) or _OTHER.match(name) else None


def _pipe_row(text: str) -> tuple[str, str] | None:
    r"""The two cells of '| 标题 | … |', the same table in Markdown: the first of 1 to 6 characters, both stripped.

    What r'^\|\s*([^|]{1,6}?)\s*\|\s*([^|]*?)\s*\|?$' found, read without it: its spaces around the cells could
    be split every way, and a cell padded with a million spaces took hours
    (tests/core/renditions/test_hostile_speed_round24.py). A first cell of spaces only is its last space.
    """
    second = text.find("|", 1)
    if text[:1] != "|" or second < 0:
        return None
    first, rest = text[1:second], text[second + 1 :]
    name = first.strip() or first[-1:]
    if not 1 <= len(name) <= 6:
        return None
    end = len(rest) - 2 if rest.endswith("|\n") else len(rest) - 1 if rest.endswith("|") else len(rest)
    if "|" in rest[:end]:
        return None
    return name, rest[:end].strip()


def _read(run: list[SourceLine], furniture: list[SourceLine]) -> list[SourceLine]:
    """The headline, then the byline; every other field stays visible as furniture."""
    title: list[SourceLine] = []
    byline: list[SourceLine] = []
    for line in run:
        name, value = _field(line.text) or ("", "")
        if _TITLE.match(name) and value and not title:
            title.append(SourceLine(line.no, value, line.end, gap=max(line.gap, 1), kind="heading"))
        elif _AUTHOR.match(name) and value and not byline:
            credit = value if parse_credit(value) else f"记者 {value}"  # a bare name in the author field: the reporter
            byline.append(SourceLine(line.no, credit, line.end, gap=0))
        else:
            furniture.append(line)
    return [*title, *byline]
