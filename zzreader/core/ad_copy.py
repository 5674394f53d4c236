"""An ad's slogans set one a line are its copy, not the headlines of stories of their own.

An ad box ('夏日纳凉音乐会 / 全程免费,老少皆宜 / 欢迎扶老携幼前来 / … / 咨询电话:…')
reads, line by line, like a run of short headlines. Set without the blank lines
that group it (a single-newline dump, PDF text, a blank line after every line)
the run splits into a titled scrap with a one-line body and a second 'story'
that carries the ad's list and phone number. A reader sees one ad: a scrap with
no byline and no sentence of prose, followed before any story by more such
scraps and then by the ad's own closing, is the ad's head and copy.
"""

from __future__ import annotations

from .models import Article, Block

SLOGAN_MAX = 24  # a slogan line's characters; a story's paragraph runs longer or ends a sentence
SCRAP_PARAGRAPHS = 3


def _unsigned(article: Article) -> bool:
    return not (article.authors or article.dateline or article.continued_from)


def _scrap(article: Article) -> bool:
    """A title over a line or three of slogan: no byline, no sentence of prose."""
    texts = article.paragraphs
    return (
        bool(article.title)
        and _unsigned(article)
        and article.type not in ("notice", "table", "caption")
        and 0 < len(texts) <= SCRAP_PARAGRAPHS
        and all(len(t) <= SLOGAN_MAX and not t.rstrip().endswith(("。", "”")) for t in texts)
    )


def _ad_end(articles: list[Article], start: int) -> int | None:
    """The index of the ad that closes the run of scraps from `start`, if the run ends in one."""
    k = start + 1
    while k < len(articles) and _unsigned(articles[k]) and articles[k].title:
        if articles[k].type == "ad":
            return k
        if not _scrap(articles[k]):
            return None
        k += 1
    return None


def _merge(run: list[Article]) -> Article:
    head, blocks = run[0], list(run[0].blocks)
    for part in run[1:]:
        for text in filter(None, (part.title, part.subtitle)):
            blocks.append(Block("text", text, part.line_start, part.line_start))
        blocks.extend(part.blocks)
    head.blocks = blocks
    head.type = "ad"
    head.line_end = max(a.line_end for a in run)
    return head


def join_ad_copy(articles: list[Article]) -> int:
    """Fold an ad's slogan scraps into the ad, in place; how many scraps were folded."""
    out: list[Article] = []
    folded, i = 0, 0
    while i < len(articles):
        end = _ad_end(articles, i) if _scrap(articles[i]) and articles[i].type != "ad" else None
        if end is None:
            out.append(articles[i])
            i += 1
            continue
        out.append(_merge(articles[i : end + 1]))
        folded += end - i
        i = end + 1
    articles[:] = out
    return folded
