"""Archivists' corrections of articles, kept with their full history.

Every correction is a numbered revision in `article_revisions` holding the
whole editable state of the article (title, subtitle, type, section,
bylines, body text) as JSON, with time, user, reason and the fields that
changed. Revision 0 is the parsed original; it is written the first time an
article is corrected and never changed afterwards. Reverting writes a new
revision equal to an old one, so history only grows (Trove and Papers Past
keep text corrections the same way).

Every change runs as one undoable operation of the shared journal
(core/journal.py `operation`), so undo/redo cover corrections like
annotation actions; the search index follows through `reindex_changes`.

Highlights on a corrected text: a highlight whose characters lie in text the
diff left unchanged keeps them exactly (offsets mapped through the opcodes
of core/revisions_diff.py); any other is re-anchored by core/anchors.py or
becomes an orphan.

After a re-import (issue_import `_update_issue`) `reapply_after_import` puts each
correction back whose original text is still there; the others are kept in
history and listed by `pending_review`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core import article_rows, fts_index, issueless, one_line, stored_values
from zzreader.core.anchors import Anchor, anchor_at, make_anchor, reanchor, text_hash
from zzreader.core.article_types import ARTICLE_TYPES
from zzreader.core.changes import Changed
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import ANCHORED, ORPHAN, Recorder, operation
from zzreader.core.part import Part
from zzreader.core.revisions_diff import map_span, opcodes
from zzreader.core.timestamps import now

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "article_revisions"
FIELDS = (
    "title",
    "subtitle",
    "type",
    "section",
    "reporters",
    "correspondents",
    "photographers",
    "text",
)
LINE_LIMIT = 4000  # a title, section or editor line, in characters
NAME_LIMIT = 100  # one reporter's name
LIST_FIELDS = ("reporters", "correspondents", "photographers")
KINDS = ("original", "edit", "revert", "split", "merge", "lines", "not_article", "reimport")
APPLIED, REVIEW = "applied", "review"
_CONTEXT = 8  # characters around a text hunk that must still be there to re-apply it


class CorrectionError(AnnotationError):
    """A correction that cannot be made; the message is bilingual."""


@dataclass(frozen=True)
class Revision:
    """One revision of an article as history shows it."""

    revision: int
    time: str
    user: str
    why: str
    fields: tuple[str, ...]
    kind: str
    status: str
    state: dict[str, Any] = field(repr=False)
    uid: str = ""

    def to_json(self) -> dict:
        return {
            "revision": self.revision,
            "time": self.time,
            "user": self.user,
            "why": self.why,
            "fields": list(self.fields),
            "kind": self.kind,
            "status": self.status,
        }


def default_user() -> str:
    """The account's name (Preferences may override it)."""
    import getpass  # only when a name is needed, not at start

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


# -- reading ---------------------------------------------------------------------------
_STATE_SQL = (
    "SELECT a.title, a.subtitle, a.type, a.section, a.reporters, a.correspondents, "
    "a.photographers, a.text, a.seq, a.issue_id, i.source, a.blocks, a.line_start, a.line_end "
    "FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id = ?"
)


@dataclass
class _Row:
    state: dict[str, Any]
    seq: int
    issue_id: int
    source: str
    blocks: list
    line_start: int | None
    line_end: int | None


def _row(db: Database, article_id: int) -> _Row:
    r = db.execute(_STATE_SQL, [article_id]).fetchone()
    if r is None:
        raise AnnotationNotFound(issueless.not_found(db, article_id, f"没有这篇文章 / No such article: {article_id}"))
    state = dict(zip(FIELDS, r[:8], strict=True))
    for f in LIST_FIELDS:  # a library is untrusted: a list column may hold anything
        state[f] = stored_values.names(state[f])
    for f in set(FIELDS) - set(LIST_FIELDS):
        state[f] = stored_values.text(state[f])
    return _Row(
        state, stored_values.optional_int(r[8]) or 0, r[9], stored_values.text(r[10]),
        article_rows.stored_blocks(r[11]), stored_values.optional_int(r[12]), stored_values.optional_int(r[13]),
    )


# A library is untrusted: a highlight's offsets may be text, negative or reversed. A
# correction carries only spans that are ones; the others stay as they were.
_SPAN_OK = 'AND typeof(start) = \'integer\' AND typeof("end") = \'integer\' AND 0 <= start AND start < "end"'

# A library is untrusted: a revision number another tool stored as text is not a number.
_WHOLE = "AND typeof(revision) = 'integer'"


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _field_names(value: Any) -> tuple[str, ...]:
    names = stored_values.json_value(value, [])
    return tuple(f for f in names if isinstance(f, str)) if isinstance(names, list) else ()


