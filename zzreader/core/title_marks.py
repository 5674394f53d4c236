"""A web page's media marks after a headline ('…开幕（图）', '…（组图）', '…[图]', '…(视频)') are no part of the title.

News sites and the archives copied from them add a mark to a headline whose
page carried a picture, a photo set or a video; the printed headline never
had it. Only those marks come off: a headline may end in brackets of its own
('…（上）', '…观察（二）', '《株洲市志（2025）》'), and those stay.
"""

from __future__ import annotations

import re

from .models import Article

_MEDIA = r"(?:图|组图|多图|图文|图片|高清组图|视频|音频|附视频|附图|图\+视频|视频\+图)"
_MEDIA_MARK = re.compile(r"\s*(?:[（(]\s*" + _MEDIA + r"\s*[)）]|[\[【［〔]\s*" + _MEDIA + r"\s*[\]】］〕])\s*$")


def strip_media_mark(title: str) -> str:
    """The headline without the media marks a web page set after it ('株洲冬季长跑节周日开跑(图)')."""
    while title and (m := _MEDIA_MARK.search(title)) and m.start() > 0:
        title = title[: m.start()]
    return title


def strip_media_marks(articles: list[Article]) -> int:
    """Take the media marks off every title; how many titles had one."""
    count = 0
    for article in articles:
        if article.title and (bare := strip_media_mark(article.title)) != article.title:
            article.title = bare
            count += 1
    return count
