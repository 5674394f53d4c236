"""A scan's OCR layer as archives keep it: ALTO XML (`<TextLine>` of `<String CONTENT=…>`) and Tesseract's hOCR.

Newspaper archives store what OCR read off each page image as ALTO XML
(one `<String CONTENT="…"/>` a word, `<SP/>` a space, `<TextLine>`s in
`<TextBlock>`s) or as hOCR (`<span class='ocr_line'>` of `ocrx_word` spans
in `ocr_par` paragraphs). Every word sits on an XML line of its own, and in
ALTO the words are attribute values: the file was refused as holding no
Chinese text, and read as HTML each hOCR word became a line of its own.

Each text line of the scan becomes one line, numbered by the XML line of its
first word; a block or paragraph starts after a blank line, and a first
line set in further than the block's other lines (ALTO's `HPOS`) is indented
as a paragraph start. The result is read as the PDF text of a page; every
line that only held markup goes to `unassigned`.
"""

from __future__ import annotations

import html
import re

from .ocr_tags import alto_tokens, has_classed, hocr_words, strip_tags

# ALTO's root element, hOCR's capability line or its line spans: looked for near the top
_ALTO = re.compile(r"<alto[\s>]", re.I)  # the Library of Congress's namespace, or the older CCS one Chronicling America keeps
_HOCR = re.compile(r"ocr-capabilities|class=['\"]ocr_page['\"]", re.I)

_ALTO_LINE = re.compile(r"<TextLine\b([^>]*)>", re.I)
_ALTO_LINE_END = re.compile(r"</TextLine\s*>", re.I)
_ALTO_BLOCK = re.compile(r"<TextBlock\b([^>]*)>", re.I)
_HPOS = re.compile(r"\bHPOS\s*=\s*[\"'](\d+(?:\.\d+)?)[\"']", re.I)
_HEIGHT = re.compile(r"\bHEIGHT\s*=\s*[\"'](\d+(?:\.\d+)?)[\"']", re.I)

# hOCR's line and paragraph tags: the opener, and the class it sets before its '>' (renditions/ocr_tags.py reads them)
_SPAN = re.compile(r"<span\b", re.I)
_LINE_CLASS = re.compile(r"class=['\"]ocr_(?:line|header|textfloat|caption)['\"]", re.I)
_P, _PAR_CLASS = re.compile(r"<p\b", re.I), re.compile(r"class=['\"]ocr_par['\"]", re.I)
_DIV, _AREA_CLASS = re.compile(r"<div\b", re.I), re.compile(r"class=['\"]ocr_carea['\"]", re.I)
_X_SIZE = re.compile(r"\bx_size\s+(\d+(?:\.\d+)?)")
_WIDE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’、·—…《》]")

HEAD = 60  # lines looked at for the root


def read(raw_lines: list[str], warnings: list[str]) -> tuple[list[tuple[int, str]], list[int]] | None:
    """The scan's text lines numbered by their first word's line, '' where a block starts, and the numbers of the
    lines that held only markup; None for any other file."""
    head = "\n".join(raw_lines[:HEAD])
    if _ALTO.search(head):
        blocks, name = _alto(raw_lines), "ALTO XML"
    elif _HOCR.search(head):
        blocks, name = _hocr(raw_lines), "hOCR"
    else:
        return None
    if not any(text for block in blocks for _, text, _ in block):
        return None
    warnings.append(f"已按扫描识别层（{name}）逐行读出 / Read as a scan's OCR layer ({name}), one text line a line.")
    lines = _numbered(blocks)
    words = {no for block in blocks for no, _, _ in block}
    markup_only = [no for no, raw in enumerate(raw_lines, 1) if raw.strip() and no not in words]
    return lines, markup_only


# a block's line: (the line number of its first word, its text, its height or x-height: the type size)
Block = list[tuple[int, str, float]]
DISPLAY = 1.5  # a block set this much larger than the page's text is display type: a headline, one line


def _numbered(blocks: list[Block]) -> list[tuple[int, str]]:
    """Each block after a blank line; the lines of a block in display type (a headline over two lines) joined."""
    sizes = sorted(size for block in blocks for _, _, size in block if size)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    out: list[tuple[int, str]] = []
    for block in blocks:
        if not block:
            continue
        out.append((block[0][0], ""))
        if len(block) > 1 and body and min(size for _, _, size in block) >= DISPLAY * body:
            out.append((block[0][0], _joined([text for _, text, _ in block])))
        else:
            out.extend((no, text) for no, text, _ in block)
    return out[1:] if out and not out[0][1] else out


