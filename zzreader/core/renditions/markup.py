"""Markdown and HTML exports: headings, bold subtitles, quotes, lists, tags.

HTML entities are decoded, `<br>` splits a line, other tags are stripped.
Heading levels are made relative: the level most used for headlines becomes
`##` (a page headline) and deeper levels `###` (sub-headings), so an export
that sets every title as `###` still opens one article per title. Quotes and
list items are blocks of their own: never glued onto the next paragraph.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from ..bylines import parse_credit, split_trailing_credit
from . import (
    block_kinds,
    bold_leads,
    bold_roles,
    cms_chrome,
    front_blocks,
    front_dates,
    heading_signers,
    hidden_blocks,
    html_classes,
    joplin,
    lead_figures,
    md_escapes,
    md_layout_tables,
    md_wraps,
    note_properties,
    preformatted,
    single_newline,
    soft_wraps,
    split_tags,
    wiki_links,
    word_html,
)
from .model import SourceLine

# A tag's attributes: Word writes up to a thousand characters of namespaces or styles in one tag
# (`<html xmlns:v=… xmlns:o=… xmlns:w=… xmlns:m=… xmlns=…>` over five lines, renditions/split_tags.py)
_ATTRS = r"[^<>]{0,1000}"
_TAG = re.compile(rf"<{_ATTRS}>")
# Tags an HTML export is made of; a dump with only <script>/<img> in it is not one (its markup stays text).
_EXPORT_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|span|h[1-6]|li|ul|ol|blockquote|strong|b|em|table|tr|td|section|article|pre|body|html)\b[^>]*>", re.I)
# '[^1]' and '[^1]: 数据来源：…': Markdown footnotes, which no plain dump carries
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,12}\]")
# Tags that end a block: the text on either side is a line of its own.
_BLOCK = re.compile(rf"<\s*(/?)\s*(p|div|li|tr|blockquote|br|table|ul|ol|dl|dt|dd|h[1-6]|section|article|body|head|html|center)\b{_ATTRS}?>", re.I)
_TERM_THEN_VALUE = re.compile(r"<\s*/\s*dt\s*>\s*<\s*dd\b[^<>]{0,200}>", re.IGNORECASE)
_CELL_END = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)
_CELL = re.compile(rf"<\s*/?\s*t[dh]\b{_ATTRS}>", re.I)
_LAYOUT_CELL = re.compile(r"<\s*t[dh]\b[^<>]*>(?:(?!<\s*/\s*t[dh]).)*<\s*(?:br|p)\b", re.I)
# a footnote as mammoth or pandoc writes one: a list item linking back to its mark ('<a href="#footnote-ref-1">↑</a>')
_FOOTNOTE_ITEM = re.compile(r"<\s*li\b[^<>]*>(?:(?!<\s*/?\s*li\b).){0,2000}?href=[\"']#(?:footnote-ref|fnref|_ftnref)[^<>]*>(?:(?!<\s*/?\s*li\b).){0,200}?<\s*/\s*li\s*>", re.I | re.S)
# one short paragraph, no sentence, alone in a cell: how a converted document sets each data cell
_SHORT_PARAGRAPH_CELL = re.compile(r"(<\s*t[dh]\b[^<>]*>)\s*<\s*p\b[^<>]*>([^<>。！？]{0,30})<\s*/\s*p\s*>\s*(?=<\s*/\s*t[dh]\s*>)", re.I)
_HIDDEN = re.compile(r"<\s*(title|style|script)\b[^>]*>.*?<\s*/\s*\1\s*>", re.I)  # head matter no reader sees
_ONE_LINE_COMMENT = re.compile(r"<!--.*?-->")  # '<!--enpproperty <date>…</date><title>…</title>/enpproperty-->': a CMS's note, tags and all
_INLINE = re.compile(rf"<\s*/?\s*(?:span|font|a|o:p)\b{_ATTRS}>", re.I)  # wrappers that carry no structure
_WHOLE_BOLD = re.compile(r"^\s*<\s*(strong|b)\b[^>]*>(.+)<\s*/\s*\1\s*>\s*$", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# '## 标题', and '##标题' as Chinese exports write it (no space, no closing '#': a hashtag '#话题#' is text).
# The title grows a run of spaces or '#' at a time and the closing '#' and spaces are read once from each end
# it tries: '# 株' + 1,000 spaces + 'x' took 7 s, a run of 10,000 hours (tests/core/renditions/test_hostile_speed_round24.py).
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s++((?:[^\s#]|#++|[^\S\n]++)*?)(?>\s*#*\s*)|(?=[\u4e00-\u9fff“‘《（【])((?:[^#\s]|\s++)*?)(?>\s*))$")
_HTML_HEADING = re.compile(r"^\s*<\s*h([1-6])[^>]*>(.*?)<\s*/\s*h\1\s*>\s*$", re.I)
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # '====' / '----' under a line: a level-1 / level-2 heading
_ATTRS = re.compile(r"(?<!\s)\s*+\{[#.][^{}]*\}\s*$")  # pandoc's '## 标题 {#sec-1 .news}'; tried where a run of spaces begins
_COMMENT_OPEN = re.compile(r"<!--(?!.*-->)")
_SETEXT_ANY = re.compile(r"^[ \t]{0,3}(?:=+|-{2,})[ \t]*$", re.M)
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")  # '---', '* * *', '___': a thematic break
# '![alt](url "title")', and the reference form '![alt][p1]' whose url is defined further down
_IMAGE = re.compile(r"!\[([^\[\]]*)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\[\]\s]{0,40}\])")
# '{{< figure src="…" caption="…" >}}', '{{% notice %}}': a Hugo or Jekyll-style shortcode on its own line
_SHORTCODE = re.compile(r"^\s*\{\{[<%]\s*/?\s*([A-Za-z][\w-]*)(.*?)[>%]\}\}\s*$")
_CAPTION_ATTR = re.compile(r"""\b(?:caption|title|alt)\s*=\s*["“]([^"”]+)["”]""")
# '[p1]: https://…': a reference link's definition, the url of '![alt][p1]' or '[text][p1]', no one's text
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)[^\[\]]{1,40}\]:\s*\S+(?:\s+[\"'(].*[\"')])?\s*$")
# inline or reference; an address may hold one pair of parentheses ('javascript:void(0);', a WeChat converter's account link)
_LINK = re.compile(r"\[([^\[\]]+)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\[[^\[\]\s]{1,40}\])")
_BOLD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$")
_QUOTE = re.compile(r"^\s*>\s?")
_LIST = re.compile(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)")
_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?![\s*_])(.+?)(?<![\s*_])\1(?![*\w])")


