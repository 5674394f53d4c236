"""The index of people, places and organisations, stored in the library.

Byline entries are exactly the names in the articles' reporters,
correspondents and photographers (roles reporter, correspondent,
photographer); body mentions come from `entity_extract` (role mentioned).
Rows live in `entities` / `entity_mentions` (migration m005); `entity_done`
remembers which articles are indexed at which EXTRACTOR_VERSION, so the
index is built once and then kept up to date on import (`update`).
Aliases merged by hand (`entity_aliases`) fold one name into another when
the index is listed; the rows themselves are never rewritten.
"""

from __future__ import annotations

import json
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zzreader.core import one_line
from zzreader.core.discovery import entity_extract
from zzreader.core.query import QueryError

# Bump when the extractor, its dictionary or its stop list changes meaning.
EXTRACTOR_VERSION = 2
BYLINE_ROLES = {"reporters": "reporter", "correspondents": "correspondent", "photographers": "photographer"}
ROLES = ("reporter", "correspondent", "photographer", "mentioned")
# How a role is stored in entity_mentions.role (migration m009 wrote these numbers).
ROLE_CODES = {"mentioned": 0, "reporter": 1, "correspondent": 2, "photographer": 3}
ROLE_NAMES = {code: role for role, code in ROLE_CODES.items()}
KIND_OF_COMMAND = {"people": "person", "places": "place", "orgs": "org"}
BATCH = 500

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Entry:
    name: str
    roles: dict[str, int]
    articles: int
    first: str | None
    last: str | None
    aliases: tuple[str, ...] = ()

    def to_json(self) -> dict:
        out = {
            "name": self.name,
            "roles": dict(self.roles),
            "articles": self.articles,
            "first": self.first,
            "last": self.last,
        }
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class EntryDetail:
    entry: Entry
    by_year: dict[str, int]
    with_names: list[tuple[str, str, int]]  # (kind, name, shared articles)
    article_ids: list[int] = field(default_factory=list)


# -- building -----------------------------------------------------------------------
class _KnownPeople:
    """The library's byline names and their matcher, kept for the process.

    Recomputing them from every article on each imported issue made import
    time grow with the library (issue 18: 0.4 s an issue after three years).
    They are read once from the index itself (the names indexed with a byline
    role, plus the bylines of the articles about to be indexed), then each
    update adds the bylines it indexes. Another connection's commit (PRAGMA data_version)
    sends the next update back to the index. A name whose last byline was
    corrected away stays known until then: it can only add a mention.
    """

    def __init__(self) -> None:
        self.version: int | None = None
        self.matcher = entity_extract.NameMatcher()

    def refresh(self, db: Any, pending: list[int]) -> entity_extract.NameMatcher:
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.matcher = entity_extract.NameMatcher(_indexed_byline_names(db))
            self.version = version
        self.matcher.add(_byline_names(db, pending))
        return self.matcher


_KNOWN: weakref.WeakKeyDictionary[Any, _KnownPeople] = weakref.WeakKeyDictionary()


def _known_people(library: Any, pending: list[int]) -> entity_extract.NameMatcher:
    """The people the body scan should recognise: every byline name."""
    known = _KNOWN.get(library)
    if known is None:
        known = _KNOWN[library] = _KnownPeople()
    return known.refresh(library.db, pending)


def _indexed_byline_names(db: Any) -> set[str]:
    roles = [ROLE_CODES[r] for r in BYLINE_ROLES.values()]
    rows = db.execute(
        "SELECT e.name FROM entities e WHERE e.kind = 'person' AND EXISTS "
        "(SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.id "
        f"AND m.role IN ({','.join('?' * len(roles))}))",
        roles,
    )
    return {r[0] for r in rows}


