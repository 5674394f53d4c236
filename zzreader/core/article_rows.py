"""An article as one `articles` row, and back: the columns, the JSON lists, the blocks.

Storage notes, for anyone reading the file with the sqlite3 shell:
- `articles.text` is `Article.text` (paragraphs joined by "\\n"), the one
  body that search, snippets, export and annotations share.
- `articles.blocks` is a compact JSON list, one `[kind, chars, line_start,
  line_end]` per block (plus the table rows when they can't be re-split from
  the text). A block's text is the next `chars` characters of `text`, blocks
  being separated by one newline; not repeating the text keeps the file small.
- Lists of people are JSON lists; dates are ISO `yyyy-mm-dd` or NULL.
"""

from __future__ import annotations

import json
from typing import Any

from zzreader.core import stored_values
from zzreader.core.models import Article, Block

__all__ = ["ARTICLE_COLUMNS", "article_from_row", "article_values", "to_json"]

# The columns `article_from_row` reads, in its order.
ARTICLE_COLUMNS = (
    "id, issue_id, seq, title, subtitle, kicker, section, editor, type, reporters, "
    "correspondents, photographers, dateline, text, blocks, continued_from, line_start, line_end"
)


def to_json(value: Any) -> str:
    """A value as the library stores JSON: Chinese characters as themselves, not escapes."""
    return json.dumps(value, ensure_ascii=False)


def article_values(issue_id: int, date: str | None, seq: int, a: Article) -> dict[str, Any]:
    """The `articles` columns of one parsed article of an issue, by name."""
    return {
        "issue_id": issue_id,
        "seq": seq,
        "issue_date": date,
        "title": a.title,
        "subtitle": a.subtitle,
        "kicker": a.kicker,
        "section": a.section,
        "editor": a.editor,
        "type": a.type,
        "reporters": to_json(list(a.reporters)),
        "correspondents": to_json(list(a.correspondents)),
        "photographers": to_json(list(a.photographers)),
        "dateline": a.dateline,
        "text": a.text,
        "blocks": _encode_blocks(a.blocks),
        "continued_from": a.continued_from,
        "line_start": a.line_start,
        "line_end": a.line_end,
    }


def article_from_row(row: tuple) -> Article:
    """The article of one row read with ARTICLE_COLUMNS; odd stored values read as text."""
    (
        article_id, issue_id, seq, title, subtitle, kicker, section, editor, type_,
        reporters, correspondents, photographers, dateline, text, blocks,
        continued_from, line_start, line_end,
    ) = row  # fmt: skip
    sv = stored_values  # a library is untrusted: any column may hold any type
    return Article(
        title=sv.line(title),
        type=sv.line(type_),
        subtitle=sv.line(subtitle),
        kicker=sv.line(kicker),
        section=sv.line(section),
        editor=sv.line(editor),
        reporters=sv.names(reporters),
        correspondents=sv.names(correspondents),
        photographers=sv.names(photographers),
        dateline=sv.line(dateline),
        blocks=_decode_blocks(blocks, text),
        continued_from=sv.optional_text(continued_from),
        line_start=sv.optional_int(line_start) or 0,
        line_end=sv.optional_int(line_end) or 0,
        id=article_id,
        issue_id=issue_id,
        seq=sv.optional_int(seq) or 0,
    )


def _encode_blocks(blocks: list[Block]) -> str:
    out: list[list[Any]] = []
    for b in blocks:
        item: list[Any] = [b.kind, len(b.text), b.line_start, b.line_end]
        if b.rows is not None and _split_rows(b.text) != b.rows:
            item.append(b.rows)
        out.append(item)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _split_rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.split("\n")]


def stored_blocks(raw: Any) -> list[list]:
    """`articles.blocks` in store encoding, each `[kind, chars, line_start, line_end, ...]` of
    the right types; [] when the column holds anything else (another tool wrote it).

    A correction rebuilds the blocks from these items; one item of the wrong
    shape would otherwise stop it half way (core/revisions.py `blocks_for`).
    """
    items = stored_values.json_value(raw, [])
    if not isinstance(items, list):
        return []
    for item in items:
        if not (
            isinstance(item, list) and len(item) >= 4 and isinstance(item[0], str)
            and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in item[1:4])
        ):
            return []
    return items


def _decode_blocks(raw: str, text: str) -> list[Block]:
    text = stored_values.text(text)
    try:
        return _blocks_of(json.loads(stored_values.text(raw)), text)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError):
        # An altered library: the body as one paragraph, rather than no article.
        return [Block("paragraph", text, 0, 0)]


# A table is drawn cell by cell (gui/article_html.py), and Qt's layout of one
# grows faster than its cells: 20,000 rows of 3 took 10 s and 100,000 cells in
# a row 15 s, with the window frozen. A table beyond this many cells, which no
# page prints but a dump may bring, is shown as its lines of text instead
# (3,000 cells draw in about 0.5 s).
MAX_TABLE_CELLS = 3_000


def _table_rows(value: Any) -> list[list[str]] | None:
    """A stored table's rows when they are a list of lists of text, else None (read from the text)."""
    if not isinstance(value, list) or not all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in value
    ):
        return None
    return value


def _blocks_of(items: list, text: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for item in items:
        kind, chars, line_start, line_end = item[:4]
        body = text[pos : pos + chars]
        pos += chars + 1
        rows = _table_rows(item[4]) if len(item) > 4 else None
        rows = rows if rows is not None or kind != "table" else _split_rows(body)
        if not isinstance(kind, str) or not isinstance(body, str):
            raise TypeError(kind)
        line_start, line_end = stored_values.optional_int(line_start) or 0, stored_values.optional_int(line_end) or 0
        if kind == "table" and sum(map(len, rows or ())) > MAX_TABLE_CELLS:
            kind, rows = "paragraph", None  # shown as its lines: see MAX_TABLE_CELLS
        blocks.append(Block(kind, body, line_start, line_end, rows))
    return blocks
