"""A blog or forum page's own furniture, known by the class or id its software gives it.

A page saved from WordPress carries, around the post, the site's tagline, the
post's meta line ('发布于 2026年6月2日 作者 admin'), links to the previous and
next posts, readers' comments and the reply form, and sidebar widgets ('近期文章',
'归档'); a Discuz! thread the poster's profile box and the reply bar; a Tieba
floor the poster's card and its tail ('1楼 2027-07-05 20:31'); a Confluence page its space and title,
who made it ('由 周某创建, 最终由 …修改于 十二月 19, 2026') and notes in info macros; in a thread, every floor after the first
(readers' replies, which read as the last story's paragraphs). None of it
is the paper's text, and its short lines read as headlines. An element whose
class or id names such furniture is blanked from its opening tag to its closing
one (nested elements of the same tag counted), so its lines become furniture
(kept, unassigned); text beside it on a line stays. A theme that prints the
paper's byline in the post's meta line ('<span class="author">株洲日报全媒体记者
易 敏</span> <time>…</time>') keeps that one element: the byline is the story's.
"""

from __future__ import annotations

import re

# class or id tokens the software gives its furniture (WordPress themes, Discuz!, common share/related plug-ins)
_CHROME = frozenset({
    "site-header", "site-footer", "site-description", "site-branding", "skip-link", "screen-reader-text",
    "entry-meta", "post-meta", "entry-footer", "post-navigation", "posts-navigation", "nav-links",
    "comments-area", "comment-respond", "comment-list", "commentlist", "widget-area", "sidebar",
    "sharedaddy", "share-buttons", "jp-relatedposts", "related-posts", "wp-block-comments",
    "wp-block-post-navigation-link", "pls", "authi", "favatar", "pob", "pstatus", "fastpost", "pgs",
    "d_author", "p_author", "core_reply", "post-tail-wrap", "j_lzl_wrapper",  # Baidu Tieba: the poster's card, the floor's tail
    # Confluence's HTML export: the space's page title, who made and changed the page, a note macro, the footer
    "pagetitle", "page-metadata", "confluence-information-macro", "footer-body",
})
# ids only (WordPress, Discuz!'s top bar, breadcrumb, footer and reply box): as classes too common
_CHROME_ID = frozenset({"comments", "respond", "secondary", "colophon", "sidebar", "toptb", "pt", "ft", "f_pst",
                        "breadcrumb-section"})  # Confluence's trail of parent pages
_WIDGET = re.compile(r"^widget(?:[-_]|$)", re.IGNORECASE)  # 'widget', 'widget_recent_entries', 'widget-title'
_OPEN = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9]{0,9})\b([^<>]{0,400})>")
_ATTR = re.compile(r"""\b(class|id)\s*=\s*["']?([^"'<>]{1,200})["']?""", re.IGNORECASE)
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "source", "wbr"})
_META = frozenset({"entry-meta", "post-meta"})  # the post's meta line: a date, an author, categories
# an element inside the meta line whose text is a byline with a role ('记者', '通讯员', '文/'), not a site user's name
_BYLINE_CHILD = re.compile(
    r"<\s*([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,200}>\s*((?:[^<>]{0,40}(?:记者|通讯员|实习生|评论员|特约撰稿)|(?:文|图|摄影?)\s*[/／|｜:：])[^<>]{0,60})</\s*\1\s*>"
)


def _is_meta(attrs: str) -> bool:
    return any(t.lower() in _META for name, value in _ATTR.findall(attrs) if name.lower() == "class" for t in value.split())


def _cuts_around_byline(joined: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The meta line's parts to blank when one of its elements is the story's byline (None when none is)."""
    m = _BYLINE_CHILD.search(joined, start, end)
    if m is None:
        return None
    return [(start, m.start()), (m.end(), end)]


def _is_chrome(attrs: str) -> bool:
    for name, value in _ATTR.findall(attrs):
        tokens = [t.lower() for t in value.split()]
        if any(t in _CHROME or _WIDGET.match(t) for t in tokens) or (name.lower() == "id" and value.strip().lower() in _CHROME_ID):
            return True
    return False


# a thread's floor: Tieba's 'l_post', Discuz!'s 'post_12345' (its id); after the first, each is a reader's reply
_POST_CLASS = frozenset({"l_post"})
_POST_ID = re.compile(r"^post_\d+$")


def _is_post(attrs: str) -> bool:
    for name, value in _ATTR.findall(attrs):
        if name.lower() == "class" and any(t in _POST_CLASS for t in value.split()):
            return True
        if name.lower() == "id" and _POST_ID.match(value.strip()):
            return True
    return False


def _closes(text: str, tag: str) -> dict[int, int]:
    """Where each element `tag` opens -> the end of the closing tag that matches it (same-name nesting counted).

    One pass for all of a tag's elements: counting from each furniture element
    to its end read the rest of the page once per element, so 10,000 unclosed
    '<div class="sidebar">' lines took minutes.
    """
    pattern = re.compile(rf"<\s*(/?)\s*{tag}\b[^<>]*?(/?)>", re.IGNORECASE)
    open_at: list[int] = []
    pairs: dict[int, int] = {}
    for m in pattern.finditer(text):
        if m.group(1):
            if open_at:
                pairs[open_at.pop()] = m.end()
        elif not m.group(2):
            open_at.append(m.start())
    return pairs


def blank(texts: list[str]) -> list[str]:
    """The lines with every furniture element blanked out (line breaks kept: the line count never changes)."""
    joined = "\n".join(texts)
    if "class" not in joined.lower() and "id=" not in joined.lower():
        return texts
    cuts: list[tuple[int, int]] = []
    closes: dict[str, dict[int, int]] = {}  # by tag, read once
    pos = 0
    posts = 0  # a thread's floors met so far: the first is the post, the others readers' replies
    while m := _OPEN.search(joined, pos):
        tag = m.group(1).lower()
        posts += _is_post(m.group(2))
        reply = posts > 1 and _is_post(m.group(2))
        if tag in _VOID or tag in ("html", "body") or not (reply or _is_chrome(m.group(2))) or m.group(2).rstrip().endswith("/"):
            pos = m.end()
            continue
        if tag not in closes:
            closes[tag] = _closes(joined, tag)
        end = closes[tag].get(m.start(), -1)
        if end < 0:
            pos = m.end()
            continue
        kept = _cuts_around_byline(joined, m.end(), end) if _is_meta(m.group(2)) else None
        cuts.extend([(m.start(), kept[0][1]), kept[1]] if kept else [(m.start(), end)])
        pos = end
    if not cuts:
        return texts
    pieces, last = [], 0
    for start, end in cuts:
        pieces.append(joined[last:start])
        pieces.append("\n" * joined.count("\n", start, end))
        last = end
    pieces.append(joined[last:])
    return "".join(pieces).split("\n")