def _byline_names(db: Any, article_ids: list[int]) -> set[str]:
    names: set[str] = set()
    for start in range(0, len(article_ids), BATCH):
        chunk = article_ids[start : start + BATCH]
        rows = db.execute(
            "SELECT reporters, correspondents, photographers FROM articles "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for row in rows:
            for cell in row:
                names.update(n for n in json.loads(cell or "[]") if isinstance(n, str))
    return names


def _pending(db: Any, article_ids: Iterable[int] | None) -> list[int]:
    if article_ids is None:
        rows = db.execute(
            "SELECT a.id FROM articles a LEFT JOIN entity_done d ON d.article_id = a.id "
            "WHERE d.article_id IS NULL OR d.version != ? ORDER BY a.id",
            [EXTRACTOR_VERSION],
        ).fetchall()
        return [r[0] for r in rows]
    return sorted(set(article_ids))


def update(
    library: Any,
    article_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
    scans: Mapping[str, entity_extract.Scan] | None = None,
) -> int:
    """Index the given articles (default: every article not yet indexed); return how many.

    Work is committed per batch, so a cancelled or interrupted build keeps
    what it did and the next call goes on from there. `scans` holds scans
    already made of article bodies (by an import's parse workers), keyed by
    the body; an article whose body is not there is scanned here.
    """
    db = library.db
    with library.lock:
        pending = _pending(db, article_ids)
        known = _known_people(library, pending) if pending else None
    total = len(pending)
    if progress:
        progress(0, total)
    entity_ids: dict[tuple[str, str], int] = {}
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            break
        chunk = pending[start : start + BATCH]
        with library.lock, db.atomic():
            _index_chunk(db, chunk, known, entity_ids, scans or {})
        if progress:
            progress(min(start + BATCH, total), total)
    return total


def _entity_id(db: Any, cache: dict[tuple[str, str], int], kind: str, name: str) -> int:
    key = (kind, name)
    if key not in cache:
        db.execute("INSERT OR IGNORE INTO entities (kind, name) VALUES (?, ?)", [kind, name])
        cache[key] = db.execute(
            "SELECT id FROM entities WHERE kind = ? AND name = ?", [kind, name]
        ).fetchone()[0]
    return cache[key]


def _index_chunk(
    db: Any, ids: list[int], known: Any, cache: dict, scans: Mapping[str, entity_extract.Scan]
) -> None:
    marks = ",".join("?" * len(ids))
    db.execute(f"DELETE FROM entity_mentions WHERE article_id IN ({marks})", ids)
    rows = db.execute(
        f"SELECT id, title, subtitle, text, reporters, correspondents, photographers "
        f"FROM articles WHERE id IN ({marks})",
        ids,
    ).fetchall()
    mentions: list[tuple[int, int, str, int]] = []
    for article_id, title, subtitle, text, *bylines in rows:
        for column, cell in zip(BYLINE_ROLES, bylines):
            for name, n in Counter(json.loads(cell or "[]")).items():
                role = ROLE_CODES[BYLINE_ROLES[column]]
                mentions.append((_entity_id(db, cache, "person", name), article_id, role, n))
        body = entity_extract.article_body(title, subtitle, text)
        for found in entity_extract.extract(body, known, scans.get(body)):
            entity = _entity_id(db, cache, found.kind, found.name)
            mentions.append((entity, article_id, ROLE_CODES["mentioned"], found.count))
    db.conn.executemany(
        "INSERT OR REPLACE INTO entity_mentions (entity_id, article_id, role, count) VALUES (?, ?, ?, ?)",
        mentions,
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO entity_done (article_id, version) VALUES (?, ?)",
        [(i, EXTRACTOR_VERSION) for i in ids],
    )
    # Names no article mentions any more (an edited issue) leave the index.
    db.execute(
        "DELETE FROM entities WHERE NOT EXISTS "
        "(SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id) "
        "AND id IN (SELECT id FROM entities ORDER BY id DESC LIMIT 1000)"
    )


def pending_count(library: Any) -> int:
    with library.lock:
        return len(_pending(library.db, None))


# -- aliases ------------------------------------------------------------------------------
def merge_alias(library: Any, kind: str, alias: str, name: str) -> None:
    """List `alias` under `name` from now on (a hand-made merge, kept in the library)."""
    alias, name = (one_line.clean(v, ("名称", "A name"), 100, QueryError) for v in (alias, name))
    if not alias or not name or alias == name:
        raise QueryError("别名与正名不能为空或相同 / Alias and name must differ and not be empty")
    aliases = _aliases(library, kind)
    target = aliases.get(name, name)
    if target == alias:
        raise QueryError(f"{name} 已并入 {alias} / {name} is already merged into {alias}")
    with library.lock, library.db.atomic():
        library.db.execute(
            "INSERT OR REPLACE INTO entity_aliases (kind, alias, name) VALUES (?, ?, ?)",
            [kind, alias, target],
        )
        # Names merged into the alias follow it to the new name.
        library.db.execute(
            "UPDATE entity_aliases SET name = ? WHERE kind = ? AND name = ?", [target, kind, alias]
        )


def remove_alias(library: Any, kind: str, alias: str) -> None:
    with library.lock, library.db.atomic():
        library.db.execute("DELETE FROM entity_aliases WHERE kind = ? AND alias = ?", [kind, alias])


def _aliases(library: Any, kind: str) -> dict[str, str]:
    with library.lock:
        rows = library.db.execute(
            "SELECT alias, name FROM entity_aliases WHERE kind = ?", [kind]
        ).fetchall()
    return dict(rows)


# -- listing ------------------------------------------------------------------------------
_CANON = "COALESCE(al.name, e.name)"
_FROM = (
    " FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
    "JOIN articles a ON a.id = m.article_id "
    "LEFT JOIN entity_aliases al ON al.kind = e.kind AND al.alias = e.name "
)


def entries(library: Any, kind: str, role: str | None = None, limit: int | None = None) -> list[Entry]:
    """The index of one kind, most articles first; `role` keeps names that had that role."""
    if kind not in entity_extract.KINDS:
        raise QueryError(f"未知类别 / Unknown kind: {kind}")
    if role is not None and role not in ROLES:
        raise QueryError(f"未知角色 / Unknown role: {role}")
    with library.lock:
        db = library.db
        role_rows = db.execute(
            f"SELECT {_CANON}, m.role, count(DISTINCT m.article_id){_FROM}"
            f"WHERE e.kind = ? GROUP BY 1, 2", [kind]
        ).fetchall()
        totals = db.execute(
            f"SELECT {_CANON}, count(DISTINCT m.article_id), min(a.issue_date), max(a.issue_date)"
            f"{_FROM}WHERE e.kind = ? GROUP BY 1", [kind]
        ).fetchall()
    roles: dict[str, dict[str, int]] = defaultdict(dict)
    for name, r, n in role_rows:
        if r in ROLE_NAMES:  # a role code another tool wrote is not one of ours: not counted
            roles[name][ROLE_NAMES[r]] = n
    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, name in _aliases(library, kind).items():
        aliases[name].append(alias)
    out = [
        Entry(name, dict(sorted(roles[name].items())), n, first, last, tuple(sorted(aliases[name])))
        for name, n, first, last in totals
        if role is None or role in roles[name]
    ]
    out.sort(key=lambda e: (-e.articles, e.name))
    return out[:limit] if limit else out


def _names_of(library: Any, kind: str, name: str) -> list[str]:
    return [name] + [a for a, n in _aliases(library, kind).items() if n == name]


def detail(library: Any, kind: str, name: str, with_limit: int = 15) -> EntryDetail:
    """One entry: its articles over time, roles and the names it appears with."""
    names = _names_of(library, kind, name)
    marks = ",".join("?" * len(names))
    with library.lock:
        db = library.db
        rows = db.execute(
            "SELECT m.article_id, m.role, a.issue_date FROM entity_mentions m "
            "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
            f"WHERE e.kind = ? AND e.name IN ({marks}) ORDER BY a.issue_date DESC, a.id",
            [kind, *names],
        ).fetchall()
        ids = list(dict.fromkeys(r[0] for r in rows))
        together: Counter[tuple[str, str]] = Counter()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            cm = ",".join("?" * len(chunk))
            for k, n, c in db.execute(
                f"SELECT e.kind, {_CANON}, count(DISTINCT m.article_id){_FROM}"
                f"WHERE m.article_id IN ({cm}) GROUP BY 1, 2", chunk
            ):
                if (k, n) != (kind, name):
                    together[(k, n)] += c
    roles: Counter[str] = Counter()
    seen_roles = set()
    years: Counter[str] = Counter()
    seen_years = set()
    for article_id, code, date in rows:
        if code not in ROLE_NAMES:  # not a role of ours (an untrusted library)
            continue
        role = ROLE_NAMES[code]
        if (article_id, role) not in seen_roles:
            seen_roles.add((article_id, role))
            roles[role] += 1
        if article_id not in seen_years:
            seen_years.add(article_id)
            years[(date or "????")[:4]] += 1
    dates = sorted(d for _, _, d in rows if d)
    entry = Entry(name, dict(sorted(roles.items())), len(ids), dates[0] if dates else None,
                  dates[-1] if dates else None, tuple(n for n in names if n != name))
    return EntryDetail(
        entry,
        dict(sorted(years.items())),
        [(k, n, c) for (k, n), c in together.most_common(with_limit)],
        ids,
    )


def byline_pairs(library: Any) -> set[tuple[str, int, str]]:
    """(name, article_id, role) straight from the bylines: what the index must equal."""
    out: set[tuple[str, int, str]] = set()
    with library.lock:
        for article_id, *cells in library.db.execute(
            "SELECT id, reporters, correspondents, photographers FROM articles"
        ):
            for column, cell in zip(BYLINE_ROLES, cells):
                out.update((n, article_id, BYLINE_ROLES[column]) for n in json.loads(cell or "[]"))
    return out


def indexed_byline_pairs(library: Any) -> set[tuple[str, int, str]]:
    with library.lock:
        rows = library.db.execute(
            "SELECT e.name, m.article_id, m.role FROM entity_mentions m JOIN entities e "
            "ON e.id = m.entity_id WHERE m.role != ?", [ROLE_CODES["mentioned"]]
        ).fetchall()
    return {(name, article_id, ROLE_NAMES[code]) for name, article_id, code in rows}
