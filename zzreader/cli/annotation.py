"""Annotation commands of the `zzreader` command line (Qt-free, thin over the core).

    zzreader highlight ARTICLE_ID QUOTE [--occurrence N] [--color C] [--style S]
                       [--note TEXT] [--tag TAG]...
    zzreader tag TAG --search QUERY
    zzreader export annotations --format md|csv|json [--output FILE]
    zzreader import-annotations FILE

`zzreader.cli.build_parser()` calls `register(subparsers)` once. `export`
belongs to the main CLI (`export articles`); `register` adds the
`annotations` choice and its formats to that parser and routes it here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zzreader.cli import args as cli_args
from zzreader.cli.backup import open_for_command
from zzreader.cli.reasons import list_reasons
from zzreader.core import shown
from zzreader.core.choices import ANNOTATION_FORMATS
from zzreader.core.palette import COLORS, STYLES
from zzreader.core.store import Library
from zzreader.core.tags import clean_tag

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the annotation subcommands (and `export annotations`) to the CLI."""
    p = subparsers.add_parser(
        "highlight", help="划线并加批注 / highlight a quote in an article, print its id"
    )
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID", help="文章 id（见 export articles） / article id (see export articles)")
    p.add_argument("quote", metavar="QUOTE", help="要划线的原文 / the exact words to highlight")
    p.add_argument(
        "--occurrence", type=cli_args.positive, default=1, metavar="N", help="第 N 处出现 / the N-th occurrence"
    )
    p.add_argument("--color", choices=COLORS, default="yellow", help="颜色 / colour")
    p.add_argument("--style", choices=STYLES, default="highlight", help="样式 / style")
    p.add_argument("--note", default="", metavar="TEXT", help="批注（Markdown） / note (Markdown)")
    p.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="标签，可重复 / tag (repeatable)"
    )
    p.set_defaults(func=cmd_highlight)

    p = subparsers.add_parser("tag", help="给检索到的文章加标签 / tag every article a search finds")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("--search", required=True, metavar="QUERY", help="检索式 / search query")
    p.set_defaults(func=cmd_tag)

    p = subparsers.add_parser(
        "import-annotations", help="导入 W3C 批注 JSON（可重复导入） / import W3C annotation JSON"
    )
    p.add_argument("file", metavar="FILE", type=cli_args.path, help="W3C Web Annotation JSON（- 为标准输入） / W3C Web Annotation JSON (- reads stdin)")
    p.set_defaults(func=cmd_import_annotations)


def _open(args: argparse.Namespace) -> Library:
    return open_for_command(getattr(args, "library", None))


# -- highlight -------------------------------------------------------------------------------
def cmd_highlight(args: argparse.Namespace) -> int:
    """Print the new highlight's id; a quote not in the article is an error."""
    with _open(args) as library:
        h = library.highlights.add_quote(args.article_id,
            args.quote,
            occurrence=args.occurrence,
            color=args.color,
            style=args.style,
            note=args.note,
            tags=args.tag,
        ).value
    print(h.id)
    return EXIT_OK


# -- tag --------------------------------------------------------------------------------------
def cmd_tag(args: argparse.Namespace) -> int:
    from zzreader.core import search

    with _open(args) as library:
        result = search.search(library, args.search, limit=None)
        ids = [hit.article_id for hit in result.hits]
        added = library.tags.tag_articles(args.tag, ids).value if ids else 0
        name = clean_tag(args.tag)
    print(
        f"「{args.search}」找到 {len(ids)} 篇，新加标签「{name}」{added} 篇 / "
        f'{len(ids)} articles found, {added} newly tagged "{name}"'  # quoted: a name may hold " / "
    )
    return EXIT_OK


# -- export annotations -----------------------------------------------------------------------
def cmd_export_annotations(args: argparse.Namespace) -> int:
    from zzreader.core import export  # with its command: Markdown, the W3C writer

    fmt = args.format or "md"
    if fmt not in ANNOTATION_FORMATS:
        print(
            f"批注导出格式为 md|csv|json，不是 {fmt} / Annotations export as md, csv or json, not {fmt}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    with _open(args) as library:
        if args.output:
            n = export.save_annotations(library, fmt, args.output)
            name = shown.name(args.output)  # quoted in both halves: a name may hold " / " (i18n.pick)
            print(f'已导出 {n} 条批注到 "{name}" / Exported {n} annotations to "{name}"', file=sys.stderr)
        else:
            export.write_annotations(library, fmt, sys.stdout)
    return EXIT_OK


# -- import annotations -----------------------------------------------------------------------
def cmd_import_annotations(args: argparse.Namespace) -> int:
    from zzreader.core import w3c  # with its command

    data = _read_json(args.file)
    with _open(args) as library:
        report = w3c.import_w3c(library, data, source=args.file if args.file != "-" else "")
    print(report.summary())
    list_reasons("跳过 / skipped", report.skipped)
    list_reasons("冲突 / conflict", report.conflicts)
    list_reasons("未定位 / not placed", list(report.unplaced))  # kept unplaced, each with why (core/quote_place.py)
    return EXIT_OK


def _read_json(name: str) -> object:
    """The file's JSON after the size and depth checks of core/w3c_validate.py."""
    from zzreader.core import w3c_validate

    if name == "-":
        return w3c_validate.load_stream(sys.stdin.buffer, "-")
    if not Path(name).exists():
        raise cli_args.UsageError(f"无法读取 {name} / Cannot read {name}: 文件不存在 / no such file")
    return w3c_validate.load_file(name)
