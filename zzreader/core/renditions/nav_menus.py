"""A website's navigation menu copied with the page: one menu item a line.

A reader who selects a whole e-paper or news-site page and pastes it into a
text editor takes the site's menu along, one item a line (`株洲新闻网 首页`,
`新闻`, `要闻`, `时政`, `数字报`). Each item is short and has no punctuation,
so the last one read as a headline over the masthead. A run of four or more
such lines, three of them menu words, is page furniture in every rendition;
so is a shorter run at the very top of the page where every line is a menu
item (`株洲新闻网 首页` over `数字报`, then the masthead).
"""

from __future__ import annotations

import re

from .model import SourceLine

# the menu words of Chinese news sites and e-paper pages
_WORDS = (
    "首页|主页|新闻|要闻|时政|区县|县市区|民生|社会|数字报|电子报|电子版|报纸|视频|图片|专题|评论|财经|经济|教育|文旅|文化"
    "|体育|国内|国际|本地|政务|问政|健康|房产|汽车|娱乐|科技|旅游|美食|服务|互动|直播|登录|注册|搜索|更多|往期|读报|网站地图"
    # a reprint's site in traditional characters (renditions/traditional.py folds only some of them)
    "|首頁|主頁|新聞|要聞|時政|區縣|縣市區|數字報|電子報|電子版|報紙|視頻|圖片|專題|評論|財經|經濟|教育|文化|體育|國內|國際|政務|問政|服務|互動|登錄|註冊|搜索|更多|讀報"
)
_ITEM = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z]{{2,8}}\s*)?(?:{_WORDS})$")
_SHORT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9 ]{1,10}$")  # a menu item: a few words, no punctuation
MIN_RUN = 4
MIN_WORDS = 3
MIN_TOP_RUN = 2  # at the page's top, two lines all menu items are the menu: no headline ends in '首页' or '数字报'


def _plain_short(line: SourceLine) -> bool:
    return not line.kind and _SHORT.match(line.text.strip()) is not None


def _items_apart(lines: list[SourceLine], k: int) -> bool:
    """A menu item one blank line under another: a web copy that makes each line a paragraph sets the items apart."""
    return lines[k].gap == 1 and all(_ITEM.match(lines[j].text.strip()) for j in (k - 1, k))


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move each run of menu lines from `lines` to `furniture`."""
    gone: set[int] = set()
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _plain_short(lines[end]) and (end == k or lines[end].gap == 0 or _items_apart(lines, end)):
            end += 1
        last = max((j for j in range(k, end) if _ITEM.match(lines[j].text.strip())), default=k - 1)
        run = range(k, last + 1)  # the menu ends at its last menu word: a short headline under it is no item
        words = sum(bool(_ITEM.match(lines[j].text.strip())) for j in run)
        if (len(run) >= MIN_RUN and words >= MIN_WORDS) or (k == 0 and len(run) >= MIN_TOP_RUN and words == len(run)):
            gone.update(run)
        k = max(end, k + 1)
    if gone:
        furniture.extend(lines[j] for j in sorted(gone))
        lines[:] = [line for j, line in enumerate(lines) if j not in gone]
        warnings.append(f"已移除 {len(gone)} 行网站导航菜单 / Dropped {len(gone)} line(s) of a website's navigation menu.")
