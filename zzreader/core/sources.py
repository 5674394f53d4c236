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
corrections): triggers of migration m011 (core/migrations.py) keep, in
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

import struct
import zlib
from typing import TYPE_CHECKING

from zzreader.core.errors import ZZReaderError

if TYPE_CHECKING:
    from zzreader.core.database import Database

MAGIC = b"ZZD1"
CHUNK = 16384
DICTIONARY = 32768 - CHUNK  # what deflate's 32 KB window can still reach from the chunk's end
_HEAD = struct.Struct("<4sII")
_PART = struct.Struct("<III")


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


def unpack(blob: bytes | None, basis: bytes) -> str:
    """The dump `pack` was given, rebuilt from `blob` and the same `basis`."""
    if not blob:
        return ""
    try:
        magic, crc, count = _HEAD.unpack_from(blob)
        if magic != MAGIC:
            raise ValueError(magic)
        at = _HEAD.size + count * _PART.size
        out: list[bytes] = []
        for i in range(count):
            lo, hi, size = _PART.unpack_from(blob, _HEAD.size + i * _PART.size)
            body = blob[at : at + size]
            at += size
            if hi > lo:
                unpacker = zlib.decompressobj(-15, zdict=basis[lo:hi])
            else:
                unpacker = zlib.decompressobj(-15)
            part = unpacker.decompress(body, CHUNK + 1)  # a packed chunk is never longer: no bombs
            if len(part) > CHUNK or unpacker.unconsumed_tail:
                raise ValueError("chunk too long")
            out.append(part)
        data = b"".join(out)
        if zlib.crc32(data) != crc:
            raise ValueError("crc")
        return data.decode("utf-8")
    except (struct.error, zlib.error, ValueError):  # UnicodeDecodeError is a ValueError
        raise SourceError from None


def basis(db: Database, issue_id: int) -> bytes:
    """The issue's article text as it was when its dump was packed (see the module docstring)."""
    texts = dict(db.execute("SELECT id, text FROM articles WHERE issue_id = ?", [issue_id]).fetchall())
    for article_id, text in db.execute(
        "SELECT article_id, text FROM source_basis WHERE issue_id = ?", [issue_id]
    ).fetchall():
        if text is None:  # added after the packing
            texts.pop(article_id, None)
        else:
            texts[article_id] = text
    return "\n".join(str(texts[k]) for k in sorted(texts)).encode("utf-8")


def repack(db: Database, issue_id: int, text: str) -> None:
    """Pack `text` as the issue's dump against its articles as they are now."""
    db.execute("DELETE FROM source_basis WHERE issue_id = ?", [issue_id])
    packed = pack(text, basis(db, issue_id))
    db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [packed, issue_id])


def read(db: Database, issue_id: int) -> str | None:
    """The issue's raw dump, or None when there is no such issue."""
    row = db.execute("SELECT source_packed FROM issues WHERE id = ?", [issue_id]).fetchone()
    if row is None:
        return None
    return unpack(row[0], basis(db, issue_id))