# YAML ('title: …' between '---') or TOML ('title = "…"', '[params]' between '+++', as Hugo writes it)
_FRONT_KEY = re.compile(r"^\s*(?:[A-Za-z_\u4e00-\u9fff][\w-]*\s*[:=]|\[[\w.-]+\]\s*$)")  # '日期: …' too
_YAML_NESTED = re.compile(r"^\s*-\s+\S|^\s{2,}\S")  # a YAML list's items or a value indented under its key ('author:' / '  - "[[株洲日报]]"')
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# 'date: 2026-01-15', '2026.1.15', '2026/1/15' or '2026年1月15日', under any of the keys site generators use
_FRONT_DATE = re.compile(
    r"^\s*(?:date|pubdate|published|publish_?date|issue_?date|日期|出版日期|见报日期|刊发日期)\s*[:=]\s*[\"']?(.*\d{4}.*)$", re.IGNORECASE
)
_FRONT_TITLE = re.compile(r"^\s*(?:title|source|来源|出处)\s*[:=](.*(?:株洲日报|株洲晚报).*)$")  # 'title: 株洲日报 2025年4月26日 第A03版': the masthead


def front_matter(raw_lines: list[str]) -> int:
    """The line number closing a YAML front matter block ('---', 'date: 2026-10-14', '---') or a TOML one
    ('+++', 'date = 2026-10-14', '+++') a static-site export opens with (after blank lines a copy may put first); 0 if none."""
    top = next((i for i, raw in enumerate(raw_lines[:30]) if raw.strip()), None)
    if top is None or raw_lines[top].strip() not in _FENCES:
        return 0
    closing = _FENCES[raw_lines[top].strip()]
    for i, raw in enumerate(raw_lines[top + 1 : top + 30], start=top + 1):
        if raw.strip() in closing:
            return i + 1 if i > top + 1 else 0
        if not _FRONT_KEY.match(raw) and not _YAML_NESTED.match(raw):
            return 0
    return 0


def front_matter_date(raw_lines: list[str]) -> str | None:
    """The 'date:' of the front matter ('2025-11-17', '2025年11月17日'), else the date its title gives the paper, as an ISO date."""
    head = raw_lines[: front_matter(raw_lines)]
    for field in (_FRONT_DATE, _FRONT_TITLE):
        for raw in head:
            if (m := field.match(raw)) and (day := front_dates.value_date(m.group(1), head)):
                return day
    return None


