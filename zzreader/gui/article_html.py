"""Turn one article into the HTML that `ArticleView` shows.

Qt-free on purpose (only `themes.Theme` colours and `Prefs` numbers come in),
so the rendering rules are easy to test and to read. Every piece of text from
the data is escaped: a dump containing `<script>` or `<img src=http://…>`
shows those characters, it never becomes markup. Links use the private
`zz:` scheme and are handled by the window, never opened by Qt.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple
from urllib.parse import quote, unquote

from zzreader.core.models import Article, Block
from zzreader.gui import dates
from zzreader.gui.combining_marks import capped
from zzreader.gui.visible_controls import visible
from zzreader.i18n import tr

SCHEME = "zz"
_SPACES = re.compile(r"\s+")


def title_lines(title: str) -> list[str]:
    """The title cut at each run of spaces between two Han characters.

    Such a space stands for the line break of the printed headline; elsewhere
    (Latin words, numbers) it is a real space. The characters beside each run
    are tested here rather than in a regular expression over the Han ranges,
    which `re` takes milliseconds to compile on every start of the window.
    """
    lines, start = [], 0
    for run in _SPACES.finditer(title):
        before, after = run.start(), run.end()
        if before > 0 and after < len(title) and _ends_line(title[before - 1]) and _starts_line(title[after]):
            lines.append(title[start:before])
            start = after
    lines.append(title[start:])
    return lines


def _ends_line(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in "“”》）」』"


def _starts_line(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch in "“《（「『"


# List items that already carry their number (一、 1. （2） ①) need no bullet.
_ENUMERATED = r"\s*(?:[一二三四五六七八九十百]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])"


class ArticleMeta(NamedTuple):
    """What the page says around the article: its issue and position."""

    date: str | None = None
    number: int | None = None
    position: int = 0  # 1-based position in the issue
    count: int = 0  # articles in the issue
    starts: int | None = None  # the article this one goes on from ('上接…'), core/continuations.py
    goes_on: int | None = None  # the article it goes on in ('下转…')


class Style(NamedTuple):
    """The numbers and colours the page needs (from Prefs and the Theme)."""

    family: str
    size: int  # pt
    line_spacing: int  # line pitch in percent of the font size, as typographers count
    ink: str
    muted: str
    accent: str
    chip: str
    rule: str
    caption_bg: str
    page: str
    mono_family: str = "Noto Sans Mono CJK SC"
    natural: float = 1.0  # the font's own line spacing / its size (CJK faces: ~1.45)


def link(kind: str, value: str) -> str:
    return f"{SCHEME}:{kind}/{quote(value, safe='')}"


def parse_link(url: str) -> tuple[str, str] | None:
    """('author', '谢嘉') from 'zz:author/%E8%B0%A2%E5%98%89'; None for anything else."""
    if not url.startswith(SCHEME + ":"):
        return None
    kind, _, value = url[len(SCHEME) + 1 :].partition("/")
    return (kind, unquote(value)) if kind and value else None


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# A headline, kicker or name is a few dozen characters. Another tool may store 100,000 in
# one (2.8 s to open the article, a title of 33,000 lines when every word is spaced); the
# header shows the start of such a value, the body is always shown whole.
MAX_HEADER_CHARS = 300
MAX_NAME_CHARS = 100  # a byline name (and the search its chip runs), as an alias is bounded
MAX_TITLE_LINES = 8


def short(text: str, limit: int = MAX_HEADER_CHARS) -> str:
    """`text` cut at `limit` characters (an ellipsis when cut), stacked combining marks capped."""
    text = capped(text)
    return text if len(text) <= limit else text[:limit] + "…"


def headline_lines(title: str) -> list[str]:
    """The headline's printed lines (`title_lines`), at most MAX_TITLE_LINES (the rest on the last)."""
    lines = title_lines(short(title))
    if len(lines) > MAX_TITLE_LINES:
        lines = [*lines[: MAX_TITLE_LINES - 1], " ".join(lines[MAX_TITLE_LINES - 1 :])]
    return lines


def format_date(iso: str | None, lang: str = "zh") -> str:
    """'2025-10-31' -> '2025年10月31日 星期五' (or 'Fri 31 Oct 2025')."""
    if not iso:
        return tr("date.unknown")
    day = dates.parse(iso)
    if day is None:
        return short(iso, 40)  # another tool's date, shown as it is
    return dates.long_date(day, lang)


