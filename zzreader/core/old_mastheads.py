"""The small print of an old masthead: the organ line, the page count and the issue number in Chinese numerals.

Pages from the 1950s to the 1980s print under the paper's name '中共株洲市委机关报'
(the Party committee's organ), '今日四版' (four pages today) and the issue
number '第五三二号' or '（第二四一八号）'; a transcriber may set them on one line
('中共株洲市委机关报 · 今日八版 · 国庆十周年特刊'). None is a headline, and an
OCR'd date beside them may have lost a figure ('一九八□年五月一日　星期四'), so
these lines mark the masthead on their own. `HINT` has no groups: core/lines.py
joins it into a pattern that counts its own.
"""

from __future__ import annotations

_CN = "〇零一二三四五六七八九十百千"
HINT = (
    r"^中共[\u4e00-\u9fff]{2,8}?(?:市|县|地|省)委(?:员会)?机关报"  # the organ line, whatever follows on it
    r"|今日[一二三四六八十]{1,3}版"  # the page count in Chinese numerals
    rf"|^[（(]?第[{_CN}]{{3,6}}[号期][）)]?$"  # the issue number alone on its line
    rf"|^(?:株洲日?[报報][\s\u3000]*)?[{_CN}□■]{{4}}年[{_CN}□■]{{1,3}}月[{_CN}□■]{{1,3}}日[\s\u3000]*星期[一二三四五六日天]"  # a date OCR broke
)
