"""A kind of ad framed alone on its line ('【招聘】'): a classified page's heading, or one ad's own title.

A classified page heads its ads of one kind with the kind in brackets
('【房产】' over two flats for sale, '【招聘】' over a titled job ad): the
kind is their section (`furniture.mark`). A page of notices framed one by one
('【招租公告】', '【减资公告】', '【讣告】') frames a small ad's title the same
way, and there '【招聘】' over a sentence of whole jobs is that ad's title. What
tells them apart: the page frames titles too (a framed line that names no
kind), and the line under the frame is an ad's text, not a title or a whole
ad that ends on its phone (what a heading has under it).
"""

from __future__ import annotations

import re

from ..stray_ads import is_contact_ad
from .model import SourceLine

# '【房产】', '【招聘信息】': a classified page's heading over ads of one kind, no ad's title ('【遗失声明】', '【二手车急售】' are)
AD_CATEGORY = re.compile(
    r"^[【\[〔]\s*((?:房产|房屋|楼盘|招聘|求职|人才|旺铺|商铺|门面|家政|便民|教育|培训|招生|汽车|车辆|二手|婚介|征婚|出租|招租|招商|装修|搬家|维修|回收)"
    r"(?:信息|广告|专栏|市场|服务|超市)?)\s*[】\]〕]$"
)
_FRAMED = re.compile(r"^[【\[〔]\s*[\u4e00-\u9fff　 ]{2,12}\s*[】\]〕]$")
MIN_AD_TEXT = 16  # an ad's text under its title (or its first line, when a column wrapped it): longer than a title


def frames_titles(lines: list[SourceLine]) -> bool:
    """The page frames its notices' or ads' titles: some framed line alone names no kind of ad."""
    return any(
        text[:1] in "【[〔" and len(text) <= 16 and _FRAMED.match(text) and not AD_CATEGORY.match(text)
        for text in (line.text.strip() for line in lines)
    )


def titles_an_ad(lines: list[SourceLine], idx: int, page_frames_titles: bool) -> bool:
    """The framed kind at `idx` is the title of the ad under it, not a heading over ads."""
    if not page_frames_titles:
        return False
    below = next((line.text.strip() for line in lines[idx + 1 : idx + 3] if line.text.strip()), "")
    return len(below) >= MIN_AD_TEXT and not is_contact_ad(below)