def _alto(raw_lines: list[str]) -> list[Block]:
    """ALTO's text blocks: a line's strings joined, one space for each `<SP/>`; a paragraph's first line indented."""
    blocks: list[Block] = []
    words: list[str] = []
    first = 0
    line_left: float | None = None
    line_height = 0.0
    block: list[tuple[int, float, str, float]] = []  # (line number, left edge, text, height) of the block's lines
    for no, raw in enumerate(raw_lines, 1):
        tags_end = raw.rfind(">") + 1  # a tag's pattern read from a '<' with no '>' after it to the line's end
        if _ALTO_BLOCK.search(raw, 0, tags_end) is not None:
            blocks.append(_indented(block))
            block = []
        if (line := _ALTO_LINE.search(raw, 0, tags_end)) is not None:
            words, first = [], 0
            line_left = _number(_HPOS, line.group(1))
            line_height = _number(_HEIGHT, line.group(1)) or 0.0
        for token in alto_tokens(raw):
            if token is None:
                if words:
                    words.append(" ")
                continue
            words.append(html.unescape(token[1:-1]))
            first = first or no
        if _ALTO_LINE_END.search(raw) and first:
            block.append((first, line_left or 0.0, "".join(words).strip(), line_height))
            words, first = [], 0
    blocks.append(_indented(block))
    return blocks


def _indented(block: list[tuple[int, float, str, float]]) -> Block:
    """A block's lines; its first line set in by one to three and a half line heights more than the rest is a
    paragraph start (ALTO keeps the indent only as a left edge)."""
    if not block:
        return []
    margin = min(left for _, left, _, _ in block[1:]) if len(block) > 1 else block[0][1]
    out: Block = []
    for k, (no, left, text, height) in enumerate(block):
        indent = k == 0 and len(block) > 1 and height > 0 and 1.0 <= (left - margin) / height <= 3.5
        out.append((no, "\u3000\u3000" + text if indent else text, height))
    return out


def _number(pattern: re.Pattern, attrs: str) -> float | None:
    m = pattern.search(attrs)
    return float(m.group(1)) if m else None


def _hocr(raw_lines: list[str]) -> list[Block]:
    """hOCR's paragraphs: the words of each line span joined (no space between two Chinese words), or the line
    span's own text where the engine sets no word spans."""
    blocks: list[Block] = []
    words: list[str] = []
    first = 0
    size = 0.0
    worded = any("ocrx_word" in raw for raw in raw_lines)  # kraken and ocropus set a line's text in its span, no words
    for no, raw in enumerate(raw_lines, 1):
        par = has_classed(raw, _P, _PAR_CLASS) or has_classed(raw, _DIV, _AREA_CLASS)
        line = has_classed(raw, _SPAN, _LINE_CLASS)
        if par or line:
            if first:
                blocks[-1].append((first, _joined(words), size))
            words, first = [], 0
            if par and (not blocks or blocks[-1]):
                blocks.append([])
            if line:
                size = _number(_X_SIZE, raw) or 0.0
        pieces = hocr_words(raw) if worded else [raw] if line or first else []
        for piece in pieces:
            text = html.unescape(strip_tags(piece)).strip()
            if text:
                words.append(text)
                first = first or no
                if not blocks:
                    blocks.append([])
    if first:
        blocks[-1].append((first, _joined(words), size))
    return blocks


def _joined(words: list[str]) -> str:
    """Words one space apart, but two Chinese words meet without one (OCR cuts Chinese where it likes), and so do a
    figure and a Chinese word or the rest of the figure in a sentence, except the names after a role word: `通讯员 谭 丽 刘 勇` are two people, `谭丽刘勇` one."""
    out = words[0] if words else ""
    names = bool(words) and _ROLE_END.search(words[0]) is not None
    prose = any("，" in word or "。" in word for word in words)  # in a sentence a figure meets its unit: '10月' '12日，'
    for before, word in zip(words, words[1:]):
        names = names and len(word) <= 3 and _NAME.match(word) is not None
        tight = (_WIDE.match(before[-1]) and _WIDE.match(word[0]) or prose and not (_LETTER.match(before[-1]) and _LETTER.match(word[0]))
                 or _FIGURE_CUT.match(before[-1] + word))  # 'W1' '6路': a figure cut before its unit, in any line
        out += " " + word if names or not tight else word
        names = names or _ROLE_END.search(word) is not None
    return out


_ROLE_END = re.compile(r"(?:记者|通讯员|实习生|摄影|摄|编辑|作者)[：:/]?$")
_NAME = re.compile(r"^[\u3400-\u9fff]+$")
# the cut's two sides: a figure's digits on both and its unit after ('W1' '6路', '1' '.2万吨', '0.' '3元'); a page code
# before a word ('A02' '要闻') and two figures of a table's row ('3215' '321.5') keep their space
_FIGURE_CUT = re.compile(r"\d\d[\d.]*[\u3400-\u9fff]|\d?\.\d+[\u3400-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")  # two Latin words keep their space; a figure cut in two ('1' '.2万吨') does not
