"""Radical code points that PDF extraction puts in place of ordinary characters.

Some fonts in the paper's PDFs map glyphs to the Kangxi radicals block
(`⽇` U+2F47 for 日, `⽉` U+2F49 for 月, `⼤` U+2F24 for 大) or to the CJK
radicals supplement (`⻓` U+2ED3 for 长, `⻔` for 门), so `pdftotext` gives
text that looks right but matches nothing: no date in `2025年8⽉14⽇`, no
headline or name a reader can search for. Each such character is read as the
ordinary one: Kangxi radicals by their Unicode compatibility mapping, the
supplement's simplified forms (which have none) by the table below. Every
other character stays as it is, so lines and their lengths do not change.
"""

from __future__ import annotations

import re
import unicodedata

_SUPPLEMENT = {
    "\u2EA0": "民", "\u2EC4": "西", "\u2ED8": "青", "\u2EC5": "见", "\u2EC6": "角", "\u2EC9": "贝", "\u2ECB": "车",
    "\u2ED3": "长", "\u2ED4": "门", "\u2ED9": "韦", "\u2EDA": "页", "\u2EDB": "风", "\u2EDC": "飞", "\u2EE2": "马",
    "\u2EE5": "鱼", "\u2EE6": "鸟", "\u2EE7": "卤", "\u2EE8": "麦", "\u2EE9": "黄", "\u2EEA": "黾", "\u2EEC": "齐",
    "\u2EEE": "齿", "\u2EF0": "龙", "\u2EF3": "龟",
}
_RADICAL = re.compile("[\u2F00-\u2FD5" + "".join(_SUPPLEMENT) + "]")


def _ordinary(m: re.Match) -> str:
    ch = m.group(0)
    return _SUPPLEMENT.get(ch) or unicodedata.normalize("NFKC", ch)


def fold(text: str) -> tuple[str, int]:
    """(the text with radical code points read as ordinary characters, how many were replaced)."""
    if not _RADICAL.search(text):
        return text, 0  # a cheap look first: almost no file has any
    folded, count = _RADICAL.subn(_ordinary, text)
    return folded, count
