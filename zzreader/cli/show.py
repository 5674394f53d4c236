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


def cmd_show(args: argparse.Namespace) -> int:
    """Print each article found; one line for each id that names none, and exit 1 then."""
    missing: list[int] = []
    with open_for_command(getattr(args, "library", None)) as library:
        found = article_export.chosen(library, args.article_ids, missing)
        article_export.write(library, sys.stdout, args.format, found)
    sys.stdout.flush()
    for article_id in dict.fromkeys(missing):
        print(f"没有编号为 {article_id} 的文章 / No article has the id {article_id}", file=sys.stderr)
    return EXIT_FAILED if missing else EXIT_OK
