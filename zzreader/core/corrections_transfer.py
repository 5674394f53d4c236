"""Corrections as a JSON file that travels between libraries.

The format (documented in README.md, "Corrections file"):

    {"format": "zzreader-corrections", "version": 1, "exported": TIME,
     "articles": [{"issue_source": "...", "article_seq": 4,
                   "original": {revision-0 state},
                   "revisions": [{"uid", "revision", "time", "user", "why",
                                  "kind", "fields", "state"}, ...]}]}

A state holds title, subtitle, type, section, reporters, correspondents,
photographers and text. An article is found in the target library by its
issue's file name and its parsed original (title and text), so ids need not
match. Revisions carry a uid: importing the same file twice changes
nothing. A revision is applied only on top of the revision it was made on;
if the target article has moved on since, the revision is listed as a
conflict and not applied. Split, merge and not-an-article change the list of
articles, not one article, so they stay in their library (counted as
`structural` when exporting).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core import json_faults, shown, stored_values
from zzreader.core import revisions as co
from zzreader.core.journal import operation
from zzreader.core.timestamps import believable, now

if TYPE_CHECKING:
    from zzreader.core.store import Library

FORMAT, VERSION = "zzreader-corrections", 1
STRUCTURAL = ("split", "merge", "not_article")
# What a revision from a file may be called: never "original" (revision 0 is the
# parsed text) nor a structural kind, which export_corrections never writes.
IMPORTED_KINDS = tuple(k for k in co.KINDS if k != "original" and k not in STRUCTURAL)
UID = re.compile(r"[A-Za-z0-9._:-]{1,100}")  # export writes uuid4s; a uid is a key, not text


@dataclass
class TransferReport:
    """What an import did; `conflicts` and `missing` are listed, never applied."""

    applied: int = 0
    already: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)
    # What the file said and was not believed (a time in the future, a kind it may not claim).
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "applied": self.applied,
            "already": self.already,
            "conflicts": self.conflicts,
            "missing": self.missing,
            "notes": self.notes,
        }


def export_corrections(library: Library, issueless: list[int] | None = None) -> tuple[dict[str, Any], int]:
    """(the file's JSON object, number of articles left out as structural).

    A corrected article another tool cut from its issue (or removed) cannot be
    named by issue and seq: it is left out, and its id added to `issueless`.
    """
    db, lock = library.db, library.lock
    with lock:
        ids = [
            aid
            for (aid,) in db.execute(
                f"SELECT DISTINCT article_id FROM {co.TABLE} WHERE article_id IS NOT NULL "
                "ORDER BY article_id"
            )
        ]
        items, structural = [], 0
        for aid in ids:
            revs = co.history(db, aid)
            if revs[0].kind != "original" or any(r.kind in STRUCTURAL for r in revs):
                structural += 1
                continue
            found = db.execute(
                "SELECT i.source, a.seq FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id = ?",
                [aid],
            ).fetchone()
            if found is None:  # in no issue (core/issueless.py), or gone
                if issueless is not None:
                    issueless.append(aid)
                continue
            src, seq = found
            items.append(
                {
                    "issue_source": stored_values.text(src),  # another tool may have stored bytes
                    "article_seq": stored_values.optional_int(seq),
                    "original": revs[0].state,
                    "revisions": [_revision_json(r) for r in revs[1:]],
                }
            )
    return {"format": FORMAT, "version": VERSION, "exported": now(), "articles": items}, structural


def _revision_json(r: co.Revision) -> dict[str, Any]:
    return {**r.to_json(), "uid": r.uid, "state": r.state}


def load_file(path: str) -> dict[str, Any]:
    """Read, bound and check the corrections file at `path`; every refusal names the file,
    as an annotations file's does (core/w3c_validate.py): "文件为空" alone left the user
    guessing which of the files they had tried was meant."""
    from zzreader.core import file_limits, user_text  # with the command that imports

    raw = file_limits.read_limited(path, file_limits.MAX_ANNOTATION_BYTES)  # FileRefused names it
    name = shown.name(str(path))
    try:
        text = user_text.decode(raw)  # Notepad's "Unicode" (UTF-16) too
    except UnicodeDecodeError:
        raise co.CorrectionError(f"不是 UTF-8 文本 / Not UTF-8 text: {name}") from None
    try:
        return read_file(text)
    except co.CorrectionError as exc:
        raise co.CorrectionError(f"{exc}: {name}") from None


def read_file(text: str) -> dict[str, Any]:
    """Parse and check a corrections file; CorrectionError with one line if it is not one."""
    try:
        data = json_faults.strict_loads(text)  # NaN, keys given twice, deep nesting: refused, in our words
    except json_faults.JSONFault as exc:
        raise co.CorrectionError(str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise co.CorrectionError("不是 zzreader 修订文件 / Not a zzreader corrections file")
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        version = shown.name(json.dumps(data.get("version"), ensure_ascii=False)[:40])  # the file's, untrusted
        raise co.CorrectionError(
            f"不支持的修订文件版本 {version} / Unsupported corrections file version {version}"
        )
    if not isinstance(data.get("articles"), list):
        raise co.CorrectionError("修订文件缺少 articles / The corrections file has no articles list")
    for n, item in enumerate(data["articles"], start=1):
        _check_article(item, n)  # the whole file is checked before anything is applied
    return data


def _check_article(item: Any, n: int) -> None:
    """CorrectionError naming article `n` of the file if it is not shaped as export_corrections writes it."""

    def bad(what: str) -> co.CorrectionError:
        # no colon in the English half: the file's name comes after one, and only the name is the value (i18n.pick)
        return co.CorrectionError(f"修订文件第 {n} 篇的 {what} 有误 / Article {n} of the corrections file has a bad {what}")

    if not isinstance(item, dict):
        raise bad("article")
    if not isinstance(item.get("issue_source"), str):
        raise bad("issue_source")
    seq = item.get("article_seq")
    if seq is not None and (not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq < 2**31):
        raise bad("article_seq")
    _state(item.get("original"), bad, original=True)
    revisions = item.get("revisions")
    if revisions is None:
        return
    if not isinstance(revisions, list):
        raise bad("revisions")
    for raw in revisions:
        if not isinstance(raw, dict):
            raise bad("revisions")
        for key in ("uid", "user", "why", "time", "kind"):
            if raw.get(key) is not None and not isinstance(raw[key], str):
                raise bad(key)
        if raw.get("uid") and not UID.fullmatch(raw["uid"]):
            raise bad("uid")
        _state(raw.get("state"), bad)


def _state(value: Any, bad: Any = None, *, original: bool = False) -> dict[str, Any]:
    if not isinstance(value, dict) or any(f not in value for f in co.FIELDS):
        raise co.CorrectionError("修订文件中的状态不完整 / Incomplete state in corrections file")
    for f in co.FIELDS:  # text fields hold text, list fields lists of text: nothing else is read
        ok = (isinstance(value[f], list) and all(isinstance(v, str) for v in value[f])
              if f in co.LIST_FIELDS else isinstance(value[f], str))  # fmt: skip
        if not ok:
            raise bad(f) if bad else co.CorrectionError(f"修订文件中的 {f} 有误 / Bad {f} in corrections file")
    clean = co.clean_changes({f: value[f] for f in co.FIELDS if f != "title"})
    # The original's title is matched against the stored one as it is; a revision's is cleaned,
    # as `edit --title` cleans it: a title of a lone surrogate ("\ud800") or of control characters
    # alone used to empty the article's title without a word. An empty title stays as exported.
    if original or not value["title"]:
        return {"title": str(value["title"]), **clean}
    return {**co.clean_changes({"title": value["title"]}), **clean}


def _same_state(raw: Any, stored: dict[str, Any]) -> bool:
    """Does a revision in the file hold what the library's revision of the same uid holds?"""
    try:
        mine = _state(raw)
    except co.CorrectionError:
        return False
    return all(mine[f] == _state_value(stored.get(f), f) for f in mine)


def _state_value(value: Any, field_name: str) -> Any:
    if field_name in co.LIST_FIELDS:
        return list(value) if isinstance(value, list | tuple) else []
    return value if isinstance(value, str) else ""


def import_corrections(library: Library, data: dict[str, Any], *, user: str | None = None) -> TransferReport:
    """Apply a corrections file (one undoable operation)."""
    report = TransferReport()
    with operation(library, "导入修订 / Import corrections") as j:
        for item in data["articles"]:
            if not isinstance(item, dict):
                continue
            src, seq = str(item.get("issue_source", "")), item.get("article_seq")
            aid = _find(j.db, src, seq, _state(item.get("original"), original=True))
            if aid is None:
                report.missing.append({"issue_source": src, "article_seq": seq})
                continue
            _apply_revisions(j, aid, item.get("revisions") or [], report)
    return report


def _find(db: Any, source: str, seq: Any, original: dict[str, Any]) -> int | None:
    """The article of `source` whose parsed original has this title and text (nearest seq)."""
    rows = db.execute(
        "SELECT a.id, a.seq, a.title, a.text FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE i.source = ?",
        [source],
    ).fetchall()
    originals = co.original_texts(db, [r[0] for r in rows])
    found = []
    for aid, s, title, text in rows:
        o = originals.get(aid, {"title": title, "text": text})
        if (o["title"], o["text"]) == (original["title"], original["text"]):
            found.append((abs(s - seq) if isinstance(seq, int) else 0, aid))
    return min(found)[1] if found else None


def _title(db: Any, aid: int) -> str:
    """The article's title now, so a listed conflict says which article it is."""
    return str(co.history(db, aid)[-1].state.get("title") or "")


def _apply_revisions(j: Any, aid: int, revisions: list, report: TransferReport) -> None:
    have = {r.uid: r for r in co.history(j.db, aid)}
    parent = None  # uid of the file's previous revision; None = the original
    for raw in revisions:
        uid = str(raw.get("uid") or "")
        if not uid:
            continue
        if uid in have:
            if not _same_state(raw.get("state"), have[uid].state):  # one uid, two contents: which is meant?
                report.conflicts.append(
                    {"article_id": aid, "title": _title(j.db, aid), "revision": raw.get("revision"), "uid": uid,
                     "library_revision": have[uid].revision, "same_uid_other_content": True}
                )  # fmt: skip
                return
            report.already += 1
            parent = uid
            continue
        latest = co.history(j.db, aid)[-1]
        on_top = latest.uid == parent if parent else latest.revision == 0
        if not on_top:
            report.conflicts.append(
                {"article_id": aid, "title": str(latest.state.get("title") or ""), "revision": raw.get("revision"),
                 "uid": uid, "library_revision": latest.revision}
            )  # fmt: skip
            return
        kind, created = raw.get("kind"), believable(raw.get("time"))
        if kind not in IMPORTED_KINDS:
            report.notes.append(f"{uid}: 类型 {kind!s:.20} 按更正导入 / kind {kind!s:.20} imported as an edit")
            kind = "edit"
        if created is None and raw.get("time"):
            report.notes.append(f"{uid}: 时间 {raw['time']!s:.40} 不予采信，按现在记 / time {raw['time']!s:.40} "
                                "not believed, now used")  # fmt: skip
        co.commit_state(
            j, aid, _state(raw.get("state")), kind=kind,
            user=str(raw.get("user") or ""), why=str(raw.get("why") or ""),
            uid=uid, created=created, extra={"imported": True},
        )  # fmt: skip
        report.applied += 1
        parent = uid
