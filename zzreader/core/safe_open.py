"""A library file is untrusted input: look at it read-only before writing a byte.

A library may come from a shared folder, a USB stick or another program.
Before `open_library` writes anything to a file (or beside it: WAL, a
migration backup), `inspect` opens it read-only and answers three questions:

- Is it a zzreader library at all? Another program's SQLite file is refused,
  whatever its `user_version`, so it never gets our tables, a WAL switch or
  a `.bak` copy beside it.
- Can it be written? A file or folder we may not write to is opened
  read-only: reading, searching and exporting work; a write says why not.
- Does it hold schema objects zzreader never creates (views, virtual tables
  other than the search index, triggers other than the dump log's own,
  word for word, and indexes that are not plain column lists)? A trigger
  runs on our own writes, and a UNIQUE index (`ON highlights(color)`) or one
  on an expression that fails (`json_extract(title, '$')`) makes every
  later write fail, so these are dropped when the library opens (and named
  in `Library.notices`), and a backup holding them is refused on restore.

Every connection also gets `PRAGMA trusted_schema = OFF` (functions with side
effects and virtual tables cannot be used from the schema) and, where Python
offers it (3.12+), SQLite's defensive mode.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import sqlite3
import stat
from pathlib import Path
from typing import NamedTuple

from zzreader.core import file_head, shown, sqlite_uri
from zzreader.core.migrations import M011_TRIGGERS, LibraryError

SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every zzreader library has had since schema 1, and the meta key
# its first migration writes: together they tell a library from other files.
REQUIRED_TABLES = frozenset({"meta", "issues", "articles", "highlights"})
MARKER_KEY = "tokenizer_version"
# The only virtual table zzreader makes (zzreader/core/fts_index.py).
OWN_VIRTUAL_TABLES = frozenset({"articles_fts"})


# Every index zzreader makes is `CREATE INDEX name ON table(column, ...)`:
# never UNIQUE, never partial, never on an expression (core/migrations/).
_NAME = r'(?:"[^"]+"|\[[^\]]+\]|`[^`]+`|\w+)'
_COLUMN = rf"{_NAME}(?:\s+COLLATE\s+\w+)?(?:\s+(?:ASC|DESC))?"
PLAIN_INDEX = re.compile(
    rf"CREATE\s+INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?{_NAME}\s+ON\s+{_NAME}\s*"
    rf"\(\s*{_COLUMN}(?:\s*,\s*{_COLUMN})*\s*\)\s*",
    re.IGNORECASE,
)


# SQLite's header holds an application id (bytes 68-71) a program may set to mark its files
# (GeoPackage, Fossil, MBTiles ...); zzreader sets none.
HEADER_BYTES = 100
_APPLICATION_ID = slice(68, 72)


def other_application(header: bytes) -> int | None:
    """The application id another program marked this SQLite file with, or None."""
    if len(header) < _APPLICATION_ID.stop:
        return None
    owner = int.from_bytes(header[_APPLICATION_ID], "big")
    return owner or None


def owner_message(path: Path, owner: int) -> str:
    return (f"{shown.name(path)} 被另一个程序标记为它的文件（应用标识 0x{owner:08x}），不是 zzreader 书库，未作任何改动 / "
            f"{shown.name(path)} is marked as another program's file (application id 0x{owner:08x}), not a "
            "zzreader library; it was left untouched")


class UntrustedFileError(LibraryError):
    """A file that is not a zzreader library, or not one we can safely open."""


class ForeignFileError(UntrustedFileError):
    """A sound SQLite file that is another program's (its application id, or not our schema):
    never written, not even by a restore (core/restore.py), which mends only damaged libraries."""


class NotAFileError(UntrustedFileError, ValueError):
    """A library path that names a folder, a device or a pipe: bad input (exit 2 on the
    command line, cli/args.py `usage_message`), as an export into a folder is."""


class Inspection(NamedTuple):
    """What a look at a library file found before anything was written to it."""

    exists: bool  # False: a new library will be created here
    read_only: bool
    user_version: int
    foreign: tuple[str, ...]  # "trigger x", "view y": objects zzreader did not create


def harden(conn: sqlite3.Connection) -> None:
    """Settings for every connection to a library or a backup."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.text_factory = stored_text
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)