def read_state(value: Any) -> dict[str, Any] | None:
    """A stored revision state with every field of its type; None when it is not a state at all."""
    return stored_values.record(value, [f for f in FIELDS if f not in LIST_FIELDS], LIST_FIELDS)


def _revision(r: Sequence[Any]) -> Revision:
    """A history row as read from an untrusted library: odd values as text, an unreadable state empty."""
    rev, created, user, why, fields, kind, status, state, uid = r
    return Revision(
        stored_values.optional_int(rev) or 0, stored_values.text(created), stored_values.text(user),
        stored_values.text(why), _field_names(fields),
        stored_values.text(kind), stored_values.text(status), read_state(state) or {}, stored_values.text(uid),
    )  # fmt: skip


_REV_COLS = "revision, created, user, why, fields, kind, status, state, uid"




def _history(db: Database, article_id: int) -> list[Revision]:
    rows = db.execute(
        f"SELECT {_REV_COLS} FROM {TABLE} WHERE article_id = ? ORDER BY revision", [article_id]
    ).fetchall()
    if rows:
        return [_revision(r) for r in rows]
    row = _row(db, article_id)
    return [Revision(0, "", "", "", (), "original", APPLIED, row.state)]




def revision_numbers(db: Database) -> dict[int, int]:
    """article id -> latest revision, for every corrected article (export needs it)."""
    return {
        aid: rev
        for aid, rev in db.execute(
            f"SELECT article_id, max(revision) FROM {TABLE} WHERE article_id IS NOT NULL "
            "AND typeof(revision) = 'integer' GROUP BY article_id HAVING max(revision) > 0"
        )
    }


