"""What a web page adds to a headline: media marks after it ('…开幕（图）', '…（组图）', '…[图]', '…(视频)') and a
series tag before a bar ('老街新颜｜建设路：…').

News sites and the archives copied from them add a mark to a headline whose
page carried a picture, a photo set or a video; the printed headline never
had it. Only those marks come off: a headline may end in brackets of its own
('…（上）', '…观察（二）', '《株洲市志（2025）》'), and those stay. A site runs a
series' name before its headlines with a bar between ('老街新颜｜…'), where
print sets it over the headline: the name becomes the kicker, as printed.
"""

from __future__ import annotations

import re

from .models import Article

_MEDIA = r"(?:图|组图|多图|图文|图片|高清组图|视频|音频|附视频|附图|图\+视频|视频\+图)"
# (?<!\s): tried from a run's first space only, as each later space was tried again over the whole run
_MEDIA_MARK = re.compile(r"(?<!\s)\s*(?:[（(]\s*" + _MEDIA + r"\s*[)）]|[\[【［〔]\s*" + _MEDIA + r"\s*[\]】］〕])\s*$")
_MEDIA_FIRST = re.compile(r"^\s*[\[【［〔]\s*" + _MEDIA + r"\s*[\]】］〕]\s*(?=\S)")  # '【视频】株洲冬季长跑节开跑': a portal's mark first


def strip_media_mark(title: str) -> str:
    """The headline without the media marks a web page set after it ('株洲冬季长跑节周日开跑(图)')."""
    while title and (m := _MEDIA_MARK.search(title)) and m.start() > 0:
        title = title[: m.start()]
    if title[:1] in "[【［〔" and (m := _MEDIA_FIRST.match(title)):
        title = title[m.end():]
    return title


_SERIES_TAG = re.compile(r"^([\u4e00-\u9fff“”·]{2,8})\s*[｜|]\s*(\S.{3,})$")
# '时评丨…': new media set the bar as the Han stroke 丨 (U+4E28); read as a bar only after a comment column's
# name, since a post's own title keeps its column ('株洲早新闻丨防汛抗旱进入关键期')
BARS = "｜|丨"
_COLUMN_BAR = re.compile(r"^([\u4e00-\u4e27\u4e29-\u9fff]{0,4}(?:时评|快评|短评|热评|锐评|评论|社论|观点|视点|杂谈|随笔))\s*丨\s*(\S.{3,})$")


def split_series_tag(title: str) -> tuple[str, str]:
    """('老街新颜', '建设路：…') from '老街新颜｜建设路：…'; ('', title) when no series name stands before a bar."""
    m = _SERIES_TAG.match(title) or _COLUMN_BAR.match(title)
    return (m.group(1), m.group(2)) if m else ("", title)


def strip_media_marks(articles: list[Article]) -> int:
    """Take the media marks off every title, and a series tag before a bar into the kicker; how many titles changed."""
    count = 0
    for article in articles:
        if not article.title:
            continue
        bare = strip_media_mark(article.title)
        series, bare = split_series_tag(bare) if any(bar in bare for bar in BARS) else ("", bare)
        if series:
            article.kicker = f"{series} {article.kicker}".strip()
        if bare != article.title:
            article.title = bare
            count += 1
    return count
