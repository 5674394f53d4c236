"""Front matter over every article of a Markdown export that holds several.

A static-site or note-app export of one article opens with a YAML block
(`---` / `title: …` / `author: …` / `---`, core/renditions/markup.py reads
it); an export of a day's articles in one file repeats that block over each.
The later blocks were read as text: a setext heading ('section: 城事' over the
closing `---`) became a headline, and the article under it lost its title.
Each block after a blank line that holds a `title:` is its article's
headline, byline and section; its other fields and its rules are furniture.
"""

from __future__ import annotations

import re

from .model import SourceLine

MAX_FIELDS = 30
_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*((?:[^\S\n]*\S)*)\s*$")  # the value ends on its last non-space, found once
_RULE = ("---", "...")
_TITLE_KEYS = ("title",)
_BYLINE_KEYS = ("author", "byline", "authors")
_SECTION_KEYS = ("section", "column", "category")


def inner_blocks(raw_lines: list[str], start: int) -> list[tuple[int, int]]:
    """(opening, closing) 0-based indexes of each front matter block at or after `start`
    (the top block, if any, ends before it) that follows a blank line and names a title."""
    blocks: list[tuple[int, int]] = []
    i = start
    while i < len(raw_lines):
        if raw_lines[i].strip() == "---" and (i == 0 or not raw_lines[i - 1].strip()) and (end := _block_end(raw_lines, i)):
            blocks.append((i, end))
            i = end + 1
        else:
            i += 1
    return blocks


def _block_end(raw_lines: list[str], opening: int) -> int | None:
    keys: list[str] = []
    for i in range(opening + 1, min(len(raw_lines), opening + 2 + MAX_FIELDS)):
        text = raw_lines[i].strip()
        if text in _RULE:
            return i if "title" in keys else None
        m = _KEY.match(raw_lines[i])
        if not m:
            return None
        keys.append(m.group(1).lower())
    return None


def masked(raw_lines: list[str], blocks: list[tuple[int, int]]) -> list[str]:
    """The raw lines with each block blank but for its title as a heading: what the export's
    heading levels and underlines are read from (a block's closing rule is no underline)."""
    out = list(raw_lines)
    for opening, closing in blocks:
        for i in range(opening, closing + 1):
            m = _KEY.match(out[i])
            out[i] = "## " + _value(m.group(2)) if m and m.group(1).lower() in _TITLE_KEYS else ""
    return out


def rewrite(lines: list[SourceLine], blocks: list[tuple[int, int]], furniture: list[SourceLine]) -> list[SourceLine]:
    """Each block's title as a headline, its author as a byline and its section as a page's
    section line in place of its opening rule (a section names what follows it); the other
    rules and fields go to `furniture`."""
    inside = {n for opening, closing in blocks for n in range(opening + 1, closing + 2)}  # 1-based line numbers
    sections = {opening + 1: s for opening, closing in blocks if (s := _section(lines, opening + 1, closing + 1))}
    out: list[SourceLine] = []
    for line in lines:
        if line.no not in inside:
            out.append(line)
            continue
        m = _KEY.match(line.text)
        key, value = (m.group(1).lower(), _value(m.group(2))) if m else ("", "")
        if line.no in sections:  # the opening rule
            line.text, line.source, line.kind = sections[line.no], line.text, "section"
        elif key in _TITLE_KEYS and value:
            line.text, line.source, line.gap = "## " + value, line.text, max(line.gap, 1)
        elif key in _BYLINE_KEYS and value:
            line.text, line.source, line.kind = value, line.text, "byline"
        else:
            furniture.append(line)
            continue
        out.append(line)
    return out


def _section(lines: list[SourceLine], first: int, last: int) -> str:
    """The block's section field, when it names one (a short name)."""
    for line in lines:
        if first <= line.no <= last and (m := _KEY.match(line.text)) and m.group(1).lower() in _SECTION_KEYS:
            value = _value(m.group(2))
            return value if 0 < len(value) <= 20 else ""
    return ""


def _value(text: str) -> str:
    return text.strip().strip("\"'").strip()
