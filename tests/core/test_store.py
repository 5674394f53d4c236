"""The library store: schema and migrations, round trips, navigation, re-import rules."""

from __future__ import annotations

import copy
import sqlite3
import uuid

import pytest
from sqlite_utils import Database

from zzreader.core import migrations
from zzreader.core.issue_import import source_name
from zzreader.core.models import Article, Block, Issue, Unassigned
from zzreader.core.parse import parse_file
from zzreader.core.store import LibraryError, NotFoundError, open_library
from tests.conftest import SEEDS, table_dump as dump




@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture(scope="module")
def seed_issues() -> list[Issue]:
    return [parse_file(p) for p in SEEDS]


def make_issue(source: str, date: str | None, titles: list[str], salt: str = "") -> Issue:
    articles = [
        Article(
            title=t,
            section="要闻" if i % 2 == 0 else "民生",
            reporters=["周嵩"],
            blocks=[
                Block("p", f"{t}的第一段{salt}。", 3 * i + 2, 3 * i + 2),
                Block("table", "项目\t数量\n献血\t150", 3 * i + 3, 3 * i + 4, [["项目", "数量"], ["献血", "150"]]),
            ],
            line_start=3 * i + 1,
            line_end=3 * i + 4,
        )
        for i, t in enumerate(titles)
    ]
    text = f"{source}{salt}\n" + "\n".join(titles)
    return Issue(
        source=source,
        sha256=f"{source}-{salt}-{len(titles)}",
        encoding="utf-8",
        text=text,
        date=date,
        articles=articles,
        unassigned=[Unassigned("孤立的一行", 1, 1)],
    )


# -- schema and migrations ---------------------------------------------------------
def test_fresh_file_gets_the_current_schema(tmp_path):
    path = tmp_path / "new.sqlite"
    with open_library(path) as library:
        assert library.meta("schema_compat") == str(migrations.SCHEMA_COMPAT)
        assert library.meta("tokenizer_version") is not None
        assert library.meta("app_version")
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "issues", "articles", "unassigned", "tags", "article_tags", "highlights",
        "highlight_tags", "collections", "collection_articles", "meta", "articles_fts",
    } <= tables  # fmt: skip
    conn.close()


def test_connection_enforces_foreign_keys(lib):
    with pytest.raises(sqlite3.IntegrityError):
        lib.db.execute("INSERT INTO article_tags(article_id, tag_id) VALUES (999, 999)")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    open_library(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer zzreader"):
        open_library(path)


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not a zzreader library"):
        open_library(path)
    conn = sqlite3.connect(str(path))
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    conn.close()


def test_garbage_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError, match="Cannot open library"):
        open_library(path)


def _extra_migration(db):
    db.execute("ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0")


def _broken_migration(db):
    db.execute("ALTER TABLE articles ADD COLUMN starred INTEGER")
    raise RuntimeError("boom")


def test_pending_migration_backs_up_first(lib, seed_issues):
    lib.import_issue(seed_issues[0])
    steps = (*migrations.MIGRATIONS, _extra_migration)
    backup = migrations.migrate(lib.db, lib.path, steps)
    assert backup == lib.path.with_name(f"library.bak-{migrations.SCHEMA_VERSION}.sqlite")
    assert migrations.user_version(lib.db) == len(steps)
    assert lib.article(lib.article_summaries(1)[0].id).title == seed_issues[0].articles[0].title
    conn = sqlite3.connect(str(backup))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(seed_issues[0].articles)
    conn.close()


def test_failed_migration_keeps_the_old_version(lib, seed_issues):
    lib.import_issue(seed_issues[0])
    before = dump(lib.path)
    with pytest.raises(RuntimeError, match="boom"):
        migrations.migrate(lib.db, lib.path, (*migrations.MIGRATIONS, _broken_migration))
    assert migrations.user_version(lib.db) == migrations.SCHEMA_VERSION
    assert dump(lib.path) == before
    assert lib.path.with_name(f"library.bak-{migrations.SCHEMA_VERSION}.sqlite").exists()


