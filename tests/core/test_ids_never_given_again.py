"""Ids SQLite never gives again (migration 15): an undo entry written for a removed article,
stray line, revision or issue can never land on a newer row that took its id."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import seeded_library
from tests.reliability.helpers import consistency_problems, file_problems
from zzreader.core import fts_index, migrations
from zzreader.core.parse import parse_bytes
from zzreader.core.store import Library, open_library

DATA = Path(__file__).resolve().parent / "data"
TABLES = ("issues", "articles", "unassigned", "article_revisions", "tags", "collections", "annotation_journal")


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_schema_14_library_keeps_every_row_and_gives_no_removed_id_again(tmp_path: Path) -> None:
    """The old app removed the library's highest article (its dump log still names it). After
    the upgrade (backup first) every row is as it was, the index and the dump log still agree,
    and a split's new article and stray lines written again take new ids."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(DATA / "library_v14.sqlite", path)
    conn = sqlite3.connect(path)
    with conn:  # what the old app's "not an article" leaves: the row and its index gone, its text logged
        conn.execute("PRAGMA foreign_keys = ON")
        gone_article = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        fts_index.unindex_article(conn, gone_article)
        conn.execute("DELETE FROM articles WHERE id = ?", [gone_article])
        conn.execute("UPDATE issues SET article_count = (SELECT count(*) FROM articles WHERE issue_id = issues.id)")
    conn.close()
    before = {t: rows(path, f"SELECT * FROM {t} ORDER BY id") for t in TABLES}
    links = rows(path, "SELECT * FROM article_tags ORDER BY 1, 2") + rows(path, "SELECT * FROM highlights ORDER BY 1")

    with open_library(path) as lib:
        assert migrations.user_version(lib.db) == migrations.SCHEMA_VERSION
        for table in TABLES:
            assert lib.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == before[table], table
        assert lib.db.execute("SELECT * FROM article_tags ORDER BY 1, 2").fetchall() + lib.db.execute(
            "SELECT * FROM highlights ORDER BY 1").fetchall() == links
        assert consistency_problems(lib) == []
        issue = lib.db.execute("SELECT issue_id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
        first = lib.articles_of_issue(issue)[0].id
        assert first in {h.article_id for h in lib.search(lib.article(first).title[:2], limit=None).hits}

        lib.corrections.split(first, len(lib.article(first).text) // 2)
        new_articles = {a.id for a in lib.articles_of_issue(issue)} - {r[0] for r in before["articles"]}
        assert new_articles and min(new_articles) > gone_article, (new_articles, gone_article)

        source = SEEDS[-1].name  # imported last: its stray lines hold the highest ids
        seed_issue = lib.issue_by_source(source).id
        gone_line = lib.db.execute("SELECT max(id) FROM unassigned").fetchone()[0]
        assert lib.db.execute("SELECT issue_id FROM unassigned WHERE id = ?", [gone_line]).fetchone()[0] == seed_issue
        changed = SEEDS[-1].read_bytes().replace("株洲".encode(), "洲株".encode(), 1)
        assert lib.import_issue(parse_bytes(changed, source)).status == "updated"  # its lines written again
        new_lines = {r[0] for r in lib.db.execute("SELECT id FROM unassigned WHERE issue_id = ?", [seed_issue])}
        assert new_lines and min(new_lines) > gone_line
        assert file_problems(lib) == []  # (a corrected article's search finds its original too)

    backup = migrations.backup_path(path, 14)
    assert rows(backup, "PRAGMA user_version") == [(14,)]
    assert {t: rows(backup, f"SELECT * FROM {t} ORDER BY id") for t in TABLES} == before


def test_an_id_the_undo_journal_still_names_is_not_given_again_after_the_upgrade(tmp_path: Path) -> None:
    """An article the old app removed last is gone from the table, but an undo entry that can
    bring it back names it: the upgrade's sequence starts past it, so a new article never
    takes that id and Ctrl+Z brings the old one back under its own."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(DATA / "library_v14.sqlite", path)
    with open_library(path) as lib:  # a current library, then made to look like schema 14's
        issue = lib.db.execute("SELECT issue_id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
        ids = [a.id for a in lib.articles_of_issue(issue)]
        lib.corrections.merge(ids[-2], ids[-1])
    conn = sqlite3.connect(path)
    with conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'articles'")  # what m015 computes again
        conn.execute("PRAGMA user_version = 14")
    conn.close()
    migrations.backup_path(path, 14).unlink(missing_ok=True)
    with open_library(path) as lib:
        lib.corrections.split(ids[0], len(lib.article(ids[0]).text) // 2)
        assert ids[-1] not in {a.id for a in lib.articles_of_issue(issue)}
        lib.journal.undo()
        lib.journal.undo()
        assert [a.id for a in lib.articles_of_issue(issue)] == ids


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="zz-ids-"))
    library = seeded_library(folder / "template.sqlite", SEEDS[:2])
    library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    return folder / "template.sqlite"


@pytest.fixture(scope="module", autouse=True)
def _template_gone():
    yield
    if _template.cache_info().currsize:
        shutil.rmtree(_template().parent, ignore_errors=True)
        _template.cache_clear()


REMOVALS = ("merge_last", "not_an_article_last", "delete_issue", "undo")
ADDITIONS = ("split", "import", "redo", "split_new")


def _remove(lib: Library, how: str, pick: int) -> None:
    issues = [s.id for s in lib.issue_summaries()]
    if how == "undo":
        lib.journal.undo()
        return
    if not issues:
        return
    issue = issues[pick % len(issues)]
    ids = [a.id for a in lib.articles_of_issue(issue)]
    if how == "merge_last" and len(ids) > 1:
        lib.corrections.merge(ids[-2], ids[-1])
    elif how == "not_an_article_last" and ids:
        lib.corrections.mark_not_article(ids[-1])
    elif how == "delete_issue":
        lib.delete_issue(issue)


def _add(lib: Library, how: str, pick: int) -> None:
    if how == "import":
        seed = SEEDS[pick % 2]
        lib.import_issue(parse_bytes(seed.read_bytes(), seed.name))
    elif how == "redo":
        lib.journal.redo()
    else:
        ids = [r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY id")]
        if ids:
            aid = ids[-1] if how == "split_new" else ids[pick % len(ids)]
            lib.corrections.split(aid, max(1, len(lib.article(aid).text) // 2))


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(REMOVALS), st.sampled_from(ADDITIONS), st.integers(0, 30)),
                min_size=1, max_size=6))
def test_after_any_removal_a_new_article_never_takes_a_used_id(steps) -> None:
    """Whatever removed an article (merge, "not an article", an issue's deletion, undo of a
    split), an article made later (split, import, redo of nothing but its own) never has the
    id of another article the library has held: an undo entry naming that id can only mean
    that article."""
    folder = Path(tempfile.mkdtemp(prefix="zz-ids-run-"))
    try:
        shutil.copyfile(_template(), folder / "library.sqlite")
        with open_library(folder / "library.sqlite") as lib:
            held: dict[int, tuple] = {}  # every article id seen -> its issue source and first text

            def look() -> None:
                for aid, source, text in lib.db.execute(
                    "SELECT a.id, i.source, a.text FROM articles a JOIN issues i ON i.id = a.issue_id"
                ):
                    if aid in held and held[aid][0] != source:
                        raise AssertionError(f"article id {aid} of {held[aid][0]} given again in {source}")
                    held.setdefault(aid, (source, text))

            look()
            for removal, addition, pick in steps:
                _remove(lib, removal, pick)
                look()
                before = set(held)
                _add(lib, addition, pick)
                new = {r[0] for r in lib.db.execute("SELECT id FROM articles")} - before
                if addition != "redo":  # redo brings back an id its own entry gave
                    assert all(i > max(before, default=0) for i in new), (steps, sorted(new), max(before))
                look()
            assert file_problems(lib) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)
