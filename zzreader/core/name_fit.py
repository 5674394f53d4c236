"""A file name made from a user's name plus our additions, fitted into 255 bytes.

A name the user chose may use nearly all of the 255 bytes a file name may
have (ext4, XFS, Btrfs, APFS); the hidden partial file of an export
(`.<name>.<pid>.part`, core/atomic_file.py) and a backup's name
(core/backup_names.py) add to it and failed with "file name too long". Such a
name is cut, and a digest of the whole name added, so two long names that
share a beginning still get names of their own.
"""

from __future__ import annotations

NAME_MAX_BYTES = 255


def size(text: str) -> int:
    """Bytes of `text` in a file name (undecodable bytes kept as they were)."""
    return len(text.encode("utf-8", "surrogateescape"))


def fit(name: str, budget: int) -> str:
    """`name` when it takes at most `budget` bytes; else its start and a digest, within `budget`."""
    if size(name) <= budget:
        return name
    import hashlib  # OpenSSL (4 ms, 3 MB resident) only for a long name, not with the window

    digest = "~" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    cut = name
    while cut and size(cut) > budget - size(digest):
        cut = cut[: len(cut) - max((size(cut) - budget + size(digest)) // 4, 1)]
    return cut + digest