def looks_like(raw_lines: list[str]) -> bool:
    if front_matter(raw_lines):
        return True
    marks = sum(1 for r in raw_lines if _HEADING.match(r) or _BOLD.match(r) or _QUOTE.match(r) or _TAG.search(r) or _ENTITY.search(r) or ("![" in r and _IMAGE.search(r)))
    underlines = _setext_lines(raw_lines)
    atx = [m for r in raw_lines if (m := _HEADING.match(r))]
    headings = len(atx) + sum(1 for r in raw_lines if "<" in r and _HTML_HEADING.match(r)) + len(underlines)
    # a tag's '[^>]*>' matches only before the line's last '>': searching past it read the rest of the line from every '<div'
    tags = sum(1 for r in raw_lines if _EXPORT_TAG.search(r, 0, r.rfind(">") + 1) or _ENTITY.search(r))
    levels = _heading_levels(raw_lines, underlines)
    deep = levels.most_common(1)[0][0] >= 3  # '##' files read fine as they are
    deep = deep or (len(atx) >= 3 and len(levels) >= 3 and max(levels) >= 3)  # '#' page, '##' titles, '###' sub-heads
    styled = sum(1 for r in raw_lines if _BOLD.match(r) or _QUOTE.match(r) or ("![" in r and _IMAGE.search(r))
                 or (r.lstrip()[:1] in "*_" and _WHOLE_ITALIC.match(r)))  # '*（记者 习某）*': a line set in italics
    setext = len(underlines) >= 2
    unspaced = sum(1 for m in atx if m.group(3) is not None) >= 2  # pass one needs the space
    attrs = sum(1 for m in atx if m.group(2) and _ATTRS.search(m.group(2)))  # pandoc's '{#sec-1}'
    run_ins = sum(1 for r in raw_lines if r.lstrip()[:2] in ("**", "__") and (bold_leads.split(r) or bold_leads.speaker_label(r)))  # '**标题** 正文', '**问：** …'
    marks, styled = marks + attrs + run_ins, styled + attrs + run_ins
    titles = atx[1:] if len(atx) >= 3 and len(atx[0].group(1)) < len(atx[1].group(1)) else atx  # under one '# 株洲日报 …' page title
    atx_titles = len(titles) >= 2 and len({m.group(1) for m in titles}) == 1 and all(m.group(2) for m in titles)  # every title '## 标题'
    closed = sum(1 for m in atx if _CLOSED_ATX.search(m.group(0))) >= 2  # '## 标题 ##': only Markdown closes a heading
    closed = closed or (bool(atx) and sum(1 for r in raw_lines if "[^" in r and _FOOTNOTE.search(r)) >= 2)  # footnotes too
    piped = bool(atx) and any("|" in r and _PIPE_DELIMITER.match(r) for r in raw_lines)  # '| --- | --- |' under a '#' heading
    piped = piped or (bool(atx) and _web_links(raw_lines) >= 2)  # one '# 标题' and links to web addresses: a converted page
    piped = piped or (bool(atx) and note_properties.looks_like(raw_lines))  # Notion's '# 标题' over 'Key: value' properties
    piped = piped or (bool(atx) and any("toc" in r.lower() and hidden_blocks.is_anchor_link(r) for r in raw_lines))  # Typora's '[TOC]'
    piped = piped or (bool(atx) and any("[!" in r and _CALLOUT.match(r) for r in raw_lines))  # Obsidian's '> [!quote]' callout
    piped = piped or (bool(atx) and any(">" in r and _QUOTED_SOURCE.match(r) for r in raw_lines))  # a clipping's '> 来源：株洲日报 …'
    return (piped or (headings >= 2 and (marks + setext * 3 >= 3 or atx_titles or closed) and (deep or setext or unspaced or styled >= 1 or atx_titles or closed))
            or tags >= 2 or _bold_titled(raw_lines) or md_escapes.looks_escaped(raw_lines) or _one_line_page(raw_lines)
            or joplin.looks_like(raw_lines))  # a Joplin note: its metadata block at the foot


# a clipping's citation in a Markdown quote under its one '# 标题' ('> 来源：株洲日报 2025-07-17'): no plain dump quotes so
_QUOTED_SOURCE = re.compile(r"^\s*>\s*[（(]?(?:来源|出处|原载|刊于|载于|摘自|转自|剪自)\s*[:：]?\s*《?株洲[日晚][报報]")
_WEB_LINK = re.compile(r"\]\((?:https?://|javascript:)")


def _web_links(raw_lines: list[str]) -> int:
    """Markdown links and images to web addresses ('![图片](https://…)', '[阅读原文](https://…)'): no plain dump writes them."""
    return sum(1 for r in raw_lines if "](" in r and _WEB_LINK.search(r))


def _one_line_page(raw_lines: list[str]) -> bool:
    """A whole page saved on one line ('<html>…<h2>…</h2><p>…</p>…'): its tags are on too few lines to count."""
    return any(r.lstrip().startswith("<") and len(_BLOCK.findall(r, 0, 20_000)) >= 4 for r in raw_lines[:5])


