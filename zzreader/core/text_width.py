"""How many terminal or monospace cells a text takes: wide and full-width characters take two.

The parser measures columns of PDF text with it (core/renditions/columns.py,
wide_gutter.py) and the command line aligns its tables (cli/backup.py).
"""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Display cells: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, cells: int) -> str:
    """`text` filled with spaces to `cells` display cells."""
    return text + " " * max(0, cells - width(text))
