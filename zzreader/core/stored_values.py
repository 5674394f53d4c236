"""Values read back from a library file, made the types the code expects.

A library is untrusted input: SQLite keeps whatever a column is given, so
another tool (or a hand edit) can leave a number or bytes in a title, or
text that is not JSON in a list of reporters. The rows that become models
pass through these functions, which keep what can be read and drop the
rest, so one odd value shows as odd text instead of stopping a command.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable
from typing import Any


def text(value: Any) -> str:
    """A text column: bytes decoded (undecodable bytes replaced), None as "", numbers as digits."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def line(value: Any) -> str:
    """A one-line field (a title, a section, a name, a tag) as text without control or format
    characters: what an import keeps (core/one_line.py) is also what a library another tool
    altered shows. A U+202E would otherwise reverse the rest of a title in the archive tree,
    a terminal escape would run in a terminal, a U+200B make two names look the same.
    """
    shown = text(value)
    if shown.isprintable():  # the usual case, at C speed
        return shown
    return "".join(
        " " if cat == "Cc" or cat in ("Zl", "Zp") else ch
        for ch in shown
        if (cat := unicodedata.category(ch)) not in ("Cf", "Cs")
    )


def optional_text(value: Any) -> str | None:
    """A text column that may be empty (None stays None)."""
    return None if value is None else text(value)


def optional_int(value: Any) -> int | None:
    """An integer column: a number that is not a whole number reads as None."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            return int(str(value).strip()) if value is not None else None
        except ValueError:
            return None
    return value


MAX_STORED_INT = (1 << 63) - 1  # what SQLite can hold; more digits are not a count


def whole_number(value: Any, default: int, lo: int = 0, hi: int = MAX_STORED_INT) -> int:
    """A count or id kept as text (a `meta` value): plain ASCII digits within lo..hi, else `default`.

    `str.isdecimal()` passes other scripts' digits and any number of them
    (`int()` refuses more than 4,300), so a hostile value could stop a command.
    """
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value if lo <= value <= hi else default
    line = text(value).strip()
    if not line.isascii() or not line.isdigit() or len(line) > 19:
        return default
    number = int(line)
    return number if lo <= number <= hi else default


MAX_COUNT = 10_000_000  # more articles than any issue or library holds: a count beyond it was planted


def count(value: Any) -> int:
    """A stored count (an issue's articles): a whole number in 0..MAX_COUNT, else 0, so a sum
    of them neither overflows nor goes negative and a `{:d}` format takes it."""
    return whole_number(value, 0, 0, MAX_COUNT)


def count_sql(column: str) -> str:
    """`count` in SQL, for a column summed in a query: `sum()` of 2**63-1 and 1 stopped
    the command with SQLite's "integer overflow", and a text or real value made it a float."""
    return (f"(CASE WHEN typeof({column}) = 'integer' AND {column} BETWEEN 0 AND {MAX_COUNT} "
            f"THEN {column} ELSE 0 END)")


def iso_date(value: Any) -> str | None:
    """A date column as a real `yyyy-mm-dd` date, else None (an altered library may hold "abcd")."""
    line = text(value).strip() if value is not None else ""
    if len(line) != 10 or not line.isascii():
        return None
    try:
        return dt.date.fromisoformat(line).isoformat()
    except ValueError:
        return None


def json_value(value: Any, default: Any) -> Any:
    """A JSON column: `default` when it does not hold JSON."""
    if value is None:
        return default
    try:
        return json.loads(text(value))
    except (ValueError, RecursionError):
        return default


def json_list(value: Any) -> list:
    """A JSON list column (an issue's warnings, a revision's fields): [] when it holds
    JSON of another shape (a number, an object), which a loop over it would stop at."""
    data = json_value(value, [])
    return data if isinstance(data, list) else []


def texts(value: Any) -> tuple[str, ...]:
    """A JSON list of texts (an issue's warnings): only the strings in it, each on one line."""
    return tuple(line(n) for n in json_list(value) if isinstance(n, str))


def names(value: Any) -> list[str]:
    """A JSON list of names (reporters, photographers): only the strings in it."""
    data = json_value(value, [])
    if isinstance(data, str):
        return [data] if data.strip() else []
    if not isinstance(data, list):
        return []
    return [line(n) for n in data if isinstance(n, str)]


def record(value: Any, text_keys: Iterable[str], list_keys: Iterable[str] = ()) -> dict[str, Any] | None:
    """A JSON object column (a revision's state): every key of the right type, or None when
    the column does not hold an object at all. Missing keys read as "" or []."""
    data = json_value(value, None)
    if not isinstance(data, dict):
        return None
    out: dict[str, Any] = {k: text(data.get(k)) for k in text_keys}
    for k in list_keys:
        v = data.get(k)
        out[k] = [n for n in v if isinstance(n, str)] if isinstance(v, list) else names(v) if isinstance(v, str) else []
    return out


def storable_key(value: Any) -> bool:
    """False for an integer beyond SQLite's 64 bits: no row can have it as a key, and binding
    it raised OverflowError (a caller's id, never a stored one)."""
    return not isinstance(value, int) or -(2**63) <= value < 2**63
