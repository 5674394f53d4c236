"""Annotations back into a library from W3C Web Annotation JSON-LD (the format: core/w3c_export.py).

Importing merges by id: a new id is placed on the same issue's article (the
text hash, else the quote, see anchors.py; a quote another tool sent with
only its context, core/quote_place.py) or kept as an orphan with its reason;
a known id is updated only when the file's `modified` is newer. Importing the
same file twice changes nothing. The export side's names are kept here too
(`w3c.article_urn`, `w3c.export_w3c`), for callers that use both.
"""


from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zzreader.core import import_provenance as prov
from zzreader.core import shown
from zzreader.core import w3c_validate
from zzreader.core.anchors import (
    CONTEXT_CHARS,
    Anchor,
    make_anchor,
)
from zzreader.core.errors import AnnotationError
from zzreader.core.highlights import insert_row, set_tags
from zzreader.core.journal import ORPHAN, operation
from zzreader.core.palette import COLORS, STYLES
from zzreader.core.quote_place import NOT_FOUND, NOT_IN_ARTICLE, POSITION_ONLY, place_quote
from zzreader.core.reanchor import IssueTexts, issue_texts, locate, placed_values
from zzreader.core.tags import SEPARATORS, check_room, clean_tag, split_tags, tag_count, tag_id
from zzreader.core.timestamps import now, parse_time
from zzreader.core.w3c_export import (  # noqa: F401 (the export side's names, kept here for callers)
    ANNO_CONTEXT,
    ARTICLE_TAGS_NS,
    ARTICLE_URN,
    CONTEXT,
    VOCAB,
    ExportError,
    article_tags_annotation,
    article_urn,
    export_w3c,
    highlight_annotation,
    local_id,
    parse_article_urn,
    w3c_id,
    write_w3c,
)

if TYPE_CHECKING:
    from zzreader.core.store import Library

@dataclass(frozen=True)
class W3CImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0  # of the added: kept without a place in the text
    article_tags: int = 0  # tags newly put on articles
    skipped: tuple[str, ...] = field(default=())  # why some items were not imported
    # Ids used here for another passage (imported beside it under a new id), or
    # file times not believed: what the merge did not simply take.
    conflicts: tuple[str, ...] = field(default=())
    unplaced: tuple[str, ...] = field(default=())  # imported but not placed in the text: why, per item

    def summary(self) -> str:
        conflicts = (
            f"；冲突 {len(self.conflicts)} / conflicts {len(self.conflicts)}" if self.conflicts else ""
        )
        return self._summary() + conflicts

    def _summary(self) -> str:
        return (
            f"新增 {self.added}，更新 {self.updated}，未变 {self.unchanged}，未定位 {self.orphaned}，"
            f"文章标签 {self.article_tags}，跳过 {len(self.skipped)} / added {self.added}, "
            f"updated {self.updated}, unchanged {self.unchanged}, orphaned {self.orphaned}, "
            f"article tags {self.article_tags}, skipped {len(self.skipped)}"
        )


def annotation_items(data: Any) -> list[Any]:
    """The annotations of a collection (first page embedded), a page, one annotation or a list."""
    try:
        return w3c_validate.annotation_items(data)
    except w3c_validate.W3CFileError as exc:
        raise ExportError(str(exc)) from exc


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


@dataclass
class _Incoming:
    """What an imported highlight annotation says, in our terms."""

    id: str
    issue_source: str
    seq: int
    text_hash: str | None
    start: int | None
    end: int | None
    exact: str | None
    prefix: str
    suffix: str
    color: str
    style: str
    note: str
    tags: list[str]
    created: str | None  # None: the file does not say
    modified: str | None
    orphan: bool = False


