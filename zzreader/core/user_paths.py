"""`~` in a path the user gave: expanded, or a clear reason why it cannot be.

`Path.expanduser()` raises RuntimeError ("Could not determine home
directory") for `~nosuchuser/x.sqlite`, and for `~` itself where there is no
HOME and no password entry, which reached the user as a traceback. A shell
leaves such a word as it is; a library created in a folder literally named
`~nosuchuser` would only surprise, so it is refused as bad input instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from zzreader.core.errors import ZZReaderError


class HomeUnknown(ZZReaderError, ValueError):
    """A path starting with `~` whose home folder is unknown."""


def expand(path: str | os.PathLike[str]) -> Path:
    """`path` with a leading `~` or `~user` expanded; HomeUnknown when that user has no home."""
    try:
        return Path(path).expanduser()
    except RuntimeError as exc:  # ~nosuchuser, or no HOME at all
        from zzreader.core import shown

        first = Path(path).parts[0] if Path(path).parts else str(path)
        raise HomeUnknown(
            f"无法展开 {shown.name(first)}：找不到这个用户的主文件夹 / Cannot expand {shown.name(first)}: "
            f"that user's home folder is unknown"
        ) from exc
