"""Text files a user edited by hand: UTF-8, with or without a byte-order mark, or UTF-16 with one.

zzreader writes its annotation and corrections files, and reads a new article
text, as UTF-8. Opened and saved again in Notepad as "Unicode", or in another
Windows editor, such a file comes back as UTF-16 behind a byte-order mark,
which says so without doubt; it was refused as "not UTF-8 text". Without a
mark, only UTF-8 is read: anything else would be a guess.
"""

from __future__ import annotations

import codecs

_MARKS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(raw: bytes) -> str:
    """The text of `raw` by its byte-order mark, else as UTF-8; UnicodeDecodeError when it is neither."""
    for mark, encoding in _MARKS:
        if raw.startswith(mark):
            return raw.decode(encoding)
    return raw.decode("utf-8")
