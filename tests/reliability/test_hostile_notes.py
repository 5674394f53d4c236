"""Notes whose Markdown would take minutes or overflow the stack are shown as plain text.

A note arrives from a W3C file as readily as from the keyboard; before the
bounds in `zzreader/core/notes.py` a note of 20,000 `[` took 105 s to render
(the window hung on hovering its marker or opening the annotation browser) and
a list nested 500 levels deep raised RecursionError. Both now render as the
note's own text, escaped; a note within the bounds is still Markdown.
"""

from __future__ import annotations

import pytest

from zzreader.core.notes import note_plain_text, render_note_html

DEEP_LIST = "\n".join("    " * i + f"- 第{i}层" for i in range(500))
HOSTILE = {
    "unclosed brackets": "[" * 20_000 + "株洲",
    "brackets before a long paragraph": "[" * 500 + "湘江风光带" * 9_000,
    "list nested 500 deep": DEEP_LIST,
    "quotes nested 2,000 deep": ">" * 2_000 + " 引文",
    "one huge note": "神农城夜景。" * 20_000,
}


@pytest.mark.parametrize("note", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_pathological_note_renders_as_its_escaped_text(note):
    rendered = render_note_html(note)
    words = note_plain_text(note)
    last_line = note.splitlines()[-1].strip(" ->")
    assert last_line[-4:] in rendered and last_line[-4:] in words
    assert "<li>" not in rendered and "<blockquote>" not in rendered  # not read as Markdown


def test_raw_html_in_a_plain_rendered_note_stays_text():
    note = "[" * 6_000 + "<img src=/etc/passwd><script>alert(1)</script>"
    rendered = render_note_html(note)
    assert "<img" not in rendered and "<script" not in rendered
    assert "&lt;img src=/etc/passwd&gt;" in rendered


def test_a_note_within_the_bounds_is_still_markdown():
    note = "**要点**\n\n- 医保\n    - 参保\n\n[链接](https://www.zhuzhou.gov.cn) " + "[注] " * 100
    rendered = render_note_html(note)
    assert "<strong>要点</strong>" in rendered and rendered.count("<li>") == 2
    assert 'href="https://www.zhuzhou.gov.cn"' in rendered