# a Markdown table's delimiter row: only Markdown writes one
_PIPE_DELIMITER = re.compile(r"^\s*+\|?\s*+:?-{3,}:?\s*+(?:\|\s*+:?-{3,}:?\s*+)+\|?\s*$")  # no run of spaces split two ways
_BRACKET_BAR = re.compile(r"^\s*(?:[【\[][^】\]]{1,8}[】\]]\s*){2,}$")  # '【打印】【关闭】': a scraped page's tool bar
_CLOSED_ATX = re.compile(r"\S\s+#{1,6}\s*$")
_WHOLE_ITALIC = re.compile(r"^\s*([*_])(?![\s*_])[^*_]{2,60}(?<![\s*_])\1\s*$")  # '_记者 胡某 通讯员 邹某_'


def _bold_titled(raw_lines: list[str]) -> bool:
    """An export that sets its titles as bold lines, with an italic line, an image or a '#' heading of its own: Markdown all the same.

    A plain dump may hold a bold line; it does not hold '_…_' lines, '![…](…)' images or '# 株洲日报 …' headings.
    """
    bolds = sum(1 for r in raw_lines if "**" in r and _BOLD.match(r))
    if bolds < 2:
        return False
    return any(("![" in r and _IMAGE.search(r)) or ((r.lstrip()[:1] in "*_") and _WHOLE_ITALIC.match(r))
               or (r.lstrip()[:1] == "#" and _HEADING.match(r)) for r in raw_lines)


def _setext_lines(raw_lines: list[str]) -> dict[int, int]:
    """0-based index of each setext underline -> its level: under a text line, not a rule after a blank."""
    found: dict[int, int] = {}
    if not _SETEXT_ANY.search("\n".join(raw_lines)):
        return found  # no underline anywhere (most dumps): skip the line-by-line look
    for i in range(1, len(raw_lines)):
        m = _SETEXT.match(raw_lines[i])
        above = raw_lines[i - 1]
        if not m or not above.strip() or _SETEXT.match(above) or _RULE.match(above) or _LIST.match(above):
            continue
        if _HEADING.match(above) or _QUOTE.match(above) or _TAG.search(above):
            continue
        if m.group(1)[0] == "-" and len(m.group(1)) < 2:
            continue
        if above.rstrip()[-1:] in "。！？；" or len(above.strip()) > 40 or _BRACKET_BAR.match(above):
            continue  # a story's last sentence (or a scrape's '【打印】【关闭】') over a '---' separator: no headline
        found[i] = 1 if m.group(1)[0] == "=" else 2
    return found


def _heading_levels(raw_lines: list[str], underlines: dict[int, int] | None = None) -> Counter:
    levels: Counter = Counter()
    for raw in raw_lines:
        if m := _HEADING.match(raw):
            levels[len(m.group(1))] += 1
        elif m := _HTML_HEADING.match(raw):
            levels[int(m.group(1))] += 1
    levels.update((_setext_lines(raw_lines) if underlines is None else underlines).values())
    return levels or Counter({2: 1})


def _headline_level(raw_lines: list[str], underlines: dict[int, int]) -> int:
    """The heading level of the page's headlines.

    A headline (with its subtitle) is followed by a news lead or a byline; a
    sub-heading by plain text. The level that most often opens such a group
    wins (ties: the higher level); with no leads at all, the commonest level.
    """
    levels: dict[int, int] = {}
    opener = 0  # level of the first heading of the current run of headings
    for i, raw in enumerate(raw_lines):
        if not raw.strip() or _SETEXT.match(raw) and i in underlines:
            continue
        level = _level_of(raw, raw_lines[i + 1] if i + 1 < len(raw_lines) else "", i + 1 in underlines and underlines[i + 1])
        if level:
            opener = min(opener, level) if opener else level  # a kicker set smaller above the title does not count
            continue
        if opener and bold_roles.opens_report(_TAG.sub("", raw).strip()):
            levels[opener] = levels.get(opener, 0) + 1
        opener = 0
    if levels:
        return max(sorted(levels), key=lambda lv: levels[lv])
    return _heading_levels(raw_lines, underlines).most_common(1)[0][0]


def _level_of(raw: str, below: str, setext: int | bool) -> int:
    if m := _HEADING.match(raw):
        return len(m.group(1))
    if m := _HTML_HEADING.match(raw):
        return int(m.group(1))
    return int(setext) if setext else 0


# A dump's paragraph lines run on; an exporter that wraps (pandoc at 72 columns) never sets a line this long.
DUMPED_LINE, DUMPED_SHARE = 50, 0.2


