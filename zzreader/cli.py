"""The `zzreader` command: a thin layer over `zzreader.core`.

Without a subcommand it opens the reader window. Qt is imported only inside
that branch, so scripts and servers that only parse, import, search or export
never load PySide6 (an import-linter contract and a test keep it so).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from zzreader import __version__, annotate_cli, cli_args, cli_backup
from zzreader.core.errors import ZZReaderError
from zzreader.core.library_paths import ENV_VAR, choose_library, open_chosen_library
from zzreader.core.models import Article, Issue
from zzreader.core.store import IssueSummary, Library

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MAX_WARNINGS_SHOWN = 3  # per file in the import summary; --json has them all

STATUS_LABELS = {
    "imported": "导入 / imported",
    "unchanged": "未变 / unchanged",
    "updated": "更新 / updated",
    "failed": "失败 / failed",
}


def build_parser() -> argparse.ArgumentParser:
    parser = cli_args.Parser(
        prog="zzreader",
        description="株洲日报阅读器 / Read, annotate and search 株洲日报 back issues offline. "
        "Without a command, opens the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"zzreader {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help=f"书库文件 / library file (default: ${ENV_VAR}, else the per-user data folder)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="打开窗口、存 PNG 截图后退出 / open the window, save a PNG of it and exit",
    )
    parser.add_argument(
        "--new-window",
        action="store_true",
        help="另开一个窗口，即使书库已在窗口中打开 / open a second window even if one is open",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="自检后退出 / run the built-in self-test and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="解析一个文件 / parse one raw issue file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="输出 JSON / print the issue as JSON")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("import", help="导入文件或文件夹 / import files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders")
    p.add_argument("--json", action="store_true", help="输出 JSON 报告 / print a JSON report")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="全文检索 / full-text search")
    p.add_argument("query", metavar="QUERY", help="检索式；- 表示逐行读标准输入 / query; - reads stdin")
    p.add_argument(
        "--limit", type=cli_args.count, default=20, metavar="N", help="最多结果数，0 为全部 / max hits, 0 = all"
    )
    p.add_argument("--from", dest="date_from", metavar="DATE", help="起始日期 / from date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="截止日期 / to date")
    p.add_argument("--json", action="store_true", help="每个检索一行 JSON / one JSON line per query")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="导出 / export articles or annotations")
    p.add_argument("what", choices=["articles", "annotations"], help="导出内容 / what to export")
    p.add_argument(
        "--format",
        choices=["jsonl", *annotate_cli.ANNOTATION_FORMATS],
        help="格式 / format: articles jsonl; annotations md|csv|json (默认 md)",
    )
    p.add_argument("--output", metavar="FILE", help="输出文件（默认标准输出）/ output file")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="书库概况 / library statistics")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_stats)

    annotate_cli.register(sub)
    cli_backup.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            return run_self_test(args)
        if args.command is None:
            return run_gui(args)
        return args.func(args)
    except (ZZReaderError, OSError) as exc:
        # Bad input (a missing folder, an unknown id, an unreadable query) is
        # one line and exit 2; anything else the core refused is exit 1.
        usage = cli_args.usage_message(exc)
        if usage is None and not isinstance(exc, ZZReaderError):
            raise
        print(usage or exc, file=sys.stderr)
        return EXIT_USAGE if usage is not None else EXIT_FAILED
    except KeyboardInterrupt:
        print("已中断 / Interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `zzreader export articles | head`
        sys.stderr.close()
        return EXIT_OK


def _utf8_streams() -> None:
    """Pipes and files get UTF-8 whatever the locale, so JSON output is portable."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _open(args: argparse.Namespace) -> Library:
    return cli_backup.open_for_command(args.library)