def stored_text(raw: bytes) -> str:
    """A TEXT value as Python text, bytes that are no UTF-8 shown as U+FFFD.

    Another tool can store a lone UTF-16 surrogate in a library (the file's
    encoding is UTF-16, core/connection.py); SQLite hands it over as bytes
    that are not UTF-8, and sqlite3's own decoding then fails the whole query
    ("Could not decode to UTF-8"): one such title kept the window from opening.
    """
    return raw.decode("utf-8", "replace")


def writable(path: Path) -> bool:
    """Whether SQLite could write the file and its journal files beside it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """A read-only URI that creates nothing beside the file.

    A WAL-mode file without a `-wal` beside it has nothing in its log, so it
    is read as immutable (no `-shm` is created next to someone else's file).
    """
    uri = sqlite_uri.read_only(path)
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    # A log without its -shm: SQLite would make the -shm to read it, beside a
    # file that may be another program's. Read the file as at its last
    # checkpoint instead (see `inspect` and `unread_log`).
    if _is_wal_file(path) and (not wal.exists() or not shm.exists()):
        uri += "&immutable=1"
    return uri


def _log_has_frames(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 32  # a WAL header is 32 bytes
    except OSError:
        return False


def unread_log(path: Path) -> bool:
    """Does a `-wal` beside the library hold changes SQLite cannot read here?

    Reading a log needs its `-shm`, which SQLite makes when it is missing; in
    a place that cannot be written (a read-only mount, a copy made without
    it) it cannot, and the library would not open at all. It is then read
    as it was at its last checkpoint, and the caller says the log's changes
    are not shown (core/store.py).
    """
    shm = path.with_name(path.name + "-shm")
    return _log_has_frames(path) and not shm.exists() and not os.access(path.parent, os.W_OK)


def unread_log_notice(path: Path) -> str:
    wal = shown.name(path.name + "-wal")
    return (f"{wal} 中的最近更改未显示：所在位置只读，且缺少 -shm 文件 / The latest changes in {wal} are "
            "not shown: the place is read-only and its -shm file is missing")


def _is_wal_file(path: Path) -> bool:
    try:
        header = file_head.head(path, 20)  # a close() of our own would drop SQLite's locks (core/file_head.py)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


# The files SQLite opens beside a library, by name: each must be a plain file of its own.
COMPANIONS = ("-wal", "-shm", "-journal")


def check_companions(path: Path) -> None:
    """Refuse a library whose `-wal`, `-shm` or `-journal` is not a plain file of its own.

    SQLite opens them by name and follows links: a `-wal` linked to another
    file had zzreader write its log into that file, a FIFO named `-journal`
    hung every command, and a hard link shares its writes with another name.
    A path with no name (`/`, `.`) has no companions: it is a folder, which
    the caller refuses as one.
    """
    if not path.name:
        return
    for ext in COMPANIONS:
        companion = path.with_name(path.name + ext)
        try:
            info = os.lstat(companion)
        except FileNotFoundError:
            continue
        except OSError as exc:
            # a name too long for the file system is the user's to change: bad input (exit 2)
            kind = NotAFileError if exc.errno == errno.ENAMETOOLONG else UntrustedFileError
            raise kind(
                f"无法检查书库旁的 {shown.name(companion.name)} / Cannot check {shown.name(companion.name)} "
                f"beside the library: {shown.os_reason(exc)}") from exc
        what = _odd_kind(info)
        if what is not None:
            raise UntrustedFileError(
                f"书库旁的 {shown.name(companion.name)} 是{what[0]}，不是普通文件，书库未打开 / "
                f"{shown.name(companion.name)} beside the library is {what[1]}, not a plain file; "
                "the library was not opened (remove it if no zzreader is running)")


def check_one_name(path: Path) -> None:
    """Refuse a library file that has other names (hard links).

    SQLite names its log after the name it was opened by: through two names a
    library gets two logs, and neither sees the other's changes. A highlight
    saved through one name while the other name's log still held changes (a
    crash, a window left open) was lost when the other name was next opened,
    and a backup tool's hard-linked snapshot (`cp -al`, rsnapshot) would
    change with the library. A symbolic link is followed to one file, one log.
    """
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return  # read next, and refused there with its reason
    if links > 1:
        raise UntrustedFileError(
            f"书库文件 {shown.name(path)} 还有另外 {links - 1} 个名字（硬链接），经两个名字写入会丢失更改，未打开也未改动；"
            f"请打开它的一份副本 / The library file {shown.name(path)} has {links - 1} other name(s) (hard links); "
            "writes through two names lose changes, so it was neither opened nor changed: open a copy of it instead")


def _odd_kind(info: os.stat_result) -> tuple[str, str] | None:
    """What a companion file is when it is not a plain file of its own (Chinese, English)."""
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        return "链接", "a link"
    if stat.S_ISFIFO(mode):
        return "管道", "a pipe (FIFO)"
    if stat.S_ISDIR(mode):
        return "文件夹", "a folder"
    if not stat.S_ISREG(mode):
        return "设备或套接字", "a device or socket"
    if info.st_nlink > 1:
        return "另一个文件的硬链接", "a hard link of another file"
    return None


def inspect(path: Path, schema_version: int) -> Inspection:
    """Look at `path` without writing (but for a killed write's journal a library is put back
    with, as SQLite would on opening it); UntrustedFileError for a file we must not open."""
    check_companions(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        if not writable(path):
            raise UntrustedFileError(
                f"无法在只读位置新建书库 / Cannot create a library in a read-only place: {path}"
            )
        return Inspection(False, False, 0, ())
    if not path.is_file():
        raise NotAFileError(f"书库必须是普通文件 / A library must be a regular file: {path}")
    check_one_name(path)
    try:
        header = file_head.head(path, HEADER_BYTES)  # the window's connections may hold the file
    except OSError as exc:
        raise UntrustedFileError(
            f"无法读取书库 {path} / Cannot read the library {path}: {shown.os_reason(exc)}"
        ) from exc
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise UntrustedFileError(
            f"无法打开书库 {path}（文件损坏或不是数据库） / Cannot open library {path} "
            "(damaged or not a database)"
        )
    try:
        version, objects, has_marker = _read_schema_after_a_killed_write(path, schema_version)
    except sqlite3.DatabaseError as exc:
        # A schema SQLite will not load while it is untrusted (an index on a
        # function that is not innocuous: "unsafe use of json_extract()") is
        # not damage: read it as text once, and it is removed like any object
        # zzreader did not create. Nothing in it runs while it is read.
        try:
            version, objects, has_marker = _read_schema(path, trusted=True)
        except sqlite3.DatabaseError:
            raise UntrustedFileError(cannot_open(path, exc)) from exc
        if not foreign_objects(objects):
            raise UntrustedFileError(cannot_open(path, exc)) from exc
    if version == 0 and not objects and _log_has_frames(path) and _is_wal_file(path) \
            and not path.with_name(path.name + "-shm").exists():
        # Read as at its last checkpoint it is empty, but its log holds more: whose it is
        # cannot be told without recovering the log, which writes. Never made a library of.
        raise UntrustedFileError(
            f"{shown.name(path)} 的日志（-wal）中有尚未写回的内容，无法在不改动它的情况下判断是否为 zzreader "
            f"书库，未作任何改动 / {shown.name(path)} has changes in its -wal log that were never written "
            "back; zzreader cannot tell whether it is a library without changing it, and left it untouched")
    if (owner := other_application(header)) is not None:  # a header SQLite reads: not damage
        raise ForeignFileError(owner_message(path, owner))
    check_is_library(path, version, objects, has_marker, schema_version)
    return Inspection(True, not writable(path), version, foreign_objects(objects))


def _read_schema_after_a_killed_write(path: Path, schema_version: int) -> tuple[int, list[tuple], bool]:
    """`_read_schema(path, trusted=False)`, once more after a cut-short write's journal is put back."""
    try:
        return _read_schema(path, trusted=False)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_READONLY_ROLLBACK:
            raise
        put_back_cut_short_write(path, schema_version, exc)
    return _read_schema(path, trusted=False)


