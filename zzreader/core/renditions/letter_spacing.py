"""Short display lines a PDF extractor letter-spaced: `秋 收 忙`, `记 者   王 某`, `A 0 3   城 事`.

A headline, a masthead, a section or a byline set in a display face with
wide tracking comes out of `pdftotext` one space a character, with a wider gap
where the words part, while the prose around it is set tight. A reader sees
the words; the headline, byline and date patterns read words too, so such a
line is read with its one-space gaps closed and a word's wider gap as one
space; a column's gap (four spaces or more, a tab, an ideographic space) stays.
A line is letter-spaced when three or more of its pieces between single
spaces are one character (a padded name over its role, '易 朗 摄', is no proof), they are most of them, and every longer piece is a
figure an earlier pass closed ('2026年   星 期 三'); a marker ('■', '□') is no
letter. '记者 黄 婷 通讯员 彭 丽', '□ 肖 然', a table's row or prose with a comma is
no display line; '□   肖   然' is (no gap of one space: a signature set wide), and so are
a role word spaced before a padded name ('记 者　田　甜') and a quoted mail's line ('>   株 洲 日 报 …').
When the prose itself is spaced out, the file is a scan's text, which
renditions/ocr_spacing.py reads as a whole.
"""

from __future__ import annotations

import re

from . import ocr_spacing

_GAP = re.compile(r"(?: {2,}|\u3000+| ?\t ?)")
_HAN = re.compile(r"[\u3400-\u9fff]")
COLUMN_GAP = 4  # spaces: a gap as wide parts columns set side by side and stays; a narrower one parts two words
MAX_PIECES = 30  # pieces of a display line at most
_PROSE = re.compile(r"[，。；,]")
_DIGIT = re.compile(r"[0-9０-９]")  # a figure an earlier pass closed ('2 0 2 6 年' read as '2026年')
_MARKS = set("|│｜□■●◆▲★☆")  # a marker or a rule between words ('■ 简 讯', '时 评 ｜ 赏 荷'): no letter of a word
_RULES = set("|│｜>")  # a table's row or a quote: a Markdown line, no display line


# a quoted mail's mark ('>   株 洲 日 报 …'): the quote is read, its mark kept
_QUOTE = re.compile(r"^(\s*>+)(?=\s+\S)")
# a role word spaced out before a name padded with ideographic spaces ('记 者　田　甜'): one space is all it shows
_SPACED_ROLE = re.compile(r"^(\s*)(记 者|通 讯 员|摄 影|实 习 生)(?=\u3000[\u4e00-\u9fff]{1,3}(?:\u3000|$))")
# a signature set with wide gaps only ('□   肖   然'): two letters are proof when no gap is a single space
_WIDE_ONLY = re.compile(r"^[□■◆●]?(?: {2,3}[\u4e00-\u9fff]){2,3}$")


def collapse(line: str) -> str | None:
    """The line read without its letter spacing, or None when it is not letter-spaced."""
    if (quoted := _QUOTE.match(line)) is not None:
        inner = _collapse(line[quoted.end():])  # one level: a nested quote's marks are no letters
        return None if inner is None else quoted.group(1) + inner
    return _collapse(line)


def _collapse(line: str) -> str | None:
    if (role := _SPACED_ROLE.match(line)) is not None:
        return role.group(1) + role.group(2).replace(" ", "") + line[role.end():]
    body = line.strip()
    if " " not in body or _PROSE.search(body) or body[0] in _RULES:
        return None
    words = [word.split(" ") for word in _GAP.split(body)]
    pieces = [piece for word in words for piece in word if piece not in _MARKS]
    singles = [piece for piece in pieces if len(piece) == 1]
    if ((len(singles) < 3 and not (len(singles) == 2 and _WIDE_ONLY.match(body)))
            or (len(singles) == 3 and body[-1] in "摄绘")
            or len(singles) * 3 < len(pieces) * 2 or len(pieces) > MAX_PIECES
            or sum(bool(_HAN.match(piece)) for piece in singles) < 2
            or not all(_DIGIT.search(piece) for piece in pieces if len(piece) > 1)):
        return None
    gaps = [gap if len(gap) >= COLUMN_GAP or gap.strip(" ") else " " for gap in _GAP.findall(body)]
    words = [[piece + " " if piece in _MARKS else piece for piece in word] for word in words]  # '■ 简讯'
    return line[: len(line) - len(line.lstrip())] + "".join(
        "".join(word).rstrip(" ") + gap for word, gap in zip(words, [*gaps, ""], strict=True))


def unspace(raw_lines: list[str]) -> list[str]:
    """The lines with letter-spaced display lines read as words; the same list when there is none, or when the
    prose is spaced out too (a scan's text, read as a whole by ocr_spacing)."""
    candidates = [raw.count(" ") >= 2 or (" " in raw and _SPACED_ROLE.match(raw) is not None) for raw in raw_lines]
    if not any(candidates):
        return raw_lines
    read = [collapse(raw) if candidate else None for raw, candidate in zip(raw_lines, candidates)]
    if not any(read) or ocr_spacing.spaced_prose(raw_lines):
        return raw_lines
    return [new or raw for new, raw in zip(read, raw_lines)]
