"""`zzreader show`: print articles by id, as the page reads them.

    zzreader search 防汛 --limit 5          # each hit ends with its id, e.g. (#1520)
    zzreader show 1520 1533                 # read them in the terminal
    zzreader show 1520 --format md > 防汛.md

The hits of `search` name their article ids; this is how a script, or a
reporter at a terminal, reads those articles whole. The writers are the
articles export's (core/article_export.py), so `show --format jsonl` is one
line of `export articles --format jsonl`.
"""

from __future__ import annotations

import argparse
import sys

from zzreader.cli import args as cli_args
from zzreader.cli.backup import open_for_command
from zzreader.cli.codes import EXIT_FAILED, EXIT_OK
from zzreader.core import article_export

SHOW_FORMATS = ("txt", "md", "jsonl")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `show` to the CLI."""
    p = subparsers.add_parser("show", help="按 id 显示文章全文 / print articles by id")
    p.add_argument("article_ids", type=cli_args.article_id, nargs="+", metavar="ARTICLE_ID",
                   help="文章 id（检索结果末尾的 #数字）/ article ids (the #number a search hit ends with)")
    p.add_argument("--format", choices=SHOW_FORMATS, default="txt",
                   help="格式：txt（默认）、md、jsonl / format: txt (default), md, jsonl")
    p.set_defaults(func=cmd_show)


# Ids named in the one line for those that name no article; the rest are counted.
MAX_MISSING_SHOWN = 20


def cmd_show(args: argparse.Namespace) -> int:
    """Print each article found, once however often its id is given; one line for the ids
    that name none, and exit 1 then.

    `show $(seq 100000)` on a library of 1,000 articles printed 99,000 lines on stderr,
    and `show` of one id given 100,000 times printed that article 100,000 times (106 MB).
    """
    missing: list[int] = []
    ids = list(dict.fromkeys(args.article_ids))
    with open_for_command(getattr(args, "library", None)) as library:
        found = article_export.chosen(library, ids, missing)
        article_export.write(library, sys.stdout, args.format, found)
    sys.stdout.flush()
    if missing:
        print(missing_line(missing), file=sys.stderr)
    return EXIT_FAILED if missing else EXIT_OK


def missing_line(missing: list[int]) -> str:
    """One line for the ids that name no article: the first MAX_MISSING_SHOWN, then how many more."""
    if len(missing) == 1:
        return f"没有编号为 {missing[0]} 的文章 / No article has the id {missing[0]}"
    shown_ids = ", ".join(map(str, missing[:MAX_MISSING_SHOWN])) + (", …" if len(missing) > MAX_MISSING_SHOWN else "")
    n = len(missing)  # the same list in both halves, after the label (i18n.pick keeps it once)
    return f"{n} 个编号没有对应的文章：{shown_ids} / {n} ids name no article: {shown_ids}"
