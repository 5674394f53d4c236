"""Keep the discovery indexes up to date when an issue is imported.

The importer calls `after_import` once per stored issue (core/importer.py).
New and changed articles are indexed at once (people/places/orgs and reprint
signatures); removed ones leave by ON DELETE CASCADE (their packed postings
stay, unread, until core/discovery/mention_store.py sweeps them). If this step fails the
import still stands: the changed articles are first marked as not indexed,
so the next listing (`entities.update()` / `reprints.update()` with no ids)
picks them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from zzreader.core.discovery import entities

if TYPE_CHECKING:
    from zzreader.core.discovery.entity_extract import Scan


def after_import(
    library: Any, added: tuple[int, ...], changed: tuple[int, ...], scans: Mapping[str, Scan] | None = None
) -> None:
    """`scans`: what the parse workers already scanned of the articles' bodies (entities.update)."""
    ids = sorted({*added, *changed})
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    from zzreader.core.discovery import mention_store  # numpy, as the reprints below

    with library.lock, library.db.atomic():
        mention_store.mark_stale(library.db, ids)
        library.db.execute(f"DELETE FROM reprint_signatures WHERE article_id IN ({marks})", ids)
    from zzreader.core.discovery import (
        reprints,  # datasketch and scipy load only when there is work
    )

    entities.update(library, ids, scans=scans)
    reprints.update(library, ids)
