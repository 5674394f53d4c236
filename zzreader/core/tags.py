"""`library.tags`: tags on articles and on highlights, one shared vocabulary.

A tag is stored NFC, without a leading '#', and compared case-insensitively
(the `tags.name` column is COLLATE NOCASE); colours are a palette name or
#rrggbb.

Several tags typed in one field are separated by commas (half and full
width), the enumeration comma or semicolons (`SEPARATORS`, `split_tags`: the
window's tag editor, gui/tag_edit.py, reads a field so). So a new tag, or a
new name for one, may not hold a separator, from the window, the command line
(one line, exit 2) or a W3C file (there a tag "经济,民生" becomes two tags, as
the window would read it). A tag a library already holds with one (made by an
older version, or planted) can still be used, renamed, merged and removed, and
is never split behind the user's back: a field that shows it joined to others
("旧, 标签, 民生") and is saved gives it back in pieces, and `kept_whole` puts
them together again; `split_tags(text, known)` reads it whole from the start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zzreader.core import stored_values
from zzreader.core.changes import Changed
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import Recorder, exists, operation
from zzreader.core.palette import COLORS
from zzreader.core.part import Part
from zzreader.core.textindex import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
# Commas (half and full width), the enumeration comma and semicolons separate tags.
SEPARATORS = re.compile(r"[,，、;；]")
_AROUND_SEPARATOR = re.compile(r" ?([,，、;；]) ?")
# Tags on one article or one highlight. A W3C annotation carries them all and an import takes at
# most this many (core/w3c_validate.py), so no write may go past it: the library's own export
# would not come back (a highlight given 3,000 tags on the command line was skipped by the
# import of its export).
MAX_TAGS_ON_ONE = 200


@dataclass(frozen=True)
class TagInfo:
    """A tag and how many articles and highlights carry it."""

    id: int
    name: str
    color: str | None
    articles: int
    highlights: int

    def __post_init__(self) -> None:
        """A library is untrusted: bytes or a number may be a tag's name. Read as text, not
        cleaned: the tag manager finds, merges and deletes the tag by this name (the GUI
        escapes what it shows, gui/plain_text.py)."""
        object.__setattr__(self, "name", stored_values.text(self.name))
        object.__setattr__(self, "color", stored_values.optional_text(self.color))

    @property
    def count(self) -> int:
        return self.articles + self.highlights


def clean_tag(name: str) -> str:
    """A tag as stored: NFC, no leading '#', inner whitespace collapsed."""
    tag = " ".join(unicodedata.normalize("NFC", name).split()).lstrip("#").strip()
    if not tag:
        raise AnnotationError("标签不能为空 / A tag cannot be empty")
    if any(unicodedata.category(c).startswith("C") for c in tag):  # \x07, U+200B, U+202E…
        raise AnnotationError("标签不能含控制字符 / A tag cannot hold control characters")
    if len(tag) > 100:
        raise AnnotationError("标签太长（最多 100 字） / A tag is at most 100 characters")
    return tag


def _key(name: str) -> str:
    """What makes two spellings one tag: NFC, spaces collapsed (none beside a separator), no '#', case folded."""
    spaced = " ".join(unicodedata.normalize("NFC", name).split()).lstrip("#").strip().casefold()
    return _AROUND_SEPARATOR.sub(r"\1", spaced)


def split_tags(text: str, known: Iterable[str] = ()) -> list[str]:
    """The tags in `text` (a field of several), stripped, without empties or repeats (first spelling wins).

    A `known` tag that holds a separator ("旧, 标签", a library's own) is read whole
    wherever it stands in `text` between separators, in its stored spelling.
    """
    whole = {_key(k): k for k in known if SEPARATORS.search(k)}
    reach = max((len(SEPARATORS.findall(k)) for k in whole.values()), default=0)  # bounds the look-ahead
    parts, seps = SEPARATORS.split(text), SEPARATORS.findall(text)
    found: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(min(len(parts) - 1, i + reach), i, -1):  # the longest known tag first
            joined = parts[i] + "".join(seps[k] + parts[k + 1] for k in range(i, j))
            if _key(joined) in whole:
                found.append(whole[_key(joined)])
                i = j + 1
                break
        else:
            found.append(" ".join(parts[i].split()).lstrip("#").strip())
            i += 1
    out: list[str] = []
    seen: set[str] = set()
    for tag in found:
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def kept_whole(names: Sequence[str], carried: Sequence[str]) -> list[str]:
    """`names` to save on an item that `carried` these tags, with a carried tag that
    holds a separator made whole again where only its pieces came back.

    A tag field shows "旧, 标签" joined to the others by ", " and reads the field
    back split at every separator: saving it turned one tag into two new ones
    ("旧" and "标签") without a word. A piece the item carried as a tag of its
    own stays too.
    """
    out = list(names)
    keys = {_key(n) for n in out}
    own = {_key(c) for c in carried}
    for tag in carried:
        if not SEPARATORS.search(tag) or _key(tag) in keys:
            continue
        pieces = {_key(p) for p in split_tags(tag)}
        if pieces and pieces <= keys:
            out = [n for n in out if _key(n) not in pieces - own]
            out.append(tag)
            keys.add(_key(tag))
    return out


def new_tag_name(name: str) -> str:
    """`clean_tag(name)`, refused when it holds a separator (a tag made or renamed now)."""
    tag = clean_tag(name)
    found = SEPARATORS.search(tag)
    if found:
        raise AnnotationError(
            f"标签不能含逗号、顿号或分号（“{found[0]}”用来分隔多个标签） / A tag cannot hold a comma or "
            f"semicolon (“{found[0]}” separates tags)"
        )
    return tag


def _check_color(color: str | None) -> str | None:
    if color is None or color in COLORS or _HEX_COLOR.fullmatch(color):
        return color
    raise AnnotationError(
        f"未知颜色 {color}（可用颜色名或 #rrggbb） / Unknown colour {color} (a colour name or #rrggbb)"
    )


def _find(db: Database, name: str) -> tuple[int, str, str | None] | None:
    row = db.execute("SELECT id, name, color FROM tags WHERE name = ?", [name]).fetchone()
    return (row[0], row[1], row[2]) if row else None


def tag_id(op: Recorder, name: str) -> int:
    """The id of tag `name` (case-insensitive), created inside the operation if needed."""
    found = _find(op.db, name)
    if found is not None:
        return found[0]
    new_id = op.db.execute("INSERT INTO tags (name) VALUES (?)", [new_tag_name(name)]).lastrowid
    op.before.setdefault(("tags", (new_id,)), None)
    return new_id


def _require(db: Database, name: str) -> tuple[int, str, str | None]:
    found = _find(db, clean_tag(name))
    if found is None:
        raise AnnotationNotFound(f"没有这个标签 / No such tag: {name}")
    return found


def require_articles(db: Database, article_ids: Sequence[int]) -> None:
    for article_id in article_ids:
        if not exists(db, "articles", "id", article_id):
            raise AnnotationNotFound(f"没有这篇文章 / No such article: {article_id}")


_INFO = (
    "SELECT t.id, t.name, t.color, "
    "(SELECT count(*) FROM article_tags WHERE tag_id = t.id), "
    "(SELECT count(*) FROM highlight_tags WHERE tag_id = t.id) FROM tags t"
)


class Tags(Part):
    """`library.tags`."""

    # -- reading ---------------------------------------------------------------------
    def all(self) -> list[TagInfo]:
        """Every tag with how many articles and highlights carry it (tag manager)."""
        with self.reading() as db:
            rows = db.execute(f"{_INFO} ORDER BY t.name COLLATE NOCASE").fetchall()
        return [TagInfo(*r) for r in rows]

    def info(self, tag_id_: int) -> TagInfo:
        with self.reading() as db:
            row = db.execute(f"{_INFO} WHERE t.id = ?", [tag_id_]).fetchone()
        if row is None:
            raise AnnotationNotFound(f"没有这个标签 / No such tag: {tag_id_}")
        return TagInfo(*row)

    def names(self, prefix: str = "") -> list[str]:
        """Tag names for autocompletion: matching `prefix` (folded), most used first."""
        needle = fold(prefix.strip().lstrip("#"))
        infos = [t for t in self.all() if fold(t.name).startswith(needle)]
        return [t.name for t in sorted(infos, key=lambda t: (-t.count, t.name.casefold()))]

    def of_article(self, article_id: int) -> list[str]:
        with self.reading() as db:
            rows = db.execute(
                "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                "WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
                [article_id],
            ).fetchall()
        return [stored_values.text(r[0]) for r in rows]

    def articles_with(self, tag: str) -> list[int]:
        """Ids of articles carrying `tag` themselves or on one of their highlights."""
        with self.reading() as db:
            rows = db.execute(
                "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                "WHERE t.name = ? UNION SELECT h.article_id FROM highlights h "
                "JOIN highlight_tags ht ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id "
                "WHERE t.name = ? AND h.article_id IS NOT NULL ORDER BY 1",
                [clean_tag(tag)] * 2,
            ).fetchall()
        return [r[0] for r in rows]

    # -- writing ---------------------------------------------------------------------
    def set_for_article(self, article_id: int, tags: Iterable[str]) -> Changed[list[str]]:
        """Make an article's tags exactly `tags` (the tag editor's Save)."""
        names = [clean_tag(t) for t in tags]
        with operation(self.library, "更改标签 / Change tags") as op:
            require_articles(op.db, [article_id])
            had = tag_count(op.db, "article_tags", "article_id", article_id)
            names = kept_whole(names, _names_on(op.db, "article_tags", "article_id", article_id))
            wanted = {tag_id(op, n) for n in names}
            op.touch_where("article_tags", "article_id = ?", [article_id])
            for (old,) in op.db.execute(
                "SELECT tag_id FROM article_tags WHERE article_id = ?", [article_id]
            ).fetchall():
                if old not in wanted:
                    op.db.execute(
                        "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                        [article_id, old],
                    )
            for new in wanted:
                op.touch("article_tags", article_id, new)
                op.db.execute(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                    [article_id, new],
                )
            check_room(op.db, "article_tags", "article_id", [article_id], had)
        return Changed(op.changes, self.of_article(article_id))

    def tag_articles(self, tag: str, article_ids: Iterable[int]) -> Changed[int]:
        """Add `tag` to many articles at once; the value is how many were newly tagged."""
        name = clean_tag(tag)
        ids = [*dict.fromkeys(article_ids)]
        added = 0
        with operation(self.library, f"添加标签 {name} / Tag {name}") as op:
            require_articles(op.db, ids)
            tid = tag_id(op, name)
            for article_id in ids:
                op.touch("article_tags", article_id, tid)
                added += op.db.execute(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                    [article_id, tid],
                ).rowcount
            check_room(op.db, "article_tags", "article_id", ids)
        return Changed(op.changes, added)

    def untag_articles(self, tag: str, article_ids: Iterable[int]) -> Changed[int]:
        """Remove `tag` from articles; the value is how many lost it."""
        ids = [*dict.fromkeys(article_ids)]
        removed = 0
        with operation(self.library, f"移除标签 {tag} / Untag {tag}") as op:
            tid = _require(op.db, tag)[0]
            for article_id in ids:
                op.touch("article_tags", article_id, tid)
                removed += op.db.execute(
                    "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [article_id, tid]
                ).rowcount
        return Changed(op.changes, removed)

    def rename(self, old: str, new: str) -> Changed[TagInfo]:
        """Rename a tag everywhere; a name taken by another tag is refused (merge instead)."""
        name = new_tag_name(new)
        with operation(self.library, f"重命名标签 {old} / Rename tag {old}") as op:
            tid = _require(op.db, old)[0]
            other = _find(op.db, name)
            if other is not None and other[0] != tid:
                raise AnnotationError(
                    f"标签「{other[1]}」已存在，请改用合并 / Tag {other[1]} already exists; merge instead"
                )
            op.touch("tags", tid)
            op.db.execute("UPDATE tags SET name = ? WHERE id = ?", [name, tid])
        return Changed(op.changes, self.info(tid))

    def merge(self, sources: Iterable[str], target: str) -> Changed[TagInfo]:
        """Move every use of the `sources` tags onto `target` (created if needed), then drop them."""
        target_name = clean_tag(target)
        with operation(self.library, f"合并标签到 {target_name} / Merge tags into {target_name}") as op:
            from_ids = [_require(op.db, s)[0] for s in sources]
            target_id = tag_id(op, target_name)
            for tid in dict.fromkeys(from_ids):
                if tid != target_id:
                    _move_uses(op, tid, target_id)
        return Changed(op.changes, self.info(target_id))

    def recolor(self, name: str, color: str | None) -> Changed[TagInfo]:
        """Set a tag's colour (a colour name or #rrggbb; None clears it)."""
        _check_color(color)
        with operation(self.library, f"标签颜色 {name} / Recolour tag {name}") as op:
            tid = _require(op.db, name)[0]
            op.touch("tags", tid)
            op.db.execute("UPDATE tags SET color = ? WHERE id = ?", [color, tid])
        return Changed(op.changes, self.info(tid))

    def delete(self, name: str) -> Changed[TagInfo]:
        """Remove a tag from everything and delete it; the value is its counts before."""
        with operation(self.library, f"删除标签 {name} / Delete tag {name}") as op:
            tid = _require(op.db, name)[0]
            info = self.info(tid)
            op.touch("tags", tid)
            op.touch_where("article_tags", "tag_id = ?", [tid])
            op.touch_where("highlight_tags", "tag_id = ?", [tid])
            op.db.execute("DELETE FROM article_tags WHERE tag_id = ?", [tid])
            op.db.execute("DELETE FROM highlight_tags WHERE tag_id = ?", [tid])
            op.db.execute("DELETE FROM tags WHERE id = ?", [tid])
        return Changed(op.changes, info)