def _write_v1_issue(db: Database, issue) -> None:
    """Rows as zzreader wrote them at schema version 1 (raw dump in plain text)."""
    db.execute(
        "INSERT INTO issues(source, sha256, encoding, date, date_source, warnings, source_text, "
        "article_count, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, '[]', ?, ?, '2024', '2024')",
        [issue.source, issue.sha256, issue.encoding, issue.date, issue.date_source, issue.text,
         len(issue.articles)],
    )
    issue_id = db.execute("SELECT id FROM issues WHERE source = ?", [issue.source]).fetchone()[0]
    for seq, a in enumerate(issue.articles):
        db.execute(
            "INSERT INTO articles(issue_id, seq, issue_date, title, subtitle, type, text, blocks, "
            "line_start, line_end) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)",
            [issue_id, seq, issue.date, a.title, a.subtitle, a.type, a.text, a.line_start, a.line_end],
        )
    db.conn.commit()


def test_version_1_library_is_upgraded_with_a_backup(tmp_path, seed_issues):
    """m002-m004: title filter index, annotation journal, compressed dumps; data intact."""
    path = tmp_path / "v1.sqlite"
    db = Database(path)
    migrations.migrate(db, path, migrations.MIGRATIONS[:1])
    _write_v1_issue(db, seed_issues[4])
    db.conn.close()
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        title = seed_issues[4].articles[0].title
        assert [a.title for a in library.filter_titles(title[2:8])] == [title]
        issue_id = library.issue_by_source(seed_issues[4].source).id
        assert library.issue_source_text(issue_id) == seed_issues[4].text
    conn = sqlite3.connect(str(path.with_name("v1.bak-1.sqlite")))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(seed_issues[4].articles)
    assert conn.execute("SELECT source_text FROM issues").fetchone()[0] == seed_issues[4].text
    conn.close()


# -- round trips ---------------------------------------------------------------------
def test_seed_issues_round_trip(lib, seed_issues):
    for issue in seed_issues:
        outcome = lib.import_issue(issue)
        assert outcome.status == "imported"
        assert outcome.articles == len(issue.articles)
        info = lib.issue(outcome.issue_id)
        assert (info.source, info.sha256, info.date, info.date_source, info.number, info.pages) == (
            issue.source, issue.sha256, issue.date, issue.date_source, issue.number, issue.pages,
        )  # fmt: skip
        assert info.warnings == tuple(issue.warnings)
        assert lib.issue_source_text(outcome.issue_id) == issue.text
        assert lib.unassigned(outcome.issue_id) == issue.unassigned
        summaries = lib.articles_of_issue(outcome.issue_id)
        assert [s.title for s in summaries] == [a.title for a in issue.articles]
        for seq, (summary, parsed) in enumerate(zip(summaries, issue.articles, strict=True), 1):
            expected = copy.deepcopy(parsed)
            expected.id, expected.issue_id, expected.seq = summary.id, outcome.issue_id, seq
            assert lib.article(summary.id) == expected
    stats = lib.stats()
    assert stats.issues == len(seed_issues)
    assert stats.articles == sum(len(i.articles) for i in seed_issues)
    dates = sorted(i.date for i in seed_issues if i.date)
    assert (stats.first_date, stats.last_date) == (dates[0], dates[-1])
    assert stats.size_bytes > 0


def test_a_new_library_keeps_text_in_utf16(tmp_path, seed_issues):
    """Two bytes a Chinese character instead of three (issue 18); the text reads back the same."""
    library = open_library(tmp_path / "new.sqlite")
    library.import_issue(seed_issues[0])
    assert library.db.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    first = library.articles_of_issue(1)[0]
    assert library.article(first.id).text == seed_issues[0].articles[0].text
    library.close()