def stylesheet(s: Style) -> str:
    """Document CSS; QTextDocument understands this subset (no max-width, no radius)."""
    px = round(s.size * 4 / 3)  # pt -> px at 96 dpi, for the first-line indent

    def lh(percent: int) -> int:
        # Qt multiplies the font's own line spacing; convert from "% of the size".
        return max(80, round(percent / s.natural))

    return f"""
body {{ font-family: '{s.family}'; font-size: {s.size}pt; color: {s.ink}; }}
p {{ line-height: {lh(s.line_spacing)}%; margin-top: 0px; margin-bottom: {px // 2}px; }}
p.body {{ text-indent: {2 * px}px; }}
p.item {{ text-indent: -{px}px; margin-left: {2 * px}px; }}
p.kicker {{ color: {s.muted}; font-size: {s.size}pt; margin-bottom: 4px; line-height: {lh(130)}%; }}
p.title {{ font-size: {round(s.size * 1.6)}pt; font-weight: 700; color: {s.ink};
          margin-top: 6px; margin-bottom: 6px; line-height: {lh(135)}%; }}
p.subtitle {{ font-size: {round(s.size * 1.12)}pt; color: {s.muted}; margin-bottom: 10px;
             line-height: {lh(140)}%; }}
p.meta {{ font-size: {max(s.size - 4, 9)}pt; color: {s.muted}; margin-bottom: 4px;
         line-height: {lh(150)}%; }}
p.byline {{ font-size: {max(s.size - 3, 9)}pt; color: {s.muted}; margin-bottom: 14px;
           line-height: {lh(170)}%; }}
p.note {{ font-size: {max(s.size - 3, 9)}pt; color: {s.muted}; margin-bottom: 10px; }}
p.heading {{ font-weight: 700; font-size: {round(s.size * 1.08)}pt; margin-top: {px // 2}px;
            text-indent: 0px; }}
p.caption {{ font-size: {max(s.size - 2, 9)}pt; color: {s.muted}; margin: 0px;
            line-height: {lh(150)}%; }}
p.editor {{ font-size: {max(s.size - 4, 9)}pt; color: {s.muted}; margin-top: 18px; }}
p.empty {{ color: {s.muted}; }}
a {{ color: {s.accent}; text-decoration: none; }}
a.chip {{ color: {s.accent}; background-color: {s.chip}; text-decoration: none; }}
td {{ font-size: {max(s.size - 3, 9)}pt; line-height: {lh(145)}%; }}
td.head {{ font-weight: 700; }}
td.src {{ font-family: '{s.mono_family}', monospace; font-size: {max(s.size - 4, 9)}pt;
          color: {s.ink}; }}
td.lineno {{ font-family: '{s.mono_family}', monospace; font-size: {max(s.size - 5, 8)}pt;
             color: {s.muted}; padding-right: 10px; }}
hr {{ color: {s.rule}; }}
p.body, p.heading, p.item, p.caption, td {{ white-space: pre-wrap; }}
"""


def article_html(
    article: Article,
    meta: ArticleMeta,
    style: Style,
    lang: str = "zh",
    source: str | None = None,
) -> str:
    """The whole page: header, then the body (or the source lines when `source` is given)."""
    parts = [_header(article, meta, style, lang)]
    if source is not None:
        parts.append(_source(source, article.line_start, style))
    else:
        parts.append(_body(article.blocks, style))
        if meta.goes_on is not None:
            read_on = esc(tr("article.read_on"))
            parts.append(f'<p class="note"><a href="{link("article", str(meta.goes_on))}">{read_on} →</a></p>')
        if article.editor:
            parts.append(f'<p class="editor">{esc(tr("article.editor"))}{esc(short(article.editor))}</p>')
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _header(a: Article, meta: ArticleMeta, s: Style, lang: str) -> str:
    out: list[str] = []
    facts = [f'<a href="{link("date", meta.date)}">{esc(format_date(meta.date, lang))}</a>'
             if meta.date else esc(tr("date.unknown"))]
    if meta.number is not None:
        facts.append(esc(tr("issue.number", number=meta.number)))
    if a.section:
        section = short(a.section, MAX_NAME_CHARS)
        facts.append(f'<a href="{link("section", section)}">{esc(section)}</a>')
    if meta.count:
        facts.append(esc(tr("article.position", n=meta.position, count=meta.count)))
    facts.append(esc(tr(f"type.{a.type}")))
    out.append(f'<p class="meta">{"&nbsp;·&nbsp; ".join(facts)}</p>')
    if a.continued_from:
        note = esc(tr("article.continued", page=short(a.continued_from, MAX_NAME_CHARS)))
        if meta.starts is not None:
            note += f' <a href="{link("article", str(meta.starts))}">{esc(tr("article.read_start"))}</a>'
        out.append(f'<p class="note">{note}</p>')
    if a.kicker:
        out.append(f'<p class="kicker">{esc(short(a.kicker))}</p>')
    title = a.title or tr("article.untitled")
    title_html = "<br/>".join(esc(part) for part in headline_lines(title))
    out.append(f'<p class="title">{title_html}</p>')
    if a.subtitle:
        out.append(f'<p class="subtitle">{esc(short(a.subtitle))}</p>')
    byline = _byline(a)
    if byline:
        out.append(f'<p class="byline">{byline}</p>')
    out.append(f'<hr style="background-color: {s.rule};"/>')
    return "\n".join(out)


