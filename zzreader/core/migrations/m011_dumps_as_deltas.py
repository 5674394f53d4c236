"""Migration 11, frozen: keep each raw dump as a delta against the issue's articles (core/sources.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core.migrations.dump_log import M011_BASIS_TABLE, M011_TRIGGERS

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Keep each raw dump as a delta against the issue's articles (core/sources.py).

    bzip2 left the dumps at half their raw size, though they are almost all
    article text the library already holds (issue 18). `source_basis` and
    its triggers remember the text each article had when its issue's dump
    was packed, so any later change to the articles (by any code path) leaves
    the dump readable. Every dump is repacked from `source_bz2` into
    `source_packed` with a frozen copy of the packing, and `source_bz2` is
    dropped; its pages are reused by later imports until a compact. DDL frozen
    here.
    """
    import bz2
    import struct
    import zlib

    db.execute(M011_BASIS_TABLE)
    for sql in M011_TRIGGERS.values():
        db.execute(sql)
    db.execute("ALTER TABLE issues ADD COLUMN source_packed BLOB")

    def pack(text: str, basis: bytes) -> bytes:  # core/sources.py `pack`, layout ZZD1, frozen
        data, chunk_size = text.encode("utf-8"), 16384
        heads, parts = [], []
        for start in range(0, len(data), chunk_size):
            chunk = data[start : start + chunk_size]
            centre = (start + len(chunk) // 2) * len(basis) // len(data)
            lo = max(0, min(centre - 8192, len(basis) - 16384))
            hi = min(len(basis), lo + 16384)
            zdict = (basis[lo:hi],) if hi > lo else ()
            packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, *zdict)
            body = packer.compress(chunk) + packer.flush()
            heads.append(struct.pack("<III", lo, hi, len(body)))
            parts.append(body)
        return struct.pack("<4sII", b"ZZD1", zlib.crc32(data), len(parts)) + b"".join(heads + parts)

    def unbzip(blob: object) -> str | None:
        """The stored dump, or None when another tool left something unreadable there
        (not bytes, not bzip2, cut short, not UTF-8, or inflating past any real dump)."""
        if not blob:
            return ""
        if not isinstance(blob, bytes):
            return None
        try:
            inflater = bz2.BZ2Decompressor()
            data = inflater.decompress(blob, 100_663_296)  # 1.5 x core/file_limits.py's 64 MB, frozen
            if not inflater.eof:
                return None
            return data.decode("utf-8")
        except (OSError, ValueError, EOFError):  # UnicodeDecodeError is a ValueError
            return None

    for issue_id, blob in db.execute("SELECT id, source_bz2 FROM issues").fetchall():
        text = unbzip(blob)
        if text is None:  # kept as a blob core/sources.py refuses: "cannot be rebuilt", never a wrong dump
            db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [b"unreadable", issue_id])
            continue
        texts = db.execute("SELECT text FROM articles WHERE issue_id = ? ORDER BY id", [issue_id])
        basis = "\n".join(str(t) for (t,) in texts.fetchall()).encode("utf-8", "surrogatepass")
        db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [pack(text, basis), issue_id])
    db.execute("ALTER TABLE issues DROP COLUMN source_bz2")
