"""The shape of the library's parts (`library.highlights`, `library.tags`, …).

Each part is a small object over one `Library`: reads hold the library's
lock, writes run as one journalled operation (core/journal.py) and return
`Changed` (core/changes.py). Parts never take a bare database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from zzreader.core.store import Library


class Part:
    def __init__(self, library: Library) -> None:
        self.library = library

    @contextlib.contextmanager
    def reading(self) -> Iterator[Database]:
        """The database under the library's lock (a read)."""
        with self.library.lock:
            yield self.library.db

    @contextlib.contextmanager
    def writing(self) -> Iterator[Database]:
        """The database under the lock, in one transaction (a write that is not journalled)."""
        with self.library.lock, self.library.db.atomic():
            yield self.library.db
