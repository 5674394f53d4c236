"""Keep the discovery indexes up to date when an issue is imported.

The importer marks each stored issue's new and changed articles at once and
indexes them (people/places/orgs and reprint signatures) a batch of issues at
a time (`Pending`, core/importer.py); `after_import` does both for one issue.
Removed articles leave by ON DELETE CASCADE (their packed postings stay,
unread, until core/discovery/mention_store.py sweeps them). If indexing
fails or never runs (a crash, Ctrl+C), the import still stands: the articles
were marked as not indexed, so the next listing (`entities.update()` /
`reprints.update()` with no ids) picks them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from zzreader.core.discovery import entities

if TYPE_CHECKING:
    from zzreader.core.discovery.entity_extract import Scan


# Articles indexed together by an import (entities.BATCH: one transaction).
FLUSH_ARTICLES = 500


def after_import(
    library: Any, added: tuple[int, ...], changed: tuple[int, ...], scans: Mapping[str, Scan] | None = None
) -> None:
    """`scans`: what the parse workers already scanned of the articles' bodies (entities.update)."""
    index(library, mark(library, added, changed), scans)


def mark(library: Any, added: tuple[int, ...], changed: tuple[int, ...]) -> list[int]:
    """Mark the issue's new and changed articles as not indexed; their ids.

    Done as soon as the issue is stored, so that whatever happens before
    `index` runs, the next listing finds them.
    """
    ids = sorted({*added, *changed})
    if not ids:
        return ids
    marks = ",".join("?" * len(ids))
    from zzreader.core.discovery import mention_store  # numpy, as the reprints below

    with library.lock, library.db.atomic():
        mention_store.mark_stale(library.db, ids)
        library.db.execute(f"DELETE FROM reprint_signatures WHERE article_id IN ({marks})", ids)
    return ids


def index(library: Any, ids: list[int], scans: Mapping[str, Scan] | None = None) -> None:
    if not ids:
        return
    from zzreader.core.discovery import (
        reprints,  # datasketch and numpy load only when there is work
    )

    entities.update(library, ids, scans=scans)
    reprints.update(library, ids)


class Pending:
    """Articles an import has stored and marked but not indexed yet.

    Indexed per FLUSH_ARTICLES (about 25 issues) rather than per issue: every
    name an issue mentions appends to that name's last posting row, a page
    of the file; per issue that rewrote some 300 scattered pages, which on a
    70-year library cost more than the rest of the import (issue 18,
    tests/bench/bench_whole_run.py). A batch rewrites each name's row once.
    """

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.scans: dict[str, Scan] = {}
        self.files: list[int] = []  # indexes of the import's results these articles came from

    def add(self, ids: list[int], scans: Mapping[str, Scan] | None, file: int) -> None:
        if ids:
            self.ids += ids
            self.scans.update(scans or {})
            self.files.append(file)

    def full(self) -> bool:
        return len(self.ids) >= FLUSH_ARTICLES

    def flush(self, library: Any) -> None:
        """Index what is pending (read `files` first: a failure here concerns them)."""
        ids, scans = sorted(set(self.ids)), self.scans
        self.ids, self.scans, self.files = [], {}, []
        index(library, ids, scans)
