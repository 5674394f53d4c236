"""The paper's imprint at a page's foot: where it is published, its postal code and its price.

An old page closes on a line such as '本报地址：株洲市建设路　电话：二二〇五
邮发代号：四一—二　每份二分' or '株洲日报社出版　地址：…　邮政编码：412000
邮发代号：41—23　零售每份一角'. Its address and phone are the paper's own, not an
ad's contact lines, and it is no story's last paragraph: it is page furniture.
"""

from __future__ import annotations

import re

# what only an imprint prints: the postal distribution code, the publisher, the copy's price
_MARK = re.compile(
    r"邮发代号|本报地址|社\s*址|株洲日?[报報]社出版|国内统一刊号|(?:定价|零售|订价)[^，。]{0,6}?(?:每份|每月|全年|[\d〇一二三四五六七八九十]+\s*[元角分])"
    r"|每份[\d〇一二三四五六七八九十]+\s*[元角分]"
)
_MAX = 100


def is_imprint(text: str) -> bool:
    """'本报地址：…　邮发代号：…　每份二分': two of an imprint's marks on one short line with no sentence."""
    if len(text) > _MAX or "。" in text or not ("邮" in text or "报" in text or "報" in text or "份" in text or "价" in text):
        return False
    return len({m.group(0)[:2] for m in _MARK.finditer(text)}) >= 2
