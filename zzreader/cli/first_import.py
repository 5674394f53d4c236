"""A library that `zzreader import` makes is not left behind when nothing was imported into it.

`import` is the one command that makes a library that is not there
(cli/backup.py `open_for_command`). An import that failed and stored nothing
(a mistyped file name, only empty or binary files) still left a 1 MB empty
library, and the folders made for it, where there was nothing: the next
command then found "a library" with no issues instead of saying there is
none. A failed import leaves things as they were, so such a library and its
folders are removed again; the import's summary has said why. An import
that did not fail (an empty folder) still makes an empty library, which is
how one is made on purpose (tests/cli/test_cli.py). The default library is
not touched: it is made, and seeded, on first use.
"""

from __future__ import annotations

import os
from pathlib import Path

from zzreader.core.library_paths import choose_library

SIDE_FILES = ("-wal", "-shm", "-journal")


class NewLibrary:
    """What `zzreader import` is about to make: the library file and any folders above it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folders: list[Path] = []  # made for it, innermost first
        folder = path.parent
        while not os.path.lexists(folder) and folder != folder.parent:
            self.folders.append(folder)
            folder = folder.parent

    def remove(self) -> None:
        """Remove the library and the folders made for it (those still empty)."""
        for name in ("", *SIDE_FILES):
            try:
                os.remove(f"{self.path}{name}")
            except FileNotFoundError:
                pass
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:  # something else was put there meanwhile: keep it
                break


def about_to_make(library_arg: str | None) -> NewLibrary | None:
    """The named library `import` would make now, or None (it exists, or it is the default one)."""
    choice = choose_library(library_arg)
    if choice.is_default or os.path.lexists(choice.path):
        return None
    return NewLibrary(choice.path)


def stored_nothing(counts: dict[str, int]) -> bool:
    """An import report's counts with no issue stored (core/importer.py `ImportReport.counts`)."""
    return not counts.get("imported") and not counts.get("updated")
