"""A compound surname alone at a wrap: the name goes on below ('通讯员/欧阳' / '某某）' is one name, not two).

pdf_text.glue keeps a space where a wrap falls between two names of two characters or more; a
compound surname is two characters and no name by itself, so the piece below finishes it.
"""

from __future__ import annotations

import re

_COMPOUND_END = re.compile(r"(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|司徒|慕容|公孙|尉迟|夏侯|长孙|宇文|端木|独孤|南宫|申屠|太史|钟离)$")


def compound_alone(name: str) -> bool:
    """Is the name piece before a wrap only a compound surname ('欧阳', or '…/欧阳')?"""
    return bool(_COMPOUND_END.search(name)) and len(name) == 2
