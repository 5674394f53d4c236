"""Verse on a literary page: a poem's short lines are text, not a run of headlines.

Pass one (core/lines.py) first says what each line looks like; a poem sets
short unpunctuated lines one under another, each looking like a headline.
These steps read them as the poem they are: stanzas under the poet's byline
(or signed after the poem, by a byline or a dash), and bylines that close a
piece instead of opening one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import bare_writers
from .bylines import Byline, split_closing_byline
from .letter_signers import opens_letter

if TYPE_CHECKING:
    from .lines import Line

VERSE_MAX = 20  # characters in a line of verse
_VERSE_END = re.compile(r"[。！？!?；;：:]$")


def mark_verse(lines: list[Line]) -> None:
    """Stanzas of a poem under its byline: lines of text, not a run of headlines.

    A poem on a literary page sets short unpunctuated lines one under another,
    each looking like a headline. A headline stands above its byline; a run of
    two or more such lines right under a byline (or under a stanza already
    read as verse) is the poem itself.
    """
    signed = [k for k, line in enumerate(lines) if line.kind in ("byline", "credit") and line.byline is not None]
    if not signed:
        return
    # a dump of one paragraph a line puts a blank line (or a block break) before every line: there it says nothing
    step = 1 if all(line.gap >= 1 for line in lines[1:]) else 0
    for k in signed:
        i = k + 1
        while i < len(lines) and lines[i].kind == "heading" and not lines[i].md:
            j = i + 1
            while (j < len(lines) and lines[j].kind in ("heading", "p") and lines[j].gap <= step and _verse_like(lines[j])
                   and not _over_byline(lines, j) and not _over_opening(lines, j)):
                j += 1
            loose = any(x.gap > 0 for x in lines[i + 1:j])  # one paragraph a line: the blank lines say nothing of a stanza
            if j - i < (3 if loose else 2) or (loose and lines[k].kind != "byline") or not all(_verse_like(x) for x in lines[i:j]):
                break  # there, a poet's byline over three lines or more; a photo credit is over the next headline
            if j - i == 2 and _titled_and_signed(lines, k, i, j):
                break  # '湘江儿女（连载完）' / '邝志远' over a paragraph: the next piece's title and its writer
            for x in lines[i:j]:
                x.kind, x.verse = "p", True
            i = j  # the next stanza, after a blank line, is verse too


POEM_LINES = 3  # short lines under a poet's byline before they read as a poem
_OPEN_END = re.compile(r"[\u3400-\u9fff，,、]$")  # a line a poem breaks off mid-phrase: on a character or a comma
_WRAP_SPREAD = 2  # characters: lines a column wrapped all run to one width (PDF text), a poem's lines seldom do
_INNER_STOP = re.compile(r"[，,。；;：:！？!?、](?=.)")  # a mark with text after it on the line
_INNER_SHARE = 4  # more than one line in four with a mark inside: prose
_WRAP_MIN = 12  # characters: no column is narrower, while a poem's even lines are short ('一场夜雨过后' / '稻花开得正好，')


def mark_poem_runs(lines: list[Line]) -> None:
    """A poem under its poet's byline whose short lines end on commas or mid-phrase ('荷塘的水又涨了，' / '风把荷叶…').

    `mark_verse` reads stanzas that open on a headline-like line; a poem whose first line
    ends on a comma opened no such run, so its lines were glued into one paragraph and its
    unpunctuated lines read as headlines of their own. Three short lines or more under a
    byline, most breaking off mid-phrase, few with a mark inside, short or of uneven lengths
    (a column's wrap runs every line to one width and cuts through sentences), up to the next
    piece's title over its byline (or over a letter's salutation or a news lead), are the poem.
    """
    for k, line in enumerate(lines):
        if line.kind != "byline" or line.byline is None:
            continue
        j = k + 1
        while (j < len(lines) and lines[j].kind in ("heading", "p") and len(lines[j].text) <= VERSE_MAX and lines[j].lead is None
               and lines[j].byline is None and not lines[j].md and not _over_byline(lines, j) and not _over_opening(lines, j)):
            j += 1
        run = lines[k + 1:j]
        if len(run) < POEM_LINES or all(x.verse for x in run) or sum(1 for x in run if _OPEN_END.search(x.text)) * 2 < len(run):
            continue
        widths = [len(x.text) for x in run[:-1]]
        if max(widths) - min(widths) <= _WRAP_SPREAD and min(widths) >= _WRAP_MIN:
            continue  # prose a narrow column wrapped, not verse
        if sum(1 for x in run if _INNER_STOP.search(x.text.strip())) * _INNER_SHARE > len(run):
            continue  # lines a wrap cut out of sentences carry the sentences' commas inside them; a poem's lines hardly do
        for x in run:
            x.kind, x.verse = "p", True


def _titled_and_signed(lines: list[Line], k: int, i: int, j: int) -> bool:
    """Two lines over a paragraph of prose, under a photo's credit or the second a bare name: a title and its writer, no couplet."""
    below = lines[j] if j < len(lines) else None
    if below is None or below.kind != "p" or len(below.text) < bare_writers.MIN_TEXT:
        return False
    return lines[k].kind == "credit" or bare_writers.is_bare_name(lines[i + 1].text)


