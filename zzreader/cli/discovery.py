"""Discovery commands of the `zzreader` command line (Qt-free, thin over core/discovery).

    zzreader trend QUERY... [--by month|year] [--from DATE] [--to DATE] [--csv FILE] [--json]
    zzreader calendar [--year Y] [--month M] [--json]
    zzreader onthisday [MM-DD] [--lunar DATE] [--json]
    zzreader people [--role reporter|correspondent|photographer|mentioned] [--json]
    zzreader places [--json] / zzreader orgs [--json]
    zzreader alias KIND ALIAS NAME [--remove]
    zzreader reprints [--min-chars N] [--rebuild] [--json]

`zzreader.cli.build_parser()` calls `add_parsers(subparsers)` once. The
entity and reprint indexes are brought up to date before they are listed
(only articles not yet indexed are read).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zzreader.cli import args as cli_args
from zzreader.cli import language
from zzreader.cli.backup import open_for_command
from zzreader.core import atomic_file, csv_safe, shown
from zzreader.core.choices import ENTITY_KIND_OF_COMMAND, ENTITY_ROLES, TREND_PERIODS
from zzreader.core.store import Library
from zzreader.core.export_text import json_dumps

REPRINT_MIN_CHARS = 200  # core/discovery/reprints.py MIN_CHARS (a test keeps the two equal)

EXIT_OK = 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the discovery subcommands to the CLI."""
    p = sub.add_parser("trend", help="词频趋势 / articles matching queries per month or year")
    p.add_argument("queries", nargs="+", metavar="QUERY", help="1–5 个检索式 / 1-5 queries")
    p.add_argument("--by", choices=TREND_PERIODS, default="month", help="按月或按年 / per month or year")
    p.add_argument("--from", dest="date_from", type=cli_args.date, metavar="DATE", help="起始日期 / from date")
    p.add_argument("--to", dest="date_to", type=cli_args.date, metavar="DATE", help="截止日期 / to date")
    p.add_argument("--csv", metavar="FILE", type=cli_args.path, help="数据另存为 CSV / also write the data as CSV")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_trend)

    p = sub.add_parser("calendar", help="出版日历 / issues by day and missing issues")
    p.add_argument("--year", type=cli_args.year, metavar="Y", help="只看一年 / one year only")
    p.add_argument("--month", type=cli_args.month, metavar="M", help="只看一个月（需 --year）/ one month (with --year)")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_calendar)

    p = sub.add_parser("onthisday", help="历年今日 / issues of this day in every year")
    p.add_argument("day", nargs="?", type=cli_args.date, metavar="MM-DD", help="默认今天 / default: today")
    p.add_argument("--lunar", type=cli_args.date, metavar="DATE", help="农历同日（给出公历日期）/ same lunar date as DATE")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_onthisday)

    for command, zh, en in (("people", "人物", "people"), ("places", "地点", "places"), ("orgs", "机构", "organisations")):
        p = sub.add_parser(command, help=f"{zh}索引 / index of {en}")
        if command == "people":
            p.add_argument("--role", choices=ENTITY_ROLES, help="角色 / role")
        p.add_argument("--limit", type=cli_args.count, default=0, metavar="N", help="最多条数，0 为全部 / max entries")
        p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
        p.set_defaults(func=cmd_entities, command_name=command)

    p = sub.add_parser("alias", help="合并别名 / list ALIAS under NAME in the people/places/orgs index")
    p.add_argument("kind", choices=list(ENTITY_KIND_OF_COMMAND), metavar="KIND", help="people|places|orgs")
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--remove", action="store_true", help="取消合并 / undo the merge")
    p.set_defaults(func=cmd_alias)

    p = sub.add_parser("reprints", help="重复刊发 / reprints and near-duplicates")
    p.add_argument("--min-chars", type=cli_args.positive, default=REPRINT_MIN_CHARS, metavar="N",
                   help=f"最短字数（默认 {REPRINT_MIN_CHARS}） / shortest article (default {REPRINT_MIN_CHARS})")
    p.add_argument("--rebuild", action="store_true", help="全部重算 / rebuild from scratch")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_reprints)


def _open(args: argparse.Namespace) -> Library:
    return open_for_command(getattr(args, "library", None))


def _print_json(data: Any) -> None:
    print(json_dumps(data, indent=2))


