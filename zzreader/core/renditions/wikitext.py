"""A MediaWiki (or Confluence wiki markup) export: '== 标题 ==' sections, '''bold''', [[links]], {{templates}}.

A local wiki that keeps clippings of the paper sets each story under a '== … ==' heading, its byline in
''italics'' or '''bold''', place names as [[links]], figures in '{| … |}' tables, sources in <ref> notes,
and ends the page on a references section and [[分类:…]] categories. Read raw, no heading was seen, the
quote marks hid every byline and the template over the page read as a story. Each line is rewritten in
place into the Markdown it stands for, as AsciiDoc's are (renditions/asciidoc.py): headings get '#'
marks, bold and italics '**' and '*', a link its shown words, a table row its cells between wide spaces
(a spaced table, renditions/spaced_tables.py), a list item '- '; templates, magic words, categories,
table bounds and the references section carry no story and become empty tags, kept as unassigned.
"""

from __future__ import annotations

import re

from .feeds import EMPTY

_MARKS = re.compile(r"=+")  # a heading's opening marks ('=' to '======'), read by `heading`
_TEMPLATE_LINE = re.compile(r"^\s*\{\{.*\}\}\s*$")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_MAGIC = re.compile(r"^\s*__[A-Z]+__\s*$")
_CATEGORY = re.compile(r"^\s*\[\[(?:分类|分類|Category|类别)\s*:[^\]]*\]\]\s*$", re.IGNORECASE)
_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_REFERENCES = re.compile(r"^\s*<references\s*/?>\s*$|^\s*\{\{(?:reflist|references)[^}]*\}\}\s*$", re.IGNORECASE)
_NOTES_HEADING = re.compile(r"^(?:参考资料|参考文献|注释|脚注|外部链接|参见|相关条目|references|notes|see also|external links)$", re.IGNORECASE)
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_TABLE_BOUND = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+)")
_TABLE_ROW = re.compile(r"^\s*[|!](?!\})")
# '||' or '!!' and the spaces round them; a run of spaces is tried from its first space only (tried from each, a row of
# 8,000 spaces took 0.8 s, growing with the square)
_CELL_SPLIT = re.compile(r"(?:(?<!\s)\s*+)?(?:\|\||!!)\s*")
_ITEM = re.compile(r"^([*#]+)\s*")
MIN_SIGNS = 2


def looks_like(texts: list[str]) -> bool:
    """Two or more '== … ==' headings and two or more lines only wiki markup writes."""
    headings = sum(1 for t in texts if t[:1] == "=" and heading(t))
    signs = sum(1 for t in texts if ("'''" in t and _BOLD.search(t)) or "[[" in t or "{{" in t or "<ref" in t or t.startswith(("{|", "__")))
    return headings >= 2 and signs >= MIN_SIGNS


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as Markdown, line for line; no date of its own) for a wiki page, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    in_notes = False
    for text in texts:
        line = text.strip()
        if not line:
            out.append(text)
            continue
        if found := heading(line):
            words = _inline(found[1])
            in_notes = bool(_NOTES_HEADING.match(words))
            out.append(EMPTY if in_notes else "#" * len(found[0]) + " " + words)
            continue
        if in_notes or _TEMPLATE_LINE.match(line) or _MAGIC.match(line) or _CATEGORY.match(line) or _REFERENCES.match(line) or _TABLE_BOUND.match(line):
            out.append(EMPTY)  # the page's machinery and its notes: no story's text
            continue
        if _TABLE_ROW.match(line):
            cells = [_inline(c) for c in _CELL_SPLIT.split(line[1:].strip())]
            out.append("\u3000\u3000".join(c for c in cells if c) or EMPTY)
            continue
        if m := _ITEM.match(line):
            out.append("- " + _inline(line[m.end():]))
            continue
        out.append(_inline(line))
    warnings.append("已按维基标记（MediaWiki）读取 / Read a wiki page's markup (MediaWiki).")
    return out, None


def heading(line: str) -> tuple[str, str] | None:
    """('==', its words) of '== 标题 ==': one to six '=' each side, the words between them without the spaces round
    them; None for any other line.

    One pattern read the words lazily and tried the spaces and the closing marks after each character: a heading
    and a run of spaces grew with the square (hardening round 38). The marks are counted and the words cut out once.
    """
    marks = _MARKS.match(line)
    if marks is None or len(marks.group()) > 6:
        return None
    mark = marks.group()
    end = len(line.rstrip())
    if end - len(mark) <= len(mark) or not line.endswith(mark, 0, end):
        return None
    middle = line[len(mark) : end - len(mark)]
    words = middle.strip()
    if words and words[0] != "=":
        return mark, words
    lead = len(middle) - len(middle.lstrip())
    if lead == 0:
        return None  # the words would open on a '=': no heading
    return mark, middle[lead - 1 :].rstrip() or middle[lead - 1]  # the words open on the last space before them


def _inline(text: str) -> str:
    """Links as their shown words, notes and inline templates gone, bold and italics as Markdown's."""
    text = drop_refs(text) if "<ref" in text else text
    text = _TEMPLATE.sub("", text) if "{{" in text else text
    text = _LINK.sub(r"\1", text) if "[[" in text else text
    return _ITALIC.sub(r"*\1*", _BOLD.sub(r"**\1**", text)).strip()


def drop_refs(line: str) -> str:
    """The line without its notes: `<ref …>…</ref>` (no '/' in the tag) and `<ref …/>`, as
    `<ref[^>/]*>.*?</ref>|<ref[^>]*/>` took them out of a line.

    Read by that pattern, each `<ref` with no '>' or no `</ref>` after it was read to the line's end: a line of
    8,000 `<ref>`s took 4.7 s, growing with the square (hardening round 38). Each `<ref` now looks up the next '>',
    '/' and `</ref>`, which stay the same for every `<ref` before them, so the line is read once.
    """
    out: list[str] = []
    done, size = 0, len(line)
    gt = slash = close = -1  # the next '>', '/' and '</ref>' (`size` when there is none)
    start = line.find("<ref")
    while start >= 0:
        after = start + 4
        if gt < after:
            gt = line.find(">", after)
            if gt < 0:
                break  # no '>' after this '<ref': no note closes after it
        if slash < after:
            slash = _found(line.find("/", after), size)
        end = -1
        if slash > gt:  # '<ref name=x>': its note runs to the next '</ref>'
            if close < gt + 1:
                close = _found(line.find("</ref>", gt + 1), size)
            end = close + 6 if close < size else -1
        if end < 0 and gt - 1 >= after and line[gt - 1] == "/":
            end = gt + 1  # '<ref name=x/>'
        if end < 0:
            start = line.find("<ref", start + 1)
            continue
        out.append(line[done:start])
        done = end
        start = line.find("<ref", end)
    out.append(line[done:])
    return "".join(out)


def _found(at: int, size: int) -> int:
    return size if at < 0 else at