def _names_on(db: Database, table: str, owner: str, owner_id: object) -> list[str]:
    """The tags an article or a highlight carries now, as stored."""
    rows = db.execute(
        f"SELECT t.name FROM {table} x JOIN tags t ON t.id = x.tag_id WHERE x.{owner} = ?", [owner_id]
    ).fetchall()
    return [r[0] for r in rows]


def tag_count(db: Database, table: str, owner: str, owner_id: object) -> int:
    """How many tags an article or a highlight carries now."""
    return db.execute(f"SELECT COUNT(*) FROM {table} WHERE {owner} = ?", [owner_id]).fetchone()[0]


def check_room(db: Database, table: str, owner: str, owner_ids: Sequence[object], had: int = 0) -> None:
    """Refuse (inside the write, so nothing of it is kept) when any of these articles or
    highlights now carries more than MAX_TAGS_ON_ONE tags, or more than the `had` it carried
    before (another tool may have left more: removing some of them is never refused)."""
    for start in range(0, len(owner_ids), 500):
        part = list(owner_ids[start : start + 500])
        row = db.execute(
            f"SELECT {owner}, COUNT(*) AS n FROM {table} WHERE {owner} IN ({', '.join('?' * len(part))})"
            f" GROUP BY {owner} HAVING n > ? LIMIT 1",
            [*part, max(MAX_TAGS_ON_ONE, had)],
        ).fetchone()
        if row is not None:  # a highlight is named by what it is (a new one's id means nothing yet)
            zh, en = (f"文章 {row[0]} ", f"article {row[0]}") if table == "article_tags" else ("划线", "the highlight")
            raise AnnotationError(
                f"{zh}的标签太多（{row[1]} 个，最多 {MAX_TAGS_ON_ONE} 个） / Too many tags on {en} "
                f"({row[1]}, at most {MAX_TAGS_ON_ONE})"
            )


def carried_kept_whole(db: Database, highlight_id: str, names: Sequence[str]) -> list[str]:
    """`kept_whole` for a highlight's tags (core/highlights.py set_tags)."""
    return kept_whole(names, _names_on(db, "highlight_tags", "highlight_id", highlight_id))


def _move_uses(op: Recorder, from_id: int, to_id: int) -> None:
    for table, owner in (("article_tags", "article_id"), ("highlight_tags", "highlight_id")):
        op.touch_where(table, "tag_id = ?", [from_id])
        for (owner_id,) in op.db.execute(
            f"SELECT {owner} FROM {table} WHERE tag_id = ?", [from_id]
        ).fetchall():
            op.touch(table, owner_id, to_id)
        op.db.execute(
            f"INSERT OR IGNORE INTO {table} ({owner}, tag_id) "
            f"SELECT {owner}, ? FROM {table} WHERE tag_id = ?",
            [to_id, from_id],
        )
        op.db.execute(f"DELETE FROM {table} WHERE tag_id = ?", [from_id])
    op.touch("tags", from_id)
    op.db.execute("DELETE FROM tags WHERE id = ?", [from_id])
