"""The import pipeline: folders, failures, re-imports, progress, cancel, worker processes."""

from __future__ import annotations

import shutil
import sys
import threading
import types
from pathlib import Path

import pytest

from zzreader.core import importer
from zzreader.core.importer import collect_files, import_paths
from zzreader.core.store import open_library
from tests.conftest import SEEDS, table_dump as dump


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture
def archive(tmp_path) -> Path:
    """The seeds spread over nested folders, with files that must be skipped."""
    root = tmp_path / "archive"
    (root / "2020" / "04").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for i, seed in enumerate(SEEDS):
        folder = root / "2020" / "04" if i % 2 else root
        suffix = ".MD" if i == 3 else ".txt"
        shutil.copy(seed, folder / (seed.stem + suffix))
    (root / "notes.docx").write_bytes(b"not an issue")
    (root / ".hidden" / "secret.txt").write_bytes(SEEDS[0].read_bytes())
    (root / ".DS_Store.txt").write_bytes(b"\x00")
    return root


def test_collect_files_walks_folders_and_keeps_named_files(archive):
    files = collect_files([archive, archive / "notes.docx", archive])
    names = sorted(p.name for p in files)
    assert names == sorted([*(s.stem + (".MD" if i == 3 else ".txt") for i, s in enumerate(SEEDS)), "notes.docx"])


def test_import_a_folder_then_again(lib, archive):
    calls = []
    report = import_paths(lib, [archive], progress=lambda d, t, p: calls.append((d, t, p)))
    # notes.docx, with no text of its name beside it: named as skipped, with what to do (core/folder_walk.py)
    assert report.counts == {"imported": 5, "unchanged": 0, "updated": 0, "duplicate": 0, "failed": 0, "skipped": 1}
    assert calls[0] == (0, 5, None)
    assert [c[0] for c in calls] == [0, 1, 2, 3, 4, 5]
    issues = [f for f in report.files if f.status != "skipped"]
    assert all(f.issue_id and f.articles > 0 for f in issues)
    assert lib.stats().issues == 5
    assert sorted(report.changes.issues) == sorted(f.issue_id for f in issues)

    before = dump(lib.path)
    again = import_paths(lib, [archive])
    assert again.counts["unchanged"] == 5
    assert [f.issue_id for f in again.files] == [f.issue_id for f in report.files]
    assert [f.articles for f in again.files] == [f.articles for f in report.files]
    assert dump(lib.path) == before


def test_bad_files_fail_alone(lib, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "a.txt")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(bytes(range(256)) * 40)
    shutil.copy(SEEDS[1], folder / "d.txt")
    report = import_paths(lib, [folder, tmp_path / "missing.txt"])
    status = {Path(f.path).name: f.status for f in report.files}
    assert status == {"a.txt": "imported", "b.txt": "failed", "c.txt": "failed", "d.txt": "imported",
                      "missing.txt": "failed"}  # fmt: skip
    errors = {Path(f.path).name: f.error for f in report.failed}
    assert "empty" in errors["b.txt"]
    assert "binary" in errors["c.txt"]
    assert "No such file" in errors["missing.txt"]
    assert lib.stats().issues == 2
    assert report.to_json()["summary"]["failed"] == 3
    entry = report.to_json()["files"][1]
    assert set(entry) == {"path", "status", "issue_id", "articles", "warnings", "error", "duplicate_of"}


def test_changed_file_from_another_folder_updates_in_place(lib, tmp_path):
    first = import_paths(lib, [SEEDS[4]]).files[0]
    ids = [a.id for a in lib.articles_of_issue(first.issue_id)]
    other = tmp_path / "elsewhere"
    other.mkdir()
    changed = other / SEEDS[4].name
    changed.write_bytes(SEEDS[4].read_bytes() + "\n\n补充说明\n\n本报今日出版8个版面,欢迎读者来信。\n".encode())
    result = import_paths(lib, [changed]).files[0]
    assert (result.status, result.issue_id) == ("updated", first.issue_id)
    after = [a.id for a in lib.articles_of_issue(first.issue_id)]
    assert after[: len(ids)] == ids
    assert lib.stats().issues == 1
    assert import_paths(lib, [changed]).files[0].status == "unchanged"


def test_cancel_stops_between_files(lib, archive):
    cancel = threading.Event()

    def progress(done, total, path):
        if done == 2:
            cancel.set()

    report = import_paths(lib, [archive], progress=progress, cancel=cancel)
    assert report.cancelled
    assert [f.status for f in report.files if f.status != "skipped"] == ["imported", "imported"]  # notes.docx: named, skipped
    assert report.not_done == 3
    assert lib.stats().issues == 2


def test_workers_are_forked_only_from_a_single_threaded_process_without_qt(monkeypatch):
    monkeypatch.delitem(sys.modules, "PySide6", raising=False)
    monkeypatch.setattr(importer.threading, "active_count", lambda: 1)
    assert importer._pool_context().get_start_method() == "fork"
    monkeypatch.setattr(importer.threading, "active_count", lambda: 3)  # e.g. a worker thread
    assert importer._pool_context().get_start_method() == "forkserver"
    monkeypatch.setattr(importer.threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "PySide6", types.ModuleType("PySide6"))  # Qt runs threads
    assert importer._pool_context().get_start_method() == "forkserver"