def dumped(raw_lines: list[str]) -> bool:
    """Markdown with no blank line between its paragraphs and no HTML: a single-newline dump that kept its
    heading marks. Its lines are paragraphs, not a paragraph wrapped (an exporter parts paragraphs by blank lines)."""
    body = [r for r in raw_lines if r.strip(" \t\u3000\ufeff")]
    whole = sum(1 for r in body if len(r.strip()) > DUMPED_LINE) >= len(body) * DUMPED_SHARE  # paragraphs, not a column's cuts
    return whole and single_newline.looks_like(raw_lines) and single_newline.one_piece_a_line(body) and not any(_TAG.search(r) for r in body)



def convert(
    lines: list[SourceLine], raw_lines: list[str], warnings: list[str], furniture: list[SourceLine]
) -> list[SourceLine]:
    """Rewrite every line into plain text with markdown heading marks pass one knows."""
    one_a_line = dumped(raw_lines)
    lines = split_tags.join(lines)  # '<span' / 'style=…>标题': a tag a word processor wrapped, whole again
    lines = md_wraps.join(lines)  # '![图为…株洲日' / '报全媒体记者/彭某 摄](…)': a span a column's wrap cut, whole again
    lines = md_layout_tables.rewrite(lines, furniture)  # '| **旺铺转让**<br>… | **诚聘**<br>… |': ads side by side
    for line, text in zip(lines, cms_chrome.blank([line.text for line in lines])):
        line.text = text  # a blog's or forum's own furniture (comments, widgets, the post's meta line): blanked
    front = front_matter(raw_lines)
    if front_blocks.inner_blocks(raw_lines, front):  # a front matter over each article, the first one's too
        blocks = front_blocks.inner_blocks(raw_lines, 0)
        raw_lines = front_blocks.masked(raw_lines, blocks)
        lines = front_blocks.rewrite(lines, blocks, furniture)
        front = 0
    underlines = _setext_lines(raw_lines)
    title_level = _headline_level(raw_lines, underlines)
    section = _front_section([line for line in lines if line.no <= front])
    headed = _front_article([line for line in lines if line.no <= front], raw_lines[front:], any(k >= front for k in underlines))
    furniture.extend(line for line in lines if line.no <= front and line is not section and line not in headed)  # metadata
    lines = lead_figures.hoist(_join_setext([line for line in lines if line.no > front], underlines, furniture))
    out: list[SourceLine] = []
    changed = 0
    state = _HtmlState()  # what an HTML element opened on an earlier line still says about this one
    state.title_level = min(max(title_level, 1), 6)
    in_comment = False
    hidden = {lines[i].no for i in hidden_blocks.spans([line.text for line in lines])}
    hidden |= _note_app_lines(lines) | note_properties.chrome_lines(lines) | joplin.chrome_lines(lines)
    padded = _padded(lines)
    column = {lines[i].no for i in bold_leads.briefs([line.text for line in lines])}  # '**标题** 正文' items
    rules: set[int] = set()  # thematic breaks: the next bold line opens a piece (renditions/bold_roles.py)
    photos: set[int] = set()  # photos alone on their line: a bold line under one may title the photo
    for line in lines:
        if line.no in hidden or hidden_blocks.is_anchor_link(line.text) or hidden_blocks.is_link_line(line.text):
            furniture.append(line)  # a style sheet or script over several lines, a table of contents: no one's text
            changed += 1
            continue
        if in_comment or _COMMENT_OPEN.search(line.text):
            closed, opened = line.text.rfind("-->"), line.text.rfind("<!--")
            in_comment = opened > closed or (closed < 0 and opened < 0)  # '</xml><![endif]--><!--[if gte mso 9]><xml>': one closes, the next opens
            furniture.append(line)  # an HTML comment over several lines: the exporter's note, no one's text
            continue
        if _RULE.match(line.text) and not _TAG.search(line.text):
            furniture.append(line)  # a thematic break between articles: no one's text
            rules.add(line.no)
            changed += 1
            continue
        if _TAG.search(line.text):
            parts = _split_html(line.text, state)
        else:
            text, broke = md_escapes.unescape(line.text) if "\\" in line.text else (line.text, False)
            broke = broke or (line.text.endswith("  ") and not padded)  # a Markdown hard break: '记者 某某  ' over the text's first line
            parts = [(text, state.hint(), state.boundary)]
            state.boundary = broke  # after a backslash line break the next line is no soft wrap of this one
        changed += len(parts) != 1 or parts[0][0] != line.text
        converted = [
            new for k, (part, hint, new_block) in enumerate(parts)
            for new in _one(line, part, k, title_level, hint, new_block, line.no in column)
        ]
        out.extend(converted)
        if not converted:
            furniture.append(line)  # only tags or spaces: kept visible as unassigned
            if "![" in line.text and _IMAGE.fullmatch(line.text.strip()):
                photos.add(line.no)  # '![](_page_0_Picture_14.jpeg)': a converter's photo slot
    heading_signers.unmark(out)  # '#### 株洲市某某有限公司' / '#### 2026年6月29日': a notice's signature
    block_kinds.separate(out)
    bold_roles.assign(out, rules, photos)
    if one_a_line:
        single_newline.split_blocks(out, warnings)  # '## 标题' / '副题' / '株洲日报讯…' with no blank line: each line a block
    else:
        out = soft_wraps.join(out, preformatted.line_numbers([line.text for line in lines], [line.no for line in lines]))
    if changed:
        warnings.append(f"已转换 {changed} 行 Markdown/HTML 标记 / Converted Markdown/HTML markup on {changed} line(s).")
    return [*([section] if section else []), *headed, *out]


