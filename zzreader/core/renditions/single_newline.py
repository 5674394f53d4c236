"""Single-newline dumps: no blank lines at all, one paragraph per line.

Every line is its own block, so a headline can still open an article and a
caption stays a caption.
"""

from __future__ import annotations

import re

from .bare_heads import ascii_stop
from .model import SourceLine
from .page_heads import is_header, is_masthead_date


def looks_like(raw_lines: list[str]) -> bool:
    body = [r for r in raw_lines if r.strip(" \t\u3000\ufeff")]
    blanks = len(raw_lines) - len(body) - (1 if raw_lines and not raw_lines[-1] else 0)
    # one blank line under the masthead (among the first lines) parts it from the page, no paragraphs
    head_blank = 1 if any(not r.strip(" \t\u3000\ufeff") for r in raw_lines[1:MASTHEAD_LINES]) else 0
    head_blank += _blanks_over_pages(raw_lines)  # '' over '株洲日报 2026年4月11日 … A03': the next page of the file, no paragraph
    if len(body) < SHORT_PAGE:
        return len(body) >= 4 and blanks - head_blank == 0 and one_piece_a_line(body)  # a short page: no blank line at all
    return blanks - head_blank <= len(body) * 0.05


def _blanks_over_pages(raw_lines: list[str]) -> int:
    """Blank lines right over a page's running head or masthead date past the first lines: pages parted, not paragraphs."""
    count = 0
    over_page = False  # the next text line below is a page's head
    for k in range(len(raw_lines) - 1, MASTHEAD_LINES - 1, -1):
        text = raw_lines[k].strip(" \t\u3000\ufeff")
        if not text:
            count += over_page
        else:
            over_page = not raw_lines[k - 1].strip(" \t\u3000\ufeff") and (is_header(text) or is_masthead_date(text))  # only under a blank
    return count


SHORT_PAGE = 8
MASTHEAD_LINES = 4  # a blank line among the first lines parts the masthead from the page
# a small ad's line ends on its phone number ('联系电话：0731-2866××××'): a whole piece too
_DATED = re.compile(r"(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}")  # a masthead's date
_CONTACT_END = re.compile(r"(?:电话|热线|联系|手机)[:：]?\s*[\d×＊*xX\-－—]{7,}\s*$")


def one_piece_a_line(body: list[str]) -> bool:
    """Most lines end a sentence or are short enough to be a headline: not one paragraph hard-wrapped.

    A masthead among the first lines ('株洲日报 2026年4月13日 星期一 第12345期 今日8版') is a whole line too.
    """
    ends = sum(1 for k, r in enumerate(body) if r.rstrip()[-1:] in "。！？!?”）)" or ascii_stop(r.rstrip()) or len(r.strip()) <= 24 or _CONTACT_END.search(r)
               or is_header(r) or is_masthead_date(r) or (k < MASTHEAD_LINES and _DATED.search(r)))
    return ends >= len(body) * 0.8


def split_blocks(lines: list[SourceLine], warnings: list[str]) -> None:
    for line in lines:
        line.gap = max(line.gap, 1)
    warnings.append("文件没有空行，按每行一段解析 / The file has no blank lines; each line read as a paragraph.")