def _over_byline(lines: list[Line], j: int) -> bool:
    """The line stands right over a byline: the next piece's headline, not the poem's last line."""
    return j + 1 < len(lines) and lines[j + 1].kind == "byline" and lines[j + 1].byline is not None


def _over_opening(lines: list[Line], j: int) -> bool:
    """The line, or a label and the line, stand over a letter's salutation or a news lead: the next piece's head.

    '读者来信' / '社区的“暖心食堂”真好' / '编辑同志：' after a poem in a dump of one paragraph a line.
    """
    for k in (j + 1, j + 2):
        if k < len(lines) and (opens_letter(lines[k].text) or lines[k].lead is not None):
            return all(_verse_like(x) for x in lines[j:k])
    return False


def verse_signed_after(lines: list[Line]) -> None:
    """A poem whose poet signs under it ('秋夜' / stanzas / '□ 谭　舒'): the stanzas are its text.

    The byline closes the poem (a blank line and no body text follow it); above it, after
    blank lines, stand stanzas of two short lines or more, and above those the title.
    """
    signed = [k for k, line in enumerate(lines) if line.gap > 0 and (line.kind == "byline" and line.byline is not None or _DASH_SIGNATURE.match(line.text))]
    for k in signed:
        if k + 1 < len(lines) and (lines[k + 1].gap == 0 or lines[k + 1].kind == "p"):
            continue  # body text under the byline: an article's byline, not a poet's signature
        start = k
        while (stanza := _stanza_before(lines, start)) >= 0:
            start = stanza
        if k - start >= 4 and start >= 1 and lines[start - 1].kind == "heading":
            for x in lines[start:k]:
                x.kind, x.verse = "p", True
            if lines[k].kind != "byline":  # '——聂　雨': the poet's name after a dash
                lines[k].kind, lines[k].byline = "byline", Byline(reporters=[_DASH_SIGNATURE.match(lines[k].text).group(1).replace(" ", "")])


# '——聂　雨', '—— 聂雨': a poet's signature under the poem (a deck '——记…' stands under a title instead)
_DASH_SIGNATURE = re.compile(r"^\s*[—－-]{1,2}\s*((?:[\u4e00-\u9fff] ?){2,4})\s*$")


def _stanza_before(lines: list[Line], end: int) -> int:
    """The first index of a stanza (two verse lines or more, a blank line before it) ending before `end`, or -1."""
    i = end
    while i > 0 and lines[i - 1].kind in ("heading", "p") and _verse_like(lines[i - 1]):
        i -= 1
        if lines[i].gap > 0:
            return i if end - i >= 2 and lines[end - 1].gap == 0 else -1
    return -1


def _verse_like(line: Line) -> bool:
    return len(line.text) <= VERSE_MAX and not _VERSE_END.search(line.text) and line.lead is None and line.byline is None


def closing_bylines(lines: list[Line]) -> None:
    """A paragraph that ends in '（记者 谭某某）' carries its article's byline: kept apart from the text."""
    for line in lines:
        if line.kind == "p" and not (line.lead and line.lead.byline):
            text, credit = split_closing_byline(line.text)
            if credit:
                line.text, line.byline = text, credit
                if line.lead:  # '本报讯 ……增长三成。（记者 汤某）': the lead named no one
                    line.lead.rest = split_closing_byline(line.lead.rest)[0]
