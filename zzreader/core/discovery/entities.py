"""The index of people, places and organisations, stored in the library.

Byline entries are exactly the names in the articles' reporters,
correspondents and photographers (roles reporter, correspondent,
photographer); body mentions come from `entity_extract` (role mentioned).
Rows live in `entities` (migration m005) and, packed, in `entity_articles` /
`entity_postings` (m012, core/discovery/mention_store.py); each article's row
remembers the EXTRACTOR_VERSION it was indexed at, so the
index is built once and then kept up to date on import (`update`).
Aliases merged by hand (`entity_aliases`) fold one name into another when
the index is listed; the rows themselves are never rewritten. numpy (through
mention_store) loads only when the index is used, not with the importer.
"""

from __future__ import annotations

import json
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core import choices, one_line, stored_values
from zzreader.core.discovery import entity_extract
from zzreader.core.query import QueryError

if TYPE_CHECKING:
    import numpy as np

# Bump when the extractor, its dictionary or its stop list changes meaning. Not bumped for the
# exact merge of entity_extract.dictionary_spans (a word in about 1 text of 900 more): a bump
# re-scans every article (about 1.4 ms each), minutes at decades, for that.
EXTRACTOR_VERSION = 2
BYLINE_ROLES = {"reporters": "reporter", "correspondents": "correspondent", "photographers": "photographer"}
ROLES = choices.ENTITY_ROLES
# How a role is stored (m009 wrote these numbers; m012 packs them in two bits).
ROLE_CODES = {"mentioned": 0, "reporter": 1, "correspondent": 2, "photographer": 3}
ROLE_NAMES = {code: role for role, code in ROLE_CODES.items()}
KIND_OF_COMMAND = choices.ENTITY_KIND_OF_COMMAND
BATCH = 500
BYLINE_NAMES = "entity_byline_names"  # meta: every byline name indexed so far (a JSON list)

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
    time grow with the library (issue 18: 0.4 s an issue after three years),
    and so did reading them from the packed postings on each opening (2 s on
    a 70-year library). The names are kept in `meta` (BYLINE_NAMES): the
    first update on a library without them reads them from the index once
    (the names indexed with a byline role) and stores them; every update
    then adds the bylines it is about to index, in its first transaction.
    Another connection's commit (PRAGMA data_version) sends the next update
    back to the stored list. A name whose last byline was corrected away
    stays known until `compact` drops the list: it can only add a mention.
    """

    def __init__(self) -> None:
        self.version: int | None = None
        self.matcher = entity_extract.NameMatcher()
        self.stored: set[str] = set()
        self.unsaved: set[str] = set()

    def refresh(self, db: Any, pending: list[int]) -> entity_extract.NameMatcher:
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            stored = _stored_byline_names(db)
            self.stored = set() if stored is None else stored
            names = _indexed_byline_names(db) if stored is None else stored
            self.unsaved = names - self.stored
            self.matcher = entity_extract.NameMatcher(names)
            self.version = version
        bylines = _byline_names(db, pending)
        self.unsaved |= bylines - self.stored
        self.matcher.add(bylines)
        return self.matcher

    def save(self, db: Any) -> None:
        """Add the names not yet stored to BYLINE_NAMES; inside a write transaction."""
        if not self.unsaved:
            return
        stored = _stored_byline_names(db)  # another process may have added names, or compacted
        names = (self.stored if stored is None else stored) | self.unsaved
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [BYLINE_NAMES, json.dumps(sorted(names), ensure_ascii=False)],
        )
        self.stored, self.unsaved = names, set()


_KNOWN: weakref.WeakKeyDictionary[Any, _KnownPeople] = weakref.WeakKeyDictionary()


def _known_people(library: Any) -> _KnownPeople:
    """The people the body scan should recognise: every byline name."""
    known = _KNOWN.get(library)
    if known is None:
        known = _KNOWN[library] = _KnownPeople()
    return known


def _stored_byline_names(db: Any) -> set[str] | None:
    """BYLINE_NAMES as a set; None when it is missing or not a list of names (untrusted)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [BYLINE_NAMES]).fetchone()
    names = stored_values.json_value(row[0], None) if row and isinstance(row[0], str) else None  # RecursionError too
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return None
    return set(names)