def test_a_utf8_library_from_before_keeps_working(tmp_path, seed_issues, monkeypatch):
    """The encoding only applies to a new file: an older UTF-8 library opens,
    takes imports and finds them, and stays UTF-8."""
    from zzreader.core import connection

    path = tmp_path / "old.sqlite"
    monkeypatch.setattr(connection, "TEXT_ENCODING", "UTF-8")
    library = open_library(path)
    library.import_issue(seed_issues[0])
    library.close()
    monkeypatch.undo()
    library = open_library(path)
    outcome = library.import_issue(seed_issues[1])
    assert library.db.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"
    first = library.articles_of_issue(outcome.issue_id)[0].id
    assert library.article(first).title == seed_issues[1].articles[0].title
    word = library.article(first).text[:3]
    assert first in [h.article_id for h in library.search(f'"{word}"', limit=500).hits]
    library.close()


def test_article_source_is_the_articles_own_lines(lib, seed_issues):
    issue = seed_issues[-1]
    outcome = lib.import_issue(issue)
    first = lib.articles_of_issue(outcome.issue_id)[0]
    article = issue.articles[0]
    expected = "\n".join(issue.lines[article.line_start - 1 : article.line_end])
    assert lib.article_source(first.id) == expected
    assert article.title in expected


def test_table_rows_that_cannot_be_resplit_survive(lib):
    issue = make_issue("rows.txt", "2024-01-02", ["表格"])
    odd = Block("table", "甲 乙\n丙", 5, 6, [["甲", "乙"], ["丙"]])  # rows not tab-separated
    issue.articles[0].blocks.append(odd)
    outcome = lib.import_issue(issue)
    blocks = lib.article(outcome.added[0]).blocks
    assert blocks[-1] == odd
    assert blocks[1].rows == [["项目", "数量"], ["献血", "150"]]


def test_missing_ids_raise_not_found(lib):
    for call in (lib.issue, lib.issue_source_text, lib.article, lib.neighbours, lib.article_source):
        with pytest.raises(NotFoundError):
            call(12345)


# -- navigation ----------------------------------------------------------------------
@pytest.fixture
def nav_lib(lib):
    lib.import_issue(make_issue("b.txt", "2024-03-05", ["三月五日头条", "三月五日二条"]))
    lib.import_issue(make_issue("a.txt", "2024-03-01", ["三月一日头条", "三月一日二条", "三月一日三条"]))
    lib.import_issue(make_issue("c.txt", "2023-12-31", ["年末"]))
    lib.import_issue(make_issue("x.txt", None, ["无日期一", "无日期二"]))
    return lib


@pytest.mark.parametrize("first, last", [(b"2001-01-01", "9999"), (20010101, "zzzz"), ("0000-01-01", ""),
                                         ("1999-1x-01", "2030-ab"), ("2001-01", "2030-12-31\n<b>")])
def test_the_first_and_last_dates_are_the_dated_ones_whatever_else_is_stored(nav_lib, first, last):
    """Another tool's values at both ends of the date order are no dates (core/store.py DATED): the
    library's span is read from the index's ends, past them."""
    nav_lib.import_issue(make_issue("y.txt", "2000-01-01", ["前"]))
    nav_lib.import_issue(make_issue("z.txt", "2000-01-02", ["后"]))
    nav_lib._db.execute("UPDATE issues SET date = ? WHERE source = 'y.txt'", [first])
    nav_lib._db.execute("UPDATE issues SET date = ? WHERE source = 'z.txt'", [last])
    stats = nav_lib.stats()
    expected_first = "2001-01" if first == "2001-01" else "2023-12-31"
    expected_last = "2030-12-31\n<b>" if last == "2030-12-31\n<b>" else "2024-03-05"
    assert (stats.issues, stats.first_date, stats.last_date) == (6, expected_first, expected_last)


