"""Versioned schema migrations for the library file.

The schema version lives in `PRAGMA user_version` so any SQLite tool can read
it. Each migration is a module of this package (`m001_initial.py` …) with its
own frozen DDL and one `upgrade(db)`, run in one transaction together with the
version bump, so a crash leaves the file at the old version, never half-way; a
module is imported only when its migration runs. `dump_log.py` holds
migration 11's log table and triggers, which opening a library checks.
Before migrating an existing library we copy it next to itself with
`sqlite3.Connection.backup` (years of notes must survive a bad upgrade), and a
file written by a newer zzreader is refused instead of being guessed at.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from zzreader.core.errors import ZZReaderError
from zzreader.core.migrations.dump_log import (
    M011_BASIS_TABLE,
    M011_TRIGGERS,
    dump_log_altered,
    missing_triggers,
    repair_dump_log,
)

if TYPE_CHECKING:
    from pathlib import Path

    # sqlite_utils without numpy (see there)
    from zzreader.core.database import Database

Migration = Callable[["Database"], None]

# How long a second zzreader waits for the first one's upgrade backup (core/immediate_writes.py BUSY_TIMEOUT_S).
LOCK_WAIT_S = 30.0
# Bumped only by a migration that older code cannot read safely.
SCHEMA_COMPAT = 1


class LibraryError(ZZReaderError):
    """A library file that cannot be opened or written; the message is bilingual."""


# The migrations in order: migration N is the module STEPS[N - 1] of this package.
STEPS = (
    "m001_initial",
    "m002_title_filter_index",
    "m003_annotation_journal",
    "m004_compressed_sources",
    "m005_discovery",
    "m006_import_provenance",
    "m007_corrections",
    "m008_index_what_the_page_shows",
    "m009_entity_roles_as_numbers",
    "m010_issue_fingerprint_index",
    "m011_dumps_as_deltas",
    "m012_packed_discovery",
    "m013_title_filter_from_the_index",
    "m014_packed_reprint_signatures",
    "m015_ids_never_given_again",
)
# Steps that drop and re-create a table other tables refer to: they run with foreign keys
# off, or dropping it would first delete (ON DELETE CASCADE) every row that refers to it.
REBUILDS = frozenset({"m015_ids_never_given_again"})


def step(name: str) -> Migration:
    """The migration of module `name`, imported when it runs: opening a current
    library (or a one-shot search) loads none of them."""

    def run(db: Database) -> None:
        import_module(f"{__name__}.{name}").upgrade(db)

    run.__name__ = run.__qualname__ = name
    run.rebuilds = name in REBUILDS  # type: ignore[attr-defined]
    return run


MIGRATIONS: tuple[Migration, ...] = tuple(step(name) for name in STEPS)
SCHEMA_VERSION = len(MIGRATIONS)
__all__ = [
    "M011_BASIS_TABLE", "M011_TRIGGERS", "MIGRATIONS", "SCHEMA_COMPAT", "SCHEMA_VERSION", "STEPS",
    "LibraryError", "backup", "backup_path", "dump_log_altered", "migrate", "missing_triggers",
    "repair_dump_log", "step", "user_version",
]  # fmt: skip


def user_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _table_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]


def backup_path(path: Path, old_version: int) -> Path:
    """`library.sqlite` at version 1 backs up to `library.bak-1.sqlite`.

    A library named with 80 Chinese characters (247 bytes) could not be
    opened by a newer version: `<stem>.bak-<n><suffix>.partial` passed the
    255 bytes of a file name. Such a stem is cut and ends in a digest of the
    whole name, as the rolling backups' (core/backup_names.py; copied here:
    migrations import no live module).
    """
    stem, suffix = path.stem, path.suffix
    if _bytes(f"{stem}.bak-999{suffix}.partial-journal") > 255:
        if _bytes(suffix) > 16:  # "x.长长长…": the whole name is the stem
            stem, suffix = path.name, ""
        import hashlib  # here, not at import: a one-shot search reads M011_TRIGGERS (cli/quick_search.py)

        digest = "~" + hashlib.sha256(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        while stem and _bytes(stem + digest) > 175 - _bytes(suffix):
            stem = stem[:-1]
        stem += digest
    return path.with_name(f"{stem}.bak-{old_version}{suffix}")


def _bytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogateescape"))


def backup(db: Database, path: Path, old_version: int) -> Path:
    """Copy the whole library (WAL included) to a sibling file, once per version.

    An existing backup of the same version is kept: it was taken before an
    earlier attempt and is the pristine copy (Zotero's rule). The copy is made
    holding the library's write lock: two zzreaders upgrading one library at
    once copied into the same `.partial` file, and one of them failed with "a
    disk read or write failed" or "read-only" (each removed the other's copy).
    """
    target = backup_path(path, old_version)
    if not target.exists():
        with _write_lock(path):
            # Another zzreader may have made the copy, or upgraded the library, meanwhile.
            if not target.exists() and user_version(db) == old_version:
                _copy(db, target)
    return target


@contextlib.contextmanager
def _write_lock(path: Path) -> Iterator[None]:
    """The library's write lock, held by a connection of its own while the backup reads."""
    lock = sqlite3.connect(_file_uri(path), uri=True, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")
        yield
    finally:
        lock.close()  # rolls back: nothing was written through it


def _file_uri(path: Path) -> str:
    """core/sqlite_uri.py `read_write`, copied here: migrations import no live module."""
    full = os.path.realpath(os.fspath(path)).replace(os.sep, "/")
    full = full if full.startswith("/") else "/" + full  # a drive letter: file:///C:/x
    return "file://" + full.translate(str.maketrans({"%": "%25", "?": "%3f", "#": "%23"}))


def _copy(db: Database, target: Path) -> None:
    # Copy under a temporary name: a crash mid-copy must not leave a
    # half file that the next start would keep as the pristine backup.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(os.path.abspath(partial))  # absolute: never ':memory:' or a 'file:' URI
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)


def migrate(
    db: Database, path: Path | None, migrations: Sequence[Migration] = MIGRATIONS
) -> Path | None:
    """Bring `db` to the newest version; return the backup file if one was made.

    Refuses files from a newer zzreader and SQLite files that are not a
    library at all, rather than writing our tables into someone else's data.
    """
    current = user_version(db)
    latest = len(migrations)
    if current > latest:
        raise LibraryError(
            f"书库由更新版本的 zzreader 创建（结构版本 {current}，本程序支持到 {latest}），请升级程序。"
            f" / This library was written by a newer zzreader (schema {current}, "
            f"this version supports {latest}); please upgrade."
        )
    if current == latest:
        return None
    made: Path | None = None
    # Tables at version 0 are another program's, unless another zzreader made them and its
    # version between the two reads (both commit together): read the version again.
    if current == 0 and _table_count(db) > 0 and user_version(db) == 0:
        raise LibraryError(
            "该文件不是 zzreader 书库。 / This SQLite file is not a zzreader library."
        )
    if current > 0 and path is not None:
        made = backup(db, path, current)
    for version in range(current, latest):
        with _foreign_keys_off(db, getattr(migrations[version], "rebuilds", False)), db.atomic():
            # Under the write lock: two zzreaders that open one new library at once both read
            # version 0 above, and the second then made the tables the first had made
            # ("table meta already exists"), said as a damaged library.
            if user_version(db) > version:
                continue  # another process made this step meanwhile
            migrations[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            _write_meta(db)
    if made is not None:
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise LibraryError(
                f"升级后完整性检查失败，备份在 {made}。 / Integrity check failed after "
                f"upgrade; the backup is at {made}: {check}"
            )
    return made


@contextlib.contextmanager
def _foreign_keys_off(db: Database, off: bool) -> Iterator[None]:
    """Foreign keys off around one step's transaction (SQLite ignores the pragma inside one)."""
    was = db.execute("PRAGMA foreign_keys").fetchone()[0]
    if off and was:
        db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if off and was:
            db.execute("PRAGMA foreign_keys = ON")


def _write_meta(db: Database) -> None:
    # The package metadata, read only when a migration runs.
    from zzreader import __version__

    for key, value in (("schema_compat", str(SCHEMA_COMPAT)), ("app_version", __version__)):
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