# '#株洲日报 #A02 #要闻': a note app's tag line; '> [!note] 来源' and the '>' lines under it: a callout box
_TAG_LINE = re.compile(r"^\s*#[^\s#]{1,20}(?:\s+#[^\s#]{1,20})+\s*$")
_CALLOUT = re.compile(r"^\s*>\s*\[!([A-Za-z]+)\][+-]?")
_QUOTED = ("quote", "cite")  # a callout that quotes the story: its box's label is the app's, its lines the article's


def _note_app_lines(lines: list[SourceLine]) -> set[int]:
    """Line numbers of a note app's tag lines and callout boxes: the app's chrome, no article's text."""
    out: set[int] = set()
    in_callout = False
    for line in lines:
        text = line.text
        if text.lstrip().startswith("#") and _TAG_LINE.match(text):
            out.add(line.no)
        elif (m := _CALLOUT.match(text)) or (in_callout and text.lstrip().startswith(">")):
            if m:
                in_callout = m.group(1).lower() not in _QUOTED  # '> [!quote] 原文摘录': its lines are the story's words
                out.add(line.no)
            elif in_callout:
                out.add(line.no)
            continue
        in_callout = False
    return out


_FRONT_FIELD = re.compile(r"^\s*(title|author|byline)\s*[:=]\s*[\"']?(.+?)[\"']?\s*$", re.I)


def _front_article(front: list[SourceLine], body: list[str], underlines: bool) -> list[SourceLine]:
    """An export of one article whose title and author stand only in the front matter: its headline and byline.

    Only when the text under the front matter has no heading of its own (a page
    export titles its articles there, and its front matter names the page).
    """
    if not front or underlines or any(_HEADING.match(r) or _BOLD.match(r) or ("<" in r and _HTML_HEADING.match(r)) for r in body):
        return []
    fields = {m.group(1).lower(): (line, m.group(2).strip()) for line in front if (m := _FRONT_FIELD.match(line.text))}
    if "title" not in fields or "株洲日报" in fields["title"][1] or "株洲晚报" in fields["title"][1]:
        return []
    line, title = fields["title"]
    line.text, line.source, line.gap = "## " + title, line.text, 1
    out = [line]
    if author := fields.get("author") or fields.get("byline"):
        author[0].text, author[0].source, author[0].kind = author[1], author[0].text, "byline"
        out.append(author[0])
    return out


_FRONT_SECTION = re.compile(r"^\s*(?:section|column|category)\s*[:=]\s*[\"']?([^\"']{1,20}?)[\"']?\s*$", re.I)


def _front_section(front: list[SourceLine]) -> SourceLine | None:
    """'section: 城事' in the front matter names the page's section, as a page line would; the line turns into one."""
    for line in front:
        if m := _FRONT_SECTION.match(line.text):
            line.kind, line.source, line.text = "section", line.text, m.group(1).strip()
            return line
    return None


def _join_setext(lines: list[SourceLine], underlines: dict[int, int], furniture: list[SourceLine]) -> list[SourceLine]:
    """'标题' over '====' becomes '# 标题' covering both lines; a stray underline is furniture."""
    out: list[SourceLine] = []
    for line in lines:
        level = underlines.get(line.no - 1)
        if level and out and out[-1].end == line.no - 1 and line.gap == 0:
            for above in _setext_paragraph(out):  # a headline set over two lines before its underline: both lines
                above.text = "#" * level + " " + above.text.strip()
            out[-1].end = line.end
        elif level:
            furniture.append(line)
        else:
            out.append(line)
    return out