def forget_byline_names(db: Any) -> None:
    """Drop the stored list, so the next update reads it from the index again (after a compact)."""
    db.execute("DELETE FROM meta WHERE key = ?", [BYLINE_NAMES])


def _indexed_byline_names(db: Any) -> set[str]:
    from zzreader.core.discovery import mention_store

    rows, _articles, roles, owner = mention_store.postings(db, "e.kind = 'person'", [])
    return {rows[i][2] for i in set(owner[roles != ROLE_CODES["mentioned"]].tolist())}


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
                names.update(stored_values.names(cell))  # untrusted: any JSON, or none
    return names


def _pending(db: Any, article_ids: Iterable[int] | None) -> list[int]:
    if article_ids is None:
        rows = db.execute(
            "SELECT a.id FROM articles a LEFT JOIN entity_articles d ON d.article_id = a.id "
            "WHERE (d.article_id IS NULL OR d.version != ?) AND a.id > 0 ORDER BY a.id",
            [EXTRACTOR_VERSION],
        ).fetchall()
        return [r[0] for r in rows]
    # The postings store ids as deltas from 0 (packed.py): an id another tool made
    # zero or negative is not indexed, rather than stopping every update.
    return sorted(i for i in set(article_ids) if i > 0)


def unindexed(library: Any) -> int:
    """How many articles the index lacks (or holds at an older EXTRACTOR_VERSION)."""
    with library.lock:
        return len(_pending(library.db, None))


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
    if getattr(library, "read_only", False):
        return 0  # nothing can be stored: the index is listed as it is (`unindexed` says what it lacks)
    db = library.db
    with library.lock:
        pending = _pending(db, article_ids)
        people = _known_people(library)
        known = people.refresh(db, pending) if pending else None
    total = len(pending)
    if progress:
        progress(0, total)
    entity_ids: dict[tuple[str, str], int] = {}
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            break
        chunk = pending[start : start + BATCH]
        with library.lock, db.atomic():
            people.save(db)
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
    from zzreader.core.discovery import mention_store

    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT id, title, subtitle, text, reporters, correspondents, photographers "
        f"FROM articles WHERE id IN ({marks})",
        ids,
    ).fetchall()
    mentions: dict[int, dict[tuple[int, int], int]] = {}
    for article_id, title, subtitle, text, *bylines in rows:
        found_here = mentions[article_id] = {}
        for column, cell in zip(BYLINE_ROLES, bylines):
            for name, n in Counter(stored_values.names(cell)).items():
                role = ROLE_CODES[BYLINE_ROLES[column]]
                found_here[(_entity_id(db, cache, "person", name), role)] = n
        body = entity_extract.article_body(title, subtitle, text)
        for found in entity_extract.extract(body, known, scans.get(body)):
            entity = _entity_id(db, cache, found.kind, found.name)
            found_here[(entity, ROLE_CODES["mentioned"])] = found.count
    mention_store.replace(
        db, {a: [(e, r, n) for (e, r), n in found.items()] for a, found in mentions.items()}, EXTRACTOR_VERSION
    )
    # Names no article mentions any more (an edited issue) leave the index.
    db.execute(
        "DELETE FROM entities WHERE NOT EXISTS "
        "(SELECT 1 FROM entity_postings p WHERE p.entity_id = entities.id) "
        "AND id IN (SELECT id FROM entities ORDER BY id DESC LIMIT 1000)"
    )


def pending_count(library: Any) -> int:
    with library.lock:
        return len(_pending(library.db, None))


# -- aliases ------------------------------------------------------------------------------
def merge_alias(library: Any, kind: str, alias: str, name: str) -> tuple[str, str]:
    """List `alias` under `name` from now on (a hand-made merge, kept in the library).

    Returns (alias, name) as stored: cleaned to one line, and `name` followed to the
    name it is itself listed under; the command line shows these, not what was typed.
    """
    alias, name = _clean_names(alias, name)
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
    return alias, target


