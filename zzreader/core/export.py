"""Annotations out of a library as Markdown and CSV, an article with its highlights as
HTML, and the one writer of annotation exports the CLI and the window share (the W3C
JSON-LD export is core/w3c_export.py, import core/w3c.py).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import zzreader
from zzreader.core import atomic_file, choices, csv_safe
from zzreader.core.export_text import md_escape, plain
from zzreader.core.export_scope import article_refs, selection
from zzreader.core.highlights import Highlight
from zzreader.core.journal import ANCHORED, ORPHAN
from zzreader.core.note_markdown import safe_note_markdown
from zzreader.core.notes import render_note_html
from zzreader.core.palette import COLORS, PALETTE, STYLES
from zzreader.core.timestamps import now
from zzreader.core.w3c_export import write_w3c
from zzreader.i18n import language

if TYPE_CHECKING:
    from zzreader.core.store import Library


# -- Markdown -----------------------------------------------------------------------------


_MD_MARKUP = re.compile(r"([\\`<>&\[\]])")


def _md_name(text: str) -> str:
    """A file name or tag as text: no HTML, link or code markup, while `_` and `#` stay as they are read."""
    return _MD_MARKUP.sub(r"\\\1", text)


def _hashtag(tag: str) -> str:
    """An Obsidian-style #tag (tags cannot contain spaces there)."""
    return "#" + _md_name(re.sub(r"\s+", "_", tag))


def export_markdown(library: Library, highlight_ids: Iterable[str] | None = None) -> str:
    """Quotes and notes grouped by issue and article, ready for Obsidian or a report."""
    highlights, tagged = selection(library, highlight_ids, None)
    refs = article_refs(library, [h.article_id for h in highlights if h.article_id] + list(tagged))
    # Group: issue -> article (or orphans) -> highlights, in reading order.
    groups: dict[tuple, dict[tuple, list[Highlight]]] = {}
    for h in highlights:
        ref = refs.get(h.article_id) if not h.orphan else None
        issue_key = (h.issue_date or "", h.issue_source or "")
        art_key = (0, ref.seq, ref.id) if ref else (1, h.article_seq or 0, -1)
        groups.setdefault(issue_key, {}).setdefault(art_key, []).append(h)
    for aid in tagged:
        ref = refs.get(aid)
        if ref is not None:
            groups.setdefault((ref.issue_date or "", ref.issue_source), {}).setdefault(
                (0, ref.seq, ref.id), []
            )
    by_id = {r.id: r for r in refs.values()}
    lines = [
        _h("# 株洲日报批注", "# Zhuzhou Daily annotations"),
        "",
        _h(f"导出于 {now()[:19].replace('T', ' ')} UTC · {len(highlights)} 条划线",
           f"Exported {now()[:19].replace('T', ' ')} UTC · {len(highlights)} highlights"),
        "",
    ]
    for (date, source), articles in sorted(groups.items()):
        number = next(
            (by_id[k[2]].issue_number for k in articles if k[2] in by_id and by_id[k[2]].issue_number),
            None,
        )
        head = " · ".join(p for p in (date or _h("未注明日期", "undated"), f"第{number}期" if number else "", source) if p)
        lines += [f"## {_md_name(head)}", ""]
        for key, items in sorted(articles.items()):
            ref = by_id.get(key[2])
            if ref is not None:
                lines += [f"### {md_escape(ref.title or _h('（无题）', '(untitled)'))}", ""]
                if tagged.get(ref.id):
                    lines += [_h("标签：", "Tags: ") + " ".join(_hashtag(t) for t in tagged[ref.id]), ""]
            else:
                lines += [_h("### 未定位的划线", "### Orphaned highlights"), ""]
            for h in sorted(items, key=lambda h: (h.start, h.end, h.created)):
                lines += _markdown_highlight(h)
    return plain("\n".join(lines).rstrip() + "\n")  # no ESC or U+202E from a quote or note (export_text)


def _h(zh: str, en: str) -> str:
    """A heading in the interface language only (zzreader/i18n.py), never both at once."""
    return zh if language() == "zh" else en


def _markdown_highlight(h: Highlight) -> list[str]:
    out = [("> " + md_escape(line)) if line else ">" for line in h.exact.split("\n")]
    out.append("")
    if h.note:
        out += [safe_note_markdown(h.note), ""]  # no HTML, image or odd link in a viewer (core/note_markdown.py)
    meta = [f"`{h.color}`", f"`{h.style}`", *(_hashtag(t) for t in h.tags)]
    if h.orphan:
        meta.append(_h("（未定位）", "(orphan)"))
    out += [" ".join(meta), "", "---", ""]
    return out