def put_back_cut_short_write(path: Path, schema_version: int, exc: sqlite3.DatabaseError) -> None:
    """Apply the rollback journal (`NAME-journal`) a killed write left beside a library, as
    SQLite does on its next read-write opening; UntrustedFileError when it cannot be.

    A restore writes in rollback-journal mode: killed part way, its hot journal holds the
    library as it was, and a read-only look cannot use it, so every command and the window
    said the library was read-only until someone opened it by other means. The journal is
    applied to a copy first: only a file that is then a zzreader library is touched
    (another program's file is refused and stays byte for byte as it was).
    """
    import shutil
    import tempfile

    if not writable(path):
        raise UntrustedFileError(_cut_short(path, shown.sqlite_reason(exc))) from exc
    try:
        with tempfile.TemporaryDirectory(prefix="zzreader-journal-") as folder:
            copy = Path(folder) / "copy.sqlite"
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + "-journal"), copy.with_name(copy.name + "-journal"))
            _roll_back_hot_journal(copy)
            version, objects, has_marker = _read_schema(copy, trusted=False)
            with open(copy, "rb") as f:
                header = f.read(HEADER_BYTES)
    except (OSError, sqlite3.Error) as error:
        why = shown.os_reason(error) if isinstance(error, OSError) else shown.sqlite_reason(error)
        raise UntrustedFileError(_cut_short(path, why)) from exc
    if (owner := other_application(header)) is not None:
        raise ForeignFileError(owner_message(path, owner))
    check_is_library(path, version, objects, has_marker, schema_version)
    try:
        _roll_back_hot_journal(path)
    except sqlite3.Error as error:
        raise UntrustedFileError(_cut_short(path, shown.sqlite_reason_at(error, path))) from exc


