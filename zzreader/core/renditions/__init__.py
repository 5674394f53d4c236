"""The rendition pass: recognise how an issue was rendered, then normalise it.

Archives hold the paper as plain dumps, PDF text extractions, e-paper page
scrapes, single-newline dumps and Markdown/HTML exports. Each rendition has
one small module here that rewrites the raw lines into one line model
(`SourceLine`) while keeping the ORIGINAL line numbers, so pass one
(`zzreader/core/lines.py`) and pass two (`zzreader/core/parse.py`) see the same
shape whatever the source, and every non-blank source line still lands in an
article's range or in `unassigned`. Each repair is recorded as a warning.
"""

from __future__ import annotations

from .model import Normalised, SourceLine
from .detect import detect, normalise

__all__ = ["Normalised", "SourceLine", "detect", "normalise"]