def _read_highlight(item: dict[str, Any], known: tuple[str, ...] = ()) -> _Incoming | str:
    """Parse one highlight annotation; a string is the reason to skip it."""
    aid = item.get("id")
    if not isinstance(aid, str) or not aid:
        return "没有 id / no id"
    targets = [t for t in _as_list(item.get("target")) if isinstance(t, dict)]
    if not targets:
        return f"{aid}: 目标不是文本片段 / target is not a text segment"
    target = targets[0]
    source = target.get("source")
    source_id = source.get("id") if isinstance(source, dict) else source
    where = parse_article_urn(source_id) if isinstance(source_id, str) else None
    if where is None:
        return f"{aid}: 不是本程序的文章标识 / not a zzreader article: {source_id}"
    position: dict[str, Any] = {}
    quote_sel: dict[str, Any] = {}
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, dict) and sel.get("type") == "TextPositionSelector":
            position = sel
        elif isinstance(sel, dict) and sel.get("type") == "TextQuoteSelector":
            quote_sel = sel
    exact = quote_sel.get("exact")
    start, end = position.get("start"), position.get("end")
    if not isinstance(exact, str) and not (isinstance(start, int) and isinstance(end, int)):
        return f"{aid}: 没有引文或位置 / neither quote nor position"
    classes = [c for c in _as_list(target.get("styleClass")) if isinstance(c, str)]
    color = next((c[3:] for c in classes if c.startswith("zz-") and c[3:] in COLORS), "yellow")
    style = next((c[3:] for c in classes if c.startswith("zz-") and c[3:] in STYLES), "highlight")
    note, tags = _read_bodies(item, known)
    created = _time(item.get("created"))
    return _Incoming(
        id=local_id(aid),
        issue_source=where[0],
        seq=where[1],
        text_hash=source.get("zzreader:textHash") if isinstance(source, dict) else None,
        start=start if isinstance(start, int) else None,
        end=end if isinstance(end, int) else None,
        exact=exact if isinstance(exact, str) else None,
        prefix=quote_sel.get("prefix") or "",
        suffix=quote_sel.get("suffix") or "",
        color=color,
        style=style,
        note=note,
        tags=tags,
        created=created,
        modified=_time(item.get("modified")) or created,
        orphan=target.get("zzreader:anchorState") == ORPHAN,
    )


def _read_bodies(item: dict[str, Any], known: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """The note and the tags; a tag of the library's that holds a separator (`known`) stays whole."""
    notes: list[str] = []
    tags: list[str] = []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = _as_list(body.get("purpose"))
        if "tagging" in purposes:
            tags.append(body["value"])
        elif not purposes or "commenting" in purposes or "describing" in purposes:
            notes.append(body["value"])
    clean_tags: list[str] = []
    for t in (part for tag in tags for part in split_tags(tag, known)):  # "经济,民生": two tags (core/tags.py)
        try:
            clean_tags.append(clean_tag(t))
        except AnnotationError:
            continue
    return "\n\n".join(n for n in notes if n.strip()), clean_tags


def _time(value: Any) -> str | None:
    t = parse_time(value) if isinstance(value, str) else None
    if t is None:
        return None
    try:
        t = t.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01T00:00:00+23:59 (w3c_validate refuses it first)
        return None
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def import_w3c(library: Library, data: Any, source: str = "") -> W3CImportReport:
    """Merge W3C annotations (a parsed JSON document) into the library, by id.

    One undoable operation. Highlights whose issue is in the library are
    placed on the same article (checked by text hash, else found again by
    quote); if that fails they are kept as orphans, like after a re-import.
    `source` (the file's name) is recorded per highlight for later merges
    (core/import_provenance.py).
    """
    items = annotation_items(data)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "orphaned": 0, "article_tags": 0}
    skipped: list[str] = []
    conflicts: list[str] = []
    merge = _Merge(Path(source).name if source else "", conflicts)
    issues: dict[str, IssueTexts | None] = {}
    with operation(library, "导入批注 / Import annotations") as j:
        merge.whole_tags = tuple(n for (n,) in j.db.execute("SELECT name FROM tags") if SEPARATORS.search(n))

        def issue_of(name: str) -> IssueTexts | None:
            if name not in issues:
                issues[name] = issue_texts(j.db, source=name)
            return issues[name]

        # The passage each id named earlier in this file. The same id again on another
        # passage is a conflict (`_Merge`); on the same passage it was passed over as
        # "unchanged", its other note silently lost: which one the file meant is unknown.
        targets: dict[str, str] = {}
        for n, item in enumerate(items, start=1):
            reason = w3c_validate.problem(item)  # None: a dict of the right shape
            target = "" if reason is not None else json.dumps(item.get("target"), sort_keys=True, ensure_ascii=False)
            if reason is None and targets.get(item.get("id")) == target:
                reason = ("文件中同一段文字的 id 重复，只导入了第一个 / the id appears more than once in the "
                          "file on the same words; only the first was imported")
            if reason is not None:
                skipped.append(f"{_shown_id(item, n)}: {reason}")
                continue
            if isinstance(item.get("id"), str):
                targets.setdefault(item["id"], target)
            try:
                with j.db.atomic():  # a savepoint: a failing item leaves no trace
                    _import_item(j, item, issue_of, counts, skipped, merge)
            except (ValueError, TypeError, OverflowError, RecursionError, sqlite3.IntegrityError) as exc:
                skipped.append(f"{_shown_id(item, n)}: 无法导入 / cannot be imported: {_item_failure(exc)}")
    return W3CImportReport(**counts, skipped=tuple(skipped), conflicts=tuple(conflicts), unplaced=tuple(merge.unplaced))