def _cut_short(path: Path, why: str) -> str:
    name, journal = shown.name(path), shown.name(path.name + "-journal")
    return (f"无法打开书库 {name}：被中断的写入留下的 {journal} 无法复原 / Cannot open library {name}: "
            f"the {journal} a write that was cut short left beside it could not be put back: {why}")


def _roll_back_hot_journal(path: Path) -> None:
    """Open `path` read-write once: SQLite's first read applies a hot journal beside it."""
    conn = sqlite3.connect(sqlite_uri.read_write(path), uri=True)
    try:
        harden(conn)
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()


def _read_schema(path: Path, *, trusted: bool) -> tuple[int, list[tuple], bool]:
    """(user_version, sqlite_master rows, has our marker), read-only."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        harden(conn)
        if trusted:  # only to read the schema's text; the connection is closed right after
            conn.execute("PRAGMA trusted_schema = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        return version, objects, _has_marker(conn, objects)
    finally:
        conn.close()


def cannot_open(path: Path, exc: sqlite3.Error) -> str:
    """One line on a library SQLite would not open, in words of ours, not SQLite's."""
    if isinstance(exc, LibraryError):  # a write refused while upgrading (a full disk): not damage
        return f"无法打开书库 {shown.name(path)} / Cannot open library {shown.name(path)}: {exc}"
    if shown.is_damage(exc):
        return (f"无法打开书库 {shown.name(path)}（文件损坏或不是数据库） / Cannot open library "
                f"{shown.name(path)} (damaged or not a database)")
    why = shown.sqlite_reason_at(exc, path)
    return f"无法打开书库 {shown.name(path)} / Cannot open library {shown.name(path)}: {why}"


def _has_marker(conn: sqlite3.Connection, objects: list[tuple]) -> bool:
    if not any(t == "table" and n == "meta" for t, n, _ in objects):
        return False
    try:
        return conn.execute("SELECT 1 FROM meta WHERE key = ?", [MARKER_KEY]).fetchone() is not None
    except sqlite3.DatabaseError:
        return False


def check_is_library(
    path: Path, version: int, objects: list[tuple], has_marker: bool, schema_version: int
) -> None:
    """Refuse anything that is not an empty file or a zzreader library."""
    if version == 0 and not objects:
        return  # an empty SQLite file: becomes a new library
    if version > schema_version and has_marker:
        return  # a newer zzreader's library: `migrate` explains the upgrade
    tables = {n for t, n, _ in objects if t == "table"}
    if version < 1 or not REQUIRED_TABLES <= tables or not has_marker:
        raise ForeignFileError(
            f"该文件不是 zzreader 书库，未作任何改动。 / This SQLite file is not a zzreader "
            f"library; it was left untouched: {path}"
        )


