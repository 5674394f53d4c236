"""The articles a search finds, out as JSON lines, CSV and Markdown (core/article_export.py)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from tests.conftest import SEEDS
from zzreader.core import article_export as ax
from zzreader.core.importer import import_paths
from zzreader.core.search import QueryError, search
from zzreader.core.store import open_library


@pytest.fixture(scope="module")
def library_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, SEEDS, workers=0)
    return path


@pytest.fixture
def library(library_file, tmp_path):
    copy = tmp_path / "lib.sqlite"
    copy.write_bytes(library_file.read_bytes())
    with open_library(copy) as lib:
        yield lib


def _written(library, fmt: str, ids: list[int]) -> str:
    out = io.StringIO()
    ax.write(library, out, fmt, ax.chosen(library, ids), len(ids))
    return out.getvalue()


def test_found_is_every_hit_in_the_search_order(library):
    for sort in ("relevance", "date"):
        expect = [h.article_id for h in search(library, "株洲", limit=None, sort=sort).hits]
        assert len(expect) > 20  # more than one page of the window's list
        assert ax.found(library, "株洲", sort=sort) == expect
    dated = ax.found(library, "株洲", date_from="2025-01-01", date_to="2025-12-31")
    assert dated and all(library.article_summary(i).issue_date.startswith("2025") for i in dated)
    with pytest.raises(QueryError):
        ax.found(library, "date:20x")


def test_jsonl_lines_are_the_whole_export_s_lines_for_those_articles(library):
    ids = ax.found(library, "献血")
    everything = [json.loads(line) for line in _written(library, "jsonl", [a.id for _i, a in library.iter_articles()]).splitlines()]
    by_id = {row["id"]: row for row in everything}
    rows = [json.loads(line) for line in _written(library, "jsonl", ids).splitlines()]
    assert [r["id"] for r in rows] == ids and rows == [by_id[i] for i in ids]
    assert all("献血" in r["text"] or "献血" in r["title"] for r in rows)


def test_csv_has_one_row_an_article_with_what_a_spreadsheet_needs(library):
    ids = ax.found(library, "献血")
    rows = list(csv.reader(io.StringIO(_written(library, "csv", ids))))
    assert rows[0] == list(ax.CSV_COLUMNS) and len(rows) == len(ids) + 1
    first = dict(zip(rows[0], rows[1], strict=True))
    article = library.article(ids[0])
    assert first["title"] == article.title and first["text"] == article.text
    assert first["characters"] == str(len(article.text))
    assert first["reporters"] == "; ".join(article.reporters)


def test_markdown_gives_each_article_a_heading_particulars_and_its_paragraphs(library):
    ids = ax.found(library, "献血", sort="date")
    text = _written(library, "md", ids)
    article = library.article(ids[0])
    assert text.startswith(f"## {article.title}\n")
    assert text.count("\n---\n") == len(ids)
    assert all(p.strip() in text for p in article.paragraphs if p.strip())


def test_library_text_stays_text_in_every_format(library):
    """Titles and bodies another tool wrote: no formula, link, HTML, heading or list of their own."""
    aid = ax.found(library, "献血")[0]
    conn = sqlite3.connect(library.path)
    conn.execute(
        "UPDATE articles SET title = ?, section = ? WHERE id = ?",
        ['=HYPERLINK("http://x.example","点")[链接](http://x.example)<img src=x>', "- 要闻\x1b[31m", aid],
    )
    conn.commit()
    conn.close()
    rows = list(csv.reader(io.StringIO(_written(library, "csv", [aid]))))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["title"].startswith("'=")  # a spreadsheet reads it as text
    assert "\x1b" not in record["section"]
    md = _written(library, "md", [aid])
    heading = md.splitlines()[0]
    assert "\\[链接\\]" in heading and "\\<img" in heading and "\x1b" not in md
    assert json.loads(_written(library, "jsonl", [aid]))["title"].startswith("=HYPERLINK")  # data, as it is


@pytest.mark.parametrize(
    ("paragraph", "shown"),
    [("- 一是加强", "\\- 一是加强"), ("1. 第一", "1\\. 第一"), ("---", "\\---"), ("~~~", "\\~~~"),
     ("2025年", "2025年"), ("3.14元", "3.14元"), ("-5℃", "-5℃")],
)
def test_a_paragraph_never_opens_a_markdown_block(paragraph, shown):
    assert ax._no_block_start(paragraph) == shown


def test_an_article_removed_since_the_search_is_left_out(library):
    ids = ax.found(library, "献血")
    library.db.execute("DELETE FROM articles WHERE id = ?", [ids[0]])
    rows = _written(library, "jsonl", ids).splitlines()
    assert [json.loads(r)["id"] for r in rows] == ids[1:]


def test_save_writes_the_file_whole_with_a_bom_for_csv(library, tmp_path):
    ids = ax.found(library, "株洲")
    target = tmp_path / "hits.csv"
    seen: list[tuple[int, int]] = []
    n, issueless = ax.save(library, target, "csv", ids, lambda done, total: seen.append((done, total)))
    assert (n, issueless) == (len(ids), 0)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= len(ids) + 1
    assert seen and seen[-1][1] == len(ids)
    with pytest.raises(ValueError):
        ax.save(library, tmp_path / "x.doc", "doc", ids)