def _byline(a: Article) -> str:
    groups = (
        ("byline.reporters", a.reporters),
        ("byline.correspondents", a.correspondents),
        ("byline.photographers", a.photographers),
    )
    parts = []
    for key, names in groups:
        if not names:
            continue
        shown = [short(n, MAX_NAME_CHARS) for n in names]
        chips = "&nbsp; ".join(
            f'<a class="chip" href="{link("author", n)}">&nbsp;{esc(n)}&nbsp;</a>' for n in shown
        )
        parts.append(f"{esc(tr(key))}&nbsp; {chips}")
    return "&nbsp;&nbsp;&nbsp; ".join(parts)


def _body(blocks: list[Block], s: Style) -> str:
    if not blocks:
        return f'<p class="empty">{esc(tr("article.empty"))}</p>'
    out = []
    for b in blocks:
        if b.kind == "heading":
            out.append(f'<p class="heading">{_lines(b.text)}</p>')
        elif b.kind == "caption":
            out.append(
                f'<table width="100%" cellspacing="0" cellpadding="10" bgcolor="{s.caption_bg}" '
                f'style="margin-top: 4px; margin-bottom: 14px;"><tr><td>'
                f'<p class="caption">▲&nbsp;{_lines(b.text)}</p></td></tr></table>'
            )
        elif b.kind == "table" and _width(b) <= MAX_TABLE_COLUMNS:
            out.append(_table(b, s))
        elif b.kind == "item":
            bullet = "" if re.match(_ENUMERATED, b.text) else "•&nbsp;"  # compiled with the first list
            out.append(f'<p class="item">{bullet}{_lines(b.text)}</p>')
        else:
            out.append(f'<p class="body">{_lines(b.text)}</p>')
    return "\n".join(out)


def _lines(text: str) -> str:
    return "<br/>".join(esc(visible(line)) for line in text.split("\n"))


# A printed table has a handful of columns. One of 2,900 (well under the core's 3,000 cells,
# core/article_rows.py) drew each column one character wide, the page scrolling sideways
# for metres; a table wider than this is shown as its lines of text, like a bigger one.
MAX_TABLE_COLUMNS = 40


def _rows(b: Block) -> list[list[str]]:
    return b.rows or [line.split("\t") for line in b.text.split("\n")]


def _width(b: Block) -> int:
    return max((len(r) for r in _rows(b)), default=1)


def _table(b: Block, s: Style) -> str:
    rows = _rows(b)
    width = max((len(r) for r in rows), default=1)
    out = [
        f'<table width="100%" border="1" cellspacing="0" cellpadding="6" '
        f'style="border-color: {s.rule}; border-style: solid; margin-bottom: 14px;">'
    ]
    for i, row in enumerate(rows):
        cells = list(row) + [""] * (width - len(row))
        cls = ' class="head"' if i == 0 and len(rows) > 1 else ""
        if width > 1 and cells[0] and not any(cells[1:]):  # a note spanning the table
            out.append(f'<tr><td colspan="{width}"{cls}>{esc(visible(cells[0]))}</td></tr>')
            continue
        out.append("<tr>" + "".join(f"<td{cls}>{esc(visible(c))}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _source(text: str, first_line: int, s: Style) -> str:
    """The imported lines, numbered as in the file, wrapped rather than scrolled."""
    rows = "".join(
        f'<tr><td class="lineno" align="right">{first_line + i}</td>'
        f'<td class="src">{esc(visible(line)) or "&nbsp;"}</td></tr>'
        for i, line in enumerate(text.split("\n"))
    )
    return (
        f'<p class="note">{esc(tr("article.source_note"))}</p>'
        f'<table cellspacing="0" cellpadding="2">{rows}</table>'
    )