# -- window and self-test (written elsewhere; loaded only when asked for) ------
def run_gui(args: argparse.Namespace) -> int:
    """Open the reader window (or take a screenshot) on the chosen library."""
    # Create / migrate / seed before the window opens; the window takes the
    # daily backup itself, in its write lane, so start-up never waits for it.
    with open_chosen_library(args.library) as library:
        path = library.path
    try:
        # Loaded by name, only here: the cli never depends on the GUI package
        # (import-linter contract), yet `zzreader` alone still opens the window.
        gui_main = importlib.import_module("zzreader.gui.app").main
    except ModuleNotFoundError as exc:
        if exc.name not in ("zzreader.gui.app", "PySide6"):
            raise
        print(
            "图形界面不可用 / The reader window is not available "
            f"({exc.name}). 可用命令见 / See: zzreader --help",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return int(gui_main(path, screenshot=args.screenshot, new_window=args.new_window) or 0)


def run_self_test(args: argparse.Namespace) -> int:
    try:
        from zzreader.selftest import main as self_test_main
    except ModuleNotFoundError as exc:
        if exc.name != "zzreader.selftest":
            raise
        print("自检不可用 / The self-test is not available.", file=sys.stderr)
        return EXIT_FAILED
    choice = choose_library(args.library)
    return int(self_test_main(None if choice.is_default else choice.path) or 0)


# -- parse ---------------------------------------------------------------------
def cmd_parse(args: argparse.Namespace) -> int:
    from zzreader.core.parse import parse_file

    issue = parse_file(args.file)
    if args.json:
        print(json.dumps(issue.to_json(), ensure_ascii=False, indent=2))
    else:
        print(issue_outline(issue))
    return EXIT_OK


def issue_outline(issue: Issue) -> str:
    """A readable outline of a parsed issue: masthead facts, then one line per article."""
    head = [
        f"{issue.source}  {issue.date or '未注明日期 / undated'} ({issue.date_source})",
    ]
    if issue.number is not None or issue.pages is not None:
        head.append(
            "  ".join(
                part
                for part in (
                    f"第{issue.number}期" if issue.number is not None else "",
                    f"今日{issue.pages}版" if issue.pages is not None else "",
                )
                if part
            )
        )
    head.append(f"{len(issue.articles)} 篇 / articles, 编码 / encoding {issue.encoding}")
    lines = head + [f"  ! {w}" for w in issue.warnings] + [""]
    section = None
    for n, article in enumerate(issue.articles, start=1):
        if article.section != section:
            section = article.section
            lines.append(f"【{section or '—'}】")
        lines.append(f"{n:3d}. {_article_line(article)}")
    for u in issue.unassigned:
        first = u.text.split("\n", 1)[0][:40]
        lines.append(f"  ? 未归属 / unassigned L{u.line_start}-{u.line_end}: {first}")
    return "\n".join(lines)


def _article_line(a: Article) -> str:
    title = a.title + (f" — {a.subtitle}" if a.subtitle else "")
    people = "、".join(a.authors)
    extra = f"  [{people}]" if people else ""
    return f"{title}  ({a.type}, {len(a.text)} 字, L{a.line_start}-{a.line_end}){extra}"


# -- import --------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from zzreader.core.importer import import_paths

    with _open(args) as library:
        if args.json:
            report = import_paths(library, args.paths)
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            report = _import_with_bar(library, args.paths)
            _print_import_summary(report, sys.stdout)
    return EXIT_FAILED if report.failed else EXIT_OK


def _import_with_bar(library: Library, paths: list[str]) -> Any:
    """Import with a tqdm bar on stderr (shown only on a terminal)."""
    from tqdm import tqdm

    from zzreader.core.importer import import_paths

    bars: list[Any] = []

    def progress(done: int, total: int, path: Path | None) -> None:
        if not bars:  # the first call (0, total, None) says how many files there are
            bars.append(tqdm(total=total, unit="file", file=sys.stderr, disable=None, leave=False))
        bar = bars[0]
        if path is not None:
            bar.set_postfix_str(path.name, refresh=False)
        bar.update(done - bar.n)

    try:
        return import_paths(library, paths, progress=progress)
    finally:
        for bar in bars:
            bar.close()


def _print_import_summary(report: Any, out: TextIO) -> None:
    counts = report.counts
    print("  ".join(f"{STATUS_LABELS[s]}: {n}" for s, n in counts.items()), file=out)
    for f in report.files:
        if f.status == "failed":
            print(f"✗ {f.path}: {f.error}", file=out)
        elif f.warnings and f.status != "unchanged":
            print(f"! {f.path}: {len(f.warnings)} 条提示 / warnings", file=out)
            for w in f.warnings[:MAX_WARNINGS_SHOWN]:
                print(f"    {w}", file=out)
    if report.cancelled:
        print(f"已取消，{report.not_done} 个文件未处理 / Cancelled, {report.not_done} files left", file=out)


# -- search (the body belongs to zzreader.core.search) ---------------------------
def cmd_search(args: argparse.Namespace) -> int:
    from zzreader.core import search

    with _open(args) as library:
        if args.query == "-":
            return _search_stream(library, args, sys.stdin, sys.stdout)
        return search.run_cli_query(library, args.query, args, sys.stdout)


def _search_stream(library: Library, args: argparse.Namespace, src: TextIO, out: TextIO) -> int:
    """Answer each query line as soon as it arrives (a search backend for other tools)."""
    from zzreader.core import search

    status = EXIT_OK
    for line in src:
        query = line.rstrip("\r\n")
        if not query.strip():
            continue
        status = max(status, search.run_cli_query(library, query, args, out))
        out.flush()
    return status


# -- export --------------------------------------------------------------------
def article_export_json(issue: IssueSummary, article: Article) -> dict:
    """One line of `export articles --format jsonl` (documented in README.md)."""
    return {
        "id": article.id,
        "issue_date": issue.date,
        "source": issue.source,
        "title": article.title,
        "subtitle": article.subtitle,
        "section": article.section,
        "type": article.type,
        "reporters": article.reporters,
        "correspondents": article.correspondents,
        "photographers": article.photographers,
        "text": article.text,
    }


def cmd_export(args: argparse.Namespace) -> int:
    if args.what == "annotations":
        return annotate_cli.cmd_export_annotations(args)
    if args.format not in (None, "jsonl"):
        print("文章只能导出为 jsonl / Articles export only as jsonl", file=sys.stderr)
        return EXIT_USAGE
    with _open(args) as library:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="\n") as out:
                n = _export_articles(library, out)
            print(f"已导出 {n} 篇 / Exported {n} articles to {args.output}", file=sys.stderr)
        else:
            _export_articles(library, sys.stdout)
    return EXIT_OK


def _export_articles(library: Library, out: TextIO) -> int:
    n = 0
    for issue, article in library.iter_articles():
        out.write(json.dumps(article_export_json(issue, article), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


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
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        span = f"{s.first_date} — {s.last_date}" if s.first_date else "—"
        print(f"书库 / Library: {library.path}")
        print(f"期数 / Issues:   {s.issues}")
        print(f"文章 / Articles: {s.articles}")
        print(f"日期 / Dates:    {span}")
        print(f"大小 / Size:     {_human_size(s.size_bytes)}")
    return EXIT_OK


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


if __name__ == "__main__":
    sys.exit(main())
