"""A short piece signed at its end with a bare name in brackets: '（晓  明）', '(江一舟)', '（株洲县  易国平）'.

Older pages close a short commentary or a brief with the writer's pen name in
brackets on a line of its own, no role before it. That line is the piece's
byline (a closing credit, as '（记者 谭某某）' is), and it tells where the piece
ends: a headline over text that is signed so, under an article already signed
by someone else, opens a piece of its own rather than a sub-heading
(core/headline_runs.py). A name after a place is a reader's or a contributor's
(core/type_rules.py reads such a piece as neither news nor commentary).
"""

from __future__ import annotations

import re

from .bylines import NOT_A_NAME as _NOT_A_NAME  # '（完）', '（待续）', '（据新华社）': no name
from .bylines import Byline, Lead, split_names
from .discovery.entity_extract import SURNAMES

_BARE = re.compile(r"^[（(]\s*([\u3400-\u9fff\U00020000-\U0003134f](?:[\s\u3000]{0,3}[\u3400-\u9fff\U00020000-\U0003134f]){1,3})\s*[)）]$")
_ROLE = re.compile(r"记者|通讯员|实习|评论员|编辑|作者|摄")
# '（厂宣传科）', '（县委报道组）': a works' or an office's department sent the brief, no writer's name
_UNIT = re.compile(r"宣传|办公|报道组|通讯组|政工|工会|团委|党委|保卫")  # '（记者 柴某）' is a credit with its role (core/bylines.py)
_SENTENCE_END = "。！？…”』」）)"


def name_of(text: str) -> str | None:
    """The pen name a bracketed line gives ('晓明' from '（晓  明）'), else None."""
    m = _BARE.match(text.strip())
    if not m:
        return None
    name = "".join(m.group(1).split())
    return None if _NOT_A_NAME.search(name) or _ROLE.search(name) or _UNIT.search(name) or not 2 <= len(name) <= 4 else name


# '（株洲县  易国平）', '(攸县某某中学 刘洋)': a reader or a contributor signs with where they are from
_PLACED = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff]{1,12}?(?:县|市|区|镇|乡|村|街道|社区|厂|公司|学校|中学|小学|医院|局)"
    r"[\s\u3000]+([\u3400-\u9fff\U00020000-\U0003134f](?:[\s\u3000]{0,3}[\u3400-\u9fff\U00020000-\U0003134f]){1,3})\s*[)）]$"
)


def placed_name(text: str) -> str | None:
    """The contributor's name a bracketed 'place  name' signature gives ('易国平' from '（株洲县  易国平）'), else None."""
    m = _PLACED.match(text.strip())
    if not m:
        return None
    name = "".join(m.group(1).split())
    return None if _ROLE.search(name) or not 2 <= len(name) <= 4 else name


# '（刘建华　周　平）': two or three writers' names, set apart by wide spaces or a '、', no role
_SEVERAL = re.compile(r"^[（(]\s*([\u3400-\u9fff][\u3400-\u9fff\s\u3000、]{3,18}[\u3400-\u9fff])\s*[)）]$")


def names_of(text: str) -> list[str]:
    """The writers a bracketed line of two or three bare names gives, each under a known surname; else []."""
    m = _SEVERAL.match(text.strip())
    if not m or (" " not in m.group(1) and "\u3000" not in m.group(1) and "、" not in m.group(1)):
        return []
    names = split_names(m.group(1))
    if not 2 <= len(names) <= 3 or any(not 2 <= len(n) <= 4 or n[0] not in SURNAMES or _NOT_A_NAME.search(n) or _ROLE.search(n) for n in names):
        return []
    return names


def mark(lines: list) -> None:
    """A bare bracketed name right after a finished paragraph becomes that piece's closing credit."""
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        if line.text[:1] not in "（(" or line.kind not in ("p", "heading") or line.lead or line.byline or before.kind != "p":
            continue  # a cheap look first: only a line that opens a bracket may be a signature
        if before.text.rstrip()[-1:] not in _SENTENCE_END:
            continue
        names = [name] if (name := name_of(line.text) or placed_name(line.text)) else names_of(line.text)
        if not names:
            continue
        line.kind = "p"
        line.lead = Lead(Byline(reporters=names), "", "", "")


def signed_names(line) -> list[str]:
    """The people a closing credit line names ('（记者 谭某某）' alone, '（晓明）', a paragraph's closing credit)."""
    byline = line.lead.byline if line.lead and not line.lead.rest else line.byline
    if byline is None:
        return []
    return [*byline.reporters, *byline.correspondents]