def remove_alias(library: Any, kind: str, alias: str) -> str:
    """Stop listing `alias` under another name; the alias as stored. QueryError when no such
    alias is listed: the alias is cleaned as `merge_alias` cleaned it (a name typed with a
    newline was stored with a space and could never be removed), and "unmerged" is not
    said of a name that was never merged."""
    (alias,) = _clean_names(alias)
    with library.lock, library.db.atomic():
        removed = library.db.execute(
            "DELETE FROM entity_aliases WHERE kind = ? AND alias = ?", [kind, alias]
        ).rowcount
    if not removed:
        raise QueryError(f"没有这个别名「{alias}」 / No such alias: 「{alias}」")
    return alias


def _clean_names(*names: str) -> tuple[str, ...]:
    return tuple(one_line.clean(v, ("名称", "A name"), 100, QueryError) for v in names)


def _aliases(library: Any, kind: str) -> dict[str, str]:
    with library.lock:
        rows = library.db.execute(
            "SELECT alias, name FROM entity_aliases WHERE kind = ?", [kind]
        ).fetchall()
    return dict(rows)


# -- listing ------------------------------------------------------------------------------
def _article_dates(db: Any, ids: Iterable[int] | None = None) -> dict[int, str | None]:
    """The issue date of these articles (every article by default: a covering index)."""
    if ids is None:
        return dict(db.execute("SELECT id, issue_date FROM articles").fetchall())
    ids = list(ids)
    out: dict[int, str | None] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        out.update(db.execute(
            f"SELECT id, issue_date FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall())
    return out


def entries(library: Any, kind: str, role: str | None = None, limit: int | None = None) -> list[Entry]:
    """The index of one kind, most articles first; `role` keeps names that had that role."""
    import numpy as np

    from zzreader.core.discovery import mention_store

    if kind not in entity_extract.KINDS:
        raise QueryError(f"未知类别 / Unknown kind: {kind}")
    if role is not None and role not in ROLES:
        raise QueryError(f"未知角色 / Unknown role: {role}")
    with library.lock:
        rows, articles, codes, owner = mention_store.postings(library.db, "e.kind = ?", [kind])
        dates = _article_dates(library.db)
    names = sorted({r[2] for r in rows})
    index = {n: i for i, n in enumerate(names)}
    canon = np.array([index[r[2]] for r in rows], np.int64)[owner] if rows else np.zeros(0, np.int64)
    counts, role_counts, firsts, lasts = _tally(canon, codes, articles, dates, len(names))
    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, name in _aliases(library, kind).items():
        aliases[name].append(alias)
    out = []
    for c in np.flatnonzero(counts).tolist():
        had = {ROLE_NAMES[code]: int(role_counts[c * 4 + code]) for code in range(4) if role_counts[c * 4 + code]}
        if role is None or role in had:
            out.append(Entry(names[c], dict(sorted(had.items())), int(counts[c]), firsts[c], lasts[c],
                             tuple(sorted(aliases[names[c]]))))
    out.sort(key=lambda e: (-e.articles, e.name))
    return out[:limit] if limit else out


def _tally(canon: np.ndarray, codes: np.ndarray, articles: np.ndarray, dates: dict[int, str | None],
           n: int) -> tuple[np.ndarray, np.ndarray, list[str | None], list[str | None]]:
    """Per name: distinct articles, distinct articles per role (name * 4 + role), first and last date."""
    import numpy as np

    firsts: list[str | None] = [None] * n
    lasts: list[str | None] = [None] * n
    if not len(articles):
        return np.zeros(n, np.int64), np.zeros(4 * n, np.int64), firsts, lasts
    span = int(articles.max()) + 1
    keys = np.unique(canon * span + articles)
    names, arts = keys // span, keys % span
    counts = np.bincount(names, minlength=n)
    role_counts = np.bincount(np.unique((canon * 4 + codes) * span + articles) // span, minlength=4 * n)
    days = sorted({d for d in dates.values() if isinstance(d, str)})
    day_index = {d: i for i, d in enumerate(days)}
    day_of = np.full(span, -1, np.int64)
    for article, d in dates.items():
        if isinstance(d, str) and 0 <= article < span:
            day_of[article] = day_index[d]
    day = day_of[arts]
    dated = day >= 0
    names, day = names[dated], day[dated]
    order = np.lexsort((day, names))
    names, day = names[order], day[order]
    if len(names):
        starts = np.flatnonzero(np.r_[True, names[1:] != names[:-1]])
        ends = np.r_[starts[1:], len(names)] - 1
        for s, e in zip(starts.tolist(), ends.tolist()):
            firsts[int(names[s])], lasts[int(names[s])] = days[int(day[s])], days[int(day[e])]
    return counts, role_counts, firsts, lasts


def _names_of(library: Any, kind: str, name: str) -> list[str]:
    return [name] + [a for a, n in _aliases(library, kind).items() if n == name]


def detail(library: Any, kind: str, name: str, with_limit: int = 15) -> EntryDetail:
    """One entry: its articles over time, roles and the names it appears with."""
    from zzreader.core.discovery import mention_store

    names = _names_of(library, kind, name)
    marks = ",".join("?" * len(names))
    with library.lock:
        db = library.db
        _rows, articles, codes, _owner = mention_store.postings(
            db, f"e.kind = ? AND e.name IN ({marks})", [kind, *names]
        )
        dates = _article_dates(db, set(articles.tolist()))
        found = [(a, c, dates[a]) for a, c in zip(articles.tolist(), codes.tolist()) if a in dates]
        # Newest first, undated last (SQLite's ORDER BY issue_date DESC), then by id.
        found.sort(key=lambda r: r[0])
        found.sort(key=lambda r: r[2] if isinstance(r[2], str) else "", reverse=True)
        rows = found
        ids = list(dict.fromkeys(r[0] for r in rows))
        together: Counter[tuple[str, str]] = Counter()
        for i in range(0, len(ids), BATCH):
            mentioned = mention_store.mentions_of(db, ids[i : i + BATCH])
            entity_ids = sorted({m[1] for m in mentioned})
            known = {}
            for j in range(0, len(entity_ids), BATCH):
                chunk = entity_ids[j : j + BATCH]
                known.update((r[0], (r[1], r[2])) for r in db.execute(
                    "SELECT e.id, e.kind, COALESCE(al.name, e.name) FROM entities e LEFT JOIN entity_aliases al "
                    f"ON al.kind = e.kind AND al.alias = e.name WHERE e.id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ))
            for key in {(known[e], a) for a, e, _r, _c in mentioned if e in known}:
                if key[0] != (kind, name):
                    together[key[0]] += 1
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
        [(k, n, c) for (k, n), c in sorted(together.items(), key=lambda t: (-t[1], t[0]))[:with_limit]],
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
                out.update((n, article_id, BYLINE_ROLES[column]) for n in stored_values.names(cell))
    return out


def indexed_byline_pairs(library: Any) -> set[tuple[str, int, str]]:
    from zzreader.core.discovery import mention_store

    with library.lock:
        rows = library.db.execute("SELECT id, name FROM entities").fetchall()
        mentioned = mention_store.all_mentions(library.db)
    name_of = dict(rows)
    return {(name_of[e], a, ROLE_NAMES[r]) for a, e, r, _c in mentioned
            if r != ROLE_CODES["mentioned"] and e in name_of}


def mention_rows(library: Any) -> list[tuple[str, str, int, int, int]]:
    """Every stored mention as (kind, name, article_id, role, count): m009's rows, for checks."""
    from zzreader.core.discovery import mention_store

    with library.lock:
        rows = library.db.execute("SELECT id, kind, name FROM entities").fetchall()
        mentioned = mention_store.all_mentions(library.db)
    of = {r[0]: r[1:] for r in rows}
    return sorted((*of[e], a, r, c) for a, e, r, c in mentioned if e in of)
