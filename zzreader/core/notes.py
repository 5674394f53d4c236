"""Render highlight notes (Markdown) to HTML that is safe to show anywhere.

Notes come from archivists and from imported files, so rendering must never
run raw HTML or load anything remote:

- raw HTML is not interpreted: Markdown's HTML block and inline HTML
  processors are removed, so `<script>` or `<img onerror=…>` in a note comes
  out as visible, escaped text (code spans and blocks stay correct, which
  escaping the source before Markdown would break);
- links keep only http, https and mailto targets (no `javascript:`, `file:`
  or `data:`), and are marked `rel="noopener noreferrer"`;
- images are never loaded: an image becomes its alt text in brackets;
- a note Markdown could not render in bounded time (thousands of `[`,
  nesting hundreds deep) is shown as its escaped plain text instead.

The article pane's live preview and the HTML/PDF export both use
`render_note_html`, so what you preview is what you export.
"""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import markdown

SAFE_SCHEMES = ("http", "https", "mailto")
EXTENSIONS = ("fenced_code", "tables", "sane_lists", "nl2br")


def safe_href(href: str) -> bool:
    """A link target the reader may follow: http(s) or mailto, nothing else."""
    scheme = urlsplit(href.strip()).scheme.lower()
    return scheme in SAFE_SCHEMES


def _plain_href(href: str) -> str:
    """The target as written: Markdown hides an e-mail autolink (`<a@b.cn>`) as
    character references behind its own placeholder, which no scheme check reads."""
    if "\x02" not in href:
        return href
    from markdown.util import AMP_SUBSTITUTE

    return html.unescape(href.replace(AMP_SUBSTITUTE, "&"))


def _sanitise(root: ET.Element) -> None:
    """Drop unsafe link targets and turn images into their alt text."""
    for parent in root.iter():
        for i, child in enumerate(list(parent)):
            if child.tag == "img":
                span = ET.Element("span", {"class": "note-image"})
                span.text = f"[{child.get('alt') or 'image'}]"
                span.tail = child.tail
                parent.remove(child)
                parent.insert(i, span)
            elif child.tag == "a":
                href = _plain_href(child.get("href", ""))
                if href and safe_href(href):
                    child.set("href", href)
                    child.set("rel", "noopener noreferrer")
                else:
                    child.attrib.pop("href", None)
            for name in [k for k in child.attrib if k.lower().startswith("on")]:
                del child.attrib[name]


@functools.cache
def _safe_extension() -> type:
    """Markdown's extension that removes raw HTML and sanitises the tree.

    Markdown is imported with the first note rendered, not with the window
    or a command that never shows a note (tests/bench/bench_gui.py).
    """
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class Sanitise(Treeprocessor):
        def run(self, root: ET.Element) -> None:
            _sanitise(root)

    class SafeExtension(Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(Sanitise(md), "zz_sanitise", 0)

    return SafeExtension


def _renderer() -> markdown.Markdown:
    import markdown

    return markdown.Markdown(extensions=[*EXTENSIONS, _safe_extension()()], output_format="html")


# Python-Markdown looks for the end of every `[` to the end of its paragraph,
# so its work grows with (unclosed `[`) x (paragraph length): 20,000 `[` took
# 105 s, 500 of them before 49,000 characters 6 s. It also recurses once per
# level of list nesting (500 levels overflow the stack). A note beyond these
# bounds, which no one writes by hand but an imported file may bring, is shown
# as its plain text: it is never read as Markdown at all.
MAX_MARKDOWN_CHARS = 50_000
MAX_LINK_MARKS = 5_000  # `[` in one note (3,000 closed links render in 0.2 s)
MAX_BRACKET_WORK = 500_000  # unclosed `[` x paragraph length (about 0.2 s)
MAX_INDENT = 64  # leading blanks and quote marks on one line (16 levels of list)


def _unclosed_brackets(block: str) -> int:
    """How many `[` in `block` no later `]` closes."""
    open_ = 0
    for ch in block:
        if ch == "[":
            open_ += 1
        elif ch == "]" and open_:
            open_ -= 1
    return open_


def _markdown_is_bounded(note: str) -> bool:
    """Whether rendering `note` as Markdown takes a bounded, small amount of work."""
    if len(note) > MAX_MARKDOWN_CHARS or note.count("[") > MAX_LINK_MARKS:
        return False
    lines = note.splitlines()
    if any(len(line) - len(line.lstrip(" \t>")) > MAX_INDENT for line in lines):
        return False
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        text = "\n".join(block)
        if "[" in text and _unclosed_brackets(text) * len(text) > MAX_BRACKET_WORK:
            return False
        block = []
    return True


def _plain_html(note: str) -> str:
    """The note's text, escaped, its lines kept: what a note beyond the bounds shows."""
    body = "<br />\n".join(html.escape(line, quote=False) for line in note.splitlines())
    return f'<p class="note-plain">{body}</p>'


def render_note_html(note: str) -> str:
    """The note as an HTML fragment; empty for an empty note."""
    if not note.strip():
        return ""
    if not _markdown_is_bounded(note):
        return _plain_html(note)
    try:
        return _renderer().convert(note)
    except RecursionError:  # nesting the bounds above did not foresee
        return _plain_html(note)


class _TextOnly(HTMLParser):
    """The words of rendered note HTML: block ends become line breaks, a link keeps its text."""

    BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "br"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "li":
            self.parts.append("• ")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def note_plain_text(note: str) -> str:
    """The note as a reader sees it, without Markdown marks ("**要点**" -> "要点").

    For lists, tooltips and table cells, which show text, not HTML: rendering
    first and keeping only the words means a note is read the same wherever
    it appears, and nothing in it is ever interpreted as markup.
    """
    if not note.strip():
        return ""
    parser = _TextOnly()
    parser.feed(render_note_html(note))
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
