"""HTML exports that mark a title only by its class: `<div class="title">`, `<p class="subtitle">`.

Content systems and e-paper pages often set a headline in a plain element and
style it by class. Such an element is rewritten to the tags the Markdown/HTML
pass already reads (`<hN>` for a title, a bold paragraph for a subtitle), so a
classed title opens an article just as an `<h2>` does. Class names are split
into words on '-', '_' and spaces: 'article-title', 'art_title', 'bt' (标题),
'futi' (副题); Word's own 'MsoTitle' and 'MsoSubtitle' styles count too. An old
CMS sets its headline parts in table cells (`<td class="yinti">`), read alike
unless the cell holds a table of its own; a Founder e-paper names them by its own
tags (`<founder-introtitle>`, `<founder-title>`, `<founder-subtitle>`).
"""

from __future__ import annotations

import re

_CLASSED = re.compile(
    r"<\s*(div|p|span|font|h[1-6]|td|th)\b([^<>]{0,200}?)\bclass\s*=\s*[\"']?([^\"'<>]{1,80})[\"']?([^<>]{0,200})>(.*?)<\s*/\s*\1\s*>",
    re.I,
)
_WHOLE_BOLD = re.compile(r"^\s*<\s*(strong|b)\b[^>]*>.*<\s*/\s*\1\s*>\s*$", re.I | re.S)
_NESTED_CELLS = re.compile(r"<\s*t(?:able|r|d|h)\b", re.IGNORECASE)  # a cell around a table: a layout box, no headline
# a Founder e-paper's own tags ('<founder-introtitle>…</founder-introtitle>'): its headline parts by name
_FOUNDER = re.compile(r"<\s*founder-(introtitle|title|subtitle)\s*>(.*?)<\s*/\s*founder-\1\s*>", re.IGNORECASE)
_FOUNDER_KIND = {"introtitle": "kicker", "title": "title", "subtitle": "subtitle"}
_WORDS = re.compile(r"[\s_\-]+")
_TITLE_WORDS = frozenset({"title", "headline", "biaoti", "bt", "maintitle", "arttitle", "newstitle", "articletitle", "zbt"})
_SUBTITLE_WORDS = frozenset({"subtitle", "subhead", "subheadline", "fbt", "futitle", "vicetitle", "deck", "futi", "fubiaoti", "msosubtitle"})
_KICKER_WORDS = frozenset({"kicker", "pretitle", "overline", "supertitle", "uptitle", "yt", "yinti", "jt", "jianti", "introtitle"})  # 引题/肩题
_NOT_A_HEADLINE = frozenset({"page", "site", "paper", "nav", "menu", "list", "date", "banner", "logo", "pic", "img", "caption"})


def kind_of(classes: str) -> str:
    """'title', 'subtitle', 'kicker' or '' for an element's class attribute."""
    words = {w for w in _WORDS.split(classes.lower()) if w}
    if words & _NOT_A_HEADLINE:
        return ""
    if words & _SUBTITLE_WORDS or ("sub" in words and "title" in words):
        return "subtitle"
    if words & _KICKER_WORDS:
        return "kicker"
    return "title" if words & _TITLE_WORDS else ""


def rewrite(text: str, title_level: int) -> str:
    """Classed titles become `<hN>` (N = the page's headline level) and subtitles a bold paragraph."""
    if "founder-" in text:
        text = _FOUNDER.sub(lambda m: _as_kind(_FOUNDER_KIND[m.group(1).lower()], m.group(2), title_level) if m.group(2).strip() else "", text)
    if "class" not in text and "CLASS" not in text:
        return text
    return _CLASSED.sub(lambda m: _element(m, title_level), text)


def _element(m: re.Match, title_level: int) -> str:
    kind = kind_of(m.group(3))
    inner = m.group(5)
    if not inner.strip() or _NESTED_CELLS.search(inner):
        return m.group(0)
    if _WHOLE_BOLD.match(inner) and not (kind == "title" and m.group(1).lower() in ("td", "th")):
        return m.group(0)  # set in bold as well: the bold line already reads as a headline
    return _as_kind(kind, inner, title_level) or m.group(0)


def _as_kind(kind: str, inner: str, title_level: int) -> str:
    """The tags the Markdown/HTML pass reads for a title, a subtitle or a kicker; '' for no headline part."""
    if kind == "title":
        return f"<h{title_level}>{inner}</h{title_level}>"
    if kind == "subtitle":
        return f"<p><strong>{inner}</strong></p>"
    if kind == "kicker":  # a heading ranked below the title: the Markdown/HTML pass reads it as the title's kicker (引题)
        level = min(title_level + 2, 6)
        return f"<h{level}>{inner}</h{level}>"
    return ""
