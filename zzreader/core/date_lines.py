"""A story's own date set alone on a line: '2026年3月5日', '3月5日电', '本报株洲3月6日电', '（2026年3月6日）'.

Some papers and archives print the day of a story on a line of its own, under
the headline or the byline (its dateline) or after its last paragraph. Such a
line is neither a headline's signature (a notice's signer over its date,
core/lines.py `_is_signer`) nor the start of a sentence broken over two lines:
it stays with its article. Pass one (core/lines.py) marks the lines at the top
of a story `dateline`; the walk (core/parse.py) calls `on_dateline` for them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bylines import Byline, Lead, parse_credit
from .renditions.cn_dates import to_figures

if TYPE_CHECKING:
    from .lines import Line
    from .parse import _Builder

_WEEKDAY = r"(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?"
_DAY = r"(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_STORY_DATE = re.compile(
    rf"^[(（]?(?:{_DAY}{_WEEKDAY}"  # '2026年3月5日', '3月5日', '2026年3月5日 星期四'
    rf"|(?:本报|新华社|中新社|株洲日报)?[\u4e00-\u9fff]{{0,6}}?{_DAY}电"  # '3月5日电', '本报株洲3月6日电', '新华社北京3月5日电'
    r"|(?:19|20)\d{2}[-./](\d{1,2})[-./](\d{1,2}))[)）]?$"  # '2026-03-06'
)


# the most a date line holds besides spaces: 24 in `_STORY_DATE` ('（株洲日报' + a place of six + '2026年12月31日电）'), a clock
# time `to_figures` drops (22: ' 08:30:00.000000+08:00'), a Republic year's or a numeral day's longer writing (10)
MAX_DATE_CHARS = 100


def is_date_line(text: str) -> bool:
    """The whole line is one date (with a weekday, a wire's '电', brackets): no sentence to carry on.

    A long line is measured first: a sentence broken across a blank line is asked this after each join, and
    `to_figures` read the whole growing block each time (an unclosed Founder content of 10,000 paragraphs took 19 s
    of CPU, hardening round 38).
    """
    text = text.strip()
    if len(text) > MAX_DATE_CHARS and len("".join(text.split())) > MAX_DATE_CHARS:
        return False
    return bool(_STORY_DATE.match(to_figures(text)))  # '一九八七年三月五日' on an old page too


def dateline_of(text: str) -> str:
    """'3月6日' from any date line, the form a lead's dateline takes (core/bylines.py `find_dateline`)."""
    m = _STORY_DATE.match(text.strip())
    if not m:
        return ""
    month, day = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
    return f"{int(month)}月{int(day)}日"


_TOP = ("heading", "byline", "credit")
_PAGE_TOP = ("masthead", "section", "marker", "editor")
# (from a run of spaces' first space only: from each of them, each read the run to its end)
_TRAILING_DATE = re.compile(r"(?<![ \u3000])[ \u3000]+(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$")


def drop_trailing_date(text: str) -> str:
    """'记者 郑雨萱 2026年3月6日': the byline without the day set after it."""
    return _TRAILING_DATE.sub("", text) if "日" in text or "-" in text or "." in text or "/" in text else text


def mark_date_lines(lines: list[Line]) -> None:
    """A date line right under a headline or a byline, with the story under it: that story's dateline.

    Given a lead that carries only its dateline, the headline above it opens an article as
    over any lead (core/parse.py `_place_headline`). A date line at the top of a page, right
    over a headline, is that article's too (`on_dateline`). A date line followed by more
    (a schedule: '3月8日', its event, '3月15日', …) is text.
    """
    for i, line in enumerate(lines[:-1]):
        prev, nxt = (lines[i - 1] if i else None), lines[i + 1]
        if line.kind not in ("p", "heading") or line.lead or line.md or not is_date_line(line.text):
            continue  # '2025年12月12日 星期五' reads as a headline line too: a weekday is no sentence
        if prev is not None and prev.kind in _TOP and nxt.kind in ("p", "byline") and not _more_dates(lines, i + 1):
            line.kind = "dateline"
            line.lead = Lead(byline=Byline(), dateline=dateline_of(line.text), lunar="", rest="")
        elif (prev is None or prev.kind in _PAGE_TOP) and nxt.kind == "heading":
            line.kind = "dateline"  # no lead: it waits for the article under it


_ENDS_SENTENCE = re.compile(r"[。！？!?][”’」』]?(?:[（(][^（）()]{1,30}[）)])?$")


def mark_closing_dates(lines: list[Line]) -> None:
    """A date line read as a headline right after a story's last sentence, with a headline or nothing under it: the story's date, its text.

    Archives set the day a story ran after it ('2025年12月6日 星期六', renditions/closing_dates.py);
    it opens no article.
    """
    for i, line in enumerate(lines):
        if line.kind != "heading" or line.md or not i or not is_date_line(line.text):
            continue
        prev, nxt = lines[i - 1], (lines[i + 1] if i + 1 < len(lines) else None)
        closed = _ENDS_SENTENCE.search(prev.text) or (prev.lead is not None and not prev.lead.rest)  # or its closing '（记者 习某）'
        if prev.kind == "p" and closed and (nxt is None or nxt.kind in ("heading", "section")):
            line.kind = "p"


def _more_dates(lines: list[Line], start: int) -> bool:
    """Another date line with more text under it before the next headline (a closing date ends the story)."""
    for k in range(start, len(lines) - 1):
        if lines[k].kind == "heading":
            return False
        if is_date_line(lines[k].text) and lines[k + 1].kind != "heading":
            return True
    return False


def heads_a_story(lines: list[Line], date_at: int) -> bool:
    """The date line has a byline or the story's text under it: the line above it is a headline, not a signer."""
    after = lines[date_at + 1] if date_at + 1 < len(lines) else None
    if after is None or not is_date_line(lines[date_at].text):
        return False
    text = after.text
    return parse_credit(text) is not None or (len(text) >= 20 and "，" in text and text.rstrip()[-1:] in "。！？”")


def on_dateline(builder: _Builder, line: Line) -> None:
    """The walk meets a story's date line: the current article's dateline; over a page's first headline, that article's line."""
    draft = builder.current
    if draft is None or line.lead is None:
        builder.pending.append(line)  # the next article takes it (or unassigned, when none follows)
        return
    if not draft.article.dateline and line.lead is not None:
        draft.article.dateline = line.lead.dateline
    draft.lines.append(line.no)
