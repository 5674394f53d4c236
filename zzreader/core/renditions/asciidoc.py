"""An AsciiDoc export: '= 株洲日报 …' over '== 标题' sections, ':revdate:' attributes, 'image::a.jpg[图为…]'.

Asciidoctor's source, as a note tool or a docs site keeps a clipped page, marks a title with '=' signs where
Markdown has '#', and sets its header (the author and revision lines under the document title, ':name: value'
attributes), block delimiters ('----', '====') and breaks (''') on lines of their own. Read raw, no title
was seen and the header read as an article. Each line is rewritten in place, as a feed's are
(renditions/feeds.py), into the Markdown it stands for; what carries no text becomes an empty tag, kept
visible as unassigned. The header's dates are the clipping's, not the paper's: no date is taken from them.
"""

from __future__ import annotations

import re

from .feeds import EMPTY

_TITLE = re.compile(r"^(={1,6})\s+(\S.*?)\s*=*\s*$")
_ATTRIBUTE = re.compile(r"^:!?[A-Za-z0-9_][\w-]*!?:(?:\s.*)?$")  # ':revdate: 2017-11-09', ':toc:'
# the caption's '[' is the first after the last ']' before the closing one: tried from each '[' instead, 'image:' and
# 16,000 '[' took 1.4 s (a million, hours)
_IMAGE = re.compile(r"^image::?(?:\S*\])?[^\s\[\]]*\[([^\]]*)\]\s*$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
_DELIMITER = re.compile(r"^(?:-{4,}|={4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|/{4,}|'''+|<<<)\s*$")
_BLOCK_ATTRS = re.compile(r"^\[[\w.#%,=\"' -]{1,60}\]\s*$")  # '[NOTE]', '[source,python]', '[quote, 作者]'
_COMMENT = re.compile(r"^//(?!/)")
_STRONG = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_CAPTION_KEY = re.compile(r"^(?:alt|title|caption)\s*=\s*[\"']?|[\"']$")
MIN_SIGNS = 2  # AsciiDoc-only lines ('image::', ':attr:', ''', 'NOTE:') besides its titles


def looks_like(texts: list[str]) -> bool:
    """Two or more '=' titles and two or more lines only AsciiDoc writes."""
    head = texts[:400]
    titles = sum(1 for t in head if t[:1] == "=" and _TITLE.match(t) and not _DELIMITER.match(t))
    signs = sum(1 for t in head if t[:1] in ":iNTIWC'" and (_ATTRIBUTE.match(t) or _IMAGE.match(t) or _ADMONITION.match(t) or t.startswith("'''")))
    return titles >= 2 and signs >= MIN_SIGNS


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as Markdown, line for line; no date of its own) for an AsciiDoc export, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    in_header = False
    for text in texts:
        line = text.rstrip()
        if not line.strip():
            in_header = False
            out.append(text)
            continue
        if in_header or _ATTRIBUTE.match(line) or _DELIMITER.match(line) or _BLOCK_ATTRS.match(line) or _COMMENT.match(line):
            out.append(EMPTY)  # the header's author and revision lines, attributes, delimiters: no article's text
            continue
        if m := _TITLE.match(line):
            in_header = len(m.group(1)) == 1 and not out  # the document title's header lines follow it
            out.append("#" * len(m.group(1)) + " " + m.group(2))
            continue
        if m := _IMAGE.match(line):
            caption = _CAPTION_KEY.sub("", m.group(1).split(",")[0].strip()).strip()
            out.append(caption or EMPTY)  # 'image::a.jpg[图为…]': the picture's caption
            continue
        out.append(_STRONG.sub(r"**\1**", _ADMONITION.sub("", line)))
    warnings.append("已按 AsciiDoc 读取 / Read an AsciiDoc export.")
    return out, None
