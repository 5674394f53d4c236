"""Three headline lines with no '——' deck: the kicker (引题), the title (主题) and the subtitle (副题).

A newspaper prints a three-part headline as a line over the title that sets
the scene or calls a campaign, the title that says what happened, and a line
under it with the detail. core/headline_rules.py `kicker_over_title` knows a
kicker by its campaign words; this module knows it when the title names its
place ('株洲：千亿轨道交通产业集群再扩容') or when only the second line speaks the
lead's words, or when the third gives its detail in clauses and the two over it
are single phrases. Runs of two lines are left to the rules they always had.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .broken_titles import broken_in_two

if TYPE_CHECKING:
    from .lines import Line

# the city, a district, a county or a town, then a colon and a whole headline: the title, never a label over it
_PLACE_TITLE = re.compile(
    r"^(?:株洲(?:市|高新区)?|我市|全市|(?:天元|芦淞|荷塘|石峰|渌口|云龙|高新)区?|醴陵市?|攸县|(?:茶陵|炎陵)县?"
    r"|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))[:：][^:：]{6,}$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSES = re.compile(r"[，,；;]")  # a subtitle (副题) gives its detail in clauses; a kicker or a title is one phrase
_SHORTEST = 8  # a title or subtitle line a narrow column broke is shorter (headline_rules.narrow_title); a kicker may be short
_TITLE_SHARE = 0.5  # the title says what the lead says: half its pairs of characters are the lead's, at least
_KICKER_SHARE = 0.25  # the kicker sets the scene in words of its own: a quarter of its pairs at most


def place_title(text: str) -> bool:
    """'株洲：千亿轨道交通产业集群再扩容': the place and a colon open a whole headline."""
    return bool(_PLACE_TITLE.match(text.replace(" ", "").replace("\u3000", "")))


def place_title_under_kicker(run: list[Line], k: int) -> bool:
    """The place-and-colon line `k` is the middle of three headline lines: the title, not a column label (article_draft.split_labels)."""
    return 1 <= k == len(run) - 2 and place_title(run[k].text) and not any(line.text.startswith("——") for line in run)


def kicker_of_three(head: list[Line], lead: str) -> bool:
    """Three headline lines, none a deck: is the first the kicker, the second the title and the third its subtitle?

    The second names its place with a colon and the first does not; or all three are
    whole lines (the kicker may be short), no two of them one broken headline, and the lead repeats most of the second's
    words but few of the first's (a kicker sets the scene, the title tells the news).
    """
    if len(head) != 3 or any(line.text.startswith("——") or line.md or line.kicker for line in head):
        return False
    first, title, sub = (line.text.replace(" ", "").replace("\u3000", "") for line in head)
    if place_title(title):
        return not place_title(first) and ":" not in first and "：" not in first
    if min(len(title), len(sub)) < _SHORTEST or broken_in_two(first, title) or broken_in_two(title, sub):
        return False
    if _CLAUSES.search(sub) and not _CLAUSES.search(first + title) and len(first) < len(title):
        return True  # '秋季开学第一天' / '全市52万名中小学生返校' / '新建…14所，新增学位1.8万个': a deck of two clauses closes it
    return _shared(first, lead) <= _KICKER_SHARE and _shared(title, lead) >= _TITLE_SHARE


def _shared(text: str, lead: str) -> float:
    """The share of the pairs of Chinese characters of `text` that the lead repeats."""
    pairs = {text[k:k + 2] for k in range(len(text) - 1) if _HAN.match(text[k]) and _HAN.match(text[k + 1])}
    return sum(1 for pair in pairs if pair in lead) / len(pairs) if pairs else 0.0