def _setext_paragraph(out: list[SourceLine]) -> list[SourceLine]:
    """The lines of the paragraph an underline closes (CommonMark: all of them are the heading), up to three short ones.

    A line that ends a sentence is the story's above the headline (its blank line dropped), never a headline's line.
    """
    run = [out[-1]]
    while len(out) > len(run) and len(run) < 3 and run[-1].gap == 0:
        above = out[-len(run) - 1]
        if above.end != run[-1].no - 1 or len(above.text.strip()) > 30 or above.text.rstrip()[-1:] in "。！？；" or _HEADING.match(above.text) or _LIST.match(above.text) or _QUOTE.match(above.text) or _TAG.search(above.text):
            break
        run.append(above)
    return run if all(len(line.text.strip()) <= 30 for line in run) else run[:1]


class _HtmlState:
    """Open elements carried over line ends: pretty-printed HTML puts a heading's text on the line after <h2>."""

    def __init__(self) -> None:
        self.quote = 0  # open <blockquote> elements
        self.open = ""  # 'h2'…, 'item': a heading or list item still open at the end of the last line
        self.boundary = False  # a block ended or began after the last text: the next text starts a block
        self.title_level = 2  # the page's headline level: a title marked only by its class gets it

    def hint(self) -> str:
        return self.open or ("quote" if self.quote else "")


_HEADING_WITH_BREAK = re.compile(r"<\s*(h[1-6])\b[^>]*>.*?<\s*/\s*\1\s*>", re.I | re.S)
_BREAK = re.compile(r"\s*<\s*br\s*/?\s*>\s*", re.I)
_DECK_AFTER = re.compile(r"(?:<[^<>]{0,200}>\s*)*——")


def _break_in_title(m: re.Match) -> str:
    """A line break set inside a headline for the layout: nothing between Chinese, a space between Latin words."""
    before, after = m.string[: m.start()], m.string[m.end():]
    if _DECK_AFTER.match(after):
        return m.group(0)  # '<br><small>——“家门口”吃饭更方便</small>': the deck on a line of its own, the subtitle
    return " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum() else ""


def _split_html(text: str, state: _HtmlState) -> list[tuple[str, str, bool]]:
    """One HTML line cut at its block tags: (text, hint, starts a block) pieces.

    The hint is 'quote', 'item', 'h1'…'h6' or ''. Table cells end in a tab so
    pass one reads each <tr> as a table row.
    """
    pieces = _split_html_pieces(text, state)
    return pieces or [("", "", False)]


def _split_html_pieces(text: str, state: _HtmlState) -> list[tuple[str, str, bool]]:
    if "<!--" in text:
        text = _ONE_LINE_COMMENT.sub("", text)
    text = html_classes.rewrite(_HIDDEN.sub("", hidden_blocks.strip_nav(word_html.rewrite(text))), state.title_level)
    if "<h" in text.lower() and "<br" in text.lower():
        text = _HEADING_WITH_BREAK.sub(lambda m: _BREAK.sub(_break_in_title, m.group(0)), text)  # '<h2>株洲高新区<br>新增…</h2>': one title
    if "<d" in text.lower():
        text = _TERM_THEN_VALUE.sub("\t", text)  # '<dt>标题</dt><dd>…</dd>': a field and its value, as a table row's cells
    if "#f" in text and _FOOTNOTE_ITEM.search(text):
        text = _FOOTNOTE_ITEM.sub("<p><span></span></p>", text)  # a converter's footnotes under the last story: no story's text
    if "<p" in text and _CELL.search(text):
        text = _SHORT_PARAGRAPH_CELL.sub(r"\1\2", text)  # '<td><p>3260</p></td>' (Word, mammoth, pandoc): a data cell
    if _CELL.search(text) and _LAYOUT_CELL.search(text):
        text = _CELL.sub("<br>", text)  # a cell holding paragraphs: a layout box (notices side by side), not data
    else:
        text = _CELL_END.sub("\t", text)
    pieces: list[tuple[str, str, bool]] = []
    hint = state.hint()
    in_item = state.open == "item"  # inside <li>: its <p>s are still the item's text
    new_block = state.boundary
    pos = 0
    buf = ""
    for m in _BLOCK.finditer(text):
        buf += text[pos:m.start()]
        pos = m.end()
        if buf.strip():
            pieces.append((buf, hint, new_block))
        buf = ""
        new_block = True
        closing, name = m.group(1), m.group(2).lower()
        if name == "blockquote":
            state.quote = max(0, state.quote + (-1 if closing else 1))
        if name == "li":
            in_item = not closing
        if not closing and (name == "li" or name[0] == "h" and name[1:].isdigit()):
            hint = "item" if name == "li" else name
        elif closing or name not in ("br",):
            hint = "item" if in_item else "quote" if state.quote else ""
    buf += text[pos:]
    if buf.strip():
        pieces.append((buf, hint, new_block))
        new_block = False
    state.open = hint if hint not in ("quote", "") else ""
    state.boundary = new_block
    return pieces