def original_texts(db: Database, article_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Revision-0 states of the given articles that have a history."""
    ids = list(article_ids)
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    out = {}
    for aid, state in db.execute(
        f"SELECT article_id, state FROM {TABLE} WHERE revision = 0 AND kind = 'original' "
        f"AND article_id IN ({marks})",
        ids,
    ):
        original = read_state(state)
        if original is not None:  # an unreadable one: as if there were no history
            out[aid] = original
    return out


# -- validation ------------------------------------------------------------------------
def clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a field -> value mapping from a user."""
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in FIELDS:
            raise CorrectionError(f"不能修改的字段 {name} / Not an editable field: {name}")
        if value is None:
            continue
        _refuse_unstorable(name, value)
        # One-line fields lose control and format characters rather than being refused:
        # an imported dump may have put them there, and its corrections must round-trip.
        if name in LIST_FIELDS:
            items = value.split(",") if isinstance(value, str) else list(value)
            value = [clean_line(name, v, NAME_LIMIT) for v in items]
            value = [v for v in value if v]
        elif name == "text":
            value = str(value).replace("\r\n", "\n").replace("\r", "\n")
        else:
            value = clean_line(name, value, LINE_LIMIT)
        if name == "type" and value not in ARTICLE_TYPES:
            raise CorrectionError(
                f"未知类型 {value}，可用：{'、'.join(ARTICLE_TYPES)} / Unknown type {value}; "
                f"use one of {', '.join(ARTICLE_TYPES)}"
            )
        if name == "title" and not value:
            raise CorrectionError("标题不能为空 / The title cannot be empty")
        out[name] = value
    return out


def _refuse_unstorable(name: str, value: Any) -> None:
    """A lone surrogate (a byte not UTF-8 in an argument, a JSON \\ud800) is refused: dropping it
    emptied a typed reporter or title without a word, and the body text could not be saved."""
    for item in [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else [value]:
        ch = one_line.lone_surrogate(str(item))
        if ch is not None:
            raise CorrectionError(one_line.unstorable_message((f"字段 {name} ", f"The field {name}"), ch))


def clean_line(name: str, value: Any, limit: int) -> str:
    """A one-line field as stored: control and format characters gone; too long is an error."""
    line = one_line.visible(str(value))
    if len(line) > limit:
        raise CorrectionError(f"字段 {name} 太长（最多 {limit} 字） / The field {name} is at most {limit} characters")
    return line


# -- writing helpers ------------------------------------------------------------------
def _blocks_for(old_blocks: list, old_text: str, new_text: str) -> list:
    """Block list (store encoding) for a new text: unchanged blocks keep kind and lines.

    A block whose text is found again at the current position is kept; any
    other line becomes a paragraph.
    """
    old: list[tuple[list, str]] = []
    pos = 0
    for item in old_blocks:
        old.append((item, old_text[pos : pos + item[1]]))
        pos += item[1] + 1
    out: list = []
    pos, cursor = 0, 0
    line_of = old_blocks[0][2] if old_blocks else 0
    while pos <= len(new_text):
        found = None
        for k in range(cursor, len(old)):
            item, body = old[k]
            stop = pos + len(body)
            if new_text[pos:stop] == body and (stop == len(new_text) or new_text[stop] == "\n"):
                found = k
                break
        if found is not None:
            item, body = old[found]
            out.append(list(item))
            cursor, line_of = found + 1, item[3]
            pos += len(body) + 1
            continue
        stop = new_text.find("\n", pos)
        stop = len(new_text) if stop < 0 else stop
        out.append(["p", stop - pos, line_of, line_of])
        pos = stop + 1
    return out


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_state(j: Recorder, article_id: int, row: _Row, state: dict[str, Any]) -> None:
    """Put a state on the article row, re-index it and carry its highlights."""
    db = j.db
    j.touch("articles", article_id)
    old = row.state
    fts_index.unindex_article(db, article_id)  # before the row changes: it reads the row
    blocks = _blocks_for(row.blocks, old["text"], state["text"])
    db.execute(
        "UPDATE articles SET title = ?, subtitle = ?, type = ?, section = ?, reporters = ?, "
        "correspondents = ?, photographers = ?, text = ?, blocks = ? WHERE id = ?",
        [
            state["title"], state["subtitle"], state["type"], state["section"],
            _dumps(state["reporters"]), _dumps(state["correspondents"]),
            _dumps(state["photographers"]), state["text"],
            json.dumps(blocks, separators=(",", ":")), article_id,
        ],
    )  # fmt: skip
    fts_index.index_article(db, article_id)  # every field the page shows, from the row
    if state["text"] != old["text"]:
        carry_highlights(j, article_id, old["text"], state["text"])


def carry_highlights(j: Recorder, article_id: int, old_text: str, new_text: str) -> dict[str, int]:
    """Move an article's highlights from its old text to its new one.

    Unchanged characters: same words, offsets mapped. Changed: re-anchored
    by the usual rules, else orphaned (kept on the article, never deleted).
    """
    ops = opcodes(old_text, new_text)
    new_hash = text_hash(new_text)
    counts = {"kept": 0, "moved": 0, "orphaned": 0}
    rows = j.db.execute(
        'SELECT id, start, "end", exact, prefix, suffix, text_hash FROM highlights '
        f"WHERE article_id = ? AND anchor_state = ? {_SPAN_OK}",
        [article_id, ANCHORED],
    ).fetchall()
    for hid, start, end, *texts in rows:
        exact, prefix, suffix, old_hash = map(stored_values.text, texts)
        j.touch("highlights", hid)
        mapped = map_span(ops, start, end) if old_text[start:end] == exact else None
        if mapped is not None:
            anchor = make_anchor(new_text, *mapped, hash_=new_hash)
            counts["kept"] += 1
        else:
            placed = reanchor(Anchor(start, end, exact, prefix, suffix, old_hash), new_text)
            if placed is None:
                j.db.execute("UPDATE highlights SET anchor_state = ? WHERE id = ?", [ORPHAN, hid])
                counts["orphaned"] += 1
                continue
            anchor = anchor_at(new_text, placed, hash_=new_hash)
            counts["moved"] += 1
        j.db.execute(
            'UPDATE highlights SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, '
            "text_hash = ? WHERE id = ?",
            [anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, anchor.text_hash, hid],
        )
    return counts


def _ensure_original(j: Recorder, article_id: int, row: _Row, kind: str = "original") -> None:
    """Write revision 0 (the row as parsed) before the first correction."""
    if j.db.execute(f"SELECT 1 FROM {TABLE} WHERE article_id = ?", [article_id]).fetchone():
        return
    _add_revision(j, article_id, row, 0, row.state, kind=kind, fields=(), user="", why="")


def _add_revision(
    j: Recorder,
    article_id: int | None,
    row: _Row,
    number: int,
    state: dict[str, Any],
    *,
    kind: str,
    fields: Sequence[str],
    user: str,
    why: str,
    extra: dict | None = None,
    uid: str | None = None,
    created: str | None = None,
    status: str = APPLIED,
) -> None:
    import uuid

    # One clean line each, whether typed or from an imported corrections file.
    user, why = one_line.visible(str(user or ""))[:NAME_LIMIT], one_line.visible(str(why or ""))[:LINE_LIMIT]
    rid = j.db.execute(
        f"INSERT INTO {TABLE} (article_id, issue_source, article_seq, revision, created, user, why, "
        "kind, fields, state, extra, status, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id, row.source, row.seq, number, created or now(), user, why, kind,
            _dumps(list(fields)), _dumps(state), _dumps(extra or {}), status,
            uid or str(uuid.uuid4()),
        ],
    ).lastrowid  # fmt: skip
    j.before[(TABLE, (rid,))] = None  # new row: undo deletes it


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f for f in FIELDS if old.get(f) != new.get(f)]


