"""Lines about a QR code printed with a story: never a headline.

A line that sends the reader to the code ('报名请扫二维码', '扫码观看直播') is the story's last words; the label
set under the code's picture ('湖南省居民健康卡' / '微信公众号二维码') is that picture's caption. Short and
without a stop, both look like headlines to pass one; with no blank line between the stories of a page (a
single-newline dump) they became the next story's title, with the real headline as its subtitle. Page chrome
that only says so ('扫描二维码 关注株洲日报') is dropped earlier (renditions/furniture.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.lines import Line

_PROMPT = re.compile(
    r"请.{0,6}扫(?:描|一扫|码|二维码|小程序码|下方|上方|左侧|右侧)"  # '报名请扫二维码', '请用微信扫一扫'; not '邀请市民扫黑'
    r"|扫描?(?:下方|上方|左侧|右侧|左边|右边|图中|文末|本版)(?:的)?(?:二维码|小程序码|码)"
    r"|(?:扫码|扫一扫|扫描二维码|扫二维码)(?:即可)?(?:报名|关注|了解|观看|下载|参与|阅读|收看|收听|预约|领取|进群|咨询|购票|填写|查看|投票)"
)


def is_prompt(text: str) -> bool:
    """Does this line ask the reader to scan a code?"""
    return _PROMPT.search(text) is not None


_LABEL = re.compile(r"(?:二维码|小程序码|公众号码)$")
_BARE_LABEL = re.compile(r"^(?:微信)?(?:二维码|小程序码)$")
LABEL_MAX = 20  # characters: a code's name, not a sentence about it


def mark(lines: list[Line]) -> None:
    """A code's label ('微信公众号二维码') and a short name right above it ('湖南省居民健康卡'): a caption, not a headline."""
    for i, line in enumerate(lines):
        bare = line.text.replace(" ", "")
        if line.kind not in ("heading", "p") or line.lead or len(bare) > LABEL_MAX or not _LABEL.search(bare):
            continue
        if _BARE_LABEL.match(bare) and (i == 0 or lines[i - 1].kind != "heading"):
            line.kind = "furniture"  # '二维码' alone, under no name: a code picture's leftover alt text, no one's caption
            continue
        line.kind = "caption"
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "heading" and not prev.md and len(prev.text) <= LABEL_MAX and (i < 2 or lines[i - 2].kind != "heading"):
            prev.kind = "caption"  # the name over the label: one caption under the code's picture
