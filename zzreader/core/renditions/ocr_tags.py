"""The tags of an OCR layer's line (renditions/ocr_layers.py), each read once.

ALTO's `<String … CONTENT="…"/>` and hOCR's `<span class='ocrx_word'>…</span>` were found by patterns that read
from every tag's start to its '>' (or to the next `</span>`): a line of 8,000 tags that never close took 3.5 to
14 s, and it grew with the square (hardening round 38). A tag's attributes end at its first '>', so every start
before that '>' looks into the same place: once one start finds nothing there, the starts after it are passed by.
Each function answers what its pattern in ocr_layers.py answered before (the tests copy the patterns).
"""

from __future__ import annotations

import re

_STRING_OR_SPACE = re.compile(r"<(?:(String)|SP)\b", re.I)
_CONTENT = re.compile(r"\bCONTENT\s*=\s*", re.I)
_SPAN = re.compile(r"<span\b", re.I)
_SPAN_CLOSE = re.compile(r"</span>", re.I)
_WORD_CLASS = re.compile(r"class=['\"]ocrx_word['\"]", re.I)
_TAG = re.compile(r"<[^>]*>")


def alto_tokens(raw: str) -> list[str | None]:
    """Each `<String>`'s CONTENT value with its quotes (a first CONTENT before the tag's '>' whose quote closes), or
    None for an `<SP>`, in the order they stand: `<String\\b[^>]*?\\bCONTENT\\s*=\\s*("[^"]*"|'[^']*')|<SP\\b`."""
    last = {'"': raw.rfind('"'), "'": raw.rfind("'")}
    tokens: list[str | None] = []
    pos = failed_to = 0
    for opened in _STRING_OR_SPACE.finditer(raw):
        if opened.start() < pos:
            continue  # inside the value of the last string
        if opened.group(1) is None:
            tokens.append(None)
            continue
        if opened.start() < failed_to:
            continue  # a string tag already read found no value before this '>'
        tag_end = raw.find(">", opened.end())
        tag_end = len(raw) if tag_end < 0 else tag_end
        value = _content(raw, opened.end(), tag_end, last)
        if value is None:
            failed_to = tag_end
            continue
        tokens.append(raw[value[0] : value[1]])
        pos = value[1]
    return tokens


def _content(raw: str, start: int, tag_end: int, last: dict[str, int]) -> tuple[int, int] | None:
    """The span of the first CONTENT value (quotes and all) whose name stands before `tag_end` and whose quote closes."""
    for name in _CONTENT.finditer(raw, start, tag_end):
        quote = raw[name.end() : name.end() + 1]
        if quote in last and name.end() < last[quote]:
            return name.end(), raw.index(quote, name.end() + 1) + 1
    return None


def has_classed(raw: str, opener: re.Pattern, klass: re.Pattern) -> bool:
    """A tag opened by `opener` that sets `klass` before its '>': `<span\\b[^>]*class=…` searched."""
    searched_to = -1
    for opened in opener.finditer(raw):
        if opened.start() < searched_to:
            continue
        tag_end = raw.find(">", opened.end())
        searched_to = tag_end = len(raw) if tag_end < 0 else tag_end
        if klass.search(raw, opened.end(), tag_end):
            return True
    return False


def hocr_words(raw: str) -> list[str]:
    """What each `<span class='ocrx_word'>` holds up to the next `</span>`:
    `<span\\b[^>]*class=['"]ocrx_word['"][^>]*>(.*?)</span>` found all."""
    words: list[str] = []
    pos = 0
    for opened in _SPAN.finditer(raw):
        if opened.start() < pos:
            continue  # inside the last word, or in a tag already read
        tag_end = raw.find(">", opened.end())
        if tag_end < 0:
            break  # no '>' after it: no word after it either
        pos = tag_end
        if not _WORD_CLASS.search(raw, opened.end(), tag_end):
            continue
        close = _SPAN_CLOSE.search(raw, tag_end + 1)
        if close is None:
            break  # no '</span>' after it: no word can close
        words.append(raw[tag_end + 1 : close.start()])
        pos = close.end()
    return words


def strip_tags(text: str) -> str:
    """`<[^>]*>` taken out; a '<' with no '>' after it stays (read from each such '<' to the end, it grew with the square)."""
    cut = text.rfind(">") + 1
    return _TAG.sub("", text[:cut]) + text[cut:]