def _next_number(db: Database, article_id: int) -> int:
    r = db.execute(f"SELECT max(revision) FROM {TABLE} WHERE article_id = ? {_WHOLE}", [article_id]).fetchone()
    return (r[0] or 0) + 1


def _commit_state(
    j: Recorder, article_id: int, state: dict[str, Any], *, kind: str, user: str | None, why: str,
    extra: dict | None = None, uid: str | None = None, created: str | None = None,
) -> int:
    """Write `state` as the article's next revision; returns its number (current if no change)."""
    row = _row(j.db, article_id)
    fields = _changed_fields(row.state, state)
    if not fields and not extra:
        return _next_number(j.db, article_id) - 1
    _ensure_original(j, article_id, row)
    number = _next_number(j.db, article_id)
    _write_state(j, article_id, row, state)
    _add_revision(
        j, article_id, _row(j.db, article_id), number, state, kind=kind, fields=fields,
        user=user if user is not None else default_user(), why=why.strip(), extra=extra,
        uid=uid, created=created,
    )  # fmt: skip
    return number


# -- the user's actions -----------------------------------------------------------------
def _edit(
    j: Recorder,
    article_id: int,
    changes: dict[str, Any],
    *,
    why: str = "",
    user: str | None = None,
) -> int:
    """Correct some fields of an article; returns the new revision number."""
    clean = clean_changes(changes)
    state = {**_row(j.db, article_id).state, **clean}
    return _commit_state(j, article_id, state, kind="edit", user=user, why=why)


def _revert(
    j: Recorder, article_id: int, revision: int, *, why: str = "", user: str | None = None
) -> int:
    """Make a new revision equal to an older one (the text byte for byte)."""
    revs = {r.revision: r for r in _history(j.db, article_id)}
    if revision not in revs:
        raise CorrectionError(
            f"文章 {article_id} 没有修订 {revision} / Article {article_id} has no revision {revision}"
        )
    if not revs[revision].state:
        raise CorrectionError(
            f"文章 {article_id} 的修订 {revision} 已损坏，无法恢复 / Revision {revision} of article "
            f"{article_id} is damaged and cannot be restored"
        )
    state = {f: revs[revision].state[f] for f in FIELDS}
    reason = why or f"恢复修订 {revision} / restore revision {revision}"
    return _commit_state(j, article_id, state, kind="revert", user=user, why=reason)


def _shift_seqs(j: Recorder, issue_id: int, after: int, by: int) -> None:
    rows = j.db.execute(
        "SELECT id FROM articles WHERE issue_id = ? AND seq > ?", [issue_id, after]
    ).fetchall()
    for (aid,) in rows:
        j.touch("articles", aid)
        j.touch_where("highlights", "article_id = ?", [aid])
    j.db.execute("UPDATE articles SET seq = seq + ? WHERE issue_id = ? AND seq > ?", [by, issue_id, after])
    j.db.execute(
        "UPDATE highlights SET article_seq = (SELECT seq FROM articles WHERE id = article_id) "
        "WHERE article_id IN (SELECT id FROM articles WHERE issue_id = ? AND seq > ?)",
        [issue_id, after + by],
    )


