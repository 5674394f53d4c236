"""Exports carry no character that acts instead of showing (core/export_text.py).

Before the fix, a quote, a note or an article's text that held a terminal
escape (ESC, BEL), a C1 control (U+009B starts an escape on its own) or a
U+202E (reverses the text after it) went into the Markdown, CSV and JSON
exports as it was stored. Plain text, Markdown and CSV now drop them (line
breaks and tabs stay); JSON keeps the value but writes such characters as
\\u escapes, so `import-annotations` reads back exactly what was stored.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import export_text

SPOOF = "\x1b]0;pwned\x07\x1b[2J\u009b31m\u202e\u2066\u200b\x7f"
ACTING = {c for c in SPOOF if not c.isprintable()}


@pytest.fixture(scope="module")
def spoiled(tmp_path_factory) -> Path:
    """A library another tool altered: acting characters in a highlight and an article's text."""
    path = tmp_path_factory.mktemp("exports") / "lib.sqlite"
    with seeded_library(path) as library:
        article_id = library.db.execute("SELECT id FROM articles WHERE text LIKE '%医保%' ORDER BY id").fetchone()[0]
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO highlights (id, article_id, start, \"end\", exact, prefix, suffix, color, style, note, "
        "anchor_state, created, modified) VALUES ('h-spoof', ?, 0, 4, ?, ?, ?, 'yellow', 'highlight', ?, "
        "'anchored', '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z')",
        [article_id, "医保" + SPOOF + "参保", "前文" + SPOOF, SPOOF + "后文",
         "批注第一行" + SPOOF + "\n第二行\t完"],
    )
    blocks = json.loads(conn.execute("SELECT blocks FROM articles WHERE id = ?", [article_id]).fetchone()[0])
    conn.execute("UPDATE articles SET text = text || ?, blocks = ? WHERE id = ?",
                 ["\n" + SPOOF + "附记", json.dumps([*blocks, ["p", len(SPOOF) + 2, 0, 0]]), article_id])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_text_exports_drop_acting_characters_and_keep_the_layout(spoiled, tmp_path, capsys, fmt):
    out = tmp_path / f"notes.{fmt}"
    code, _, err = call_cli(capsys, "--library", str(spoiled), "export", "annotations", "--format", fmt,
                            "--output", str(out))
    assert code == 0, err
    text = out.read_text("utf-8-sig")
    assert not ACTING & set(text), sorted({hex(ord(c)) for c in ACTING & set(text)})
    if fmt == "csv":
        assert "医保]0;pwned[2J31m参保" in text
        (row,) = [r for r in csv.DictReader(io.StringIO(text)) if r["id"] == "h-spoof"]
        assert row["note"] == "批注第一行]0;pwned[2J31m\n第二行\t完"  # its line break and tab kept
    else:
        assert "医保\\]0;pwned\\[2J31m参保" in text  # Markdown's own escapes
        assert "批注第一行]0;pwned[2J31m\n第二行\t完" in text


def test_the_json_export_escapes_them_and_reads_back_the_same(spoiled, tmp_path, capsys):
    out = tmp_path / "notes.json"
    code, _, err = call_cli(capsys, "--library", str(spoiled), "export", "annotations", "--format", "json",
                            "--output", str(out))
    assert code == 0, err
    raw = out.read_text("utf-8")
    assert not ACTING & set(raw)
    assert "\\u202e" in raw and "\\u009b" in raw
    items = json.loads(raw)["first"]["items"]
    (item,) = [i for i in items if "医保" + SPOOF + "参保" in _strings(i)]
    assert item["body"][0]["value"].startswith("批注第一行" + SPOOF)  # the value itself is unchanged


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_the_article_export_escapes_them(spoiled, capsys):
    code, out, err = call_cli(capsys, "--library", str(spoiled), "export", "articles")
    assert code == 0, err
    assert not ACTING & set(out)
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert any(t.endswith("\n" + SPOOF + "附记") for t in texts)


def test_plain_and_json_rules():
    assert export_text.plain("甲\r\n乙\r丙\u2028丁\t戊\x00\u202e己") == "甲\n乙\n丙\n丁\t戊己"
    assert export_text.plain("👨\u200d👩") == "👨\u200d👩"  # a joiner is kept
    assert export_text.plain("株洲日报") == "株洲日报"
    dumped = export_text.json_dumps({"t": "株洲\u202e\U000e0041\ud800"})
    assert dumped == '{"t": "株洲\\u202e\\udb40\\udc41\\ud800"}'
    assert json.loads(dumped) == {"t": "株洲\u202e\U000e0041\ud800"}


def test_the_printable_article_page_drops_them(spoiled) -> None:
    """The HTML the PDF export prints: a U+202E would reverse the text on the page."""
    from zzreader.core import export
    from zzreader.core.store import open_library

    with open_library(spoiled) as library:
        article_id = library.db.execute("SELECT id FROM articles WHERE text LIKE '%附记'").fetchone()[0]
        page = export.article_html(library, article_id)
    assert "]0;pwned[2J31m附记" in page and not ACTING & set(page)
