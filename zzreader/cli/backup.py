"""`zzreader backup` and `zzreader restore`: the command line over `core.backup`.

Its own module, like every group of commands; `register()` adds
the two subcommands and `auto_backup()` is the daily backup every command
run checks (a failure there warns, it never stops the command).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import TextIO

from zzreader.cli import args as cli_args
from zzreader.cli import language
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core import shown, text_width
from zzreader.core.export_text import json_dumps
from zzreader.core.library_paths import choose_library, open_chosen_library
from zzreader.core.store import Library

EXIT_OK, EXIT_FAILED = 0, 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="备份书库 / back up the library now (or list the backups)",
        description="在书库旁的 backups/ 中做一个备份 / Copy the library into backups/ next to it.",
    )
    p.add_argument("--list", action="store_true", help="列出备份 / list the backups, newest first")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="从备份恢复书库 / restore the library from a backup",
        description="不带参数时列出备份 / Without BACKUP, lists the backups. The current library "
        "is backed up first, so a restore can itself be undone.",
    )
    p.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        type=cli_args.path,
        help="备份编号（1 为最新）、文件名或路径 / backup number (1 = newest), file name or path",
    )
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_restore)


def open_for_command(library_arg: str | None, create: bool = False) -> Library:
    """The chosen library, after its daily rolling backup (every command opens it so).

    Only `import` (`create`) makes a library that is not there, besides the
    default one: a search or an export on a mistyped path would otherwise make
    an empty library and answer "0 hits" as if the archive held nothing.
    """
    choice = choose_library(library_arg)
    if not create and not choice.is_default and not os.path.lexists(choice.path):
        where = shown.name(choice.path)
        raise cli_args.UsageError(
            f"没有这个书库：{where}（用 zzreader import 新建） / No library at {where} (zzreader import makes one)"
        )
    library = open_chosen_library(library_arg, reindex_notice(sys.stderr))
    for notice in library.notices:  # e.g. foreign triggers removed (core/safe_open.py)
        print(language.after("! ", notice), file=sys.stderr)
    auto_backup(library)
    return library


def reindex_notice(err: TextIO) -> Callable[[int, int], None]:
    """Progress for a re-index on opening: said once, so a long wait is not mistaken for a hang."""
    said = False

    def report(done: int, total: int) -> None:
        nonlocal said
        if not said and total > 0:  # a new library's empty index is no rebuild to announce
            said = True
            print(f"! 正在为新版本重建全文索引（{total:,} 篇，只需一次）… / "
                  f"Rebuilding the search index for this version ({total:,} articles, once)…", file=err, flush=True)

    return report


def auto_backup(library: Library, err: TextIO | None = None) -> None:
    """The daily rolling backup; a failure is reported, the command goes on.

    A library too damaged to copy stops the command instead: its one line
    says so, rather than a warning followed by whatever the damage breaks.
    """
    try:
        bk.backup_if_due(library)
    except bk.LibraryDamaged:
        library.close()
        raise
    except bk.BackupError as exc:
        print(language.after("! ", shown.error(exc)), file=err or sys.stderr)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _local(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def print_backups(backups: list[bk.BackupInfo], out: TextIO) -> None:
    if not backups:
        print("没有备份 / No backups yet", file=out)
        return
    for n, b in enumerate(backups, start=1):
        print(f"{n:3d}  {_local(b.created)}  {text_width.pad(_reason(b.reason), 11)}  {_size(b.size):>9}  "
              f"{shown.name(b.path)}", file=out)


def _reason(reason: str) -> str:
    """Why a backup was made, as the restore dialog names it in Chinese ("每日"), the keyword in English."""
    from zzreader.i18n import tr

    key = "backup.kind." + reason.replace("-", "_")
    zh = tr(key, lang="zh")
    return reason if zh == key else language.say(zh, reason)


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        backups = bk.list_backups(choose_library(args.library).path)
        if args.json:
            print(json_dumps([b.to_json() for b in backups], indent=2))
        else:
            print_backups(backups, sys.stdout)
        return EXIT_OK
    with open_chosen_library(args.library) as library:
        made = bk.make_backup(library, "manual")
    if args.json:
        print(json_dumps(made.to_json(), indent=2))
    else:
        name, size = shown.name(made.path), _size(made.size)  # in both halves: the streams pick one
        print(f"已备份到 {name}（{size}） / Backed up to {name} ({size})")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    library_path = choose_library(args.library).path
    if args.backup is None:
        backups = bk.list_backups(library_path)
        if args.json:
            print(json_dumps([b.to_json() for b in backups], indent=2))
        else:
            print_backups(backups, sys.stdout)
            if backups:
                print("恢复其中一个 / To restore one: zzreader restore N")
        return EXIT_OK if backups else EXIT_FAILED
    result = rs.restore(library_path, rs.resolve(library_path, args.backup))
    if args.json:
        print(json_dumps({
            "library": str(result.library),
            "restored_from": str(result.restored_from),
            "previous": str(result.previous) if result.previous else None,
        }, indent=2))  # fmt: skip
    else:
        source, library = shown.name(result.restored_from), shown.name(result.library)
        print(f"已从 {source} 恢复书库 {library} / Restored {library} from {source}")
        if result.previous is not None:
            kept = shown.name(result.previous)
            print(f"恢复前的书库保存在 {kept} / The library as it was is kept at {kept}")
    return EXIT_OK