@pytest.mark.parametrize("first, last, expected", [
    (b"2001-01-01", "9999-12-31", [(0, 2), (2023, 1), (2024, 2), (9999, 1)]),
    (20010101, "2030-ab", [(0, 3), (2023, 1), (2024, 2)]),
    ("0000-01-01", "1999-1x-01", [(0, 3), (2023, 1), (2024, 2)]),
    ("2001-01", "2030-12-31\n<b>", [(0, 1), (2001, 1), (2023, 1), (2024, 2), (2030, 1)]),
    ("2024-03", "2024-03-9x", [(0, 1), (2023, 1), (2024, 4)]),
    ("2024-", "2024-\uffff", [(0, 3), (2023, 1), (2024, 2)]),
    ("0001-01-01", "2024-\U0001f600", [(0, 2), (1, 1), (2023, 1), (2024, 2)]),
])
def test_the_years_count_the_dated_issues_whatever_else_is_stored(nav_lib, first, last, expected):
    """The years are walked on the date index (core/store.py `years`): another tool's values
    beside and inside a year's range are counted as undated, as DATED says."""
    nav_lib.import_issue(make_issue("y.txt", "2000-01-01", ["前"]))
    nav_lib.import_issue(make_issue("z.txt", "2000-01-02", ["后"]))
    nav_lib._db.execute("UPDATE issues SET date = ? WHERE source = 'y.txt'", [first])
    nav_lib._db.execute("UPDATE issues SET date = ? WHERE source = 'z.txt'", [last])
    assert nav_lib.years() == expected


def test_tree_levels(nav_lib):
    assert nav_lib.years() == [(0, 1), (2023, 1), (2024, 2)]
    assert nav_lib.months(2024) == [(3, 2)]
    assert nav_lib.months(0) == [(0, 1)]
    assert nav_lib.months(1999) == []
    march = nav_lib.issues_in_month(2024, 3)
    assert [(i.date, i.source, i.article_count) for i in march] == [
        ("2024-03-01", "a.txt", 3),
        ("2024-03-05", "b.txt", 2),
    ]
    assert [i.source for i in nav_lib.issues_in_month(0, 0)] == ["x.txt"]
    first = march[0].id
    assert nav_lib.sections(first) == [("要闻", 2), ("民生", 1)]
    assert [a.title for a in nav_lib.article_summaries(first, "要闻")] == ["三月一日头条", "三月一日三条"]
    assert [a.seq for a in nav_lib.article_summaries(first)] == [1, 2, 3]


def test_neighbours_walk_the_whole_library_in_reading_order(nav_lib):
    expected = ["无日期一", "无日期二", "年末", "三月一日头条", "三月一日二条", "三月一日三条",
                "三月五日头条", "三月五日二条"]  # fmt: skip
    start = nav_lib.filter_titles("无日期一")[0].id
    titles, current = [], start
    while current is not None:
        titles.append(nav_lib.article(current).title)
        current = nav_lib.neighbours(current)[1]
    assert titles == expected
    last = nav_lib.filter_titles("三月五日二条")[0].id
    titles, current = [], last
    while current is not None:
        titles.append(nav_lib.article(current).title)
        current = nav_lib.neighbours(current)[0]
    assert titles == expected[::-1]


def test_filter_titles_newest_first_and_limited(nav_lib):
    assert [a.title for a in nav_lib.filter_titles("头条")] == ["三月五日头条", "三月一日头条"]
    assert len(nav_lib.filter_titles("三月", limit=2)) == 2
    assert nav_lib.filter_titles("  ") == []
    assert nav_lib.filter_titles("不存在的标题") == []


def test_iter_articles_yields_every_article_with_its_issue(nav_lib):
    pairs = list(nav_lib.iter_articles())
    assert len(pairs) == nav_lib.stats().articles == 8
    assert [a.title for _, a in pairs][:3] == ["无日期一", "无日期二", "年末"]
    assert all(a.issue_id == i.id for i, a in pairs)


# -- re-import rules -----------------------------------------------------------------
def test_same_bytes_again_changes_nothing(lib, seed_issues):
    first = lib.import_issue(seed_issues[0])
    before = dump(lib.path)
    again = lib.import_issue(copy.deepcopy(seed_issues[0]))
    assert (again.status, again.issue_id, again.articles) == ("unchanged", first.issue_id, first.articles)
    assert dump(lib.path) == before


