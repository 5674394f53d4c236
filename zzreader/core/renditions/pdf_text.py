"""PDF text extraction: hard wraps every ~20 characters, `　　` paragraph indents.

A paragraph starts with two full-width spaces; the lines after it that are
not indented carry on the same paragraph until one ends short. Lines are
joined without a space (Chinese text, and numbers such as `39.` / `2` broken
mid-number), the joined paragraph keeps the first and last original line.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..bylines import opens_lead, parse_credit, split_trailing_credit
from . import bare_heads, bare_wraps, contact_ends, lead_heads, masthead_lines, ocr_dates, page_carry, slogans
from .article_gaps import after_credits
from .cut_prose import cut_prose, open_full_indents
from .joined_text import JoinedText
from .line_widths import INDENT, char_len, commonest, strong_cuts, visual_len
from .lone_titles import lone_title, notice_head
from .model import SourceLine
from .page_breaks import CENTRED as _CENTRED
from .page_breaks import OPEN_END as _OPEN_END
from .page_breaks import head_again
from .page_breaks import paged_wraps as _paged_wraps
from .page_heads import is_masthead_date, page_label
from .surnames import compound_alone
from .tab_rows import apart as _tab_row_apart

_TERMINAL = set("。！？!?…”’」』)）】》;；")
_NOTE_START = re.compile(r"^\s*【?(?:编者按|编者的话|编后)】?\s*[:：]")  # an editor's note opens a paragraph, set in or not


SHORT_PAGE = 12  # fewer lines than this: a page of one or two short pieces
# `pdftotext -layout` keeps a blank line between blocks (headline, byline, text): up to one blank line for
# two text lines when the text itself is wrapped at one width
BLOCK_BLANKS = 0.5


def looks_like(raw_lines: list[str]) -> bool:
    """Many indented paragraph starts, almost no blank lines, lines of one width."""
    while raw_lines and not raw_lines[-1].strip():
        raw_lines = raw_lines[:-1]  # the file's last line end (or blank lines after the page) is no gap between blocks
    body = [r for r in raw_lines if r.strip()]
    if _running_head_again(body) or _paged_wraps(raw_lines):
        return True
    blanks = len(raw_lines) - len(body) - after_credits(raw_lines)  # a blank after '（记者 某某）' ends an article
    if len(body) < SHORT_PAGE:  # a short page's blocks wrapped at one width between blank lines show it too
        return (_short_page(raw_lines, body) or (len(body) >= 5 and _open_indents(body))
                or (len(body) * 0.1 < blanks <= len(body) and _wrapped_blocks(raw_lines, body)))
    indented = sum(1 for r in body if INDENT.match(r))
    if len(body) * 0.1 < blanks <= len(body) and (_wrapped_blocks(raw_lines, body) or bare_wraps.looks_like(body, wrap_measure(body)[0])):
        return True  # paragraphs wrapped at one width, a blank line after each (or after each notice): an extraction that kept them
    if indented == 0 and blanks <= len(body) * 0.1:
        return (_unindented_wraps(body) or cut_prose(body)  # (hand-wrapped at no one width: renditions/cut_prose.py)
                or bare_wraps.looks_like(body, wrap_measure(body)[0]))  # (short wrapped lines among short headlines: bare_wraps.py)
    if blanks > len(body) * 0.1 and not (blanks <= len(body) * BLOCK_BLANKS and _few_long_paragraphs(body)):
        return False  # blank lines between paragraphs: a plain dump (between blocks of wrapped text: still PDF text)
    if indented < 3:  # two indented starts that both break mid-sentence are wraps too ('试' / '点名单，…')
        return indented >= 1 and (_few_long_paragraphs(body) or _open_indents(body))
    measure, width = wrap_measure(body)
    wrapped = sum(1 for r in body if width and abs(measure(r) - width) <= 2)
    carried = continuation_share(body)
    if _breaks_at_one_width(body, measure) or (measure is not visual_len and _breaks_at_one_width(body, visual_len)):
        return carried >= 0.2 or _open_indents(body) or open_full_indents(body, measure, width)  # (a PDF sets digits half-width: the breaks may line up only so)  # breaks at one width are evidence enough for fewer wrapped lines (headlines, credits)
    if _open_indents(body):
        return True
    return (wrapped >= len(body) * 0.35 or carried >= 0.4) and carried >= 0.25


def _running_head_again(body: list[str]) -> bool:
    """Indented paragraphs (or lines broken at one width) and the page's running head printed again further down: a PDF page break.

    However long the extracted lines are, one page's head repeated word for
    word is where the extraction crossed a page; a dump of one paragraph a
    line that repeats its head (a scrape of several screens) has no indents.
    """
    if not head_again(body):
        return False
    # without indents, lines broken mid-sentence at one width must show it, if on fewer lines than a page alone needs
    rows_out = [r for r in body if not _gapped_row(r.strip())]  # a table's rows share a width and end on no stop, unwrapped
    return sum(1 for r in body if INDENT.match(r)) >= 2 or _unindented_wraps(rows_out, share=0.25)


def _open_indents(body: list[str]) -> bool:
    """Most indented paragraph starts stop mid-sentence and go on on the next, unindented line.

    A page of short paragraphs wraps too few lines at one width to show it; a
    plain dump's indented line is its whole paragraph and ends a sentence.
    """
    indented = [k for k, r in enumerate(body[:-1]) if INDENT.match(r) and not _CENTRED.match(r)]  # a signer set far right starts none
    carried = sum(1 for k in indented if _OPEN_END.search(body[k].rstrip()) and not INDENT.match(body[k + 1]))
    return carried >= 2 and carried >= len(indented) * 0.6


_INNER_GAP = re.compile(r"\S(?: {2,}|\t|\u3000{2,})\S")  # a gap inside a line: a table row or a side-by-side layout


_CLAUSE_MARKS = "，。；、,;"
_PAPER_NAME = re.compile(r"^(?:株\s*洲\s*日\s*报|株\s*洲\s*晚\s*报)$")  # '株洲日报' alone over a layout's spread-out date and edition lines


def _wrapped_blocks(raw_lines: list[str], body: list[str]) -> bool:
    """Blocks between blank lines whose lines, all but each block's last, break mid-sentence at one width.

    Text extracted with blank lines between paragraphs and no indent: every
    paragraph of several lines is cut at the column's edge. One-line paragraphs
    (a plain dump) make no such block; table rows hold inner gaps.
    """
    blocks: list[list[str]] = [[]]
    for raw in raw_lines:
        if raw.strip():
            blocks[-1].append(raw.rstrip())
        elif blocks[-1]:
            blocks.append([])
    multi = [b for b in blocks if len(b) >= 2 and not _PAPER_NAME.match(b[0].strip())]  # the page's masthead block is set, not wrapped
    inner = [line for b in multi for line in b[:-1]]
    # stacks of headline lines (kicker, title, subtitle) have no clause mark: they are no paragraphs cut at the column's edge
    if sum(1 for b in multi if any(mark in line for line in b for mark in _CLAUSE_MARKS)) < 2 or len(inner) < 4 or any(_gapped_row(line.strip()) for line in inner):
        return False
    measure, _ = wrap_measure(body)
    widths = Counter(w for line in inner if (w := measure(line.strip())) >= 10)  # a place tag over each brief is no width
    if not widths:
        return False
    width = widths.most_common(1)[0][0]
    # a stack of short lines (a masthead over its date and page, a credit over a second one) is no wrapped text
    wide = [line for line in inner if measure(line.strip()) >= 0.8 * width]
    same = sum(1 for line in wide if abs(measure(line.strip()) - width) <= 2)  # a wrap falls a glyph or two short
    mid = sum(1 for line in wide if line[-1:] not in _TERMINAL)
    # the share counts the blocks of text only: a page of briefs sets a place tag and a title of two lines over each one
    texts = [line for b in multi if any(measure(t.strip()) >= 0.8 * width for t in b[:-1]) for line in b[:-1]]
    return (width >= 10 and len(wide) >= max(4, 0.4 * len(texts)) and same >= 0.8 * len(wide) and mid >= 0.6 * len(wide)
            and (sum(map(len, multi)) >= 0.5 * len(body) or strong_cuts(wide, same)))


def _gapped_row(text: str) -> bool:
    """A gap inside a line that is no masthead date ('一九九三年十月十二日  星期二', a scan's 'l998年6月l2日' too),
    page label ('第2版　　　综合新闻') or lead ('本报讯  记者…'): a table's row."""
    return (bool(_INNER_GAP.search(text)) and not is_masthead_date(ocr_dates.fold(text)[0]) and page_label(text) is None
            and not opens_lead(text))


def blank_blocks(raw_lines: list[str]) -> bool:
    """Text extracted block by block, a blank line between blocks whose lines are wrapped at one width (pdftotext's default)."""
    while raw_lines and not raw_lines[-1].strip():
        raw_lines = raw_lines[:-1]
    body = [r for r in raw_lines if r.strip()]
    return len(body) * 0.1 < len(raw_lines) - len(body) <= len(body) and _wrapped_blocks(raw_lines, body)


def _few_long_paragraphs(body: list[str]) -> bool:
    """One or two indented paragraphs that run on over many lines, all broken at one width: a page of long stories.

    Too few indents to count on, but a single-newline dump never carries a
    paragraph on over most of its lines.
    """
    return continuation_share(body) >= 0.4 and _breaks_at_one_width(body, wrap_measure(body)[0])


_RULED = re.compile(r"^\s*[\u2500-\u257f]{2}|[\u2500-\u257f]{2}\s*$")


def _unindented_wraps(body: list[str], share: float = 0.4) -> bool:
    """No paragraph indents at all: most lines share one width, and many of those stop mid-sentence at it.

    A single-newline dump holds one paragraph a line, of every length; an
    extraction without indents cuts every paragraph at the column's edge.
    """
    body = [r for r in body if not _RULED.search(r)]  # '━━━━ 第A01版　要闻 ━━━━': a banner, never a wrapped line
    wraps = _full_lines(body)
    if wraps is not None:
        full, mid, _ = wraps
        if len(full) >= share * len(body) and len(mid) >= 3 and len(mid) >= 0.5 * len(full):
            return True
    # a full line that stops on a comma goes on too (no paragraph of a dump ends so): with two of them, the share is
    # counted without the lines no column wraps (bylines of their own, a deck, jump markers, folios)
    text = [r for r in body if not _set_apart(r.strip())]
    wraps = _full_lines(text)
    if wraps is None:
        return False
    full, mid, commas = wraps
    return len(full) >= share * len(text) and len(commas) >= 2 and mid and len(mid) + len(commas) >= max(3, 0.5 * len(full))


def _full_lines(body: list[str]) -> tuple[list[int], list[int], list[int]] | None:
    """The lines as wide as the wrap width, those of them that stop mid-sentence, and those that stop on a comma."""
    lengths = Counter(len(r) for r in body if len(r) >= 10)
    if not lengths or max(sum(lengths[n + d] for d in (-2, -1, 0, 1, 2)) for n in lengths) < 0.3 * len(body):
        return None  # no line length shared by many lines: no wrap width (cheap look before measuring glyphs)
    measure, width = wrap_measure(body)
    if width < 10:
        return None
    full = [k for k, r in enumerate(body) if abs(measure(r) - width) <= 1]
    mid = [k for k in full if body[k].rstrip()[-1:] not in _TERMINAL and body[k].rstrip()[-1:] not in "，,、"
           and not any(j < len(body) and _own_byline(body[j].strip()) for j in (k, k + 1))]  # a byline, a headline over it
    commas = [k for k in full if body[k].rstrip()[-1:] in "，,"]
    return full, mid, commas


def _set_apart(text: str) -> bool:
    """A line no column wraps: a byline of its own, a deck, a jump marker or a folio (they would thin the share of wrapped lines)."""
    return (text.startswith("——") or text.isdigit() or bool(_CONTINUED.search(text) and len(text) <= 12)
            or (len(text) <= 24 and _own_byline(text)))


def _breaks_at_one_width(body: list[str], measure, least: int = 3) -> bool:
    """Every line that a paragraph goes on from is as wide as the others: a wrap width, however many short lines.

    A short issue of headlines, page labels and credits has few full lines,
    but the lines a PDF broke mid-sentence all end at the column's edge.
    """
    broken = [measure(body[k]) for k in _carried_from(body)]
    if len(broken) < least:
        return False
    width = Counter(broken).most_common(1)[0][0]
    return width >= 10 and sum(1 for w in broken if abs(w - width) <= 1) >= 0.8 * len(broken)


def _carried_from(body: list[str]) -> list[int]:
    """Indices of the lines whose paragraph goes on on the next line (see `continuation_share`)."""
    out = []
    in_paragraph = open_end = False
    for k, raw in enumerate(body):
        text = raw.rstrip()
        if _CENTRED.match(text):
            in_paragraph = open_end = False  # a signer or date set far in ('　　　　…治丧小组') closes its notice
            continue
        indented = bool(INDENT.match(text) or _NOTE_START.match(text))
        goes_on = not indented and open_end and in_paragraph
        if goes_on:
            out.append(k - 1)
        in_paragraph = indented or goes_on
        open_end = text[-1:] not in _TERMINAL
    return out


def _short_page(raw_lines: list[str], body: list[str]) -> bool:
    """A page of five to eleven lines: no blank line, and most lines carry on an indented paragraph.

    Too few lines for a wrap width to show, but a dump with one paragraph a
    line never carries on from an indented line that stops mid-sentence.
    """
    if len(body) < 5 or len(raw_lines) - len(body) > 1 or not any(INDENT.match(r) for r in body):
        return False
    carried = continuation_share(body)
    if carried and any(_JUMPED_FROM.match(r) for r in body):
        return True  # the start of a page continued from another ('（上接A01版）') over a paragraph that wraps
    measure = wrap_measure(body)[0]
    if carried >= 0.4 or (carried >= 0.2 and _breaks_at_one_width(body, measure)):
        return True
    # two breaks at one width that is the widest of the text (the page label aside): a column's edge, not chance
    widest = max(measure(r) for r in body[1:])
    return carried >= 0.2 and _breaks_at_one_width(body, measure, least=2) and all(
        abs(measure(body[k]) - widest) <= 1 for k in _carried_from(body))


_JUMPED_FROM = re.compile(r"^\s*[(（]\s*(?:上|紧)?接\s*第?\s*(?:[A-Za-zＡ-Ｚａ-ｚ]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*$")


def continuation_share(body: list[str]) -> float:
    """Share of lines that carry on a paragraph: unindented, right after an open-ended paragraph line.

    A PDF paragraph is one indented line and then lines that go on mid-sentence;
    a dump with one indented paragraph per line has next to none (its unindented
    lines follow headlines and credits), however short its lines are.
    """
    carried = 0
    in_paragraph = open_end = False
    for raw in body:
        text = raw.rstrip()
        if _CENTRED.match(text):
            in_paragraph = open_end = False  # a signer or date set far in ('　　　　…治丧小组') closes its notice
            continue
        indented = bool(INDENT.match(text) or _NOTE_START.match(text))
        goes_on = not indented and open_end and in_paragraph
        carried += goes_on
        in_paragraph = indented or goes_on
        open_end = text[-1:] not in _TERMINAL
    return carried / len(body) if body else 0.0


def wrap_width(body: list[str]) -> int:
    """The commonest length of a line inside a paragraph: the wrap width."""
    return wrap_measure(body)[1]


def wrap_measure(body: list[str]) -> tuple:
    """How line lengths are counted (characters, or visual width) and the wrap width under it.

    Extractors that wrap by glyph width give lines of one visual width however
    many digits they hold; others wrap after so many characters. The measure
    under which more lines share one length is the one the file was wrapped by.
    """
    best = (char_len, 0, 0)
    # a photo credit on a line of its own ('株洲日报全媒体记者 王锋 摄') is never wrapped: on a photo page most lines are such
    body = [r for r in body if not (r.rstrip().endswith("摄") and _own_byline(r.strip()))]
    for measure in (char_len, visual_len):
        lengths = Counter(measure(r) for r in body if len(r.strip()) >= 10)
        if lengths and (top := commonest(lengths))[1] > best[2]:
            best = (measure, top[0], top[1])
    return best[0], best[1]


def column_widths(lines: list[SourceLine], measure, width: int) -> list[int]:
    """The wrap width of each line's column: a page read column by column restarts its line numbers at each column.

    Columns of one page need not be equally wide (a narrow caption column
    beside a wide story), so each is measured on its own lines; a column too
    narrow for `wrap_measure` to see keeps its commonest line length all the same.
    """
    starts = [0, *(i for i in range(1, len(lines)) if lines[i].no < lines[i - 1].no), len(lines)]
    if len(starts) == 2:
        return [width] * len(lines)
    out: list[int] = []
    for a, b in pairwise(starts):
        texts = [line.text for line in lines[a:b] if not line.kind and len(line.text.strip()) >= 4]
        lengths = Counter(measure(text) for text in texts)
        top = lengths.most_common(1)[0] if lengths else (0, 0)
        out += [top[0] if top[1] >= 3 and top[0] < width - 2 else width] * (b - a)
    return out


def table_rows(lines: list[SourceLine]) -> set[int]:
    """Indices of space-aligned table rows ('清水塘东区    32000    3月20日'): lines with inner gaps, next to another.

    A row is no wrapped line: joining it would glue a notice's table into the sentence above it.
    """
    gapped = [not line.kind and bool(_INNER_GAP.search(line.text.strip())) for line in lines]
    return {i for i, g in enumerate(gapped) if g and ((i > 0 and gapped[i - 1]) or (i + 1 < len(gapped) and gapped[i + 1]))}


def unwrap(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """Join hard-wrapped lines back into paragraphs; each paragraph its own block."""
    measure, page_width = wrap_measure([line.text for line in lines if not line.kind])
    widths = column_widths(lines, measure, page_width)
    if _padded(lines):
        for line in lines:
            line.text = line.text.rstrip()  # every line padded: a trailing space tells nothing
    out: list[SourceLine] = []
    indented: set[int] = set()  # indices in `out` of paragraphs that opened with `　　`
    last_len = 0  # length of the last physical line joined into the open paragraph
    joined = 0
    rows = table_rows(lines)
    last_body: int | None = None  # index in `out` of the last block that is no page header
    paragraphs: dict[int, JoinedText] = {}  # the paragraphs lines were joined to, by index in `out`
    for i, line in enumerate(lines):
        width = widths[i]
        text = line.text.rstrip("\r\n")  # a wrap may fall on the space between two names
        k = _open_paragraph(out, last_body)
        across_header = k is not None and k != len(out) - 1
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if k is not None and not line.kind and i not in rows and i - 1 not in rows and _continues(out[k], k in indented, last_len, line, width, across_header, nxt, measure):
            view = out[k].text
            # a wide lead on a line that carries a sentence on is a pushed column's, no space of the text ('做到' / '     “七不一会”')
            carried = text.lstrip(" \u3000") if across_header or text[:2] in ("  ", "\u3000\u3000", " \u3000", "\u3000 ") else text
            paragraphs.setdefault(k, JoinedText(view)).add(glue(view, carried)[len(view):])
            out[k].text = paragraphs[k].view()
            out[k].end = max(out[k].end, line.end)  # columns read one after the other: the right one starts higher
            joined += 1
        else:
            if INDENT.match(text):
                indented.add(len(out))
            out.append(SourceLine(line.no, text.lstrip(" \u3000\t"), line.end, max(line.gap, 1), line.kind, line.source, line.editor))
            last_body = len(out) - 1 if line.kind != "section" else last_body
        if not line.kind:
            last_len = measure(text)
    for k, paragraph in paragraphs.items():
        out[k].text = paragraph.text()
    if joined:
        warnings.append(f"已合并 {joined} 处硬换行 / Joined {joined} hard-wrapped line(s) back into their paragraphs.")
    return out


_BRACKETED_DAY = re.compile(r"^[(（]\s*(?:(?:19|20)\d{2}|[一二〇○零九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日\s*[)）]$")
_OPEN_BYLINE = re.compile(r"[(（][^()（）]*(?:记者|通讯员|实习生|摄影)[^()（）]*$")
_ROLE_START = re.compile(r"^(?:全媒体|见习|特约|首席)?(?:记者|通讯员|实习生|摄影)")
# a name where a name may stand; looked for in a paragraph's last 90 characters (`glue`), so no name is longer, and
# the bound keeps each '记者' of a long run from reading the run to its end
_TAIL_NAME = re.compile(r"(?:[/／:：\s、]|记者|通讯员|实习生)([\u4e00-\u9fff·]{1,90})$")
_HEAD_NAME = re.compile(r"^[\u4e00-\u9fff·]+")


_OPEN_BRACKET = re.compile(r"[(（][^()（）]{0,30}$")
_CLOSES_SOON = re.compile(r"^[^()（）]{0,30}[)）]")


def _bracket_goes_on(paragraph: str, text: str) -> bool:
    """'（株洲日报全媒体记' over '者 黄某 通讯员 周某）…': a bracket opened on one line and closed on the next."""
    return bool(_OPEN_BRACKET.search(paragraph) and _CLOSES_SOON.match(text))


def glue(paragraph: str, text: str) -> str:
    """Join a wrapped line; inside a byline a wrap between two names (or before a role) keeps a space.

    Extractors drop the space a wrap fell on: '通讯员/邓海峰' + '贺然）' is two
    names, '通讯员/邓海' + '峰 贺然）' one name broken; a piece of one character
    on either side is a broken name, two or more on both sides are two names.
    """
    if paragraph[-1:].isspace() or not text or text[0].isspace() or not _OPEN_BYLINE.search(paragraph[-90:]):
        return paragraph + text
    # the open bracket is in the last 90 characters, so is the name after it; searching the whole
    # paragraph tried every '记者' of a long run to its end (a line of 40,000 of them: 5 s per join)
    tail, head = _TAIL_NAME.search(paragraph, max(len(paragraph) - 90, 0)), _HEAD_NAME.match(text)
    if tail and _ROLE_START.match(text):
        return paragraph + " " + text  # '邓海峰' + '通讯员/何某'
    if tail and head and len(tail.group(1)) >= 2 and len(head.group(0)) >= 2 and not _splits_role(tail.group(1), head.group(0)) and not compound_alone(tail.group(1)):
        return paragraph + " " + text
    return paragraph + text


_ROLE_ANY = re.compile(r"(?:全媒体|见习|特约|首席|摄影)?记者|通讯员|实习生|摄影")
_ROLE_END = re.compile(r"(?:记者|通讯员|实习生|摄影)\s*$")


def _splits_role(tail: str, head: str) -> bool:
    """'全媒' + '体记者': the wrap fell inside a role word."""
    return any(m.start() < len(tail) < m.end() for m in _ROLE_ANY.finditer(tail + head)) or bool(_ROLE_START.match(head))


def _credit_goes_on(prev: str, text: str) -> bool:
    """A byline on its own line that ends on a role or a one-character name, and reads as one byline with the next line."""
    if len(text) > 24 or not _ROLE_ANY.search(prev) or (whole := parse_credit(prev + text.strip())) is None:
        return False
    part = parse_credit(prev)
    if part is None:
        return True  # '…通讯员' and the names on the next line
    names = [*part.reporters, *part.correspondents, *part.photographers]
    return any(len(name) == 1 for name in names) and len(names) <= len([*whole.reporters, *whole.correspondents, *whole.photographers])


def _padded(lines: list[SourceLine]) -> bool:
    """Most lines end in spaces: the extractor padded them, no wrap fell on a space between names."""
    ends = [line.text.rstrip("\r\n") for line in lines if not line.kind]
    return bool(ends) and sum(1 for text in ends if text[-1:].isspace()) > len(ends) / 2


def _open_paragraph(out: list[SourceLine], last_body: int | None) -> int | None:
    """Index of the last paragraph, looking past page headers set in the middle of it.

    `last_body` is the last block that is no page header, kept as `out` grows:
    walking back over the headers on every line made 30,000 of them quadratic.
    """
    return None if last_body is None or out[last_body].kind else last_body


# how much of a paragraph's end `_ends_sentence` reads: far more than a 下转 marker, a bracketed aside or a photo credit
_END_WINDOW = 400

_LEAD_FIRST = set("本株湖新中人醴攸茶炎渌天芦荷石云高(（")  # the characters a lead can start with (a cheap look first)
_CONTINUED = re.compile(r"[(（]\s*(?:下转|转下|转)\s*第?\s*(?:[A-Za-zＡ-Ｚａ-ｚ]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]$")


def _ends_sentence(text: str) -> bool:
    """Ends as a paragraph does (。, 。”, a 下转 marker, a credit in brackets); a headline ending in ” or 》 does not."""
    text = text.rstrip()[-_END_WINDOW:]  # every test reads the end: a whole paragraph per line made unwrapping quadratic
    return text[-1:] in ("。", "！", "？", "!", "?", "…", "；", ";") or bare_heads.ascii_stop(text) or (
        len(text) >= 2 and text[-1] in "”’」』)）" and text[-2] in "。！？!?…"
    ) or bool(_CONTINUED.search(text)) or _closing_aside(text) or _credit_end(text)


def _credit_end(text: str) -> bool:
    """'……作业。记者 谭某摄' or '……觅食。谭某某 摄': a caption ends with its photo credit."""
    return text[-1:] in ("摄", "图") and split_trailing_credit(text)[1] is not None


_ASIDE = re.compile(r"[(（][^()（）]{1,40}[)）]$")


def _closing_aside(text: str) -> bool:
    """'……车间。（全媒体记者/谭某 摄）' or '（记者 谭某某）': a credit in brackets after the last sentence."""
    m = _ASIDE.search(text, max(len(text) - 64, 0))  # the aside is at most 42 characters: search only the end
    return bool(m) and (m.start() == 0 or text[m.start() - 1] in "。！？!?…”" or bare_heads.ascii_stop(text[max(m.start() - 2, 0) : m.start()]))


_STAFF_LINE = re.compile(r"^\s*(?:责任编辑|本版编辑|美术编辑|美编|责编|编辑|校对|审核)\s*[:：]")
_PAIR_START = re.compile(r"^(?:[图文]|撰文|文字|图片|摄影)\s*[/／:：·]")  # '图/文 记者 某某', '文/图：…', '撰文：某某　摄影：某某'


def _own_byline(text: str) -> bool:
    """'■全媒体记者 彭某', '株洲日报全媒体记者 肖丽': a byline set on a line of its own."""
    return (text[:1] in "■□◎●◆◇" or bool(_ROLE_START.match(text) or _PAIR_START.match(text))
            or text.startswith(("株洲日报", "本报", "新华社"))) and parse_credit(text) is not None


_DATED_START = re.compile(r"^\d{1,2}月\d{1,2}日[^，,。]{0,3}[，,]")
_PUNCTUATED = re.compile(r"[，,。；;：:！？!?、]")


def _latin_broken(prev: str, text: str) -> bool:
    """'Wi-' over 'Fi…' (after a hyphen any letter goes on), '“Zhu' over 'zhou…' (a lower-case letter goes on)."""
    first = text[:1]
    if not (first.isascii() and first.isalpha()):
        return False
    if prev.endswith("-"):
        return prev[-2:-1].isascii() and prev[-2:-1].isalpha()
    return prev[-1:].isascii() and prev[-1:].isalpha() and first.islower()


_PAIRS = ("“”", "《》", "（）", "()", "「」")
_BROKEN_HEAD_MAX = 24  # a headline's line: a longer one under the open quote is a paragraph's


# a word no headline ends on: a particle, a conjunction or a preposition waiting for what it joins ('…发展的', '…和')
_HEAD_OPEN_END = re.compile(r"(?:[的和与及、，,]|(?<![现存所实])在|(?<![方面导指志意趋倾])向|(?<![相面针反核绝])对|(?<![一])把|(?<![活])被|从|(?<![出])让)$")


def _headline_goes_on(prev: str, text: str, nxt: SourceLine | None) -> bool:
    """A short line that cannot end a headline over a short line that finishes it.

    A headline set in a narrow column breaks where the width runs out: inside a
    quoted word ('株洲高新区新增3家国家级专精特新“小' / '巨人”企业'), each half leaving a
    mark unpaired, or after a particle ('…高质量发展的' / '二十条措施'); neither half
    stands as a headline, together they do. A line ending on a particle is only
    taken so right over its story (an indent, a lead, a byline): unindented
    paragraphs break after particles all the time.
    """
    prev, text = prev.strip(), text.strip()
    if len(prev) > _BROKEN_HEAD_MAX or len(text) > _BROKEN_HEAD_MAX or _ends_sentence(prev) or _ends_sentence(text):
        return False
    if text.startswith("——") or opens_lead(text) or _own_byline(text):
        return False
    if _HEAD_OPEN_END.search(prev):
        return nxt is not None and not nxt.kind and bool(INDENT.match(nxt.text) or opens_lead(nxt.text.strip()) or _own_byline(nxt.text.strip()))
    for a, b in _PAIRS:
        if prev.count(a) > prev.count(b) and b in text and (a not in text or text.index(b) < text.index(a)):
            return True
    return False


def _continues(
    prev: SourceLine, indented: bool, last_len: int, line: SourceLine, width: int, across_header: bool = False,
    nxt: SourceLine | None = None, measure=char_len,
) -> bool:
    """An unindented line carries on the open paragraph unless that paragraph has ended.

    Wrap widths vary with half-width digits and letters, so a paragraph that
    stops mid-sentence always goes on; one that ends on 。 goes on only after a
    full-width line and with a line that is itself full or ends a sentence.
    """
    text = line.text.rstrip("\r\n")
    if across_header and page_carry.carries_on(prev.text, text):
        return True  # '……口袋公园建设是' / (the next page's head) / '　　“一刻钟便民生活圈”的重要一环，…'
    if prev.no == prev.end and _ROLE_END.search(prev.text) and _credit_goes_on(prev.text, text.strip()):
        return True  # '株洲日报通讯员' over '　　易　朗　摄', set in or not: the names of the credit
    if INDENT.match(text) or _CENTRED.match(text) or _BRACKETED_DAY.match(text.strip()) or bare_heads.signed_day(text):
        return False  # a paragraph's indent; a line set far in (a centred headline or byline); '（2026年1月21日）' under a speech's title
    if prev.text[-1:].isascii() and _latin_broken(prev.text.rstrip(), text):
        return True  # 'Wi-' / 'Fi覆盖率…', '“Zhu' / 'zhou Style”': a Latin word broken at the line's end, whatever its width
    if (line.gap and (_ends_sentence(prev.text) or lone_title(text, nxt, width, measure))) or notice_head(prev):
        return False  # a blank line after a finished sentence (`pdftotext -layout` keeps them), or before or after a notice's title
    if contact_ends.closes(prev.text, text):
        return False  # '…电话：0731-22451234' or '…（广告）' over '寻人启事': an ad's contact closes it, no blank line between
    if not indented and prev.no == prev.end and slogans.stands_alone(prev.text, text):
        return False  # '坚持人民至上 全力以赴保障群众温暖过冬' over '供暖保障专项行动启动': a kicker, then the title
    if is_masthead_date(prev.text) or masthead_lines.apart(prev, text) or _tab_row_apart(prev, text):
        return False  # the masthead's date, issue number or imprint line, a row of tabbed cells: a line of its own
    if prev.no == prev.end and _STAFF_LINE.match(prev.text):
        return False  # '责任编辑：龚某 美术编辑：刘某' as wide as the column over the first headline: the page's credits
    if text[:1] in _LEAD_FIRST and opens_lead(text):
        return False  # '本报讯（记者 易某某）…' under a headline as wide as the column: the lead opens a paragraph
    if _own_byline(text):
        return False  # a byline on its own line ('■全媒体记者 彭某') under a headline as wide as the column
    if not indented and prev.no == prev.end and text.startswith("——"):
        return False  # a headline, then its deck ('——记…'): two lines, however wide the headline is
    if width and last_len > width * 1.5 + 2:
        return False  # a line far wider than the column (a running head) was never wrapped
    if len(prev.text) < 90 and not line.kind and (_OPEN_BYLINE.search(prev.text) or _bracket_goes_on(prev.text, text)):
        return True  # '株洲日报讯（全媒体记者/罗' stops inside its byline: the names go on below
    if not indented and prev.no == prev.end and len(prev.text) <= 40 and _credit_goes_on(prev.text, text):
        return True  # '■全媒体记者 彭某 通讯员 张' over '菲 罗某某': a byline line broken inside a name
    if not indented and prev.no == prev.end and _DATED_START.match(text.strip()) and not _PUNCTUATED.search(prev.text):
        return False  # a line with no punctuation at all (a headline) over a report that opens on its day ('12月25日起，…')
    if not indented and prev.no == prev.end and not line.gap and bare_heads.opens_below(prev.text, text):
        return False  # the same under a headline as wide as the column, indents dropped: '（全媒体记者/…', '今年以来，…'
    if prev.no == prev.end and _own_byline(prev.text) and not _credit_goes_on(prev.text, text.strip()):
        return False  # a whole byline as wide as the column (or set in by a column's edge): the text opens below it
    if lead_heads.heads_story(prev.text, text, nxt.text if nxt and not nxt.kind and not nxt.gap else None, width, measure) or lead_heads.next_item(prev.text, text):
        return False  # '·某公司遗失公章一枚' as wide as the column, then a headline over its lead or the list's next item
    if not indented and prev.no == prev.end and _headline_goes_on(prev.text, text, nxt):
        return True  # '…专精特新“小' over '巨人”企业', '…高质量发展的' over '二十条措施': one headline broken in two
    if not indented and bare_heads.goes_on(prev.text, text, last_len >= width - 3 and not _ends_sentence(prev.text)):
        return True  # '…持证上岗，服' over '务周到。…', '…5名' over '，包吃住。…': no headline, indents dropped or not
    if not indented and prev.no == prev.end and last_len < width - 3:
        return False  # a short unindented line (headline, byline) before: not a wrapped paragraph
    above_paragraph = nxt is None or bool(nxt.kind) or bool(INDENT.match(nxt.text))
    if not indented and prev.no == prev.end and prev.text.startswith("——") and line.gap:
        return False  # a deck or kicker ('——聚焦…') in a block of its own: the title opens the next block
    if not indented and prev.text.startswith("——") and not _ends_sentence(prev.text) and last_len >= width - 1:
        return True  # a deck ('——记…') as wide as the column goes on below
    if not indented and not _ends_sentence(text) and above_paragraph:
        return False  # headline lines wider than the column (two lines of one headline, or title and subtitle)
    if indented and nxt is not None and not nxt.kind and _own_byline(nxt.text):
        return False  # an indented box line ('多云转雷阵雨 23℃～31℃'), then a headline over its byline line
    if not _ends_sentence(prev.text):
        return last_len >= width - 3  # half-width digits make lines longer, never shorter; '由于”' at a wrap is mid-sentence
    if across_header or not indented:
        return False  # a finished paragraph, then a new page, or a finished caption: something new opens
    if not _ends_sentence(text) and above_paragraph:
        return False  # an open line right above a new paragraph is a headline, not the paragraph's middle
    return last_len >= width - 1 and (measure(text) >= width - 1 or _ends_sentence(text))
