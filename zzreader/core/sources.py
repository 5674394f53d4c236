"""How the library keeps each issue's raw dump: as a delta against the issue's own articles.

The raw dump is read rarely (the "original lines" view, re-parsing) and is
almost all article text, which the library already holds. So the dump is
deflated in 16 KB chunks, each with a preset dictionary (zlib's `zdict`) of
the 16 KB of the issue's article text at the same relative place (chunk and
dictionary together fill deflate's 32 KB window): the chunk's lines mostly
become references into that text. That packs the seeds' dumps to 0.05 of
their size and the ten-year synthetic archive's to 0.03, where bzip2 alone
reached 0.44 and 0.51 (issue 18); a dump with little article text in it (an
HTML page, a list of notices) still deflates as plain zlib would.

The dictionary text (the *basis*) is the text of the issue's articles as
they were when the dump was packed, in article id order. Articles change
later (corrections, undo, split, merge, a re-import's re-applied
corrections): triggers of migration m011 (core/migrations/dump_log.py) keep, in
`source_basis`, the packed-time text of every article changed or removed
since and mark the articles added since, whatever code path made the change,
so `basis` rebuilds it exactly. Packing again (`repack`, on every import of
the issue) starts a new basis and empties that log. A CRC-32 of the dump
checks every unpacking.

The layout is frozen (migration m011 packs with a copy of it): MAGIC, the
dump's CRC-32 and chunk count, then per chunk the dictionary's start and end
in the basis and the deflated length, then the raw deflate stream.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib
from typing import TYPE_CHECKING

from zzreader.core.errors import ZZReaderError
from zzreader.core.file_limits import MAX_ISSUE_BYTES

if TYPE_CHECKING:
    from zzreader.core.database import Database

MAGIC = b"ZZD1"
CHUNK = 16384
DICTIONARY = 32768 - CHUNK  # what deflate's 32 KB window can still reach from the chunk's end
_HEAD = struct.Struct("<4sII")
_PART = struct.Struct("<III")
# A library is untrusted input: a crafted blob may claim any number of chunks.
# No imported file is over MAX_ISSUE_BYTES, and its text in UTF-8 is at most
# 1.5 times that (two bytes of GB18030 or UTF-16 per Chinese character, three
# in UTF-8), so a dump never has more chunks than this.
MAX_CHUNKS = -(-MAX_ISSUE_BYTES * 3 // 2 // CHUNK)


class SourceError(ZZReaderError, ValueError):
    """The stored dump cannot be rebuilt: the library was altered outside zzreader."""

    def __init__(self) -> None:
        super().__init__(
            "这一期的原文无法还原：书库在 zzreader 之外被改动过 / This issue's original text "
            "cannot be rebuilt: the library was changed outside zzreader"
        )


def pack(text: str, basis: bytes) -> bytes:
    """The dump `text` deflated chunk by chunk against slices of `basis`."""
    data = text.encode("utf-8")
    parts: list[bytes] = []
    heads: list[bytes] = []
    for start in range(0, len(data), CHUNK):
        chunk = data[start : start + CHUNK]
        centre = (start + len(chunk) // 2) * len(basis) // len(data)
        lo = max(0, min(centre - DICTIONARY // 2, len(basis) - DICTIONARY))
        hi = min(len(basis), lo + DICTIONARY)
        if hi > lo:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, basis[lo:hi])
        else:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
        body = packer.compress(chunk) + packer.flush()
        heads.append(_PART.pack(lo, hi, len(body)))
        parts.append(body)
    head = _HEAD.pack(MAGIC, zlib.crc32(data), len(parts))
    return head + b"".join(heads) + b"".join(parts)


def unpack(blob: object, basis: bytes) -> str:
    """The dump `pack` was given, rebuilt from `blob` and the same `basis`.

    Anything `pack` cannot have made (not bytes, more chunks than a dump can
    have, lengths that do not add up, a chunk that inflates past its size or
    stops short, a wrong CRC, text that is not UTF-8) is a SourceError,
    found before more than one chunk's worth of work is done on it.
    """
    if blob is None or blob == b"":
        return ""
    if not isinstance(blob, bytes):  # SQLite keeps whatever a column is given
        raise SourceError
    try:
        return _unpack(blob, basis)
    except (struct.error, zlib.error, ValueError):  # UnicodeDecodeError is a ValueError
        raise SourceError from None


def _unpack(blob: bytes, basis: bytes) -> str:
    magic, crc, count = _HEAD.unpack_from(blob)
    if magic != MAGIC or count > MAX_CHUNKS:
        raise ValueError("not a packed dump")
    at = _HEAD.size + count * _PART.size
    parts = [_PART.unpack_from(blob, _HEAD.size + i * _PART.size) for i in range(count)]
    if at + sum(size for _lo, _hi, size in parts) != len(blob):
        raise ValueError("lengths")
    out: list[bytes] = []
    for i, (lo, hi, size) in enumerate(parts):
        body = blob[at : at + size]
        at += size
        if hi > lo:
            unpacker = zlib.decompressobj(-15, zdict=basis[lo:hi])
        else:
            unpacker = zlib.decompressobj(-15)
        part = unpacker.decompress(body, CHUNK + 1)  # a packed chunk is never longer: no bombs
        whole = len(part) == CHUNK or (i == count - 1 and 0 < len(part) <= CHUNK)
        if not whole or not unpacker.eof or unpacker.unconsumed_tail or unpacker.unused_data:
            raise ValueError("chunk")
        out.append(part)
    data = b"".join(out)
    if zlib.crc32(data) != crc:
        raise ValueError("crc")
    return data.decode("utf-8")


def basis(db: Database, issue_id: int) -> bytes:
    """The issue's article text as it was when its dump was packed (see the module docstring).

    The log is read only from a table (a view of that name, kept in a
    read-only library, is never run); a row no trigger of ours can have
    written (an id that is not a number, text that is not text) is a
    SourceError rather than a guess.
    """
    texts = dict(db.execute("SELECT id, text FROM articles WHERE issue_id = ?", [issue_id]).fetchall())
    kind = db.execute("SELECT type FROM sqlite_master WHERE name = 'source_basis'").fetchone()
    logged = () if kind is None or kind[0] != "table" else db.execute(
        "SELECT article_id, text FROM source_basis WHERE issue_id = ?", [issue_id]
    ).fetchall()  # fmt: skip
    for article_id, text in logged:
        if not isinstance(article_id, int) or not isinstance(text, (str, type(None))):
            raise SourceError
        if text is None:  # added after the packing
            texts.pop(article_id, None)
        else:
            texts[article_id] = text
    if not all(isinstance(k, int) for k in texts):
        raise SourceError
    return "\n".join(str(texts[k]) for k in sorted(texts)).encode("utf-8", "surrogatepass")


def repack(db: Database, issue_id: int, text: str) -> None:
    """Pack `text` as the issue's dump against its articles as they are now."""
    db.execute("DELETE FROM source_basis WHERE issue_id = ?", [issue_id])
    packed = pack(text, basis(db, issue_id))
    db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [packed, issue_id])


def read(db: Database, issue_id: int) -> str | None:
    """The issue's raw dump, or None when there is no such issue.

    A library whose dump column or log is not what zzreader wrote (a
    structure error from SQLite) is a SourceError too: one line, in the
    original-lines pane as on the command line.
    """
    try:
        row = db.execute("SELECT source_packed FROM issues WHERE id = ?", [issue_id]).fetchone()
        if row is None:
            return None
        return unpack(row[0], basis(db, issue_id))
    except sqlite3.OperationalError:
        raise SourceError from None