@dataclass
class _Merge:
    source: str  # the file's name, "" when unknown (no provenance kept)
    conflicts: list[str]
    unplaced: list[str] = field(default_factory=list)  # kept as orphans, each with why
    whole_tags: tuple[str, ...] = ()  # the library's tags that hold a separator: read whole (core/tags.py)


def _import_item(
    j: Any, item: dict[str, Any], issue_of: Any, counts: dict[str, int], skipped: list[str], merge: _Merge
) -> None:
    motivations = _as_list(item.get("motivation"))
    targets = _as_list(item.get("target"))
    if "tagging" in motivations and targets and not _has_selector(targets[0]):
        _import_article_tags(j, item, issue_of, counts, skipped, merge.whole_tags)
        return
    incoming = _read_highlight(item, merge.whole_tags)
    if isinstance(incoming, str):
        skipped.append(incoming)
        return
    _import_highlight(j, incoming, issue_of, counts, merge)


def _shown_id(item: Any, n: int) -> str:
    """The annotation's id on one line (it comes from the file: no newline or escape gets through),
    else its place in the file: a bilingual "（无 id / no id）" split the line's one language."""
    aid = item.get("id") if isinstance(item, dict) else None
    return shown.name(aid[:80]) if isinstance(aid, str) and aid else f"#{n}"


def _has_selector(target: Any) -> bool:
    return isinstance(target, dict) and "selector" in target


