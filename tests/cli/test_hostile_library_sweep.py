"""Every column of the library, planted with each hostile value of its kind, read by the
commands that read it: one line or the value shown as text, never a traceback.

A library file is untrusted input (README "Hardening"): another tool may leave any
value in any row. tests/reliability/planted_values.py plants one value in the first
row of one column (or duplicates a row) of a library with a row in every table;
then each command that reads that table runs. Each must end with exit 0, or with
exit 1 or 2 and one line on stderr in our words (no traceback, none of SQLite's
words); no read may change what a user made, and a later write still works.
Before this sweep, a count stored as text stopped `trend`, bytes in an issue's
date or number stopped `stats --json` and `calendar --json`, a list of warnings
stored as a number stopped `show` and `export`, and a tag on "abc" stopped
`export annotations` with a Python TypeError.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.reliability import planted_values as pv
from tests.reliability.helpers import call_cli

SQLITE_WORDS = ("Traceback", "malformed", "no such", "sqlite3", "Error:", "logic error", "vtable",
                "constraint failed", "datatype mismatch", "integer overflow")  # fmt: skip

ARTICLE = (["show", "1", "2"], ["show", "--format", "jsonl", "1", "2"], ["export", "articles", "--format", "csv"],
           ["search", "--json", "株洲"], ["cite", "--format", "csl-json", "1", "2"])  # fmt: skip
ISSUE = (["stats", "--json"], ["calendar", "--json"], ["trend", "株洲"], ["export", "articles", "--format", "md"],
         ["export", "articles"], ["onthisday", "10-31"])  # fmt: skip
ANNOTATIONS = (["export", "annotations", "--format", "json"], ["export", "annotations", "--format", "csv"],
               ["export", "annotations"], ["show", "1"])  # fmt: skip
CORRECTIONS = (["history", "2"], ["history", "--json", "3"], ["review", "--json"], ["export", "corrections"],
               ["show", "2", "3"])  # fmt: skip
DISCOVERY = (["people", "--json"], ["places"], ["search", "author:沈全华"])
REPRINTS = (["reprints", "--json"], ["reprints"])
COLLECTIONS = (["cite", "--collection", "专题"], ["export", "annotations", "--format", "json"])
INDEX = (["search", "--json", "株洲"], ["search", "title:株洲"], ["trend", "--json", "株洲"],
         ["export", "articles", "--query", "医保", "--format", "csv"])  # fmt: skip

READS = {
    "meta": (["stats"], ["search", "株洲"], ["people"], ["show", "1"], ["backup"], ["backup", "--list"]),
    "issues": ISSUE + ARTICLE[:2] + (["export", "corrections"],),
    "articles": ARTICLE + ISSUE[2:5] + DISCOVERY[:1] + (["history", "1"],),
    "unassigned": (["show", "1"], ["export", "articles", "--format", "txt"]),
    "article_revisions": CORRECTIONS,
    "source_basis": CORRECTIONS[:1] + (["show", "3"],),
    "collections": COLLECTIONS,
    "collection_articles": COLLECTIONS,
    "articles_fts_keys": INDEX,
}
for _table in ("tags", "article_tags", "highlights", "highlight_tags", "annotation_imports", "annotation_journal"):
    READS[_table] = ANNOTATIONS
for _table in ("entities", "entity_aliases", "entity_articles", "entity_postings"):
    READS[_table] = DISCOVERY
for _table in ("reprint_signatures", "reprint_pairs", "reprint_boilerplate", "reprint_sig_chunks"):
    READS[_table] = REPRINTS
ALL_READS = ISSUE + ARTICLE + ANNOTATIONS + CORRECTIONS + DISCOVERY + REPRINTS  # a table added later

# ZZREADER_FULL_SWEEP=1 plants every value of each kind in every column (about 500 cases).
CASES = pv.cases(None if os.environ.get("ZZREADER_FULL_SWEEP") else 2)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("sweep")
    path = work / "lib.sqlite"
    pv.build(path, work)
    return path


def test_every_table_and_meta_key_is_swept(base: Path) -> None:
    """A table a migration adds is read by every command until it is named above;
    a `meta` key a later version keeps is swept once named in planted_values.META_KEYS."""
    assert {t for t, *_ in pv.schema()} <= set(READS), "name the commands that read the new table"
    with sqlite3.connect(base) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM meta")}
    assert keys <= set(pv.META_KEYS), keys - set(pv.META_KEYS)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_planted_value_is_read_as_text_or_refused_in_one_line(
    case: pv.Case, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    if not pv.plant(path, case):
        pytest.skip("the schema refuses this value")
    before = pv.user_rows(path)
    refused = set()
    for argv in READS.get(case.table, ALL_READS):
        code, _out, err = call_cli(capsys, "--lang", "en", "--library", str(path), *argv)
        assert code in (0, 1, 2), (argv, code, err[-500:])
        assert not any(w in err for w in SQLITE_WORDS), (argv, err[-500:])
        if code:
            assert len(err.strip().splitlines()) == 1, (argv, err[-500:])
            refused.add(err.strip())
    assert pv.user_rows(path) == before, "a read changed the library"
    code, _out, err = call_cli(capsys, "--lang", "en", "--library", str(path), "tag", "--search", "医保", "后来")
    assert code == 0 or err.strip() in refused, err[-500:]  # a library refused as a whole stays refused


def test_a_collection_cites_its_articles_that_are_in_an_issue(base: Path, tmp_path: Path, capsys) -> None:
    """One member another tool cut from its issue refused the whole collection ("in no issue")."""
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    assert pv.plant(path, pv.Case("articles", "issue_id", "missing row"))  # article 1, of the two in 专题
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(path), "cite", "--collection", "专题")
    assert code == 0, err
    assert out.count("\n") == 1 and "1 in no issue, not cited" in err
