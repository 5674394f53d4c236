"""CSV cells a spreadsheet shows as text and never runs.

Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`,
`-` or `@` as a formula (a tab or CR first can hide it), so a note, a
title or a search query written to CSV could start a command or a link
(OWASP's "CSV injection"). Such a cell gets a leading `'`, which every
spreadsheet reads as "this is text". Leading blanks (ASCII, full-width,
no-break) are looked through, since some programs trim them on import,
and the full-width signs (＝＋－＠) count too: an East Asian spreadsheet may
take them as their ASCII twins. So do all other blanks, control and format
characters first (a BOM, U+200B, a vertical tab) and every compatibility form
of the four signs (small ﹦﹢﹣﹫, superscript ⁼⁺). Every CSV the app writes goes through here,
and its text cells lose control and format characters but line breaks and tabs
(`core/export_text.py`: an ESC or a U+202E would act in the program that shows it).
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

from zzreader.core.export_text import plain

FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
BLANKS = " \u3000\u00a0\u2007\u202f"
# What a spreadsheet may drop before reading a cell: whitespace of any kind,
# control and format characters (a BOM, U+200B, a NUL).
_LOOKED_THROUGH = ("Cc", "Cf", "Zs", "Zl", "Zp")


def cell(value: Any) -> Any:
    """`value` for a CSV cell: numbers stay numbers, text that could run is made text."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = plain(str(value))
        return "'" + text if _could_run(text) else text
    return value


def _could_run(text: str) -> bool:
    """Does `text` start like a formula once leading blanks, controls and format characters are
    dropped, counting compatibility forms of the signs (full-width ＝, small ﹦, superscript ⁼…)?"""
    if text[:1] in FORMULA_STARTS:
        return True
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in _LOOKED_THROUGH:
            continue
        return ch in FORMULA_STARTS or unicodedata.normalize("NFKC", ch)[:1] in FORMULA_STARTS
    return False


def write_rows(out: TextIO, rows: Iterable[Iterable[Any]]) -> None:
    """CRLF rows (RFC 4180: a cell holding a lone CR is then quoted, not split), every cell made safe."""
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([cell(v) for v in row])
