"""Dates, clock times and page codes typed full-width ('２０２６-０４-１８ ０７:００', '４月１７日', '第Ａ０３版').

A typist in a Chinese input method's full-width mode, or a 半角转全角 cleaner,
writes every figure full-width. The date, dateline, meta-line and page-code
patterns read ASCII figures, so a CMS line '作者：记者 钟某 | ２０２６-０３-０６'
kept its date inside the byline and a lead's '４月１７日，' was no dateline.
Only the figures of a date, a time, a page code or a telephone number, in a
line of prose, a meta line or a running head (a whole date or a clock time in
any line), are read as ASCII, as renditions/ocr_dates.py reads a
scan's look-alike letters in dates; so are an English scrape's ('Published:
October ２１, ２０２５', '０８/１３/２０２５') and a scan's spaced ones
('２ ０ ２ ５ 年 １ １ 月'), which renditions/ocr_marks.py then joins; a headline ('株洲启动２０２５年读书节') and
other figures ('突破３０亿元', '２.１万户') stay as the file has them.
"""

from __future__ import annotations

import re

_WIDE_DIGIT = re.compile(r"[\uff10-\uff19]")
# a scan's spaced figures ('２ ０ ２ ５ 年 １ １ 月 ２ ０ 日'), read whole: renditions/ocr_marks.py joins them once ASCII
_SPACED = r"[０-９](?: [０-９]){3} ?年 ?[０-９](?: [０-９])? ?月 ?[０-９](?: [０-９])? ?日"
# an English scrape's day ('October ２１, ２０２５', '０８/０３/２０２５')
_ENGLISH = r"(?<=[A-Za-z] )[０-９]{1,2},\s?[０-９]{4}(?![０-９])|(?<![０-９])[０-９]{1,2}[/／][０-９]{1,2}[/／][０-９]{4}(?![０-９])"
_PHONE = r"(?<![０-９])[０-９]{3,4}[－\-][０-９]{7,8}(?![０-９])|(?<![０-９])１[３-９][０-９]{9}(?![０-９])"
_TOKEN = re.compile(
    _SPACED + "|" + _ENGLISH + "|"
    r"[０-９]{2,4}[．.][０-９]{1,2}[．.][０-９]{1,2}(?![０-９])"  # '２０２６.１.２６'
    r"|[０-９]{1,4}(?:[－\-/／][０-９]{1,2}){1,2}(?![０-９])|[０-９]{1,2}[:：][０-９]{2}(?![０-９])"  # '２０２６-０４-１８', '０７:００'
    r"|[０-９]{1,4}(?=\s?[年月日号])"  # '２０２６年', '４月', '１７日'
    r"|(?<=第)[Ａ-Ｈ]?[０-９]{1,3}(?=\s?版)|[Ａ-Ｈ][０-９]{1,3}(?![０-９])"  # '第０３版', 'Ａ０３'
    r"|" + _PHONE  # '０７３１-２８８８１２３４', a mobile
)
# a whole date, a clock time or a phone number ('（２０２６年１月２１日）', '２０２５-０７-２６ ０７:４５'): read so in any line, no headline gives one
_WHOLE = re.compile(_SPACED + "|" + _ENGLISH + "|"
                    r"[０-９]{4}\s?年\s?[０-９]{1,2}\s?月\s?[０-９]{1,2}\s?日|[０-９]{4}[－\-/／.．][０-９]{1,2}[－\-/／.．][０-９]{1,2}"
                    r"|(?<![０-９])[０-９]{1,2}[:：][０-９]{2}(?![０-９])|" + _PHONE  # a phone: a one-line ad's ('开锁换锁　１３９…')
                    + r"|(?<=[…·.．])[Ａ-Ｈ]?[０-９]{1,3}(?=[ \u3000]*(?:版)?$)")  # a contents line's page after its leaders ('…Ａ０２')
# a line of prose, a meta line or a running head, where a date is read; a headline ('株洲启动２０２５年读书节') keeps its figures
_READ_LINE = re.compile(r"[，。；,]|作者|时间|来源|日期|发布|编辑|记者|通讯员|星期|周[一二三四五六日]|版|电话|手机|联系|^\s*[Ａ-Ｈ][０-９]"
                        r"|\b(?:Page|Published|Date|Author|Source)\b")  # an English scrape's meta labels
_NARROW = {**{0xFF10 + k: 0x30 + k for k in range(10)}, **{0xFF21 + k: 0x41 + k for k in range(8)},
           ord("－"): ord("-"), ord("／"): ord("/"), ord("．"): ord("."), ord("："): ord(":")}


def fold(text: str) -> tuple[str, int]:
    """(the text with the figures of the dates, times and page codes in its prose, meta lines and running heads as
    ASCII, how many were read so)."""
    if not _WIDE_DIGIT.search(text):
        return text, 0
    count = 0

    def narrow(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group(0).translate(_NARROW)

    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _WIDE_DIGIT.search(line) and _READ_LINE.search(line):
            lines[k] = _TOKEN.sub(narrow, line)
        elif _WIDE_DIGIT.search(line):
            lines[k] = _WHOLE.sub(narrow, line)
    return ("\n".join(lines), count) if count else (text, 0)
