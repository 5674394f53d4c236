"""Correction commands: edit, history, revert, split, merge, import-corrections.

Thin over `zzreader/core/corrections.py` (revisions) and
`zzreader/core/corrections_transfer.py` (the corrections file). `export
corrections` belongs to the library's `export` command, which calls
`export_to` here.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zzreader.cli import args as cli_args
from zzreader.cli import language
from zzreader.cli.backup import open_for_command
from zzreader.cli.codes import EXIT_OK
from zzreader.cli.reasons import list_reasons
from zzreader.core import atomic_file, file_limits, shown, user_text
from zzreader.core.store import Library
from zzreader.core.export_text import json_dumps

LIST_OPTIONS = ("reporters", "correspondents", "photographers")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("edit", help="更正文章字段或正文 / correct an article's fields or text")
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID")
    p.add_argument("--title", metavar="T", help="标题 / title")
    p.add_argument("--subtitle", metavar="S", help="副题 / subtitle")
    p.add_argument("--type", metavar="TYPE", help="类型（news、commentary、feature、notice、ad 等） / type (news, commentary, feature, notice, ad, ...)")
    p.add_argument("--section", metavar="S", help="栏目 / section")
    for name in LIST_OPTIONS:
        p.add_argument(f"--{name}", metavar='"a,b"', help=f"{name}，逗号分隔 / comma-separated")
    p.add_argument("--text-file", metavar="FILE", type=cli_args.path, help="新正文（UTF-8 文件）/ new body text (a UTF-8 file)")
    _why_and_json(p)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("history", help="文章的修订历史 / an article's revisions")
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("revert", help="恢复到某个修订（新建一个修订）/ restore a revision as a new one")
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID")
    p.add_argument("revision", type=cli_args.count, metavar="REVISION")
    _why_and_json(p)
    p.set_defaults(func=cmd_revert)

    p = sub.add_parser("split", help="在正文某处把文章一分为二 / split an article at a text offset")
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID")
    p.add_argument("--at", type=cli_args.count, required=True, metavar="OFFSET", help="正文字符位置 / offset")
    p.add_argument("--title", metavar="T", help="后一篇的标题 / title of the second part")
    _why_and_json(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("merge", help="把下一篇并入这一篇 / merge the next article into this one")
    p.add_argument("article_id", type=cli_args.article_id, metavar="ARTICLE_ID")
    p.add_argument("next_id", type=cli_args.article_id, metavar="NEXT_ID")
    _why_and_json(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("review", help="重新导入后待复核的更正 / corrections a re-import could not put back")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("import-corrections", help="导入修订文件（可重复导入）/ import a corrections file")
    p.add_argument("file", metavar="FILE", type=cli_args.path)
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(func=cmd_import_corrections)


def _why_and_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--why", default="", metavar="TEXT", help="修改理由 / reason")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")


def _open(args: argparse.Namespace) -> Library:
    return open_for_command(args.library)


def _print(args: argparse.Namespace, data: dict[str, Any], line: str) -> int:
    print(json_dumps(data) if args.json else line)
    return EXIT_OK


def edit_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The fields the options name; at least one, else bad input."""
    changes: dict[str, Any] = {
        name: getattr(args, name) for name in ("title", "subtitle", "type", "section") if getattr(args, name) is not None
    }
    for name in LIST_OPTIONS:
        value = getattr(args, name)
        if value is not None:
            changes[name] = [n.strip() for n in value.replace("，", ",").split(",") if n.strip()]
    if args.text_file:
        changes["text"] = _read_text(args.text_file, file_limits.MAX_ISSUE_BYTES)
    if not changes:
        raise cli_args.UsageError("没有要修改的内容 / Nothing to change: give --title, --text-file, ...")
    return changes


def _read_text(name: str, limit: int) -> str:
    """A UTF-8 file the user named, within the documented size limits (core/file_limits.py)."""
    try:
        return user_text.decode(file_limits.read_limited(name, limit))  # Notepad's "Unicode" (UTF-16) too
    except UnicodeDecodeError as exc:
        raise cli_args.UsageError(f"不是 UTF-8 文本 / Not UTF-8 text: {name}") from exc


def cmd_edit(args: argparse.Namespace) -> int:
    changes = edit_changes(args)
    with _open(args) as library:
        revision = library.corrections.edit(args.article_id, changes, why=args.why).value
    return _print(args, {"article_id": args.article_id, "revision": revision},
                  f"文章 {args.article_id} 修订 {revision} / article {args.article_id} revision {revision}")


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as library:
        library.article_summary(args.article_id)  # an unknown id is one line, exit 2
        revisions = library.corrections.history(args.article_id)
    if args.json:
        rows = [{k: r.to_json()[k] for k in ("revision", "time", "user", "why", "fields")} for r in revisions]
        print(json_dumps({"article_id": args.article_id, "revisions": rows}))
        return EXIT_OK
    if len(revisions) == 1 and not revisions[0].time:  # only the row as parsed: no history stored
        print(f"文章 {args.article_id} 未经修改 / Article {args.article_id} has no corrections")
        return EXIT_OK
    for r in revisions:
        why = r.why or ("解析出的原文 / as parsed" if r.kind == "original" else "")
        # A reason may be "中文 / English" (restore, split, merge): picked alone, so the row stays.
        # Each value one field: a planted line break in a user or reason made a forged revision row.
        user, fields = shown.field(r.user) or "—", shown.field(",".join(r.fields)) or "—"
        print(language.after(f"{r.revision:3d}  {shown.field(r.time)}  {user}  {fields}  ", shown.field(why)))
    return EXIT_OK


