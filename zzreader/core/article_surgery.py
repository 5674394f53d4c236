"""Corrections that change which articles an issue has: split, merge, stray lines, not an article.

Each runs inside one journal operation (core/corrections.py opens it), so
undo restores every row it touched; highlights follow their text and tags
and collections follow the article. The history of each piece is kept in
core/revisions.py.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from zzreader.core import fts_index, one_line
from zzreader.core import revisions as rv
from zzreader.core.anchors import make_anchor, text_hash
from zzreader.core.journal import ANCHORED, ORPHAN, Recorder
from zzreader.core.revisions import LINE_LIMIT, TABLE, CorrectionError, default_user


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


def split(
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
    row = rv.read_row(j.db, article_id)
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
    tail_blocks = rv.blocks_for(row.blocks, text, text)  # all blocks of the old text
    second_id = _insert_article(j, row, date, new_title, tail, tail_blocks, text)
    # Highlights wholly in the tail move over before the head is written.
    shift = tail_start
    moved = j.db.execute(
        'SELECT id, start, "end" FROM highlights WHERE article_id = ? AND anchor_state = ? '
        f"AND start >= ? {rv.SPAN_OK}",
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
    rv.commit_state(
        j, article_id, {**row.state, "text": head}, kind="split", user=who,
        why=why or f"在第 {at} 字处拆分 / split at {at}", extra=extra,
    )  # fmt: skip
    second = rv.read_row(j.db, second_id)
    rv.add_revision(
        j, second_id, second, 0, second.state, kind="split", fields=(), user=who,
        why=why or f"拆自文章 {article_id} / split from article {article_id}",
        extra={"split_from": article_id},
    )  # fmt: skip
    return article_id, second_id


def _insert_article(
    j: Recorder, row: rv.Row, date: str | None, title: str, text: str, blocks: list, full: str
) -> int:
    """A new article after `row` holding `text` (a tail of `full`)."""
    tail_blocks = rv.blocks_for(blocks, full, text)
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
    _recount(j, row.issue_id)
    return new_id


def _recount(j: Recorder, issue_id: int | None) -> None:
    """The issue's stored article count (the tree, the page's "k of N", the calendar) as it now is.

    Journalled, so undo and redo put it back with the articles."""
    if issue_id is None:  # an article another tool cut from its issue (core/issueless.py)
        return
    j.touch("issues", issue_id)
    j.db.execute(
        "UPDATE issues SET article_count = (SELECT count(*) FROM articles WHERE issue_id = ?) WHERE id = ?",
        [issue_id, issue_id],
    )


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


def _remove_article(j: Recorder, article_id: int, row: rv.Row) -> None:
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
    _recount(j, row.issue_id)


def merge(
    j: Recorder, article_id: int, next_id: int, *, why: str = "", user: str | None = None
) -> int:
    """Append the next article to this one; its highlights, notes and tags come along."""
    first, second = rv.read_row(j.db, article_id), rv.read_row(j.db, next_id)
    if article_id == next_id or first.issue_id != second.issue_id:
        raise CorrectionError(
            "只能合并同一期的两篇文章 / Only two articles of the same issue can be merged"
        )
    if second.seq < first.seq:  # its text would land after this one's, out of the paper's order
        raise CorrectionError(
            f"文章 {next_id} 在文章 {article_id} 之前：请把后一篇并入前一篇 / Article {next_id} comes "
            f"before article {article_id}: merge the later article into the earlier one"
        )
    head = first.state["text"]
    offset = len(head) + 1 if head else 0
    text = (head + "\n" + second.state["text"]) if head else second.state["text"]
    rows = j.db.execute(
        f'SELECT id, start, "end" FROM highlights WHERE article_id = ? {rv.SPAN_OK}', [next_id]
    ).fetchall()
    new_hash = text_hash(text)
    _copy_links(j, next_id, article_id)
    rv.ensure_original(j, article_id, first)
    number = rv.next_number(j.db, article_id)
    _remove_article(j, next_id, second)
    rv.write_state(j, article_id, first, {**first.state, "text": text})
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
    rv.add_revision(
        j, article_id, rv.read_row(j.db, article_id), number, {**first.state, "text": text},
        kind="merge", fields=("text",), user=user if user is not None else default_user(),
        why=why or f"并入文章 {next_id} / merged article {next_id}", extra=extra,
    )  # fmt: skip
    return article_id




def move_unassigned(
    j: Recorder,
    article_id: int,
    unassigned_ids: Sequence[int],
    *,
    why: str = "",
    user: str | None = None,
) -> int:
    """Append stray lines of the issue to the article's text (they leave `unassigned`)."""
    row = rv.read_row(j.db, article_id)
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
    return rv.commit_state(
        j, article_id, {**row.state, "text": text}, kind="lines", user=user,
        why=why or "移入散行 / moved unassigned lines", extra={"absorbed_lines": lines},
    )  # fmt: skip


def mark_not_article(
    j: Recorder, article_id: int, *, why: str = "", user: str | None = None
) -> None:
    """Page furniture: the piece leaves the article list and its lines become unassigned.

    Its history is kept (without an article); its highlights become orphans.
    """
    row = rv.read_row(j.db, article_id)
    rv.ensure_original(j, article_id, row)
    number = rv.next_number(j.db, article_id)
    rv.add_revision(
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

