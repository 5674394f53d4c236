"""What a news app's share page carries around the story when it is copied as text.

A story shared from the paper's app (掌上株洲) or the province's (新湖南) opens
in a browser with the app's prompts round it: `打开APP 阅读体验更佳`,
`打开掌上株洲 查看更多精彩内容`, `下载客户端`, and under the headline a line
naming the outlet with the month, day and time it went out (`株洲日报 12-06 08:15`).
None is the story's text; like an e-paper page's links they are chrome only a
web page has, so they mark the file as a scrape too (`epaper.looks_like`).
"""

from __future__ import annotations

import re

_APPS = r"(?:APP|App|app|客户端|掌上株洲|新湖南|红网|学习强国)"
_CHROME = re.compile(
    rf"^(?:(?:打开|下载|安装|前往)\s*{_APPS}.{{0,14}}|.{{0,8}}{_APPS}内?(?:打开|阅读|查看).{{0,10}}"
    r"|(?:点击)?(?:下载|安装)(?:客户端|APP|App)|阅读体验更佳|(?:查看|阅读|浏览)更多精彩(?:内容)?)[!！。>》\s]*$"
)
# '株洲日报 12-06 08:15', '新湖南 2025-12-06 08:15:20': the outlet, the day and the time it went out
_SOURCE_TIME = re.compile(
    r"^\s*(?:来源[:：]\s*)?[\u4e00-\u9fff]{2,8}(?:客户端)?\s+(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)


def is_chrome(text: str) -> bool:
    """An app's prompt to open or download it, or its outlet-and-time line."""
    bare = text.strip()
    return len(bare) <= 30 and bool(_CHROME.match(bare) or _SOURCE_TIME.match(bare))
