"""An Org-mode file (Emacs): '#+TITLE: 株洲日报 …' over '* 标题' outline headings, drawers and blocks.

An archivist who clips the paper into Org keeps each story under a '*' heading, indented, with a
':PROPERTIES:' drawer, '#+BEGIN_QUOTE' blocks and '#+KEYWORD:' settings on lines of their own. Read raw,
the headings' stars and the settings read as text and no story was found. Each line is rewritten in
place into the Markdown it stands for, as AsciiDoc's are (renditions/asciidoc.py): '#+TITLE:' the page's
'#' title, each outline level one '#' deeper, a quote block's lines '> ' quotes; settings, drawers and
block delimiters carry no text and become empty tags, kept visible as unassigned, as does everything inside a
drawer (a ':LOGBOOK:' note); a description item ('- 记者 :: 株洲日报全媒体记者 贺雨桐') is its words. The day
'#+DATE:' gives (bare, '<…>' or '[…]') is the issue's when the page prints none.
"""

from __future__ import annotations

import datetime as dt
import re

from .feeds import EMPTY

# '* 标题', '** 小标题  :tag:': the stars and the title to its last non-space (its tags come off in `heading`)
_HEADING = re.compile(r"^(\*{1,6})\s+(\S(?:.*\S)?)\s*$")
_TAG_RUN = re.compile(r"(?<![\w@#%:])[\w@#%:]++$")  # the run of tag characters that ends a title, read from its start only
# '#+TITLE: …', '#+OPTIONS: toc:nil': the value ends on a non-space, so a run of spaces is read once, not from each of its spaces
_KEYWORD = re.compile(r"^\s*#\+([A-Za-z_]+)(?:\[[^\]]*\])?:\s*+((?:.*?\S)??)\s*+$")
_BLOCK = re.compile(r"^\s*#\+(BEGIN|END)_(\w+)", re.IGNORECASE)
_DRAWER = re.compile(r"^\s*:(?:[A-Z_]+|[\w\u4e00-\u9fff]+):(?:\s.*)?$")  # ':PROPERTIES:', ':END:', ':版面: A02'
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.IGNORECASE)
_DESCRIBED = re.compile(r"^\s*[-+]\s+(\S.*?)\s+::\s+(\S.*)$")  # '- 记者 :: 株洲日报全媒体记者 贺雨桐'
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_DAY = re.compile(r"((?:19|20)\d{2})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})")  # '2026-12-28', '<2026-12-28 Mon>', '2026年12月28日'
MIN_KEYWORDS = 2


def looks_like(texts: list[str]) -> bool:
    """Two or more '#+KEYWORD:' settings and two or more '*' outline headings."""
    head = texts[:400]
    keywords = sum(1 for t in head if "#+" in t and _KEYWORD.match(t))
    headings = sum(1 for t in texts if t[:1] == "*" and heading(t))
    return keywords >= MIN_KEYWORDS and headings >= 2


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], str | None] | None:
    """(the lines rewritten as Markdown, line for line; the day '#+DATE:' gives) for an Org-mode file, else None."""
    if not looks_like(texts):
        return None
    titled = any((m := _KEYWORD.match(t)) and m.group(1).upper() == "TITLE" for t in texts[:50])
    out: list[str] = []
    quoting = drawer = False
    date = None
    for text in texts:
        line = text.strip()
        if not line:
            out.append(text)
            continue
        if m := _BLOCK.match(line):
            quoting = m.group(1).upper() == "BEGIN" and m.group(2).upper() in ("QUOTE", "VERSE")
            out.append(EMPTY)
            continue
        if m := _KEYWORD.match(line):
            date = date or (_day(m.group(2)) if m.group(1).upper() == "DATE" else None)
            out.append(f"# {m.group(2)}" if m.group(1).upper() == "TITLE" and m.group(2) else EMPTY)
            continue
        if text[:1] == "*" and (found := heading(text)):
            out.append("#" * (len(found[0]) + titled) + " " + found[1])
            continue
        if drawer or _DRAWER.match(line):
            drawer = not _DRAWER_END.match(line) and (drawer or line.upper() != ":END:" and line.endswith(":"))
            out.append(EMPTY)  # a drawer's lines, a ':LOGBOOK:' note among them: the outline's own bookkeeping
            continue
        if m := _DESCRIBED.match(line):
            term, value = m.groups()
            line = value if term in value else f"{term} {value}"  # a description item: '通讯员 刘家豪'
        line = _BOLD.sub(r"**\1**", line)
        out.append(f"> {line}" if quoting else line)
    warnings.append("已按 Org-mode 读取 / Read an Org-mode file.")
    return out, date


def _day(value: str) -> str | None:
    """The day a '#+DATE:' value names, as ISO, or None."""
    m = _DAY.search(value)
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat() if m else None
    except ValueError:
        return None


def heading(text: str) -> tuple[str, str] | None:
    """(the stars, the title) of an outline heading, its tags (':tag:', ':a:b:') off the end; None for any other line.

    The title is the shortest that leaves only spaces and one tag group after it. One pattern read it lazily and
    tried the spaces and the tags after each of its characters: a heading ending in 2,000 spaces and a letter ran
    16 s, a run of colons grew with the square (hardening round 38). The title is read to its last non-space once,
    and a tag group can only be the run of tag characters that ends it.
    """
    m = _HEADING.match(text)
    if m is None:
        return None
    title = m.group(2)
    if title[-1] == ":" and (run := _TAG_RUN.search(title)) is not None:
        for k in range(run.start(), len(title) - 2):  # the first ':' that leaves a title and opens a tag of three or more
            if title[k] == ":" and (words := title[:k].rstrip()):
                return m.group(1), words
    return m.group(1), title