def _split(
    j: Recorder,
    article_id: int,
    at: int,
    *,
    title: str | None = None,
    why: str = "",
    user: str | None = None,
) -> tuple[int, int]:
    """Cut an article in two at a character offset of its body text.

    The first part keeps the id; the second is a new article right after it
    and gets the same tags and collections. Highlights follow their text.
    """
    who = user if user is not None else default_user()
    row = _row(j.db, article_id)
    text = row.state["text"]
    if not 0 < at < len(text):
        raise CorrectionError(
            f"拆分位置 {at} 不在正文内（1–{len(text) - 1}） / Split offset {at} is not inside "
            f"the text (1-{len(text) - 1})"
        )
    head = text[:at].rstrip("\n")
    tail_start = at + (len(text[at:]) - len(text[at:].lstrip("\n")))
    tail = text[tail_start:]
    if not head or not tail:
        raise CorrectionError("拆分后有一半为空 / One half of the split would be empty")
    new_title = one_line.clean(title or "", ("标题", "The title"), LINE_LIMIT, CorrectionError)
    new_title = new_title or one_line.visible(tail.split("\n", 1)[0])[:20]
    _shift_seqs(j, row.issue_id, row.seq, 1)
    date = j.db.execute("SELECT issue_date FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    tail_blocks = _blocks_for(row.blocks, text, text)  # all blocks of the old text
    second_id = _insert_article(j, row, date, new_title, tail, tail_blocks, text)
    # Highlights wholly in the tail move over before the head is written.
    shift = tail_start
    moved = j.db.execute(
        'SELECT id, start, "end" FROM highlights WHERE article_id = ? AND anchor_state = ? '
        f"AND start >= ? {_SPAN_OK}",
        [article_id, ANCHORED, tail_start],
    ).fetchall()
    tail_hash = text_hash(tail)
    for hid, start, end in moved:
        if end > len(text):
            continue  # not a span of this text (an altered library): it stays with the head
        j.touch("highlights", hid)
        a = make_anchor(tail, start - shift, end - shift, hash_=tail_hash)
        j.db.execute(
            'UPDATE highlights SET article_id = ?, article_seq = ?, start = ?, "end" = ?, '
            "exact = ?, prefix = ?, suffix = ?, text_hash = ? WHERE id = ?",
            [second_id, row.seq + 1, a.start, a.end, a.exact, a.prefix, a.suffix, a.text_hash, hid],
        )
    _copy_links(j, article_id, second_id)
    extra = {"split_into": second_id, "at": at}
    _commit_state(
        j, article_id, {**row.state, "text": head}, kind="split", user=who,
        why=why or f"拆分 / split at {at}", extra=extra,
    )  # fmt: skip
    second = _row(j.db, second_id)
    _add_revision(
        j, second_id, second, 0, second.state, kind="split", fields=(), user=who,
        why=why or f"拆自文章 {article_id} / split from article {article_id}",
        extra={"split_from": article_id},
    )  # fmt: skip
    return article_id, second_id


def _insert_article(
    j: Recorder, row: _Row, date: str | None, title: str, text: str, blocks: list, full: str
) -> int:
    """A new article after `row` holding `text` (a tail of `full`)."""
    tail_blocks = _blocks_for(blocks, full, text)
    new_id = j.db.execute(
        "INSERT INTO articles (issue_id, seq, issue_date, title, type, section, text, blocks, "
        "line_start, line_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row.issue_id, row.seq + 1, date, title, row.state["type"], row.state["section"], text,
            json.dumps(tail_blocks, separators=(",", ":")), row.line_start, row.line_end,
        ],
    ).lastrowid  # fmt: skip
    j.before[("articles", (new_id,))] = None
    fts_index.index_article(j.db, new_id)
    return new_id


def _copy_links(j: Recorder, from_id: int, to_id: int) -> None:
    """Give `to_id` the tags and collections of `from_id` (journalled)."""
    for (tag_id,) in j.db.execute("SELECT tag_id FROM article_tags WHERE article_id = ?", [from_id]).fetchall():
        j.touch("article_tags", to_id, tag_id)
        j.db.execute("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)", [to_id, tag_id])
    rows = j.db.execute(
        "SELECT collection_id, added FROM collection_articles WHERE article_id = ?", [from_id]
    ).fetchall()
    for cid, added in rows:
        j.touch("collection_articles", cid, to_id)
        j.db.execute(
            "INSERT OR IGNORE INTO collection_articles (collection_id, article_id, added) VALUES (?, ?, ?)",
            [cid, to_id, added],
        )


def _remove_article(j: Recorder, article_id: int, row: _Row) -> None:
    """Delete an article, journalling every row the delete would cascade to."""
    j.touch_where("article_tags", "article_id = ?", [article_id])
    j.touch_where("collection_articles", "article_id = ?", [article_id])
    j.touch_where("highlights", "article_id = ?", [article_id])
    for (rid,) in j.db.execute(f"SELECT id FROM {TABLE} WHERE article_id = ?", [article_id]).fetchall():
        j.touch(TABLE, rid)
    j.touch("articles", article_id)
    j.db.execute(f"UPDATE {TABLE} SET article_id = NULL WHERE article_id = ?", [article_id])
    j.db.execute("UPDATE highlights SET article_id = NULL, anchor_state = ? WHERE article_id = ?", [ORPHAN, article_id])
    fts_index.unindex_article(j.db, article_id)
    j.db.execute("DELETE FROM articles WHERE id = ?", [article_id])