def _one(
    line: SourceLine, text: str, k: int, title_level: int, hint: str = "", new_block: bool = False, brief: bool = False
) -> list[SourceLine]:
    gap = max(line.gap, 1) if k > 0 or new_block else line.gap
    text = _INLINE.sub("", text) if "<" in text else text
    if hint and (m := _WHOLE_BOLD.match(text)) and hint in ("quote",):
        text = m.group(2)
    elif not hint and (m := _WHOLE_BOLD.match(text)):
        text = "**" + m.group(2) + "**"  # <p><strong>副题</strong></p>: a bold line
    if hint == "quote":
        text = "> " + text
    elif hint == "item":
        text = "- " + text
    if "{{" in text and (m := _SHORTCODE.match(text)):
        caption = _CAPTION_ATTR.search(m.group(2)) if m.group(1).lower() == "figure" else None
        if caption is None:
            return []  # '{{< youtube id="…" >}}': a site generator's embed, kept visible as unassigned
        text = caption.group(1)  # '{{< figure src="…" caption="… 摄" >}}': the photo's caption
    table_row = "\t" in text
    if "]:" in text and _LINK_DEFINITION.match(text):
        return []  # kept visible as unassigned
    if "![" in text and _label_image(text):
        return []  # '![口袋公园](park.jpg)': the file's label for a photo, no caption (kept visible as unassigned)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    text = html.unescape(text).replace("\xa0", " ") if "&" in text and _ENTITY.search(text) else text  # '&amp;ldquo;': escaped twice
    text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", wiki_links.unlink(text)))  # '[[株洲日报]]': a note app's link
    if table_row:
        text = text.strip(" \t")
        return [SourceLine(line.no, text, line.end, gap=gap)] if text else []
    if not text.strip():
        return []
    if hint.startswith("h") and hint[1:].isdigit():
        text = "#" * int(hint[1:]) + " " + text.strip()
    if m := _HEADING.match(text):
        level = len(m.group(1)) - title_level + 2
        marks = "#" * max(1, min(level, 6))
        title = _ATTRS.sub("", _ITALIC.sub(r"\2", _EMPH.sub(r"\2", m.group(2) or m.group(3) or "")))
        return [SourceLine(line.no, f"{marks} {title}", line.end, gap=max(gap, 1))]
    if brief and text[:2] in ("**", "__") and (lead := bold_leads.split(text)):  # '**标题** 正文': a brief under its own headline
        return [SourceLine(line.no, lead[0], line.end, gap=max(gap, 1), kind="heading"), SourceLine(line.no, lead[1], line.end, gap=1)]
    if m := _BOLD.match(text):
        inner = _ITALIC.sub(r"\2", m.group(1)).strip()  # '***标题***': bold and italic
        if parse_credit(inner) or _EDITORS.match(inner):  # '**株洲日报全媒体记者 陈某某**', '**责任编辑：某某**': a credit set in bold
            return [SourceLine(line.no, inner, line.end, gap=max(gap, 1))]
        return [SourceLine(line.no, inner, line.end, gap=gap, kind="heading")]
    if _QUOTE.match(text):
        if not (inner := _QUOTE.sub("", text).strip()):
            return []  # '>' alone: the quote's blank line between its paragraphs, no one's text
        if m := _BOLD.match(inner):  # '> **温馨提示**': a boxed piece's bold title (renditions/bold_roles.py places it)
            return [SourceLine(line.no, m.group(1).strip(), line.end, gap=max(gap, 1), kind="heading")]
        return [SourceLine(line.no, inner, line.end, gap=max(gap, 1), kind="quote")]
    if _LIST.match(text):
        return [SourceLine(line.no, "- " + _LIST.sub("", text).strip(), line.end, gap=max(gap, 1), kind="item")]
    return [SourceLine(line.no, _ITALIC.sub(r"\2", _EMPH.sub(r"\2", text)).strip(), line.end, gap=gap)]


_EDITORS = re.compile(r"^(?:责任编辑|本版编辑|美术编辑|责编|编辑|校对|版式设计|版式)\s*[:：]")


def _label_image(text: str) -> bool:
    """An image alone on its line whose alt text is a short label, not a caption or a credit."""
    m = _IMAGE.fullmatch(text.strip())
    alt = m.group(1).strip() if m else ""
    return bool(alt) and len(alt) <= 16 and not any(c in alt for c in "。！？!?") and not alt.startswith(("图", "▲", "△")) and (
        split_trailing_credit(alt)[1] is None and parse_credit(alt) is None
    )


def _padded(lines: list[SourceLine]) -> bool:
    """Most lines end in two spaces: the exporter put a hard break after every line, and the breaks tell nothing."""
    ends = [line.text.endswith("  ") for line in lines if line.text.strip()]
    return sum(ends) > len(ends) / 2
