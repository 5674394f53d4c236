"""Small ads run together with only a phone number between them, on one line.

A classified column set tight prints one ad after another with no mark between:
`某某酒店诚招服务员5名，包吃住。13807331234某某汽修厂招熟练钣金工，待遇面议。0731-28456789`.
Read as one paragraph, the ads were one article. A whole phone number after a
sentence's end and right before more Chinese text closes one ad; the line is cut
after it, each piece a paragraph of its own on the same original line. A report's
'拨打12345热线' is no such number (the number does not follow a sentence's end,
and a hotline's five figures are no phone number).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import SourceLine

_PHONE = r"(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})"
# a sentence's end, a whole phone number (a label before it allowed), then the next ad's first Chinese character
_CUT = re.compile(rf"[。！!）)]\s*(?:(?:电话|联系电话|热线|手机)[:：]?\s*)?{_PHONE}(?![\d-])(?=[\u4e00-\u9fff])")
_ENDS_ON_PHONE = re.compile(rf"[。！!）)]\s*(?:(?:电话|联系电话|热线|手机)[:：]?\s*)?{_PHONE}\s*$")


def split(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each run of ads cut after every phone number that parts two of them."""
    out: list[SourceLine] = []
    cut = 0
    for line in lines:
        pieces = _pieces(line.text) if len(line.text) > 30 and "。" in line.text else [line.text]
        if len(pieces) == 1:
            out.append(line)
            continue
        cut += len(pieces) - 1
        out.extend(replace(line, text=piece, gap=line.gap if k == 0 else max(line.gap, 1)) for k, piece in enumerate(pieces))
    if cut:
        warnings.append(f"已在电话号码后拆开 {cut} 处连排的小广告 / Split {cut} run-together small ad(s) after their phone numbers.")
    return out


def _pieces(text: str) -> list[str]:
    """The ads a line holds: cut after each phone number that another ad follows, when the last piece
    ends on a phone number too (every piece is then an ad closed by its number)."""
    ends = [m.end() for m in _CUT.finditer(text)]
    if not ends or not _ENDS_ON_PHONE.search(text):
        return [text]
    bounds = [0, *ends, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