def _merge(
    j: Recorder, article_id: int, next_id: int, *, why: str = "", user: str | None = None
) -> int:
    """Append the next article to this one; its highlights, notes and tags come along."""
    first, second = _row(j.db, article_id), _row(j.db, next_id)
    if article_id == next_id or first.issue_id != second.issue_id:
        raise CorrectionError(
            "只能合并同一期的两篇文章 / Only two articles of the same issue can be merged"
        )
    head = first.state["text"]
    offset = len(head) + 1 if head else 0
    text = (head + "\n" + second.state["text"]) if head else second.state["text"]
    rows = j.db.execute(
        f'SELECT id, start, "end" FROM highlights WHERE article_id = ? {_SPAN_OK}', [next_id]
    ).fetchall()
    new_hash = text_hash(text)
    _copy_links(j, next_id, article_id)
    _ensure_original(j, article_id, first)
    number = _next_number(j.db, article_id)
    _remove_article(j, next_id, second)
    _write_state(j, article_id, first, {**first.state, "text": text})
    for hid, start, end in rows:
        j.touch("highlights", hid)
        if start is None or end is None or not 0 <= start < end <= len(second.state["text"]):
            continue
        a = make_anchor(text, start + offset, end + offset, hash_=new_hash)
        j.db.execute(
            'UPDATE highlights SET article_id = ?, article_seq = ?, start = ?, "end" = ?, exact = ?, '
            "prefix = ?, suffix = ?, text_hash = ?, anchor_state = ? WHERE id = ? AND exact = ?",
            [article_id, first.seq, a.start, a.end, a.exact, a.prefix, a.suffix, a.text_hash,
             ANCHORED, hid, a.exact],
        )  # fmt: skip
    extra = {
        "absorbed_articles": [
            {"title": second.state["title"], "text_hash": text_hash(second.state["text"])}
        ]
    }
    _add_revision(
        j, article_id, _row(j.db, article_id), number, {**first.state, "text": text},
        kind="merge", fields=("text",), user=user if user is not None else default_user(),
        why=why or f"并入文章 {next_id} / merged article {next_id}", extra=extra,
    )  # fmt: skip
    return article_id




def _move_unassigned(
    j: Recorder,
    article_id: int,
    unassigned_ids: Sequence[int],
    *,
    why: str = "",
    user: str | None = None,
) -> int:
    """Append stray lines of the issue to the article's text (they leave `unassigned`)."""
    row = _row(j.db, article_id)
    lines: list[str] = []
    for uid in unassigned_ids:
        r = j.db.execute("SELECT issue_id, text FROM unassigned WHERE id = ?", [uid]).fetchone()
        if r is None or r[0] != row.issue_id:
            raise CorrectionError(
                f"本期没有散行 {uid} / Issue has no unassigned line {uid}"
            )
        j.touch("unassigned", uid)
        lines.append(r[1])
        j.db.execute("DELETE FROM unassigned WHERE id = ?", [uid])
    if not lines:
        raise CorrectionError("没有选中散行 / No lines chosen")
    text = "\n".join([row.state["text"], *lines]) if row.state["text"] else "\n".join(lines)
    return _commit_state(
        j, article_id, {**row.state, "text": text}, kind="lines", user=user,
        why=why or "移入散行 / moved unassigned lines", extra={"absorbed_lines": lines},
    )  # fmt: skip


def _mark_not_article(
    j: Recorder, article_id: int, *, why: str = "", user: str | None = None
) -> None:
    """Page furniture: the piece leaves the article list and its lines become unassigned.

    Its history is kept (without an article); its highlights become orphans.
    """
    row = _row(j.db, article_id)
    _ensure_original(j, article_id, row)
    number = _next_number(j.db, article_id)
    _add_revision(
        j, article_id, row, number, row.state, kind="not_article", fields=(),
        user=user if user is not None else default_user(), why=why or "非文章 / not an article",
    )  # fmt: skip
    for line in [row.state["title"], *row.state["text"].split("\n")]:
        if line.strip():
            uid = j.db.execute(
                "INSERT INTO unassigned (issue_id, text, line_start, line_end) VALUES (?, ?, ?, ?)",
                [row.issue_id, line, row.line_start, row.line_end],
            ).lastrowid
            j.before[("unassigned", (uid,))] = None
    _remove_article(j, article_id, row)


# -- undo / redo support ----------------------------------------------------------------
def reindex_changes(db: Database, changes: list, apply: Any) -> None:
    """Run `apply()` (the journal writing images back) keeping the search index in step."""
    ids = sorted({key[0] for table, key, *_ in changes if table == "articles"})
    sql = "SELECT title, subtitle, text, issue_date FROM articles WHERE id = ?"
    for aid in ids:
        r = db.execute(sql, [aid]).fetchone()
        if r is not None:
            fts_index.unindex_article(db, aid)
    apply()
    for aid in ids:
        r = db.execute(sql, [aid]).fetchone()
        if r is not None:
            fts_index.index_article(db, aid)


# -- re-import ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewItem:
    """A correction that a re-import could not put back (kept in history)."""

    article_id: int | None
    issue_source: str
    revision: int
    fields: tuple[str, ...]
    title: str

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id,
            "issue_source": self.issue_source,
            "revision": self.revision,
            "fields": list(self.fields),
            "title": self.title,
        }


def created_articles(db: Database, issue_id: int) -> set[int]:
    """Articles made by a split (no parsed original): a re-import leaves them alone."""
    return {
        aid
        for (aid,) in db.execute(
            f"SELECT r.article_id FROM {TABLE} r JOIN articles a ON a.id = r.article_id "
            "WHERE a.issue_id = ? AND r.revision = 0 AND r.kind = 'split'",
            [issue_id],
        )
    }


