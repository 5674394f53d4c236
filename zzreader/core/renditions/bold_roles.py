"""After Markdown/HTML conversion: a bold line is a headline, a subtitle or a sub-heading.

zzreader/core/renditions/markup.py marks each whole bold line a heading; here
its place decides which: under a headline it is the subtitle, elsewhere a
sub-heading inside a story, unless it names a notice, opens a signed piece,
stands first after a thematic break ('---'), where the page's next piece begins,
or is a digest post's item number ('**1**') or the item's title under it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..bylines import parse_credit, parse_lead
from ..notice_lines import NOTICE_TITLE
from .model import SourceLine
from .page_heads import is_header, page_label

_BOLD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$")
# '**1**', '**02**', '**三**': a digest post numbers its items in bold, each number over the item's bold title
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,2})$")
SALUTATION = re.compile(r"^\s*(?:尊敬的)?(?:编辑同志|编辑部|编辑老师|记者同志)\s*[:：，,]\s*$")


def opens_report(text: str) -> bool:
    """A byline or a news lead, bold or not."""
    text = _BOLD.sub(r"\1", text)
    return bool(parse_lead(text) or parse_credit(text))


def assign(lines: list[SourceLine], rules: Collection[int] = (), photos: Collection[int] = ()) -> None:
    """A bold line right under a headline is its subtitle; elsewhere a sub-heading.

    A '#' line that is only the page's masthead ('# 株洲日报 2026年3月26日 星期四 A04') is no title: under it the bold lines are.
    `rules`: the line numbers of thematic breaks; a bold line first after one opens the next piece ('---' / '> **温馨提示**').
    `photos`: the line numbers of photos alone on their line; a bold line first under one, over a text closed by a
    photo credit, is the photo's title (`![](…)` / `**夜跑**` / text / `… 摄`).
    """
    titles = [k for k, line in enumerate(lines) if line.text.startswith("#") and not is_header(line.text.lstrip("# "))]
    has_titles = bool(titles)
    # a signed story under the first title numbers its chapters ('**01**' / '**守住老味道**'); a digest post's items stand alone
    digest = has_titles and not (titles[0] + 1 < len(lines) and opens_report(lines[titles[0] + 1].text))
    for prev, line, nxt in zip([None, *lines], lines, [*lines[1:], None]):
        if line.kind != "heading":
            continue
        if SALUTATION.match(line.text):
            line.kind = ""  # '**编辑同志：**': a letter's salutation set in bold opens its text, no headline or sub-head
            continue
        if line.text[:1] == "第" and page_label(line.text.strip()) is not None:
            line.kind = ""  # '**第三版　文化生活**': the page's label in bold, read as a page label is (renditions/furniture.py)
            continue
        under_title = prev is not None and (prev.text.startswith("#") or prev.kind == "heading")
        names_notice = bool(NOTICE_TITLE.match("".join(line.text.split())))  # '**遗失声明**', '**更　正**': a notice of its own
        run_in = nxt is not None and nxt.no == line.no  # '**标题** 正文' split in two (renditions/bold_leads.py): a brief's headline
        signed = nxt is not None and opens_report(nxt.text)  # a byline or a news lead under it: no sub-heading has its own
        after_rule = prev is not None and any(prev.no < no < line.no for no in rules)
        numbered = digest and (_ITEM_NUMBER.match(line.text.strip()) or (prev is not None and prev.kind == "heading" and _ITEM_NUMBER.match(prev.text.strip())))
        titled_photo = prev is not None and any(prev.no < no < line.no for no in photos) and _credited(lines, line)
        line.kind = ("heading" if under_title or not has_titles or names_notice or run_in or signed or after_rule or numbered
                     or titled_photo else "subhead")


def _credited(lines: list[SourceLine], line: SourceLine) -> bool:
    """One of the few lines under `line` is a photo credit ('株洲日报全媒体记者 邵帆 摄'), before any other heading."""
    k = lines.index(line)
    for below in lines[k + 1:k + 4]:
        if below.kind == "heading" or below.text.startswith("#"):
            return False
        credit = parse_credit(_BOLD.sub(r"\1", below.text).strip())
        if credit is not None and credit.photographers:
            return True
    return False
