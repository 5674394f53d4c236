"""A news site's legal lines, as a browser's saved page keeps them: record numbers, rights, a cookie banner.

A page saved whole ("网页，全部") keeps the site's footer under the story: its
ICP record and public-security filing numbers (`湘ICP备05008895号-1 湘公网安备
43020202000123号`), a rights line (`版权所有：株洲日报社 未经授权禁止转载`, `株洲新闻网版权所有`),
and the consent bar a script shows at the foot (`本网站使用Cookie来改善您的
浏览体验。…我知道了`). None is a story's text; `furniture.is_chrome` sends
them to unassigned with the rest of a page's chrome.
"""

from __future__ import annotations

import re

# 'ICP备' / 'ICP证' with its number, '公网安备' with its number: a site's filings
_FILING = re.compile(r"ICP[备证][\s:：]*\d{5,}号|公网安备[\s:：]*\d{8,}号", re.IGNORECASE)
# '版权所有：株洲日报社', '版权所有 © 株洲日报社 未经授权禁止转载': the site's rights, the owner after them
_RIGHTS = re.compile(r"^(?:版权所有|所有权归)\s*+(?:[:：©]\s*+)?(?:©\s*+)?[\u4e00-\u9fff]{2,20}(?:\s|$)")  # each run of spaces read once
# '株洲新闻网版权所有', '株洲日报社版权所有 未经授权不得转载': the owner first, then its rights
_OWNED = re.compile(r"^(?:©\s*+)?[\u4e00-\u9fff]{2,20}版权所有(?:\s|[，,。]|$)")
# 'Cookie' with what a consent bar asks of the reader it addresses: use, agree, accept, settings
_CONSENT = re.compile(r"使用|同意|接受|允许|拒绝|设置|隐私|浏览体验|accept|agree|\buse\b|experience|privacy", re.IGNORECASE)
_ADDRESSED = re.compile(r"本网站|本站|我们|您|\bwe\b|\byou\b", re.IGNORECASE)  # a story about cookies addresses no one
MAX_LINE = 160


def is_chrome(text: str) -> bool:
    """A site's filing numbers, its rights line or a cookie consent bar."""
    if len(text) > MAX_LINE:
        return False
    if ("ICP" in text or "icp" in text or "公网安备" in text) and _FILING.search(text):
        return True
    if text[:1] in "版所" and _RIGHTS.match(text):
        return True
    if "版权所有" in text and _OWNED.match(text):
        return True
    return ("ookie" in text or "OOKIE" in text) and len(_CONSENT.findall(text)) >= 2 and _ADDRESSED.search(text) is not None