def _import_highlight(
    j: Any, h: _Incoming, issue_of: Any, counts: dict[str, int], merge: _Merge | None = None
) -> None:
    merge = merge or _Merge("", [])
    moment = dt.datetime.now(dt.UTC)
    theirs = parse_time(h.modified)
    existing = j.row("highlights", (h.id,))
    if existing is not None and not prov.same_passage(existing, h.issue_source, h.seq, h.exact):
        # Same id, another passage: never overwrite; keep it beside, renamed
        # (the same new id on every re-import of this file).
        new_id = str(uuid.uuid5(ARTICLE_TAGS_NS, f"conflict:{h.id}:{h.issue_source}:{h.seq}:{h.exact}"))
        merge.conflicts.append(
            f"{h.id}: 本地同一 id 是另一段文字，导入为 {new_id} / this id is another passage here; "
            f"imported beside it as {new_id}"
        )
        h = dataclasses.replace(h, id=new_id)
        existing = j.row("highlights", (h.id,))
    if prov.in_future(parse_time(h.created) if h.created else None, moment):
        # A creation time in the future would sort the highlight first forever: not believed either.
        merge.conflicts.append(
            f"{h.id}: 创建时间在未来（{h.created}），改用修改时间或现在 / created time lies in the "
            f"future ({h.created}); the modified time or now is used"
        )
        h = dataclasses.replace(h, created=None)
    if existing is None:
        believed = None if prov.in_future(theirs, moment) else theirs
        if _deleted_here(j.db, h.id, merge.source, believed):
            counts["unchanged"] += 1
            return
    if prov.in_future(theirs, moment):
        merge.conflicts.append(
            f"{h.id}: 修改时间在未来（{h.modified}），不予采信 / modified time lies in the future "
            f"({h.modified}); not believed"
        )
        if existing is not None:
            counts["unchanged"] += 1
            return
        h = dataclasses.replace(h, modified=now())
        theirs = parse_time(h.modified)
    if existing is not None:
        mine = parse_time(existing["modified"])
        before = parse_time(prov.last_import(j.db, h.id, merge.source))
        # Without a time in the file it cannot be newer: re-imports stay no-ops;
        # nor is it newer than what this same file brought last time (a local
        # edit made since then wins, whatever the clocks say).
        if (
            theirs is None
            or (mine is not None and theirs <= mine)
            or (before is not None and theirs <= before)
        ):
            counts["unchanged"] += 1
            return
        j.touch("highlights", h.id)
        j.db.execute(
            "UPDATE highlights SET color = ?, style = ?, note = ?, modified = ? WHERE id = ?",
            [h.color, h.style, h.note, h.modified, h.id],
        )
        _set_tags(j, h.id, h.tags)
        prov.record(j.db, h.id, merge.source, h.id, h.modified, now())
        counts["updated"] += 1
        return
    values: dict[str, Any] = {
        "id": h.id,
        "article_id": None,
        "issue_source": h.issue_source,
        "article_seq": h.seq,
        "start": h.start or 0,
        "end": h.end or 0,
        "exact": h.exact or "",
        "prefix": h.prefix[-CONTEXT_CHARS:],
        "suffix": h.suffix[:CONTEXT_CHARS],
        "text_hash": h.text_hash or "",
        "anchor_state": ORPHAN,
    }
    issue = issue_of(h.issue_source)
    if issue is not None:
        # An orphan stays an orphan (a round trip mirrors the library it came
        # from); re-importing its issue later tries to place it again.
        placed = None if h.orphan else _place(h, issue)
        if isinstance(placed, str):
            merge.unplaced.append(f"{h.id}: {placed}")
            placed = None
        if placed is not None:
            values |= placed_values(placed[0], issue, placed[1])
        else:
            values["article_id"] = issue.at_seq(h.seq)
    stamp = now()
    values |= {
        "color": h.color,
        "style": h.style,
        "note": h.note,
        "created": h.created or h.modified or stamp,
        "modified": h.modified or stamp,
    }
    j.touch("highlights", h.id)
    insert_row(j.db, values)
    _set_tags(j, h.id, h.tags)
    prov.record(j.db, h.id, merge.source, h.id, h.modified, now())
    counts["added"] += 1
    if values["anchor_state"] == ORPHAN:
        counts["orphaned"] += 1


def _deleted_here(db: Any, highlight_id: str, source: str, theirs: dt.datetime | None) -> bool:
    """Whether this file brought the highlight before and it was deleted here since.

    A local delete is a local edit: the same file imported again does not bring
    the highlight back, unless the file's annotation changed after that import
    (a time in the future, `theirs` None here, is not believed).
    """
    record = prov.previous_import(db, highlight_id, source)
    if record is None:
        return False
    before = parse_time(record[0]) if isinstance(record[0], str) else None
    return theirs is None or before is None or theirs <= before


