"""The bad byte sequences of a dump in one codec, found in one decode.

Decoding the rest of the file again after each bad sequence (and counting the line ends before each one from the
file's start) cost the file's length per sequence: a 1.2 MB file of lone surrogates written as UTF-8 took 30 s to be
refused (hardening round 33). An error handler notes each sequence as the one decode meets it.
"""

from __future__ import annotations

import codecs
import threading

_HANDLER = "zzreader-bad-bytes"
_seen = threading.local()  # the decode under way in this thread: where its bad sequences start, and how many it allows


class _TooMany(Exception):
    """More bad sequences than the caller allows: the file is not this codec's text."""


def _noted(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _seen.found.append(exc.start)
    if len(_seen.found) > _seen.limit:
        raise _TooMany
    return "\ufffd", exc.end  # as errors="replace" does


codecs.register_error(_HANDLER, _noted)


def replaced(data: bytes, codec: str, limit: float) -> tuple[str, list[int]] | None:
    """`data` decoded with each bad sequence as U+FFFD, and the offset each starts at; None past `limit` of them."""
    _seen.found, _seen.limit = [], limit
    try:
        return data.decode(codec, errors=_HANDLER), _seen.found
    except _TooMany:
        return None
    finally:
        _seen.found = []


def line_numbers(data: bytes, offsets: list[int]) -> list[int]:
    """The 1-based line of each offset (in rising order), counting the line ends once."""
    lines: list[int] = []
    line, start = 1, 0
    for offset in offsets:
        line += data.count(b"\n", start, offset)
        start = offset
        lines.append(line)
    return lines
