"""A note from an imported file, exported as Markdown, renders no HTML, loads no image and links nowhere odd.

The window shows notes by core/notes.py's rules; the Markdown export wrote
them raw, so a viewer of the exported file rendered `<img src=/etc/passwd>`,
loaded `![x](file:///etc/passwd)` and made `[x](javascript:…)` a live link.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown

from tests.conftest import SEEDS
from zzreader.core import export
from zzreader.core.importer import import_paths
from zzreader.core.note_markdown import safe_note_markdown
from zzreader.core.store import open_library

NOTE = (
    '<img src=/etc/passwd> **要点** `<b>代码</b>`\n\n'
    "![图](file:///etc/passwd) [官网](https://example.org) [坏](javascript:alert(1)) [本地](/etc/passwd) [引][r]\n\n"
    "```\n<script>x</script>\n```\n\n"
    "[r]: file:///etc/passwd\n\n"
    '<a href="file:///etc/passwd">链</a> & 2 < 3'
)


def _rendered(text: str) -> str:
    return markdown.markdown(text, extensions=["fenced_code"])  # a viewer that renders raw HTML


def _live(html: str) -> list[str]:
    """Real tags that load or link (escaped text such as `&lt;img` is not one)."""
    return re.findall(r"<(?:img|script)\b[^>]*>|<a\b(?![^>]*href=\"https://)[^>]*>", html)


def test_a_hostile_note_renders_as_text_in_any_markdown_viewer() -> None:
    html = _rendered(safe_note_markdown(NOTE))
    assert _live(html) == []
    assert '<a href="https://example.org">官网</a>' in html and "<strong>要点</strong>" in html
    assert "<code>&lt;b&gt;代码&lt;/b&gt;</code>" in html  # code spans untouched
    assert "&lt;img src=/etc/passwd&gt;" in html and "&amp; 2 &lt; 3" in html  # the words, visible


def test_the_markdown_export_writes_notes_by_those_rules(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with open_library(path) as lib:
        import_paths(lib, SEEDS[:1], workers=0)
        aid = lib.db.execute("SELECT min(id) FROM articles").fetchone()[0]
        lib.highlights.add(aid, 0, 6, note=NOTE)
        html = _rendered(export.export_markdown(lib))
    assert _live(html) == []
    assert "&lt;img src=/etc/passwd&gt;" in html