def cmd_trend(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import trends  # with its command

    with _open(args) as library:
        result = trends.trend(library, args.queries, args.by, args.date_from, args.date_to)
    if args.csv:
        with atomic_file.text_file(args.csv, "utf-8-sig", newline="") as fh:
            csv_safe.write_rows(fh, result.to_csv_rows())  # a query may start with "-" or "="
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    for s in result.series:
        print(f"「{s.query}」共 {s.total} 篇 / {s.total} articles")
        for p in s.points:
            if p.articles is None:
                print(f"  {p.period}  —  无报纸 / no issues")
            else:
                print(f"  {p.period}  {p.articles:5d} / {p.all_articles:<6d} {p.share or 0:.2%}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import issue_calendar  # with its command

    if args.month is not None and args.year is None:
        print("--month 需要 --year / --month needs --year", file=sys.stderr)
        return 2
    with _open(args) as library:
        data = issue_calendar.calendar(library, args.year, args.month)
    if args.json:
        _print_json(data)
        return EXIT_OK
    for i in data["issues"]:
        # The library's values, each one field: a planted line break in a number forged a day.
        n, p, day = (shown.field(str(i[k])) for k in ("number", "pages", "date"))
        number = language.say(f"第{n}期", f"No. {n}") if i["number"] is not None else ""
        pages = language.say(f"{p}版", f"{p} pp.") if i["pages"] is not None else ""
        print(f"{day}  {number:>10} {pages:>6}  {i['articles']} 篇 / articles  (#{i['issue_id']})")
    print(f"缺期 / missing: {len(data['missing'])}")
    for day in data["missing"]:
        print(f"  {day}")
    return EXIT_OK


def cmd_onthisday(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import issue_calendar  # with its command

    with _open(args) as library:
        if args.lunar:
            data = issue_calendar.same_lunar_date(library, args.lunar)
        else:
            data = issue_calendar.on_this_day(library, args.day)
    if args.json:
        _print_json(data)
        return EXIT_OK
    head = (f"农历 {data['lunar']['month']}月{data['lunar']['day']}日 / lunar {data['lunar']['month']}-{data['lunar']['day']}"
            if args.lunar else f"{data['day']}")
    count = len(data["issues"])
    print(f"{head}: " + language.say(f"{count} 期", f"{count} issue" + ("" if count == 1 else "s")))
    for i in data["issues"]:
        print(f"  {shown.field(str(i['date']))}  {i['articles']} 篇 / articles  (#{i['issue_id']})")
    return EXIT_OK


def cmd_entities(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import entities  # with its command

    kind = entities.KIND_OF_COMMAND[args.command_name]
    with _open(args) as library:
        entities.update(library)
        _say_not_updated(library, entities.unindexed)
        found = entities.entries(library, kind, getattr(args, "role", None), args.limit or None)
    if args.json:
        _print_json({"entries": [e.to_json() for e in found]})
        return EXIT_OK
    for e in found:
        roles = " ".join(f"{r}:{n}" for r, n in e.roles.items())
        name = shown.field(e.name)  # one field: a planted tab or line break made a forged row
        print(f"{name}\t{e.articles}\t{e.first or '?'} — {e.last or '?'}\t{roles}")
    return EXIT_OK


def _say_not_updated(library: Library, missing: Any) -> None:
    """A read-only library's index is listed as it is; one line says how much it lacks."""
    if library.read_only and (n := missing(library)):
        print(f"书库只读，索引未更新，缺 {n} 篇 / The library is read-only; its index was not brought "
              f"up to date and lacks {n} article(s)", file=sys.stderr)


def cmd_alias(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import entities  # with its command

    kind = entities.KIND_OF_COMMAND[args.kind]
    with _open(args) as library:
        if args.remove:
            alias = entities.remove_alias(library, kind, args.alias)
            print(f"已取消 / Unmerged: 「{alias}」")  # quoted: a name may hold " / " (i18n.pick)
            return EXIT_OK
        if not args.name:
            print("需要正名 NAME / NAME is required", file=sys.stderr)
            return 2
        alias, name = entities.merge_alias(library, kind, args.alias, args.name)
    print(f"「{alias}」 → 「{name}」")  # as stored: one line each, whatever was typed
    return EXIT_OK


def cmd_reprints(args: argparse.Namespace) -> int:
    from zzreader.core.discovery import reprints  # loads datasketch and numpy: only when asked for

    with _open(args) as library:
        if args.rebuild:
            reprints.rebuild(library)
        else:
            reprints.update(library)
            _say_not_updated(library, reprints.unhashed)
        found = reprints.clusters(library, args.min_chars)
        if args.json:
            _print_json({"clusters": [c.to_json() for c in found]})
            return EXIT_OK
        for c in found:
            heads = []
            for article_id in c.articles:
                s = library.article_summary(article_id)
                heads.append(f"#{article_id} {s.issue_date or '????-??-??'} {s.title}")
            print(f"{c.similarity:.2f}  " + " | ".join(heads))
    print(f"共 {len(found)} 组 / {len(found)} clusters")
    return EXIT_OK
