"""What the issues' date index answers without reading every issue: the library's span and its years.

An issue's date is one the archive tree can file under a year and month only
when it has our shape (DATED); any other value (NULL, or what another tool
wrote: '<img…', 42, bytes) is listed as undated, never hidden. Text sorts
after numbers and before bytes, so a range of text bounds holds text only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DATE_SHAPE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
DATED = f"(typeof(date) = 'text' AND date GLOB '{DATE_SHAPE}' AND date NOT GLOB '0000*')"

One = Callable[..., Any]  # Library._one: (sql, params) -> the first row or None


def span(one: One) -> tuple[str | None, str | None]:
    """The first and last dated issue's date, from the index's two ends (not by testing every date)."""
    first, last = (one(f"SELECT date FROM issues WHERE {DATED} ORDER BY date {way} LIMIT 1") for way in ("ASC", "DESC"))
    return (first[0] if first else None), (last[0] if last else None)


def years(one: One) -> list[tuple[int, int]]:
    """(year, issues) ascending, the undated under year 0: a seek to each year's first dated issue
    and a count of its range. Grouping every issue by a CASE over its date was most of the
    window's SQL at start (5 ms at ten years)."""
    found: list[tuple[int, int]] = []
    start = "0001-"
    next_dated = f"SELECT date FROM issues WHERE date >= ? AND {DATED} ORDER BY date LIMIT 1"
    while (row := one(next_dated, [start])) is not None:
        year = int(row[0][:4])
        n = one("SELECT count(*) FROM issues WHERE date >= ? AND date < ? AND date GLOB ?",
                [f"{year:04d}-", f"{year:04d}-\uffff", DATE_SHAPE])[0]
        found.append((year, n))
        if year == 9999:
            break
        start = f"{year + 1:04d}-"
    undated = one("SELECT count(*) FROM issues")[0] - sum(n for _, n in found)
    return ([(0, undated)] if undated else []) + found
