"""The part of a backup's file name taken from the library's name, bounded.

A backup is named `<stem>-<time>Z-<reason><suffix>` (core/backup.py), written
as `.<name>.<pid>.partial` first. (An upgrade copy, `<stem>.bak-<n><suffix>` made by
core/migrations/, is bounded there the same way: migrations import no live module.)
A library's own name may use nearly all of the 255 bytes
a file name may have on common file systems (an 80-character Chinese name is
247 bytes), so every backup of it failed with "file name too long", and every
command warned. The stem is cut to leave room for what is added to it, and a
short digest of the whole name is added to a cut stem, so two long names that
share a beginning never share (or prune) each other's backups.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.core.name_fit import NAME_MAX_BYTES, fit, size

# What the longest backup name adds around the stem: "." + "-20261206-011948Z-pre-restore-99"
# + ".<pid>.partial-journal" (or "-wal" beside a damaged copy), with room to spare.
RESERVED_BYTES = 80
MAX_SUFFIX_BYTES = 16


def parts(library_path: Path) -> tuple[str, str]:
    """(stem, suffix) for the library's backup names; the library's own when they fit."""
    name = Path(library_path).name
    stem, suffix = Path(name).stem, Path(name).suffix
    if size(suffix) > MAX_SUFFIX_BYTES:  # "x.长长长…": no suffix then, the whole name is the stem
        stem, suffix = name, ""
    budget = NAME_MAX_BYTES - RESERVED_BYTES - size(suffix)
    if size(stem) <= budget:
        return stem, suffix
    return fit(name, budget), suffix  # the digest is of the whole name (core/name_fit.py)
