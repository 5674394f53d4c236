"""Markdown and HTML wrap a paragraph over lines with no blank between (pandoc at 72 columns): one paragraph again.

Split from renditions/markup.py, which calls `join` once its lines are plain text.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit, split_trailing_credit
from .model import SourceLine

_ROLE_START = re.compile(r"^\s*(?:全媒体|见习|特约|首席)?(?:记者|通讯员|实习生|摄影)")
_PAPER_END = re.compile(r"(?:日报|晚报|本报|报社|新华社|电视台)$")
_SENTENCE_END = set("。！？!?…”’」』)）】》;；:：")
_NO_JOIN = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|\d{7,}|^[^，。,]{1,8}[:：]")  # dated, phone and field lines


def join(lines: list[SourceLine], hard: frozenset[int] | set[int] = frozenset()) -> list[SourceLine]:
    """Markdown and HTML wrap a paragraph over lines with no blank between (pandoc at 72 columns): one paragraph again.

    A line that ends a sentence, and date, phone or 'field:' lines, stay apart; so does a whole byline over
    the text (every line hard-broken by an exporter says nothing of where the byline ends). Lines in `hard`
    (inside <pre> or <textarea>) keep their breaks: there a line's end is where its author ended it.
    """
    out: list[SourceLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None and line.gap == 0 and line.no not in hard and line.no == prev.end + 1 and not prev.kind and not line.kind
            and _plain(prev.text) and _plain(line.text) and (len(prev.text) >= 8 or _open_bracket(prev.text))
            and prev.text[-1] not in _SENTENCE_END and not _NO_JOIN.search(prev.text) and not _NO_JOIN.search(line.text)
            and not _credit_over_text(prev.text, line.text) and not _photo_credit_end(prev.text)
        ):
            ascii_words = prev.text[-1].isascii() and line.text[0].isascii() and prev.text[-1].isalnum()
            role = _ROLE_START.match(line.text) and not _PAPER_END.search(prev.text)  # '（株洲日报' / '通讯员 某某 摄）' is one credit
            space = " " if ascii_words or role else ""  # '汤某某' / '通讯员/王某': the wrap was a space
            prev.text += space + line.text.strip()
            prev.end = line.end
            continue
        out.append(line)
    return out


def _photo_credit_end(text: str) -> bool:
    """'图为…一角。株洲日报全媒体记者/李某 摄' (an image's caption) over the text: the caption ends on its credit."""
    return text.rstrip()[-1:] in ("摄", "图") and split_trailing_credit(text.rstrip())[1] is not None


def _open_bracket(text: str) -> bool:
    """'本报讯（记者' wrapped before its name: a bracket opened and not closed, so the line goes on."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _credit_over_text(prev: str, text: str) -> bool:
    """'株洲日报全媒体记者 周　岚' over '8月21日，…': a byline on its own line, and a line that names no one more."""
    return not _ROLE_START.match(text) and parse_credit(prev.strip()) is not None


def _plain(text: str) -> bool:
    return not text.startswith(("#", "- ", "|", ">")) and "\t" not in text
