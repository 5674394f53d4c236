"""Library commands: parse, import, search, export, stats and compact.

Each `cmd_*` takes the parsed arguments and returns an exit code; `register`
adds their parsers. `zzreader/cli/__init__.py` wires them with the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from zzreader.cli import annotation as annotation_commands
from zzreader.cli import args as cli_args
from zzreader.cli import corrections as correction_commands
from zzreader.cli import language
from zzreader.cli.backup import open_for_command
from zzreader.cli.codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from zzreader.core import atomic_file, folder_walk, shown, text_width
from zzreader.core.export_text import json_dumps
from zzreader.core.models import Article, Issue
from zzreader.core.store import Library

SORTS = ("relevance", "date", "oldest")  # core/search.py SORTS; importing it would load the search
SORT_HELP = "顺序：相关度（默认）、date 新→旧、oldest 旧→新 / order: relevance (default), date newest first, oldest"
MAX_WARNINGS_SHOWN = 3  # per file in the import summary; --json has them all

STATUS_LABELS = {
    "imported": "导入 / imported",
    "unchanged": "未变 / unchanged",
    "duplicate": "重复 / duplicate",
    "updated": "更新 / updated",
    "failed": "失败 / failed",
    "skipped": "跳过 / skipped",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="解析一个文件 / parse one raw issue file")
    p.add_argument("file", metavar="FILE", type=cli_args.path)
    p.add_argument("--json", action="store_true", help="输出 JSON / print the issue as JSON")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("import", help="导入文件或文件夹 / import files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", type=cli_args.path, help=".txt/.md files or folders")
    p.add_argument("--json", action="store_true", help="输出 JSON 报告 / print a JSON report")
    p.add_argument(
        "--replace", action="store_true",
        help="同日期同期号的已有一期用本文件替换 / replace a stored issue with the same date and number",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="全文检索 / full-text search")
    p.add_argument("query", metavar="QUERY", help="检索式；- 表示逐行读标准输入 / query; - reads stdin")
    p.add_argument(
        "--limit", type=cli_args.count, default=20, metavar="N", help="最多结果数，0 为全部 / max hits, 0 = all"
    )
    p.add_argument("--from", dest="date_from", type=cli_args.date, metavar="DATE", help="起始日期 / from date")
    p.add_argument("--to", dest="date_to", type=cli_args.date, metavar="DATE", help="截止日期 / to date")
    p.add_argument("--sort", choices=SORTS, default="relevance", help=SORT_HELP)
    p.add_argument("--json", action="store_true", help="每个检索一行 JSON / one JSON line per query")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="导出 / export articles or annotations")
    p.add_argument("what", choices=["articles", "annotations", "corrections"], help="导出内容 / what to export")
    p.add_argument(
        "--format",
        choices=["jsonl", "txt", *annotation_commands.ANNOTATION_FORMATS],
        help="格式：文章 jsonl|csv|md|txt（默认 jsonl）；批注 md|csv|json（默认 md） / format: articles jsonl, "
        "csv, md or txt (default jsonl); annotations md, csv or json (default md)",
    )
    p.add_argument("--output", metavar="FILE", type=cli_args.output, help="输出文件（默认标准输出）/ output file")
    p.add_argument(
        "--query", metavar="QUERY",
        help="只导出检索到的文章，按检索的顺序 / articles: only those this search finds, in its order",
    )
    p.add_argument("--from", dest="date_from", type=cli_args.date, metavar="DATE", help="起始日期 / from date")
    p.add_argument("--to", dest="date_to", type=cli_args.date, metavar="DATE", help="截止日期 / to date")
    p.add_argument("--sort", choices=SORTS, help=SORT_HELP)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="书库概况 / library statistics")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "compact",
        help="整理书库，归还空闲空间 / merge the search index and give unused space back",
        description="合并检索索引并执行 VACUUM；需要约与书库同样大小的磁盘空间 / Merges the full-text "
        "index and runs VACUUM; needs about the library's size in free disk space.",
    )
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_compact)


def _open(args: argparse.Namespace) -> Library:
    return open_for_command(args.library)


# -- parse ---------------------------------------------------------------------
def cmd_parse(args: argparse.Namespace) -> int:
    from zzreader.core.parse import parse_file

    issue = parse_file(args.file)
    if args.json:
        print(json_dumps(issue.to_json(), indent=2))
    else:
        print(issue_outline(issue))
    return EXIT_OK


def issue_outline(issue: Issue) -> str:
    """A readable outline of a parsed issue: masthead facts, then one line per article.

    Values with a word of each language in them (a date, an issue number) are
    put in the shown language here: the streams pick a whole line, and a line
    led by a file name or a date lost its start (cli/language.py)."""
    say = language.say
    dated = (f"{issue.date} ({language.date_source_name(issue.date_source)})" if issue.date
             else say("未注明日期", "undated"))
    head = [f"{issue.source}  {dated}"]
    facts = [say(f"第{issue.number}期", f"No. {issue.number}") if issue.number is not None else "",
             say(f"今日{issue.pages}版", f"{issue.pages} pages") if issue.pages is not None else ""]  # fmt: skip
    if any(facts):
        head.append("  ".join(part for part in facts if part))
    head.append(f"{len(issue.articles)} 篇 / articles, 编码 / encoding: {issue.encoding}")
    lines = head + [language.after("  ! ", w) for w in issue.warnings] + [""]
    section = None
    for n, article in enumerate(issue.articles, start=1):
        if article.section != section:
            section = article.section
            lines.append(f"【{section or '—'}】")
        lines.append(f"{n:3d}. {_article_line(article)}")
    for u in issue.unassigned:
        first = u.text.split("\n", 1)[0][:40]
        lines.append(f"  ? {say('未归属', 'unassigned')} L{u.line_start}-{u.line_end}: {first}")
    return "\n".join(lines)


def _article_line(a: Article) -> str:
    title = a.title + (f" — {a.subtitle}" if a.subtitle else "")
    people = "、".join(a.authors)
    extra = f"  [{people}]" if people else ""
    size = language.say(f"{len(a.text)} 字", f"{len(a.text)} chars")
    return f"{title}  ({language.type_name(a.type)}, {size}, L{a.line_start}-{a.line_end}){extra}"


# -- import --------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from zzreader.cli import first_import
    from zzreader.core.importer import import_paths

    new = first_import.about_to_make(args.library)
    with open_for_command(args.library, create=True) as library:
        if args.json:
            report = import_paths(library, args.paths, replace=args.replace)
            print(json_dumps(report.to_json(), indent=2))
        else:
            report = _import_with_bar(library, args.paths, args.replace)
            _print_import_summary(report, sys.stdout)
        for notice in library.take_planted_notices():  # another program's trigger, removed mid-import
            print(language.after("! ", notice), file=sys.stderr)
    if new is not None and report.failed and first_import.stored_nothing(report.counts):
        new.remove()
    return EXIT_FAILED if report.failed else EXIT_OK


def _import_with_bar(library: Library, paths: list[str], replace: bool = False) -> Any:
    """Import with a tqdm bar on stderr (shown only on a terminal)."""
    from tqdm import tqdm

    from zzreader.core.importer import import_paths

    # No monitor thread: with a second thread running, the importer starts its
    # parse workers through a fork server instead of forking (core/importer.py
    # _pool_context), and a Ctrl+C then left workers that died half-started
    # printing tracebacks.
    tqdm.monitor_interval = 0
    bars: list[Any] = []

    def progress(done: int, total: int, path: Path | None) -> None:
        if not bars:  # the first call (0, total, None) says how many files there are
            bars.append(tqdm(total=total, unit="file", file=sys.stderr, disable=None, leave=False))
        bar = bars[0]
        if path is not None:
            bar.set_postfix_str(shown.name(path.name), refresh=False)
        bar.update(done - bar.n)

    try:
        return import_paths(library, paths, progress=progress, replace=replace)
    finally:
        for bar in bars:
            bar.close()


def _print_import_summary(report: Any, out: TextIO) -> None:
    counts = report.counts
    print("  ".join(f"{STATUS_LABELS[s]}: {n}" for s, n in counts.items()), file=out)
    for f in report.files:  # a file name may hold a newline or an escape: one line each (core/shown.py)
        name = shown.name(f.path)
        if f.status == "failed":
            print(language.after(f"✗ {name}: ", shown.line(f.error)), file=out)
        elif f.status == "skipped":
            print(language.after(f"- {name}: ", shown.line(f.warnings[0] if f.warnings else "")), file=out)
        elif f.duplicate_of:
            same = shown.name(f.duplicate_of)
            print(language.after(f"= {name}: ", f"与已有的 {same} 是同一期 / same issue as {same}"), file=out)
        elif f.warnings and f.status != "unchanged":
            print(f"! {name}: {len(f.warnings)} 条提示 / warnings", file=out)
            for w in f.warnings[:MAX_WARNINGS_SHOWN]:
                print(language.after("    ", shown.line(w)), file=out)
    if report.cancelled:
        print(f"已取消，{report.not_done} 个文件未处理 / Cancelled, {report.not_done} files left", file=out)
    if report.found_nothing:
        print(folder_walk.NOTHING_FOUND, file=sys.stderr)


# -- search (the body belongs to zzreader.cli.search_command) -------------------
def cmd_search(args: argparse.Namespace) -> int:
    from zzreader.cli import search_command

    with _open(args) as library:
        if args.query == "-":
            return search_command.answer_lines(library, args, sys.stdin, sys.stdout)
        return search_command.run_cli_query(library, args.query, args, sys.stdout)


# -- export --------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    if args.what != "articles" and any(v is not None for v in (args.query, args.date_from, args.date_to, args.sort)):
        print("--query、--from、--to 和 --sort 只用于导出文章 / --query, --from, --to and --sort are for "
              "exporting articles", file=sys.stderr)
        return EXIT_USAGE
    if args.what == "annotations":
        return annotation_commands.cmd_export_annotations(args)
    if args.what == "corrections":
        if args.format not in (None, "json"):  # CSV asked for, JSON written: say so instead
            print("修订只能导出为 json / Corrections export only as json", file=sys.stderr)
            return EXIT_USAGE
        with _open(args) as library:
            return correction_commands.export_to(library, args.output)
    return _export_articles(args)


def _export_articles(args: argparse.Namespace) -> int:
    """Every article, or those a query finds (core/article_export.py)."""
    from zzreader.core import article_export

    fmt = args.format or "jsonl"
    if fmt not in article_export.FORMATS:
        print(f"文章导出格式为 jsonl|csv|md|txt，不是 {fmt} / Articles export as jsonl, csv, md or txt, not {fmt}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.query is None and (args.date_from or args.date_to or args.sort):
        print("--from、--to 和 --sort 要与 --query 一起用 / --from, --to and --sort go with --query", file=sys.stderr)
        return EXIT_USAGE
    with _open(args) as library:
        if args.query is None:
            articles, total = library.iter_articles(), 0
        else:
            ids = article_export.found(library, args.query, date_from=args.date_from, date_to=args.date_to,
                                       sort=args.sort or "relevance")
            articles, total = article_export.chosen(library, ids), len(ids)
        if args.output:
            encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # a spreadsheet reads the Chinese as UTF-8
            with atomic_file.text_file(args.output, encoding, newline="" if fmt == "csv" else "\n") as out:
                n, issueless = article_export.write(library, out, fmt, articles, total)  # whole or not at all
            name = shown.name(args.output)  # quoted in both halves: a name may hold " / " (i18n.pick)
            print(f'已导出 {n} 篇到 "{name}" / Exported {n} articles to "{name}"', file=sys.stderr)
        else:
            _n, issueless = article_export.write(library, sys.stdout, fmt, articles, total)
        if issueless:  # another tool cut them from their issue (core/issueless.py): exported without one
            print(f"其中 {issueless} 篇不在任何一期中 / {issueless} in no issue (exported with an empty source)",
                  file=sys.stderr)
    return EXIT_OK


# -- stats ---------------------------------------------------------------------
def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as library:
        s = library.stats()
    if args.json:
        data = {
            "library": str(library.path),
            "issues": s.issues,
            "articles": s.articles,
            "first_date": s.first_date,
            "last_date": s.last_date,
            "size_bytes": s.size_bytes,
        }
        print(json_dumps(data, indent=2))
    else:
        # the file name and the stored dates (another tool may have written anything) on one line each
        span = f"{shown.name(s.first_date)} — {shown.name(s.last_date)}" if s.first_date else "—"
        _print_fields([
            ("书库", "Library", shown.name(library.path)), ("期数", "Issues", str(s.issues)),
            ("文章", "Articles", str(s.articles)), ("日期", "Dates", span),
            ("大小", "Size", _human_size(s.size_bytes)),
        ])  # fmt: skip
    return EXIT_OK


def _print_fields(rows: list[tuple[str, str, str]]) -> None:
    """Labelled values, aligned, in the shown language: a value after a label pair
    ("书库 / Library: library") was dropped when it looked like an English word."""
    labels = [language.say(zh, en) + ":" for zh, en, _ in rows]
    cells = max(text_width.width(label) for label in labels)
    for label, (_, _, value) in zip(labels, rows, strict=True):
        print(f"{text_width.pad(label, cells)} {value}")


# -- compact ---------------------------------------------------------------------
def cmd_compact(args: argparse.Namespace) -> int:
    from zzreader.core.compact import compact

    with _open(args) as library:
        report = compact(library)
    if args.json:
        print(json_dumps({"library": str(library.path), "before_bytes": report.before,
                          "after_bytes": report.after}, indent=2))
    else:
        _print_fields([("整理前", "Before", _human_size(report.before)),
                       ("整理后", "After", _human_size(report.after))])
    return EXIT_OK


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"

