"""Shared pieces of the reliability tests: archives, subprocesses, consistency checks."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import namedtuple
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT, SEEDS
from zzreader.core import database, fts_index, migrations
from zzreader.core.changes import JOURNAL
from zzreader.core.store import Library, open_library

# what shutil.disk_usage answers
Usage = namedtuple("Usage", "total used free")


def full_disk_at_the_journal_stamp(monkeypatch) -> None:
    """A disk that fills at the undo journal's stamp (core/changes.py stamp_origin): SQLite rolls
    the transaction back by itself and answers SQLITE_FULL, as on a full tmpfs; no bytes left."""
    real = database.Database.execute

    def execute(self, sql, parameters=None):
        if sql.startswith("UPDATE annotation_journal SET origin"):
            self.conn.execute("ROLLBACK")
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise exc
        return real(self, sql, parameters)

    monkeypatch.setattr(database.Database, "execute", execute)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(4 << 20, 4 << 20, 0))


# Chinese terms that occur in every seed: a search for them touches every issue.
PROBE_TERMS = ("株洲", "记者", "工作", "医保", "市民")


def env(**extra: str) -> dict[str, str]:
    """The environment of a child process that imports zzreader from this checkout."""
    out = dict(os.environ)
    out["PYTHONPATH"] = str(ROOT) + os.pathsep + out.get("PYTHONPATH", "")
    out.pop("ZZREADER_LIBRARY", None)
    out.update(extra)
    return out


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "zzreader", *map(str, args)]


def run_cli(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli(*args), cwd=ROOT, env=env(), capture_output=True, text=True, timeout=timeout
    )


def call_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run one command in this process: its exit code, stdout and stderr (pytest's `capsys`)."""
    from zzreader import cli as zz_cli

    try:
        code = zz_cli.main(list(argv))
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def copy_archive(folder: Path, n: int) -> list[Path]:
    """`n` distinct issue files (seed texts under new names), deterministic.

    Each copy gets its own issue number (第N期) and a line of its own, so none is
    the same issue as a seed or as another copy (see Library.import_issue).
    """
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"zzrb-copy-{i:03d}.txt"
        text = SEEDS[i % len(SEEDS)].read_bytes().decode("utf-8")
        text = re.sub(r"第\s*(\d{3,6})\s*期", lambda m: f"第{int(m.group(1)) + 1000 + i}期", text)
        p.write_bytes(text.encode("utf-8") + f"\n本期编号 {i}\n".encode())
        out.append(p)
    return out


def ensure_annotation_schema(library: Library) -> None:
    """The undo journal table, until its migration is registered in core/migrations/."""
    if not library.db.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", [JOURNAL]
    ).fetchone():
        with library.lock, library.db.atomic():
            migrations.step("m003_annotation_journal")(library.db)


def seeded_library(path: Path) -> Library:
    from zzreader.core.importer import import_paths

    library = open_library(path)
    ensure_annotation_schema(library)
    report = import_paths(library, SEEDS, workers=0)
    assert not report.failed, report.failed
    return library


def wait_for(predicate: Callable[[], bool], timeout: float = 30, step: float = 0.01) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("condition not reached")
        time.sleep(step)


def count_rows(path: Path, sql: str) -> int:
    """Read one number without writing: a read-only connection, no WAL checkpoint."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return 0
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def file_problems(library: Library) -> list[str]:
    """The file's own soundness: integrity and foreign keys, each issue's
    article_count equal to its article rows, one index key an article and none
    left over, and the FTS index's structural check; empty when sound."""
    db = library.db
    problems: list[str] = []
    check = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if check != ["ok"]:
        problems.append(f"integrity_check: {check[:5]}")
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"foreign_key_check: {fk[:5]}")
    bad = db.execute(
        "SELECT i.source, i.article_count, count(a.id) FROM issues i "
        "LEFT JOIN articles a ON a.issue_id = i.id GROUP BY i.id "
        "HAVING i.article_count != count(a.id)"
    ).fetchall()
    if bad:
        problems.append(f"article_count != article rows: {bad[:5]}")
    unkeyed = db.execute(
        "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM articles_fts_keys)"
    ).fetchone()[0]
    stray = db.execute(
        "SELECT count(*) FROM articles_fts_keys WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    if unkeyed or stray:
        problems.append(f"index keys: {unkeyed} articles unindexed, {stray} stray keys")
    try:
        with library.lock, db.atomic():  # a command, not a read: commit it at once
            db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"FTS integrity-check: {exc}")
    return problems


def consistency_problems(library: Library) -> list[str]:
    """Everything that would show a half-written library; empty when sound.

    Integrity and foreign keys; each issue's article_count equals its
    article rows; every article has exactly one index key and no key is
    left over; the FTS index is structurally sound and answers probe terms
    exactly as a substring scan of the stored articles does.
    """
    problems = file_problems(library)
    db = library.db
    # What a plain query matches: every text the article page shows (core/fts_index.py visible_fields).
    rows = db.execute(
        "SELECT id, text, title, subtitle, kicker, reporters, correspondents, photographers, section, editor "
        "FROM articles"
    ).fetchall()
    shown = [(r[0], fts_index.visible_fields(*r[1:])) for r in rows]
    for term in PROBE_TERMS:
        expected = {i for i, fields in shown if any(term in f for f in fields)}
        found = {h.article_id for h in library.search(term, limit=None).hits}
        if found != expected:
            problems.append(
                f"search {term!r}: {len(found - expected)} false, {len(expected - found)} missed"
            )
    return problems
