"""Which library file to open, and filling a brand-new default one with samples.

Precedence: `--library PATH` on the command line, then `ZZREADER_LIBRARY`,
then `library.sqlite` in the per-user data folder (core/user_dirs.py). Only the
default library is seeded, and only once, so a user who empties it or who
points zzreader at a file of their own never finds sample issues in it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from zzreader.core import user_paths
from zzreader.core.store import Library, open_library
from zzreader.resources import seeds_dir

ENV_VAR = "ZZREADER_LIBRARY"
SEEDED_KEY = "seeded"


class LibraryChoice(NamedTuple):
    """The library to open, and whether it is the default one (seeded on first start)."""

    path: Path
    is_default: bool


def default_library_path() -> Path:
    from zzreader.core.user_dirs import default_library  # only when no library is named

    return default_library()


def choose_library(cli_path: str | os.PathLike[str] | None = None) -> LibraryChoice:
    """The library path the user asked for, and whether it is the default one."""
    if cli_path:
        return LibraryChoice(user_paths.expand(cli_path), False)
    env = os.environ.get(ENV_VAR)
    if env and env.strip():  # a blank value (a script's empty export) is unset, as a shell reads it
        return LibraryChoice(user_paths.expand(env), False)
    return LibraryChoice(default_library_path(), True)


def seed_if_new(library: Library) -> bool:
    """Import the sample issues into an empty library that was never seeded.

    Returns True when samples were imported now. A seed that fails to parse
    is skipped (the importer reports it); the library still opens.
    """
    from zzreader.core.importer import import_paths

    if library.read_only or library.meta(SEEDED_KEY) is not None or library.stats().issues:
        return False
    seeds = seeds_dir()
    if seeds.is_dir():
        import_paths(library, [seeds])
    library.set_meta(SEEDED_KEY, "1")
    return True


def open_chosen_library(
    cli_path: str | os.PathLike[str] | None = None, progress: Callable[[int, int], None] | None = None
) -> Library:
    """Open the chosen library; a new default library gets the sample issues.
    `progress` follows a re-index on opening (core/store.py `open_library`)."""
    choice = choose_library(cli_path)
    library = open_library(choice.path, progress)
    if choice.is_default:
        try:
            seed_if_new(library)
        except BaseException:
            library.close()
            raise
    return library