@pytest.mark.parametrize("workers", [0, 2])
def test_worker_processes_give_the_same_library(tmp_path, workers):
    folder = tmp_path / "many"
    folder.mkdir()
    for copy_no in range(3):
        for seed in SEEDS:
            shutil.copy(seed, folder / f"{copy_no}-{seed.name}")
    (folder / "9-empty.txt").write_bytes(b"")
    with open_library(tmp_path / f"lib{workers}.sqlite") as library:
        report = import_paths(library, [folder], workers=workers)
        # Renamed copies of a stored issue are the same issue: unchanged, naming the first copy.
        assert report.counts == {"imported": 5, "unchanged": 10, "updated": 0, "duplicate": 0, "failed": 1}
        titles = [(i.source, a.title) for i, a in library.iter_articles()]
    with open_library(tmp_path / "serial.sqlite") as serial:
        import_paths(serial, [folder], workers=0)
        assert titles == [(i.source, a.title) for i, a in serial.iter_articles()]


def test_discovery_indexes_follow_in_batches_and_at_the_end(lib, archive, monkeypatch):
    """Articles are indexed a batch of issues at a time, and whatever is left at the end."""
    from zzreader.core.discovery import entities, refresh, reprints

    batches = []
    real_index = refresh.index
    monkeypatch.setattr(refresh, "FLUSH_ARTICLES", 20)
    def counted(library, ids, scans=None):
        batches.append(ids)
        real_index(library, ids, scans)

    monkeypatch.setattr(refresh, "index", counted)
    report = import_paths(lib, [archive], workers=0)
    stored = [r for r in report.files if r.status == "imported"]
    assert len(stored) == len(SEEDS) and all(not any("发现索引" in w for w in r.warnings) for r in stored)
    assert 1 < len(batches) <= len(SEEDS)
    assert sorted(i for ids in batches for i in ids) == sorted(r[0] for r in lib.db.execute("SELECT id FROM articles"))
    assert entities.pending_count(lib) == 0 and reprints.pending_count(lib) == 0


def test_a_failed_discovery_index_leaves_the_import_and_says_so(lib, archive, monkeypatch):
    from zzreader.core.discovery import entities, refresh

    def broken(library, ids, scans=None):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(refresh, "index", broken)
    report = import_paths(lib, [archive], workers=0)
    stored = [r for r in report.files if r.status == "imported"]
    assert len(stored) == len(SEEDS)
    # Python's own words ("disk trouble" of a RuntimeError) are a bug report's, not the user's (core/shown.py)
    assert all(r.warnings[-1].endswith("Discovery indexes not updated: 程序内部错误 / an internal error")
               for r in stored)
    articles = lib.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    monkeypatch.undo()
    assert entities.pending_count(lib) == articles  # marked: the next listing indexes them
    entities.update(lib)
    assert entities.pending_count(lib) == 0


def test_a_cancelled_import_indexes_what_it_stored(lib, archive):
    from zzreader.core.discovery import entities

    cancel = threading.Event()
    report = import_paths(
        lib, [archive], workers=0, progress=lambda done, total, path: done and cancel.set(), cancel=cancel
    )
    assert report.cancelled and len([f for f in report.files if f.status != "skipped"]) == 1
    assert lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    assert entities.pending_count(lib) == 0


RENDITIONS = Path(__file__).parent / "renditions" / "data"
NAV_PAGE = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>株洲日报数字报 版面导航</title></head>
<body>
<div class="nav">
<a href="node_1.htm">第A01版：要闻</a>
<a href="node_2.htm">第A02版：综合</a>
<a href="node_3.htm">第A03版：县域新闻</a>
<a href="prev.htm">上一期</a> <a href="next.htm">下一期</a>
</div>
</body>
</html>
"""


def test_a_folder_of_web_pages_is_read_and_its_navigation_pages_are_skipped(lib, tmp_path):
    """An e-paper site saved to disk: its pages (.html, .htm) are issues, its index pages hold
    no article and are named as skipped with why; .xml in a folder is not gathered."""
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(RENDITIONS / "zzrb_20250428.html", site / "zzrb_20250428.html")
    shutil.copy(RENDITIONS / "zzrb_2026-05-06.htm", site / "zzrb_2026-05-06.htm")
    shutil.copy(SEEDS[0], site / "seed.markdown")
    (site / "index.html").write_text(NAV_PAGE, encoding="utf-8")
    (site / "settings.xml").write_text('<?xml version="1.0"?><config><a>1</a></config>', encoding="utf-8")
    report = import_paths(lib, [site], workers=0)
    by_name = {Path(f.path).name: f for f in report.files}
    assert set(by_name) == {"zzrb_20250428.html", "zzrb_2026-05-06.htm", "seed.markdown", "index.html"}
    assert {n: f.status for n, f in by_name.items()} == {
        "zzrb_20250428.html": "imported", "zzrb_2026-05-06.htm": "imported", "seed.markdown": "imported",
        "index.html": "skipped",
    }  # fmt: skip
    assert by_name["index.html"].warnings == (importer.NO_ARTICLE_PAGE,)
    assert lib.issue_by_source("index.html") is None
    titles = {a.title for i in lib.issue_summaries() for a in lib.article_summaries(i.id)}
    assert "五一假期我市公交地铁加密班次" in titles


def test_a_named_feed_is_read_and_a_named_navigation_page_skipped(lib, tmp_path):
    feed = tmp_path / "feed.xml"
    shutil.copy(RENDITIONS / "markup_99.xml.txt", feed)
    nav = tmp_path / "node_list.htm"
    nav.write_text(NAV_PAGE, encoding="utf-8")
    report = import_paths(lib, [feed, nav], workers=0)
    assert [(Path(f.path).name, f.status) for f in report.files] == [("feed.xml", "imported"), ("node_list.htm", "skipped")]