def _place(h: _Incoming, issue: IssueTexts) -> tuple[int, Anchor] | str | None:
    """Where an imported highlight goes in this library's copy of its issue (a string: why nowhere)."""
    home = issue.at_seq(h.seq)
    if home is not None:
        text, hash_ = issue.articles[home][1], issue.hashes[home]
        span_ok = h.start is not None and h.end is not None and 0 <= h.start < h.end <= len(text)
        # Same text, or the two selectors agree on this text: take the position.
        if span_ok and (
            (h.text_hash == hash_ and h.exact is None) or text[h.start : h.end] == h.exact
        ):
            return home, make_anchor(text, h.start, h.end, hash_=hash_)
        # The quote word for word beside the context the file gives (another tool's
        # TextQuoteSelector, in any order with other selectors): one place, or ambiguous.
        if h.exact:
            where = place_quote(text, h.exact, h.prefix, h.suffix, h.start)
            if isinstance(where, int):
                return home, make_anchor(text, where, where + len(h.exact), hash_=hash_)
            if where is not None or not (h.prefix or h.suffix):
                return where or NOT_IN_ARTICLE
    if not h.exact:
        return POSITION_ONLY
    anchor = Anchor(h.start or 0, h.end or 0, h.exact, h.prefix, h.suffix, h.text_hash or "")
    return locate(anchor, home, h.seq, issue) or NOT_FOUND



def _set_tags(j: Any, highlight_id: str, names: list[str]) -> None:
    set_tags(j, highlight_id, names)


def _import_article_tags(
    j: Any, item: dict[str, Any], issue_of: Any, counts: dict[str, int], skipped: list[str],
    whole_tags: tuple[str, ...] = (),
) -> None:
    target = _as_list(item.get("target"))[0]
    target_id = target.get("id") if isinstance(target, dict) else target
    where = parse_article_urn(target_id) if isinstance(target_id, str) else None
    if where is None:
        skipped.append(f"{item.get('id')}: 不是本程序的文章标识 / not a zzreader article: {target_id}")
        return
    issue = issue_of(where[0])
    article = _find_article(j, issue, where[1], target if isinstance(target, dict) else {})
    if article is None:
        skipped.append(f"{item.get('id')}: 书库中没有这篇文章 / article not in this library: {target_id}")
        return
    _note, names = _read_bodies(item, whole_tags)
    had = tag_count(j.db, "article_tags", "article_id", article)
    for name in names:
        tid = tag_id(j, name)
        j.touch("article_tags", article, tid)
        counts["article_tags"] += j.db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)", [article, tid]
        ).rowcount
    check_room(j.db, "article_tags", "article_id", [article], had)  # with the tags it has here


def _find_article(j: Any, issue: IssueTexts | None, seq: int, target: dict[str, Any]) -> int | None:
    """The article an article-level annotation means: same position and text, else same title."""
    if issue is None:
        return None
    wanted_hash = target.get("zzreader:textHash")
    wanted_title = target.get("zzreader:articleTitle")
    home = issue.at_seq(seq)
    if home is not None and (not wanted_hash or issue.hashes[home] == wanted_hash):
        return home
    for aid, h in issue.hashes.items():
        if wanted_hash and h == wanted_hash:
            return aid
    if isinstance(wanted_title, str) and wanted_title.strip():
        row = j.db.execute(
            "SELECT id FROM articles WHERE issue_id = ? AND title = ? ORDER BY abs(seq - ?) LIMIT 1",
            [issue.issue_id, wanted_title, seq],
        ).fetchone()
        if row:
            return row[0]
    return None


def _item_failure(exc: BaseException) -> str:
    """Why one annotation failed, in our words (core/shown.py), never Python's class name."""
    if isinstance(exc, sqlite3.IntegrityError):
        return "与书库中已有的内容冲突 / it conflicts with what the library holds"
    if isinstance(exc, AnnotationError):  # a rule of ours (core/tags.py check_room): its own words
        return str(exc)
    if isinstance(exc, ValueError | TypeError) and not isinstance(exc, UnicodeError):
        return "某个值的类型或格式不对 / a value has the wrong type or form"
    return shown.internal_reason(exc)
