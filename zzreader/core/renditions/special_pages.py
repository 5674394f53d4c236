"""A special edition's pages (特刊, 专刊): the edition's banner and the credits of the team that made it.

An anniversary or campaign edition prints its own banner over each page
(`株洲日报·建市七十五周年特刊`) and the team behind it (`策划：严 冬　统筹：魏 然
　版式：李 敏`). Over the first story the banner was read as its title and
the story's title as a subtitle, and the credits line as the story's
section. Both are the page's furniture, like the sponsor strip under them
(`本版由…协办`, `zzreader/core/renditions/furniture.py`).
"""

from __future__ import annotations

import re

# the paper's name and the edition's, between a middle dot
_BANNER = re.compile(r"^(?:株洲日报|株洲晚报)\s*[·・•]\s*[\u4e00-\u9fff\d]{2,20}(?:特刊|专刊|特辑|增刊)$")
_ROLE = r"(?:总策划|策划|总统筹|统筹|监制|执行|版式|设计|美编|制图|摄影|文字|撰文|编辑)"
# two roles or more with their names, one of them a planner's (策划, 统筹, 监制): a story's own credit names no planner
_CREDITS = re.compile(rf"^(?:{_ROLE}\s*[:：]\s*[\u3400-\u9fff·](?:[\u3400-\u9fff·]|[ \u3000](?=[\u3400-\u9fff])){{0,5}}[\s\u3000]*){{2,6}}$")
_PLANNER = re.compile(r"(?:策划|统筹|监制)\s*[:：]")


def is_furniture(bare: str) -> bool:
    """A special edition's banner or its team's credits."""
    if bare[:1] == "株":
        return _BANNER.match(bare) is not None
    return len(bare) <= 60 and _PLANNER.search(bare) is not None and _CREDITS.match(bare) is not None
