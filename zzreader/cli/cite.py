"""`zzreader cite`: print citations of articles, or of a collection, for a reference manager.

    zzreader cite 12 40 --format gbt7714
    zzreader cite --collection 论文素材 --format ris --output 素材.ris   (Zotero: File > Import)

One module for the command; `zzreader/cli/__init__.py` only calls `register`.
"""

from __future__ import annotations

import argparse
import sys

from zzreader.cli import args as cli_args
from zzreader.cli.backup import open_for_command
from zzreader.core import atomic_file, shown
from zzreader.core.choices import CITATION_FORMATS
from zzreader.core.store import Library

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `cite` to the CLI."""
    p = subparsers.add_parser("cite", help="引用格式 / print citations of articles or a collection")
    p.add_argument("article_ids", type=cli_args.article_id, nargs="*", metavar="ARTICLE_ID", help="文章 id / article ids")
    p.add_argument(
        "--format", choices=CITATION_FORMATS, default="gbt7714",
        help="格式：gbt7714（默认）、csl-json、ris、bibtex / format: gbt7714 (default), csl-json, ris, bibtex",
    )
    p.add_argument(
        "--collection", metavar="NAME_OR_ID", help="引用合集中的全部文章 / cite a whole collection"
    )
    p.add_argument("--output", metavar="FILE", type=cli_args.output, help="输出文件（默认标准输出）/ output file")
    p.set_defaults(func=cmd_cite)


def collection_ids(library: Library, name_or_id: str) -> list[int]:
    """The article ids of a collection named (or numbered) `name_or_id`, in reading order."""
    wanted = name_or_id.strip()
    for info in library.collections.all():
        if info.name == wanted or str(info.id) == wanted:
            return library.collections.article_ids(info.id)
    raise cli_args.UsageError(f'没有这个合集 "{wanted}" / No such collection: "{wanted}"')  # a name may hold " / "


def _nothing_to_cite(library: Library, name_or_id: str) -> str:
    """One line on a collection with no article: empty, or its entries name none (another tool's)."""
    name = shown.name(name_or_id.strip())
    wanted = name_or_id.strip()
    info = next(i for i in library.collections.all() if i.name == wanted or str(i.id) == wanted)
    with library.lock:
        dangling = library.db.execute(
            "SELECT count(*) FROM collection_articles WHERE collection_id = ? "
            "AND article_id NOT IN (SELECT id FROM articles)", [info.id]).fetchone()[0]
    extra = f"（{dangling} 条指向不存在的文章）" if dangling else ""
    extra_en = f" ({dangling} {'entry names' if dangling == 1 else 'entries name'} no article)" if dangling else ""
    return f"合集 {name} 中没有可引用的文章{extra} / The collection {name} holds no article to cite{extra_en}"


def _citable(library: Library, ids: list[int]) -> list[int]:
    """A collection's articles that have an issue to cite by. One that another tool cut
    from its issue (core/issueless.py) is passed over with a note: it refused the whole
    collection ("in no issue"), though the user named only the collection."""
    from zzreader.core import issueless

    with library.lock:
        kept = [i for i in ids if not issueless.is_issueless(library.db, i)]
    if len(kept) < len(ids):
        n = len(ids) - len(kept)
        print(f"其中 {n} 篇不在任何一期中，未引用 / {n} in no issue, not cited", file=sys.stderr)
    return kept


def cmd_cite(args: argparse.Namespace) -> int:
    from zzreader.core import citations  # with its command: bibtexparser and rispy

    if not args.article_ids and not args.collection:
        print("请给出文章 id 或 --collection / Give article ids or --collection", file=sys.stderr)
        return EXIT_USAGE
    with open_for_command(getattr(args, "library", None)) as library:
        ids = list(args.article_ids)
        if args.collection:
            ids += _citable(library, collection_ids(library, args.collection))
        if not ids:  # printing nothing and exit 0 looked like a citation file that was written
            print(_nothing_to_cite(library, args.collection), file=sys.stderr)
            return EXIT_FAILED
        text = citations.render(citations.citations(library, ids), args.format)
    if args.output:  # written whole or not at all; a folder that cannot be written is one line, exit 2
        atomic_file.write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK
