"""The stored history of article corrections: revisions read, checked and written.

Every correction is a numbered revision in `article_revisions` holding the
whole editable state of the article (title, subtitle, type, section, bylines,
body text) as JSON, with time, user, reason and the fields that changed.
Revision 0 is the parsed original, written the first time an article is
corrected. The user's actions (core/corrections.py), splits and merges
(core/article_surgery.py), re-imports (core/reimport_corrections.py) and the
corrections file (core/corrections_transfer.py) all write through here.
A library is untrusted, so every stored value is read through
core/stored_values.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core import article_rows, fts_index, issueless, one_line, stored_values
from zzreader.core.anchors import Anchor, anchor_at, make_anchor, reanchor, text_hash
from zzreader.core.article_types import ARTICLE_TYPES
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import ANCHORED, ORPHAN, Recorder
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
class Row:
    state: dict[str, Any]
    seq: int
    issue_id: int
    source: str
    blocks: list
    line_start: int | None
    line_end: int | None


def read_row(db: Database, article_id: int) -> Row:
    r = db.execute(_STATE_SQL, [article_id]).fetchone()
    if r is None:
        raise AnnotationNotFound(issueless.not_found(db, article_id, f"没有这篇文章 / No such article: {article_id}"))
    state = dict(zip(FIELDS, r[:8], strict=True))
    for f in LIST_FIELDS:  # a library is untrusted: a list column may hold anything
        state[f] = stored_values.names(state[f])
    for f in set(FIELDS) - set(LIST_FIELDS):
        state[f] = stored_values.text(state[f])
    return Row(
        state, stored_values.optional_int(r[8]) or 0, r[9], stored_values.text(r[10]),
        article_rows.stored_blocks(r[11]), stored_values.optional_int(r[12]), stored_values.optional_int(r[13]),
    )


# A library is untrusted: a highlight's offsets may be text, negative or reversed. A
# correction carries only spans that are ones; the others stay as they were.
SPAN_OK = 'AND typeof(start) = \'integer\' AND typeof("end") = \'integer\' AND 0 <= start AND start < "end"'

# A library is untrusted: a revision number another tool stored as text is not a number.
WHOLE = "AND typeof(revision) = 'integer'"


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def field_names(value: Any) -> tuple[str, ...]:
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
        stored_values.text(why), field_names(fields),
        stored_values.text(kind), stored_values.text(status), read_state(state) or {}, stored_values.text(uid),
    )  # fmt: skip


_REV_COLS = "revision, created, user, why, fields, kind, status, state, uid"




def history(db: Database, article_id: int) -> list[Revision]:
    rows = db.execute(
        f"SELECT {_REV_COLS} FROM {TABLE} WHERE article_id = ? ORDER BY revision", [article_id]
    ).fetchall()
    if rows:
        return [_revision(r) for r in rows]
    row = read_row(db, article_id)
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


def refuse_bad_body(text: str) -> None:
    """A body typed or pasted as a correction is refused when it is blank (the article would
    vanish from every search) or holds a NUL, which an import refuses as binary. A corrections
    file's states are not checked: they hold what the library held."""
    if "\x00" in text:
        raise CorrectionError("正文含 NUL 字符，像是二进制文件 / The text holds a NUL character, as a binary file does")
    if not text.strip():
        raise CorrectionError("正文不能为空 / The text cannot be empty")


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
def blocks_for(old_blocks: list, old_text: str, new_text: str) -> list:
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


def write_state(j: Recorder, article_id: int, row: Row, state: dict[str, Any]) -> None:
    """Put a state on the article row, re-index it and carry its highlights."""
    db = j.db
    j.touch("articles", article_id)
    old = row.state
    fts_index.unindex_article(db, article_id)  # before the row changes: it reads the row
    blocks = blocks_for(row.blocks, old["text"], state["text"])
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
        f"WHERE article_id = ? AND anchor_state = ? {SPAN_OK}",
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


def ensure_original(j: Recorder, article_id: int, row: Row, kind: str = "original") -> None:
    """Write revision 0 (the row as parsed) before the first correction."""
    if j.db.execute(f"SELECT 1 FROM {TABLE} WHERE article_id = ?", [article_id]).fetchone():
        return
    add_revision(j, article_id, row, 0, row.state, kind=kind, fields=(), user="", why="")


def add_revision(
    j: Recorder,
    article_id: int | None,
    row: Row,
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


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f for f in FIELDS if old.get(f) != new.get(f)]


def next_number(db: Database, article_id: int) -> int:
    r = db.execute(f"SELECT max(revision) FROM {TABLE} WHERE article_id = ? {WHOLE}", [article_id]).fetchone()
    return (r[0] or 0) + 1


def commit_state(
    j: Recorder, article_id: int, state: dict[str, Any], *, kind: str, user: str | None, why: str,
    extra: dict | None = None, uid: str | None = None, created: str | None = None,
) -> int:
    """Write `state` as the article's next revision; returns its number (current if no change)."""
    row = read_row(j.db, article_id)
    fields = changed_fields(row.state, state)
    if not fields and not extra:
        return next_number(j.db, article_id) - 1
    ensure_original(j, article_id, row)
    number = next_number(j.db, article_id)
    write_state(j, article_id, row, state)
    add_revision(
        j, article_id, read_row(j.db, article_id), number, state, kind=kind, fields=fields,
        user=user if user is not None else default_user(), why=why.strip(), extra=extra,
        uid=uid, created=created,
    )  # fmt: skip
    return number