def foreign_objects(objects: list[tuple]) -> tuple[str, ...]:
    """Schema objects zzreader never creates: every view, other virtual tables, every
    trigger but ours with exactly our SQL, and every index that is not a plain column list."""
    out = []
    for kind, name, sql in objects:
        if kind == "trigger" and M011_TRIGGERS.get(name) == sql:
            continue  # ours, word for word (core/migrations/dump_log.py)
        if kind in ("trigger", "view"):
            out.append(f"{kind} {name}")
        elif kind == "index" and sql is not None and not PLAIN_INDEX.fullmatch(sql):
            out.append(f"index {name}")  # sql None: SQLite's own index of a UNIQUE or PRIMARY KEY
        elif (
            kind == "table"
            and (sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")
            and name not in OWN_VIRTUAL_TABLES
        ):
            out.append(f"virtual table {name}")
    return tuple(out)


def split_item(item: str) -> tuple[str, str]:
    """("view", name) from "view name"; a name may hold spaces of its own."""
    for kind in ("virtual table", "trigger", "view", "index"):
        if item.startswith(kind + " "):
            return kind, item[len(kind) + 1 :]
    raise ValueError(item)


@functools.cache
def own_tables() -> frozenset[str]:
    """The names of every table a library of this version has: a fresh one, made in memory."""
    from zzreader.core.database import Database
    from zzreader.core.migrations import migrate

    db = Database(sqlite3.connect(":memory:"))
    try:
        migrate(db, None)
        return frozenset(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        db.close()


def check_read_only_foreign(path: Path, foreign: tuple[str, ...]) -> None:
    """Refuse a read-only library where a view or virtual table stands in for one of our tables.

    A read-only library cannot have them removed, and zzreader reads its own
    tables: such a view would run (a recursive one never ends). Others are
    never named in a query, so they stay, unread.
    """
    taken = [item for item in foreign if split_item(item)[0] not in ("trigger", "index") and split_item(item)[1] in own_tables()]
    if taken:
        names = "、".join(shown.name(t) for t in taken[:5])
        raise UntrustedFileError(
            f"只读书库中有视图取代了 zzreader 的表，无法删除，拒绝打开：{names} / In this read-only library "
            f"a view stands where zzreader keeps a table, and cannot be removed; refused: {names} "
            f"({shown.name(path)})"
        )


def strip_foreign(conn: sqlite3.Connection, foreign: tuple[str, ...]) -> str:
    """Drop the objects `foreign_objects` named, in one transaction; the notice to show."""
    # The schema may not load while untrusted (an index on a function that is
    # not innocuous); a DROP runs nothing of what it drops, so these statements
    # alone see it trusted, and the connection is untrusted again right after.
    conn.execute("PRAGMA trusted_schema = ON")
    try:
        _drop(conn, foreign)
    finally:
        conn.execute("PRAGMA trusted_schema = OFF")
    return foreign_notice(foreign, removed=True)


def drop_planted(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Drop, inside the caller's write transaction, what another process planted since we opened.

    A window keeps its library open for hours; a trigger created meanwhile
    would run on its next write. ImmediateWrites (core/immediate_writes.py)
    calls this when the schema's version changed since its last look.
    """
    foreign = foreign_objects(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    if foreign:
        conn.execute("PRAGMA trusted_schema = ON")  # as in strip_foreign: a DROP runs nothing it drops
        try:
            for item in foreign:
                conn.execute(_drop_sql(item))
        finally:
            conn.execute("PRAGMA trusted_schema = OFF")
    return foreign


def _drop_sql(item: str) -> str:
    kind, name = split_item(item)
    keyword = "TABLE" if kind == "virtual table" else kind.upper()
    quoted = '"' + name.replace('"', '""') + '"'
    return f"DROP {keyword} IF EXISTS {quoted}"


def _drop(conn: sqlite3.Connection, foreign: tuple[str, ...]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for item in foreign:
            conn.execute(_drop_sql(item))
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.execute("ROLLBACK")
        raise UntrustedFileError(
            f"书库中有 zzreader 未创建且无法删除的对象，拒绝打开：{'、'.join(map(shown.name, foreign[:5]))} / "
            f"The library holds schema objects zzreader did not create and cannot remove; refused: "
            f"{', '.join(map(shown.name, foreign[:5]))} ({shown.sqlite_reason(exc)})"
        ) from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def foreign_notice(foreign: tuple[str, ...], *, removed: bool) -> str:
    names = "、".join(shown.name(f) for f in foreign[:5]) + ("…" if len(foreign) > 5 else "")  # names from the file
    if removed:
        return (
            f"书库中有 zzreader 未创建的对象，已删除：{names} / The library held schema objects "
            f"zzreader did not create; they were removed: {names}"
        )
    return (
        f"书库中有 zzreader 未创建的对象（只读，未删除；不会执行）：{names} / The library holds "
        f"schema objects zzreader did not create (read-only, not removed; never run): {names}"
    )