def test_identity_is_the_file_name_without_folder(lib, seed_issues):
    issue = copy.deepcopy(seed_issues[0])
    first = lib.import_issue(issue)
    issue.source = f"/some/other/folder/{issue.source}"
    assert lib.import_issue(issue).status == "unchanged"
    assert source_name(r"C:\archive\2019\zzrb-2019-03-12.txt") == "zzrb-2019-03-12.txt"
    assert lib.issue_by_source(issue.source).id == first.issue_id


def add_highlight(lib, article_id: int, issue_source: str, seq: int) -> str:
    hid = str(uuid.uuid4())
    with lib.db.atomic():
        lib.db.execute(
            "INSERT INTO highlights (id, article_id, issue_source, article_seq, start, \"end\", exact) "
            "VALUES (?, ?, ?, ?, 0, 2, 'xx')",
            [hid, article_id, issue_source, seq],
        )
    return hid


def test_changed_issue_updates_in_place_and_keeps_article_ids(lib, seed_issues):
    old = seed_issues[1]
    first = lib.import_issue(old)
    old_ids = [a.id for a in lib.articles_of_issue(first.issue_id)]
    edited = copy.deepcopy(old)
    edited.sha256 = "0" * 64
    edited.date = "2026-02-10"
    removed = edited.articles.pop(2)  # a dropped article
    edited.articles[0].blocks[0].text += "（补记）"  # an edited body
    edited.articles[1].title += "!"  # punctuation-only title change
    new = Article(title="新增的一篇", blocks=[Block("p", "新增正文。", 1, 1)])
    edited.articles.insert(1, new)
    kept_hl = add_highlight(lib, old_ids[0], old.source, 1)
    lost_hl = add_highlight(lib, old_ids[2], old.source, 3)

    outcome = lib.import_issue(edited)

    assert outcome.status == "updated"
    assert outcome.issue_id == first.issue_id
    assert outcome.removed == (old_ids[2],)
    assert outcome.changed == (old_ids[0], old_ids[1])
    after = lib.articles_of_issue(first.issue_id)
    assert [a.title for a in after] == [a.title for a in edited.articles]
    expected_ids = [old_ids[0], outcome.added[0], old_ids[1], *old_ids[3:]]
    assert [a.id for a in after] == expected_ids
    assert all(a.issue_date == "2026-02-10" for a in after)
    assert lib.article(old_ids[0]).text == edited.articles[0].text
    assert lib.issue(first.issue_id).date == "2026-02-10"
    assert lib.issue(first.issue_id).article_count == len(edited.articles)
    assert lib.filter_titles(removed.title) == []
    hl = dict(lib.db.execute("SELECT id, article_id FROM highlights").fetchall())
    assert hl == {kept_hl: old_ids[0], lost_hl: None}  # the orphan keeps its row


def test_same_position_with_a_new_title_and_similar_body_keeps_its_id(lib):
    old = make_issue("s.txt", "2024-05-01", ["旧标题甲", "旧标题乙"])
    first = lib.import_issue(old)
    ids = [a.id for a in lib.articles_of_issue(first.issue_id)]
    new = copy.deepcopy(old)
    new.sha256 = "changed"
    new.articles[1].title = "完全不同的新标题"
    new.articles[1].blocks[0].text = old.articles[1].blocks[0].text.replace("旧标题乙", "旧标題乙")
    outcome = lib.import_issue(new)
    assert [a.id for a in lib.articles_of_issue(first.issue_id)] == ids
    assert outcome.changed == (ids[1],)


def test_a_failed_import_leaves_the_library_as_it_was(lib, seed_issues):
    lib.import_issue(seed_issues[0])
    before = dump(lib.path)
    bad_new = copy.deepcopy(seed_issues[1])
    bad_new.articles[-1].type = None  # NOT NULL violation after the other rows went in
    with pytest.raises(LibraryError):
        lib.import_issue(bad_new)
    assert dump(lib.path) == before
    bad_update = copy.deepcopy(seed_issues[0])
    bad_update.sha256 = "f" * 64
    bad_update.articles[0].blocks[0].text = "改过的正文"
    bad_update.articles.append(Article(title="坏的一篇", type=None))  # type: ignore[arg-type]
    with pytest.raises(LibraryError):
        lib.import_issue(bad_update)
    assert dump(lib.path) == before