def cmd_revert(args: argparse.Namespace) -> int:
    with _open(args) as library:
        revision = library.corrections.revert(args.article_id, args.revision, why=args.why).value
    return _print(args, {"article_id": args.article_id, "revision": revision},
                  f"文章 {args.article_id} 修订 {revision} / article {args.article_id} revision {revision}")


def cmd_split(args: argparse.Namespace) -> int:
    with _open(args) as library:
        ids = library.corrections.split(args.article_id, args.at, title=args.title, why=args.why).value
    return _print(args, {"article_ids": list(ids)}, f"{ids[0]} {ids[1]}")


def cmd_merge(args: argparse.Namespace) -> int:
    with _open(args) as library:
        kept = library.corrections.merge(args.article_id, args.next_id, why=args.why).value
    return _print(args, {"article_id": kept}, str(kept))


def cmd_review(args: argparse.Namespace) -> int:
    with _open(args) as library:
        items = library.corrections.pending_review()
    if args.json:
        print(json_dumps({"review": [i.to_json() for i in items]}))
        return EXIT_OK
    if not items:
        print("没有待复核的更正 / No corrections to review")
    for i in items:
        print(f"{i.article_id or '—'}  {i.issue_source}  r{i.revision}  {','.join(i.fields)}  {i.title}")
    return EXIT_OK


def export_to(library: Library, output: str | None) -> int:
    """`export corrections`: the documented JSON file (README "Corrections")."""
    from zzreader.core import corrections_transfer as transfer  # with its command

    issueless: list[int] = []
    data, left_out = transfer.export_corrections(library, issueless)
    text = json_dumps(data, indent=1)
    if output:
        atomic_file.write_text(output, text + "\n")
        n, name = len(data["articles"]), shown.name(output)  # quoted in both halves: a name may hold " / "
        print(f'已导出 {n} 篇的修订到 "{name}" / Exported corrections of {n} articles to "{name}"', file=sys.stderr)
    else:
        print(text)
    if left_out:
        print(language.after("! ", f"{left_out} 篇的结构修改（拆分、合并）未导出 / Structural changes of {left_out} "
                             "articles (split, merge) are not in the file"), file=sys.stderr)
    if issueless:
        print(language.after("! ", f"{len(issueless)} 篇修订过的文章不在任何一期中，未导出 / {len(issueless)} "
                             "corrected articles are in no issue and are not in the file"), file=sys.stderr)
    return EXIT_OK


def cmd_import_corrections(args: argparse.Namespace) -> int:
    from zzreader.core import corrections_transfer as transfer  # with its command

    data = transfer.load_file(args.file)  # every refusal names the file
    with _open(args) as library:
        report = transfer.import_corrections(library, data)
    summary = report.to_json()
    line = (f"应用 {report.applied}，已有 {report.already}，冲突 {len(report.conflicts)}，找不到 {len(report.missing)} / "
            f"applied {report.applied}, already there {report.already}, conflicts {len(report.conflicts)}, "
            f"not found {len(report.missing)}")
    for note in report.notes:  # what the file said and was not believed
        print(shown.message(note), file=sys.stderr)
    if not args.json:  # the JSON lists them in full
        list_reasons("冲突 / conflict", [_conflict(c) for c in report.conflicts])
        list_reasons("找不到 / not found", [_missing(m) for m in report.missing])
    return _print(args, summary, line)


def _conflict(c: dict[str, Any]) -> str:
    """Which article, and why the file's revision was not applied to it."""
    article = f"{c['article_id']}《{c.get('title', '')}》"
    if c.get("same_uid_other_content"):
        return (f"文章 {article}的修订 {c['library_revision']} 与文件中同一修订内容不同 / article {article}: its "
                f"revision {c['library_revision']} differs from the file's revision of the same id")
    return (f"文章 {article}已有修订 {c['library_revision']}，文件的修订 {c['revision']} 不是在它之上做的，未应用 / "
            f"article {article} is at revision {c['library_revision']}; the file's revision {c['revision']} was made "
            "on another one and was not applied")


def _missing(m: dict[str, Any]) -> str:
    """The issue file and place of an article this library does not hold."""
    return (f"{m['issue_source']} 第 {m['article_seq']} 篇 / {m['issue_source']}, article {m['article_seq']}")