# -- CSV ----------------------------------------------------------------------------------
CSV_COLUMNS = (
    "id", "issue_date", "issue_source", "article_id", "article_seq", "article_title",
    "start", "end", "quote", "prefix", "suffix", "note", "color", "style", "tags",
    "anchor_state", "created", "modified",
)  # fmt: skip


def write_csv(library: Library, out: TextIO, highlight_ids: Iterable[str] | None = None) -> int:
    """One row per highlight; tags joined by '; '. Returns the row count."""
    highlights, _tags = selection(library, highlight_ids, False)
    rows: list[list[Any]] = [list(CSV_COLUMNS)]
    for h in highlights:
        rows.append([
            h.id, h.issue_date or "", h.issue_source or "", h.article_id or "",
            h.article_seq or "", h.article_title, h.start, h.end, h.exact,
            h.prefix, h.suffix, h.note, h.color, h.style,
            "; ".join(h.tags), ORPHAN if h.orphan else ANCHORED, h.created,
            h.modified,
        ])  # fmt: skip
    # Every column: ids, sources and times come from files and libraries too.
    csv_safe.write_rows(out, rows)
    return len(highlights)


def export_csv(library: Library, highlight_ids: Iterable[str] | None = None) -> str:
    buf = io.StringIO()
    write_csv(library, buf, highlight_ids)
    return buf.getvalue()


