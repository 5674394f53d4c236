"""What the library state machine checks after every step (tests/core/test_library_state_machine.py).

Snapshots of the tables, the record a write must return for a before/after pair,
and the invariants a user relies on: a sound file and index, highlights on their
words, history that replays, counts that match the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zzreader.core import fts_index, journal
from zzreader.core.changes import Changes
from zzreader.core.store import Library

from tests.reliability.helpers import file_problems

# Tables whose rows a write's record must name, with their keys: the journal's tables, plus issues.
NAMED: dict[str, tuple[str, ...]] = {"issues": ("id",), **journal.KEYS}
Snapshot = dict[str, dict[tuple, dict]]

# Words of our own messages never hold these (core/shown.py puts SQLite's and Python's in ours).
RAW = re.compile(r"Traceback|sqlite3|OperationalError|IntegrityError|constraint failed|NoneType|"
                 r"object has no attribute|KeyError|IndexError|TypeError|no such (?:table|column)")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def dump(library: Library) -> dict[str, list[tuple]]:
    """Every row of every real table (FTS shadow tables too): a refused write must leave all of it."""
    db = library.db
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "ORDER BY name")]
    return {n: db.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


def primary(library: Library) -> dict[str, list[tuple]]:
    """The rows a user made or reads, without the undo journal, the indexes derived from them and
    the id sequences (an undone row's id is not given again: its sequence stays past it)."""
    derived = ("annotation_journal", "entit", "reprint", "articles_fts", "source_basis", "meta", "sqlite_sequence")
    return {t: rows for t, rows in dump(library).items() if not t.startswith(derived)}


def snapshot(library: Library) -> Snapshot:
    """The named tables as {key: row}."""
    out: Snapshot = {}
    for table, keys in NAMED.items():
        cur = library.db.execute(f'SELECT * FROM "{table}"')
        cols = [d[0] for d in cur.description]
        rows = {}
        for r in cur.fetchall():
            row = dict(zip(cols, r, strict=True))
            rows[tuple(row[k] for k in keys)] = row
        out[table] = rows
    return out


def journal_rows(library: Library) -> list[tuple]:
    return library.db.execute("SELECT * FROM annotation_journal ORDER BY id").fetchall()


def changed_rows(before: Snapshot, after: Snapshot) -> Iterable[tuple[str, tuple, dict | None, dict | None]]:
    for table in NAMED:
        b, a = before[table], after[table]
        for key in b.keys() | a.keys():
            if b.get(key) != a.get(key):
                yield table, key, b.get(key), a.get(key)


def record_problems(before: Snapshot, after: Snapshot, changes: Changes, journal_moved: bool) -> list[str]:
    """What the record leaves out (a view not refreshed) or names needlessly."""
    if changes.everything:
        return []
    need: dict[str, set] = {k: set() for k in ("articles", "text", "highlights", "tags", "collections", "issues")}
    may: dict[str, set] = {k: set() for k in need}
    for table, key, b, a in changed_rows(before, after):
        images = [img for img in (b, a) if img]
        for img in images:
            if img.get("article_id") is not None and table not in ("collection_articles", "article_revisions"):
                may["articles"].add(img["article_id"])
            if img.get("issue_id") is not None:
                may["issues"].add(img["issue_id"])
            if img.get("article_id") is not None and table == "article_revisions":
                may["articles"].add(img["article_id"])
        if table == "articles":
            need["articles"].add(key[0])
            need["text"].add(key[0])
        elif table == "issues":
            need["issues"].add(key[0])
        elif table == "article_revisions":
            need["text"].update(img["article_id"] for img in images if img.get("article_id"))
        elif table == "highlights":
            need["highlights"].add(key[0])
            need["articles"].update(img["article_id"] for img in images if img.get("article_id"))
        elif table == "highlight_tags":
            need["highlights"].add(key[0])
            need["tags"].add(key[1])
            for snap in (before, after):
                h = snap["highlights"].get((key[0],))
                if h and h.get("article_id") is not None:
                    may["articles"].add(h["article_id"])
        elif table == "article_tags":
            need["tags"].add(key[1])
            need["articles"].add(key[0])
        elif table == "tags":
            need["tags"].add(key[0])
        elif table in ("collections", "collection_articles"):
            need["collections"].add(key[0])
        elif table == "unassigned":
            need["issues"].update(img["issue_id"] for img in images if img.get("issue_id") is not None)
    problems = []
    for kind, ids in need.items():
        named = set(getattr(changes, kind))
        if ids - named:
            problems.append(f"record leaves out {kind} {sorted(ids - named, key=str)[:5]}")
        extra = named - ids - may[kind]
        if kind == "articles":
            extra -= need["text"]
        if extra:
            problems.append(f"record names unchanged {kind} {sorted(extra, key=str)[:5]}")
    if journal_moved and not changes.journal:
        problems.append("the undo history moved but the record does not say so")
    return problems


def word_of(text: str, skip: int = 0) -> str | None:
    """A run of three Chinese characters of `text` (the `skip`-th such run)."""
    runs = CJK_RUN.findall(text)
    if not runs:
        return None
    run = runs[skip % len(runs)]
    return run[:3]


def visible(library: Library, article_id: int) -> list[str]:
    r = library.db.execute(
        "SELECT text, title, subtitle, kicker, reporters, correspondents, photographers, section, editor "
        "FROM articles WHERE id = ?", [article_id]).fetchone()
    return list(fts_index.visible_fields(*r)) if r else []


def invariant_problems(library: Library, probe_ids: Iterable[int], removed: dict[int, str]) -> list[str]:
    """Everything a user relies on after any sequence of writes; empty when sound."""
    db = library.db
    problems = file_problems(library)  # integrity, foreign keys, issue counts, index keys, FTS check
    for aid in probe_ids:
        fields = visible(library, aid)
        if not fields:
            continue
        word = word_of(fields[0], aid)
        if word is None:
            continue
        hits = {h.article_id for h in library.search(word, limit=None).hits if not h.in_original}
        if aid not in hits:
            problems.append(f"search {word!r} misses article {aid} whose text holds it")
    for aid, word in removed.items():
        if not library.has_article(aid) or any(word in f for f in visible(library, aid)):
            continue
        hits = {h.article_id for h in library.search(word, limit=None).hits if not h.in_original}
        if aid in hits:
            problems.append(f"search {word!r} finds article {aid} whose text no longer holds it")
    rows = db.execute(
        'SELECT h.id, h.start, h."end", h.exact, a.text FROM highlights h JOIN articles a ON a.id = h.article_id '
        "WHERE h.anchor_state != 'orphan'").fetchall()
    for hid, start, end, exact, text in rows:
        if text[start:end] != exact:
            problems.append(f"highlight {hid[:8]} quotes {exact[:20]!r} but its anchor holds {text[start:end][:20]!r}")
    placed_nowhere = db.execute(
        "SELECT count(*) FROM highlights WHERE article_id IS NULL AND anchor_state != 'orphan'").fetchone()[0]
    if placed_nowhere:
        problems.append(f"{placed_nowhere} highlights on no article are not listed as orphans")
    for aid, text in db.execute("SELECT id, text FROM articles").fetchall():
        history = library.corrections.history(aid)
        if len(history) > 1 and history[-1].state and history[-1].state.get("text") != text:
            problems.append(f"article {aid}: its last revision does not replay to its text")
    stats = library.stats()
    n_issues = db.execute("SELECT count(*) FROM issues").fetchone()[0]
    n_articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if (stats.issues, stats.articles) != (n_issues, n_articles):
        problems.append(f"stats say {stats.issues} issues, {stats.articles} articles; rows {n_issues}, {n_articles}")
    if library.highlights.count() != db.execute("SELECT count(*) FROM highlights").fetchone()[0]:
        problems.append("highlight count does not match its rows")
    cycles = db.execute(
        "SELECT a.kind, a.alias FROM entity_aliases a JOIN entity_aliases b ON b.kind = a.kind AND b.alias = a.name"
    ).fetchall()
    if cycles or db.execute("SELECT count(*) FROM entity_aliases WHERE alias = name").fetchone()[0]:
        problems.append(f"alias chain left unresolved or a cycle: {cycles[:3]}")
    return problems