def _apply_hunks(base: str, ours: str, theirs: str) -> tuple[str, bool]:
    """Re-apply the base->ours text changes onto theirs where their context is still there.

    Returns (text, every hunk applied).
    """
    edits: list[tuple[int, int, str]] = []
    complete = True
    for tag, i1, i2, j1, j2 in opcodes(base, ours):
        if tag == "equal":
            continue
        left = base[max(0, i1 - _CONTEXT) : i1]
        right = base[i2 : i2 + _CONTEXT]
        needle = left + base[i1:i2] + right
        at = theirs.find(needle)
        if at < 0 or theirs.find(needle, at + 1) >= 0 or not needle:
            complete = False
            continue
        edits.append((at + len(left), at + len(left) + (i2 - i1), ours[j1:j2]))
    edits.sort()
    out, pos = [], 0
    for s, e, rep in edits:
        if s < pos:
            complete = False
            continue
        out.append(theirs[pos:s])
        out.append(rep)
        pos = e
    out.append(theirs[pos:])
    return "".join(out), complete


def reapply_after_import(db: Database, issue_id: int, added: Sequence[int] = ()) -> list[ReviewItem]:
    """Put corrections back on a re-imported issue (inside the import's transaction).

    A corrected field whose parsed value is still the original gets the
    correction again; body text is re-applied change by change where the
    original words around it are still there. What cannot be re-applied stays
    in history, the article keeps the new parse, and a 'reimport' revision
    marked for review records it. Articles merged away or marked as not an
    article are taken out again when the new dump still has them.
    """
    j = Recorder(db)  # no journal entry is finished: the import clears nothing
    review: list[ReviewItem] = []
    ids = [
        aid
        for (aid,) in db.execute(
            f"SELECT DISTINCT r.article_id FROM {TABLE} r JOIN articles a ON a.id = r.article_id "
            "WHERE a.issue_id = ?",
            [issue_id],
        )
    ]
    for aid in ids:
        revs = _history(db, aid)
        base, latest = revs[0].state, revs[-1].state
        if revs[0].kind != "original" or len(revs) == 1:
            continue
        row = _row(db, aid)
        parsed = row.state
        target = dict(parsed)
        stuck: list[str] = []
        for f in FIELDS:
            if latest[f] == base[f] or parsed[f] == latest[f]:
                continue
            if parsed[f] == base[f]:
                target[f] = latest[f]
            elif f == "text":
                target[f], complete = _apply_hunks(base[f], latest[f], parsed[f])
                if not complete:
                    stuck.append(f)
            else:
                stuck.append(f)
        if target != parsed:
            _write_state(j, aid, row, target)
        if target != latest:
            _add_revision(
                j, aid, _row(db, aid), revs[-1].revision + 1, target, kind="reimport",
                fields=_changed_fields(latest, target), user="zzreader",
                why="重新导入 / re-import", status=REVIEW if stuck else APPLIED,
            )  # fmt: skip
        if stuck:
            review.append(ReviewItem(aid, row.source, revs[-1].revision, tuple(stuck), target["title"]))
    _drop_absorbed(db, issue_id, added)
    return review


