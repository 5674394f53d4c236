"""OCR text of a scanned page: a space between every two Chinese characters, or between the words OCR cut.

Text recognised from a scan (and some PDF extractions) comes out as
`炎 陵 黄 桃 花 节 开 幕` and `4 月 9 日 ，`, and an OCR layer's text export
as its words one space apart (`株洲 西站 改造工 程主`). Headline, byline and date
patterns read words, so when most lines of a file are spaced out this way
the single spaces next to a Chinese character or between single digits are
read as nothing. Spaces after a code such as `A03` stay, and so do wider
gaps; the issue's lines keep their original text.
"""

from __future__ import annotations

import re
from itertools import pairwise

_WIDE = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’、·—…"
_SPACED_PAIR = re.compile(rf"[{_WIDE}] (?=[{_WIDE}])")
_WIDE_CHAR = re.compile(rf"[{_WIDE}]")
_FIGURE = re.compile(r"^[0-9.%]+$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")
SAMPLE = 40  # lines of Chinese text looked at
MIN_SHARE = 0.6  # of the lines with Chinese text: spaced out throughout, not a padded name here and there


def _spaced(line: str) -> bool:
    """Most pairs of neighbouring wide characters in the line stand one space apart."""
    text = line.strip()
    if text.count(" ") < 2:
        return False  # a cheap look first: most lines hold a space at most
    spaced = len(_SPACED_PAIR.findall(text))
    tight = len(re.findall(rf"[{_WIDE}](?=[{_WIDE}])", text))
    return spaced >= 3 and spaced > tight * 2 or spaced >= 2 and _word_spaced(text, spaced)


def _word_spaced(text: str, spaced: int) -> bool:
    """OCR that cut the line into words (`株洲 西站 改造工 程主`, an ALTO file's strings exported one space apart):
    pieces of one to four characters, each one space from the next, most of them meeting Chinese to Chinese."""
    pieces = text.split(" ")
    return (len(pieces) >= 3 and "" not in pieces and sum(len(p) <= 4 for p in pieces) >= len(pieces) * 0.8
            and spaced * 2 >= len(pieces) - 1)


def is_spaced(raw_lines: list[str]) -> bool:
    """Most lines holding four or more Chinese characters are spaced out character by character.

    OCR spacing runs through a whole file, so the first lines of Chinese text decide.
    """
    head = "\n".join(raw_lines[:200])[:6000]
    if len(_HAN_PAIR.findall(head)) < 10:
        return False  # a cheap look first: hardly two characters a space apart
    chinese: list[str] = []
    for raw in raw_lines:
        if len(_HAN.findall(raw)) >= 4:
            chinese.append(raw)
            if len(chinese) >= SAMPLE:
                break
    return len(chinese) >= 3 and sum(map(_spaced, chinese)) >= len(chinese) * MIN_SHARE


def collapse(line: str) -> str:
    """The line with the spaces between its characters taken out (`A03 城 事` -> `A03 城事`)."""
    lead = line[: len(line) - len(line.lstrip())]
    tokens = line.strip().split(" ")
    out = tokens[0]
    for before, token in pairwise(tokens):
        out += token if _joins(before, token) else " " + token
    return lead + _ROLE_AFTER_WORD.sub(" ", out)


# Word breaks the spacing hid that the paper's furniture needs: a role after a section or a name ('城事 责任编辑：…').
_ROLE_AFTER_WORD = re.compile(r"(?<=[\u4e00-\u9fff])(?=责任编辑|本版编辑|美术编辑|通讯员)")


def _joins(before: str, after: str) -> bool:
    """Two pieces one space apart belong together: Chinese to Chinese or a figure, or the digits of one figure."""
    if not before or not after:
        return False  # a wider gap stays a gap
    wide_end, wide_start = bool(_WIDE_CHAR.match(before[-1])), bool(_WIDE_CHAR.match(after[0]))
    figure_before, figure_after = bool(_FIGURE.match(before)), bool(_FIGURE.match(after))
    if wide_end and (wide_start or figure_after):
        return True
    if figure_before and wide_start:
        return True
    if before[-1].isdigit() and (wide_start or after[0] in ".%" or after[0].isdigit() and _WIDE_CHAR.search(after)):
        return True  # OCR's word cut inside a figure or before its unit: '从11' '月起', '300' '0名', '1' '.2万'
    if before[-1] == "." and after[0].isdigit() and before[:-1][-1:].isdigit():
        return True  # '0.' '3元
    return figure_before and figure_after and (len(before) == 1 == len(after) or before[-1] in ".%" or after[0] in ".%")


def unspace(raw_lines: list[str], warnings: list[str]) -> list[str] | None:
    """The lines with OCR spacing taken out, or None when the file is not spaced out."""
    if not is_spaced(raw_lines):
        return None
    warnings.append("文件字与字之间有空格（扫描识别文本），已去掉后解析 / The file has a space between every "
                    "two characters (text recognised from a scan); read without them.")
    return [collapse(r) for r in raw_lines]


# '株 洲 日 报', '株　洲　日　報': the paper's name set letter-spaced on a masthead or a running head
_SPACED_NAME = re.compile(r"株[ \u3000]{1,3}洲[ \u3000]{1,3}日[ \u3000]{1,3}([报報])")


def unspace_name(raw_lines: list[str]) -> list[str]:
    """The lines with the paper's letter-spaced name read as one word; the same list when there is none.

    A masthead sets the name wide, and a scan's text keeps the gaps, while the
    rest of the file is not spaced out, so `unspace` leaves it; as four
    one-character words it was read as a headline over nothing.
    """
    if not any(("洲 " in raw or "洲\u3000" in raw) and _SPACED_NAME.search(raw) for raw in raw_lines[:400]):
        return raw_lines
    return [_SPACED_NAME.sub(r"株洲日\1", raw) if "洲" in raw else raw for raw in raw_lines]


_HALF_MARK = re.compile(r"[\u4e00-\u9fff”）][,.]")  # '…园区”,关键…': a typist's half-width marks in prose


def spaced_prose(raw_lines: list[str]) -> bool:
    """Most lines of prose (a comma or a full stop among four or more Chinese characters) are spaced out, or the
    file has no prose and is spaced out as a whole: a scan's text, not display lines letter-spaced over tight prose."""
    prose = [raw for raw in raw_lines[:2000] if ("，" in raw or "。" in raw or _HALF_MARK.search(raw)) and len(_HAN.findall(raw)) >= 4][:SAMPLE]
    if not prose:
        return is_spaced(raw_lines)
    return sum(map(_spaced, prose)) * 2 > len(prose)