# -- one article with its highlights, as HTML (the PDF export prints this) ----------------------
_HTML_STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
       line-height: 1.8; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.meta { color: #666; font-size: 0.9em; }
.caption { color: #555; font-style: italic; }
table { border-collapse: collapse; } td { border: 1px solid #bbb; padding: 0.2em 0.5em; }
sup a { text-decoration: none; }
.notes { border-top: 1px solid #ccc; margin-top: 2em; font-size: 0.95em; }
.notes blockquote { margin: 0.3em 0; padding-left: 0.8em; border-left: 3px solid #ccc; color: #444; }
.tags { color: #666; font-size: 0.9em; }
"""


def article_html(library: Library, article_id: int) -> str:
    """A standalone HTML page: the article with its highlights and numbered notes.

    Everything is escaped; notes go through notes.render_note_html (no raw
    HTML, no remote images), and a Content-Security-Policy forbids loading
    anything, so the page is safe to open in a browser or print to PDF.
    """
    article = library.article(article_id)
    issue = library.issue(article.issue_id, of_article=True)
    highlights = library.highlights.for_article(article_id)
    tags = library.tags.of_article(article_id)
    noted = [h for h in highlights if h.note or h.tags]
    numbers = {h.id: n for n, h in enumerate(noted, start=1)}
    marks = _Marker(article.text, highlights, numbers)
    body: list[str] = []
    pos = 0
    items_open = False
    for block in article.blocks:
        lo, hi = pos, pos + len(block.text)
        pos = hi + 1
        if block.kind == "item" and not items_open:
            body.append("<ul>")
            items_open = True
        elif block.kind != "item" and items_open:
            body.append("</ul>")
            items_open = False
        body.append(_block_html(block.kind, marks, lo, hi))
    if items_open:
        body.append("</ul>")
    e = html.escape
    meta = " · ".join(
        p
        for p in (
            issue.date or "",
            f"第{issue.number}期" if issue.number else "",
            article.section,
            "、".join(article.authors),
        )
        if p
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{e(article.title or '株洲日报')}</title>",
        f"<style>{_HTML_STYLE}</style></head><body><article>",
        f"<header><h1>{e(article.title)}</h1>",
    ]
    if article.subtitle:
        out.append(f"<p class=\"meta\">{e(article.subtitle)}</p>")
    out.append(f'<p class="meta">{e(meta)} · {e(issue.source)}</p>')
    if tags:
        out.append(f'<p class="tags">{_h("标签：", "Tags: ")}{e(", ".join(tags))}</p>')
    out.append("</header>")
    out += body
    if noted:
        out.append(f'<section class="notes"><h2>{_h("批注", "Notes")}</h2><ol>')
        for h in noted:
            out.append(f'<li id="note-{e(h.id)}"><blockquote>{e(h.exact)}</blockquote>')
            if h.note:
                out.append(f'<div class="note">{render_note_html(h.note)}</div>')
            if h.tags:
                out.append(f'<p class="tags">{e(" ".join(_hashtag(t) for t in h.tags))}</p>')
            out.append("</li>")
        out.append("</ol></section>")
    out.append(f'<footer class="meta">zzreader {e(zzreader.__version__)}</footer></article></body></html>')
    return plain("\n".join(out))  # a U+202E in the text would reverse it on the printed page (export_text)


def _block_html(kind: str, marks: _Marker, lo: int, hi: int) -> str:
    if kind == "table":
        rows = []
        row_lo = lo
        for line in marks.text[lo:hi].split("\n"):
            cells, cell_lo = [], row_lo
            for cell in line.split("\t"):
                cells.append(f"<td>{marks.html(cell_lo, cell_lo + len(cell))}</td>")
                cell_lo += len(cell) + 1
            rows.append("<tr>" + "".join(cells) + "</tr>")
            row_lo += len(line) + 1
        return "<table>" + "".join(rows) + "</table>"
    inner = marks.html(lo, hi)
    return {
        "heading": f"<h3>{inner}</h3>",
        "caption": f'<p class="caption">{inner}</p>',
        "item": f"<li>{inner}</li>",
    }.get(kind, f"<p>{inner}</p>")


class _Marker:
    """Escaped HTML of text ranges with highlight spans (overlaps split into segments)."""

    def __init__(self, text: str, highlights: list[Highlight], numbers: dict[str, int]) -> None:
        self.text = text
        self.highlights = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
        self.numbers = numbers

    def html(self, lo: int, hi: int) -> str:
        cuts = {lo, hi}
        for h in self.highlights:
            cuts.update(c for c in (h.start, h.end) if lo < c < hi)
        points = sorted(cuts)
        out: list[str] = []
        for a, b in zip(points, points[1:], strict=False):
            piece = html.escape(self.text[a:b])
            covering = [h for h in self.highlights if h.start <= a and b <= h.end]
            out.append(self._span(piece, covering) if covering else piece)
            for h in self.highlights:
                if h.end == b and h.id in self.numbers:
                    n = self.numbers[h.id]
                    out.append(f'<sup><a href="#note-{html.escape(h.id)}">{n}</a></sup>')
        return "".join(out)

    @staticmethod
    def _span(piece: str, covering: list[Highlight]) -> str:
        """The latest highlight of each style decides that style's colour."""
        latest: dict[str, str] = {}  # style -> colour; a library may hold any text in either
        for h in sorted(covering, key=lambda h: h.created):  # (a planted colour was markup here)
            if h.style in STYLES:
                latest[h.style] = h.color if h.color in PALETTE else COLORS[0]
        css, classes = [], []
        if "highlight" in latest:
            css.append(f"background-color: {PALETTE[latest['highlight']][0]}")
        lines = [s for s in ("underline", "strike") if s in latest]
        if lines:
            kinds = " ".join("line-through" if s == "strike" else "underline" for s in lines)
            ink = PALETTE[latest[lines[-1]]][1]
            css.append(f"text-decoration: {kinds}; text-decoration-color: {ink}")
        for style, color in latest.items():
            classes.append(f"zz-{color} zz-{style}")
        return f'<span class="{" ".join(classes)}" style="{"; ".join(css)}">{piece}</span>'


# -- writing an annotation export (the CLI and the window share these) -------------------------
ANNOTATION_FORMATS = choices.ANNOTATION_FORMATS


def write_annotations(
    library: Library, fmt: str, out: TextIO, highlight_ids: list[str] | None = None
) -> int:
    """Write annotations (all, or the ids given) in `fmt` to a stream; returns how many highlights."""
    if fmt not in ANNOTATION_FORMATS:
        raise ValueError(fmt)
    if fmt == "csv":
        return write_csv(library, out, highlight_ids)
    if fmt == "json":
        write_w3c(library, out, highlight_ids)
    else:
        out.write(export_markdown(library, highlight_ids))
    return len(highlight_ids) if highlight_ids is not None else library.highlights.count()


def save_annotations(
    library: Library, fmt: str, path: str | Path, highlight_ids: list[str] | None = None
) -> int:
    """Write an annotation export to a file atomically (a half-written file never replaces a good one).

    CSV gets a BOM so spreadsheet programs read the Chinese text as UTF-8.
    """
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with atomic_file.text_file(path, encoding, newline="") as out:
        return write_annotations(library, fmt, out, highlight_ids)