def test_delete_issue_detaches_highlights(lib, seed_issues):
    outcome = lib.import_issue(seed_issues[2])
    ids = [a.id for a in lib.articles_of_issue(outcome.issue_id)]
    hid = add_highlight(lib, ids[0], seed_issues[2].source, 1)
    assert lib.delete_issue(outcome.issue_id) == tuple(sorted(ids))
    assert lib.stats().articles == 0
    row = lib.db.execute("SELECT article_id, issue_source FROM highlights WHERE id = ?", [hid]).fetchone()
    assert row == (None, seed_issues[2].source)
    with pytest.raises(NotFoundError):
        lib.delete_issue(outcome.issue_id)


def hit_ids(lib, query: str, **options) -> set[int]:
    return {h.article_id for h in lib.search(query, limit=0, **options).hits}


def test_the_search_index_follows_imports_updates_and_deletes(lib):
    old = make_issue("idx.txt", "2024-06-01", ["湘江夜游开航", "神农城灯会", "老街改造"])
    first = lib.import_issue(old)
    ids = [a.id for a in lib.articles_of_issue(first.issue_id)]
    assert hit_ids(lib, "灯会") == {ids[1]}
    assert hit_ids(lib, "改造") == {ids[2]}

    new = copy.deepcopy(old)
    new.sha256 = "v2"
    del new.articles[2]
    new.articles[0].blocks[0].text = "湘江夜游今晚开航，游船从株洲西站附近码头出发。"
    lib.import_issue(new)
    assert hit_ids(lib, "改造") == set()
    assert hit_ids(lib, "西站附近码头") == {ids[0]}
    assert hit_ids(lib, "第一段") == {ids[1]}  # untouched article still found

    dated = copy.deepcopy(new)
    dated.sha256 = "v3"
    dated.date = "2025-01-15"  # only the date changes: the date filter must follow
    outcome = lib.import_issue(dated)
    assert outcome.changed == ()
    assert hit_ids(lib, "灯会", date_from="2025-01-01") == {ids[1]}
    assert hit_ids(lib, "灯会", date_to="2024-12-31") == set()

    lib.delete_issue(first.issue_id)
    assert hit_ids(lib, "灯会") == set()


def test_a_stale_index_is_rebuilt_on_open(tmp_path, seed_issues):
    path = tmp_path / "stale.sqlite"
    with open_library(path) as library:
        library.import_issue(seed_issues[4])
        expected = hit_ids(library, "献血")
        library.set_meta("tokenizer_version", "0")
        library.db.execute("DELETE FROM articles_fts_data WHERE id > 10")  # a damaged index
    with open_library(path) as library:
        assert library.meta("tokenizer_version") != "0"
        assert expected and hit_ids(library, "献血") == expected


def test_summaries_show_a_short_title_with_its_subtitle(lib, seed_issues):
    outcome = lib.import_issue(seed_issues[0])
    headlines = [a.headline for a in lib.articles_of_issue(outcome.issue_id)]
    assert "学习明理 青春报国" in headlines  # a couplet head split into title and subtitle
    assert "天元区打响第二届群众拔河比赛" in headlines  # a full title stands alone


def test_upgrade_indexes_the_issue_fingerprint(tmp_path):
    """m010: the importer's lookup of an issue by its bytes uses an index, not a scan."""
    import shutil
    from pathlib import Path

    path = tmp_path / "v9.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "library_v9.sqlite", path)  # the last schema without it
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        plan = " ".join(r[-1] for r in library.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM issues WHERE sha256 = ?", ["0" * 64]))
        assert "issues_sha256" in plan, plan
        sha = library.db.execute("SELECT sha256 FROM issues ORDER BY id LIMIT 1").fetchone()[0]
        assert library.issue_with_sha256(sha) is not None
