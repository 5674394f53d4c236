"""PDF text whose two columns alternate line by line: left, right, left, right.

Some extractions (plain `pdftotext` on a page whose columns sit at one
height, copies from some viewers) give each printed row of a two-column
page as two lines in turn: the left column's line, then the right one's.
Two headlines then stand one under the other, then two bylines (or two
indented leads), then body lines that break off mid-sentence where an indented paragraph of the other
article starts. Such a block, from the headline pair to the next blank line,
is put back in reading order: the left column's lines (the odd ones), then
the right column's (the even ones), when that order leaves fewer paragraphs
starting after an unfinished line than the lines as given. Every line keeps
its original number.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .paragraph_openers import BARE_LEAD as _BARE_LEAD
from .paragraph_openers import opens_paragraph

_CREDIT = re.compile(r"^[\s\u3000]*(?:株洲日报|本报)?(?:全媒体)?(?:记者|通讯员|特约记者|实习生)[\s\u3000：:]*[\u3400-\u9fff]")
# '　　本报讯（记者 柯　南）…', '　　株洲日报讯（通讯员…': a report's lead, indented
_LEAD = re.compile(r"^(?:\u3000|\s{2,}|\t)[\s\u3000]*(?:株洲日报|本报|株洲晚报)(?:全媒体)?讯")
# a masthead's date: a year or a weekday ('醴陵瓷博会5月开幕' is a headline all the same)
_DATE = re.compile(r"(?:19|20)\d{2}\s*[年\-/.]|星期|周[一二三四五六日]")
_SENTENCE = re.compile(r"[。！？!?；;，,、：:]")
_FINISHED = re.compile(r"[。！？!?”」』…）)]\s*$")
MAX_TITLE = 30  # characters in a headline of one column
MAX_CREDIT = 40
MAX_BLOCK = 200  # body lines: beyond this only the plain alternation is read (each stop costs a pass)


def _indented(text: str) -> bool:
    return text.startswith(("\u3000", "  ", "\t"))


def _title(text: str) -> bool:
    body = text.strip()
    return (4 <= len(body) <= MAX_TITLE and not _indented(text) and not _SENTENCE.search(body) and not _CREDIT.match(body)
            and not _DATE.search(body))  # a masthead's date line is no headline


def _credit(text: str) -> bool:
    return len(text.strip()) <= MAX_CREDIT and bool(_CREDIT.match(text))


def _breaks(lines: list[str]) -> int:
    """Paragraph starts right after a line that ends mid-sentence: text that does not run on.

    A paragraph starts indented, or, its indent dropped, with a lead or an opening clause ('4月7日，', '据介绍，')
    under a line that is no headline of its own.
    """
    return sum(1 for a, b in pairwise(lines) if (_indented(b) or (opens_paragraph(b) and not (_title(a) and not opens_paragraph(a)))) and a.strip()
               and not _FINISHED.search(a) and not _credit(a))


def _block_end(lines: list[str], start: int) -> int:
    """The next blank line, or the next pair of headlines over two bylines (a page dumped without its blank lines)."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
        if end > start + 4 and end + 3 < len(lines) and _opens(lines, end):
            break
    return end


def _after_break(line: str) -> bool:
    """A line a block may open under: a blank one, the masthead's date, or a finished sentence (a dump without blank lines)."""
    return not line.strip() or bool(_DATE.search(line) or _FINISHED.search(line))


def _opens(lines: list[str], i: int) -> int:
    """Where the body starts when two headlines, then two bylines or two indented leads, top a block; else 0."""
    if not ((i == 0 or _after_break(lines[i - 1])) and _title(lines[i]) and _title(lines[i + 1])):
        return 0
    if _credit(lines[i + 2]) and _credit(lines[i + 3]):
        return i + 4
    if all(_LEAD.match(lines[k]) or _BARE_LEAD.match(lines[k]) for k in (i + 2, i + 3)):
        return i + 2  # '　　本报讯（记者 柯　南）11月9' beside '　　本报讯（通讯员 伍　思）今年'
    return 0


def _columns(n: int, texts: list[str]) -> tuple[list[int], list[int]]:
    """Which body lines are the left column's and which the right's.

    The lines alternate while both columns have rows; once the shorter one
    ends, the rest are the longer one's alone. Of the places where the
    alternation may stop, and of the two columns the rest may belong to, the
    reading that leaves fewest broken paragraphs and fewest unindented lines
    after a finished sentence wins (the full alternation on a tie).
    """
    def score(left: list[int], right: list[int]) -> int:
        return sum(_breaks(col) + _strays(col) for col in ([texts[k] for k in left], [texts[k] for k in right]))

    best = (list(range(0, n, 2)), list(range(1, n, 2)))
    best_score = score(*best)
    for stop in range(2, n - 1, 2) if n <= MAX_BLOCK else ():
        pairs_left, pairs_right, tail = list(range(0, stop, 2)), list(range(1, stop, 2)), list(range(stop, n))
        for left, right in ((pairs_left + tail, pairs_right), (pairs_left, pairs_right + tail)):
            if (s := score(left, right)) < best_score:
                best, best_score = (left, right), s
    return best


def _strays(lines: list[str]) -> int:
    """Unindented lines right after a finished sentence: a column's paragraph starts indented, so these were misplaced."""
    return sum(1 for a, b in pairwise(lines) if b.strip() and not _indented(b) and _FINISHED.search(a) and not _credit(b))


def reorder(raw_lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """The lines with each interleaved block read column by column, or None when there is none."""
    if sum(1 for r in raw_lines if "记者" in r or "通讯员" in r) < 2:
        return None  # a cheap look first: the pattern opens with two bylines
    out: list[tuple[int, str]] = []
    i = found = 0
    while i < len(raw_lines):
        if i + 5 < len(raw_lines) and (body := _opens(raw_lines, i)):
            end = _block_end(raw_lines, i)
            block = list(range(i, end))
            texts = [raw_lines[k] for k in range(body, end)]
            left, right = _columns(len(texts), texts)
            if end - body >= 3 and _breaks([texts[k] for k in left]) + _breaks([texts[k] for k in right]) < _breaks(texts):
                head = block[: body - i]
                out.extend((k + 1, raw_lines[k]) for k in [*head[0::2], *(body + j for j in left)])
                out.append((block[0] + 1, ""))  # a gap between the columns: the second headline opens an article
                out.extend((k + 1, raw_lines[k]) for k in [*head[1::2], *(body + j for j in right)])
                found += 1
                i = end
                continue
        out.append((i + 1, raw_lines[i]))
        i += 1
    if not found:
        return None
    warnings.append(f"已将 {found} 处逐行交错的两栏按栏重排 / Read {found} block(s) of two columns interleaved line by line column by column.")
    return out