def _drop_absorbed(db: Database, issue_id: int, added: Sequence[int]) -> None:
    """Take out newly parsed pieces that corrections had merged, moved or marked as furniture."""
    source = db.execute("SELECT source FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
    gone_hashes: set[tuple[str, str]] = set()
    lines: list[str] = []
    for kind, extra, state in db.execute(
        f"SELECT r.kind, r.extra, r.state FROM {TABLE} r LEFT JOIN articles a ON a.id = r.article_id "
        "WHERE r.issue_source = ? AND r.kind IN ('merge', 'not_article', 'lines') "
        "AND (r.article_id IS NULL OR a.issue_id = ?)",
        [source, issue_id],
    ):
        data = stored_values.json_value(extra, {})  # untrusted: any JSON, or none
        data = data if isinstance(data, dict) else {}
        for item in _list(data.get("absorbed_articles")):
            if isinstance(item, dict):
                gone_hashes.add((stored_values.text(item.get("title")), stored_values.text(item.get("text_hash"))))
        lines.extend(line for line in _list(data.get("absorbed_lines")) if isinstance(line, str))
        if kind == "not_article":
            st = read_state(state)
            if st is not None:
                gone_hashes.add((st["title"], text_hash(st["text"])))
    if gone_hashes:
        for aid in added:
            r = db.execute("SELECT title, subtitle, text, issue_date FROM articles WHERE id = ?", [aid]).fetchone()
            if r is not None and (r[0], text_hash(r[2])) in gone_hashes:
                fts_index.unindex_article(db, aid)
                db.execute("DELETE FROM articles WHERE id = ?", [aid])
    for line in lines:
        db.execute(
            "DELETE FROM unassigned WHERE id = (SELECT id FROM unassigned WHERE issue_id = ? AND text = ? "
            "ORDER BY id LIMIT 1)",
            [issue_id, line],
        )
    count = db.execute("SELECT count(*) FROM articles WHERE issue_id = ?", [issue_id]).fetchone()[0]
    db.execute("UPDATE issues SET article_count = ? WHERE id = ?", [count, issue_id])




def for_matching(db: Database, issue_id: int, old: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Rows a re-import pairs with the new parse: (rows to update, rows to match on).

    Articles made by a split are left out (the dump never had them); a
    corrected article is matched on its parsed original, not on the fix.
    """
    created = created_articles(db, issue_id)
    kept = [r for r in old if r[0] not in created]
    originals = original_texts(db, [r[0] for r in kept])
    match_on = []
    for r in kept:
        o = originals.get(r[0])
        match_on.append((r[0], r[1], o["title"], o["subtitle"], o["text"], r[5]) if o else r)
    return kept, match_on


class Corrections(Part):
    """`library.corrections`: each write is one undoable operation returning `Changed`."""

    # -- reading ---------------------------------------------------------------------
    def history(self, article_id: int) -> list[Revision]:
        """Revisions oldest first; an uncorrected article has only revision 0 (its row)."""
        with self.reading() as db:
            return _history(db, article_id)

    def current_revision(self, article_id: int) -> int:
        with self.reading() as db:
            r = db.execute(f"SELECT max(revision) FROM {TABLE} WHERE article_id = ? {_WHOLE}", [article_id]).fetchone()
        return r[0] or 0

    def stray_lines(self, article_id: int) -> list[tuple[int, str, int, int]]:
        """The unassigned lines of the article's issue: (id, text, first line, last line), in order."""
        with self.reading() as db:
            return db.execute(
                "SELECT u.id, u.text, u.line_start, u.line_end FROM unassigned u "
                "JOIN articles a ON a.issue_id = u.issue_id WHERE a.id = ? ORDER BY u.line_start, u.id",
                [article_id],
            ).fetchall()

    def pending_review(self) -> list[ReviewItem]:
        """Corrections a re-import could not re-apply, newest first."""
        with self.reading() as db:
            rows = db.execute(
                f"SELECT article_id, issue_source, revision, fields, state FROM {TABLE} r "
                "WHERE status = ? AND revision = (SELECT max(revision) FROM "
                f"{TABLE} x WHERE x.article_id = r.article_id {_WHOLE}) ORDER BY id DESC",
                [REVIEW],
            ).fetchall()
        return [
            ReviewItem(aid, stored_values.text(src), rev, _field_names(f), (read_state(st) or {}).get("title", ""))
            for aid, src, rev, f, st in rows
        ]

    # -- writing ---------------------------------------------------------------------
    def edit(
        self, article_id: int, changes: dict[str, Any], *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Correct some fields of an article; the value is the new revision number."""
        with operation(self.library, "修改文章 / Edit article") as j:
            number = _edit(j, article_id, changes, why=why, user=user)
        return Changed(j.changes, number)

    def revert(
        self, article_id: int, revision: int, *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Make a new revision equal to an older one (the text byte for byte)."""
        with operation(self.library, "恢复修订 / Restore revision") as j:
            number = _revert(j, article_id, revision, why=why, user=user)
        return Changed(j.changes, number)

    def split(
        self, article_id: int, at: int, *, title: str | None = None, why: str = "", user: str | None = None
    ) -> Changed[tuple[int, int]]:
        """Cut an article in two at a body offset; the value is (first id, new id)."""
        with operation(self.library, "拆分文章 / Split article") as j:
            ids = _split(j, article_id, at, title=title, why=why, user=user)
        return Changed(j.changes, ids)

    def merge(self, article_id: int, next_id: int, *, why: str = "", user: str | None = None) -> Changed[int]:
        """Append the next article to this one; its highlights, notes and tags come along."""
        with operation(self.library, "合并文章 / Merge articles") as j:
            kept = _merge(j, article_id, next_id, why=why, user=user)
        return Changed(j.changes, kept)

    def move_unassigned(
        self, article_id: int, unassigned_ids: Sequence[int], *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Append stray lines of the issue to the article's text (they leave `unassigned`)."""
        with operation(self.library, "移入散行 / Move lines into article") as j:
            number = _move_unassigned(j, article_id, unassigned_ids, why=why, user=user)
        return Changed(j.changes, number)

    def mark_not_article(self, article_id: int, *, why: str = "", user: str | None = None) -> Changed[None]:
        """Page furniture: the piece leaves the article list and its lines become unassigned."""
        with operation(self.library, "标为非文章 / Not an article") as j:
            _mark_not_article(j, article_id, why=why, user=user)
        return Changed(j.changes, None)
