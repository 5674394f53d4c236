"""`library.highlights`: highlights, underlines and strike-throughs with their notes.

Highlights are never deleted except by the user: a highlight whose text can
no longer be found is kept as an orphan (`anchor_state = 'orphan'`, or no
article at all after its issue was deleted) and can be re-attached by hand.
Offsets are code points of `Article.text`; the anchor (quote, context and
position, core/anchors.py) lets a highlight survive a re-import.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zzreader.core import issueless, one_line, stored_values
from zzreader.core import tags as tags_mod
from zzreader.core.anchors import Anchor, chosen_anchor, find_quote
from zzreader.core.changes import Changed
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import ANCHORED, ORPHAN, Recorder, exists, operation, quote
from zzreader.core.palette import COLORS, STYLES
from zzreader.core.part import Part
from zzreader.core.textindex import fold
from zzreader.core.timestamps import now

if TYPE_CHECKING:
    from sqlite_utils import Database

_TAG_SEP = "\x1f"


@dataclass(frozen=True)
class Highlight:
    """One highlight (or underline / strike-through) with its note and tags."""

    id: str
    article_id: int | None
    issue_source: str | None
    article_seq: int | None
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    text_hash: str
    color: str
    style: str
    note: str
    anchor_state: str
    created: str
    modified: str
    tags: tuple[str, ...] = ()
    article_title: str = ""
    issue_date: str | None = None

    @property
    def orphan(self) -> bool:
        """True when the highlight is not placed on any article text."""
        return self.anchor_state == ORPHAN or self.article_id is None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.start, self.end, self.exact, self.prefix, self.suffix, self.text_hash)


def check_color(color: str) -> str:
    if color not in COLORS:
        raise AnnotationError(
            f"未知颜色 {color}，可用：{'、'.join(COLORS)} / Unknown colour {color}; "
            f"use one of {', '.join(COLORS)}"
        )
    return color


def check_style(style: str) -> str:
    if style not in STYLES:
        raise AnnotationError(
            f"未知样式 {style}，可用：{'、'.join(STYLES)} / Unknown style {style}; "
            f"use one of {', '.join(STYLES)}"
        )
    return style


# What a W3C file may bring in one note (core/w3c_validate.py MAX_TEXT); typed or
# given on the command line a note had no limit at all (2 million characters were saved).
MAX_NOTE_CHARS = 1_000_000


def _clean_note(note: str) -> str:
    if len(note) > MAX_NOTE_CHARS:
        raise AnnotationError(f"批注太长（最多 {MAX_NOTE_CHARS} 字） / A note is at most {MAX_NOTE_CHARS} characters")
    bad = one_line.lone_surrogate(note)
    if bad is not None:
        raise AnnotationError(one_line.unstorable_message(("批注", "The note"), bad))
    return note.replace("\r\n", "\n").replace("\r", "\n").strip()


# -- rows -------------------------------------------------------------------------------
_COLS = (
    "id", "article_id", "issue_source", "article_seq", "start", "end", "exact", "prefix",
    "suffix", "text_hash", "color", "style", "note", "anchor_state", "created", "modified",
)  # fmt: skip
SELECT = (
    ", ".join(f"h.{quote(c)}" for c in _COLS)
    + f", (SELECT group_concat(t.name, char({ord(_TAG_SEP)})) FROM highlight_tags ht "
    "JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id)"
    ", a.title, COALESCE(a.issue_date, i.date)"
    " FROM highlights h LEFT JOIN articles a ON a.id = h.article_id"
    " LEFT JOIN issues i ON i.source = h.issue_source"
)


def from_row(row: Sequence[Any]) -> Highlight:
    values = dict(zip(_COLS, row[: len(_COLS)], strict=True))
    tags_raw, title, date = row[len(_COLS) :]
    # A library is untrusted (core/stored_values.py): bytes, numbers or text in any column.
    sv = stored_values
    for k in ("id", "exact", "prefix", "suffix", "text_hash", "note", "created", "modified", "anchor_state"):
        values[k] = sv.text(values[k])
    for k in ("article_id", "article_seq"):
        values[k] = sv.optional_int(values[k])
    values["start"], values["end"] = sv.optional_int(values["start"]) or 0, sv.optional_int(values["end"]) or 0
    values["issue_source"] = sv.optional_text(values["issue_source"])
    values["color"] = sv.text(values["color"]) or COLORS[0]
    values["style"] = sv.text(values["style"]) or STYLES[0]
    tags_raw = sv.text(tags_raw)
    tags = tuple(sorted(tags_raw.split(_TAG_SEP), key=str.casefold)) if tags_raw else ()
    return Highlight(**values, tags=tags, article_title=sv.line(title), issue_date=sv.optional_text(date))


def anchor_values(anchor: Anchor) -> dict[str, Any]:
    """The columns that store an anchor."""
    return {
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "text_hash": anchor.text_hash,
    }


def insert_row(db: Database, values: dict[str, Any]) -> None:
    cols = list(values)
    db.execute(
        f"INSERT INTO highlights ({', '.join(map(quote, cols))}) VALUES ({', '.join('?' * len(cols))})",
        [values[c] for c in cols],
    )


def set_tags(op: Recorder, highlight_id: str, names: list[str]) -> None:
    """Make a highlight's tags exactly `names` inside an operation (a carried tag holding
    a separator that came back in pieces stays whole: core/tags.py kept_whole)."""
    had = tags_mod.tag_count(op.db, "highlight_tags", "highlight_id", highlight_id)
    names = tags_mod.carried_kept_whole(op.db, highlight_id, names)
    wanted = {tags_mod.tag_id(op, n) for n in names}
    op.touch_where("highlight_tags", "highlight_id = ?", [highlight_id])
    for (tag_id,) in op.db.execute(
        "SELECT tag_id FROM highlight_tags WHERE highlight_id = ?", [highlight_id]
    ).fetchall():
        if tag_id not in wanted:
            op.db.execute(
                "DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?",
                [highlight_id, tag_id],
            )
    for tag_id in wanted:
        _link_tag(op, highlight_id, tag_id)
    tags_mod.check_room(op.db, "highlight_tags", "highlight_id", [highlight_id], had)


def _link_tag(op: Recorder, highlight_id: str, tag_id: int) -> None:
    op.touch("highlight_tags", highlight_id, tag_id)
    op.db.execute(
        "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)",
        [highlight_id, tag_id],
    )


def _article_text(db: Database, article_id: int) -> tuple[str, int, str]:
    """(text, seq, issue source name) of an article."""
    row = db.execute(
        "SELECT a.text, a.seq, i.source FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        raise AnnotationNotFound(issueless.not_found(db, article_id, f"没有这篇文章 / No such article: {article_id}"))
    return stored_values.text(row[0]), row[1], stored_values.text(row[2])  # as the page shows them


def _require(db: Database, highlight_id: str) -> None:
    if not exists(db, "highlights", "id", highlight_id):
        raise AnnotationNotFound(f"没有这条划线 / No such highlight: {highlight_id}")


def _all_occurrences(text: str, quote_: str) -> list[int]:
    n, spans = 1, []
    while (span := find_quote(text, quote_, n)) is not None:
        spans.append(span[0])
        n += 1
    return spans


# The rowid breaks ties in insertion order (two edits can share a millisecond).
SORTS = {
    "article": "COALESCE(a.issue_date, i.date), a.issue_id, a.seq, h.start, h.rowid",
    "created": "h.created DESC, h.rowid DESC",
    "modified": "h.modified DESC, h.rowid DESC",
    "color": "h.color, h.created DESC, h.rowid DESC",
}


class Highlights(Part):
    """`library.highlights`."""

    # -- reading ---------------------------------------------------------------------
    def get(self, highlight_id: str) -> Highlight:
        with self.reading() as db:
            row = db.execute(f"SELECT {SELECT} WHERE h.id = ?", [highlight_id]).fetchone()
        if row is None:
            raise AnnotationNotFound(f"没有这条划线 / No such highlight: {highlight_id}")
        return from_row(row)

    def for_article(self, article_id: int) -> list[Highlight]:
        """Placed highlights of an article in text order (what the article pane draws)."""
        with self.reading() as db:
            rows = db.execute(
                f"SELECT {SELECT} WHERE h.article_id = ? AND h.anchor_state != ? "
                'ORDER BY h.start, h."end", h.created, h.rowid',
                [article_id, ORPHAN],
            ).fetchall()
        return [from_row(r) for r in rows]

    def find(
        self,
        *,
        tag: str | None = None,
        color: str | None = None,
        collection_id: int | None = None,
        article_id: int | None = None,
        issue_id: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        text: str | None = None,
        orphans: bool | None = None,
        ids: Iterable[str] | None = None,
        sort: str = "article",
    ) -> list[Highlight]:
        """Highlights for the annotation browser and exports, filtered and sorted.

        `text` matches quote or note, ignoring Latin case and character width,
        and finds every highlight that contains it (no word segmentation).
        `orphans=True` lists only orphans, False only placed ones.
        """
        where: list[str] = []
        params: list[Any] = []
        if tag is not None:
            where.append(
                "h.id IN (SELECT ht.highlight_id FROM highlight_tags ht JOIN tags t "
                "ON t.id = ht.tag_id WHERE t.name = ?)"
            )
            params.append(tags_mod.clean_tag(tag))
        if color is not None:
            where.append("h.color = ?")
            params.append(check_color(color))
        if collection_id is not None:
            where.append(
                "h.article_id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)"
            )
            params.append(collection_id)
        if article_id is not None:
            where.append("h.article_id = ?")
            params.append(article_id)
        if issue_id is not None:
            where.append("(a.issue_id = ? OR (h.article_id IS NULL AND i.id = ?))")
            params += [issue_id, issue_id]
        if date_from:
            where.append("COALESCE(a.issue_date, i.date) >= ?")
            params.append(date_from)
        if date_to:
            where.append("COALESCE(a.issue_date, i.date) <= ?")
            params.append(date_to)
        if orphans is True:
            where.append("(h.anchor_state = ? OR h.article_id IS NULL)")
            params.append(ORPHAN)
        elif orphans is False:
            where.append("(h.anchor_state != ? AND h.article_id IS NOT NULL)")
            params.append(ORPHAN)
        if ids is not None:
            id_list = [*ids]
            if not id_list:
                return []
            where.append(f"h.id IN ({', '.join('?' * len(id_list))})")
            params += id_list
        if sort not in SORTS:
            raise AnnotationError(f"未知的排序方式 {sort} / Unknown sort order: {sort}")
        sql = f"SELECT {SELECT}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {SORTS[sort]}"
        with self.reading() as db:
            rows = db.execute(sql, params).fetchall()
        found = [from_row(r) for r in rows]
        if text:
            needle = fold(text.strip())
            found = [h for h in found if needle in fold(h.exact) or needle in fold(h.note)]
        return found

    def orphans(self) -> list[Highlight]:
        """Highlights not placed on any text, for the browser's orphan list."""
        return self.find(orphans=True)

    def search_notes(self, text: str) -> list[Highlight]:
        """`note:` search: every highlight whose note contains `text` (exact recall).

        Like article search, Latin case and full/half width are ignored and no
        word segmentation can hide a hit: this is a substring test on folded text.
        """
        needle = fold(text.strip())
        if not needle:
            return []
        with self.reading() as db:
            rows = db.execute(
                f"SELECT {SELECT} WHERE h.note != '' ORDER BY h.created, h.rowid"
            ).fetchall()
        return [h for h in map(from_row, rows) if needle in fold(h.note)]

    def count(self) -> int:
        with self.reading() as db:
            return db.execute("SELECT count(*) FROM highlights").fetchone()[0]

    # -- writing ---------------------------------------------------------------------
    def add(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        color: str = "yellow",
        style: str = "highlight",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Changed[Highlight]:
        """Highlight `text[start:end]` of an article (code-point offsets of Article.text)."""
        check_color(color)
        check_style(style)
        tag_names = [tags_mod.clean_tag(t) for t in tags]
        with operation(self.library, "划线 / Highlight") as op:
            text, seq, issue_source = _article_text(op.db, article_id)
            try:
                anchor = chosen_anchor(text, start, end)
            except ValueError as exc:
                raise AnnotationError(str(exc)) from exc
            import uuid  # with the first highlight, not at start

            hid = str(uuid.uuid4())
            stamp = now()
            op.touch("highlights", hid)
            insert_row(
                op.db,
                {
                    "id": hid,
                    "article_id": article_id,
                    "issue_source": issue_source,
                    "article_seq": seq,
                    **anchor_values(anchor),
                    "color": color,
                    "style": style,
                    "note": _clean_note(note),
                    "anchor_state": ANCHORED,
                    "created": stamp,
                    "modified": stamp,
                },
            )
            for name in tag_names:
                _link_tag(op, hid, tags_mod.tag_id(op, name))
            tags_mod.check_room(op.db, "highlight_tags", "highlight_id", [hid])
        return Changed(op.changes, self.get(hid))

    def add_quote(
        self, article_id: int, quote_: str, *, occurrence: int = 1, **options: Any
    ) -> Changed[Highlight]:
        """Highlight the `occurrence`-th appearance of a quote (the CLI's way in)."""
        with self.reading() as db:
            text, _seq, _src = _article_text(db, article_id)
        span = find_quote(text, quote_, occurrence)
        if span is None:
            found = len(_all_occurrences(text, quote_))
            if found and occurrence > found:
                raise AnnotationError(
                    f"文章 {article_id} 中这段文字只出现 {found} 次 / The quote occurs only "
                    f"{found} time(s) in article {article_id}"
                )
            raise AnnotationError(
                f"文章 {article_id} 中没有这段文字 / Quote not found in article {article_id}: {quote_}"
            )
        return self.add(article_id, span[0], span[1], **options)

    def update(
        self,
        highlight_id: str,
        *,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Changed[Highlight]:
        """Change colour, style, note and/or tags (None leaves a field as it is)."""
        if color is not None:
            check_color(color)
        if style is not None:
            check_style(style)
        tag_names = None if tags is None else [tags_mod.clean_tag(t) for t in tags]
        name = (
            "编辑批注 / Edit note"
            if note is not None and color is None and style is None and tags is None
            else "更改标签 / Change tags"
            if tags is not None and note is None and color is None and style is None
            else "编辑划线 / Edit highlight"
        )
        with operation(self.library, name) as op:
            _require(op.db, highlight_id)
            op.touch("highlights", highlight_id)
            sets: dict[str, Any] = {}
            if color is not None:
                sets["color"] = color
            if style is not None:
                sets["style"] = style
            if note is not None:
                sets["note"] = _clean_note(note)
            if tag_names is not None:
                set_tags(op, highlight_id, tag_names)
            before = op.before[("highlights", (highlight_id,))] or {}
            changed = any(before.get(k) != v for k, v in sets.items()) or (
                tag_names is not None and _tags_changed(op, highlight_id)
            )
            if changed:
                sets["modified"] = now()
                assignments = ", ".join(f"{quote(k)} = ?" for k in sets)
                op.db.execute(
                    f"UPDATE highlights SET {assignments} WHERE id = ?", [*sets.values(), highlight_id]
                )
        return Changed(op.changes, self.get(highlight_id))

    def add_tag(self, highlight_id: str, tag: str) -> Changed[Highlight]:
        current = self.get(highlight_id).tags
        return self.update(highlight_id, tags=[*current, tag])

    def remove_tag(self, highlight_id: str, tag: str) -> Changed[Highlight]:
        key = tags_mod.clean_tag(tag).casefold()
        current = self.get(highlight_id).tags
        return self.update(highlight_id, tags=[t for t in current if t.casefold() != key])

    def delete(self, highlight_id: str) -> Changed[None]:
        """Delete a highlight with its note and tags (undoable)."""
        with operation(self.library, "删除划线 / Delete highlight") as op:
            _require(op.db, highlight_id)
            op.touch("highlights", highlight_id)
            op.touch_where("highlight_tags", "highlight_id = ?", [highlight_id])
            op.db.execute("DELETE FROM highlight_tags WHERE highlight_id = ?", [highlight_id])
            op.db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])
        return Changed(op.changes, None)

    def reattach(self, highlight_id: str, article_id: int, start: int, end: int) -> Changed[Highlight]:
        """Place a (usually orphaned) highlight on a span chosen by hand."""
        with operation(self.library, "重新挂接划线 / Re-attach highlight") as op:
            _require(op.db, highlight_id)
            text, seq, issue_source = _article_text(op.db, article_id)
            try:
                anchor = chosen_anchor(text, start, end)
            except ValueError as exc:
                raise AnnotationError(str(exc)) from exc
            op.touch("highlights", highlight_id)
            values = {
                "article_id": article_id,
                "issue_source": issue_source,
                "article_seq": seq,
                **anchor_values(anchor),
                "anchor_state": ANCHORED,
                "modified": now(),
            }
            op.db.execute(
                f"UPDATE highlights SET {', '.join(f'{quote(k)} = ?' for k in values)} WHERE id = ?",
                [*values.values(), highlight_id],
            )
        return Changed(op.changes, self.get(highlight_id))

    def reanchor_issue(self, issue_id: int) -> Changed[Any]:
        """Put an issue's highlights back on its re-imported text (core/reanchor.py)."""
        from zzreader.core.reanchor import reanchor_issue

        return reanchor_issue(self.library, issue_id)


def _tags_changed(op: Recorder, highlight_id: str) -> bool:
    return any(
        table == "highlight_tags" and key[0] == highlight_id and op.row(table, key) != before
        for (table, key), before in op.before.items()
    )
