"""The links and switches of a web page's chrome bar ('打印 | 关闭 | 字号：大 中 小 | 上一篇 下一篇').

A line made only of them is no article's text (zzreader/core/renditions/furniture.py); after a page
label they are its links (zzreader/core/renditions/page_heads.py).
"""

from __future__ import annotations

import re

# The font switch's tail ('字号：大 中 小 | 默认') takes bars, spaces and brackets too, so the bars and spaces between
# links could go to it or to the next link: a line of 80 '字号｜' tried 2^80 splits. Each bar uses the tail that ends
# where its bars and spaces run out (_FONT_TAIL, a greedy run that gives nothing back), or, before a bar, the tail that
# stops at the bar right before the next link (_FONT_TAIL_TO_BAR); each accepts the lines the free split accepted.
_FONT_TAIL_CHAR = r"(?:[大中小TtＴAa+＋\-－|｜\s【】\[\]]|默认)"
_FONT_TAIL = rf"{_FONT_TAIL_CHAR}*(?!{_FONT_TAIL_CHAR})"
_FONT_TAIL_TO_BAR = rf"{_FONT_TAIL_CHAR}*?(?=[|｜]\s*(?!{_FONT_TAIL_CHAR})|$)"


def _chrome_word(font_tail: str) -> str:
    """A link or switch of a page's chrome bar, the font switch's tail read by `font_tail`."""
    return (
        r"(?:(?:字体|字号|文字)[:：]?" + font_tail + r"|大\s*中\s*小|(?:我要)?打印(?:本页|此文|本文)?|关闭(?:窗口|本页)?|返回(?:目录|首页|顶部|本版|版面)?|上一篇(?:文章)?|下一篇(?:文章)?|"
        r"上一版|下一版|本版目录|上一期|下一期|往期(?:回顾|检索|查询)?|[\u4e00-\u9fff]{2,6}网首页|[\u4e00-\u9fff]{2,6}网(?=\s*[|｜])|数字报首页|数字报(?=\s+\S)|PDF(?:版?下载|版)?|版面PDF|分享[到至]|收藏(?:本文)?|放大|缩小|默认|(?:我要)?纠错|"
        r"A\s*[+＋]\s*A\s*[-－]\s*A?|(?:点击)?(?:查看|看)(?:大图|原图)|点击图片(?:查看|看)(?:大图|原图)?|日期检索|版面检索)"
    )


_CHROME_WORD = _chrome_word(_FONT_TAIL)
BARRED_CHROME = re.compile(r"(?<!\s)(?:\s*[|｜]\s*" + _chrome_word(_FONT_TAIL_TO_BAR) + r")+\s*$")  # tried where a run of spaces starts
# '<<上一版 下一版>>', '«上一篇»': arrows around the links are chrome too ('《》' are a title's brackets, not these)
_NAVIGATION = r"|(?:版面|本版|标题)导航|版面目录"  # after a paging link ('上一版 下一版 版面导航'); alone it heads a page menu
CHROME = re.compile(r"^[\s【】\[\]<>«»‹›]*" + _CHROME_WORD + r"(?:[\s【】\[\]|｜/<>«»‹›]*(?:" + _CHROME_WORD + _NAVIGATION + r"))*[\s【】\[\]<>«»‹›]*$")
