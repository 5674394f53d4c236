"""Lines under a headline that credit the story yet name none of the paper's writers.

'本报综合' and '据《湖南日报》' say where a story came from; '株洲日报全媒体记者'
alone is a byline whose name the layout set on the next line. Read as bylines
with no names, they are never the headline's subtitle (the name below is read
by `core/bare_writers.py`).
"""

from __future__ import annotations

import re

from .bylines import ROLE_ONLY, Byline, parse_credit, split_trailing_credit

PICTURES_MARK = re.compile(r"^图片?\s*[/:：／]")  # '图/龙某', '图片：邹某'
# the source of a compiled or reprinted story, on a line of its own ('综合' alone is a page's name)
_SOURCE = re.compile(
    r"^(?:本报综合|综合(?:(?:新华社|中新社|人民日报|本报)(?:电|报道|消息)?|电|消息)|据《[^《》]{2,12}》(?:报道|消息)?|据(?:新华社|中新社)电?)$"
)


def any_credit(text: str) -> Byline | None:
    """`parse_credit`'s byline, or an empty one for a line that credits none of the paper's writers.

    An empty byline is falsy: test the result against None ('新华社记者 某某' is a credit line all the same)."""
    credit = parse_credit(text)
    if credit is None and len(text) > 2 and text[0] == text[-1] and text[0] in "*_":
        return any_credit(text.strip(text[0]))  # '*株洲日报全媒体记者 某某*': Markdown's emphasis in a file read as plain
    if credit is None and text[:1] == "【" and text[-1:] == "】" and (inner := parse_credit(text[1:-1])):
        return inner  # '【株洲日报全媒体记者 某某】' under its headline: the byline in the paper's brackets
    return credit if credit is not None else nameless_credit(text)


def nameless_credit(text: str) -> Byline | None:
    """A source line or a role with its name on the next line: an empty byline; else None."""
    text = text.strip()
    if len(text) <= 16 and (_SOURCE.match(text) or ROLE_ONLY.match(text)):
        return Byline()
    return None


def pictures_under_head(lines: list, i: int) -> bool:
    """'图片/邹某' right under a headline (or under its '文/…' line) and over the text: the story's photographer.

    A credit that ends in '摄' under a short line is a photo's credit under its caption; one that opens with
    the pictures mark is set as a byline is, so the headline above it stays a headline."""
    above = lines[i - 1] if i > 0 else None
    if not (PICTURES_MARK.match(lines[i].text) and above is not None and i + 1 < len(lines) and lines[i + 1].kind == "p"):
        return False
    # a single-newline dump's headline is still a 'p' here: a short line that ends on no stop or mark
    return above.kind in ("heading", "byline") or (above.kind == "p" and not above.lead and len(above.text) <= 30
                                                   and above.text[-1] not in "。！？!?…”’）)：:，,；;")


def credit_for_next_photo(lines: list) -> None:
    """'图/某某' between a photo closed by its own credit and the next titled photo: that photo's credit.

    A photo page sets each picture's credit where it fits; one printed over the next title, after a caption
    that already ends on its credit ('……盘旋。（通讯员 罗某 供图）'), credits the picture under it. The
    credit line moves under that picture's one paragraph, where pass one reads a caption's credit.
    """
    i = 1
    while i + 2 < len(lines):
        line, above, head, text = lines[i], lines[i - 1], lines[i + 1], lines[i + 2]
        if (line.kind == "credit" and PICTURES_MARK.match(line.text) and above.kind == "p" and split_trailing_credit(above.text)[1]
                and head.kind == "heading" and text.kind == "p" and text.lead is None and text.byline is None
                and (i + 3 == len(lines) or lines[i + 3].kind == "heading")):
            lines[i:i + 3] = [head, text, line]
            i += 3
            continue
        i += 1
