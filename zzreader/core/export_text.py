"""Text leaving the app in a file or on standard output: no character that acts instead of showing.

A library, a dump or an imported annotation file may carry control characters
(ESC starts a terminal escape sequence; a C1 character such as U+009B is one
on its own in some terminals) and format characters (U+202E reverses the text
that follows in an editor, a spreadsheet or a browser; U+2066…U+2069 and
U+200B hide or reorder text). One-line fields are read without them already
(`stored_values.line`); this module does the same for the multi-line text of
an export, per format:

- plain text, Markdown and CSV (`plain`): control and format characters are
  dropped, except the line breaks and tabs the text is laid out with (a CR
  or a Unicode line/paragraph separator becomes a line break).
- JSON (`json_dumps`): the value is kept exactly (an export is read back by
  `import-annotations` and `import-corrections`), but every such character
  is written as a `\\uXXXX` escape, which a JSON reader turns back into the
  character and a terminal or editor shows as six harmless letters. JSON
  already escapes U+0000…U+001F itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

_ACTING = ("Cc", "Cf", "Cs", "Zl", "Zp")
_LAYOUT = "\n\t\u200c\u200d"  # and the joiners some scripts and emoji need (as cli/terminal.py)


def _acting(ch: str) -> bool:
    return unicodedata.category(ch) in _ACTING


def plain(text: str) -> str:
    """`text` with its layout (line breaks, tabs) and without control or format characters."""
    if text.isprintable() or not any(_acting(ch) and ch not in _LAYOUT for ch in text):
        return text  # the usual case: nothing to drop (isprintable is False for any \n)
    text = text.replace("\r\n", "\n")
    return "".join(
        "\n" if ch in "\r\u2028\u2029" else ch
        for ch in text
        if ch in _LAYOUT or ch in "\r\u2028\u2029" or not _acting(ch)
    )


def escape_json(dumped: str) -> str:
    """A JSON document (ensure_ascii=False) with its non-ASCII control and format characters
    written as \\u escapes. JSON's own syntax is ASCII, so every such character stands inside a
    string, where the escape means the same character."""
    if dumped.isascii() or not any(ord(ch) > 0x7E and _acting(ch) for ch in dumped):
        return dumped
    return "".join(_json_escape(ch) if ord(ch) > 0x7E and _acting(ch) else ch for ch in dumped)


def _json_escape(ch: str) -> str:
    """`\\uXXXX`, or a surrogate pair of them above U+FFFF (a tag character such as U+E0041)."""
    units = ch.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}" for i in range(0, len(units), 2))


def json_dumps(value: Any, **kwargs: Any) -> str:
    """json.dumps keeping Chinese readable (ensure_ascii=False), acting characters escaped."""
    return escape_json(json.dumps(value, ensure_ascii=False, **kwargs))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: str) -> str:
    """`text` as Markdown text: no emphasis, code, link, heading, table or HTML of its own."""
    return _MD_SPECIAL.sub(r"\\\1", text)
