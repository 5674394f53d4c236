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

_HEADING = re.compile(r"^(={1,6})\s*([^=].*?)\s*\1\s*$")
_TEMPLATE_LINE = re.compile(r"^\s*\{\{.*\}\}\s*$")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_MAGIC = re.compile(r"^\s*__[A-Z]+__\s*$")
_CATEGORY = re.compile(r"^\s*\[\[(?:分类|分類|Category|类别)\s*:[^\]]*\]\]\s*$", re.IGNORECASE)
_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_REF = re.compile(r"<ref[^>/]*>.*?</ref>|<ref[^>]*/>")
_REFERENCES = re.compile(r"^\s*<references\s*/?>\s*$|^\s*\{\{(?:reflist|references)[^}]*\}\}\s*$", re.IGNORECASE)
_NOTES_HEADING = re.compile(r"^(?:参考资料|参考文献|注释|脚注|外部链接|参见|相关条目|references|notes|see also|external links)$", re.IGNORECASE)
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_TABLE_BOUND = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+)")
_TABLE_ROW = re.compile(r"^\s*[|!](?!\})")
_CELL_SPLIT = re.compile(r"\s*(?:\|\||!!)\s*")
_ITEM = re.compile(r"^([*#]+)\s*")
MIN_SIGNS = 2


def looks_like(texts: list[str]) -> bool:
    """Two or more '== … ==' headings and two or more lines only wiki markup writes."""
    headings = sum(1 for t in texts if t[:1] == "=" and _HEADING.match(t))
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
        if m := _HEADING.match(line):
            words = _inline(m.group(2))
            in_notes = bool(_NOTES_HEADING.match(words))
            out.append(EMPTY if in_notes else "#" * len(m.group(1)) + " " + words)
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


def _inline(text: str) -> str:
    """Links as their shown words, notes and inline templates gone, bold and italics as Markdown's."""
    text = _REF.sub("", text)
    text = _TEMPLATE.sub("", text) if "{{" in text else text
    text = _LINK.sub(r"\1", text) if "[[" in text else text
    return _ITALIC.sub(r"*\1*", _BOLD.sub(r"**\1**", text)).strip()
